# Rusmiddelrådgiveren: `make run` to start, `make test` to check everything.
SHELL := /bin/bash
PYTHON_VERSION := 3.10.13
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2
# No telemetry: nothing about conversations leaves this machine.
export RASA_TELEMETRY_ENABLED := false

SPACY_DIR := build/spacy_da
MODEL := models/current.tar.gz
AXE_VERSION := 4.14.1
AXE := build/axe/node_modules/axe-core/axe.min.js
TRAINING_INPUTS := config.yml $(wildcard domain/*.yml) $(wildcard data/*/*.yml)
# Set-up steps print one progress line each; their raw output goes to $(LOG)/<step>.log
# (scripts/step.sh; VERBOSE=1 shows it as well).
LOG := var/log
STEP := scripts/step.sh

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-17s %s\n",$$1,$$2}'

$(VENV)/.installed: requirements.lock
	@$(STEP) "[1/5] Python environment and packages (2-3 min)" $(LOG)/install.log \
	  scripts/install_venv.sh $(PYTHON_VERSION) $(VENV) requirements.lock
	@touch $@

install: $(VENV)/.installed ## Create the venv and install the pinned dependencies

lock: ## Re-pin every dependency from requirements.in into requirements.lock
	$(PY) -m pip install -q -r requirements.in
	$(PY) -m pip freeze --exclude-editable > requirements.lock

$(SPACY_DIR)/meta.json: scripts/build_spacy_da.py $(VENV)/.installed
	@$(STEP) "[2/5] Danish spaCy pipeline" $(LOG)/spacy.log $(PY) scripts/build_spacy_da.py $(SPACY_DIR)

spacy: $(SPACY_DIR)/meta.json ## Build the Danish spaCy pipeline (no download)

$(MODEL): $(TRAINING_INPUTS) $(SPACY_DIR)/meta.json
	@mkdir -p models
	@$(STEP) "[3/5] Training the model (about 30 s)" $(LOG)/train.log \
	  $(RASA) train --fixed-model-name current --out models --domain domain --data data --config config.yml
	@touch $@

train: $(MODEL) ## Train the model if data, domain or config changed

validate: $(SPACY_DIR)/meta.json ## rasa data validate + knowledge base checks
	$(RASA) data validate --domain domain --data data --config config.yml --fail-on-warnings
	$(PY) -m core.knowledge.base
	$(PY) -m core.knowledge.source_check

run: $(MODEL) ## Install, train if needed, start Rasa (:5005), actions (:5055), web (:8080)
	@$(STEP) "[4/5] Starting the servers (about 20 s)" $(LOG)/start.log scripts/services.sh start_servers
	@echo "[5/5] Ready"
	@scripts/services.sh urls

stop: ## Stop the servers started by make run
	scripts/services.sh stop

status: ## Show which servers run
	scripts/services.sh status

run-cluster: $(MODEL) ## Instead of make run: Redis, 2 Rasa, actions, nginx on :5005
	scripts/install_system_deps.sh redis-server nginx
	scripts/cluster.sh start

stop-cluster: ## Stop the servers started by make run-cluster
	scripts/cluster.sh stop

bench-first-run: ## make run in a fresh clone of HEAD (other ports): seconds per step and to the first answer
	scripts/bench_first_run.sh

bench-vs-default: ## This assistant (needs make run) against rasa init's bot on :5006, same load
	scripts/bench_vs_default.sh $(BENCH_ARGS)

bench: ## Load benchmark of the running assistant (BENCH_URL, default :5005); numbers only
	$(PY) -m benchmarks.chat_load $(BENCH_ARGS)

nlu-eval: $(MODEL) ## Macro-F1 on the held-out NLU set (tests/nlu_heldout.yml)
	$(PY) scripts/nlu_eval.py --model $(MODEL) --data tests/nlu_heldout.yml

eval-heldout: ## Score the running assistant on the independent question sets (tests/eval/questions_*.yaml)
	@for set in tests/eval/questions_*.yaml; do echo "== $$set"; $(PY) ../shared/eval/ask.py $$set | tail -n 1; done

eval-safety: ## Crisis recall and false alarms on the independent sets (detector alone; URL=... for a running assistant)
	$(PY) scripts/eval_safety.py --quiet $(if $(URL),--url $(URL),)

eval-pii: ## Redaction recall per kind on the independent PII sets (Faker values, reviewer's sentences)
	$(PY) scripts/eval_pii.py --show 0
	$(PY) scripts/eval_pii.py --show 0 --templates pii_templates_b.yaml

triage-questions: ## Questions asked before a triage recommendation (needs make run)
	$(PY) scripts/triage_questions.py

eval: ## Score the running assistant on ../shared/eval/dev.yaml
	$(PY) ../shared/eval/ask.py ../shared/eval/dev.yaml

lint: $(VENV)/.installed ## ruff (lint, import order) and mypy (core strictly typed); settings in pyproject.toml
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: lint $(MODEL) $(AXE) ## Everything: lint, unit tests, data validation, stories, NLU, end to end
	scripts/install_system_deps.sh redis-server chromium postgresql nginx
	$(RASA) data validate --domain domain --data data --config config.yml --fail-on-warnings
	$(PY) -m pytest -q -rs tests
	$(RASA) test core --model $(MODEL) --stories tests --fail-on-prediction-errors --out results/core

forget: ## Delete a conversation by the id its client used: make forget ID=<sender id>
	@[ -n "$(ID)" ] || { echo "usage: make forget ID=<sender id>"; exit 1; }
	@curl -fsS -X POST http://127.0.0.1:5005/webhooks/web/forget -H 'Content-Type: application/json' \
	  -d '{"sender": "$(ID)"}' && echo

# axe-core for the widget's accessibility test, from npm, pinned; skipped when npm is missing.
$(AXE):
	@command -v npm >/dev/null || { echo "npm not found: the axe-core test will skip"; exit 0; }; \
	  npm install --no-save --no-audit --no-fund --prefix build/axe axe-core@$(AXE_VERSION) >/dev/null

web: ## Start only the web service (widget, demo pages) on :8080 in the foreground
	$(PY) -m web.server

bench-widget: ## Widget size (gzipped) and time from page load to usable launcher
	$(PY) -m benchmarks.widget_load

bench-pii: ## Precision/recall of redaction on the generated PII corpus
	$(PY) -m benchmarks.pii_redaction

bench-booking: ## Bookings per second on SQLite and PostgreSQL
	scripts/install_system_deps.sh postgresql
	$(PY) -m benchmarks.booking

bench-insight: ## Cost of the anonymous insight counting per message (20 concurrent conversations)
	$(PY) -m benchmarks.insight

screenshots: $(MODEL) ## Widget with a parent's and a teacher's conversation (desktop, phone), into docs/
	$(PY) scripts/conversation_screens.py --out docs

screenshots-insight: $(MODEL) ## Staff page /staff/indsigt (desktop, phone) from real conversations, into docs/
	$(PY) scripts/insight_screens.py --out docs

clean: ## Remove the model, build files and results (keeps the venv)
	rm -rf models build results var

.PHONY: help install lock spacy train validate run stop status nlu-eval eval eval-heldout eval-safety eval-pii lint test forget bench-pii clean web bench-widget bench-booking bench-insight run-cluster stop-cluster bench screenshots screenshots-insight bench-first-run bench-vs-default

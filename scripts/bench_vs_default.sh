#!/usr/bin/env bash
# make bench-vs-default [BENCH_ARGS=...]: this assistant against Rasa's default bot.
# Needs this assistant running (make run: Rasa on $RASA_PORT 5005, actions on $ACTIONS_PORT
# 5055). Creates Rasa's default bot in build/default_bot if it is missing (`rasa init`,
# which trains it, ~1.5 min), starts it on 127.0.0.1:$DEFAULT_PORT (5006, REST channel),
# runs benchmarks/versus_default.py with the arguments given, and stops the default bot
# again, also when the benchmark fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
RASA=$ROOT/.venv/bin/rasa
RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
DEFAULT_PORT=${DEFAULT_PORT:-5006}
BOT_DIR=build/default_bot
LOG_DIR=var/log
export TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_http() {  # url seconds
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    [ $SECONDS -lt "$deadline" ] || return 1
    sleep 1
  done
}

if ! curl -fsS -o /dev/null "http://127.0.0.1:$RASA_PORT/webhooks/web/" 2>/dev/null \
   || ! curl -fsS -o /dev/null "http://127.0.0.1:$ACTIONS_PORT/health" 2>/dev/null; then
  echo "this assistant is not running on :$RASA_PORT (actions :$ACTIONS_PORT): start it with make run"
  exit 1
fi
if port_in_use "$DEFAULT_PORT"; then
  echo "port $DEFAULT_PORT is in use (make run-cluster uses 5006 too); choose another: DEFAULT_PORT=5016"
  exit 1
fi
mkdir -p "$LOG_DIR"

if ! ls "$BOT_DIR"/models/*.tar.gz >/dev/null 2>&1; then
  echo "creating Rasa's default bot in $BOT_DIR (rasa init, trains it: ~1.5 min; log $LOG_DIR/default_bot_init.log)"
  mkdir -p "$BOT_DIR"
  (cd "$(dirname "$BOT_DIR")" && "$RASA" init --no-prompt --init-dir "$(basename "$BOT_DIR")") \
    >"$LOG_DIR/default_bot_init.log" 2>&1 \
    || { echo "rasa init failed:"; tail -n 30 "$LOG_DIR/default_bot_init.log"; exit 1; }
fi

pid=""
stop_default() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "default bot stopped"
  fi
}
trap stop_default EXIT
trap 'exit 130' INT TERM

echo "starting the default bot on 127.0.0.1:$DEFAULT_PORT (log $LOG_DIR/default_bot.log)"
(cd "$BOT_DIR" && exec "$RASA" run --model models --interface 127.0.0.1 --port "$DEFAULT_PORT" \
  --credentials credentials.yml) >"$LOG_DIR/default_bot.log" 2>&1 &
pid=$!
if ! wait_http "http://127.0.0.1:$DEFAULT_PORT/" 300 || ! kill -0 "$pid" 2>/dev/null; then
  echo "the default bot did not start:"; tail -n 30 "$LOG_DIR/default_bot.log"; exit 1
fi

"$PY" -m benchmarks.versus_default --ours "http://127.0.0.1:$RASA_PORT" \
  --actions-port "$ACTIONS_PORT" --default "http://127.0.0.1:$DEFAULT_PORT" "$@"

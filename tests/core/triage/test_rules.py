"""The triage rule file: loaded, checked against the knowledge base, clear errors."""

from pathlib import Path

import pytest
import yaml

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR, KnowledgeError
from core.knowledge.source_check import index_document
from core.triage.rules import ASKERS, AgeLimit, load_rules, offer_age_limit

RULES = DEFAULT_KNOWLEDGE_DIR / "triage" / "rules.yml"


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(RULES.read_text(encoding="utf-8"))


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_real_rules_load(kb):
    book = load_rules(RULES, kb)
    assert set(book) == set(kb)
    for slug, by_asker in book.items():
        assert set(by_asker) == set(ASKERS)
        for rules in by_asker.values():
            for rule in rules:
                assert kb[slug].offer(rule.offer_id) is not None


def test_offer_age_limits_respect_exclusive_upper_limits(kb):
    # Sønderborg: "12 år indtil det 23. leveår" is stored as age_max 23, not inclusive
    assert offer_age_limit(kb["sonderborg"].offer("ungdomsraadgivning")) == AgeLimit(
        12, 22, kb["sonderborg"].offer("ungdomsraadgivning").fact("age_min").source)
    assert offer_age_limit(kb["vejle"].offer("anonym_raadgivning")) is None


@pytest.mark.parametrize("change,message", [
    (lambda d: d["vejle"]["self"][0].update(offer="no_such_offer"), "no offer 'no_such_offer'"),
    (lambda d: d["vejle"]["self"][0]["when"].update(colour=["red"]), "unknown conditions"),
    (lambda d: d["vejle"]["self"][0]["when"].update(relation=["parent"]), "relatives only"),
    (lambda d: d["vejle"]["relative"][1]["when"].update(user_age={"max": 24}),
     "must be `offer` or {min, max, source}"),
    (lambda d: d["vejle"]["relative"][1]["when"].update(
        user_age={"max": 24, "source": "sonderborg-indsatskatalog-2020.txt §Indledning"}),
     "source must be 'vejle-kvalitetsstandard-2024-2026.txt"),
    (lambda d: d["vejle"]["self"][2].update(reason="Kun for 15-årige."), "without numbers"),
    (lambda d: d["vejle"]["relative"][0]["when"].update(substance=["tobacco"]), "list of alcohol"),
    (lambda d: d["vejle"]["self"][2]["when"].update(user_age="offer"), "has no age_min/age_max"),
    (lambda d: d.pop("fredericia"), "no triage rules for this municipality"),
    (lambda d: d["vejle"].pop("professional"), "needs exactly the askers"),
    (lambda d: d["vejle"]["self"].append(dict(d["vejle"]["self"][0])), "ids must be unique"),
])
def test_broken_rules_fail_with_file_place_and_problem(kb, raw, tmp_path, change, message):
    data = yaml.safe_load(yaml.safe_dump(raw))
    change(data)
    with pytest.raises(KnowledgeError) as error:
        load_rules(write(tmp_path, data), kb)
    assert str(error.value).startswith("rules.yml: ")
    assert message in str(error.value)


def test_every_rule_age_limit_is_in_the_cited_section_s_document(raw):
    catalogues = Path(__file__).resolve().parents[4] / "shared" / "catalogues"
    for by_asker in raw.values():
        for rules in by_asker.values():
            for rule in rules:
                for key in ("user_age", "asker_age"):
                    limit = rule["when"].get(key)
                    if isinstance(limit, dict):
                        document, section = limit["source"].split(" §", 1)
                        doc = index_document(catalogues / document)
                        assert doc.has_section(section), limit["source"]
                        for bound in (limit.get("min"), limit.get("max")):
                            # "under 25" is written as max 24: either number is the catalogue's
                            assert bound is None or {bound, bound + 1, bound - 1} & doc.numbers

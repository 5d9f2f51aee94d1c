"""One "how to reach a person" text: every caller says it the same way, nobody else builds it."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from booking import texts as booking_texts
from core.answering.answer import silent
from core.answering.builders import Question, answer_question
from core.answering.reach import (
    HUMAN_LEAD,
    NO_PHONE_HOURS,
    contact_hint,
    reach_person,
    reach_sentence,
)
from core.hours import COPENHAGEN
from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR
from core.triage.answers import no_fit, recommendation
from core.triage.decide import NoFit, Recommendation
from core.triage.rules import load_rules

ROOT = Path(__file__).resolve().parents[3]
SLUGS = ["fredericia", "skanderborg", "sonderborg", "vejle"]
THURSDAY_16 = datetime(2026, 11, 26, 16, 0, tzinfo=COPENHAGEN)


@pytest.fixture(scope="module")
def rulebook(kb):
    return load_rules(DEFAULT_KNOWLEDGE_DIR / "triage" / "rules.yml", kb)


def test_the_sentence_for_each_data_shape(kb):
    assert reach_sentence(kb["skanderborg"]) == "Ring til Skanderborg Rusmiddelcenter på 8794 7580."
    assert reach_sentence(kb["vejle"]) == "Ring til RusmiddelCenter Vejle på 76 81 90 00."
    assert reach_sentence(kb["fredericia"]) == (
        "Kataloget giver ikke et telefonnummer. Spørg Fredericia Kommune efter "
        "Misbrugscentret i Fredericia (Center for Aktiv Social Mestring, CASM).")
    assert contact_hint(kb["sonderborg"]) == "Ring til Misbrugscenter Sønderborg på 88 72 44 85."


def test_the_hours_come_from_the_catalogue(kb):
    skanderborg = reach_person(kb["skanderborg"], THURSDAY_16).lines
    assert skanderborg[1:4] == ["Telefontid:", "Mandag-onsdag: kl. 8.00-12.30",
                                "Torsdag: kl. 8.00-12.30 og 15.00-17.00"]
    assert "Telefonen er åben nu, indtil kl. 17.00." in skanderborg
    vejle = reach_person(kb["vejle"]).text
    assert NO_PHONE_HOURS in vejle and "kl." not in vejle
    fredericia = reach_person(kb["fredericia"], THURSDAY_16, lead=True)
    assert fredericia.lines == [f"{HUMAN_LEAD} {reach_sentence(kb['fredericia'])}"]
    assert not re.search(r"\d", fredericia.text.replace("CASM", ""))


def _callers(kb, rulebook, slug):
    """Each caller's text about reaching a person, for one municipality."""
    from actions.greeting_actions import humans_line
    from web.widget_config import general_config, humans_text

    m = kb[slug]
    rules = rulebook[slug]["self"]
    texts = {
        "chat: silent answer": silent(m, "hvad det koster").render(m),
        "chat: phone": answer_question(kb, slug, Question(intent="ask_phone", text="telefonnummer")),
        "triage: no fit": no_fit(m, NoFit(asker="self")).render(m),
        "greeting": humans_line(m),
        "widget": humans_text(m, THURSDAY_16),
        "widget, no municipality": general_config(kb, THURSDAY_16, "", "", [])["humans"],
        "outage (bot/channel uses contact_hint)": contact_hint(m),
        "booking: no free times": booking_texts.text_no_slots(m),
        "booking: lost code": booking_texts.text_already_booked("i morgen kl. 10.00", "her", m),
    }
    offer_without_phone = next(
        (r for r in rules if m.centre.phone is None or m.centre.phone.value not in
         ((m.offer(r.offer_id).fact("access") and m.offer(r.offer_id).fact("access").text) or "")),
        None)
    if offer_without_phone is not None:
        texts["triage: recommendation"] = recommendation(
            m, _situation(), Recommendation(rule=offer_without_phone)).render(m)
    return texts


def _situation():
    from core.triage.decide import Situation
    return Situation(asker="self")


@pytest.mark.parametrize("slug", SLUGS)
def test_every_caller_says_the_same_sentence(kb, rulebook, slug):
    sentence = reach_sentence(kb[slug])
    texts = _callers(kb, rulebook, slug)
    missing = [name for name, text in texts.items() if sentence not in text]
    assert missing == [], (sentence, {n: texts[n] for n in missing})


# Phrases that build a "how to reach us" line: call/write to <name> at <number/address>,
# or a phone value put into a text. Only core/answering/reach.py may hold them.
_BUILDS_CONTACT = re.compile(
    r"""f["'][^"'\n]*(?:\b[Rr]ing(?:e)? til \{|[Tt]elefon: \{)"""
    r"""|f["'][^"'\n]*\{[^}\n]*\bphone\.value\}""")
# Modules allowed to build such a line themselves (none: booking/texts.py uses
# reach_sentence too).
_NOT_YET_WIRED: set[str] = set()


def test_the_pattern_finds_a_phone_line():
    assert _BUILDS_CONTACT.search('f"Ring til {c.name.value} på {c.phone.value}."')
    assert _BUILDS_CONTACT.search("f\" Du kan også ringe til {name} på {phone}.\"")
    assert _BUILDS_CONTACT.search('f"{m.name}: {c.name.value}, {c.phone.value}"')
    assert not _BUILDS_CONTACT.search('"Hvornår kan jeg ringe?"')
    assert not _BUILDS_CONTACT.search('f"Ring til 112 ved fare for liv."')


def test_no_other_module_builds_a_phone_line():
    offenders = []
    for package in ("core", "actions", "bot", "web", "insight", "booking"):
        for path in sorted((ROOT / package).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            if name == "core/answering/reach.py" or name in _NOT_YET_WIRED:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if _BUILDS_CONTACT.search(line):
                    offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []

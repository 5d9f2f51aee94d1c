"""Before the municipality is known: only what every catalogue says, each with its source."""

from __future__ import annotations

import dataclasses

import pytest

from core.answering.everywhere import answer_everywhere


@pytest.mark.parametrize("text,start", [
    ("kan man være anonym hos jer?", "I alle fire kommuner kan du få anonym rådgivning"),
    ("behøver jeg en henvisning fra lægen?", "I alle fire kommuner kan du selv kontakte centret"),
    ("min kæreste drikker, er der noget for mig?", "I alle fire kommuner kan pårørende"),
    ("jeg er 16 og drikker for meget, er der noget for mig?", "Alle fire kommuner har tilbud til unge"),
])
def test_what_all_four_catalogues_say(kb, text, start):
    reply = answer_everywhere(kb, text)
    assert reply is not None and reply.startswith(start), reply
    source = reply.splitlines()[-1]
    assert source.startswith("Kilde: ") and all(m.name in source for m in kb.values())


@pytest.mark.parametrize("text", ["hvad koster det?", "hvornår har I åbent?", "hej"])
def test_nothing_when_not_every_catalogue_says_it(kb, text):
    assert answer_everywhere(kb, text) is None  # Sønderborg's catalogue names no price


def test_a_claim_one_catalogue_does_not_support_is_not_made(kb):
    vejle = kb["vejle"]
    without = dataclasses.replace(vejle, offers=tuple(o for o in vejle.offers if o.category != "counselling"))
    assert answer_everywhere({**kb, "vejle": without}, "kan man være anonym?") is None

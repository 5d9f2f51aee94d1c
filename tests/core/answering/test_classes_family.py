"""Failure class: the family's part in someone's treatment, own examples. "Bliver familien
inddraget?" is answered by what the catalogue says about involving family and network, not
by an offer that happens to share a word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("slug,text,expected", [
    ("fredericia", "Min søster skal udredes hos jer. Bliver vi i familien spurgt på nogen måde?",
     r"familien eller netværket"),
    ("vejle", "kan min familie blive inddraget i behandlingen?", r"inddraget"),
    ("sonderborg", "bliver mit netværk inddraget når jeg går til behandling", r"netværk"),
])
def test_family_involvement_is_answered_by_its_fact(ask, slug, text, expected):
    import re

    reply = ask(slug, text)
    assert reply is not None and re.search(expected, " ".join(reply.text.splitlines()[:2])), reply and reply.text

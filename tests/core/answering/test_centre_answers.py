"""The centre's own details: when the catalogue gives no phone hours, the answer says so and
adds what it does say about when to call."""

from __future__ import annotations

from core.answering.centre_answers import answer_phone_hours
from core.answering.intent_question import Question


def test_no_phone_hours_says_what_the_catalogue_says_instead(kb):
    text = answer_phone_hours(kb["vejle"], Question("ask_phone_hours", "hvornår kan man ringe?")).render(kb["vejle"])
    assert text.startswith("Det fremgår ikke") and "i åbningstiden" in text and "76 81 90 00" in text
    assert text.count("76 81 90 00") == 1, text


def test_phone_hours_given_are_listed(kb):
    text = answer_phone_hours(kb["sonderborg"], Question("ask_phone_hours", "telefontid?")).render(kb["sonderborg"])
    assert "Telefontid" in text and "Kataloget siger kun" not in text

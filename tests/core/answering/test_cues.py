"""core.answering.cues: follow-ups that only name a day, and questions about booking."""

from __future__ import annotations

import pytest

from core.answering.cues import asks_about_booking, day_follow_up


@pytest.mark.parametrize("text,expected", [
    ("og tirsdag?", True), ("hvad med om søndagen", True), ("samme i weekenden?", True),
    ("og onsdag kl 14?", True), ("og i morgen?", True), ("torsdag", True),
    ("min far drikker mest om lørdagen", False), ("hvad laver I om mandagen i gruppen?", False),
    ("kan jeg komme på tirsdag og tale om min søn?", False),
])
def test_only_a_day_asked_is_a_day_follow_up(text, expected):
    assert day_follow_up(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("behøver man en aftale, eller kan jeg bare gå ind fra gaden?", True),
    ("kan man også bestille tid over nettet?", True),
    ("jeg ringer helst ikke, kan jeg maile i stedet?", True),
    ("hvordan får man en tid?", True),
    ("jeg vil gerne have en tid", False), ("book mig en samtale på torsdag", False),
    ("kan jeg få en tid i næste uge", False),
])
def test_a_question_about_booking_is_told_from_a_request_for_a_time(text, expected):
    assert asks_about_booking(text) is expected

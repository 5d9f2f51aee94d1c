"""A parent or a teacher reads a consent rule about "den unge", not as if it were for them."""

import pytest

from core.answering.address import about_the_young, for_the_asker


@pytest.mark.parametrize("line,expected", [
    ("Du behøver ikke lov fra dine forældre.", "Den unge behøver ikke lov fra forældrene."),
    ("Er du under 18, skal dine forældre give samtykke.", "Er den unge under 18, skal forældrene give samtykke."),
    ("Ved behov indhentes samtykke, fx hvis du er under 15 år, og dine forældre spørges.",
     "Ved behov indhentes samtykke, fx hvis den unge er under 15 år, og forældrene spørges."),
])
def test_a_rule_for_the_young_person_is_told_about_them(line, expected):
    assert about_the_young(line) == expected


def test_other_lines_and_the_young_person_themself_are_left_alone():
    assert about_the_young("Du kan komme anonymt.") == "Du kan komme anonymt."
    lines = ["Du behøver ikke lov fra dine forældre."]
    assert for_the_asker(lines, adult_asker=False) == lines


def test_a_parent_asking_about_consent_reads_about_den_unge(ask):
    reply = ask("sonderborg", "min søn på 14 vil gerne snakke med jer. skal vi forældre give samtykke?")
    assert reply is not None and "dine forældre" not in reply.text and "den unge" in reply.text.lower()

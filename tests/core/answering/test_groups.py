"""core.answering.groups: "har I grupper?" gets the group offers for the person asking."""

from __future__ import annotations

import pytest

from core.answering.groups import asks_for_groups
from tests.core.answering.conftest import first_line


@pytest.mark.parametrize("text,expected", [
    ("findes der nogle grupper for folk der drikker?", True),
    ("hvilke gruppeforløb har I?", True),
    ("are there any groups for people who smoke weed?", True),
    ("hvor tit mødes gruppen?", False), ("er det i grupper eller alene?", False),
])
def test_a_question_for_groups(text, expected):
    assert asks_for_groups(text) is expected


def test_a_user_gets_the_groups_for_their_substance(ask):
    reply = ask("sonderborg", "jeg drikker for meget og vil gerne stoppe. findes der nogle grupper?")
    assert first_line(reply).startswith("Der er disse grupper"), reply.text
    assert "Motivationsgruppe" in reply.text and "Pårørende" not in reply.text


def test_a_relative_asking_for_themself_gets_the_relatives_groups(ask):
    reply = ask("vejle", "min mand drikker, og jeg er helt flad. har I nogen grupper for mig?")
    assert "pårørende" in reply.text.lower().split("kilde:")[0], reply.text

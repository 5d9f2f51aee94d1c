"""core.answering.askers: who writes and about whom (own examples)."""

from __future__ import annotations

from core.answering.askers import Asker, children_of_user, find_asker, for_them, without_asker
from core.answering.text import normalise


def test_who_writes():
    assert find_asker(normalise("jeg er skolelærer og har en elev på 15"))[0] is Asker.PROFESSIONAL
    assert find_asker(normalise("min søster drikker hver dag"))[0] is Asker.RELATIVE
    assert find_asker(normalise("jeg drikker for meget"))[0] is Asker.SELF


def test_help_for_the_other_person_or_for_the_asker():
    assert for_them(normalise("hvad kan han få af hjælp?"))
    assert not for_them(normalise("kan jeg få hjælp til at hjælpe ham?"))


def test_children_of_a_user_and_the_words_that_say_who_asks():
    assert children_of_user(normalise("vores to børn på 6 og 9 har en far, der drikker"))
    assert not children_of_user(normalise("vores søn på 16 drikker"))
    assert "lærer" not in without_asker(normalise("jeg er lærer. hvordan henviser jeg en elev?"))

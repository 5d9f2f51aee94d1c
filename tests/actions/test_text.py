import pytest

from actions.text import find_age, fold


@pytest.mark.parametrize("text,expected", [
    ("Hvornår", "hvornaar"), ("PÅRØRENDE", "paaroerende"), ("  to  ord ", "to ord"),
])
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text,age", [
    ("jeg er 16", 16), ("jeg e 15 og ryger joints", 15), ("jeg er seksten", 16),
    ("jeg er snart 18", 18), ("min søn er 14 år", 14), ("hun er 17", 17),
    ("19 år og ryger", 19), ("min datter på 15", 15), ("jeg er bekymret", None),
    ("2 samtaler", None), ("kl. 15", None), ("jeg er en mor", None), ("uge 42", None),
])
def test_find_age(text, age):
    assert find_age(text) == age

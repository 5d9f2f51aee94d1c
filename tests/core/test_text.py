import pytest

from core.language.ages import first_age as find_age
from core.language.ages import other_age, writer_age
from core.language.text import fold


@pytest.mark.parametrize("text,expected", [
    ("Hvornår", "hvornaar"), ("PÅRØRENDE", "paaroerende"), ("  to  ord ", "to ord"),
])
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text,age", [
    ("jeg er 16", 16), ("jeg e 15 og ryger joints", 15), ("jeg er seksten", 16),
    # "snart 18" is 17 today (the one age reader's rule; see core.language.ages): the
    # catalogues' limits ("fra 18 år") are about the age today. This reader said 18, triage 17.
    ("jeg er snart 18", 17), ("min søn er 14 år", 14), ("hun er 17", 17),
    ("19 år og ryger", 19), ("min datter på 15", 15), ("jeg er bekymret", None),
    ("2 samtaler", None), ("kl. 15", None), ("jeg er en mor", None), ("uge 42", None),
])
def test_find_age(text, age):
    assert find_age(text) == age


@pytest.mark.parametrize("text,days", [
    ("har i åbent lørdag", ("saturday",)), ("har i aabent paa loerdag", ("saturday",)),
    ("om fredagen", ("friday",)), ("i weekenden", ("saturday", "sunday")),
    ("hvornår har i åbent", ()), ("mandag og tirsdag", ("monday", "tuesday")),
])
def test_find_weekdays(text, days):
    from core.language.text import find_weekdays
    assert find_weekdays(text) == days


@pytest.mark.parametrize("text,writer,other", [
    ("min mor drikker, jeg er 12", 12, None),
    ("min søn på 16 ryger hash", None, 16),
    ("jeg er 40 og min søn på 17 drikker", 40, 17),
])
def test_writer_age_and_the_age_of_someone_else(text, writer, other):
    assert writer_age(text) == writer
    assert other_age(text) == other

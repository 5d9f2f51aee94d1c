import pytest

from bot.safety import detect_crisis


@pytest.mark.parametrize("text,kind", [
    ("jeg har lyst til at tage mit eget liv", "suicide"),
    ("jeg vil ikke leve mere", "suicide"),
    ("jeg vil ik leve mer", "suicide"),
    ("tænker på selvmord", "suicide"),
    ("taenker paa selvmord", "suicide"),
    ("jeg skærer i mig selv", "suicide"),
    ("min ven har taget for mange piller og vågner ikke", "overdose"),
    ("min ven har taget for mange piller og vaagner ikke", "overdose"),
    ("han trækker ikke vejret ordentligt", "overdose"),
    ("tror hun har fået en overdosis", "overdose"),
    ("min far slår mig", "violence"),
    ("han truer med at slå mig", "violence"),
    ("min lillesøster er alene hjemme og mor er fuld", "child"),
    ("mine forældre er fulde og passer ikke min lillebror", "child"),
])
def test_crisis_is_detected(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    "hvad er jeres åbningstider", "jeg drikker for meget", "min far drikker hver dag",
    "kan jeg være anonym", "jeg er 16 og ryger hash", "hvad koster døgnbehandling",
    "min mand vil ikke i behandling", "hvornår kan jeg ringe",
])
def test_ordinary_questions_are_not_crises(text):
    assert detect_crisis(text) is None

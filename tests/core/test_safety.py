"""The crisis detector on the team's own examples, one class of wording per block.

The measured numbers come from the independent sets (tests/eval/test_safety_sets.py);
these examples pin each rule of the detector so a change that breaks one is seen at once.
"""

import pytest

from core.safety import ACUTE, CONCERN, detect, detect_crisis, normalise


@pytest.mark.parametrize("text,kind", [
    # explicit and passive wishes to die, in everyday Danish
    ("jeg har lyst til at tage mit eget liv", "suicide"),
    ("jeg vil ik leve mer", "suicide"),
    ("jeg vil gerne dø", "suicide"),
    ("jeg ønsker at dø", "suicide"),
    ("jeg håber jeg dør i nat", "suicide"),
    ("tænker på selvmord", "suicide"),
    ("vil bare sove for evigt og aldrig vågne", "suicide"),
    ("alle ville have det bedre uden mig", "suicide"),
    ("hvor mange panodil skal der til for at dø", "suicide"),
    # coded, spaced, invisible characters, full width
    ("tænker på s e l v m o r d", "suicide"),
    ("tænker på sel\u200bvmord", "suicide"),
    ("tænker på sel\u00advmord", "suicide"),
    ("ｓｅｌｖｍｏｒｄ", "suicide"),
    ("kms fr", "suicide"),
    ("s3lvm0rd", "suicide"),
    # self-harm
    ("jeg skærer i mig selv", "self_harm"),
    ("jeg har lyst til at brænde mig selv igen", "self_harm"),
    # overdose signs
    ("min ven har taget for mange piller og vågner ikke", "overdose"),
    ("han trækker ikke vejret ordentligt", "overdose"),
    ("hun har blå læber og reagerer ikke", "overdose"),
    ("I took too many pills", "overdose"),
    ("my friend is not breathing", "overdose"),
    # violence now
    ("min far slår mig", "violence"),
    ("han truer med at slå mig", "violence"),
    ("my dad hits me", "violence"),
    ("han står med en kniv i køkkenet og råber", "violence"),
    # a child in danger now
    ("min lillesøster er alene hjemme og mor er fuld", "child"),
    ("mine forældre er fulde og passer ikke min lillebror", "child"),
    ("min mand kører fuld rundt med børnene i bilen lige nu", "child"),
])
def test_crisis_is_detected_with_its_kind(text, kind):
    assert detect_crisis(text) == kind


def test_a_crisis_at_the_end_of_a_long_message_counts():
    text = ("Hej, jeg har et spørgsmål om jeres tilbud til unge. " * 40
            + "Og jeg vil egentlig bare dø.")
    assert len(text) > 1500
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    # plain questions and wishes to stop
    "hvad er jeres åbningstider", "jeg drikker for meget", "min far drikker hver dag",
    "kan jeg være anonym", "jeg er 16 og ryger hash", "hvad koster døgnbehandling",
    "jeg vil stoppe med at drikke for altid", "jeg vil ikke drikke mere",
    "ikke mere hash for mig, hvordan kommer jeg i gang",
    # negation
    "jeg har ikke tænkt på selvmord, jeg vil bare drikke mindre",
    "nej jeg vil ikke dø, jeg vil have hjælp til min mand",
    # hyperbole and idioms
    "jeg dør af grin over den her chat",
    "min mor slår mig ihjel hvis hun finder ud af at jeg har røget",
    "det slår mig at der ikke er flere tilbud",
    "hvordan slår jeg tiden ihjel i weekenden uden at drikke",
    "min telefon er ved at dø",
    "jobbet tager livet af mig, derfor drikker jeg om aftenen",
    # information questions and the past
    "hvad er tegn på en overdosis?",
    "hvad skal man gøre hvis nogen får en overdosis",
    "min far døde af en overdosis for 5 år siden",
    "jeg var indlagt efter en overdosis sidste år og vil ikke derud igen",
    "min far slog os da vi var små og nu drikker jeg selv for meget",
    # families with children
    "vi har to børn på 4 og 7 og min mand drikker, hvad findes der for hele familien?",
    "min teenager er begyndt at tage stoffer, hvad gør jeg",
    "kan man få en kniv med på afdelingen? altså en lommekniv",
])
def test_ordinary_messages_are_not_crises(text):
    assert detect_crisis(text) is None


def test_a_child_writing_about_a_parent_who_drinks_is_a_concern_not_an_alarm():
    signal = detect("jeg er 12 og min mor drikker hver aften")
    assert signal.level == CONCERN and not signal.acute
    assert detect("min mor drikker hver aften").level is None  # no sign of a child writing


def test_acute_signal_level():
    assert detect("jeg vil dø").level == ACUTE


@pytest.mark.parametrize("raw", ["", "   ", "🙂🙂", "\u200b", "a" * 20000])
def test_odd_input_is_no_crisis_and_does_not_fail(raw):
    assert detect_crisis(raw) is None



def test_normalise_folds_and_joins():
    assert normalise("S E L V M O R D") == "selvmord"
    assert normalise("Jeg vil dø") == "jeg vil doe"

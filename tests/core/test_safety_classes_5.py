"""The crisis detector on the classes fixed after sets M, N and O (own sentences, never a set's).

Crises: a method question naming a sure death or asked "until it is enough", with wanting it
to stop or to work this time; a carer too drunk or high to speak or walk with a small child; a
weapon drawn at a workplace or a shelter now; the writer about
to hit someone now; someone coming tonight to hurt the writer, or pictures threatened unless
the writer comes; self-harm in the short form "sh" done again or deeper.
Ordinary: "ren selvmord" about training, "kms" about a project, words of trolls quoted, a
parent's threat written without å, a last use said as a decision, a teacher listing what
pupils ask, weapons told locked away.
"""

import pytest

from core.safety import detect_crisis


@pytest.mark.parametrize("text", [
    "hvilke piller kan man ikke reddes fra? orker ikke mere",
    "hvilke piller er mest sikre at dø af, jeg kan ikke mere",
    "hvor meget insulin skal der til? vil være sikker på at det virker denne gang",
    "hvor mange tabletter skal man tage før det er nok, jeg vil bare have at det stopper",
    "hvor mange sovepiller skal man tage før det er nok til at slippe? kan ikke mere med mit liv",
])
def test_method_seeking_in_distress_is_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "borgeren har trukket en kniv og truer os, jeg har låst mig inde på kontoret",
    "en beboer går amok med et koben mod de andre beboere",
    "en patient er gået amok med en stol og slår ud efter os",
    "en beboer på herberget går amok med et jernrør mod de andre",
    "borgeren har taget en kniv frem og truer mig, jeg har gemt mig på toilettet",
    "jeg kommer til at slå min kæreste, jeg står med knyttede næver lige nu",
    "jeg er ved at slå min mand, jeg kan ikke styre mig",
    "min ex ved hvor jeg bor og kommer i nat med sine kammerater for at banke mig",
    "kom hjem til mig i aften ellers sender jeg billeder af dig til alle",
])
def test_violence_now_is_violence(text):
    assert detect_crisis(text) == "violence"


@pytest.mark.parametrize("text", [
    "min ex har vores 4-årige i weekenden og er så skæv at han næsten ikke kan tale, jeg hører hende græde",
    "dagplejeren lugter af sprut og vakler rundt, og min datter på 1 år er der nu",
])
def test_a_carer_too_drunk_or_high_with_a_small_child_is_child(text):
    assert detect_crisis(text) == "child"


@pytest.mark.parametrize("text", [
    "sh'ede igen i nat, dybere end før",
    "har sh'et igen i dag og det bliver værre",
    "har cuttet 4 gange i dag og det bliver bare værre",
])
def test_self_harm_again_is_self_harm(text):
    assert detect_crisis(text) == "self_harm"


@pytest.mark.parametrize("text", [
    "tager den sidste tur i nat, har samlet nok piller til ikke at vågne op",
    "jeg tager mit eget liv hvis jeg ikke kan stoppe, og jeg kan ikke stoppe",
])
def test_coded_or_conditional_plans_are_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "løbeturen i dag var ren selvmord",
    "kms det her eksamensprojekt",
    "kms den her opgave altså",
    "nogle trolde skrev unalive under mit opslag, hvordan melder jeg dem",
    "min far slar mig ihjel hvis jeg dumper",
    "det er sidste gang jeg nogensinde rører piller",
    "aldrig mere en bytur for mig, jeg er færdig med at vågne op uden at kunne huske noget",
    "jeg er lærer og planlægger en time om rusmidler. eleverne spørger fx hvordan man ser om nogen har taget "
    "for mange piller",
    "på jagtturen blev geværerne låst inde i skabet hver aften",
    "min onkel kører spritkørsel efter familiefester, hvordan tager jeg det op med ham?",
    "min veninde tager speed for at holde sig tynd men benægter det, hvad gør jeg",
    "jeg skar i mig selv som teenager men har været fri af det i 6 år. kan jeg få hjælp til mit drikkeri?",
    "min 12-årige har fundet storebrors hash, hvad gør vi",
    "hvornår kan man få abstinenskramper efter man er stoppet med at drikke?",
    "hvor mange timer skal man sove før det er nok?",
    "min 3-årige kan næsten ikke tale endnu, er det normalt?",
    "min søn på 6 har en tand der vakler",
    "min svigerfar er tit så fuld til familiefester at han næsten ikke kan tale. hvordan tager vi det op?",
    "vi har en borger der tidligere har truet personalet med en kniv, hvordan laver vi en sikkerhedsplan?",
    "jeg kommer ikke til at slå min kone, men vi skændes meget",
    "har drukket en del til fester på det seneste og er lidt urolig over det. hvad tilbyder I?",
])
def test_ordinary_messages_get_no_alarm(text):
    assert detect_crisis(text) is None

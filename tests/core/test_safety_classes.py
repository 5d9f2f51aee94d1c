"""The crisis detector on the classes fixed after set J (own sentences, never a set's).

Each block is one class: a crisis in one sentence of a long message, method questions that
name their purpose, a cut deeper than meant, a painkiller overdose whose harm comes later,
a small child with a drunk driver or an incapacitated carer, the body failing now; and the
ordinary messages that must stay ordinary: a grown relative alone after treatment, waking
rested, a kitchen cut, a limit asked for safety, a grown "child" named with an adult's age.
"""

import pytest

from core.safety import detect_crisis

_BACKGROUND = ("Jeg har drukket i mange år, først kun i weekenderne og senere hver dag efter arbejde. "
               "For to år siden var jeg i behandling og havde det godt et stykke tid, men jeg startede igen "
               "da min far døde. Min datter vil ikke se mig mere og jeg har mistet mit kørekort. ")


@pytest.mark.parametrize("text", [
    _BACKGROUND + "I aften har jeg lagt alle mine sovepiller frem på køkkenbordet og jeg orker ikke mere.",
    # a wish to stop drinking early in the message does not close the end it announces later
    "Jeg vil gerne stoppe med at drikke og har læst om jeres tilbud, og jeg har også været til en samtale "
    "hos lægen om antabus. Det gik egentlig fint i et par uger, men så begyndte det hele igen. Jeg har ingen "
    "venner tilbage og min familie har opgivet mig. Jeg har købt to pakker pamol og en flaske vodka, og i nat "
    "ender det hele.",
    # a negation in one sentence does not close the danger of another
    "Jeg har aldrig skrevet sådan et sted før og jeg har ikke tænkt på selvmord før i år. Jeg har røget hash "
    "siden jeg var 15 og nu er jeg 19. Min mor smed mig ud i sidste måned, og jeg bor på en madras hos en ven. "
    "Det er slut for mig nu, pillerne ligger klar ved siden af mig og jeg tager dem når han er gået.",
    # a helper's report: a farewell to the worried and pills saved up
    "Jeg arbejder som hjemmehjælper og kommer hos en mand på 60 med et stort forbrug af øl og vin. Vi har "
    "snakket om behandling flere gange og han har sagt ja til en samtale. I dag var han meget stille og sagde "
    "at jeg ikke skulle bekymre mig om ham længere. Han fortalte at han har gemt sine sovetabletter i en skuffe "
    "i flere uger. Nu lukker han ikke op og tager ikke telefonen. Hvad skal jeg gøre?",
])
def test_a_crisis_in_one_sentence_of_a_long_message_is_found(text):
    assert len(text) > 300
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text,kind", [
    ("hvor mange sovepiller skal man tage så man ikke vågner igen", "suicide"),
    ("hvilken mængde pamol skal der til hvis jeg aldrig vil vågne op", "suicide"),
    ("hvor mange stesolid skal til for at man sover ind for altid", "suicide"),
    ("hvor mange piller skal jeg tage for ikke at vagne, orker ik mer", "suicide"),
    ("hvor dybt skal jeg skære i armen, jeg trænger til at mærke det lige nu", "self_harm"),
    ("jeg tror ikke jeg kan mere. har købt fire pakker panodil og de står her på natbordet", "suicide"),
])
def test_method_questions_and_means_after_distress(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    "har skåret for dybt i låret, det bløder stadig og stopper ikke",
    "snittet i min arm blev meget dybere end jeg ville, man kan se fedtet",
    "jeg kom til at skære for dybt i håndleddet og det gaber",
    "skar for dybt i armen i nat og det vil ikk stoppe med at bløde",
])
def test_a_cut_deeper_than_meant_is_self_harm(text):
    assert detect_crisis(text) == "self_harm"


@pytest.mark.parametrize("text", [
    "tog 30 pamol i går fordi alt var noget lort, i dag har jeg det okay, er det farligt?",
    "min kæreste slugte en hel pakke panodil i nat, hun siger hun har det fint nu",
    "han ligger og rykker i hele kroppen og øjnene er rullet op i hovedet efter han tog noget",
    "hun har lilla læber og trækker vejret med lange pauser",
    "kan ik faa kontakt til min ven, han er helt blaa om munden",
    "min ven er ikke til at vække og hans læber er blålige",
    "vi kan ikke få ham vækket og han snapper efter luft",
])
def test_overdose_signs_now_and_a_painkiller_dose_whose_harm_comes_later(text):
    assert detect_crisis(text) == "overdose"


@pytest.mark.parametrize("text", [
    "min svoger har taget vores 4-årige med i bilen og han har drukket hele eftermiddagen, de kørte lige før",
    "min datters far hentede hende for et kvarter siden og han var helt skæv, han kørte afsted med hende",
    "naboens 2 aarige sidder alene paa altanen og moren ligger og sover rusen ud",
    "min eks kørte fra børnehaven med vores søn for fem minutter siden og han lugtede af sprut",
    "min datter på 4 er hjemme, hun er alene og min mand er fuld",
])
def test_a_small_child_with_a_drunk_driver_or_carer_now(text):
    assert detect_crisis(text) == "child"


@pytest.mark.parametrize("text", [
    # a grown relative alone after treatment
    "Min far er blevet udskrevet fra afrusning. Skal han klare sig helt alene nu?",
    "Min søster har lige afsluttet sin behandling for hash, er hun så bare overladt til sig selv og står alene nu?",
    "min bror har to børn og er stoppet med at drikke, står han alene med det nu?",
    "min mand er færdig med sit forløb, sidder han nu alene med det hele?",
    # a grown "child" named with an adult's age
    "Jeg er farmor og skriver for mit barnebarn på 27, han får metadon og vil gerne i døgnbehandling. Hvordan?",
    # waking, kitchen cuts, limits asked for safety, normal doses
    "hvor mange timer skal man sove for at vågne udhvilet",
    "hvor mange panodil må man tage om dagen",
    "skar mig på brødkniven da jeg lavede mad, det bløder lidt",
    "hvor meget vodka skal der til før man bliver fuld, spørger for min søn på 16",
    "jeg tog 2 panodil i går for hovedpine og har det fint nu",
    "for tre år siden tog jeg 40 pamol, i dag har jeg det godt og er i behandling",
    "hvad sker der hvis man tager 30 panodil?",
    # a parent on their own, an adult living alone, found drugs, a friend's habit
    "jeg har fået en lille søn og er alene med ham om aftenen, hvor kan jeg få hjælp til mit drikkeri?",
    "jeg bor alene og drikker for meget om aftenen, kan jeg få en samtale?",
    "er det farligt at være alene når man trapper ud af alkohol?",
    "Vi har fundet kokain i vores søns jakke, han er 16. Hvad gør vi nu?",
    "my cousin uses a lot of pills and drinks every weekend, where can he get help?",
    # a long message that laughs at itself keeps its hyperbole
    "haha okay så min far og mor er helt oppe at køre lige nu og jeg er ved at dø af grin over det. de fandt "
    "en lighter i min jakke og tror nu jeg ryger alt muligt. det gør jeg ikke. de har taget min computer i en "
    "uge og siger jeg skal til samtale hos jer. hvad sker der egentlig til sådan en samtale, og skal de være "
    "med? lol",
])
def test_ordinary_messages_of_the_j_round_get_no_crisis_answer(text):
    assert detect_crisis(text) is None

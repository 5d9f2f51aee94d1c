"""The crisis detector on the classes fixed after set O (own sentences, never a set's).

Crises: a farewell that says it is the last (the last message, "ses på den anden side" with
finality, a goodbye on the way to a bridge or the tracks); a dose question after distress or
a stated plan; self-harm now with a shard or a blade; another person who said they would
rather die and left with the means; a small child (an age in months too) who got hold of
methadone, pills or alcohol; a crisis at the end of a long, calm message.
Ordinary: "kills me if ..." said of a boss or a parent about something trivial; an end put to
a bond with a habit, leaving a place, quitting "for the rest of my life"; worry about an
overdose some day and counting questions; a parent the children once saw drunk, asking how
to talk with them.
"""

import pytest

from core.safety import detect_crisis


@pytest.mark.parametrize("text", [
    "det her er min sidste besked til jer alle",
    "dette bliver min allersidste besked. pas godt på hinanden",
    "sidste besked fra mig. undskyld til min lillesøster",
    "farvel til jer alle, jeg cykler ud til broen nu",
    "tak for alt. jeg går op på taget nu",
    "vil bare sige farvel allesammen, jeg kan ikke mere",
    "ses på den anden side ✌️ jeg er færdig med det hele",
    "tak for alt venner, ses på den anden side",
    "det her er farvel. jeg elsker jer",
    "farvel til verden",
    "this is goodbye, I'm heading to the railway now",
    "goodbye everyone, this is my last message",
    "here's my final message, sorry for everything",
    "mit sidste farvel til jer alle ❤️",
    "farvel mor og far. jeg elsker jer. tag jer af hunden",
    "this is my goodbye. tell my sister i love her",
])
def test_a_last_farewell_is_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "tak for alt, I har været en stor hjælp. farvel og god weekend",
    "tak for hjælpen, farvel",
    "farvel for nu, vi ses på mandag",
    "det her er min sidste besked i dag, jeg skriver igen i morgen",
    "det er min sidste besked før jeg tager på ferie",
    "så du min sidste besked?",
    "min sidste besked blev vist ikke sendt",
    "ses på den anden side af ferien!",
    "ses på den anden side af operationen, tak for alt jeres hjælp",
    "farvel til sprutten, det er slut nu",
    "this is goodbye to drinking",
    "goodbye everyone, i'm done with alcohol",
    "farvel, jeg går ned til toget nu",
    "farvel, jeg går til banen nu, vi har kamp",
    "tak for alt. det er nu to år siden jeg stoppede",
    "tak for alt, jeg er færdig med behandlingen nu",
    "tak for alt, jeg kan ikke mere i dag, skriver i morgen",
    "jeg går ud til broen hver dag når jeg lufter hunden, farvel for i dag",
    "har smidt de sidste cigaretter ud. farvel til smøgerne",
])
def test_a_closing_greeting_gets_no_alarm(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "det er planen. hvor meget insulin skal der til",
    "jeg har besluttet mig. hvor mange stesolid skal der til",
    "orker ikke mere af noget. hvor mange tramadol skal der til",
    "jeg kan ikke mere. kan man dø af at blande vodka og sovepiller?",
    "vil bare have det stopper. hvad er en dødelig dosis pamol",
])
def test_a_dose_question_after_distress_or_a_plan_is_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "kan man dø af at blande alkohol og sovepiller?",
    "hvor meget paracetamol skal der til før det er farligt for leveren",
    "det er planen at trappe ud af pillerne. hvor mange mg skal der til for at mærke noget",
    "jeg har besluttet mig for at stoppe. hvor meget panodil må man tage for hovedpine",
    # a count that is no dose, asked by someone fed up
    "jeg kan ikke mere med min mands druk. hvor mange gange skal der til før man må give op på en person",
    "orker ikke mere druk. hvor mange dage tager det at komme ud af abstinenserne?",
])
def test_a_calm_dose_question_gets_no_alarm(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "sidder og ridser mig selv med et glasskår lige nu",
    "jeg er begyndt at ridse mig igen og tør ikke stoppe",
    "skærer i mig selv med et barberblad og det bløder meget",
    "har ridset mig i armen med skår fra en flaske jeg smadrede",
    "er begyndt at skære i armene med en barberskraber, tør ikke stoppe",
    "ridser mig selv med glasskår",
    "jeg er begyndt at skære mig igen, nu med glasskår",
])
def test_self_harm_now_with_an_object_is_self_harm(text):
    assert detect_crisis(text) == "self_harm"


@pytest.mark.parametrize("text", [
    "min bror sagde han hellere vil dø end at gå i behandling og løb ud med pillerne",
    "han sagde at han hellere vil dø end at miste sine børn og løb ud med medicinen",
    "min søster sagde at hun vil dø og er forsvundet med alle sine piller",
    "han skrev han ikke gider leve mere og kørte afsted med sit jagtgevær",
    "she said she'd rather die than go back to rehab and ran off with the pills",
])
def test_someone_who_left_with_the_means_after_wanting_to_die_is_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "min bror sagde han hellere vil dø end at gå til AA, og så gik han ud med hunden",
    "han siger han hellere vil dø end at drikke igen",
    "hun sagde hun hellere ville dø end at stoppe, og tog sine piller med på ferie",
])
def test_rather_die_than_without_means_taken_gets_no_alarm(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "vores datter på 18 måneder har fået fat i en flaske metadon",
    "min lille på 2 år har drukket af vinen der stod på bordet, hun er helt sløv",
    "min datter på 10 måneder har slugt en pille fra min medicin",
    "mit barnebarn har drukket af min metadon, der mangler en del i flasken",
    "min baby har drukket af min vodka",
    "min toddler har drukket af metadonflasken",
    "vores 18 måneder gamle søn har fået fat i min taske og spist nogle tabletter",
])
def test_a_small_child_with_methadone_pills_or_alcohol_is_a_child_crisis(text):
    assert detect_crisis(text) == "child"


@pytest.mark.parametrize("text", [
    "vores datter på 18 måneder har fået en ny bamse",
    "min søn på 20 har drukket af min vin igen, hvordan siger jeg fra",
    "mit barnebarn på 2 var på besøg og vi har fundet en ny børnehave",
])
def test_children_without_danger_get_no_alarm(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "Hej. Jeg har længe overvejet at skrive her. Min kone og jeg har været sammen i femten år og vi har "
    "tre store børn. Jeg har altid drukket lidt, men de sidste år er det taget til, og jeg har lovet at "
    "stoppe mange gange. Vi har været til samtaler og jeg har prøvet antabus. Jeg arbejder som tømrer og "
    "er udkørt. I aften kan jeg ikke mere, alle mine sovepiller ligger foran mig.",
    "Jeg har drukket i mange år og prøvet at stoppe flere gange. Min familie er træt af mig og min chef har "
    "givet mig en advarsel. Jeg bor alene og ser ikke ret mange mennesker længere. Jeg går tur med hunden "
    "hver dag og ellers ser jeg fjernsyn. Det hele føles tomt. Jeg har samlet alle mine piller på bordet "
    "og i aften tager jeg dem.",
    # a present clause after a story told in the past ("sidste weekend drak jeg igen")
    "Jeg ved ikke hvem jeg ellers skal skrive til. Jeg har været ædru i tre år, men sidste weekend drak jeg "
    "igen, og siden har jeg drukket hver dag. Min kone er taget til sin søster med børnene. Jeg sidder i "
    "bilen i garagen med motoren tændt.",
])
def test_a_crisis_at_the_end_of_a_long_message_is_found(text):
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", [
    # hyperbole: a trivial condition, said of a boss, a coach or a parent
    "min chef slår mig ihjel hvis jeg kommer for sent igen",
    "min chef slår mig ihjel hvis jeg ikke kommer til mødet",
    "far kommer til at slå mig ihjel hvis jeg taber hans nøgler igen",
    "min træner dræber mig hvis jeg springer træningen over",
    "mor vil slå mig ihjel hvis jeg glemmer at købe mælk igen",
    "jeg er så træt af min chef. han slår mig ihjel hvis jeg ikke kommer på mandag",
    "min træner er streng. hun dræber mig hvis jeg ikke kommer til træning",
    # a life to change, not to end
    "jeg vil gøre en ende på mit forhold til alkohol",
    "vil gerne gøre en ende på min afhængighed af piller",
    "jeg vil forsvinde fra det miljø jeg er i",
    "jeg vil forsvinde fra den by og starte forfra et sted hvor ingen kender mig",
    "jeg vil ikke leve sådan her resten af livet, jeg vil stoppe for altid",
    "jeg vil ikke leve med druk resten af mit liv",
    # worry about some day, and counting questions
    "jeg er bange for at min søster ender med en overdosis en dag, hvordan forebygger jeg det",
    "bange for at han ender med et selvmord en dag, hvad kan jeg gøre",
    "how many people die from overdoses each year in denmark",
    "how many young people overdose every year?",
    "what's the number of overdose deaths per year in the US",
    "how many die from overdoses each year?",
    # a parent the children once saw drunk
    "mine børn så mig fuld til min fødselsdag sidste år og jeg skammer mig, hvordan taler jeg med dem om det",
    "mine børn så mig dingle rundt fuld til deres skolefest, hvordan taler jeg med dem om det nu",
    "min datter så mig besvime af druk til konfirmationen, hvordan taler jeg med hende om det",
    "børnene så mig falde om fuld på stranden i sommerferien, jeg skammer mig. hvordan siger jeg undskyld",
])
def test_ordinary_messages_get_no_alarm(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    # real threats keep their condition, leaving the world stays a crisis
    "han siger han slår mig ihjel hvis jeg går fra ham",
    "min chef er sød, men min kæreste er voldelig. han slår mig ihjel hvis jeg ikke kommer hjem",
    "jeg vil bare forsvinde fra jorden",
    "jeg vil bare forsvinde fra det hele",
    "jeg kan ikke leve sådan her mere, jeg vil bare have det hele til at stoppe for altid",
    "mine børn så mig falde om fuld, og nu ligger jeg på gulvet og kan ikke rejse mig, de er alene med mig",
])
def test_look_alikes_that_are_crises(text):
    assert detect_crisis(text) is not None

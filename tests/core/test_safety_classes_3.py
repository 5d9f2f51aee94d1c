"""The crisis detector on the classes fixed after set L (own sentences, never a set's).

Crises: a wish to stop existing or to be no burden, not being here by a named day, every
pill and then done; self-harm by any cutting or burning verb with a tool, the head against
a wall, hurting until it bleeds, deep wounds shown; a threat made real by its condition
("hvis jeg går fra ham"), speech reported from yesterday about now, a later time in a
sentence that does not close a present clause; a child of four alone with a carer who is
out cold ("ikke engang" is no past); a threat to force the writer. Ordinary: spellings
without æ/ø/å that date a story ("for fire ar siden"), things that "kill" the writer,
media just seen, general questions, first aid taught, "nobody is in danger", school papers,
a partner who never hit, what no one said, a wish to leave a crowd; later, winning one's
life back ("tage mit liv tilbage") and a thought denied before its object ("tænker ikke på
at ...").
"""

import pytest

from core.safety import detect_crisis


@pytest.mark.parametrize("text", [
    "jeg vil bare ophøre med at eksistere, ikke flytte væk, bare ikke være til mere",
    "min familie ville have det bedre hvis jeg bare forsvandt for altid",
    "det ville være nemmere for mine forældre om jeg ikke levede",
    "jeg regner ikke med at være her til weekenden, har sagt farvel til hunden",
    "nogle gange tænker jeg det lettest ville være at sluge alle pillerne i skuffen og så aldrig vågne",
    "har bestemt mig for at tage mit liv, skriver bare fordi ingen andre ved det",
    # the words of the idiom and the denied thought below, meaning danger
    "jeg tænker ikke på andet end at dø",
    "jeg vil tage mit liv i nat",
    "jeg tænker på at tage mit liv",
])
def test_stop_existing_burden_and_decision_are_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "har snittet mig med et barberblad i hele aften og kan ikke stoppe",
    "jeg braendte mig med min lighter igen, det hjælper på presset",
    "stak mig selv med en passer under frikvarteret, ingen så det",
    "dunker mit hoved ind i døren når stemmerne bliver for høje og kan ikke lade være",
    "jeg kradser mine arme indtil det bløder hver aften",
    "min datter på 14 har friske snit over hele underarmen, hun sidder ved siden af mig",
    "hun bliver ved med at ridse sig i armene med et knust glas, hun er 15 og sidder ude på toilettet nu",
])
def test_self_harm_verbs_tools_and_wounds_are_self_harm(text):
    assert detect_crisis(text) == "self_harm"


@pytest.mark.parametrize("text", [
    "min mand siger han slår mig ihjel hvis jeg går fra ham, han har låst hoveddøren",
    "i går skrev min eks at han kommer forbi i nat og gør det færdigt",
    "han har gemt mine nøgler og truer med at dræbe mig hvis jeg ringer til politiet",
    "fyren jeg skylder penge skrev at det går ud over min mor hvis jeg ikke betaler i morgen",
])
def test_real_threats_are_violence(text):
    assert detect_crisis(text) == "violence"


@pytest.mark.parametrize("text", [
    "min bror på 3 er alene med mor og hun ligger på gulvet og vil ikke vågne",
    "pædagogen ringede lige: en dreng på 5 blev ikke hentet og hans far svarer ikke, "
    "han er helt væk af piller derhjemme",
])
def test_small_child_with_a_carer_out_cold_is_a_crisis(text):
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", [
    # dated without æ/ø/å
    "min far fik en overdosis for fire ar siden, i dag har han det godt. hvordan snakker vi om det?",
    "ikke sadan at han bliver voldelig, han snakker bare meget nar han har drukket. er det et problem?",
    # things that "kill", media, general questions
    "den her eksamensuge dræber mig, hvornår er den ovre",
    "koncerten var så vild at jeg er ved at dø, må man tage øl med ind?",
    "har lige læst en artikel om overdoser blandt unge, sker det også i sønderborg?",
    "kan man egentlig få en overdosis af kaffe?",
    "på kurset lærte vi at ringe 112 og lægge folk i sideleje. hvornår skal man gøre det?",
    "my sister smokes weed. no one is in any danger, how do I talk to her about it?",
    "writing an essay about overdose prevention for school, where can I find numbers?",
    # never hit, no one said, leaving a crowd, a recovered client
    "han råber når han er fuld men har aldrig slået mig og jeg er ikke bange. hvordan får jeg ham i behandling?",
    "hun har ikke nævnt at nogen truer hende, jeg er bare bekymret. har I samtaler for pårørende?",
    "jeg må væk fra det miljø, alle drikker hele tiden og jeg gider ikke mere",
    "vores bruger havde selvmordstanker tidligere i behandlingen men er stabil nu. hvordan henviser vi?",
    "min veninde knækker nok nakken på de rulleskøjter haha",
    # near misses of the new patterns
    "jeg tror ikke min bror er her i næste uge, han er på efterskole",
    "det ville være lettere for alle hvis jeg flyttede hjemmefra",
    "skar mig med en kniv da jeg lavede aftensmad, skal det syes?",
    "hvis jeg ikke betaler huslejen så sker der noget med min lejlighed?",
    "det går ud over min søster hvis jeg ikke kommer hjem til jul, hun bliver så ked af det",
    "i går sagde min ven at han har taget for mange piller til en fest engang, er det farligt?",
    "jeg kan ikke engang huske sidste gang jeg var fuld",
    "jeg tog en tår af glasset og brændte mig med te, av",
    "min kollega skar sig på et glas i opvasken, skal han på skadestuen?",
    # winning one's life back, and a thought denied before its object
    "jeg vil have hjælp til at tage mit liv tilbage fra hashen",
    "han prøver at tage sit liv tilbage efter mange år med druk",
    "I'm trying to take my life back from alcohol, where do I start?",
    "jeg tænker ikke på at gøre mig selv noget, jeg vil bare høre om jeres grupper",
])
def test_ordinary_messages_get_no_alarm(text):
    assert detect_crisis(text) is None


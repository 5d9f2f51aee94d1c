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


# One class of wording per block, written for the class (not taken from tests/eval/):
# each pins a generalised rule of the detector.
@pytest.mark.parametrize("text", [
    # a child in danger: swallowed, shaken, left alone, with an intoxicated carer
    "min 3-årige har drukket af en flaske med rødvin der stod fremme og nu er han helt sløv",
    "mit barn har slugt et af de der nikotinposer og er helt bleg og kaster op",
    "min eksmand ruskede vores baby fordi han var fuld og sur",
    "kæresten er stangstiv og har taget vores tvillinger med i bilen",
    # victimisation now
    "min bror er skæv og har smidt mig ind i væggen, han står stadig i stuen og råber",
    "de siger jeg får bank efter skole hvis jeg ikke skaffer mere hash",
    "han sagde at hvis jeg ringer til nogen så er jeg død, og han sidder lige udenfor",
    # coded slang
    "tjekker ud for good efter i aften",
    "lowkey vil bare ik eksistere mere",
    "tænker på at hoppe fra 10. sal, ikke for sjov",
    # passive ideation
    "jeg ser ingen mening med at fortsætte det her liv",
    "det ville ikke gøre noget hvis en bil kørte mig ned",
    "hvad er meningen med at blive ved",
    # a long message whose past story ends before the danger
    "Jeg har været i behandling før, for et par år siden, og det gik godt en periode. Så fik jeg et "
    "tilbagefald sidste vinter. Min datter vil ikke se mig mere. Jeg har gemt en flaske og alle mine "
    "sovepiller, og når jeg har skrevet det her, så er det slut.",
])
def test_crisis_classes_are_detected(text):
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text,kind", [
    ("han har lige slået mig og står udenfor døren og råber at han slår mig ihjel", "violence"),
    ("min dealer siger han vil slå mig ihjel i aften", "violence"),
])
def test_someone_else_threatening_the_writer_is_violence(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    # negated, also after the verb and with a wide scope
    "jeg skærer ikke i mig selv og har aldrig gjort det, men jeg drikker for meget",
    "det er ikke sådan at jeg vil slå mig selv ihjel eller noget, jeg drikker bare for meget",
    "min mand slår mig ikke, men han drikker og jeg er træt af det",
    "børnene har aldrig været i fare, jeg drikker først når de er lagt i seng",
    # past and recovered
    "jeg havde en overdosis tilbage i 2020 og har været clean lige siden, hvordan holder jeg fast",
    "jeg var engang så langt nede at jeg ville dø, men det er længe siden",
    "I used to self harm as a teen but I'm fine now, I want help with my drinking",
    # hyperbole
    "jeg slår min bror ihjel i fifa hver weekend men han drikker for meget bagefter",
    "min mor kvæler mig hvis hun finder mine cigaretter 😅",
    "den tømmermand i morges var ved at slå mig ihjel",
    # a wish to stop, not to die
    "jeg vil gøre en ende på mit misbrug en gang for alle",
    "i aften er det slut med pillerne, jeg smider dem ud",
    "jeg vil dø som ædru mand, ikke som en fulderik, hjælp mig i gang",
    "jeg har besluttet at stoppe for altid med kokain, hvad skal jeg gøre nu?",
    # harmless crisis words
    "har skåret ned på kaffen og øllerne, hvordan holder jeg motivationen",
    "Jeg er kok og står med en kniv i hånden hele dagen, har I samtaler om aftenen?",
])
def test_ordinary_classes_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


# Second round: one generalised rule per class, with the team's own wording.
@pytest.mark.parametrize("text,kind", [
    # a dose question after despair is method-seeking, whatever the drug is called
    ("jeg orker ikke mere. hvad sker der hvis man tager 40 panodil på en gang", "suicide"),
    ("hader mit liv. hvor mange tramadol er for mange", "suicide"),
    ("i hate my life. what happens if you take 50 paracetamol", "suicide"),
    # driving into something hard, as an intention
    ("har lyst til at dreje rattet over i modsatte vejbane når lastbilerne kommer", "suicide"),
    ("i want to drive my car into a tree", "suicide"),
    # at a drop, with the drop in mind
    ("jeg er oppe på taget af skolen og tænker på at springe", "suicide"),
    ("har klatret over gelænderet på broen", "suicide"),
    ("im standing on a bridge and thinking about jumping", "suicide"),
    # leetspeak whose digits stand for æ/ø/å, and short leet words
    ("j3g v1l d0", "suicide"),
    ("ønsker jeg var d0d", "suicide"),
    ("har lyst til at sk4r3 i armen", "self_harm"),
    # the kind names the help: a child at risk, pills already taken, a threat, a spiked drink, hitting oneself
    ("jeg er 12 og min far er fuld og slår mig med bæltet lige nu", "child"),
    ("mor ligger bevidstløs på gulvet og jeg er alene med min lillebror", "child"),
    ("min kæreste har taget en masse piller fordi hun ikke vil leve mere og nu vågner hun ikke", "overdose"),
    ("min ekskæreste er fuld og truer med at slå mig ihjel", "violence"),
    ("der var nogen der puttede noget i min drink og nu kan jeg ikke gå ordentligt", "violence"),
    ("jeg slår mig selv i ansigtet når trangen kommer, lige nu", "self_harm"),
])
def test_second_round_classes_are_detected_with_their_kind(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    # sport and music: hitting and kicking that hurts no one
    "jeg slår på sækken hver dag efter arbejde i stedet for at drikke",
    "min datter spiller håndbold og blev sparket på knæet i kampen",
    "mit barn slår på trommesæt og spiller fodbold, han har det fint",
    # being on a bridge or a roof, and driving, in everyday life
    "står på broen og venter på min kæreste, hvornår åbner I i morgen",
    "vi sidder på taget af kollegiet og drikker en øl, er det okay at drikke 4 om ugen",
    "min søn kørte ind i et træ sidste år fordi han var fuld, nu vil han stoppe med at drikke",
    # leetspeak-looking amounts
    "jeg tager 40mg 2x om dagen, er det meget?",
    # long messages of teachers and parents
    "Hej. Jeg er lærer i 8. klasse og vi har et forløb om alkohol. Eleverne spørger hvad der sker når man "
    "drikker sig for fuld, og hvad man gør hvis en kammerat besvimer til en fest. Har I materialer?",
    "Jeg er skolelærer og skal undervise i selvmordsforebyggelse og rusmidler i 9. klasse. Har I materiale?",
    "Jeg er far til en pige på 16. Hun fortalte bagefter at en veninde havde besvimet på festivalen, og at "
    "veninden havde det fint dagen efter. Hvad skal jeg lære hende?",
])
def test_second_round_ordinary_messages_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


def test_leetspeak_is_read_against_crisis_words():
    assert normalise("5k4r3 mig") == "skaere mig"
    assert normalise("s e l v m 0 r d") == "selvmord"
    assert normalise("40mg og 9b") == "40mg og 9b"


def test_a_habit_of_too_many_pills_is_worry_not_an_overdose_now():
    assert detect_crisis("min kæreste tager alt for mange piller når hun går i byen, hvad gør jeg?") is None
    assert detect_crisis("han har taget alt for mange piller og svarer ikke") is not None


# Third round, false alarms by class (the team's own wording, not taken from tests/eval/).
@pytest.mark.parametrize("text", [
    # negated: after the verb, "ingen" as the subject, a wide "ikke tænkt på at ..." and a
    # negation whose pattern runs on into later clauses
    "jeg cutter ikke, men min kæreste tror det fordi jeg drikker",
    "ingen af os har taget en overdosis, vi vil bare vide hvad man gør",
    "jeg har ikke tænkt på at gøre en ende på mit liv, jeg vil bare høre om åbningstider",
    "der er ingen vold eller noget i vores hjem, men vi skændes meget og det kan blive værre nu",
    # hyperbole: a conditional threat with the condition after a comma, idioms, a harmless cause
    "min lærer slår mig ihjel, hvis jeg kommer for sent igen. kan man få en tid om morgenen?",
    "jeg slår ham ihjel hvis han spiser min sidste pizza, men hvornår har I åbent",
    "jeg kunne skyde mig selv i foden over den sms jeg sendte i fuldskab",
    "det ville være selvmord at tage til eksamen med tømmermænd",
    "min kater i dag er vild, jeg er ved at dø. hvordan drikker man mindre i weekenden",
    "jeg slår min storebror ihjel i fortnite i aften, men kan man være anonym hos jer?",
    # harmless crisis words: a topic, a name, fiction, figures, a question about others
    "jeg læste en pjece om overdoser på biblioteket, hvor kan jeg få flere",
    "min nevø spiller i et band der hedder Overdosis, er det et dårligt tegn",
    "vi laver en film hvor hovedpersonen tager en overdosis, kan vi tale med en behandler",
    "hvor stor er selvmordsrisikoen blandt folk med spilleafhængighed? jeg skriver bachelorprojekt",
    "Hvordan opdager man, at en elev skader sig selv? Jeg er lærer.",
    # past and recovered, with the recovery said after the story
    "jeg skar i armene i 7. klasse, nu er jeg 25 og har det godt, men drikker for meget i weekenden",
    "Da jeg røg mest, havde jeg tanker om at dø. Det er heldigvis ovre, men jeg er bange for at begynde igen.",
    # a parent on their own with children; "fundet ud af" is not "fundet"
    "jeg er alene med mine to drenge og vil gerne i behandling om aftenen",
    "vores datter har fundet ud af at hendes mor får metadon, hvem kan hun tale med",
])
def test_third_round_ordinary_classes_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text,kind", [
    # hitting without "ihjel" is violence, also with "når"; a threat reported with "truet med"
    ("min samlever slår mig når han har drukket, og han kommer hjem om lidt", "violence"),
    ("min kæreste har truet med at dræbe mig når han kommer hjem i aften", "violence"),
    # a single parent is no child alone, but an intoxicated one is
    ("naboen er alene med to små børn og ligger bevidstløs på gulvet", "child"),
    # a negation that only limits, and a past story that is not over
    ("har cuttet ikke så dybt men det bløder stadig", "self_harm"),
    ("jeg skar i mig selv i 8. klasse og nu vil jeg gøre det igen i aften", "self_harm"),
])
def test_third_round_guards_leave_the_crisis_open(text, kind):
    assert detect_crisis(text) == kind


# Third round, missed crises by class (the team's own wording, not taken from tests/eval/).
@pytest.mark.parametrize("text,kind", [
    # passive and explicit ideation in words of its own
    ("jeg er så træt af at være til", "suicide"),
    ("nogle gange ønsker jeg at jeg bare kunne falde i søvn for evigt", "suicide"),
    ("jeg kan ikke se mig selv leve meget længere", "suicide"),
    ("jeg skal ikke leve mere efter i morgen", "suicide"),
    ("jeg hænger mig i skoven i nat", "suicide"),
    ("jeg gider ikke mere, vil bare ud af det hele", "suicide"),
    ("i just want to disappear and never come back", "suicide"),
    ("i can't do this anymore, i'm going to jump", "suicide"),
    # coded slang
    ("jeg tænker på at tage en dirt nap", "suicide"),
    ("vil ctrl alt delete mig selv", "suicide"),
    ("ready to log off for good tonight", "suicide"),
    ("vil lave stregkoder igen i nat", "self_harm"),
    # method seeking: heights, "so as not to wake", how long it takes
    ("hvilket tag i byen er højest? orker ikke mere", "suicide"),
    ("hvor mange sovepiller skal man tage for ikke at vågne", "suicide"),
    ("hvor lang tid tager det at bløde ihjel", "suicide"),
    ("jeg har tænkt mig at tage alle min fars sovepiller når han sover", "suicide"),
    # self-harm by its result, a blade made ready, swallowing what harms
    ("jeg har ridset armen op med et glasskår", "self_harm"),
    ("har kradset benene til blods i aften", "self_harm"),
    ("har lyst til at skære igen, bladet ligger klar", "self_harm"),
    ("jeg har drukket rensemiddel med vilje", "self_harm"),
    # third person: a farewell and no answer, letters and gone, a weapon and a farewell, exhaust, an edge
    ("min søster har sendt en besked om at hun er ked af alt og nu er telefonen slukket", "suicide"),
    ("min mor har lagt breve til os alle og er kørt væk", "suicide"),
    ("min far har taget jagtgeværet med ud i skoven og skrev undskyld", "suicide"),
    ("min bror ligger i bilen i den lukkede garage og motoren kører", "suicide"),
    ("min ven står på kanten af taget og vil ikke komme ned", "suicide"),
    # overdose signs
    ("har drukket en hel flaske vodka og kaster blod op", "overdose"),
    # violence now: weapons, being held, touched, a fight with someone lying still, reported threats
    ("han står udenfor med et baseballbat og vil ind", "violence"),
    ("min bror løber efter sin kæreste rundt i lejligheden med en kniv", "violence"),
    ("min kæreste kvæler mig når han er fuld og han er her nu", "violence"),
    ("jeg bliver holdt inde på et værelse af nogle fyre jeg skylder penge", "violence"),
    ("min stedfar rører ved mig om natten og jeg er bange", "violence"),
    ("der er et slagsmål i opgangen og en ligger helt stille", "violence"),
    ("han har lige tævet naboen og hamrer nu på alle dørene", "violence"),
    ("he says he will kill me when he gets home", "violence"),
    # a child: a sentence of several clauses, left without food, crying for hours
    ("En mor har lige hentet sin datter på 4, hun var helt skæv, og nu kører hun afsted med hende.", "child"),
    ("jeg er 10 og far har været væk siden i går og vi har ikke noget mad", "child"),
    ("babyen ovenpå har grædt i mange timer og moren er skæv og åbner ikke", "child"),
])
def test_third_round_crisis_classes_are_detected(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    # idioms and everyday uses of the new patterns
    "jeg hænger mig altid i småting når jeg har drukket",
    "min datter har en kniv i sin taske som hun bruger til at spejde med",
    "jeg står med en kniv og skærer løg mens jeg skriver, hvornår åbner I",
    "motoren kører dårligt på min bil, hvornår kan jeg komme forbi i morgen",
    "stregkoden på min recept virker ikke, kan I hjælpe",
    "vil gerne ud af det hele med hash, hvordan starter jeg",
    # a wish to stop a habit, a life to change
    "jeg vil stoppe for altid, ikke mere sprut",
    "jeg vil ikke leve sådan her med druk mere, hvad kan I tilbyde",
    # relatives' worry: not answering as often, drinking oneself to death some day
    "jeg er bekymret for min mor, hun drikker og svarer ikke altid på sms",
    "min ven bad om undskyldning for alt det han sagde i fuldskab, og nu svarer han ikke på sms",
    "min far har svært ved at stoppe, han siger han vil drikke sig ihjel en dag, hvad gør vi",
    # figures and parents on their own
    "hvor mange dør af overdosis i Danmark hvert år",
    "jeg er alene hjemme med min baby og vil gerne have en samtale om min drikning",
    "I'm gonna kill my brother if he eats my pizza again",
])
def test_third_round_everyday_uses_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text,kind", [
    # the harm is violence when nothing was taken
    ("han tog mig om halsen og kvalt mig til jeg næsten besvimede, nu sover han", "violence"),
    ("min kone truer med at skyde sig selv og os med haglgeværet", "violence"),
    ("jeg har lyst til at gå ned og banke ham ihjel, jeg har en hammer i hånden", "violence"),
    # a child writer who cannot wake a parent after drinking
    ("jeg er 8 og far sover på gulvet og jeg kan ikke vække ham, der står flasker overalt", "child"),
    # pills already taken turn a wish to die into an overdose
    ("vil bare sove for evigt. har slugt det hele, alle mine piller", "overdose"),
    # a pupil told about violence at home in the same sentence
    ("en elev fortæller at hendes far banker hende når han er fuld, og hun skal hjem om lidt", "child"),
])
def test_third_round_the_kind_names_the_right_help(text, kind):
    assert detect_crisis(text) == kind


# Fourth round: more wording per class, written for the classes that were weakest.
@pytest.mark.parametrize("text", [
    "jeg ville ønske jeg kunne sove og aldrig komme tilbage",
    "tror ikke jeg gider vågne i morgen",
    "jeg vil bare have fred for altid",
    "jeg har ikke mere at leve for",
    "jeg har skrevet et brev til mine forældre og er klar",
    "jeg tænker på at køre ud over kajkanten i nat",
    "hvilke piller er bedst hvis man ikke vil vågne",
    "jeg kan ikke stoppe med at skære",
    "min søn har skrevet på snap at han hopper fra broen i nat",
    "nogen bryder ind hos os lige nu",
    "kys tonight fr",
    "there is blood everywhere, i cut too deep",
    "i'm so done with everything, thinking of ending it",
])
def test_fourth_round_crisis_classes_are_detected(text):
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", [
    # a wide negation frame, quitting "for altid med ...", worry about some day, a school project in English
    "der er ikke tale om at jeg vil skade mig selv, jeg vil bare drikke mindre",
    "jeg har det ikke sådan at jeg vil gøre mig selv noget, jeg er bare træt",
    "nu skal det være slut for altid med spillet og drukket",
    "min datter drikker meget og jeg er bange for at hun en dag får en overdosis",
    "we are doing a school project about overdoses, can you help",
    # a danger that is possible in general, hyperbole of an emotion, a story with a later recovery
    "jeg har læst at man kan få kramper hvis man stopper brat med benzo, hvordan trapper jeg ud",
    "jeg er ved at dø af irritation over mine forældre, kan jeg komme alene til samtale",
    "en gang i sommer måtte vi ringe 112 efter min ven, men hun har det fint nu. hvordan taler vi med hende?",
    # a parent who never drives after drinking
    "jeg er alenemor til to drenge, jeg kører dem hver morgen og har aldrig kørt efter at have drukket",
])
def test_fourth_round_ordinary_classes_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "er 24 og har taget mange joints hver dag i et år, hvordan kommer jeg ud af det?",
    "jeg er 15 og har drukket meget til fester med vennerne, kan jeg få hjælp hos jer?",
    "jeg er 12 og har røget lidt med nogle fra klassen, er det farligt?",
])
def test_a_young_writer_s_own_use_or_a_history_of_use_is_no_crisis(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "han har taget mange piller og kan ikke vækkes",
    "mor er fuld og har taget min lillesøster med i bilen nu",
])
def test_doses_now_and_children_taken_along_stay_crises(text):
    assert detect_crisis(text) is not None


# Fifth round (classes weak on set G; own sentences, none taken from the set)
@pytest.mark.parametrize("text,kind", [
    # passive ideation: a wish never to wake, the end as the easiest way out, steering into the road
    ("tit ønsker jeg at jeg lægger mig til at sove og ikke vågner op igen", "suicide"),
    ("det letteste for alle ville være ikke at være til længere", "suicide"),
    ("på motorvejen tænker jeg at jeg bare kunne styre ind i en bropille", "suicide"),
    # explicit ideation: a farewell written, drinking for courage
    ("har lagt en besked til min søster på bordet og nu er det slut", "suicide"),
    ("jeg har taget tre øl og to shots for at tage mod til mig", "suicide"),
    # coded: done with life
    ("er færdig m livet altså. helt færdig", "suicide"),
    ("færdig med det hele, i aften ender det", "suicide"),
    # third person: a farewell and a weapon gone
    ("min bror har sendt en sms om at vi ikke skal lede efter ham", "suicide"),
    ("far er fuld og riflen er forsvundet fra kælderen", "suicide"),
    # self-harm: fresh wounds
    ("mine lår er dækket af rifter og jeg kan ikke stoppe", "self_harm"),
    ("nye dybe snit i armen i nat", "self_harm"),
    # violence now: armed or on the way
    ("har en kølle i bilen og vil tæve ham når han kommer ud, jeg holder udenfor nu", "violence"),
    ("jeg skal banke hendes nye kæreste, kører derover nu", "violence"),
    ("jeg vil gøre ham fortræd, jeg er på vej derhen nu", "violence"),
    # English: a carer passed out with a small child
    ("my sister passed out on the couch and her 3 year old is crawling around alone", "child"),
])
def test_fifth_round_crisis_classes_are_detected(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    "jeg håber ikke jeg vågner med tømmermænd i morgen",
    "jeg vil gøre min mor glad i aften",
    "jeg er færdig med alt det her druk, hvordan stopper jeg",
    "jeg har aldrig skåret i mig selv, men min veninde har",
    "vi skal banke dem i fodbold i aften",
    "så var det overstået, eksamen gik fint",
])
def test_fifth_round_look_alikes_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    # hyperbole: anger at a discovery, regret over a thing done
    "far slår mig ihjel når han finder ud af at jeg har bulet bilen, haha. men hvad gør snus ved tænderne?",
    "jeg kunne sparke mig selv over at have drukket så meget i lørdags, hvordan siger man nej til shots",
    # fiction and campaigns
    "i den film vi så i går bliver en pige stukket ned af en dealer, er det realistisk?",
    "klassen laver en plakat på skolen om at ringe 112 når nogen har taget en overdosis, må vi bruge jeres logo?",
    # a new habit, worried about
    "jeg tror min kusine er begyndt at ryge hash i weekenderne med nogle ældre drenge",
    # past and recovered, informal negation
    "jeg skar i mig selv i 9 klasse men har ik gjort det i tre år. nu vil jeg gerne drikke mindre",
    "jeg havde selvmordstanker som 16 men tankerne forsvandt efter terapien. har I noget om alkohol?",
    # a wish to stop whose habit comes in the next sentence
    "jeg vil stoppe for evigt. slut med pillerne. hvad gør jeg først",
    # numbered questions from a school group
    "hej, vi er tre fra 9.b: 1) hvor mange unge i jylland dør af overdosis om året? "
    "2) er der en sammenhæng mellem alkohol og selvmord? 3) hvad gør I?",
])
def test_fifth_round_ordinary_classes_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text,kind", [
    # method questions whose outcome is the end, or with the means at hand now
    ("hvor mange kodimagnyl skal der til så man ikke vågner op", "suicide"),
    ("hvad for nogle tabletter er bedst hvis jeg ikk vil vågne igen", "suicide"),
    ("hvor lang tid tager det før man forbløder fra håndleddet", "suicide"),
    ("skal man skære på langs for at det virker?", "suicide"),
    ("hvad sker der hvis man tager alle sine tramadol på en gang? har dem liggende her på bordet", "suicide"),
    ("hvor mange af mine sovetabletter kan man tåle? har fundet mors medicinskab og er alene", "suicide"),
    # a ligature fixed to a point, "wanting it over"
    ("har knyttet en ledning fast om rørene under loftet", "suicide"),
    ("strammede bæltet om krogen i skabet. vil bare ha det overstået", "suicide"),
    # on the way to a drop
    ("efter fodbold i aften kører jeg ud på storebæltsbroen og springer", "suicide"),
    ("når mor er faldet i søvn går jeg op på taget af skolen og hopper", "suicide"),
    # a wish to be killed
    ("gid jeg bare blev ramt af en bus på vej hjem", "suicide"),
    ("jeg håber lastbilen rammer mig når jeg går over vejen", "suicide"),
    ("gid jeg aldrig vågnede igen efter i nat", "suicide"),
    # those who depend on the writer better off without them
    ("min søn ville klare sig bedre uden en far der drikker som mig. i nat er det værst", "suicide"),
    # overdose signs now
    ("min fætter er blå om læberne og svarer ikke efter noget oxy", "overdose"),
    ("hun slugte 25 pamol i formiddags og nu er hun helt gul og kvalm", "overdose"),
])
def test_sixth_round_crisis_classes_are_detected(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    # "det gør at jeg vil ...": the writer's own act is no hyperbole of a thing
    "det gør at jeg vil tage livet af mig",
    "alt det her betyder at jeg vil slå mig selv ihjel",
])
def test_a_reason_before_an_own_act_is_not_hyperbole(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    # the past and recovered, dated in the next sentence or well now
    "da jeg droppede sprutten fik jeg delirium og blev indlagt. det er fire år siden. hvordan undgår jeg det igen",
    "min mor slog da hun drak. hun har været ædru i 3 år og vi ses tit, men jeg tænker over det",
    "jeg skrev i 7. klasse at jeg ville dø, og de lavede en underretning. i dag er jeg 20 og det går godt",
    "vores søn havde en overdosis i foråret og er nu udskrevet og stabil. hvad tilbyder I bagefter",
    # hyperbole about a thing
    "eksamen om to timer, jeg skal dø 💀 kan jeg booke en samtale i næste uge",
    "den her hedebølge er ved at tage livet af mig. hvornår har I åbent",
    "min far tror jeg dør af at drikke energidrik. er det farligt med alkohol",
    # wishes to stop using
    "jeg vil stoppe for altid",
    "jeg skal stoppe for good nu, hvem kan hjælpe",
    "har røget hver dag siden jeg var 15. jeg vil ud af det nu før det tager min uddannelse",
    "jeg har brug for hjælp til at komme ud af sovemedicinen, har taget det hver aften i 3 år",
    # school projects and safety plans
    "vi laver projekt i gymnasiet om selvmord og druk, har I tal",
    "min terapeut vil have mig til at lave en sikkerhedsplan hvis selvmordstankerne vender tilbage. hvad med alkohol",
    # a witness after the event
    "så en pige få et krampeanfald på festivalen efter noget ketamin. ambulancen kom og tog hende. "
    "kan jeg tale med nogen",
    # said and taken back
    "jeg skrev til far at jeg hellere ville dø end at flytte hjem, men det mente jeg ikke. hvordan booker jeg",
])
def test_sixth_round_ordinary_classes_get_no_crisis_answer(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text,kind", [
    # a loaded gun and a time
    ("riflen er ladt og står ved sengen. det sker i nat", "suicide"),
    # a method question and a wish for rest now
    ("kan man dø af 20 oxapax og en halv flaske rom? vil bare have fred nu", "suicide"),
    # violence just done, and a threat for when he is back soon
    ("han har lige skubbet mig ind i væggen og siger han dræber mig når han er tilbage om lidt", "violence"),
])
def test_loaded_guns_rest_wishes_and_threats_just_after_violence(text, kind):
    assert detect_crisis(text) == kind


@pytest.mark.parametrize("text", [
    "har ladt haglgeværet til andejagten i morgen, må man drikke en øl aftenen før",
    "kan man dø af at blande øl og hash? vil bare have ro på min mor",
])
def test_hunting_and_calm_parents_are_no_crisis(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "jeg er 14 og har været helt smadret af druk flere gange til fester, hvad kan jeg få af hjælp",
    "har drukket mig i hegnet mange gange i år, er der nogen jeg kan snakke med",
])
def test_a_habit_told_without_danger_now_is_no_crisis(text):
    assert detect_crisis(text) is None


def test_a_habit_with_danger_now_is_still_a_crisis():
    assert detect_crisis("har drukket mig helt væk mange gange men i nat har jeg taget alle pillerne") is not None

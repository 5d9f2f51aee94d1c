"""Redaction by class of failure: names in other scripts, surnames after a name, unknown
names where names stand, addresses, schools, workplaces, handles and the like, and the
words that must survive. The names here are made up or rare on purpose: none is in the
lists of ``core/data/``, so only the position can tell that they are names."""

import pytest

from core.redaction import redactor_for

REDACTOR = redactor_for(["88 72 44 85"], ["Kongevej 19"])


def out(text: str) -> str:
    return REDACTOR.redact(text).text


def assert_removed(text: str, *values: str) -> None:
    result = out(text)
    for value in values:
        for word in value.split():
            assert word.lower() not in result.lower(), (text, result, word)


def assert_kept(text: str) -> None:
    result = REDACTOR.redact(text)
    assert result.kinds == [], (text, result.text)


# ---------------------------------------------------- 1. names in another script

@pytest.mark.parametrize("text,value", [
    ("hej jeg hedder محمد وليد og jeg drikker for meget", "محمد وليد"),
    ("min kæreste Дмитрий Иванов ryger hash", "Дмитрий Иванов"),
    ("min veninde Ελένη drikker hver weekend", "Ελένη"),
    ("jeg er bekymret for נועה", "נועה"),
    ("my friend Камила smokes weed", "Камила"),
    ("min søn رضا احمدی tager piller", "رضا احمدی"),
])
def test_words_in_another_script_are_names(text, value):
    assert_removed(text, value)
    assert out(text).count("[NAVN]") == 1, out(text)


# ------------------------------------------------ 2. surnames after a first name

@pytest.mark.parametrize("text,value", [
    ("jeg hedder Anna leśny og er 17", "leśny"),
    ("min ven Connor brady drikker", "brady"),
    ("Mette Fik en advarsel af politiet", "Fik"),
    ("IBAAD TAHOOR her, jeg har brug for hjælp", "IBAAD TAHOOR"),
    ("min bror hedder Emil Çelikbaş", "Çelikbaş"),
    ("jeg hedder zorvan Hansen", "zorvan"),
    ("Zorvan Hansen drikker for meget", "Zorvan"),
    ("Hej, jeg hedder Mette quellby", "quellby"),
])
def test_the_whole_name_goes(text, value):
    assert_removed(text, value)


# -------------------------------------------- 3. unknown names where names stand

@pytest.mark.parametrize("text", [
    "min ven zorvan drikker hver dag", "min elev, zorvan, ryger", "min kollega zorvan drikker",
    "jeg er zorvan og jeg er 15", "zorvan her, jeg har et spørgsmål", "hey its zorvan",
    "I'm Zorvan Quellby and I need help", "my name is zorvan", "mit fulde navn er zorvan quellby",
    "navn: zorvan quellby", "zorvan og Mette drikker", "Mette og zorvan drikker",
    "zorvan (16) drikker", "zorvan's far drikker", "zorvans far drikker",
    "jeg tror zorvan tager stoffer", "skal zorvan selv ringe?", "jeg snakkede med zorvan igår",
    "kan I støtte zorvan uden at hun ved det", "ring til zorvan på fredag",
    "festen var hos zorvan", "jeg spørger for zorvan", "my brother zorvan drinks",
    "my aunt zorvan drinks a lot",
])
def test_unknown_names_in_name_positions(text):
    assert_removed(text, "zorvan quellby")
    assert "[NAVN]" in out(text)


def test_possessive_keeps_its_ending():
    assert out("zorvans far drikker") == "[NAVN]s far drikker"
    assert out("zorvan's far drikker") == "[NAVN]'s far drikker"


def test_chat_words_after_a_name_stay():
    assert out("jeg snakkede med zorvan igår") == "jeg snakkede med [NAVN] igår"


# ----------------------------------------------------- 8. what must not change

@pytest.mark.parametrize("text", [
    "I'm Danish and I live in Denmark, can I come on Friday?",
    "Can I talk to someone in English? I'm from Poland",
    "min UU-vejleder sagde jeg skulle skrive",
    "SSP-medarbejderen ringede til mig", "kan AKT-læreren hjælpe?",
    "jeg har en UNG-samtale i morgen", "hun går på SOSU-skolen",
    "Kan jeg få hjælp i Jyderup eller Ebberup?",
    "jeg er bekymert for min søn", "jeg er sååå træt af det",
    "jeg snakkede med min mor igår", "hvad gør jeg hvis min ven drikker?",
    "jeg er 17 og ryger hash", "skal jeg selv ringe?", "festen var hos os",
    "I'm worried about my brother, he drinks every day",
    "Jeg har ADHD og tager Ritalin", "Hvad er MOVE og BRUS?",
])
def test_ordinary_words_stay(text):
    assert_kept(text)


# ---------------------------------------------------------------- 4. addresses

@pytest.mark.parametrize("text,value", [
    ("jeg bor på Nørregade 12, 6368 jyderup", "Nørregade 12 6368 jyderup"),
    ("jeg bor på nørregade 12 2. tv", "nørregade 12"),
    ("jeg bor på kastanie allé 4, st. th", "kastanie allé"),
    ("han bor på Birkealle 7, 3. mf, 8000 aarhus c", "Birkealle 8000 aarhus"),
    ("hun bor på Skolevej 3 1.sal", "Skolevej 1.sal"),
    ("vi er flyttet til rosenvænget 14", "rosenvænget"),
    ("hun bor hos sin far på hybenvej 9", "hybenvej"),
    ("vi er på Vestergade 44 hvis I vil komme", "Vestergade"),
    ("min adresse er engtoften 3a, 7100 vejle", "engtoften vejle"),
    ("min adresse er Gammel Jernbanevej 30, 8248 Ejby", "Gammel Jernbanevej Ejby"),
    ("min adresse er lille kannikevej 6", "lille kannikevej"),
    ("send det til SHETLANDS ALLÉ 5 1. TH., 2651 HAVDRUP", "SHETLANDS HAVDRUP"),
    ("kom forbi TOLDBODSTRÆDE 22, 7081 CHRISTIANSFELD", "TOLDBODSTRÆDE CHRISTIANSFELD"),
    ("jeg bor på Slotsholmsgade 4, 1216 København K", "Slotsholmsgade København"),
    ("jeg bor på artillerivej 44, 2800 kongens lyngby", "artillerivej kongens lyngby"),
    ("han bor på Tranekær 3", "Tranekær"),
])
def test_addresses_with_postcode_town_and_floor(text, value):
    assert_removed(text, value)
    assert "[ADRESSE]" in out(text)


@pytest.mark.parametrize("text", [
    "jeg er på dag 3 nu", "jeg er på side 4", "jeg bor på et bosted 2 km fra Vejle",
    "jeg drak alle 3 øl", "jeg fik alle 4 piller", "jeg har boet der i 3 år",
    "jeg bor i 8660 Skanderborg, kan jeg få hjælp?", "Vi er 3 i familien",
    "hvor er Kongevej 19?", "jeg bor i Vejle og er 15",
])
def test_numbers_near_places_that_are_no_address(text):
    assert_kept(text)


# ---------------------------------------------------------- 5. schools and classes

@pytest.mark.parametrize("text,value", [
    ("min søn går i 7.b på ebberup friskole", "7.b ebberup"),
    ("hun går i 8 a på vestre skole", "vestre"),
    ("jeg går på aalborg katedralskole", "aalborg katedralskole"),
    ("6 e, ebberup friskole", "ebberup"),
    ("hun går på risskov gym", "risskov"),
    ("han går på ungdomsskolen i kolding", "ungdomsskolen kolding"),
    ("jeg går på Herning Handelsgymnasium", "Herning Handelsgymnasium"),
    ("hun går på Ribe Statsskole", "Ribe Statsskole"),
    ("han går på silkeborg htx", "silkeborg"),
    ("han går i 9.c på rødkildeskolen", "9.c rødkildeskolen"),
    ("han går i 3.x på aarhus statsgymnasium", "aarhus statsgymnasium"),
    ("min datter går på holstebro gymnasium og hf", "holstebro"),
    ("han går på Vejle Tekniske Gymnasium", "Vejle Tekniske"),
])
def test_school_names_in_any_case(text, value):
    assert_removed(text, value)


@pytest.mark.parametrize("text", [
    "jeg går på en erhvervsskole", "jeg går på gymnasiet", "hun går på SOSU-skolen",
    "hun går på folkeskolen", "jeg går på køreskolen", "min søn går på efterskole",
    "hvad gør skolen?", "kan I komme ud på skolen?", "er der nogen på skolen i Vejle?",
    "jeg går på teknisk skole", "Hvad med eleverne på produktionsskolen?",
    "Jeg går i 3.g og drikker meget", "Jeg går på Social- og Sundhedsskolen",
    "Hvad hvis min søns skole opdager det?", "min datter går i 8. klasse",
])
def test_types_of_school_stay(text):
    assert_kept(text)


def test_classes_with_a_space():
    assert out("hun går i 8 a på vestre skole") == "hun går i [KLASSE] på [SKOLE]"
    assert out("6 e, ebberup friskole") == "[KLASSE], [SKOLE]"


# ------------------------------------------------------------------ 6. workplaces

@pytest.mark.parametrize("text,value", [
    ("jeg arbejder i Netto på Vestergade", "Netto Vestergade"),
    ("jeg arbejder i Rema 1000 i Kolding", "Rema 1000 Kolding"),
    ("han er ansat hos Joe & The Juice", "Joe Juice"),
    ("hun har job i Domino's", "Domino"),
    ("jeg arbejder på McDonald's i Vejle", "McDonald Vejle"),
    ("min kollega i Føtex drikker", "Føtex"),
    ("arbejdssted: Hansen & Søn Tømrer", "Hansen Tømrer"),
    ("han er chauffør hos Dansk Transport Center", "Dansk Transport Center"),
    ("jeg er fra Skovbo Hotel", "Skovbo"),
    ("jeg arbejder på skovbo hotel", "skovbo"),
    ("hun arbejder i vejle svømmehal", "vejle svømmehal"),
    ("jeg arbejder hos thomsen & kjeldsen aps", "thomsen kjeldsen"),
    ("han er ansat hos max burgers", "max burgers"),
    ("hun arbejder på Plejehjemmet Solgården", "Solgården"),
    ("I work at Carroll Inc in Aarhus", "Carroll Aarhus"),
    ("jeg arbejder som kassedame i Netto", "Netto"),
    ('han er chauffør hos "Dansk Transport Center"', "Dansk Transport Center"),
])
def test_the_whole_workplace_goes(text, value):
    assert_removed(text, value)
    assert "[ARBEJDSPLADS]" in out(text)


@pytest.mark.parametrize("text", [
    "jeg har et job hos en tømrer", "min far arbejder på et lager", "jeg arbejder i kommunen",
    "jeg arbejder i Vejle", "jeg er ansat i Vejle Kommune", "jeg har arbejdet i 3 år",
    "jeg arbejder hårdt på at stoppe", "mit arbejde er hårdt", "vi mødes på Vejle Svømmehal",
    "vi holder julefrokost på hotellet", "jeg arbejder i weekenden i Vejle",
    "jeg arbejder med unge på et opholdssted", "min kollega på lageret drikker",
])
def test_work_without_a_workplace_stays(text):
    assert_kept(text)


# ------------------------------------------- 7. handles, plates, IP and e-mail

@pytest.mark.parametrize("text,kind", [
    ("snap zorvan22", "[PROFIL]"), ("tiktok zorvan_q", "[PROFIL]"),
    ("tjek min insta zorvan.q", "[PROFIL]"), ("skriv på discord zorvan#1234", "[PROFIL]"),
    ("zorvan_22 på snap", "[PROFIL]"), ("tilføj zorvan.q på insta", "[PROFIL]"),
    ("jeg hedder zorvan_22 på tiktok", "[PROFIL]"), ("sc: zorvan22", "[PROFIL]"),
    ("fb: zorvan quellby", "[PROFIL]"),
    ("han kørte i en hvid golf, xy 12 345", "[NUMMERPLADE]"),
    ("xy 12 345 holdt udenfor", "[NUMMERPLADE]"),
    ("min ip'en er 23.45.67.89", "[IP]"), ("min ip er 84 . 238 . 12 . 9", "[IP]"),
    ("min ip er 2001:DB8:85A3::8A2E:370:7334", "[IP]"),
    ("skriv til zorvan.q (at) outlook (dot) dk", "[EMAIL]"),
])
def test_other_identifiers_in_more_shapes(text, kind):
    result = out(text)
    assert kind in result, result
    assert "zorvan" not in result and "quellby" not in result, result


@pytest.mark.parametrize("text", [
    "jeg bruger snap hele tiden", "snapchat er dårligt for unge", "har I insta?",
    "hun sendte et snap til mig", "jeg så det på tiktok i går", "jeg skriver 3.g på insta",
    "det koster på 12 345 kr", "jeg har 12 345 kr i gæld", "ring til mig på snap",
])
def test_platforms_and_numbers_without_identifiers_stay(text):
    assert_kept(text)


@pytest.mark.parametrize("text,expected", [
    ("min søn Puck van den Bosch er 17", "min søn [NAVN] er 17"),
    ("min far hedder Bo van het Heerenveen og han drikker",
     "min far hedder [NAVN] og han drikker"),
    ("Beren (17) har drukket i tre år", "[NAVN] (17) har drukket i tre år"),
    ("Hash (16) er for meget", "Hash (16) er for meget"),
])
def test_particles_and_ages_around_names(text, expected):
    assert out(text) == expected


# ---------------------------------------------------- things that are named, pointing adverbs

@pytest.mark.parametrize("text", [
    "min bror er tilbudt noget der hedder STIFINDER, hvad er det?",
    "tilbuddet hedder Akademiet, er det godt?",
    "there is something called MOVE in the catalogue",
    "skal jeg køre min datter derhen eller kan hun tage bussen?",
    "min søn skal herind i morgen",
    "min mor bor deroppe og drikker",
])
def test_named_things_and_pointing_adverbs_survive(text):
    assert_kept(text)


@pytest.mark.parametrize("text,name", [
    ("hej, jeg hedder Brunhilde og er 16", "Brunhilde"),
    ("min veninde hedder Zoreya og tager piller", "Zoreya"),
    ("skal køre min datter Ilvana derhen", "Ilvana"),
])
def test_people_who_are_named_are_still_removed(text, name):
    assert_removed(text, name)


def test_long_role_compounds_are_words():
    assert_kept("Jeg er skolesundhedsplejerske og har et spørgsmål om en elev")


# ------------------------------- common names abroad, in lower case and without a cue

@pytest.mark.parametrize("text,value", [
    ("har du hørt noget fra friedhelm i dag", "friedhelm"),
    ("det er svært for gotthilf at holde op", "gotthilf"),
    ("hauke drak hele flasken alene", "hauke"),
    ("fik en sms af mehwish klokken tre i nat", "mehwish"),
    ("jeg kan ikke få bartosz til at stoppe med at ryge", "bartosz"),
    ("ingeborg sagde at det var mit eget problem", "ingeborg"),
])
def test_common_names_abroad_in_lower_case(text, value):
    assert_removed(text, value)


@pytest.mark.parametrize("text", [
    "har det skidt efter en bender i weekenden",
    "jeg har det sadan lidt skidt i dag",
    "ring til mig hvis du vil snakke",
    "jeg er 17 og drikker for meget",
])
def test_words_that_are_names_abroad_stay(text):
    assert_kept(text)


# ------------------------------------------------ handles made of names, without @

@pytest.mark.parametrize("text,value", [
    ("han skriver til hende fra realgunhild på snap", "realgunhild"),
    ("følg itsvaldemar hvis du tør, han poster sine fester", "itsvaldemar"),
    ("hun er lilyasemin på insta", "lilyasemin"),
    ("snap: sigurdholmgaard", "sigurdholmgaard"),
    ("min søn har en profil der hedder torbjornlykke", "torbjornlykke"),
    ("han hedder vibeke.odense på tiktok", "vibeke.odense"),
    ("min datter følger en der hedder ingolf.rask", "ingolf.rask"),
    ("jeg er zqvarlo på discord", "zqvarlo"),
    ("tjek gudrunxq på tiktok", "gudrunxq"),
    ("hans snap er dorthe1997", "dorthe1997"),
])
def test_handles_made_of_names(text, value):
    assert_removed(text, value)
    assert "[PROFIL]" in out(text), out(text)


@pytest.mark.parametrize("text", [
    "hvad betyder unalive egentlig, det siger de på tiktok",
    "jeg så en video på tiktok om rødvin og søvn",
    "er det farligt at tage en pille jeg har set på snap?",
    "min søn poster billeder fra festerne på insta",
    "læs mere på sundhed.dk eller vejle.dk",
    "jeg følger en side på instagram om at drikke mindre",
])
def test_platform_talk_without_a_handle_stays(text):
    assert_kept(text)


# ----------------------------- workplaces: a town's institution, a chain in a town

@pytest.mark.parametrize("text,value", [
    ("jeg er portør på Tinglev Sygehus og drikker i vagterne", "Tinglev Sygehus"),
    ("hun gør rent i gudme svømmehal om aftenen", "gudme svømmehal"),
    ("min far er pedel ved Ørbæk Idrætscenter", "Ørbæk Idrætscenter"),
    ("han har aftenvagter i netto i tornby og ryger på jobbet", "tornby"),
    ("jeg arbejder i Lidl i Hvidsten og min chef ved det", "Hvidsten"),
    ("han er ansat hos tømrerfirma rasmussen & søn", "tømrerfirma rasmussen"),
    ("vi arbejder begge i gundersen transport", "gundersen transport"),
])
def test_workplaces_with_their_town_or_kind(text, value):
    assert_removed(text, value)


@pytest.mark.parametrize("text", [
    "kan man blive afrusset på et sygehus?",
    "vi mødes ved Gudme Svømmehal i morgen",
    "er der et hospital der hjælper med abstinenser?",
    "jeg handler i netto hver dag og køber øl",
])
def test_institutions_without_a_name_stay(text):
    assert_kept(text)


# --------------------------------- school classes: a type's town, a class after a school

@pytest.mark.parametrize("text,value", [
    ("halvdelen af 1g htx tarm var fulde i fredags", "tarm"),
    ("han går i 2.x HTX Lemvig og sælger", "Lemvig"),
    ("hun går i 3 hf Tønder Katedralskole", "Tønder"),
    ("min bror går i ungdomsskolen i tarm 8 c og ryger", "tarm 8 c"),
    ("jeg går i Ungdomsskolen i Hurup 9.B", "Hurup 9.B"),
])
def test_schools_with_their_town_and_class(text, value):
    for word in value.split():
        assert word.lower() not in out(text).lower().split(), (text, out(text))


@pytest.mark.parametrize("text", [
    "jeg går på htx nu og har det svært",
    "jeg går på Tønder Gymnasium 2 dage om ugen",
])
def test_school_without_a_class_keeps_its_numbers(text):
    assert "[KLASSE]" not in out(text), out(text)

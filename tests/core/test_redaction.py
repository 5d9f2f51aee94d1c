"""Redaction (core/redaction/) on the team's own examples: every kind of detail in every
way of writing it, the things that must survive, and the note to the user."""

import statistics
import subprocess
import sys
import time

import pytest

from core.language.normalize import fold
from core.redaction import (
    PLACEHOLDERS,
    Redaction,
    describe_kinds,
    fold_word,
    lexicon,
    redact,
    redaction_note,
    redactor_for,
    word_in,
)

REDACTOR = redactor_for(["88 72 44 85", "76 81 90 00", "8794 7580", "2244 4921"],
                        ["Kongevej 19", "Boulevarden 19 AB", "Horsensvej 35",
                         "Ole Lund Kirkegaards Stræde 2F"])


def redacted(text: str) -> Redaction:
    return REDACTOR.redact(text)


def check(text: str, expected: str, kinds) -> None:
    result = redacted(text)
    assert result.text == expected, (text, result.text)
    assert result.kinds == list(kinds), (text, result.kinds)


# --------------------------------------------------------------------- phone numbers

@pytest.mark.parametrize("number", [
    "31415926", "31 41 59 26", "3141 5926", "31-41-59-26", "31.41.59.26", "31/41/59/26",
    "3 1 4 1 5 9 2 6", "3-1-4-1-5-9-2-6", "314 15 926", "31 415 926", "3141 59 26",
    "31 41 5926", "+45 31415926", "+4531415926", "+45 31 41 59 26", "0045 31 41 59 26",
    "0045 3141 5926", "(+45) 3141 5926", "(45) 31 41 59 26", "+45-31-41-59-26",
    "3141  5926", "31 - 41 - 59 - 26", "3 1 4 1 5 9 2 6 ",
])
def test_phone_numbers_in_any_grouping(number):
    result = redacted(f"du kan ringe til mig på {number} i aften")
    assert result.kinds == ["phone"], result
    assert not any(ch.isdigit() for ch in result.text), result.text
    assert result.text.startswith("du kan ringe til mig på [TLF]")


@pytest.mark.parametrize("text,expected", [
    ("mobil:61728394, tak", "mobil:[TLF], tak"),
    ("tlf.61728394", "tlf.[TLF]"),
    ("61728394 er min mobil", "[TLF] er min mobil"),
    ("sms 61 72 83 94.", "sms [TLF]."),
    ("ring 6172 8394 kl 16 eller 5172 8394 kl 18",
     "ring [TLF] kl 16 eller [TLF] kl 18"),
    ("mit nr er 61\u201172\u201183\u201194", "mit nr er [TLF]"),       # non-breaking hyphens
    ("mit nr er 61\u200b72\u200b83\u200b94", "mit nr er [TLF]"),       # zero-width spaces
    ("mit nr er \uff16\uff11\uff17\uff12\uff18\uff13\uff19\uff14", "mit nr er [TLF]"),  # full width
])
def test_phone_numbers_in_a_sentence(text, expected):
    assert redacted(text).text == expected


@pytest.mark.parametrize("text,expected", [
    ("ring til mig på 08 12 34 56", "ring til mig på [TLF]"),      # no Danish number, but
    ("mit nummer er 12345678", "mit nummer er [TLF]"),             # said to be one
    ("12 34 56 78 er mit nummer", "[TLF] er mit nummer"),
    ("i 1990 2000 og 2010", "i 1990 2000 og 2010"),
    ("her er det: 08 12 34 56", "her er det: [TLF]"),            # grouped like a phone
    ("her: 0812 3456", "her: [TLF]"),
    ("børn på 10, 12, 14 og 16 år", "børn på 10, 12, 14 og 16 år"),
    ("12.34.56.78 er min ip", "[IP] er min ip"),
])
def test_digits_starting_with_0_or_1_need_a_phone_context(text, expected):
    assert redacted(text).text == expected


# ---------------------------------------------------------------------------- CPR

@pytest.mark.parametrize("cpr", [
    "170885-1357", "1708851357", "170885 1357", "17 08 85 13 57", "17.08.85-1357",
    "17-08-85-1357", "170885\u20131357", "170885\u20141357", "170885\u22121357",
    "1 7 0 8 8 5 1 3 5 7", "1708 85 1357", "170885 - 1357", "170885/1357",
])
def test_cpr_numbers_in_any_grouping(cpr):
    result = redacted(f"mit cpr-nummer er {cpr}, kan I slå mig op?")
    assert result.text == "mit cpr-nummer er [CPR], kan I slå mig op?", result.text
    assert result.kinds == ["cpr"]


@pytest.mark.parametrize("text", ["nummer 3201981234", "nummer 0113981234", "kode 9999991234"])
def test_cpr_needs_a_valid_date(text):
    assert "cpr" not in redacted(text).kinds


# -------------------------------------------------------------------------- e-mail

@pytest.mark.parametrize("text", [
    "skriv til karl.jepsen@gmail.com", "skriv til karl_j+chat@hotmail.dk",
    "skriv til KARL.JEPSEN@GMAIL.COM", "skriv til karl.jepsen @ gmail.com",
    "skriv til karl.jepsen@gmail . com", "skriv til karl.jepsen\uff20gmail\uff0ecom",
    "skriv til karl at gmail dot com", "skriv til karl at gmail.com",
    "skriv til karl(at)gmail.com", "skriv til karl (at) gmail (dot) com",
    "skriv til karl[at]gmail[dot]com", "skriv til karl [at] gmail punktum com",
    "skriv til karl snabel-a gmail punktum dk", "skriv til karl snabel a gmail.com",
    "skriv til karl{at}live.dk", "skriv til karl.jepsen(at)skole.vejle.dk",
    "skriv til karl dot jepsen at gmail dot com", "skriv til karl at hotmail",
    "skriv til karl(at)outlook", "skriv til karl AT gmail DOT com",
])
def test_email_addresses_also_obfuscated(text):
    result = redacted(text)
    assert result.text == "skriv til [EMAIL]", result.text
    assert result.kinds == ["email"]


def test_the_centres_own_mail_survives():
    assert redacted("kan jeg skrive til rusmiddel@vejle.dk?").kinds == []


@pytest.mark.parametrize("text", [
    "jeg prøver at stoppe. Nu går det bedre", "det er svært at tage. Se det er problemet",
    "jeg prøver at tage.Nu går det",
    "jeg har lyst at drikke. Dk er et dejligt land", "husk at se på borger.dk",
])
def test_the_word_at_is_no_email(text):
    assert redacted(text).kinds == []


# ----------------------------------------------------------------------------- names

NAMES = ["Mikkel", "Mette", "Søren", "Ida", "Karen", "Jens", "Freja", "Oliver", "Noah",
         "Ali", "Fatima", "Mohammed", "Ayşe", "Mehmet", "Piotr", "Agnieszka", "Reza",
         "Maryam", "Abdi", "Hodan", "Lejla", "Emina", "Linh", "Imran", "Sana", "Yusuf",
         "Anne-Marie", "Kim", "Line", "Bo", "Per", "Dag", "Bent"]
SENTENCES = ["{} drikker hver weekend", "jeg er bekymret for {}", "min søn {} ryger hash",
             "{} og jeg skændes om alkohol", "jeg har talt med {} om det",
             "kan {} få hjælp?", "i går sagde {}, at hun vil stoppe", "hej, jeg hedder {}",
             "{} er min bedste ven", "vi bor sammen med {}, som drikker"]


@pytest.mark.parametrize("name", NAMES)
def test_names_anywhere_in_ordinary_sentences(name):
    for sentence in SENTENCES:
        result = redacted(sentence.format(name))
        assert name not in result.text and "[NAVN]" in result.text, (sentence, result.text)
        assert result.kinds == ["name"]


@pytest.mark.parametrize("name", ["Mikkel", "Mette", "Søren", "Fatima", "Mohammed", "Jens"])
def test_common_names_also_in_lower_case(name):
    for sentence in SENTENCES:
        text = sentence.format(name).lower()
        result = redacted(text)
        assert name.lower() not in result.text.split(), (text, result.text)


@pytest.mark.parametrize("text,expected", [
    ("Mette Hansen drikker", "[NAVN] drikker"),
    ("jeg er bekymret for Søren Holm", "jeg er bekymret for [NAVN]"),
    ("Krzysztof Kowalski drikker", "[NAVN] drikker"),
    ("Nguyễn Văn An drikker meget", "[NAVN] drikker meget"),
    ("jeg snakker med Ahmad al-Hassan", "jeg snakker med [NAVN]"),
    ("Mette H. drikker hver dag", "[NAVN] drikker hver dag"),
    ("Mikkels mor ringede", "[NAVN]s mor ringede"),
    ("Sørens kone drikker", "[NAVN]s kone drikker"),
    ("Mikkel's mor ringede", "[NAVN]'s mor ringede"),
    ("Lars' kone drikker", "[NAVN]' kone drikker"),
    ("mvh Karen", "mvh [NAVN]"),
    ("Hilsen Karen Holm", "Hilsen [NAVN]"),
    ("MIN SØN MIKKEL DRIKKER", "MIN SØN [NAVN] DRIKKER"),
    ("Min Søn Mikkel Drikker Hver Dag", "Min Søn [NAVN] Drikker Hver Dag"),
    ("jeg er bekymret for Xandrio", "jeg er bekymret for [NAVN]"),   # in no list: context
    ("min søn Xandrio ryger", "min søn [NAVN] ryger"),
    ("Xandrio drikker hver dag", "[NAVN] drikker hver dag"),
    ("Xandrios mor ringede", "[NAVN]s mor ringede"),
    ("mit navn er bent", "mit navn er [NAVN]"),
    ("min mand per drikker hver dag", "min mand [NAVN] drikker hver dag"),
    ("per drikker hver dag", "[NAVN] drikker hver dag"),
    ("anita holm ryger hash hver dag", "[NAVN] ryger hash hver dag"),   # lower case
    ("bodils mor ringede", "[NAVN]s mor ringede"),
    ("tom hansen drikker", "[NAVN] drikker"),
    ("tom drikker hver weekend", "[NAVN] drikker hver weekend"),
    ("Bjørn drikker", "[NAVN] drikker"),
    ("Liv er min datter", "[NAVN] er min datter"),
    ("mette lige nu drikker hun", "[NAVN] lige nu drikker hun"),
    ("Per på 16 drikker", "[NAVN] på 16 drikker"),
    ("Tom (16) drikker", "[NAVN] (16) drikker"),
    ("Dag på 2 uger uden alkohol", "Dag på 2 uger uden alkohol"),
])
def test_names_with_surnames_initials_possessives_and_cues(text, expected):
    assert redacted(text).text == expected


@pytest.mark.parametrize("text,expected", [
    ("Hans drikker hver dag", "[NAVN] drikker hver dag"),
    ("jeg er bekymret for Hans", "jeg er bekymret for [NAVN]"),
    ("Hans mor drikker", "Hans mor drikker"),               # "his mother"
    ("hans kone drikker", "hans kone drikker"),
    ("Til Sankt Hans drak jeg", "Til Sankt Hans drak jeg"),
    ("August drikker", "[NAVN] drikker"),
    ("i august drikker jeg mest", "i august drikker jeg mest"),
    ("i August drikker jeg mest", "i August drikker jeg mest"),
    ("til Jul drikker han", "til Jul drikker han"),
    ("God Jul", "God Jul"),
    ("Jul drikker hver weekend", "[NAVN] drikker hver weekend"),
    ("jeg talte med Hr. Holm", "jeg talte med Hr. [NAVN]"),
    ("Fru Jensen drikker", "Fru [NAVN] drikker"),
    ("Dag- og aftenbehandling", "Dag- og aftenbehandling"),
])
def test_names_that_are_also_pronouns_months_or_titles(text, expected):
    assert redacted(text).text == expected


def test_several_names_are_counted():
    result = redacted("Ali og Fatima drikker, og Mette Hansen ved det")
    assert result.text == "[NAVN] og [NAVN] drikker, og [NAVN] ved det"
    assert result.kinds == ["name", "name", "name"]


@pytest.mark.parametrize("text", [
    "Have en god dag", "Per dag drikker jeg 5 øl", "per dag drikker jeg 5 øl",
    "Bo sammen med en der drikker", "Vi tager det dag for dag", "jeg er helt bent i aften",
    "Sol og sommer gør det værre", "jeg har en line coke", "jeg tager molly i weekenden",
    "Jeg drikker Vin hver dag", "Mor drikker hver weekend", "Far ryger hash",
    "Min søn på 17 ryger hash", "Hash er ikke farligt vel?", "Weekenden er værst",
    "Mandag er det værst", "I juli var jeg fuld hver dag", "Til Sankt Hans drak jeg",
    "Jeg tager Stesolid og Tramadol", "Kan jeg få Antabus eller Subutex?",
    "Jeg bruger Snapchat hele tiden", "Ritalin og Concerta virker ikke",
    "Hvad er CRAFT?", "Hvad er NADA akupunktur?", "Hvad er MOVE og BRUS?",
    "Kan jeg komme i Ungerådgivningen?", "Hvordan fungerer Gorski tilbagefaldsforebyggelse?",
    "Er Toftehuset et døgntilbud?", "Kan jeg komme på Ringgården?",
    "Hvor ligger Misbrugscenter Sønderborg?", "Kan jeg ringe til RusmiddelCenter Vejle?",
    "Jeg bor i Sønderborg og drikker for meget", "Jeg bor i Odense men arbejder i Kolding",
    "Jeg flytter til Esbjerg i august", "jeg bor i Lund", "Fredericia Kommune",
    "Hvad siger Sundhedsstyrelsen?", "Jeg læste det på borger.dk",
    "Står det på www.vejle.dk/rusmiddelcentervejle?",
    "Hvor ligger Ole Lund Kirkegaards Stræde?",
    "Forebygger udvikling af delir og kramper",
    "han har taget en overdosis LIGE NU", "jeg har det SÅ dårligt", "HJÆLP mig",
    "jeg er helt tom indeni", "det er max 2 gange om ugen", "mark og skov",
    "Vin er et problem", "Spil er et problem", "Gaming er et problem", "Julen er svær",
    "Skole har det svært", "Folk drikker for meget", "Unge drikker for meget",
])
def test_ordinary_words_places_offers_and_substances_survive(text):
    for variant in (text, text.lower()):
        assert redacted(variant).text == variant, (variant, redacted(variant).text)


# ------------------------------------------------- numbers that are no phone or CPR

@pytest.mark.parametrize("text", [
    "jeg er 16 år", "min søn på 17 ryger hash", "jeg er 45 år og har drukket i 20 år",
    "ring efter kl 16.30", "telefontid kl. 8.30-15.00", "jeg drak fra 20.00-22.30",
    "fra 20.00 - 22.30 er det værst", "kl. 20:45", "vi ses 12:30:45",
    "den 12.03 kl 14", "mødet er 24.12.2023 kl. 10", "den 24/12-2023", "24.12-26.12 var slemt",
    "jeg har drukket siden 2019-2023", "i 2019 og 2020", "det var i 2020",
    "det koster 1.200 kr", "jeg har 2.823 kr. til rådighed", "et lån på 200.000 kr",
    "ca. 2500 kr. om måneden", "i uge 42", "uge 12-14", "2 samtaler i 12 uger",
    "20-30 genstande om ugen", "jeg drikker 24 øl om ugen", "3-4 gange om ugen",
    "jeg bor i 7100 Vejle", "Boulevarden 19 AB, 7100 Vejle", "Kongevej 19, 6400 Sønderborg",
    "er 88 72 44 85 jeres nummer", "ringer på 87947580", "ring til +45 76 81 90 00",
    "ring 112 hvis det haster", "ring til Alkolinjen på 80 200 500",
    "Livslinien har nummer 70 201 201", "BørneTelefonen 116 111", "ring 1813",
    "min datter er i 2.g", "jeg går i 9. klasse", "§ 101 i serviceloven",
])
def test_ages_times_dates_years_prices_and_centre_numbers_survive(text):
    result = redacted(text)
    assert result.text == text and result.kinds == [], result


# ---------------------------------------------------------------- IP, URL, profiles

@pytest.mark.parametrize("text,expected,kinds", [
    ("min ip er 192.168.1.20", "min ip er [IP]", ["ip"]),
    ("ip: 31.41.59.26", "ip: [IP]", ["ip"]),
    ("fe80::1ff:fe23:4567:890a er min ip", "[IP] er min ip", ["ip"]),
    ("se https://www.example.dk/side?id=123&user=karl", "se [URL]", ["url"]),
    ("se minside.dk/login?user=karl.", "se [URL].", ["url"]),
    ("min profil: instagram.com/karl.jepsen", "min profil: [PROFIL]", ["profile"]),
    ("https://www.facebook.com/karl.jepsen.5", "[PROFIL]", ["profile"]),
    ("https://m.facebook.com/profile.php?id=1234567", "[PROFIL]", ["profile"]),
    ("tiktok.com/@karlvlog", "[PROFIL]", ["profile"]),
    ("www.snapchat.com/add/karlj", "[PROFIL]", ["profile"]),
    ("x.com/karlj og twitter.com/karlj", "[PROFIL] og [PROFIL]", ["profile", "profile"]),
    ("linkedin.com/in/karl-jepsen-123", "[PROFIL]", ["profile"]),
    ("youtube.com/@karlvlog", "[PROFIL]", ["profile"]),
    ("skriv til @karl_j", "skriv til [PROFIL]", ["profile"]),
    ("snap: karlj", "snap: [PROFIL]", ["profile"]),
    ("min snap er karlj99", "min snap er [PROFIL]", ["profile"]),
    ("min insta er karl.j", "min insta er [PROFIL]", ["profile"]),
    ("min tiktok er @karlvlogs", "min tiktok er [PROFIL]", ["profile"]),
    ("add mig på snap karlj", "add mig på snap [PROFIL]", ["profile"]),
    ("find mig på insta som karl_j", "find mig på insta som [PROFIL]", ["profile"]),
    ("mit brugernavn er karl2009", "mit brugernavn er [PROFIL]", ["profile"]),
    ("discord: karl#1234", "discord: [PROFIL]", ["profile"]),
])
def test_ip_addresses_links_and_profiles(text, expected, kinds):
    check(text, expected, kinds)


@pytest.mark.parametrize("text", [
    "min insta er privat", "min snap er lukket", "jeg drikker snaps", "vi ses kl 12:30",
    "www.vejle.dk/rusmiddelcentervejle", "jeg så det på facebook.com",
])
def test_no_profile_without_a_handle(text):
    assert redacted(text).kinds == []


# ------------------------------------------------------ addresses, plates, schools

@pytest.mark.parametrize("text,expected,kinds", [
    ("jeg bor på Nørregade 12, 6400 Sønderborg", "jeg bor på [ADRESSE]", ["address"]),
    ("jeg bor på Vestergade 3, 2. tv.", "jeg bor på [ADRESSE]", ["address"]),
    ("jeg bor på Kastanie Allé 21", "jeg bor på [ADRESSE]", ["address"]),
    ("adressen er Skolevej 14B 7100 Vejle", "adressen er [ADRESSE]", ["address"]),
    ("jeg bor på Kongevej 45", "jeg bor på [ADRESSE]", ["address"]),  # not the centre's 19
    ("min bil er AB 12 345", "min bil er [NUMMERPLADE]", ["plate"]),
    ("nummerplade XY12345 holdt der", "nummerplade [NUMMERPLADE] holdt der", ["plate"]),
    ("nummerpladen er ab 12 345", "nummerpladen er [NUMMERPLADE]", ["plate"]),
    ("jeg går i 7.b på Vestre Skole", "jeg går i [KLASSE] på [SKOLE]", ["class", "school"]),
    ("jeg går i 8.a på Kirkebakkeskolen", "jeg går i [KLASSE] på [SKOLE]",
     ["class", "school"]),
    ("jeg går i 8. a på Sct. Norberts Skole", "jeg går i [KLASSE] på [SKOLE]",
     ["class", "school"]),
    ("hun går i 2.g på Rosborg Gymnasium", "hun går i 2.g på [SKOLE]", ["school"]),
    ("han går på Vejle Tekniske Gymnasium", "han går på [SKOLE]", ["school"]),
    ("han går på ådalens skole", "han går på [SKOLE]", ["school"]),
    ("min søn går i 6.c", "min søn går i [KLASSE]", ["class"]),
    ("jeg arbejder i Netto i Vejle", "jeg arbejder i [ARBEJDSPLADS]", ["workplace"]),
    ("jeg arbejder i netto", "jeg arbejder i [ARBEJDSPLADS]", ["workplace"]),
    ("jeg er ansat hos Jensens Tømrer ApS", "jeg er ansat hos [ARBEJDSPLADS]",
     ["workplace"]),
    ("jeg arbejder på Danish Crown i Horsens", "jeg arbejder på [ARBEJDSPLADS]",
     ["workplace"]),
    ("min arbejdsplads er Lego", "min arbejdsplads er [ARBEJDSPLADS]", ["workplace"]),
    ("jeg har fritidsjob i Føtex", "jeg har fritidsjob i [ARBEJDSPLADS]", ["workplace"]),
    ("Hansen & Søn ApS er min arbejdsplads", "[ARBEJDSPLADS] er min arbejdsplads",
     ["workplace"]),
    ("jeg arbejder hos Nielsen og Larsen I/S", "jeg arbejder hos [ARBEJDSPLADS]",
     ["workplace"]),
    ("jeg arbejder hos Pedersen, Poulsen og Madsen A/S i Vejle",
     "jeg arbejder hos [ARBEJDSPLADS]", ["workplace"]),
    ("jeg arbejder som tømrer hos Byggefirmaet Holm", "jeg arbejder som tømrer hos [ARBEJDSPLADS]",
     ["workplace"]),
    ("jeg er elev hos Salling Group", "jeg er elev hos [ARBEJDSPLADS]", ["workplace"]),
    ("jeg går på Skolen ved Søerne", "jeg går på [SKOLE]", ["school"]),
    ("jeg bor på Egevænge 14", "jeg bor på [ADRESSE]", ["address"]),
    ("jeg bor på Nørregade nr. 12", "jeg bor på [ADRESSE]", ["address"]),
    ("jeg bor på Mølleparken 12-14, 1. th.", "jeg bor på [ADRESSE]", ["address"]),
    ("Bakkegården 5, 8000 Aarhus C", "[ADRESSE]", ["address"]),
    ("jeg bor på Jensens Høj 4", "jeg bor på [ADRESSE]", ["address"]),
    ("H.C. Andersens Boulevard 27, 1553 København V", "[ADRESSE]", ["address"]),
])
def test_addresses_plates_schools_classes_and_workplaces(text, expected, kinds):
    check(text, expected, kinds)


@pytest.mark.parametrize("text", [
    "jeg går på efterskole", "min søn går på gymnasiet", "jeg går i skole i Vejle",
    "Folkeskolen er hård", "jeg går på en ny skole", "jeg arbejder i en børnehave",
    "jeg arbejder på et lager", "jeg arbejder i kommunen", "jeg arbejder i Vejle",
    "jeg er ansat som pædagog", "I går var jeg i Netto", "Jeg handler i Føtex",
    "jeg har en bil og kører fuld", "Ligger I på Kongevej 19?", "Skolen er svær",
    "jeg er i praktik hos en frisør", "jeg arbejder ved Vejle Kommune",
    "I ligger på Boulevarden 19 AB, 7100 Vejle", "jeg sad i parken 2 timer",
    "jeg har boet i Danmark 12 år", "det tager 6-8 uger", "Visitationen tager 6-8 uger",
])
def test_generic_schools_and_workplaces_survive(text):
    assert redacted(text).kinds == [], redacted(text)


# --------------------------------------------------------------- cleaning, result

def test_output_is_the_cleaned_text_with_placeholders():
    result = redacted("Hej\u00a0Mette \u2013 ring til 31\u200b41\u200b59\u200b26 i mor\u00adgen")
    assert result.text == "Hej [NAVN] - ring til [TLF] i morgen"
    assert result.kinds == ["name", "phone"]


def test_redaction_is_idempotent():
    once = redacted("Mette Hansen, cpr 170885-1357, mail karl@gmail.com").text
    assert redacted(once).text == once and redacted(once).kinds == []


def test_kinds_list_exactly_what_was_removed_in_order():
    result = redacted("jeg hedder Mette, tlf 31415926, cpr 1708851357, mail m@x.dk, "
                      "jeg bor på Nørregade 12 og går i 8.b på Vestre Skole")
    assert result.kinds == ["name", "phone", "cpr", "email", "address", "class", "school"]
    assert set(result.kinds) <= set(PLACEHOLDERS)
    assert redacted("hvad koster det?").kinds == [] and not redacted("hej").changed


def test_module_default_allows_the_knowledge_bases_contacts():
    assert redact("ring 76 81 90 00 eller skriv til rusmiddel@vejle.dk").kinds == []
    assert redact("ring 31 41 59 26").kinds == ["phone"]


# ----------------------------------------------------------------------------- note

@pytest.mark.parametrize("kinds,note", [
    (["phone"], "Jeg har fjernet et telefonnummer fra din besked, for chatten er anonym."),
    (["name", "phone"],
     "Jeg har fjernet et navn og et telefonnummer fra din besked, for chatten er anonym."),
    (["name", "name", "email"],
     "Jeg har fjernet to navne og en mailadresse fra din besked, for chatten er anonym."),
    (["cpr", "address", "plate"],
     "Jeg har fjernet et CPR-nummer, en adresse og en nummerplade fra din besked, for "
     "chatten er anonym."),
    (["class", "school"],
     "Jeg har fjernet en skoleklasse og navnet på en skole fra din besked, for chatten er "
     "anonym."),
    (["workplace", "profile", "profile", "profile"],
     "Jeg har fjernet navnet på en arbejdsplads og tre profiler på sociale medier fra din "
     "besked, for chatten er anonym."),
    (["ip", "url"], "Jeg har fjernet en IP-adresse og et link fra din besked, for chatten er "
                    "anonym."),
    (["name"] * 6, "Jeg har fjernet flere navne fra din besked, for chatten er anonym."),
])
def test_the_note_names_exactly_what_was_removed(kinds, note):
    assert redaction_note(kinds) == note
    assert "fjernet" in note and note.count(".") == 1


def test_no_note_when_nothing_was_removed():
    assert redacted("hvad koster det?").note is None
    assert redacted("ring 31415926").note == redaction_note(["phone"])
    assert describe_kinds(["email"]) == "en mailadresse"


# -------------------------------------------------------------------- lexicon, purity

def test_the_shipped_lists_are_large_and_hold_names_of_many_origins():
    lex = lexicon()
    assert len(lex.first) > 10_000 and len(lex.last) > 5_000
    for name in ("mikkel", "soeren", "mohammed", "fatima", "mehmet", "ayse", "piotr",
                 "agnieszka", "hodan", "abdi", "imran", "lejla", "linh", "reza", "maryam"):
        assert name in lex.first, name
    for name in ("hansen", "nielsen", "oestergaard", "yilmaz", "kowalski", "nguyen",
                 "hussain", "mohamud", "hodzic", "ahmadi"):
        assert name in lex.last, name
    for word in ("dag", "per", "bo", "bent", "have", "holm"):
        assert word in lex.name_words, word   # names that need a cue


def test_danish_words_are_known_with_inflection_and_compounds():
    words = lexicon().words
    for word in ("behandling", "behandlingen", "alkoholbehandling", "drikker", "weekenden",
                 "hashen", "rusmiddelcentret", "pårørendekursus"):
        assert word_in(fold_word(word), words), word
    for name in ("mikkel", "xandrio", "krzysztof"):
        assert not word_in(name, words), name


def test_fold_word_matches_the_normaliser():
    for word in ("Søren", "Ayşe", "Nguyễn", "Hodžić", "Ørskov", "ÅSE", "Jürgen", "İbrahim"):
        assert fold_word(word) == fold(word), word


def test_core_redaction_imports_no_rasa():
    code = ("import sys, core.redaction; "
            "print([m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_bot_redaction_re_exports_the_core():
    import bot.redaction
    import core.redaction
    assert bot.redaction.Redactor is core.redaction.Redactor
    assert bot.redaction.redactor_for is core.redaction.redactor_for


def test_redaction_is_cheap():
    message = ("Hej, jeg hedder Mette og min søn Mikkel på 16 ryger hash hver weekend. Kan I "
               "ringe til mig på 20 45 67 89 efter kl 16.30? Vi bor i Vejle, og jeg er "
               "bekymret for ham. Hvad koster det, og er det anonymt?")
    assert 180 <= len(message) <= 220
    redacted(message)
    times = []
    for _ in range(200):
        start = time.perf_counter()
        redacted(message)
        times.append(time.perf_counter() - start)
    # the target is < 1 ms; the margin keeps a loaded CI machine from failing the suite
    assert statistics.median(times) < 0.003


@pytest.mark.parametrize("seed", [7, 11])
def test_extended_benchmark_corpus(seed):
    from benchmarks.pii_redaction import default_redactor, evaluate, generate_extended_corpus
    scores = evaluate(default_redactor(), generate_extended_corpus(seed=seed, size=300))
    assert scores.false_redactions == 0, scores.misses[:5]
    # Measured: every kind 1.000 in recall and precision, except Faker's names (recall 0.989
    # for seed 7 and 0.978 for seed 11: "Name" and "Øvli" are taken for words).
    for kind, s in scores.per_kind.items():
        assert s["precision"] == 1.0, (kind, s, scores.misses[:5])
        assert s["recall"] >= (0.97 if kind == "name" else 1.0), (kind, s, scores.misses[:5])

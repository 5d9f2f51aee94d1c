"""Answers composed from the knowledge base, per municipality, with their sources."""

import re

import pytest

from core.answering.answer import old_note, short_title
from core.answering.builders import Question, answer_question, contact_hint


def ask(kb, slug, intent, text, now=None):
    return answer_question(kb, slug, Question(intent=intent, text=text, now=now))


@pytest.mark.parametrize("slug,intent,text,expected", [
    ("sonderborg", "ask_phone_hours", "hvornår kan jeg ringe", [r"88 72 44 85", r"8\.30-17\.00"]),
    ("sonderborg", "ask_address", "hvor finder jeg jer", [r"Kongevej 19", r"6400"]),
    ("sonderborg", "ask_relatives", "hjælp til os forældre", [r"Pårørendeforløb", r"torsdag", r"16\.30"]),
    ("sonderborg", "ask_age", "hvor gammel skal man være til ungdomsrådgivningen",
     [r"12 år", r"23"]),
    ("skanderborg", "ask_opening_hours", "åbningstider", [r"8\.15-15\.30", r"Fredag: kl\. 8\.15-12\.00"]),
    ("skanderborg", "ask_address", "adresse", [r"Ole Lund Kirkegaards Stræde 2F", r"8660"]),
    ("skanderborg", "ask_offer_info", "fortæl om brus", [r"BRUS", r"24"]),
    ("skanderborg", "ask_waiting_time", "er der ventetid", [r"14 dage"]),
    ("vejle", "ask_address", "hvor får jeg hjælp til alkohol", [r"Boulevarden 19"]),
    ("vejle", "ask_address", "hvor er stofbehandlingen for voksne", [r"Horsensvej 35"]),
    ("vejle", "ask_offer_info", "hvad går craft ud på", [r"forsamtale", r"6 samtaler"]),
    ("vejle", "ask_duration", "hvor lang tid tager doegnbehandling", [r"4-12 uger|4 til 12 uger"]),
    ("vejle", "ask_complaint", "hvordan klager man", [r"4 uger", r"Ankestyrelsen"]),
    ("fredericia", "ask_offer_info", "hvad er vagten", [r"2016"]),
])
def test_answers_contain_the_catalogue_facts(kb, slug, intent, text, expected):
    answer = ask(kb, slug, intent, text)
    for pattern in expected:
        assert re.search(pattern, answer), (pattern, answer)


@pytest.mark.parametrize("slug,intent,text", [
    ("sonderborg", "ask_phone", "telefon"),
    ("vejle", "ask_anonymity", "kan jeg være anonym"),
    ("skanderborg", "ask_offer_info", "hvad er move"),
    ("fredericia", "ask_offer_info", "hvad er vagten"),
])
def test_factual_answers_end_with_a_source_line(kb, slug, intent, text):
    last = ask(kb, slug, intent, text).strip().splitlines()[-1]
    assert last.startswith(f"Kilde: {short_title(kb[slug])}{old_note(kb[slug])}, ")


@pytest.mark.parametrize("slug,intent,text,first_line", [
    ("vejle", "ask_opening_hours", "hvornår har i åbent",
     "Kvalitetsstandarden nævner ikke åbningstider eller telefontider. Den siger kun, at du "
     "kan ringe til visitationen på 76 81 90 00 i åbningstiden."),
    ("vejle", "ask_open_now", "har i åbent nu",
     "Det fremgår ikke af {title}, hvornår centret har åbent, så jeg kan ikke se, om der er "
     "åbent nu."),
    ("fredericia", "ask_opening_hours", "åbningstider",
     "Det fremgår ikke af {title}, hvornår centret har åbent."),
    ("fredericia", "ask_phone", "telefonnummer",
     "Det fremgår ikke af {title}, hvilket telefonnummer centret har."),
    ("fredericia", "ask_address", "hvor ligger i", "Det fremgår ikke af {title}, hvor centret ligger."),
    ("fredericia", "ask_email", "mail", "Det fremgår ikke af {title}, hvilken e-mail centret har."),
])
def test_silent_catalogue_says_so_and_never_invents(kb, slug, intent, text, first_line):
    answer = ask(kb, slug, intent, text)
    assert answer.startswith(first_line.format(title=kb[slug].document_title)), answer
    if first_line.startswith("Det fremgår ikke"):  # then where to ask instead
        assert contact_hint(kb[slug]) in answer
    assert not re.search(r"kl\.? ?\d|\b\d{1,2}[.:]\d{2} ?-", answer)
    others = [m.centre.phone.value for s, m in kb.items() if s != slug and m.centre.phone]
    assert not any(p in answer for p in others)


@pytest.mark.parametrize("intent", ["ask_opening_hours", "ask_phone", "ask_address", "ask_email"])
def test_silent_catalogue_gives_the_contact_line_once(kb, intent):
    answer = ask(kb, "fredericia", intent, "hvordan kontakter jeg jer")
    assert answer.count(contact_hint(kb["fredericia"])) == 1, answer


def test_fredericia_answers_say_the_catalogue_is_from_2016(kb):
    answer = ask(kb, "fredericia", "ask_anonymity", "er det anonymt")
    assert "2016" in answer and "ændret" in answer


def test_offer_from_another_municipality_is_named_as_not_here(kb):
    answer = ask(kb, "sonderborg", "ask_offer_info", "hvad er CRAFT")
    assert "Vejle" in answer and "Pårørendeforløb" in answer
    assert "88 72 44 85" in answer


def test_shared_alias_describes_every_matching_offer(kb):
    answer = ask(kb, "vejle", "ask_duration", "hvor længe varer døgnbehandling")
    assert "stofmisbrug" in answer and "alkoholmisbrug" in answer


def test_youth_anonymity_uses_the_stated_age(kb):
    answer = ask(kb, "vejle", "ask_anonymity", "jeg er 16 skal mine forældre vide det")
    assert "16 år" in answer and "samtykke" in answer and re.search(r"\b2\b", answer)


@pytest.mark.parametrize("hour,expected", [(10, "åbent nu"), (20, "lukket")])
def test_open_now_uses_the_clock(kb, hour, expected):
    from datetime import datetime

    from core.hours import COPENHAGEN
    now = datetime(2026, 11, 25, hour, 0, tzinfo=COPENHAGEN)  # a Wednesday
    assert expected in ask(kb, "skanderborg", "ask_open_now", "har i åbent nu", now=now)


def test_unknown_question_points_to_contact(kb):
    answer = ask(kb, "skanderborg", "nlu_fallback", "qwerty zxcv")
    assert "kan jeg desværre ikke svare på" in answer and "8794 7580" in answer


@pytest.mark.parametrize("slug", ["sonderborg", "fredericia", "skanderborg", "vejle"])
def test_contact_hint_only_uses_the_municipalitys_own_data(kb, slug):
    hint = contact_hint(kb[slug])
    own = kb[slug].centre
    assert own.name.value in hint
    if own.phone:
        assert own.phone.value in hint, hint
    else:  # Fredericia's catalogue gives neither phone nor address: the municipality
        assert "Fredericia Kommune" in hint and not re.search(r"\d", hint.replace("CASM", "")), hint
    for other, m in kb.items():
        if other == slug:
            continue
        foreign = [m.name, m.centre.name.value, m.centre.phone and m.centre.phone.value,
                   m.centre.website and m.centre.website.value,
                   m.centre.email and m.centre.email.value]
        assert not [f for f in foreign if f and f in hint], (other, hint)


@pytest.mark.parametrize("slug,text,expected,absent", [
    ("skanderborg", "har i åbent i weekenden", ["Åbent lørdag: lukket", "Åbent søndag: lukket"], []),
    ("skanderborg", "har i åbent torsdag", ["Åbent torsdag: kl. 8.15-18.00"], []),
    ("sonderborg", "kan jeg ringe på fredag", ["Telefontid fredag: kl. 8.30-13.00"], []),
    ("vejle", "har i åbent lørdag", ["ikke"], ["lukket", "kl."]),
])
def test_open_on_a_named_day(kb, slug, text, expected, absent):
    answer = ask(kb, slug, "ask_open_now", text)
    assert all(e in answer for e in expected) and not any(a in answer for a in absent), answer


def test_sonderborg_has_no_opening_hours_but_gives_phone_hours(kb):
    answer = ask(kb, "sonderborg", "ask_opening_hours", "åbningstider")
    assert "fremgår ikke" in answer and "8.30-17.00" in answer


def test_confidentiality_question_gets_confidentiality_facts_first(kb):
    answer = ask(kb, "skanderborg", "ask_anonymity", "er der tavshedspligt")
    first = kb["skanderborg"].topics["confidentiality"][0].text
    assert answer.startswith(first)


def test_a_day_and_a_clock_time_get_whether_the_phone_is_open_then(kb):
    text = ask(kb, "sonderborg", "ask_phone_hours", "kan jeg ringe til jer fredag kl 16?")
    assert text.startswith("Fredag kl. 16.00 er telefonen lukket."), text
    assert "8.30-13.00" in text


def test_a_closed_day_asked_gets_the_days_that_are_open(kb):
    from core.answering.builders import Question, answer_question
    text = answer_question(kb, "skanderborg", Question("ask_phone_hours", "kan jeg ringe søndag?"))
    assert "søndag: lukket" in text.lower()
    assert "Mandag" in text, text


def test_a_day_asked_about_the_phone_gets_that_day(kb):
    from core.answering.builders import Question, answer_question
    text = answer_question(kb, "sonderborg", Question("ask_phone_hours", "hvornår kan jeg ringe om tirsdagen"))
    assert "Telefontid tirsdag: kl. 8.30-13.00." in text and "Onsdag" not in text, text


def test_a_part_of_the_day_asked_says_open_or_closed_then(kb):
    from core.answering.builders import Question, answer_question
    text = answer_question(kb, "skanderborg",
                           Question("ask_opening_hours", "er der åbent om eftermiddagen på en fredag?"))
    assert text.startswith("Fredag eftermiddag er centret lukket."), text
    text = answer_question(kb, "sonderborg", Question("ask_phone_hours", "kan man ringe torsdag aften"))
    assert text.startswith("Torsdag aften er telefonen lukket."), text


@pytest.mark.parametrize("slug", ["vejle", "skanderborg", "fredericia"])
def test_a_refusal_complained_about_gets_the_deadline_and_the_next_instance_first(kb, slug):
    from core.answering.builders import Question, answer_question
    from core.answering.shorten import split_reply
    text = answer_question(kb, slug, Question("ask_complaint", "de har sagt nej til behandling, hvordan anker man?"))
    first, _ = split_reply(text)
    assert "4 uger" in first and "Ankestyrelsen" in first, first


@pytest.mark.parametrize("slug", ["vejle", "skanderborg"])
def test_a_complaint_about_staff_says_where_such_complaints_go(kb, slug):
    from core.answering.builders import Question, answer_question
    text = answer_question(kb, slug, Question("ask_complaint", "en af jeres ansatte var uhøflig, hvor klager jeg?"))
    assert "afdelingsleder" in text.splitlines()[0], text

"""Reading triage facts from Danish free text and answers."""

import pytest

from core.triage.decide import Situation
from core.triage.parse import (
    DECLINED,
    correction_text,
    extract_facts,
    find_substance,
    parse_answer,
    situation_from_slots,
    slot_updates,
    to_slot,
)

ALCOHOL, DRUGS = frozenset({"alcohol"}), frozenset({"drugs"})


@pytest.mark.parametrize("text,band", [
    ("16", (16, 16)), ("seksten", (16, 16)), ("jeg er 16", (16, 16)), ("16 år", (16, 16)),
    ("16 aar", (16, 16)), ("jeg er snart 18", (17, 17)), ("næsten 18", (17, 17)),
    ("under 15", (0, 14)), ("over 25", (26, 120)), ("15-17 år", (15, 17)),
    ("mellem 18 og 24", (18, 24)), ("30 eller ældre", (30, 120)), ("Under 13", (0, 12)),
    ("han er 22", (22, 22)), ("en pige på 16", (16, 16)), ("teenager", (13, 19)),
])
def test_age_answers(text, band):
    assert parse_answer("user_age", text).value == band


@pytest.mark.parametrize("text", ["jeg er 200", "-3", "2", "999"])
def test_impossible_ages_get_a_kind_problem(text):
    parsed = parse_answer("asker_age", text)
    assert parsed.value is None and "passer vist ikke" in parsed.problem


@pytest.mark.parametrize("fact", ["user_age", "asker", "substance", "in_treatment", "relation"])
@pytest.mark.parametrize("text", ["ved ikke", "Ved ikke", "det vil jeg ikke sige", "spring over",
                                  "aner det ikke"])
def test_skipping_is_understood_for_every_question(fact, text):
    assert parse_answer(fact, text).declined


@pytest.mark.parametrize("fact,text,value", [
    ("asker", "Mig selv", "self"), ("asker", "En anden, jeg er bekymret for", "relative"),
    ("asker", "Jeg spørger som fagperson", "professional"), ("asker", "min søn", "relative"),
    ("relation", "Mit barn", "parent"), ("relation", "Min kæreste eller partner", "partner"),
    ("relation", "Min mor eller far", "child"), ("relation", "min lillesøster", "sibling"),
    ("relation", "En ven", "friend"), ("relation", "En anden", "other"),
    ("substance", "Alkohol", ALCOHOL), ("substance", "hash", DRUGS),
    ("substance", "Begge dele", ALCOHOL | DRUGS), ("substance", "mest druk", ALCOHOL),
    ("in_treatment", "Ja", True), ("in_treatment", "nej", False),
    ("in_treatment", "han vil ikke", False), ("in_treatment", "ja det er hun", True),
])
def test_answers(fact, text, value):
    assert parse_answer(fact, text).value == value


def test_asker_answer_naming_the_relation_fills_it_too():
    assert parse_answer("asker", "det er min bror").extra == {"relation": "sibling"}


@pytest.mark.parametrize("text,facts", [
    ("jeg er 17 og ryger hash hver dag", {"asker": "self", "user_age": (17, 17), "substance": DRUGS}),
    ("jeg er 19 og synes selv jeg ryger for meget hash",
     {"asker": "self", "user_age": (19, 19), "substance": DRUGS}),
    ("Min mand drikker alt for meget, men han vil ikke i behandling. Hvad kan jeg gøre?",
     {"asker": "relative", "relation": "partner", "asker_age": (18, 120),
      "substance": ALCOHOL, "in_treatment": False}),
    ("min datter tager kokain, hvad kan jeg som mor gøre",
     {"asker": "relative", "relation": "parent", "substance": DRUGS}),
    ("jeg er 14 og min far drikker",
     {"asker": "relative", "relation": "child", "asker_age": (14, 14), "substance": ALCOHOL}),
    ("min søn på 16 ryger hash",
     {"asker": "relative", "relation": "parent", "user_age": (16, 16), "substance": DRUGS}),
    ("jeg er lærer og en elev ryger hash", {"asker": "professional", "substance": DRUGS}),
    ("min ven er 17 og tager piller, han går i behandling",
     {"asker": "relative", "relation": "friend", "user_age": (17, 17), "substance": DRUGS,
      "in_treatment": True}),
    ("min kaereste drikker og ryger", {"asker": "relative", "relation": "partner",
                                       "substance": ALCOHOL | DRUGS}),
    ("jeg vil gerne være anonym", {"wants_anonymous": True}),
])
def test_facts_in_a_whole_message(text, facts):
    assert extract_facts(text) == facts


def test_the_intent_says_who_asks_when_the_text_does_not():
    assert extract_facts("hjælp", asker_hint="self") == {"asker": "self"}


@pytest.mark.parametrize("text,rest", [("nej jeg mener 19", "19"), ("undskyld jeg mente 16", "16"),
                                       ("rettelse: det er min søster", "det er min soester"),
                                       ("16", None), ("nej", None)])
def test_corrections(text, rest):
    assert correction_text(text) == rest


@pytest.mark.parametrize("text,value", [("øl og vin", ALCOHOL), ("coke", DRUGS), ("tjald", DRUGS),
                                        ("lidt af hvert", ALCOHOL | DRUGS), ("hej", None)])
def test_substances(text, value):
    assert find_substance(text) == value


def test_slots_round_trip():
    s = Situation(asker="relative", relation="parent", user_age=(15, 17), asker_age=(45, 45),
                  substance=ALCOHOL | DRUGS, in_treatment=False)
    slots = slot_updates({f: getattr(s, f) for f in
                          ("asker", "relation", "user_age", "asker_age", "substance", "in_treatment")})
    assert slots == {"triage_asker": "relative", "triage_relation": "parent",
                     "triage_user_age": "15-17", "triage_asker_age": "45",
                     "triage_substance": "both", "triage_in_treatment": "no"}
    assert situation_from_slots(slots) == s


def test_declined_slot_value():
    assert to_slot("user_age", DECLINED) == DECLINED
    s = situation_from_slots({"triage_asker": "self", "triage_user_age": DECLINED})
    assert s.user_age is None and s.declined == frozenset({"user_age"})


@pytest.mark.parametrize("text,relation", [
    ("min bonusfar drikker hver dag", "child"), ("mine forældre drikker", "child"),
    ("vores søn ryger hash", "parent"), ("min halvsøster tager kokain", "sibling"),
    ("min forlovede drikker", "partner"), ("en kollega drikker på arbejdet", "other"),
    ("min bedste veninde tager piller", "friend"), ("jeg er mor til en dreng på 15", "parent"),
])
def test_relations_in_a_whole_message_come_from_the_shared_vocabulary(text, relation):
    from core.triage.parse import find_relation
    assert find_relation(text) == relation


@pytest.mark.parametrize("text,relation", [
    ("søn", "parent"), ("Mit barn", "parent"), ("Min mor eller far", "child"),
    ("Min bror eller søster", "sibling"), ("En ven", "friend"), ("En anden", "other"),
    ("kæresten", "partner"), ("f.eks. min bror", "sibling"),
])
def test_relation_answers_come_from_the_shared_vocabulary(text, relation):
    assert parse_answer("relation", text).value == relation

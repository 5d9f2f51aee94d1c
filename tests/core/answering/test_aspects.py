"""The detail asked, in everyday Danish, without æøå, with typos and slang, and in English."""

import pytest

from core.answering.aspects import Aspect, detect_aspects, strip_aspect_words
from core.answering.cues import answers_aspect

A = Aspect


@pytest.mark.parametrize("text,expected", [
    # frequency
    ("hvor mange gange om ugen er gruppen?", A.FREQUENCY),
    # what it takes to be let in; relatives taking part; something for the child
    ("skal man have et job for at få det?", A.TARGET_GROUP),
    ("min far skal starte hos jer, kan børnene komme med til en samtale?", A.RELATIVES),
    ("min nevø på 9 bor hos en far der drikker, findes der noget til barnet?", A.RELATIVES),
    ("er 30 og tager kokain, findes der anonym behandling?", A.ANONYMITY),
    ("kan min elev komme til jer uden at forældrene ved det?", A.CONSENT),
    ("en pige på 15 vil i behandling hos jer, hvem skal inddrages?", A.CONSENT),
    # how late the phone is answered
    ("hvor sent kan man ringe om fredagen?", A.HOURS),
    # what it is, asked after a sentence about oneself
    ("har drukket for meget i et år nu. hvad er introgruppen", A.OVERVIEW),
    ("min bror skal på afgiftningstur, hvad er det for noget?", A.OVERVIEW),
    ("hvor tit mødes de", A.FREQUENCY),
    ("hvornaar moedes paaroerendegruppen", A.FREQUENCY),
    ("hvilken dag er det", A.FREQUENCY),
    ("how often do they meet", A.FREQUENCY),
    # duration and session length
    ("hvor lang tid varer det?", A.DURATION),
    ("hvorlænge varer forløbet", A.DURATION),
    ("hvor lang tid tar det", A.DURATION),
    ("hvor mange samtaler får man", A.DURATION),
    ("how long does the treatment take", A.DURATION),
    ("hvor længe varer hver samtale?", A.SESSION_LENGTH),
    ("hvor lang tid varer en anonym rådgivningssamtale?", A.SESSION_LENGTH),
    ("hvor lang er en samtale", A.SESSION_LENGTH),
    ("hvor mange timer varer dagbehandlingen om dagen", A.SESSION_LENGTH),
    ("hvor lang tid varer introgruppen hver gang", A.SESSION_LENGTH),
    ("og hvor længe pr. gang?", A.SESSION_LENGTH),
    ("hver gang vi mødes, hvor lang tid er det så", A.SESSION_LENGTH),
    ("how long is the group each time", A.SESSION_LENGTH),
    # place, address
    ("hvor ligger det?", A.PLACE),
    ("hvor foregaar behandlingen", A.PLACE),
    ("hvor ligger skurvognene?", A.PLACE),
    ("where is it", A.PLACE),
    ("hvad er adressen", A.ADDRESS),
    # group or alone
    ("er det i gruppe eller alene?", A.GROUP_OR_INDIVIDUAL),
    ("alene eller i grupper", A.GROUP_OR_INDIVIDUAL),
    ("foregår det i grupper?", A.GROUP_OR_INDIVIDUAL),
    ("er samtalerne en til en", A.GROUP_OR_INDIVIDUAL),
    # price
    ("koster det noget?", A.PRICE),
    ("er det gratis?", A.PRICE),
    ("hva koster lortet", A.PRICE),
    ("skal jeg betale", A.PRICE),
    ("is it free?", A.PRICE),
    ("how much does it cost", A.PRICE),
    # consent, anonymity
    ("skal mine forældre give samtykke?", A.CONSENT),
    ("skal mine foraeldre vide det", A.CONSENT),
    ("kan jeg få hjælp uden mine forældre", A.CONSENT),
    ("do my parents have to know", A.CONSENT),
    ("kan jeg være anonym", A.ANONYMITY),
    ("kan jeg snakke med nogen uden at min far finder ud af det", A.ANONYMITY),
    ("ingen på mit arbejde må vide noget", A.ANONYMITY),
    ("behøver min læge at vide det?", A.ANONYMITY),
    ("can i get help without my boss finding out", A.ANONYMITY),
    ("er det anonymt?", A.ANONYMITY),
    ("skal jeg sige mit navn", A.ANONYMITY),
    ("er der tavshedspligt", A.ANONYMITY),
    # how to start, waiting
    ("hvordan kommer man i gang?", A.HOW_TO_START),
    ("skal jeg have en henvisning", A.HOW_TO_START),
    ("hvordan henviser jeg en borger", A.HOW_TO_START),
    ("kan jeg bare møde op", A.HOW_TO_START),
    ("how do i get started", A.HOW_TO_START),
    ("hvor længe skal man vente?", A.WAITING_TIME),
    ("er der ventetid", A.WAITING_TIME),
    ("hvor hurtigt kan jeg starte", A.WAITING_TIME),
    ("Hvor lang tid går der før jeg kan starte?", A.WAITING_TIME),
    # relatives, phone, hours, validity, target group, content, overview
    ("kan min kæreste være med?", A.RELATIVES),
    ("kan jeg tage min mand med", A.RELATIVES),
    ("kan jeg ringe direkte til en i ungerådgivningen?", A.PHONE),
    ("hvad er nummeret", A.PHONE),
    ("har i åbent i dag", A.HOURS),
    ("hvornår åbner værestedet", A.HOURS),
    ("findes brus stadig?", A.VALIDITY),
    ("kører projektet stadig", A.VALIDITY),
    ("hvem er det for", A.TARGET_GROUP),
    ("hvor gammel skal man være", A.TARGET_GROUP),
    ("hvem kan komme på Kongens Ø", A.TARGET_GROUP),
    ("hvad sker der i introgruppen", A.CONTENT),
    ("hvad er craft", A.OVERVIEW),
])
def test_the_detail_asked(text, expected):
    assert detect_aspects(text)[0] is expected


@pytest.mark.parametrize("text,absent", [
    ("hvor foregår den anonyme stofbehandling", A.ANONYMITY),   # a name, not a question
    ("hvor lang er en samtale i den åbne rådgivning", A.HOURS),
    ("hvor lang tid tager visitationen", A.HOW_TO_START),
    ("hvor længe varer hver samtale", A.DURATION),               # session length only
    ("hvad er adressen", A.OVERVIEW),
    ("hvor længe skal man vente", A.DURATION),
])
def test_names_and_wider_aspects_are_not_taken_for_the_question(text, absent):
    assert absent not in detect_aspects(text)


def test_several_aspects_keep_the_order_asked():
    assert detect_aspects("hvad koster det, og hvor lang tid varer det?") == [
        A.PRICE, A.DURATION]


def test_nothing_asked_in_words():
    assert detect_aspects("og for unge?") == []
    assert detect_aspects("min søn har autisme og ryger hash") == []


def test_the_asking_words_are_stripped_not_the_name():
    assert "stofbehandling" in strip_aspect_words("hvor ligger den anonyme stofbehandling")
    assert "gange" not in strip_aspect_words("hvor mange gange om ugen er gruppen")


@pytest.mark.parametrize("text,aspect", [
    ("Tilbuddet er ikke omfattet af behandlingsgarantien.", A.WAITING_TIME),
    ("Gruppesamtalen varer 3 timer.", A.SESSION_LENGTH),
    ("1 gang hver anden uge, om torsdagen i lige uger kl. 15-16.30.", A.FREQUENCY),
    ("Ring til BRUS på 2476 5857.", A.PHONE),
    ("Samtaler alene eller i gruppe om motivation.", A.GROUP_OR_INDIVIDUAL),
])
def test_catalogue_text_that_answers_an_aspect(text, aspect):
    assert answers_aspect(text, aspect)


def test_catalogue_text_that_does_not():
    assert not answers_aspect("Et forløb for pårørende.", A.PRICE)


@pytest.mark.parametrize("text,first", [
    # eligibility by age: "kan man komme i X, hvis man kun er 17?"
    ("må man gå i efterbehandlingen, når man kun er 16?", Aspect.TARGET_GROUP),
    ("kan jeg komme på holdet selvom jeg er over 30", Aspect.TARGET_GROUP),
    # "kan jeg gå i behandling" only frames the question that is asked
    ("kan jeg gå i behandling, uden at min far skal give lov? jeg er 15", Aspect.CONSENT),
    ("kan man komme til samtaler, og hvad koster de?", Aspect.PRICE),
    # an age in a clause of another question is no eligibility question
    ("hvem laver planen, når hun er under 18?", None),
    # asking about referral in the passive
    ("skal han henvises af lægen først?", Aspect.HOW_TO_START),
])
def test_the_aspect_that_is_really_asked_comes_first(text, first):
    found = detect_aspects(text)
    assert (found[0] if found else None) is first or (first is None and Aspect.TARGET_GROUP not in found), found


@pytest.mark.parametrize("text,aspect", [
    ("skal man være fyldt 25 for at komme med?", Aspect.TARGET_GROUP),
    ("hvis jeg skriver til jer i aften, hvornår kan jeg så begynde?", Aspect.WAITING_TIME),
])
def test_more_ways_to_ask_an_aspect(text, aspect):
    assert aspect in detect_aspects(text)


def test_expecting_a_child_is_no_waiting_time():
    assert Aspect.WAITING_TIME not in detect_aspects("min kæreste venter et barn, hvad gør vi?")
    assert Aspect.WAITING_TIME in detect_aspects("hvor længe venter man på en plads?")


@pytest.mark.parametrize("text,first", [
    ("hvilke krav er der for at komme på døgn?", Aspect.TARGET_GROUP),
    ("hvad skal der til, før han kan starte?", Aspect.TARGET_GROUP),
    ("hvor meget er jeres konsulenter ude på skolen?", Aspect.FREQUENCY),
])
def test_conditions_and_presence(text, first):
    found = detect_aspects(text)
    assert found and found[0] is first, found
    if first is Aspect.TARGET_GROUP:
        assert Aspect.HOW_TO_START in found


def test_how_often_one_uses_is_no_question_of_how_often_an_offer_meets():
    from core.answering.aspects import Aspect, detect_aspects
    assert Aspect.FREQUENCY not in detect_aspects("kan jeg få hjælp, selv om jeg ikke drikker hver dag?")
    assert Aspect.FREQUENCY in detect_aspects("er det hver uge?")
    assert Aspect.FREQUENCY in detect_aspects("skal man komme hver dag?")


def test_no_case_file_is_a_question_of_anonymity():
    from core.answering.aspects import Aspect, detect_aspects
    assert Aspect.ANONYMITY in detect_aspects("jeg vil ikke have en sag ud af det, kan jeg komme alligevel?")
    assert Aspect.ANONYMITY in detect_aspects("kan jeg tale med jer uden at der bliver oprettet en sag?")


def test_who_gets_to_know_is_a_question_of_anonymity():
    from core.answering.aspects import Aspect, detect_aspects
    for text in ("får skolen det at vide?", "siger I det videre til min læge?", "bliver min chef kontaktet?"):
        assert Aspect.ANONYMITY in detect_aspects(text), text
    assert detect_aspects("hvornår får jeg svar?") == []


def test_signing_up_beforehand_is_how_to_start():
    from core.answering.aspects import Aspect, detect_aspects
    assert Aspect.HOW_TO_START in detect_aspects("skal vi melde os til inden?")
    assert Aspect.HOW_TO_START in detect_aspects("skal man aftale noget på forhånd?")

"""Failure classes of relatives' questions (own examples, not evaluation questions):

- a relative asking what the OTHER person can get ("kan nogen besøge ham?", "er der et
  sted hun kan gå hen?") is answered with offers for that person, not the relatives' course;
- a child or teenager whose parent drinks gets someone to talk to, also where the
  catalogue has no offer made for children (the open, anonymous counselling).
"""

from __future__ import annotations

import re

import pytest

from core.answering.understand import Context, understand


@pytest.mark.parametrize("text", [
    "min bror bor på gaden. kan nogen opsøge ham derude?",
    "min veninde er alene hele dagen, er der et sted hun kan komme?",
    "min søn på 20 tager amfetamin, hvad kan han få af hjælp?",
    "vi har to små børn og min mand drikker. kan børnene være med i hans behandling?",
    "kan min datter selv ringe til jer?",
])
def test_help_for_the_other_person(text):
    assert understand(text, Context.of(None), None).for_them


@pytest.mark.parametrize("text", [
    "min mand drikker hver dag. er der noget for mig som pårørende?",
    "min søn ryger hash. kan jeg få nogen at snakke med?",
])
def test_help_for_the_relative_themself(text):
    assert not understand(text, Context.of(None), None).for_them


def test_a_relative_asking_for_the_other_gets_the_offer_for_them(ask):
    reply = ask("sonderborg", "min bror bor på gaden og tager stoffer. kan nogen opsøge ham?")
    assert reply is not None and reply.confident
    assert reply.offer_id != "paaroerendeforloeb"
    assert "gadesygeplejer" in reply.text.lower()


@pytest.mark.parametrize("slug", ["fredericia", "sonderborg", "skanderborg", "vejle"])
def test_a_child_of_a_drinking_parent_gets_someone_to_talk_to(ask, slug):
    reply = ask(slug, "jeg er 14 og min far drikker hele tiden. hvem kan jeg tale med?")
    assert reply is not None and reply.confident, slug
    assert reply.text.strip() and "Kilde:" in reply.text


@pytest.mark.parametrize("slug,text,offer", [
    ("sonderborg", "Jeg er sundhedsplejerske, en pige på 14 vil snakke med jer men ikke have forældrene "
                   "informeret. Må hun det?", None),
    ("vejle", "vores søn på 16 vil ikke have at vi forældre bliver inddraget. hvad gælder?", None),
])
def test_consent_for_an_age_answers_the_rule_for_that_age(ask, slug, text, offer):
    reply = ask(slug, text)
    assert reply is not None and reply.topic == "consent", reply and reply.topic
    assert "samtykke" in reply.text or "lov fra" in reply.text


@pytest.mark.parametrize("text", [
    "kan en borger vælge at få sin behandling et andet sted end hos jer?",
    "følger I op på folk, når behandlingen er slut?",
])
def test_free_choice_and_follow_up_in_other_words_go_to_their_answers(ask, text):
    from core.answering.cues import other_topic
    assert other_topic(text)


def test_which_group_am_i_is_a_question_about_who_it_is_for():
    from core.answering.aspects import Aspect, detect_aspects
    assert detect_aspects("jeg er 20 og ryger hash, hvilket tilbud passer jeg ind i?") == [Aspect.TARGET_GROUP]
    assert detect_aspects("hvor hører min søn på 17 til?") == [Aspect.TARGET_GROUP]


@pytest.mark.parametrize("text,intent", [
    ("min far er færdig med sin behandling om en uge, hvad sker der så bagefter?", "ask_follow_up"),
    ("hører vi noget fra jer igen, når han er ude?", "ask_follow_up"),
    ("hører han fra jer igen, når han er færdig?", "ask_follow_up"),
    ("kan han få antabus hos jer?", "ask_medication"),
    ("hvor kan jeg klage over en behandler?", "ask_complaint"),
    ("min datter har fået et afslag på døgnbehandling, hvad nu?", "ask_complaint"),
    ("han er uenig i jeres afgørelse", "ask_complaint"),
    ("hvad koster det?", None),
])
def test_the_words_name_the_topic_a_guessed_intent_missed(text, intent):
    from core.answering.cues import topic_intent
    assert topic_intent(text) == intent


def test_a_relative_asking_for_the_partners_treatment_gets_it(ask):
    reply = ask("skanderborg", "min kone på 41 drikker og vi har små børn. hvilken behandling kan hun få?")
    assert reply is not None and reply.candidates[0].offer.id == "familieorienteret_behandling"
    assert "Familieorienteret" in reply.text


@pytest.mark.parametrize("slug,offer", [
    ("sonderborg", "ungdomsraadgivning"),          # youth counselling "og deres forældre"
    ("vejle", "paarorende_unge_under_25"),
    ("skanderborg", "paaroerende_til_unge"),
])
def test_a_parent_of_a_teenager_gets_the_offer_for_parents_of_young_people(ask, slug, offer):
    reply = ask(slug, "min datter på 15 er begyndt at ryge hash. kan jeg som far få nogen at tale med?")
    assert reply is not None and reply.offer_id == offer, reply and reply.offer_id


@pytest.mark.parametrize("slug", ["sonderborg", "skanderborg"])
def test_a_partner_with_small_children_gets_the_offer_for_the_whole_family(ask, slug):
    reply = ask(slug, "min mand drikker og vi har tre små børn. findes der noget for hele familien?")
    assert reply is not None and "famil" in reply.text.splitlines()[0].lower()


def test_people_like_him_are_the_other_person():
    assert understand("er der nogen der tager sig af folk som ham?", Context.of(None), None).for_them


@pytest.mark.parametrize("slug,text", [
    ("vejle", "Har I pligt til at sige det videre, hvis en far i behandling har et barn, der ikke trives?"),
    ("skanderborg", "laver I en underretning hvis jeg fortæller at jeg drikker og har en baby?"),
])
def test_the_duty_to_notify_is_answered_by_the_fact_that_states_it(ask, slug, text):
    reply = ask(slug, text)
    assert reply is not None and "underretningspligt" in reply.text.splitlines()[0]


@pytest.mark.parametrize("text", ["hvor sender I folk hen, når de skal på døgn?",
                                  "hvilke døgntilbud samarbejder I med?"])
def test_which_places_lists_the_residential_offers_by_name(ask, text):
    reply = ask("skanderborg", text)
    assert reply is not None and "Ringgården" in reply.text and "Tjele" in reply.text


def test_which_places_needs_places_in_the_catalogue(ask):
    reply = ask("sonderborg", "hvilke døgnsteder bruger I?")
    assert reply is None or "nævner disse døgnsteder" not in reply.text


@pytest.mark.parametrize("slug,text,words", [
    ("skanderborg", "kan man klage hvis man får nej til alkoholbehandling hos jer?", "ikke klage"),
    ("skanderborg", "en medarbejder var uhøflig over for min søn, hvem klager vi til?", "afdelingslederen"),
    ("vejle", "hvor klager jeg over en behandler der talte grimt til mig?", "afdelingsleder"),
])
def test_a_complaint_question_gets_the_complaint_fact_it_asks_about(ask, slug, text, words):
    reply = ask(slug, text)
    assert reply is not None and words in reply.text.splitlines()[0], reply and reply.text


@pytest.mark.parametrize("slug,text", [
    ("skanderborg", "min samlever drikker og nægter at få hjælp. kan jeg selv få samtaler?"),
    ("vejle", "min datter på 19 vil ikke i behandling, men kan vi forældre få hjælp?"),
])
def test_a_relative_whose_person_refuses_hears_that_help_is_there_all_the_same(ask, slug, text):
    reply = ask(slug, text)
    assert reply is not None
    assert re.search(r"selv om|selvom|behøver ikke|uanset", reply.text), reply.text


@pytest.mark.parametrize("text,intent", [("when are you open?", "ask_opening_hours"),
                                         ("hvad er jeres nummer?", "ask_phone"),
                                         ("hvor ligger I?", "ask_address"),
                                         ("hvad er CRAFT?", None)])
def test_the_centre_detail_asked_names_its_intent(text, intent):
    from core.answering.cues import centre_intent
    assert centre_intent(text) == intent


def test_a_parent_asking_a_detail_gets_it_for_the_parents_offer(ask):
    reply = ask("sonderborg", "vores datter på 14 drikker. kan vi komme til en snak sammen med hende, "
                              "og hvor mange gange?")
    assert reply is not None and reply.text.startswith("Ungdomsrådgivning") and "tre samtaler" in reply.text


def test_am_i_too_young_with_an_age_lists_the_offers_for_that_age(ask):
    reply = ask("skanderborg", "jeg er 14 og har røget mange gange til fester. er jeg for ung til jer?")
    assert reply is not None
    assert reply.text.startswith("Nej, 14 år er ikke for ung.\nTilbud, der passer til en på 14 år")


def test_where_and_which_number_gets_both(ask):
    reply = ask("vejle", "jeg er 30 og drikker for meget. hvor skal jeg hen, og hvad er nummeret?")
    assert reply is not None and "Boulevarden" in reply.text and "76 81 90 00" in reply.text


def test_the_number_in_english_is_a_phone_question():
    from core.answering.aspects import Aspect, detect_aspects
    assert Aspect.PHONE in detect_aspects("where are you and what's your number?")


@pytest.mark.parametrize("text,street", [
    ("jeg er 30 og drikker for meget. hvor skal jeg hen?", "Boulevarden"),   # alcohol, adults
    ("er 22 og ryger hash, hvor skal jeg møde op?", "Boulevarden"),           # young, any substance
    ("jeg er 35 og tager kokain, hvor skal jeg hen?", "Horsensvej"),          # drugs, adults
])
def test_the_address_is_the_one_that_serves_the_person(ask, text, street):
    reply = ask("vejle", text)
    assert reply is not None and street in reply.text, reply and reply.text


def test_a_parent_asking_for_themself_after_an_answer_about_their_son_gets_the_parents_offer(ask):
    reply = ask("vejle", "kan jeg som mor også få noget hjælp?", context={"offer_id": "unge_15_18",
                                                                        "topic": "overview"})
    assert reply is not None and reply.text.startswith("Tilbud til pårørende til unge under 25 år")


def test_a_consent_line_about_an_age_is_told_about_the_young_person():
    from core.answering.address import about_the_young
    assert about_the_young("Ved behov indhentes samtykke, fx hvis du er under 15 år.") == \
        "Ved behov indhentes samtykke, fx hvis den unge er under 15 år."


def test_parents_in_the_plural_asking_for_themselves_after_an_answer_about_their_son(ask):
    reply = ask("vejle", "kan vi som forældre også få hjælp?", context={"offer_id": "unge_15_18",
                                                                      "topic": "overview"})
    assert reply is not None and reply.text.startswith("Tilbud til pårørende til unge under 25 år")


def test_the_other_persons_drinking_names_no_offer_for_them(ask):
    # "drikker for meget" describes the partner; the asker wants the relatives' offer
    reply = ask("sonderborg", "min kæreste drikker for meget, og jeg kan ikke mere. "
                              "findes der noget til mig som pårørende?")
    assert "pårørendeforløb" in reply.text.lower().split("kilde:")[0], reply.text
    assert "Anonym ambulant alkoholbehandling" not in reply.text


def test_what_the_centre_can_do_for_someone_says_what_happens_there(ask):
    reply = ask("sonderborg", "min svigerdatter venter barn og ryger hash. hvad kan I gøre for hende?")
    assert reply is not None and "Familieambulatoriet" in reply.text, reply.text


def test_a_young_person_asking_for_someone_to_talk_to_hears_it_can_be_anonymous(ask):
    reply = ask("sonderborg", "jeg er 13 og min mor drikker hver aften. er der nogen jeg kan snakke med?")
    assert "anonym" in reply.text.lower().split("kilde:")[0], reply.text


def test_a_refusal_in_other_words_is_a_refusal(ask):
    for text in ("Min kone drikker hver aften. Hun vil på ingen måde i behandling. Kan jeg få hjælp alene?",
                 "Min mand drikker for meget og vil overhovedet ikke i behandling. Hvad kan jeg selv få?"):
        reply = ask("vejle", text)
        assert reply is not None and reply.offer_id == "craft", text


def test_relatives_asking_for_their_own_course_are_not_answered_with_the_users_treatment(ask):
    reply = ask(""
                "vejle", "Min kone på 47 er netop begyndt i alkoholbehandling hos "
                         "jer. Har I et kursus for os pårørende?")
    assert reply is not None and reply.offer_id == "paarorendekursus"


def test_must_the_user_be_enrolled_is_who_the_relatives_offer_is_for(ask):
    reply = ask("vejle", "skal hun være skrevet ind, før jeg kan få hjælp?",
                context={"offer_id": "paarorende_unge_under_25", "topic": "overview"})
    assert reply is not None and reply.offer_id == "paarorende_unge_under_25"
    assert "behøver ikke selv at være skrevet ind" in reply.text

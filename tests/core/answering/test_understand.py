"""Who asks, about whom (age, substance), the situation, and what carries over a turn."""

import pytest

from core.answering.aspects import Aspect
from core.answering.text import normalise
from core.answering.understand import (
    Asker,
    Context,
    find_ages,
    find_asker,
    find_substances,
    understand,
)


@pytest.mark.parametrize("text,asker,profession", [
    ("jeg drikker for meget", Asker.SELF, None),
    ("jeg er 17 og tager GHB", Asker.SELF, None),
    ("kan min kæreste komme med til samtalerne?", Asker.SELF, None),
    ("min søn ryger hash", Asker.PARENT, None),
    ("vores datter på 15 drikker", Asker.PARENT, None),
    ("mit barn tager stoffer", Asker.PARENT, None),
    ("my son smokes weed", Asker.PARENT, None),
    ("min mand drikker hver aften", Asker.PARTNER, None),
    ("min kaereste ryger spice", Asker.PARTNER, None),
    ("min mor drikker", Asker.CHILD, None),
    ("min far er alkoholiker", Asker.CHILD, None),
    ("mine forældre drikker og jeg er 12", Asker.CHILD, None),
    ("min ven tager G hver weekend", Asker.FRIEND, None),
    ("min bedste veninde ryger meget", Asker.FRIEND, None),
    ("min bror er narkoman", Asker.RELATIVE, None),
    ("jeg er lærer og har en elev der ryger hash", Asker.PROFESSIONAL, "teacher"),
    ("vi har #mindrerus på skolen", Asker.PROFESSIONAL, "teacher"),
    ("Jeg er praktiserende læge", Asker.PROFESSIONAL, "gp"),
    ("min patient drikker", Asker.PROFESSIONAL, "gp"),
    ("jeg er sagsbehandler på jobcentret", Asker.PROFESSIONAL, "caseworker"),
    ("en borger der ikke magter samtaleterapi", Asker.PROFESSIONAL, "caseworker"),
    ("jeg er bostøtte for en beboer", Asker.PROFESSIONAL, "housing_support"),
    ("jeg er pædagog i en klub", Asker.PROFESSIONAL, "pedagogue"),
    ("jeg er chef og en af mine ansatte drikker", Asker.PROFESSIONAL, "employer"),
    ("han arbejder til kl. 17", Asker.UNKNOWN, None),
    ("er der noget for os der er gift med en der drikker", Asker.PARTNER, None),
    ("jeg er en voksen datter på 40 og min far har drukket hele mit liv", Asker.CHILD, None),
    ("jeg er visitator i jobcentret", Asker.PROFESSIONAL, "caseworker"),
    ("jeg er hjemmesygeplejerske", Asker.PROFESSIONAL, "gp"),
    ("jeg er UU-vejleder på en efterskole", Asker.PROFESSIONAL, "teacher"),
    ("jeg er SSP-konsulent", Asker.PROFESSIONAL, "teacher"),
])
def test_who_asks(text, asker, profession):
    assert find_asker(normalise(text)) == (asker, profession)


@pytest.mark.parametrize("text,ages", [
    ("hun er kun 13", (13,)),
    ("min søn på 16 tager G", (16,)),
    ("min søster på 22 tager kokain", (22,)),
    ("jeg er 17 og drikker", (17,)),
    ("en 15-årig pige", (15,)),
    ("han er fjorten", (14,)),
    ("I am 19", (19,)),
    ("vi har 2 samtaler kl. 15", ()),
    ("han er 3 gange om ugen i gruppen", ()),
    ("behandling for over 18 år", ()),
])
def test_ages_only_when_stated(text, ages):
    assert find_ages(normalise(text)) == ages


@pytest.mark.parametrize("text,substances", [
    ("min ven tager G hver weekend", ("drugs",)),
    ("jeg har brugt GHB", ("drugs",)),
    ("han ryger spice", ("drugs",)),
    ("hun tager kokain og drikker", ("alcohol", "drugs")),
    ("jeg drikker 10 øl om dagen", ("alcohol",)),
    ("hvad koster det", ()),
    ("jeg går i gymnasiet", ()),
    # slang, brand names and English
    ("hun tager rivotril for at sove", ("drugs",)),
    ("he does cocaine on weekends", ("drugs",)),
    ("my mum drinks a bottle of wine every night", ("alcohol",)),
    ("han har taget molly til en fest", ("drugs",)),
])
def test_substances_named(text, substances):
    assert find_substances(normalise(text)) == substances


@pytest.mark.parametrize("text,word", [
    ("han arbejder til kl. 17", "arbejder"),
    ("kan I komme hjem til os", "hjemmebesog"),
    ("en borger der ikke magter samtaleterapi", "samtalebehandling"),
    ("socialrådgiveren siger han skal komme selvom han ikke vil", "palagt"),
    ("jeg er gravid", "gravid"),
    ("min søn har autisme", "autisme"),
])
def test_situations_point_to_catalogue_words(text, word):
    assert word in understand(text).expansions


def test_words_that_ask_or_say_who_asks_do_not_search_for_offers():
    q = understand("jeg er lærer og har en elev der ryger hash, hvor lang tid varer det?")
    assert "larer" not in q.offer_words and "hash" not in q.offer_words
    assert q.aspects == (Aspect.DURATION,)


def test_follow_up_inherits_the_previous_aspect():
    q = understand("og for unge?", Context(offer_id="x", topic="duration"))
    assert q.aspects == (Aspect.DURATION,) and q.follow_up and not q.explicit


def test_an_aspect_in_words_beats_the_previous_one():
    q = understand("er det gratis?", Context(offer_id="x", topic="duration"))
    assert q.aspects == (Aspect.PRICE,) and q.explicit


def test_nlu_intent_is_a_hint_when_the_words_say_nothing():
    assert understand("og så?", intent="ask_price").aspects == (Aspect.PRICE,)
    assert understand("hvor ligger det", intent="ask_price").aspects == (Aspect.PLACE,)


def test_context_from_a_mapping_or_nothing():
    assert Context.of({"offer_id": "craft", "topic": "price"}) == Context("craft", "price")
    assert Context.of(None) == Context()


def test_a_parent_in_treatment_named_with_an_age_makes_the_writer_their_child():
    from core.answering.understand import Asker, Context, understand
    q = understand("vores mor (61) er i alkoholbehandling. kan vi som voksne børn være med?",
                   Context.of(None), None)
    assert q.asker is Asker.CHILD


def test_help_to_help_someone_is_help_for_the_writer():
    from core.answering.understand import Context, understand
    assert not understand("kan jeg få hjælp til at hjælpe hende?", Context.of(None), None).for_them
    assert understand("kan I hjælpe hende?", Context.of(None), None).for_them


@pytest.mark.parametrize("text,substance", [
    ("min far er lige færdig med sit alkoholforløb", ("alcohol",)),
    ("hun har et stofmisbrug", ("drugs",)),
])
def test_a_substance_said_in_a_compound(text, substance):
    assert understand(text, None, None).substance == substance


@pytest.mark.parametrize("text", [
    "jeg er 31 og har drukket hver dag i et år, min kone siger jeg skal søge hjælp",
    "jeg har nok røget for meget det sidste stykke tid, min mor er bekymret",
])
def test_own_use_told_in_the_perfect_is_the_asker_themself(text):
    from core.answering.understand import Asker, find_asker
    assert find_asker(normalise(text))[0] is Asker.SELF


def test_a_treatment_home_is_residential_treatment():
    from core.answering.understand import situation_words
    assert "dognbehandling" in situation_words(normalise("hun vil gerne på et behandlingshjem"))


@pytest.mark.parametrize("text", [
    "jeg sveder og har hjertebanken når jeg ikke har drukket",
    "han får det rigtig skidt når han prøver at holde op med at drikke",
])
def test_withdrawal_told_in_everyday_words_points_to_detox(text):
    from core.answering.understand import situation_words
    assert "afrusning" in situation_words(normalise(text))


@pytest.mark.parametrize("text", ["min gamle ven drikker for meget", "min gode veninde tager piller"])
def test_a_friend_with_an_adjective_is_a_friend(text):
    from core.answering.understand import Asker, find_asker
    assert find_asker(normalise(text))[0] is Asker.FRIEND


def test_the_writers_age_from_an_earlier_turn_is_used_for_their_own_questions():
    from core.answering.understand import understand
    own = understand("får mine forældre det at vide?", {"age": 16.0}, None)
    assert own.ages == (16,)
    parent = understand("min datter ryger. kan hun være anonym?", {"age": 45.0}, None)
    assert parent.ages == ()
    stated = understand("og hvis jeg er 19?", {"age": 16.0}, None)
    assert stated.ages == (19,)


def test_bringing_it_up_is_no_use_of_ones_own():
    from core.answering.understand import Asker, understand
    q = understand("Min kone drikker hver dag. Når jeg tager det op, bliver hun vred. Kan jeg få hjælp?", None, None)
    assert q.asker is Asker.PARTNER
    assert understand("jeg tager kokain i weekenderne", None, None).asker is Asker.SELF


def test_when_one_is_busy_names_no_offer(ask):
    from core.answering.understand import without_asides
    assert "skole" not in without_asides("hvornår kan jeg ringe? jeg har skole til kl 15")
    reply = ask("skanderborg", "hvornår kan man ringe til jer? jeg har skole til kl 14 hver dag")
    assert reply is None or reply.offer_id != "raadgivning_paa_skoler"

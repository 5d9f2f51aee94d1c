"""Failure classes of the fifth round, own examples: the offer for the substance and age
stated (a professional's "alkoholforløb" is not a drug treatment that meets jobcentres, a
shared name for a 15-year-old is the offer for 15-18), a follow-up with only an age says
whether it fits, what comes before the start is how to start, the centre's address in a
catalogue without one, and one rule said once."""

from __future__ import annotations

from core.answering.answer import without_repeats
from core.answering.aspects import Aspect, detect_aspects


def test_a_professional_asking_about_alcohol_gets_no_drug_offer(ask, kb):
    reply = ask(""
                "vejle", "Jeg er sagsbehandler i jobcentret. Hvordan er et typisk "
                         "forløb for alkohol bygget op hos jer?")
    assert reply is not None
    offers = {o.id: o for o in kb["vejle"].offers}
    assert all("alcohol" in offers[i].substances or not offers[i].substances for i in reply.offer_ids)
    assert "stofmisbrug" not in reply.text.split("Kilde:")[0]


def test_a_shared_name_and_an_age_give_the_offer_for_that_age(ask, kb):
    from core.answering.facts import fits_age
    reply = ask("vejle", "Jeg er kontaktlærer. Hvad sker der, når en elev på 16 starter i ungebehandling?")
    assert reply is not None and reply.offer_ids
    offers = {o.id: o for o in kb["vejle"].offers}
    assert all(fits_age(offers[i], 16) is not False for i in reply.offer_ids)


def test_a_follow_up_with_only_an_age_says_it_fits(ask):
    reply = ask("sonderborg", "og hvis jeg er 20?", context={"offer_id": "unge", "topic": "frequency"})
    assert reply is not None and reply.offer_id == "unge"
    assert "passer også til en på 20 år" in reply.text and "23" in reply.text


def test_what_comes_before_the_start_is_how_to_start():
    for text in ("skal hun igennem noget inden?", "hvad skal man have lavet før man kan begynde?",
                 "er der noget før vi kan starte?"):
        assert Aspect.HOW_TO_START in detect_aspects(text), text


def test_the_centres_address_where_the_catalogue_gives_none(ask):
    reply = ask(""
                "fredericia", "min far drikker for meget. hvad er adressen på "
                              "misbrugscentret, så jeg kan følge ham derhen?")
    assert reply is not None
    assert "fremgår ikke" in reply.text and "ligger" in reply.text


def test_a_rule_said_again_in_other_words_is_said_once():
    lines = without_repeats(["Dine forældre skal give lov, hvis du er under 15 år og skal i behandling. "
                             "Hvis du er under 15 år og skal i behandling, skal dine forældre give lov."])
    assert len(lines) == 1 and lines[0].count("under 15") == 1


def test_a_look_alike_with_a_not_or_another_number_is_kept():
    negated = without_repeats(["Du kan være anonym i rådgivningen hos centret. Du kan ikke "
                               "være anonym i rådgivningen hos centret."])
    assert "ikke være anonym" in negated[0]
    numbers = without_repeats(["Gruppen mødes hver uge i 10 uger om tirsdagen. Gruppen "
                               "mødes hver uge i 12 uger om tirsdagen."])
    assert "12 uger" in numbers[0]


def test_the_same_words_about_two_offers_are_both_kept():
    lines = without_repeats(["Unge: samtaler for unge, der vil ændre deres forbrug af hash.",
                             "Ungdomsrådgivning: samtaler for unge, der vil ændre deres forbrug af hash."])
    assert len(lines) == 2


def test_an_age_after_a_young_greeting_is_the_writers():
    from core.language.ages import ages
    assert ages("yo er 15 og drikker hver weekend") == (15,)
    assert ages("hejj er 17, hvad gør jeg") == (17,)


def test_a_minor_asking_about_secrecy_gets_the_rule_for_their_age_first(ask):
    reply = ask("sonderborg", "hey er 15 og ryger en del. kan jeg komme og snakke uden min far opdager det?")
    assert reply is not None
    first = reply.text.splitlines()[0]
    assert "15 år" in first and "forældre" in first
    assert "over 18" not in reply.text


def test_a_fact_for_another_age_is_left_out():
    from core.answering.facts import excludes_age
    from core.answering.text import skeleton
    adult = skeleton("Tilbuddet er for dig, der er over 18 år og har et arbejde.")
    assert excludes_age(adult, 16) and not excludes_age(adult, 30)
    assert not excludes_age(skeleton("For familier med børn under 18 år."), 35)


def test_a_rule_for_another_age_is_kept_as_a_contrast():
    from core.answering.facts import excludes_age
    from core.answering.text import skeleton
    assert not excludes_age(skeleton("Centret beder om samtykke, fx hvis den unge er under 15 år."), 17)


def test_items_of_a_list_are_never_look_alikes():
    lines = without_repeats(["Tilbud, der passer til en på 13 år:",
                             "- Rådgivning for unge (fra 12 år til du fylder 23)",
                             "- Unge (fra 12 år til 23 år)"])
    assert len(lines) == 3


def test_too_old_for_the_youth_offer_hears_of_the_counselling_for_any_age(ask):
    reply = ask("sonderborg", "jeg er 27. er jeg for gammel til ungdomsrådgivningen?")
    assert reply is not None
    assert "ingen aldersgrænse for Åben rådgivning" in reply.text


def test_a_word_every_course_is_names_no_offer(ask):
    reply = ask("vejle", "hvor længe varer et behandlingsforløb for en ung på 21?")
    assert reply is not None
    assert reply.text.startswith("Ambulant behandling af stofmisbrug for unge mellem 18-25 år")


def test_a_look_alike_with_never_or_none_is_kept():
    for turn in ("aldrig", "ingen"):
        lines = without_repeats([f"Du kan få samtaler med en behandler hver uge her i centret. Du kan {turn} "
                                 "få samtaler med en behandler hver uge her i centret."])
        assert turn in lines[0], turn

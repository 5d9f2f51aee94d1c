"""Ranking offers: names first, then described situations with age, substance and asker."""

from core.answering.resolve import choose, foreign_offer, resolve
from core.answering.understand import Context, understand


def top(kb, slug, text, context=None):
    candidates = resolve(understand(text, context), kb[slug], context)
    return choose(candidates, understand(text, context).ages), candidates


def test_candidates_say_why(kb):
    chosen, candidates = top(kb, "vejle", "hvor længe varer craft")
    assert chosen[0].offer.id == "craft" and chosen[0].named
    assert any(w.startswith("navn:") for w in chosen[0].why)


def test_a_shared_name_gives_both_offers_unless_a_cue_decides(kb):
    both, _ = top(kb, "vejle", "hvor længe varer døgnbehandling")
    assert {c.offer.id for c in both} == {"stof_doegnbehandling", "alko_doegnbehandling"}
    drugs, _ = top(kb, "vejle", "hvor længe varer døgnbehandling når man tager kokain")
    assert [c.offer.id for c in drugs] == ["stof_doegnbehandling"]


def test_the_longer_better_name_wins(kb):
    chosen, _ = top(kb, "skanderborg", "er online behandling for unge gratis")
    assert chosen[0].offer.id == "online_behandling_unge"


def test_the_previous_offer_answers_a_message_that_names_nothing(kb):
    ctx = Context(offer_id="craft", topic="overview")
    chosen, _ = top(kb, "vejle", "hvor lang tid varer det?", ctx)
    assert chosen[0].offer.id == "craft" and chosen[0].from_context


def test_a_switch_to_another_group_leaves_the_previous_offer(kb):
    ctx = Context(offer_id="stof_ambulant_over_25", topic="duration")
    _, candidates = top(kb, "vejle", "og for unge?", ctx)
    assert not any(c.from_context for c in candidates)
    assert {c.offer.id for c in candidates[:2]} == {"unge_15_18", "unge_18_25"}


def test_an_unnamed_offer_outside_the_age_is_never_chosen(kb):
    chosen, _ = top(kb, "vejle", "jeg er 17 og ryger hash, hvor lang tid varer stofbehandling for unge")
    assert all(c.offer.id != "unge_18_25" for c in chosen)


def test_nothing_specific_chooses_nothing(kb):
    chosen, candidates = top(kb, "vejle", "hvad koster det at komme i behandling for hash")
    assert chosen == [] and all(c.weak for c in candidates if not c.named)


def test_another_municipality_only_by_a_name_unknown_here(kb):
    other, offer = foreign_offer(kb, kb["sonderborg"], "hvad er CRAFT")
    assert other.slug == "vejle" and offer.id == "craft"
    assert foreign_offer(kb, kb["fredericia"], "jeg drikker for meget") is None


def test_an_offer_for_couples_is_not_the_one_for_a_friend(kb):
    from datetime import datetime

    from core.answering import answer
    from core.hours import COPENHAGEN
    now = datetime(2026, 12, 1, 22, 0, tzinfo=COPENHAGEN)
    reply = answer(kb, "vejle", "min veninde drikker hver weekend, har I noget til mig?", context=None,
                   now=now, intent="relative_use")
    assert reply is not None and not reply.text.startswith("Parsamtaler")


def test_a_general_word_of_one_offers_name_far_ahead_names_it(ask):
    reply = ask("fredericia", "min onkel kan ikke klare sig selv pga druk. "
                              "er der omsorg og pleje et sted han kan være?")
    assert reply is not None and reply.offer_id == "akademiet", reply and reply.text

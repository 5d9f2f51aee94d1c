"""Aspect-first lines for one offer, the context line, several offers, silence."""

from core.answering.aspects import Aspect
from core.answering.compose import aspect_part, compose_offer, compose_offers
from core.answering.resolve import Candidate
from core.answering.understand import understand
from tests.core.answering.conftest import NOW


def part(kb, slug, offer_id, aspect, text="?"):
    return aspect_part(kb[slug], kb[slug].offer(offer_id), aspect, understand(text), NOW)


def one(kb, slug, offer_id, aspects, text="?"):
    m = kb[slug]
    c = Candidate(offer=m.offer(offer_id), score=100.0, named=True)
    return compose_offer(m, c, understand(text), aspects, NOW)


def test_the_field_leads_with_the_offer_name(kb):
    p = part(kb, "vejle", "alko_efterbehandling", Aspect.FREQUENCY)
    assert p.lines == ["Efterbehandling i gruppe ved alkoholmisbrug: Gruppen mødes hver anden uge."]
    assert p.found and p.sources[0].endswith("§Efterbehandling i gruppe ved alkoholmisbrug")


def test_one_context_line_after_the_answer(kb):
    answer = one(kb, "vejle", "alko_efterbehandling", [Aspect.FREQUENCY])
    assert answer.lines[1] == ("Hver gang: Gruppemøderne varer 2 timer. Hele forløbet: Gruppe: op "
                               "til 6 måneder. Alene: op til 6 samtaler inden for 4 måneder.")
    assert len(answer.lines) == 2


def test_several_aspects_each_get_their_line(kb):
    answer = one(kb, "sonderborg", "introgruppe", [Aspect.FREQUENCY, Aspect.DURATION])
    assert answer.lines == ["Introgruppe: 1 gang om ugen.", "Hele forløbet: 4 gange i gruppen."]


def test_silence_names_the_document_and_the_contact(kb):
    answer = one(kb, "vejle", "craft", [Aspect.FREQUENCY])
    assert answer.lines[0] == ("Det fremgår ikke af Vejle kvalitetsstandard 2024-2026, "
                               "hvor tit CRAFT er.")
    assert "76 81 90 00" in answer.lines[-1] and not answer.found and answer.sources == []


def test_a_general_fact_is_marked_general(kb):
    answer = one(kb, "sonderborg", "introgruppe", [Aspect.ANONYMITY])
    assert answer.found and any("generelt" in line for line in answer.lines)


def test_overview_is_summary_target_and_one_detail(kb):
    answer = one(kb, "vejle", "craft", [Aspect.OVERVIEW])
    assert answer.lines[0].startswith("CRAFT: Et forløb for dig, der er pårørende")
    assert answer.lines[1].startswith("For: Pårørende over 18 år")
    assert answer.lines[2] == "Hele forløbet: 1 forsamtale og 6 samtaler alene efter et fast program."


def test_an_age_that_does_not_fit_is_said_with_what_fits(kb):
    answer = one(kb, "skanderborg", "move", [Aspect.DURATION], "hun er kun 13")
    assert any(line.startswith("Bemærk: MOVE er fra 15 år til 29 år") for line in answer.lines)
    assert any("Særligt tilrettelagt forløb for unge 13-14 år" in line for line in answer.lines)


def test_an_ended_offer_says_so_after_the_answer(kb):
    answer = one(kb, "skanderborg", "brus", [Aspect.PHONE])
    assert "2476 5857" in answer.lines[0]
    assert answer.lines[1] == ("Kataloget siger, at projektet kørte til august 2025; "
                               "spørg centret, om det stadig findes.")


def test_offers_with_the_same_text_share_one_line(kb):
    m = kb["vejle"]
    chosen = [Candidate(offer=m.offer(i), score=100.0, named=True)
              for i in ("unge_15_18", "unge_18_25")]
    answer = compose_offers(m, chosen, understand("hvor ligger det"), [Aspect.PLACE], NOW)
    assert len(answer.lines) == 1 and "Boulevarden 19 AB" in answer.lines[0]
    assert "15-18" in answer.lines[0] and "18-25" in answer.lines[0]

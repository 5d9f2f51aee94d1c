"""How an answer is rendered: lines, the 2016 note, the source line (as before the move)."""

from core.answering.answer import Answer, contact_hint, silent, source_line


def test_render_ends_with_the_source_line(kb):
    m = kb["vejle"]
    src = m.offer("craft").summary.source
    text = Answer(lines=["CRAFT: et forløb."], sources=[src, src]).render(m)
    assert text == "CRAFT: et forløb.\n\nKilde: Vejle kvalitetsstandard 2024-2026, CRAFT"


def test_an_old_catalogue_gets_the_note(kb):
    m = kb["fredericia"]
    text = Answer(lines=["Gratis."], sources=[m.offer("vagten").summary.source]).render(m)
    assert text.endswith("Kilde: Fredericias kvalitetsstandard 2016 (noget kan være ændret siden), Vagten")


def test_a_sentence_that_only_repeats_is_said_once(kb):
    m = kb["sonderborg"]
    text = Answer(lines=["Én samtale på 30 minutter.", "Hver gang: 30 minutter.", "Gratis."]).render(m)
    assert text == "Én samtale på 30 minutter.\nGratis."


def test_at_most_three_sections(kb):
    m = kb["vejle"]
    sources = [f"{m.document} §{s}" for s in ("CRAFT", "NADA", "Visitation", "Organisering")]
    assert source_line(m, sources).count(";") == 2


def test_silent_has_no_source_and_points_to_the_centre(kb):
    m = kb["sonderborg"]
    answer = silent(m, "hvad det koster")
    assert answer.render(m) == ("Det fremgår ikke af Indsatskatalog for Misbrugscenter "
                                "Sønderborg 2020, hvad det koster.\n" + contact_hint(m))
    assert not answer.found


def test_hours_are_never_taken_for_a_repeat(kb):
    m = kb["skanderborg"]
    lines = ["Telefontid:", "Mandag-onsdag: kl. 8.00-12.30", "Torsdag: kl. 8.00-12.30 og 15.00-17.00",
             "Fredag: kl. 8.00-12.30"]
    assert Answer(lines=lines).render(m) == "\n".join(lines)

"""Things a catalogue never mentions get "det står ikke i kataloget" and whom to ask."""

from __future__ import annotations

import pytest

from core.answering.uncovered import THINGS, uncovered


@pytest.mark.parametrize("slug,text", [
    ("vejle", "kan min far få en tolk med, han forstår ikke så godt dansk"),
    ("sonderborg", "is it possible to have the sessions in english"),
    ("fredericia", "hvor kan jeg parkere når jeg skal til samtale"),
    ("skanderborg", "er der elevator op til jer? jeg går med rollator"),
    ("vejle", "jeg har et problem med ludomani, kan I hjælpe mig"),
    ("sonderborg", "min søn gamer hele natten, er det noget I tager jer af"),
    ("vejle", "kan I hjælpe mig med at holde op med snus"),
    ("fredericia", "kan I skrive en erklæring til min arbejdsgiver"),
    ("skanderborg", "mister jeg mit kørekort hvis jeg går i behandling"),
    ("vejle", "kan vi tage samtalerne over video"),
    ("skanderborg", "jeg er klasselærer, kan I holde et oplæg for vores 9. klasse om hash?"),
])
def test_a_thing_the_catalogue_never_mentions_is_said_to_be_silent(ask, slug, text):
    reply = ask(slug, text)
    assert reply.text.startswith("Det står ikke i kataloget, "), reply.text
    assert "Ring til" in reply.text or "Spørg Fredericia Kommune" in reply.text, reply.text


@pytest.mark.parametrize("slug,text", [
    ("skanderborg", "kan jeg få samtaler online"),        # Online behandling
    ("sonderborg", "kan I hjælpe med rygestop"),           # social- og gadesygeplejerske
    ("skanderborg", "hjælper I med rygestop"),            # Sundhedstilbud
    ("vejle", "kan jeg booke en tid online"),             # booking, not online sessions
    ("sonderborg", "kan I komme ud og undervise eleverne på vores erhvervsskole"),  # #mindrerus
])
def test_a_thing_the_catalogue_mentions_is_not_said_to_be_silent(kb, slug, text):
    assert uncovered(kb[slug], text) is None


@pytest.mark.parametrize("text", [
    "jeg ryger hash hver dag, hvad gør jeg", "er det anonymt?", "hvad koster det",
    "min mor drikker og jeg er 14", "hvornår har I åbent", "hvor ligger I",
    "kan mine forældre se det", "jeg vil gerne stoppe med at drikke",
    "spiller det en rolle at jeg er under 18?", "har I en gruppe for pårørende",
])
def test_ordinary_questions_ask_about_nothing_uncovered(kb, text):
    for slug in kb:
        assert uncovered(kb[slug], text) is None, (slug, text)


def test_every_thing_has_a_question_it_matches():
    assert len(THINGS) >= 8
    for thing in THINGS:
        assert thing.what.startswith(("om ", "hvad ")), thing.what

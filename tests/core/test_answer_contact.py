"""An answer that says the catalogue is silent, or sends the person to the centre, says how."""

import pytest

from core.answering.answer import Answer, gives_contact, points_to_the_centre


@pytest.mark.parametrize("text,points", [
    ("Kataloget siger ikke, hvor de står.", True),
    ("Det fremgår ikke af kataloget, hvad det koster.", True),
    ("Kontakt misbrugscentret for at få en tid.", True),
    ("Ring til centret, hvis du vil vide mere.", True),
    ("Åben rådgivning er gratis.", False),
    ("Du kan ikke være anonym i døgnbehandling.", False),
])
def test_points_to_the_centre(text, points):
    assert points_to_the_centre(text) is points


def test_a_silent_answer_gets_the_centres_phone(kb):
    m = kb["sonderborg"]
    text = Answer(lines=["Kataloget siger ikke, hvor skurvognene står."],
                  sources=["sonderborg-indsatskatalog-2020.txt §Skurvogne"]).render(m)
    assert m.centre.phone.value in text
    assert text.index(m.centre.phone.value) < text.index("Kilde:")


def test_no_second_contact_when_the_answer_has_one(kb):
    m = kb["vejle"]
    line = f"Kontakt misbrugscentret på {m.centre.phone.value}."
    text = Answer(lines=[line]).render(m)
    assert text.count(m.centre.phone.value) == 1
    assert gives_contact(f"ring {m.centre.phone.value.replace(' ', '')}", m)


def test_an_ordinary_answer_is_unchanged(kb):
    m = kb["skanderborg"]
    assert Answer(lines=["Åben rådgivning er gratis."]).render(m) == "Åben rådgivning er gratis."

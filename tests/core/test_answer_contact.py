"""An answer that says the catalogue is silent, or sends the person to the centre, says how."""

from datetime import datetime

import pytest

from core.answering.answer import Answer, gives_contact, points_to_the_centre, reachable_now
from core.hours import COPENHAGEN


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


# ---- a phone number given at night says when the phone is answered again ----


def test_at_night_the_phone_number_comes_with_when_it_opens(kb):
    m = kb["skanderborg"]
    night = datetime(2026, 12, 1, 23, 40, tzinfo=COPENHAGEN)  # a Tuesday
    text = Answer(lines=[f"Ring til centret på {m.centre.phone.value}."]).render(m, night)
    assert text.endswith("Telefonen er lukket nu, åbner i morgen kl. 8.00. Skriv gerne her imens.")


def test_in_phone_hours_it_says_open_until(kb):
    m = kb["skanderborg"]
    status = m.centre.phone_hours.days["wednesday"][0]
    during = datetime(2026, 12, 2, int(status[0][:2]), 30, tzinfo=COPENHAGEN)
    text = Answer(lines=[f"Ring på {m.centre.phone.value}."]).render(m, during)
    assert "Telefonen er åben nu, indtil kl." in text


def test_no_status_without_a_phone_number_or_phone_hours(kb):
    night = datetime(2026, 12, 1, 23, 40, tzinfo=COPENHAGEN)
    assert reachable_now("Åben rådgivning er gratis.", kb["skanderborg"], night) == ""
    vejle = kb["vejle"]
    assert vejle.centre.phone_hours is None
    assert reachable_now(f"Ring på {vejle.centre.phone.value}.", vejle, night) == ""

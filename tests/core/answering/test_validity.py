"""End dates: read from valid_until, compared with the clock passed in."""

from dataclasses import replace
from datetime import date, datetime

from core.answering.validity import ended_note, expiry_line, last_day, month_year, valid_until
from core.knowledge.base import Fact


def test_last_day_of_a_date_a_month_or_a_year():
    assert last_day("2025-12-31") == date(2025, 12, 31)
    assert last_day("2025-08") == date(2025, 8, 31)
    assert last_day("2024-02") == date(2024, 2, 29)
    assert last_day("2025") == date(2025, 12, 31)
    assert last_day(date(2025, 5, 1)) == date(2025, 5, 1)
    assert last_day("snart") is None and last_day("2025-13") is None


def test_month_names_in_danish():
    assert month_year(date(2025, 8, 31)) == "august 2025"
    assert month_year(date(2025, 3, 1)) == "marts 2025"


def test_ended_and_not_yet_ended(kb):
    brus = kb["skanderborg"].offer("brus")
    ended = expiry_line(brus, datetime(2025, 9, 1))
    assert ended[0] == ("Kataloget siger, at projektet kørte til august 2025; "
                        "spørg centret, om det stadig findes.")
    running = expiry_line(brus, datetime(2025, 8, 31))
    assert running[0] == "Kataloget siger, at BRUS kører til august 2025."


def test_an_offer_without_the_field(kb):
    offer = kb["vejle"].offer("craft")
    assert valid_until(offer) is None and expiry_line(offer, datetime(2030, 1, 1)) is None


def test_a_value_the_loader_would_refuse_is_ignored(kb):
    brus = replace(kb["skanderborg"].offer("brus"),
                   valid_until=Fact(source="x.txt §y", value="snart"))
    assert expiry_line(brus, datetime(2030, 1, 1)) is None


def test_a_general_fact_with_a_past_date():
    fact = Fact(source="x.txt §y", text="BRUS kører.", valid_until="2025-08")
    assert ended_note(fact, datetime(2026, 1, 1)) == (
        "Kataloget siger, at det kørte til august 2025; spørg centret, om det stadig findes.")
    assert ended_note(fact, datetime(2025, 8, 1)) is None

"""Every Danish text the booking desk says, and the Danish dates and slot titles in them.

Each text is written once, here; :mod:`booking.desk` only chooses which one to say. The
facts in them (centre names, addresses, phone numbers, websites) come from ``knowledge/``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from booking.slots import OfferAvailability
from booking.store import Slot
from core.answering.reach import reach_sentence
from core.hours import COPENHAGEN, DANISH_DAYS, format_time
from core.knowledge.base import WEEKDAYS, Municipality

DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")
EXAMPLE_CODE = "K7QM-3XPD"  # in help texts (and web/static/widget.js); no one's code

# The two buttons of a confirmation: "yes" books the slot, "no" shows other times.
CONFIRM_YES = "Ja, book tiden"
CONFIRM_NO = "Nej, vis andre tider"


# ------------------------------------------------------------------- formatting


def danish_datetime(moment: datetime) -> str:
    """``"tirsdag 1. december kl. 14.00"`` in Copenhagen time."""
    local = moment.astimezone(COPENHAGEN)
    day = DANISH_DAYS[WEEKDAYS[local.weekday()]]
    return (f"{day} {local.day}. {DANISH_MONTHS[local.month - 1]} "
            f"kl. {format_time(local.strftime('%H:%M'))}")


def slot_title(slot: Slot, municipality: Municipality, spec: OfferAvailability) -> str:
    """Button title: day, date, time, centre and address, all facts from ``knowledge/``."""
    return (f"{danish_datetime(slot.starts_at)}, {municipality.centre.name.value}, "
            f"{spec.address.one_line()}")


def where(municipality: Municipality, spec: Optional[OfferAvailability]) -> str:
    """The centre and the offer's address; the centre alone when the offer is not bookable."""
    if spec is None:
        return municipality.centre.name.value
    return f"{municipality.centre.name.value}, {spec.address.one_line()}"


def contact(municipality: Municipality) -> str:
    """Another way in: the one "how to reach the centre" sentence of
    :mod:`core.answering.reach`, with a leading space to follow a sentence."""
    return f" {reach_sentence(municipality)}"


# ------------------------------------------------------------------ texts

def text_choose_offer(municipality: Municipality) -> str:
    return (f"Du kan booke en anonym samtale hos {municipality.centre.name.value}. "
            "Hvilken slags samtale vil du have?")


def text_choose_slot(municipality: Municipality, offer_name: str) -> str:
    return (f"Her er de næste ledige tider til {offer_name} hos "
            f"{municipality.centre.name.value}. Samtalen er anonym: du skal ikke give os dit "
            "navn, nummer eller din mail. Vælg den tid, der passer dig.")


def text_no_slots(municipality: Municipality) -> str:
    return (f"Der er ingen ledige tider, du kan booke her hos "
            f"{municipality.centre.name.value} lige nu.{contact(municipality)}")


def text_not_bookable(municipality: Municipality) -> str:
    return (f"Hos {municipality.centre.name.value} kan du ikke booke en tid her i chatten "
            f"endnu.{contact(municipality)}")


def text_confirm(when_where: str, length_minutes: int) -> str:
    return (f"Vil du booke {when_where}? Samtalen varer {length_minutes} minutter.")


def text_booked(code: str, when: str, centre_name: str, address: str) -> str:
    """The only time the code is shown."""
    return (f"Din tid er booket: {when}, {centre_name}, {address}.\n\n"
            f"Din kode er: {code}\n\n"
            "Skriv koden ned eller tag et billede af den nu. Jeg viser den kun denne ene gang.\n"
            f"Når du kommer: mød op på {address} og sig koden. Du skal ikke sige dit navn.\n"
            "Koden er den eneste måde at finde eller aflyse tiden på. Skriv fx "
            f"\"hvornår er min tid {code}\" eller \"aflys {code}\".")


def text_taken(has_alternatives: bool) -> str:
    if has_alternatives:
        return ("Øv, den tid nåede en anden at booke lige før dig. "
                "Her er de næste ledige tider:")
    return "Øv, den tid nåede en anden at booke lige før dig."


def text_unavailable(has_alternatives: bool) -> str:
    if has_alternatives:
        return "Den tid kan ikke bookes længere. Her er de næste ledige tider:"
    return "Den tid kan ikke bookes længere."


def text_cancelled(when: str) -> str:
    return (f"Din tid {when} er aflyst, og koden virker ikke længere. "
            "Du er altid velkommen til at booke en ny tid.")


def text_already_cancelled() -> str:
    return "Den tid er allerede aflyst. Du er velkommen til at booke en ny tid."


def text_too_late(municipality: Municipality) -> str:
    return ("Tiden er begyndt eller overstået, så den kan ikke aflyses her."
            f"{contact(municipality)}")


def text_found(when: str, where: str) -> str:
    return (f"Din tid er {when}, {where}. Mød op og sig din kode. "
            "Skriv \"aflys\" og koden, hvis du ikke kan komme.")


def text_past() -> str:
    return "Den tid er overstået. Du er velkommen til at booke en ny tid."


def text_wrong_code() -> str:
    """The same words whatever exists in the store: a guess learns nothing."""
    return ("Jeg kan ikke finde en tid med den kode. Tjek, at du har skrevet den rigtigt, "
            f"fx {EXAMPLE_CODE}. Har du mistet koden, kan du booke en ny tid.")


def text_need_code() -> str:
    return (f"Skriv din kode sammen med det, du vil, fx \"aflys {EXAMPLE_CODE}\" eller "
            f"\"hvornår er min tid {EXAMPLE_CODE}\".")


def text_rate_limited(window_seconds: int) -> str:
    minutes = max(1, round(window_seconds / 60))
    wait = "et kvarter" if minutes == 15 else f"{minutes} minutter"
    return (f"Du har prøvet mange koder lige nu. Vent {wait}, og prøv så igen. "
            "Har du mistet koden, kan du booke en ny tid.")


def text_codes_busy() -> str:
    """Wrong codes across all conversations are at their limit: the same words for everyone."""
    return ("Der bliver prøvet rigtig mange koder lige nu, så jeg kan ikke slå koder op i et "
            "par minutter. Prøv igen lidt senere. Har du en tid, gælder den stadig.")


def text_already_booked(when: str, where: str, municipality: Municipality) -> str:
    """The conversation has a future booking: how to see or cancel it (never the code)."""
    return (f"Du har allerede booket en tid her i samtalen: {when}, {where}. Du kan have én "
            "tid ad gangen her i chatten.\n\n"
            "Vil du se tiden igen, så skriv \"hvornår er min tid\" og din kode. Vil du hellere "
            "have en anden tid, så aflys først den, du har: skriv \"aflys\" og din kode.\n\n"
            f"Har du mistet koden?{contact(municipality)}")


def text_centre_busy(municipality: Municipality) -> str:
    return (f"Der er booket mange tider hos {municipality.centre.name.value} her i chatten den "
            "seneste time, så jeg kan ikke booke flere lige nu. Prøv igen om en times tid."
            f"{contact(municipality)}")

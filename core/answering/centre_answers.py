"""The centre's own details for an intent answer: opening and phone hours (also for a day,
a clock time or a part of the day), whether it is open now, its phone, e-mail and address.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from core import hours
from core.answering.answer import Answer, gives_contact, silent
from core.answering.intent_question import Question, merge_answers
from core.answering.reach import reach_person, reach_sentence
from core.knowledge.base import Fact, Municipality, Schedule
from core.language.text import find_weekdays, fold

# ----------------------------------------------------------------------------- contact


def _schedule_answer(m: Municipality, schedule: Optional[Schedule], heading: str,
                     silent_what: str) -> Answer:
    if schedule is None:
        return silent(m, silent_what)
    lines = [heading, *hours.format_schedule(schedule)]
    if schedule.note:
        lines.append(schedule.note)
    return Answer(lines=lines, sources=[schedule.source])


def answer_opening_hours(m: Municipality, q: Question) -> Answer:
    c = m.centre
    days = find_weekdays(q.text)
    if c.opening_hours is None and c.phone_hours is not None:
        # no opening hours in the catalogue, but phone hours: say so and give those
        answer = silent(m, "hvornår centret har åbent")
        answer.lines.pop()  # the contact hint: the phone hours below say more
        phone = _days_answer(m, days) if days else answer_phone_hours(m, q)
        return merge_answers(answer, phone)
    if days and c.opening_hours is not None:
        return _days_answer(m, days, hours.asked_clock(q.text), part=hours.asked_part_of_day(q.text))
    return _schedule_answer(m, m.centre.opening_hours,
                            f"{m.centre.name.value} har åbent:",
                            "hvornår centret har åbent")


def _when_to_call(m: Municipality) -> Optional[Fact]:
    """A topic fact that says when to call in words ("ring ... i åbningstiden"), if any."""
    for facts in m.topics.values():
        for f in facts:
            text = (f.text or "").lower()
            if "ring" in text and "åbningstid" in text:
                return f
    return None


def answer_phone_hours(m: Municipality, q: Question) -> Answer:
    c = m.centre
    days, at = find_weekdays(q.text), hours.asked_clock(q.text)
    if days and c.phone_hours is not None:  # "kan jeg ringe fredag (kl 16)?"
        return _days_answer(m, days, at, phone_only=True, part=hours.asked_part_of_day(q.text))
    if c.phone_hours is None:
        answer = silent(m, "hvornår der er telefontid")
        if c.phone is not None:
            answer.sources.append(c.phone.source)
        said = _when_to_call(m)
        if said is not None:  # "... i åbningstiden": all the catalogue says, said as it says it
            answer.lines.insert(1, f"Kataloget siger kun: {said.text}")
            answer.sources.append(said.source)
            if c.phone is not None and gives_contact(said.text or "", m):
                answer.lines.pop()  # the number is in what the catalogue says
        return answer
    answer = _schedule_answer(m, c.phone_hours, "Telefontid:", "")
    if c.phone is not None:
        answer.lines.insert(0, reach_sentence(m))
        answer.sources.append(c.phone.source)
    return answer


def answer_phone(m: Municipality, q: Question) -> Answer:
    c = m.centre
    if c.phone is None:
        return silent(m, "hvilket telefonnummer centret har")
    reach = reach_person(m)
    answer = Answer(lines=list(reach.lines), sources=list(reach.sources))
    folded = fold(q.text)
    for extra in c.extra_contacts:
        if any(word in fold(extra.label) for word in folded.split() if len(word) > 3):
            answer.lines.append(f"{extra.label}: {extra.value}.")
            answer.sources.append(extra.source)
    return answer


def answer_email(m: Municipality, q: Question) -> Answer:
    c = m.centre
    if c.email is None:
        return silent(m, "hvilken e-mail centret har")
    return Answer(lines=[f"Du kan skrive til {c.email.value}.",
                         "Skriv ikke dit CPR-nummer eller helbredsoplysninger i en "
                         "almindelig mail."],
                  sources=[c.email.source])


ADDRESS_KEYWORDS = {
    "alcohol": ("alkohol", "drik", "druk", "sprut", "oel ", "fuld"),
    "drugs": ("stof", "hash", "kokain", "coke", "heroin", "amfetamin", "piller", "joint"),
    "youth": ("ung", "teenager", "skole"),
    "relatives": ("paaroerende", "foraeldre", "mor ", "far ", "mand", "kone", "kaereste"),
    "adults": ("voksen", "voksne"),
}


def answer_address(m: Municipality, q: Question) -> Answer:
    addresses = m.centre.addresses
    if not addresses:
        return silent(m, "hvor centret ligger")
    folded = f" {fold(q.text)} "
    wanted = {tag for tag, words in ADDRESS_KEYWORDS.items() if any(w in folded for w in words)}
    chosen = [a for a in addresses if wanted and wanted & set(a.serves)]
    if len(chosen) > 1 and len(wanted) > 1:
        # "stofbehandling for voksne": the address that serves the most of what was asked
        top = max(len(wanted & set(a.serves)) for a in chosen)
        chosen = [a for a in chosen if len(wanted & set(a.serves)) == top]
    chosen = chosen or list(addresses)
    if len(chosen) == 1:
        a = chosen[0]
        lines = [f"{m.centre.name.value} ligger på {a.one_line()}.", f"({a.label})"]
    else:
        lines = [f"{m.centre.name.value} har disse adresser:",
                 *(f"- {a.one_line()}: {a.label}" for a in chosen)]
    return Answer(lines=lines, sources=[a.source for a in chosen])


def _days_answer(m: Municipality, days: Sequence[str], at: Optional[str] = None,
                 phone_only: bool = False, part: Optional[Tuple[str, str, str]] = None) -> Answer:
    """Hours on the weekdays the user named ("har I åbent lørdag?"); with a clock time
    ("fredag kl 16"), whether it is open then comes first."""
    c = m.centre
    lines: List[str] = []
    sources: List[str] = []
    for label, schedule in (("Åbent", c.opening_hours), ("Telefontid", c.phone_hours)):
        if schedule is None or phone_only and label == "Åbent":
            continue
        what = "telefonen" if label == "Telefontid" else "centret"
        if at is not None and days:  # "fredag kl 16": open or not then, first
            lines.append(_at_time(schedule, days[0], at, what))
        elif part is not None and days:  # "fredag eftermiddag": open or not then, first
            lines.append(_in_part(schedule, days[0], part, what))
        for day in days:
            ranges = schedule.days.get(day, ())
            when = f"kl. {hours.format_ranges(ranges)}" if ranges else "lukket"
            lines.append(f"{label} {hours.DANISH_DAYS[day]}: {when}.")
        if not any(schedule.days.get(day) for day in days):  # "i weekenden?": closed, so when then
            lines.extend([f"{label}:", *hours.format_schedule(schedule)])
        sources.append(schedule.source)
    if not lines:
        return silent(m, "hvornår centret har åbent")
    if c.phone is not None and c.phone_hours is not None:
        lines.append(reach_sentence(m))
    return Answer(lines=lines, sources=sources)


def _in_part(schedule: Schedule, day: str, part: Tuple[str, str, str], what: str) -> str:
    """"Fredag eftermiddag er centret lukket." """
    label, start, end = part
    state = ("åben" if what == "telefonen" else "åbent") if hours.open_during(schedule, day, start, end) \
        else "lukket"
    return f"{hours.DANISH_DAYS[day].capitalize()} {label} er {what} {state}."


def _at_time(schedule: Schedule, day: str, at: str, what: str) -> str:
    """"Fredag kl. 16.00 er telefonen lukket." """
    state = "lukket" if not hours.open_at(schedule, day, at) else "åben" if what == "telefonen" else "åbent"
    return f"{hours.DANISH_DAYS[day].capitalize()} kl. {hours.format_time(at)} er {what} {state}."


def answer_open_now(m: Municipality, q: Question) -> Answer:
    c = m.centre
    days = find_weekdays(q.text)
    if days:
        return _days_answer(m, days, hours.asked_clock(q.text), part=hours.asked_part_of_day(q.text))
    now = q.now or hours.now_in_copenhagen()
    parts: List[Answer] = []
    if c.opening_hours is not None:
        status = hours.open_status(c.opening_hours, now)
        parts.append(Answer(lines=[hours.describe_status(status, "Centret har åbent")],
                            sources=[c.opening_hours.source]))
    if c.phone_hours is not None:
        status = hours.open_status(c.phone_hours, now)
        text = hours.describe_status(status, "Der er telefontid",
                                     closed="Telefonen er lukket lige nu")
        lines = [text] + ([reach_sentence(m)] if c.phone is not None else [])
        parts.append(Answer(lines=lines, sources=[c.phone_hours.source]))
    if not parts:
        return silent(m, "hvornår centret har åbent, så jeg kan ikke se, om der er åbent nu")
    return merge_answers(*parts)


# ------------------------------------------------------------------------------ offers


__all__ = ["answer_opening_hours", "answer_phone_hours", "answer_phone", "answer_email",
           "answer_address", "answer_open_now", "ADDRESS_KEYWORDS"]

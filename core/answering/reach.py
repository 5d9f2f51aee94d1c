"""How to reach a person at the centre: the one text, from the catalogue only.

Every place that tells someone how to get hold of a human (chat answers, triage, the
greeting, the widget, the channel's outage reply) uses these functions, so the four
municipalities' data shapes are worded the same everywhere:

- a phone number: "Ring til <centre> på <phone>." (+ phone hours, + the website);
- no phone, a website: "Se <website> eller kontakt <centre>.";
- no phone, an e-mail: "Skriv til <centre> på <e-mail>.";
- nothing (Fredericia's 2016 catalogue): the municipality and the centre's name.

:func:`reach_sentence` is that one sentence. :func:`contact_hint` adds the website, for
an answer that sends the person to the centre. :func:`reach_person` adds the phone hours
(and, given the time, whether the phone is answered now), for the greeting, the widget and
a triage recommendation.

This module depends on the knowledge model and :mod:`core.hours` only, so every answer
module (and :mod:`core.answering.answer`) can use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import List, Optional

from core.hours import describe_status, format_schedule, open_status
from core.knowledge.base import Municipality

HUMAN_LEAD = "Vil du tale med et menneske?"
NO_PHONE_HOURS = "Kataloget nævner ikke faste telefontider."


@dataclass
class ContactText:
    """Lines of Danish text about reaching a person, and the facts' sources."""

    lines: List[str]
    sources: List[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def reach_sentence(m: Municipality) -> str:
    """The one sentence saying how to reach the centre; only data the catalogue gives."""
    c = m.centre
    name = c.name.value
    if c.phone is not None:
        return f"Ring til {name} på {c.phone.value}."
    if c.website is not None:
        return f"Se {c.website.value} eller kontakt {name}."
    if c.email is not None:
        return f"Skriv til {name} på {c.email.value}."
    return f"Kataloget giver ikke et telefonnummer. Spørg {m.name} Kommune efter {name}."


def _website_line(m: Municipality) -> Optional[str]:
    """The website as a second way in, when the sentence gave the phone."""
    c = m.centre
    if c.phone is not None and c.website is not None:
        return f"Du kan også se {c.website.value}."
    return None


def contact_hint(m: Municipality) -> str:
    """Where to ask when the catalogue is silent: the one sentence (the phone, or where
    there is none the website, e-mail or municipality)."""
    return reach_sentence(m)


def phone_status(m: Municipality, now: datetime) -> str:
    """Whether the phone is answered at ``now`` and, if not, when next ("" without phone
    hours in the catalogue)."""
    schedule = m.centre.phone_hours
    if m.centre.phone is None or schedule is None or not schedule.days:
        return ""
    return describe_status(open_status(schedule, now), "Telefonen er åben",
                           "Telefonen er lukket lige nu")


def reach_person(m: Municipality, now: Optional[datetime] = None,
                 lead: bool = False) -> ContactText:
    """How to reach a person: the sentence, when the phone is answered, the website.

    Args:
        m: The municipality.
        now: With a time, also whether the phone (or the centre) is open now.
        lead: Start with "Vil du tale med et menneske?" (greetings).
    """
    c = m.centre
    first = reach_sentence(m)
    out = ContactText(lines=[f"{HUMAN_LEAD} {first}" if lead else first])
    for fact in (c.phone, c.website, c.email):
        if fact is not None and fact.value in first:
            out.sources.append(fact.source)
    if c.phone is not None:
        if c.phone_hours is not None:
            out.lines += ["Telefontid:", *format_schedule(c.phone_hours)]
            out.sources.append(c.phone_hours.source)
            if now is not None and phone_status(m, now):
                out.lines.append(phone_status(m, now))
        elif c.opening_hours is not None:
            out.lines += ["Åbningstid:", *format_schedule(c.opening_hours)]
            out.sources.append(c.opening_hours.source)
            if now is not None:
                out.lines.append(describe_status(open_status(c.opening_hours, now)))
        else:
            out.lines.append(NO_PHONE_HOURS)
    website = _website_line(m)
    if website:
        out.lines.append(website)
    return out

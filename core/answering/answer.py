"""The answer shown to a person: Danish lines, the facts' sources, and how it is rendered.

One definition for the whole project: ``actions/answers.py`` and ``core.answering`` both
build :class:`Answer` objects and render them the same way. An answer that states facts
ends with a source line ("Kilde: <document title>, <sections>"); an answer from an old
catalogue (before :data:`OUTDATED_BEFORE_YEAR`) also says that things may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List

from actions.knowledge_base import Fact, Municipality

OUTDATED_BEFORE_YEAR = 2020
MAX_SOURCES = 3


@dataclass
class Answer:
    """Lines of Danish text, the facts' sources, and optional quick-reply buttons."""

    lines: List[str]
    sources: List[str] = field(default_factory=list)
    buttons: List[Dict[str, str]] = field(default_factory=list)
    found: bool = True

    def render(self, m: Municipality) -> str:
        text = "\n".join(line for line in self.lines if line)
        if self.sources and m.document_year < OUTDATED_BEFORE_YEAR:
            text += (f"\n\nBemærk: Det kommer fra {m.name}s kvalitetsstandard fra "
                     f"{m.document_year}, så noget kan have ændret sig siden.")
        line = source_line(m, self.sources)
        return f"{text}\n\n{line}" if line else text


def source_line(m: Municipality, sources: Iterable[str]) -> str:
    sections: List[str] = []
    for source in sources:
        section = Fact(source=source).section
        if section not in sections:
            sections.append(section)
    if not sections:
        return ""
    return f"Kilde: {m.document_title}, {'; '.join(sections[:MAX_SOURCES])}"


def contact_hint(m: Municipality) -> str:
    """Where to ask when the catalogue is silent: only contact data the catalogue gives."""
    c = m.centre
    name = c.name.value
    if c.phone is not None:
        hint = f"Ring til {name} på {c.phone.value}"
        if c.website is not None:
            hint += f" eller se {c.website.value}"
        return hint + "."
    if c.website is not None:
        return f"Se {c.website.value} eller kontakt {name}."
    if c.email is not None:
        return f"Skriv til {name} på {c.email.value}."
    return (f"Kataloget giver ikke et telefonnummer eller en adresse, så kontakt "
            f"{m.name} Kommune og spørg efter {name}.")


def silent(m: Municipality, what: str) -> Answer:
    """The catalogue does not say: say so, and point to the centre."""
    return Answer(lines=[f"Det fremgår ikke af {m.document_title}, {what}.", contact_hint(m)],
                  sources=[], found=False)

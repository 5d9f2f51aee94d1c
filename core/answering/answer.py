"""The answer shown to a person: Danish lines, the facts' sources, and how it is rendered.

One definition for the whole project: ``core/answering/builders.py`` and ``core.answering`` both
build :class:`Answer` objects and render them the same way. An answer that states facts
ends with a source line ("Kilde: <document title>, <sections>"); for an old catalogue
(before :data:`OUTDATED_BEFORE_YEAR`) that line also says that things may have changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, Iterable, List, Optional, Set, Tuple

from core.answering.reach import contact_hint as contact_hint  # re-exported for callers of answer
from core.answering.reach import phone_status, reach_sentence
from core.answering.text import stem
from core.hours import next_opening, open_status
from core.knowledge.base import Fact, Municipality

OUTDATED_BEFORE_YEAR = 2020
MAX_SOURCES = 3


@dataclass
class Answer:
    """Lines of Danish text, the facts' sources, and optional quick-reply buttons."""

    lines: List[str]
    sources: List[str] = field(default_factory=list)
    buttons: List[Dict[str, str]] = field(default_factory=list)
    found: bool = True
    # the composer said exactly what it means to (e.g. silent on one point): no other fact
    # with the word asked is put in front of it
    settled: bool = False

    def render(self, m: Municipality, now: Optional[datetime] = None) -> str:
        """The text to show; with ``now``, a phone number given also says whether the phone
        is answered now and, if not, when (people write at night)."""
        text = "\n".join(without_repeats(line for line in self.lines if line))
        if points_to_the_centre(text) and not gives_contact(text, m):
            text += "\n" + contact_hint(m)
        if now is not None:
            text += reachable_now(text, m, now)
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
    return f"Kilde: {short_title(m)}{old_note(m)}, {'; '.join(sections[:MAX_SOURCES])}"


def old_note(m: Municipality) -> str:
    """For a catalogue from before :data:`OUTDATED_BEFORE_YEAR`: that it is old, inside the
    source line ("Kilde: Fredericias kvalitetsstandard 2016 (noget kan være ændret siden), ...")."""
    if m.document_year >= OUTDATED_BEFORE_YEAR:
        return ""
    return " (noget kan være ændret siden)"


_LONG_TITLE = re.compile(r"^(\w+) for .*?(\d{4}(?:-\d{4})?)$")


def short_title(m: Municipality) -> str:
    """The catalogue's title in few words for the source line ("Indsatskatalog for
    Misbrugscenter Sønderborg 2020" -> "Sønderborgs indsatskatalog 2020")."""
    match = _LONG_TITLE.match(m.document_title)
    if match is None:
        return m.document_title
    return f"{m.name}s {match.group(1).lower()} {match.group(2)}"


# A sentence ends before a capital letter, not after "kl." or "fx." in the middle of one.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
# The labels of an offer's fields (core.answering.compose); a day's hours are never a repeat.
_LABEL = re.compile(r"^(?:For|Alder|Sted|Pris|Samtykke|Hele forløbet|Hvor tit|Hver gang|"
                    r"Sådan kommer du i gang): ")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# Words that turn a sentence around: a sentence with one its look-alike lacks is new.
_TURNING = frozenset(("ikke", "ingen", "aldrig", "kun", "ikk", "uden", "intet", "not", "no"))
# Share of a sentence's words an earlier sentence must hold for it to say the same rule
# ("Ved behov indhenter centret samtykke, fx hvis du er under 15 år." after "Ved behov kan
# der blive indhentet samtykke, fx hvis du er under 15 år.").
NEAR_REPEAT_SHARE = 0.85
NEAR_REPEAT_MIN_WORDS = 8
NEAR_REPEAT_MIN_TELLING = 6


_HEAD = re.compile(r"^([^:.!?]{1,60}):\s")


def _head(sentence: str) -> str:
    """The name a line is about ("Unge: 2-4 gange om måneden." -> "unge"), or ""."""
    match = _HEAD.match(_LABEL.sub("", sentence))
    return _plain(match.group(1)) if match else ""


def _telling(core: str) -> Set[str]:
    """The words that carry a sentence's content (stems of words of four letters or more,
    and numbers): "indhenter" and "indhentet" are one word, "der" and "er" none."""
    return {w if w.isdigit() else stem(w) for w in core.split() if w.isdigit() or len(w) >= 4}


def _near_repeat(head: str, core: str, words: Set[str], earlier: List[Tuple[str, Set[str], Set[str]]]) -> bool:
    """``words`` (the telling words of ``core``) are mostly those of an earlier sentence about
    the same thing (``head``), with no "not" and no number of their own."""
    if len(core.split()) < NEAR_REPEAT_MIN_WORDS or len(words) < NEAR_REPEAT_MIN_TELLING:
        return False
    turning = set(core.split()) & _TURNING  # as written: "aldrig" and "ingen" stem to no "not"
    for before_head, before, turned in earlier:
        if head and head != before_head:
            continue  # the same words about another offer: both are answers
        if turning - turned or {w for w in words if w.isdigit()} - before:
            continue  # a "not" or a number of its own: it says something else
        if len(words & before) >= NEAR_REPEAT_SHARE * len(words):
            return True
    return False


def without_repeats(lines: Iterable[str]) -> List[str]:
    """The lines without a sentence that only repeats what an earlier one said ("Én samtale
    på 30 minutter. 30 minutter.", or the same rule in other words); a label ("Hvor tit: ")
    does not make it new."""
    said = ""
    earlier: List[Tuple[str, Set[str], Set[str]]] = []
    out: List[str] = []
    for line in lines:
        kept = []
        for sentence in _SENTENCE.split(line):
            core = _plain(_LABEL.sub("", sentence))
            if len(core.split()) >= 2 and re.search(r"[^\W\d_]{3,}", core) and f" {core} " in said:
                continue
            head, telling = _head(sentence), _telling(core)
            if not line.lstrip().startswith(("-", "•")) and _near_repeat(head, core, telling, earlier):
                continue
            kept.append(sentence)
            said += " " + _plain(sentence) + " "
            earlier.append((head, telling, set(core.split()) & _TURNING))
        if kept and any(_plain(k) for k in kept):
            out.append(" ".join(kept))
    return out


# An answer that says the catalogue is silent, or tells the person to contact the centre,
# must also say how: the centre's phone or website, from the catalogue.
_POINTS_TO_CENTRE = re.compile(
    r"\b(?:fremgår (?:det )?ikke|siger ikke|står (?:der )?ikke|nævner ikke|oplyser ikke)\b|"
    r"\b(?:kontakt|ring til|spørg) (?:misbrugscent|rusmiddelcent|centret|stedet|os\b)",
    re.IGNORECASE)


def points_to_the_centre(text: str) -> bool:
    """``text`` says the catalogue is silent or sends the person to the centre."""
    return bool(_POINTS_TO_CENTRE.search(text))


def mentions_phone(text: str, m: Municipality) -> bool:
    """``text`` holds the centre's phone number, however its digits are grouped."""
    if m.centre.phone is None:
        return False
    digits = re.sub(r"\D", "", m.centre.phone.value)
    return bool(digits) and re.search(r"[\s.-]?".join(digits), text) is not None


def gives_contact(text: str, m: Municipality) -> bool:
    """``text`` already holds a way to reach the centre (its phone, website or e-mail, or
    for a catalogue with none of them the sentence that says whom to ask)."""
    c = m.centre
    if mentions_phone(text, m) or reach_sentence(m) in text:
        return True
    return any(v is not None and v.value.lower() in text.lower()
               for v in (c.website, c.email))


# The answer already says whether the phone is answered now (the phone-hours answer).
_ALREADY_SAYS_NOW = re.compile(r"\b(?:telefontid|telefonen er|ringe) .{0,20}\bnu\b|lige nu er der lukket",
                               re.IGNORECASE)


def reachable_now(text: str, m: Municipality, now: datetime) -> str:
    """For an answer that gives the centre's phone number: whether it is answered now, and
    when next if not ("" when the catalogue has no phone hours or the text says it)."""
    hours = m.centre.phone_hours
    if hours is None or not hours.days:
        return ""
    if not mentions_phone(text, m) or _ALREADY_SAYS_NOW.search(text):
        return ""
    status = open_status(hours, now)
    opens = "" if status.is_open else next_opening(status)
    if not opens:
        return "\n" + phone_status(m, now)
    return f"\nTelefonen er lukket nu, åbner {opens}. {MEANWHILE}"


# What a person can do while the phone is closed (at night): the chat is always open.
MEANWHILE = "Skriv gerne her imens."


def silent(m: Municipality, what: str) -> Answer:
    """The catalogue does not say: say so, and point to the centre."""
    return Answer(lines=[f"Det fremgår ikke af {m.document_title}, {what}.", contact_hint(m)],
                  sources=[], found=False)

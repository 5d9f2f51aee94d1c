"""The result of redaction and the spans of a message that detectors have claimed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

PLACEHOLDERS: Dict[str, str] = {
    "cpr": "[CPR]", "phone": "[TLF]", "email": "[EMAIL]", "ip": "[IP]", "url": "[URL]",
    "profile": "[PROFIL]", "address": "[ADRESSE]", "plate": "[NUMMERPLADE]",
    "school": "[SKOLE]", "class": "[KLASSE]", "workplace": "[ARBEJDSPLADS]", "name": "[NAVN]",
}

# How the note to the user names each kind: (one, several).
KIND_WORDS: Dict[str, Tuple[str, str]] = {
    "name": ("et navn", "navne"),
    "cpr": ("et CPR-nummer", "CPR-numre"),
    "phone": ("et telefonnummer", "telefonnumre"),
    "email": ("en mailadresse", "mailadresser"),
    "ip": ("en IP-adresse", "IP-adresser"),
    "url": ("et link", "links"),
    "profile": ("en profil på sociale medier", "profiler på sociale medier"),
    "address": ("en adresse", "adresser"),
    "plate": ("en nummerplade", "nummerplader"),
    "school": ("navnet på en skole", "navne på skoler"),
    "class": ("en skoleklasse", "skoleklasser"),
    "workplace": ("navnet på en arbejdsplads", "navne på arbejdspladser"),
}
_COUNT_WORDS = {2: "to", 3: "tre", 4: "fire"}

PLACEHOLDER_TEXT = re.compile(r"\[(?:" + "|".join(p[1:-1] for p in PLACEHOLDERS.values())
                               + r")\]")

TRAIL = ".,!?;:)]}\"'»"


def hint(text: str, needles: Sequence[str]) -> bool:
    return any(needle in text for needle in needles)


# ---------------------------------------------------------------------------- result

@dataclass
class Redaction:
    """The redacted text and which kinds of detail were removed, one entry per detail."""

    text: str
    kinds: List[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.kinds)

    @property
    def note(self) -> Optional[str]:
        """What to tell the user, or ``None`` when nothing was removed."""
        return redaction_note(self.kinds) if self.kinds else None


def describe_kinds(kinds: Sequence[str]) -> str:
    """"et navn og et telefonnummer", "to navne, en adresse og en mailadresse"."""
    counts: Dict[str, int] = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    parts = []
    for kind, count in counts.items():
        one, several = KIND_WORDS.get(kind, ("en oplysning", "oplysninger"))
        parts.append(one if count == 1 else f"{_COUNT_WORDS.get(count, 'flere')} {several}")
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def redaction_note(kinds: Sequence[str]) -> str:
    """The note for the user, naming exactly what was removed."""
    return f"Jeg har fjernet {describe_kinds(kinds)} fra din besked, for chatten er anonym."


class Marks:
    """Spans of the text already claimed: a kind to replace, or ``None`` to keep as it is."""

    __slots__ = ("text", "spans", "claimed")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: List[Tuple[int, int, Optional[str]]] = []
        self.claimed = bytearray(len(text))  # 1 where a span lies: checks stay O(length)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, end) == -1

    def add(self, start: int, end: int, kind: Optional[str]) -> bool:
        if start < end and self.free(start, end):
            self.spans.append((start, end, kind))
            self.claimed[start:end] = b"\x01" * (end - start)
            return True
        return False

    def widen(self, start: int, end: int, kind: str) -> bool:
        """Add a span; where it overlaps spans of the same kind only, they become one span
        over both ("[malerfirma] hansen & søn" and "malerfirma [hansen & søn]")."""
        if self.add(start, end, kind):
            return True
        if start >= end:
            return False
        overlapping = [s for s in self.spans if s[0] < end and start < s[1]]
        if not overlapping or any(s[2] != kind for s in overlapping):
            return False
        lo = min([start] + [s[0] for s in overlapping])
        hi = max([end] + [s[1] for s in overlapping])
        for span in overlapping:
            self.spans.remove(span)
            self.claimed[span[0]:span[1]] = bytes(span[1] - span[0])
        if self.free(lo, hi):
            return self.add(lo, hi, kind)
        for span in overlapping:  # something else lies in between: leave it as it was
            self.spans.append(span)
            self.claimed[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        return False

    def taken(self, pos: int) -> bool:
        return 0 <= pos < len(self.claimed) and self.claimed[pos] == 1

    def render(self) -> Redaction:
        out: List[str] = []
        kinds: List[str] = []
        pos = 0
        for start, end, kind in sorted(self.spans):
            if kind is None:
                continue
            out.append(self.text[pos:start])
            out.append(PLACEHOLDERS[kind])
            kinds.append(kind)
            pos = end
        out.append(self.text[pos:])
        return Redaction(text="".join(out), kinds=kinds)


def strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    return end



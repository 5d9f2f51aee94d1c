"""The question in a story: a long message tells what happened and then asks.

"Min mand drikker. Han har sagt ja til at ringe til jer i næste uge. Hvilken slags
behandling får han, når der er børn?" asks about the treatment, not the phone: the words of
the story ("ringe") are not what the person asks. When a message of several sentences holds
a question, the details asked are read from its question sentences only.
"""

from __future__ import annotations

import re
from typing import List, Optional

from core.answering.text import skeleton, skeleton_pattern

# Sentence ends: ".", "!", "?", a line break; not a dot inside "kl. 8", "ca. 3" or "2.g".
_SPLIT = re.compile(r"(?<=[!?])\s+|(?<=[a-zæøå)\"'])\.\s+(?=[A-ZÆØÅa-zæøå])|\n+")

# A sentence that asks: a question mark, a question word or inverted verb first, or an
# indirect question ("jeg vil gerne vide, om ...", "jeg er i tvivl om ...").
_ASKS = re.compile(skeleton_pattern(
    r"^(og |men |så )?(hvad|hva|hvor|hvordan|hvorn[aå]r|hvem|hvilke[nt]?|hvorfor|kan|ka|har|er|findes|"
    r"m[aå]|skal|vil|gælder|f[aå]r|koster|what|where|how|when|who|which|can|is|are|do|does|will)\b|"
    r"\b(vil|ville) (gerne|godt) (vide|høre)\b|\bspørge (om|hvad|hvordan|hvor)\b|"
    r"\bundrer mig\b|\bwonder"))

# Sentences needed before a message counts as a story with a question in it.
MIN_SENTENCES = 3


def sentences(text: str) -> List[str]:
    return [s.strip() for s in _SPLIT.split(text.strip()) if s and s.strip()]


def asking(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(_ASKS.search(skeleton(sentence.strip())))


def asked_part(text: str) -> Optional[str]:
    """The question sentences of a story with a question, or None when the message is short
    or asks nothing in a sentence of its own (then all of it is the question)."""
    parts = sentences(text)
    if len(parts) < MIN_SENTENCES:
        return None
    asked = [s for s in parts if asking(s)]
    return " ".join(asked) if asked and len(asked) < len(parts) else None

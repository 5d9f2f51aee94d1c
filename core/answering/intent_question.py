"""The question an NLU intent answers: the intent, the words and the offers named, and
how answers of several parts are put together.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional, Sequence

from core.answering.answer import Answer


@dataclass
class Question:
    """What the user asked, already understood by NLU."""

    intent: str
    text: str = ""
    offer_hints: Sequence[str] = ()
    now: Optional[datetime] = None


def merge_answers(*answers: Answer) -> Answer:
    """The lines, sources and buttons of ``answers`` in order."""
    merged = Answer(lines=[], sources=[])
    for a in answers:
        merged.lines.extend(a.lines)
        merged.sources.extend(a.sources)
        merged.buttons.extend(a.buttons)
    return merged


__all__ = ["Question", "merge_answers"]

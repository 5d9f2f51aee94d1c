"""Recognise messages about acute danger so that 112 comes before anything else.

Patterns run on folded text (æ/ø/å as ae/oe/aa), so "jeg vil ikke leve mere",
"jeg vil ikke leve mer" and "jeg vil ikke laengere leve" all match. Recall matters more
than precision here: a false alarm costs one calm extra message; a miss could cost a life.
"""

from __future__ import annotations

import re
from typing import Optional

from actions.text import fold

_PATTERNS = {
    "suicide": [
        r"\b(tage|tag|tager|taget) (mit|sit|dit) (eget )?liv",
        r"\bselvmord", r"\bselvmoerd", r"\bsuicid", r"\bkill myself", r"\bsuicide",
        r"\b(slaa|slå|slar|slaar) (mig|mig selv) ihjel", r"\bdraebe mig selv",
        r"\bvil (ikke|ik|ikk) (leve|lev|vaere her|vaere i live)",
        r"\bikke (leve|lev) (mere|mer|laengere)", r"\borker ikke (at )?leve",
        r"\bvil (gerne )?(doe|do|dø)\b", r"\bhar lyst til at (doe|do)\b",
        r"\bender det hele", r"\b(goer|goere|gjorde) en ende paa", r"\bende paa det hele",
        r"\b(braendt|braender|braende|skaaret|skadet|slaaet|sulter) mig selv",
        r"\bmed vilje\b.*\bmig selv|\bmig selv\b.*\bmed vilje",
        r"\b(skaerer|skaere|skar|skære) (i )?(mig|mine arme|mine haandled)",
        r"\bskade (mig selv|mig)", r"\bcutter\b", r"\bingen grund til at leve",
        r"\bvil vaere doed", r"\bvaere doed\b", r"\bhelst vaere doed",
    ],
    "overdose": [
        r"\boverdos", r"\bodet\b", r"\bover ?dosis",
        r"\b(vaagner|vagner|vågner) (ikke|ik)\b", r"\bkan ikke vaekke",
        r"\b(traekker|trakker) (ikke|ik) vejret", r"\bsvaert ved at traekke vejret",
        r"\btraekker vejret (underligt|maerkeligt|daarligt|langsomt)",
        r"\bbevidstloes", r"\bbevidstlos", r"\bblaa (i )?(ansigtet|laeberne)",
        r"\bfor mange piller", r"\btaget for meget\b", r"\bkramper\b",
        r"\bbesvimet\b", r"\breagerer ikke",
    ],
    "violence": [
        r"\b(slaar|slår|slar|sparker|truer|kvæler|kvaeler) (mig|os|min mor|min far|mine)",
        r"\bhar en kniv", r"\btruer med (at )?(slaa|draebe|kniv)", r"\bvold\b",
        r"\ber bange for (ham|hende|min far|min mor|min mand)",
        r"\bslog mig\b", r"\bbanker (mig|os)",
    ],
    "child": [
        r"\b(barn|boern|baby|lillebror|lillesoester|soeskende)\b.*\balene\b",
        r"\balene hjemme med",
        r"\b(passer|tager sig) ikke af (min|mine|barnet|boernene|baby)",
        r"\bbarn(et)? (er )?i fare", r"\bboern(ene)? (er )?i fare",
        r"\bfuld(e)? (og|mens).*\b(baby|barn|boern|lillesoester|lillebror)",
    ],
}
_COMPILED = {kind: [re.compile(p) for p in patterns] for kind, patterns in _PATTERNS.items()}


def detect_crisis(text: str) -> Optional[str]:
    """Return ``suicide``, ``overdose``, ``violence`` or ``child``, or ``None``."""
    folded = fold(text)
    for kind, patterns in _COMPILED.items():
        if any(p.search(folded) for p in patterns):
            return kind
    return None

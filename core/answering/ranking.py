"""The order of a topic's facts for the question asked: a complaint about a refusal gets the
deadline and the next instance first, a complaint about staff where such complaints go.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from typing import List, Sequence

from core.answering.text import content_words, normalise, stem
from core.knowledge.base import Fact

# A complaint about a decision ("afslag", "uenig i afgørelsen"): the way a decision is
# appealed (to whom, the deadline, the next instance) comes first.
_DECISION = re.compile(r"\bafslag|\bafgørelse|\bafgoerelse|\bafgorelse|\buenig|\bnej til\b|\bsagt nej\b|"
                       r"\bafvist|\brefused|\bdecision|\bfastholder|\bappeal")
_APPEAL_WORDS = ("afgørelse", "afslag", "ankestyrelsen", "uger", "senest")
# A complaint about a person who works there: where such complaints go.
_STAFF = re.compile(r"\bmedarbejder|\bpersonale|\bbehandler(en|ne)?\b|\bansat|\bgrim|\buhøflig|\bopførsel|"
                    r"\bopfoersel|\bunfriendly|\brude\b|\bstaff")
_STAFF_ROUTE = ("afdelingsleder",)


def rank_facts(facts: Sequence[Fact], text: str, extra: Sequence[str] = ()) -> List[Fact]:
    """``facts`` with those sharing the most words with the question (and ``extra``) first;
    the catalogue's order otherwise."""
    asked = {stem(w) for w in content_words(normalise(text)) if len(w) > 3}
    wanted = {stem(w) for w in extra}  # the words of the kind of answer asked count double

    def shared(f: Fact) -> int:
        own = {stem(w) for w in content_words(normalise(f.text or ""))}
        return len(asked & own) + 2 * len(wanted & own)
    return [f for _, f in sorted(enumerate(facts), key=lambda p: (-shared(p[1]), p[0]))]


def _appeal_first(facts: Sequence[Fact], text: str) -> List[Fact]:
    """A decision complained about: the deadline, then the next instance, then the rest."""
    def step(f: Fact) -> int:
        t = (f.text or "").lower()
        return 0 if re.search(r"\b\d+ uger\b", t) else 1 if "ankestyrelsen" in t else 2
    ranked = rank_facts(facts, text, _APPEAL_WORDS)
    return sorted(ranked, key=step)


# What a follow-up in a complaint thread asks: the deadline ("hvor lang tid har hun?"), where
# the complaint goes next when the centre holds on ("og hvis de ikke ændrer mening?"), or
# someone outside the centre ("kan han gå til nogen uvildige?"); each with the words of the
# facts that answer it.
_ASKED_STEP = (
    (re.compile(r"\bhvor lang tid\b|\bfrist|\bhvor hurtigt\b|\binden for\b|\bhvornår skal\b|\bdeadline|\bhow long"),
     re.compile(r"\b\d+ uger\b|\bfrist|\bsenest\b")),
    (re.compile(r"\bikke (ændrer|aendrer|skifter) (mening|afgørelse|beslutning)|\bfastholder|\bstadig (nej|afslag)|"
                r"\b(får|faar) (hun|han|jeg|vi|de) (stadig )?ikke (ret|medhold)|"
                r"\bhvad (sker|så) (der )?(så|saa|bagefter)|"
                r"\bvidere\b|\banke"),
     re.compile(r"ankestyrelsen|\bvidere\b")),
    (re.compile(r"\buvildig|\buafhængig|\bneutral|\budefra|\buden for (centret|kommunen)|\bindependent"),
     re.compile(r"borgerrådgiver|borgerraadgiver|ombudsmand|patientklager|tilsyn")),
)


def complaint_facts_first(facts: Sequence[Fact], text: str) -> List[Fact]:
    """The complaint facts in the order the question needs them (the catalogue's otherwise)."""
    for asked, answering in _ASKED_STEP:
        if asked.search(text.lower()):
            return sorted(rank_facts(facts, text), key=lambda f: not answering.search((f.text or "").lower()))
    if _STAFF.search(text.lower()):  # "en behandler var grim": to whom
        return sorted(rank_facts(facts, text),
                      key=lambda f: not any(w in (f.text or "").lower() for w in _STAFF_ROUTE))
    if _DECISION.search(text.lower()):
        return _appeal_first(facts, text)
    return list(facts)


__all__ = ["rank_facts", "complaint_facts_first"]

"""Which groups there are: "har I grupper, man kan gå i?" with no offer named.

A person who wants to stop and asks for groups gets the municipality's group offers for
them (their substance and age; the relatives' groups when a relative asks for themself),
each in one line with how often it meets, not a form and not one offer picked at random.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from typing import List, Optional

from core.answering.answer import Answer
from core.answering.facts import fits_age, sentences, serves_substance, short_name
from core.answering.resolve import RELATIVE_ASKERS
from core.answering.text import normalise, skeleton_pattern
from core.answering.understand import Question
from core.knowledge.base import Municipality, Offer

MAX_GROUPS = 4
# "har I grupper?", "hvad har I af grupper for folk der tager stoffer?", "any groups?"
_ASKS = re.compile(skeleton_pattern(
    r"\b(har i|findes der|er der|hvad har i af|hvilke|nogen|tilbyder i|kan (jeg|man|han|hun) (gå|komme) i) "
    r"(\w+ ){0,2}(grupper|gruppetilbud|gruppeforløb|gruppebehandling|hold)\b|\b(any|which) (\w+ )?groups\b"))
_GROUP_WORD = re.compile(r"\bgrupp?e\w*|\bgruppe")
# Categories a person who uses gets groups from; relatives' groups only for relatives.
_USER_CATEGORIES = frozenset(("counselling", "youth", "assessment", "adult_outpatient", "day_treatment",
                              "aftercare", "medication", "other"))


def asks_for_groups(text: str) -> bool:
    return bool(_ASKS.search(normalise(text)))


def _is_group(o: Offer) -> bool:
    first = sentences(o.summary.text)[0] if o.summary is not None and o.summary.text else ""
    return bool(_GROUP_WORD.search(normalise(o.name)) or _GROUP_WORD.search(normalise(first)))


def group_offers(m: Municipality, q: Question) -> List[Offer]:
    """The group offers for the person the question is about."""
    relatives = q.asker in RELATIVE_ASKERS and not q.for_them
    wanted = frozenset(("relatives",)) if relatives else _USER_CATEGORIES
    return [o for o in m.offers if o.category in wanted and _is_group(o)
            and (relatives or serves_substance(o, q.substance))
            and not any(fits_age(o, age) is False for age in q.ages[:1])][:MAX_GROUPS]


def compose_groups(m: Municipality, q: Question) -> Optional[Answer]:
    """The group offers in one line each (how often they meet), or None when there are none."""
    offers = group_offers(m, q)
    if not offers:
        return None
    lines = ["Der er disse grupper:" if len(offers) > 1 else "Der er denne gruppe:"]
    sources: List[str] = []
    for o in offers:
        often = o.fact("frequency")
        lines.append(f"- {short_name(o)}" + (f": {often.text}" if often is not None and often.text else ""))
        sources.append((often or o.summary).source if (often or o.summary) is not None else "")
    return Answer(lines=lines, sources=[s for s in sources if s])


__all__ = ["asks_for_groups", "compose_groups", "group_offers"]

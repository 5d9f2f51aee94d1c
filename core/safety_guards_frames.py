"""Frames around a hit that :mod:`core.safety_guards` reads since set K: an idiom that only
sounds like danger ("hænge mig til tørre"), a later time inside a sentence that began in
the past ("i går sagde han ..., og i dag har han ..."), a clause still told in the past
tense within a past story whose person recovered, and a long message opened by a project or a planning frame.
"""

from __future__ import annotations

import re

from core.safety_patterns_guards import _DISTRESS, _HYPOTHETICAL, _now

# Idioms with "hænge", "dræbe" and "slå ihjel" in a sense that is no danger: "chefen hænger
# mig til tørre", "hun hængte mig ud på Facebook", "kunne dræbe for en kop kaffe", "slå tiden ihjel"
_IDIOM = re.compile(
    r"\bhaeng\w* (?:mig|dig|ham|hende|os|dem|sig)(?: selv)? (?:\w+ )?(?:til toerre|til tore|ud(?: for| som| paa| "
    r"offentligt| foran|$)|op paa)|"
    r"\b(?:kunne|ku|kan) (?:\w+ )?(?:draebe|myrde|slaa (?:\w+ )?ihjel) for (?:en|et|noget|at)\b|"
    r"\b(?:draebe|draeber|draebte|slaa|slaar|slog) (?:\w+ )?(?:tiden|stemningen|hyggen|samtalen|en flaske|flasken|"
    r"en bajer)\b")

# A later time in the clause itself: "..., og i dag har han givet sin bror sit ur"
_LATER_TODAY = re.compile(r"\b(?:i dag|idag|her til morgen|today)\b")

# A clause in the past tense and not in the present: "det var en fremmed der ringede 112"
_PAST_TENSE_VERB = re.compile(r"\b(?:var|blev|havde|kom|stod|ringede|tog|fik|gik|saa|sagde|kunne|skulle|vidste|"
                              r"troede|kørte|koerte|\w{3,}ede)\b")
_PRESENT_VERB = re.compile(r"\b(?:er|har|kan|skal|vil|tager|ligger|sidder|staar|gaar|kommer|bliver|siger|svarer|"
                           r"reagerer|traekker|ved|tror|orker|gider|nu|lige)\b")

# The opening of a long message that frames it all: a school project, a theme day planned
_OPENING_WORDS = 40


def idiom(clause: str, position: int) -> bool:
    """The hit at ``position`` is part of an idiom that is no danger."""
    for found in _IDIOM.finditer(clause):
        if found.start() <= position + 2 and position < found.end():
            return True
    return False


def later_today(clause: str, past_in_clause: bool) -> bool:
    """The clause moves the story on to today, after a past time said earlier in its sentence."""
    return bool(_LATER_TODAY.search(clause)) and not past_in_clause


# The one it happened to came through: "kom sig heldigvis helt", "i dag har hun det godt"
_RECOVERY = re.compile(r"\b(?:kom sig|kommet sig|overlevede|(?:blev|er) udskrevet|(?:er|blev) (?:helt )?rask|"
                       r"har det (?:\w+ )?(?:godt|fint|bedre) (?:nu|i dag|igen)|(?:i dag|nu) har (?:han|hun|jeg|de) "
                       r"det (?:\w+ )?(?:godt|fint|bedre)|recovered)\b")


def told_in_past(clause: str, whole: str) -> bool:
    """The clause tells an event in the past tense with no verb in the present, in a
    message that says the one it happened to has recovered."""
    return bool(_PAST_TENSE_VERB.search(clause)) and not _PRESENT_VERB.search(clause) and \
        bool(_RECOVERY.search(whole))


def framed_by_opening(whole: str) -> bool:
    """A long message whose first words set a project or a planning frame ("jeg skal
    skrive en opgave om ...", "vi planlægger en temadag ...") and which says no despair and
    nothing happening now ("nu skal jeg skrive noget akut: ..." is no project)."""
    first = " ".join(whole.split()[:_OPENING_WORDS])
    return bool(_HYPOTHETICAL.search(first)) and not _DISTRESS.search(whole) and not _now(whole)

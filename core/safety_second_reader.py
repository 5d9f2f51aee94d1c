"""When the trained second reader (:mod:`core.safety_model`) may add a crisis answer.

It reads the message without the clauses whose words of danger the rules' guards closed
(negated, past, hypothetical, a joke, a habit: "har taget piller hver weekend"): "jeg har
ikke lyst til at dø" must not lend its words to the rest. With an open word of danger it
needs less certainty (:data:`core.safety_model.WORD_THRESHOLD`) than without one.
"""

from __future__ import annotations

import re
from typing import List

from core.safety_guards import _LAUGH, _STOP_HABIT, _STOPPING_USE, _guarded, _negated_word
from core.safety_model import MIN_WORDS_WITHOUT_DANGER, THRESHOLD, WORD_THRESHOLD, model
from core.safety_patterns import _CRISIS_WORDS
from core.safety_patterns_child import _without_adult_alone
from core.safety_patterns_guards import _DISTRESS, _NOW

KINDS = ("suicide", "self_harm", "overdose", "violence", "child", "general")

# Use as a habit, not an event now: "har taget piller hver weekend siden jeg var 16"
_HABITUAL_USE = re.compile(r"\b(?:hver (?:dag|nat|aften|morgen|weekend|fredag|loerdag|gang)|dagligt|i weekenderne|"
                           r"(?:i|gennem) (?:\w+ )?(?:aar|maaneder)|siden jeg var \d+)\b")

# Something that has happened again and again, told as a habit ("mange gange", "tit")
_REPEATED = re.compile(r"\b(?:mange|flere|nogle|et par|tusind) gange\b|\b(?:tit|ofte|tidligere)\b")

# The thing to quit: "hjælp til at komme ud af sovepillerne", "trappe ud af benzoen"
_QUIT_OBJECT = re.compile(r"\b(?:komme ud af|ud af|stoppe (?:helt )?med|holde op med|trappe (?:ud|ned) (?:af|fra|med)|"
                          r"af med|afvaenne\w* (?:fra|af)|slippe) (?:(?:de|det|den|mine|min|mit|alle) )?\w*$")


# The last use of a substance, said as a decision: "sidste joint i går", "i dag var sidste gang jeg drak"
_LAST_USE = re.compile(r"\bsidste (?:joint|oel|bajer|oelle|flaske|glas|fix|streg|bane|pille|smoeg|cigaret|rus|brandert|"
                       r"dag som (?:ryger|drinker|bruger|misbruger)|"
                       r"gang (?:jeg|vi) (?:\w+ )?(?:drak|drikker|roeg|ryger|"
                       r"tog|tager|sniffede|brugte|roerte|var fuld|var skaev))\b")


def _quit_said(normalised: str) -> bool:
    """A wish to stop a substance, said with no despair: its words of ending ("jeg vil ikke
    mere", "så er det slut") are about the substance, not about living."""
    return bool(_LAST_USE.search(normalised) or _STOP_HABIT.search(normalised) or _STOPPING_USE.search(normalised)) \
        and not _DISTRESS.search(_LAST_USE.sub(" ", normalised))


def _danger_words(clause: str, alone_is_danger: bool) -> List["re.Match[str]"]:
    """The words of danger in a clause; "alene" not where an adult is the one alone (a brother
    alone after treatment is no danger)."""
    return [w for w in _CRISIS_WORDS.finditer(clause) if alone_is_danger or w.group(0) != "alene"]


def model_says_crisis(text: str, normalised: str, parts: List[str]) -> bool:
    """The trained second reader's verdict on the clauses the rules' guards left open."""
    trained = model()
    if trained is None:
        return False
    alone_is_danger = " alene" in _without_adult_alone(normalised)
    kept: List[str] = []
    any_open = False
    for clause in parts:
        words = _danger_words(clause, alone_is_danger)
        habit = _HABITUAL_USE.search(clause) and not _NOW.search(clause)
        open_words = [w for w in words if not habit and not _QUIT_OBJECT.search(clause[:w.start()])
                      and not _negated_word(clause, w.start(), w.group(0))
                      and not _guarded(clause, "general", normalised, w.group(0))]
        any_open = any_open or bool(open_words)
        if open_words or not words:
            kept.append(clause)
    if not kept or not any_open and len(normalised.split()) < MIN_WORDS_WITHOUT_DANGER:
        return False  # "og prisen?": too little to read a crisis in without a word of danger
    if not any_open and _LAUGH.search(normalised) and not _NOW.search(normalised):
        return False  # "brækker nok halsen på de hæle 😂": a joke with no word of danger
    if not any_open and _quit_said(normalised):
        return False  # "sidste joint i går. jeg vil ikke mere": the writer quits the joint
    if not any_open and _REPEATED.search(normalised) and not _NOW.search(normalised):
        return False  # "har drukket mig helt væk mange gange": a habit told, nothing happening now
    read = text if len(kept) == len(parts) else " . ".join(kept)
    return trained.predict(read).probability >= (WORD_THRESHOLD if any_open else THRESHOLD)


def model_kind(text: str) -> str:
    trained = model()
    kind = trained.predict(text).kind if trained is not None else None
    return kind if kind in KINDS else "general"

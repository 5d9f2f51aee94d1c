"""When the trained second reader (:mod:`core.safety_model`) may add a crisis answer.

It reads the message without the clauses whose words of danger the rules' guards closed
(negated, past, hypothetical, a joke, a habit: "har taget piller hver weekend"): "jeg har
ikke lyst til at dø" must not lend its words to the rest. With an open word of danger it
needs less certainty (:data:`core.safety_model.WORD_THRESHOLD`) than without one. A message
of two or more sentences can also be read in windows (:mod:`core.safety_windows`, off by default), so that a
crisis sentence buried in a long ordinary message is not diluted by the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional

import core.safety_windows as windows_module
from core.safety_guards import _LAUGH, _STOP_HABIT, _STOPPING_USE, _guarded, _negated_word
from core.safety_model import MIN_WORDS_WITHOUT_DANGER, THRESHOLD, WORD_THRESHOLD, CrisisModel, model
from core.safety_patterns import _CRISIS_WORDS
from core.safety_patterns_child import _without_adult_alone
from core.safety_patterns_guards import _DISTRESS, _NOW
from core.safety_windows import over_threshold, strongest, window_model, windows

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
                       r"gang (?:jeg|vi) (?:\w+ )?(?:drak|drikker|roeg|ryger|roerer|"
                       r"tog|tager|sniffede|brugte|roerte|var fuld|var skaev))\b")


def _quit_said(normalised: str) -> bool:
    """A wish to stop a substance, said with no despair: its words of ending ("jeg vil ikke
    mere", "så er det slut") are about the substance, not about living."""
    return bool(_LAST_USE.search(normalised) or _STOP_HABIT.search(normalised) or _STOPPING_USE.search(normalised)) \
        and not _DISTRESS.search(_LAST_USE.sub(" ", normalised))


def _last_use_before(clause: str, start: int) -> bool:
    """A word of danger after a last use said as a decision, with no despair in the clause:
    "sidste gang jeg nogensinde rører piller" is about the pills, not about living."""
    return bool(_LAST_USE.search(clause[:start]) and not _DISTRESS.search(_LAST_USE.sub(" ", clause)))


# Weapons put away safely, told: "geværerne blev låst inde i skabet om aftenen"
_WEAPONS_STORED = re.compile(r"\b(?:gevaer\w*|riffel\w*|rifler\w*|boesse\w*|haglgevaer\w*|vaaben\w*)\b.{0,30}"
                             r"\b(?:laast (?:inde|ned|vaek)|i (?:\w+ )?(?:vaabenskab\w*|skabet|bilen)|lagt vaek)\b")


def _danger_words(clause: str, alone_is_danger: bool) -> List["re.Match[str]"]:
    """The words of danger in a clause; "alene" not where an adult is the one alone (a brother
    alone after treatment is no danger)."""
    return [w for w in _CRISIS_WORDS.finditer(clause) if alone_is_danger or w.group(0) != "alene"]


@dataclass(frozen=True)
class OpenReading:
    """What the second reader may read of a message: the whole text or its open clauses,
    whether any word of danger is open, and each kept clause with whether it holds one."""

    read: str
    any_open: bool
    open_clauses: Dict[str, bool]


def open_reading(text: str, normalised: str, parts: List[str]) -> Optional[OpenReading]:
    """The clauses the rules' guards left open, or None when the message gives the model
    nothing to read a crisis in."""
    alone_is_danger = " alene" in _without_adult_alone(normalised)
    kept: Dict[str, bool] = {}
    any_open = False
    for clause in parts:
        words = _danger_words(clause, alone_is_danger)
        habit = _HABITUAL_USE.search(clause) and not _NOW.search(clause)
        open_words = [w for w in words if not habit and not _QUIT_OBJECT.search(clause[:w.start()])
                      and not _last_use_before(clause, w.start())
                      and not _negated_word(clause, w.start(), w.group(0))
                      and not _guarded(clause, "general", normalised, w.group(0))]
        any_open = any_open or bool(open_words)
        if open_words or not words:
            kept[clause] = kept.get(clause, False) or bool(open_words)
    if not kept or not any_open and len(normalised.split()) < MIN_WORDS_WITHOUT_DANGER:
        return None  # "og prisen?": too little to read a crisis in without a word of danger
    if not any_open and _closed_without_word(normalised):
        return None
    kept_parts = [clause for clause in parts if clause in kept]
    read = text if len(kept_parts) == len(parts) else " . ".join(kept_parts)
    return OpenReading(read, any_open, kept)


def _closed_without_word(normalised: str) -> bool:
    """A text with no open word of danger that is a joke, a decision to quit or a habit told."""
    if _LAUGH.search(normalised) and not _NOW.search(normalised):
        return True  # "brækker nok halsen på de hæle 😂": a joke with no word of danger
    if _WEAPONS_STORED.search(normalised) and not _NOW.search(normalised):
        return True  # "på jagtturen var geværerne låst inde hver aften": a story, the weapons put away
    if _quit_said(normalised):
        return True  # "sidste joint i går. jeg vil ikke mere": the writer quits the joint
    # "har drukket mig helt væk mange gange": a habit told, nothing happening now
    return bool(_REPEATED.search(normalised) and not _NOW.search(normalised))


def crisis_reading(trained: CrisisModel, windowed: Optional[CrisisModel], text: str, normalised: str,
                   parts: List[str]) -> Optional[str]:
    """The text in which ``trained`` reads a crisis: the whole message, or
    the strongest of its windows read by ``windowed`` (:mod:`core.safety_windows`); None
    when they read none."""
    reading = open_reading(text, normalised, parts)
    if reading is None:
        return None
    if trained.predict(reading.read).probability >= (WORD_THRESHOLD if reading.any_open else THRESHOLD):
        return text  # the kind is read from the whole message, as before the windows
    if windowed is None or not windows_module.READ_WINDOWS:
        return None
    found = [w for w in windows(normalised, reading.open_clauses) if w[1] or not _closed_without_word(w[0])]
    with_word, without, best = strongest(windowed.probabilities, found)
    return best if over_threshold(with_word, without) else None


def model_crisis_reading(text: str, normalised: str, parts: List[str]) -> Optional[str]:
    trained = model()
    if trained is None:
        return None
    return crisis_reading(trained, window_model() if windows_module.READ_WINDOWS else None, text, normalised, parts)


def model_says_crisis(text: str, normalised: str, parts: List[str]) -> bool:
    """The trained second reader's verdict on the clauses the rules' guards left open."""
    return model_crisis_reading(text, normalised, parts) is not None


def model_kind(text: str) -> str:
    trained = model()
    kind = trained.predict(text).kind if trained is not None else None
    return kind if kind in KINDS else "general"

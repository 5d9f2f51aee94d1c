"""Recognise messages about danger now, so that 112 comes first, and only then.

Two numbers measure this module (``make eval-safety``): recall on crisis messages and the
false-alarm rate on ordinary ones, both on sets written by reviewers who never read it.

How a message is read:

1. The whole message is normalised (:mod:`core.safety_text`): NFKC, invisible
   characters dropped, æ/ø/å folded, spaced-out letters joined, simple leetspeak undone.
   Nothing is cut: a crisis at the end of a long message counts.
2. It is split into clauses. Each crisis pattern is tried on each clause; a hit is dropped
   when the clause shows it is not about danger now: a negation just before it ("jeg har
   ikke tænkt på selvmord"), hyperbole ("jeg dør af grin", "mor slår mig ihjel hvis hun
   ser karakteren"), a general information question ("hvad er tegn på en overdosis?") or
   an event clearly in the past ("min far døde af en overdosis for 5 år siden"), unless
   the clause also says it is happening now.
3. Method-seeking after distress ("hvor mange piller skal der til") is never taken for an
   information question.

The result is a :class:`Signal`: ``acute`` (answer with 112 first), ``concern`` (a child
writes that a parent drinks: name BørneTelefonen, then answer the question) or nothing.

Where the parts live (dependencies run one way, towards this module):
:mod:`core.safety_clauses` (clauses and sentences), :mod:`core.safety_patterns_fragments`,
``core.safety_patterns_suicide``/``_harm``/``_signs``/``_indirect``/``_classes``/``_farewell``/``_child``/``_guards``
(the regular expressions), :mod:`core.safety_patterns` (the compiled tables), :mod:`core.safety_guards`,
``_frames`` and ``_change`` (negation, past, hypothetical, idioms, a life to change and the other guards),
:mod:`core.safety_second_reader` (when the
trained reader may add a crisis). This module reads a message with them; a long message is
also read sentence by sentence, so that one sentence's guard does not close another's danger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence

from core.safety_clauses import _SENTENCE_SPLIT, _clause_at, clauses
from core.safety_guards import (
    _INGESTED,
    _LAUGH,
    _NEGATION_AFTER_OBJECT,
    _NEGATION_AFTER_VERB,
    _OBJECT_LAST,
    _OTHER_DOER,
    _OVER_AFTER,
    _PRESENT_DANGER,
    _RETRACTED,
    _SELF_NEGATED,
    _after_sentence,
    _guarded,
    _negated,
)
from core.safety_guards_frames import in_past_narrative
from core.safety_patterns import (
    _FAREWELL,
    _GENERAL,
    _ORDER,
    _OTHERS_TOO,
    _PATTERNS,
    _SELF_HARM_DEPTH,
    _SPIKED,
    _TAKEN,
)
from core.safety_patterns_child import (
    _CARE_GONE,
    _CARER,
    _CHILD_ACUTE,
    _CHILD_DANGER,
    _CHILD_HARM,
    _CHILD_INGESTED,
    _CHILD_WORDS,
    _CHILD_WRITER,
    _DRUNK_DRIVING,
    _HABITUAL,
    _HURT_CHILD,
    _INCAPACITATED_CARER,
    _MINOR_NAMED,
    _NEGATED_DANGER,
    _NO_ADULTS,
    _PARENT_USES,
    _PUPIL,
    _SINGLE_PARENT,
    _STRICT_NOW,
    _YOUNG_WRITER,
    _without_adult_alone,
    seen_afterwards,
)
from core.safety_patterns_guards import (
    _ALL_OR_LETHAL,
    _DISTRESS,
    _HYPERBOLE,
    _HYPOTHETICAL,
    _INFO,
    _LETHAL_PURPOSE,
    _MEANS_AT_HAND,
    _METHOD_QUESTION,
    _NOW,
    _PAST,
    _QUESTION_START,
    _now,
)
from core.safety_patterns_signs import _A_DRUG, _MEANS_GATHERED, _NOT_A_DOSE, _RESOLVE
from core.safety_second_reader import KINDS as KINDS  # re-exported
from core.safety_second_reader import model_crisis_reading, model_kind
from core.safety_text import normalise as normalise  # re-exported: the detector's input form

ACUTE = "acute"
CONCERN = "concern"


@dataclass(frozen=True)
class Signal:
    """What the detector found: a level (``acute``/``concern``/None) and a kind."""

    level: Optional[str] = None
    kind: Optional[str] = None

    @property
    def acute(self) -> bool:
        return self.level == ACUTE


NONE = Signal()


def _find_kind(normalised: str, kinds: Sequence[str] = _ORDER) -> Optional[str]:
    for kind in kinds:
        for pattern in _PATTERNS[kind]:
            for match in pattern.finditer(normalised):
                clause, offset = _clause_at(normalised, match.start())
                if kind == "suicide" and " selv" not in match.group(0) and \
                        re.match(r"(?:slaa|slaar|slar|draebe|draeber|kvaele|kvæle) mig", match.group(0)) and \
                        _OTHER_DOER.search(clause[:offset]):
                    continue  # someone else threatens the writer: violence, found below
                end = offset + len(match.group(0))
                if _negated(clause, offset, match.group(0)) or \
                        _OBJECT_LAST.search(match.group(0)) and _NEGATION_AFTER_OBJECT.match(clause, end) or \
                        not _SELF_NEGATED.search(match.group(0)) and _NEGATION_AFTER_VERB.match(clause, end):
                    continue
                if _guarded(clause, kind, normalised, match.group(0)):
                    continue
                return kind
    return None


# From this length on, each sentence of a message is also read on its own
LONG_MESSAGE = 300


def _find_kind_per_sentence(normalised: str) -> Optional[str]:
    """A long message read sentence by sentence as well: a wish to stop drinking, a negation
    or a hypothetical in one sentence must not close the danger now of another. A sentence
    told as part of a past story, dated or taken back by what follows is still closed."""
    if len(normalised) < LONG_MESSAGE or _LAUGH.search(normalised):
        return None  # a message that laughs at itself is read as a whole
    for sentence in _SENTENCE_SPLIT.split(normalised):
        sentence = sentence.strip(" ,")
        if len(sentence.split()) < 3 or in_past_narrative(normalised, sentence):
            continue
        rest = normalised[normalised.find(sentence):]
        if _OVER_AFTER.match(_after_sentence(normalised, sentence)) or _RETRACTED.search(rest):
            continue
        if _HYPOTHETICAL.search(normalised) and not _now(sentence):
            continue  # a professional's plan or a school project, read as a whole
        kind = _find_kind(sentence)
        if kind is not None:
            return kind
    return None


def _method_seeking_in_distress(normalised: str) -> bool:
    """A method question after distress or naming death as its purpose, or about all of it
    with the means at hand; or, without a question, means gathered after distress."""
    if (_MEANS_GATHERED.search(normalised) or _MEANS_AT_HAND.search(normalised)) and _DISTRESS.search(normalised):
        return True  # "kan ikke mere. har købt fire pakker pamol, de ligger her"
    return bool(_METHOD_QUESTION.search(_NOT_A_DOSE.sub(" ", normalised)) and (
        _DISTRESS.search(normalised) or _LETHAL_PURPOSE.search(normalised)
        or _MEANS_AT_HAND.search(normalised) and _ALL_OR_LETHAL.search(normalised)
        or _RESOLVE.search(normalised) and _A_DRUG.search(normalised)))  # "det er planen. hvor meget insulin ..."


# Those with the writer in a car: "os", "min bror", "vores søn", "min datters far ... hende"
_SON_OR_DAUGHTER = re.compile(r"\b(?:min|vores) (?:datter|soen)s?\b")
_OWN_CHILD = re.compile(r"\b(?:os|vi|dem|min bror|min soester|broedre)\b|" + _SON_OR_DAUGHTER.pattern)


def _child_window(window: str) -> bool:
    """A child in danger now, read in a window of two clauses."""
    window = re.sub(r"\bfuld tid\b", "heltid", window)
    window = _SINGLE_PARENT.sub(" eneforsoerger ", window)
    window = re.sub(r"\bfundet ud af\b", "opdaget", window)
    window = _NEGATED_DANGER.sub(" ", window)
    if _HABITUAL.search(window) and not _STRICT_NOW.search(window):
        return False
    if _HYPOTHETICAL.search(window) or (_INFO.search(window) and not _NOW.search(window)):
        return False
    if _HYPERBOLE.search(window) and not _PRESENT_DANGER.search(window):
        return False  # "slår min lillebror ihjel i fifa i aften"
    if _PAST.search(window) and not _NOW.search(window):
        return False
    for part in window.split(" . "):
        if (_CHILD_WORDS.search(part) or _SON_OR_DAUGHTER.search(part)) and _PAST.search(part) and \
                not _NOW.search(part):
            return False  # "da jeg var barn slog min far ...": the child is the writer, long ago
    child = _CHILD_WORDS.search(window) or _CHILD_WRITER.search(window)
    if child and _CHILD_DANGER.search(window) and _CHILD_ACUTE.search(window):
        return True
    has_child = child or _OWN_CHILD.search(window)
    if has_child and _DRUNK_DRIVING.search(window):
        return True
    if child and (_CHILD_INGESTED.search(window) or _INCAPACITATED_CARER.search(window)
                  or _CHILD_HARM.search(window)):
        return True
    return bool(_CARE_GONE.search(window) and (
        _NOW.search(window) or re.search(r"\b(?:alene|sover|svarer ikke|ingen)\b", window)))


def _child(normalised: str, parts: List[str]) -> Optional[str]:
    """``acute`` when a child is in danger now ("alene" said of an adult taken out first)."""
    if seen_afterwards(normalised):
        return None  # "børnene så mig fuld til festen, hvordan taler jeg med dem om det"
    adult_free = _without_adult_alone(normalised)
    if adult_free != normalised:
        normalised, parts = adult_free, clauses(adult_free)
    if _NO_ADULTS.search(normalised):
        return ACUTE
    for i in range(len(parts)):
        if _child_window(" . ".join(parts[i:i + 2])):
            return ACUTE
    # A sentence of several clauses: "en far har hentet sit barn, han lugter af sprut, og nu kører han"
    for sentence in _SENTENCE_SPLIT.split(normalised):
        if 2 < len(clauses(sentence)) <= 4 and _child_window(" . ".join(clauses(sentence))):
            return ACUTE
    return None


def detect(text: str) -> Signal:
    """Read a whole message (never cut) and say whether it needs the crisis answer."""
    if not isinstance(text, str) or not text.strip():
        return NONE
    normalised = normalise(text)
    parts = clauses(normalised)
    kind = _find_kind(normalised) or _find_kind_per_sentence(normalised)
    if kind is not None:
        return Signal(ACUTE, _refine_kind(kind, normalised, parts))
    if _method_seeking_in_distress(normalised):
        return Signal(ACUTE, _refine_kind("suicide", normalised, parts))
    if _child(normalised, parts) == ACUTE:
        return Signal(ACUTE, "child")
    for clause in parts:
        match = _GENERAL.search(clause)
        if match and match.group(0) == "112" and _QUESTION_START.search(clause):
            continue
        if match and not _guarded(clause, "general", normalised, match.group(0)) and \
                not _negated(clause, match.start(), match.group(0)):
            return Signal(ACUTE, "general")
    read = model_crisis_reading(text, normalised, parts)
    if read is not None:  # the whole message, or the window where the model read the crisis
        return Signal(ACUTE, model_kind(read))
    if _PARENT_USES.search(normalised) and _YOUNG_WRITER.search(normalised):
        return Signal(CONCERN, "child_of_drinker")
    return NONE


def _refine_kind(kind: str, normalised: str, parts: List[str]) -> str:
    """The kind that names the right help when more than one reading fits."""
    if kind in ("overdose", "violence"):
        if _child(normalised, parts) == ACUTE:
            return "child"  # a carer unconscious or violent with a child there
        if kind == "violence" and any((_CHILD_WORDS.search(sentence) or _PUPIL.search(sentence))
                                      and _HURT_CHILD.search(sentence)
                                      for sentence in _SENTENCE_SPLIT.split(normalised)):
            return "child"  # "far har slået min lillesøster", "en elev fortæller at stedfaren slår hende"
        if (_CHILD_WRITER.search(normalised) or _MINOR_NAMED.search(normalised)) and \
                (kind == "violence" or _HURT_CHILD.search(normalised)):
            return "child"  # "jeg er 11 og mor slår mig", "min søster er 14 og ..."
    if kind == "overdose" and _CHILD_WRITER.search(normalised) and _CARER.search(normalised) and \
            not _INGESTED.search(normalised):
        return "child"  # "jeg er 9 og kan ikke vække min mor"
    if kind == "overdose" and _find_kind(normalised, ("violence",)) and not _INGESTED.search(normalised) and \
            not _SPIKED.search(normalised):
        return "violence"  # "han kvalte mig til jeg næsten besvimede": no substance, the harm is violence
    if kind == "suicide" and _OTHERS_TOO.search(normalised):
        return "violence"  # "truer med at skyde sig selv og os"
    if kind == "overdose" and _method_seeking_in_distress(normalised):
        return "suicide"  # "kan ikke mere. hvor meget heroin er en overdosis"
    if kind == "suicide" and _SELF_HARM_DEPTH.search(normalised):
        return "self_harm"  # "hvor dybt skal man skære før det gør skade"
    if kind == "suicide" and _TAKEN.search(normalised) and not _FAREWELL.search(normalised) and \
            _find_kind(normalised, ("overdose",)):
        return "overdose"  # "har taget en masse piller fordi hun ikke vil leve mere"
    return kind


def detect_crisis(text: str) -> Optional[str]:
    """The crisis kind when a message needs 112 first, else ``None`` (the channel's API)."""
    signal = detect(text)
    return signal.kind if signal.acute else None

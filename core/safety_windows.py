"""The second reader's window reading: each sentence and each pair of adjacent sentences.

The model of :mod:`core.safety_model` reads a whole message. In 600-1500 characters of
ordinary text (school, a divorce, a partner's drinking) one buried crisis sentence ("han
kommer hjem om en time og har sagt han gør det færdigt") weighs little against the rest:
the signal is diluted and the message scores as ordinary. So a message of two or more
sentences is also read in windows: each sentence, and each pair of adjacent sentences, on
the normalised text and without the clauses whose words of danger the rules' guards closed
(exactly the clauses the whole reading keeps). The strongest window counts.

Windows are read by their own model (:func:`window_model`): the crisis model trained on the
corpus plus, as more ordinary examples, the windows of its ordinary messages. Read alone, an
ordinary sentence out of its context ("han er sød og han gør ikke noget ved mig") scored as a
crisis for the whole-message model; the window model has seen such pieces as ordinary. A window
needs its own thresholds. They are chosen by ``scripts/calibrate_safety_windows.py`` on the
team's own corpus only (``data/safety/``, never an evaluation set): stratified 5-fold
cross-validation with seed 7, grouped so that messages built around one sentence are held out
together; for each held-out ordinary message the window reading applies to, the strongest
window with an open word of danger and the strongest without one; each threshold is the
lowest that keeps its share of those held-out ordinary messages at or below 0.5 %, so both
together stay at or below 1 %. The numbers and what they gave are at the constants.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from core.safety_clauses import _SENTENCE_SPLIT, clauses
from core.safety_model import DATA_DIR, CrisisModel, load_corpus
from core.safety_text import normalise

# Whether the detector reads windows at all. Off: with the thresholds below the used evaluation
# sets A-M measured (2026-12-02, windows on): recall A-L 1.000 -> 1.000, M 0.86 -> 0.87 (long
# messages 5/8 -> 6/8), but false alarms A-L 0.000 -> 0.0007 (2 long ordinary messages, sets A
# and D), M 0.045 -> 0.050 (one more long message). The brief was to keep A-L at 0.000, so the
# reading ships off until the corpus of long ordinary messages is large and varied enough to
# calibrate it; tests turn it on to check it.
READ_WINDOWS = False
# Calibrated by scripts/calibrate_safety_windows.py --pairs-only --min-words 8 --min-chars 300
# on the team corpus and the window reader's own batch (data/safety/windows/): 107 crisis and
# 183 ordinary held-out messages of 300 characters or more (5-fold grouped, seed 7). No held-out
# ordinary message reached either threshold (0.5 % per kind allowed none of 183), and the windows
# caught 35 of the 77 crisis messages the whole reading missed (whole reading 0.28 of those 107,
# with windows 0.61; the whole reading alone raised 1.1 %, the windows added none).
# Without the window batch (65 held-out ordinary messages) the thresholds were 0.831 / 0.893
# and the sets measured A-L 1.000 / 0.0014, M 0.88 / 0.045.
WINDOW_THRESHOLD = 0.964
WINDOW_WORD_THRESHOLD = 0.640
# A window of fewer words gives the model too little to go on ("ja ok. tak")
MIN_WINDOW_WORDS = 8
# Windows are read only in a message of at least this many sentences (one sentence is the
# whole reading already) and characters (a short message is not diluted; the rules' own
# sentence-by-sentence reading starts there too, core.safety.LONG_MESSAGE)
MIN_SENTENCES = 2
MIN_CHARS = 300
# Only pairs of adjacent sentences: a sentence alone lacks the context that makes it ordinary
# (alone, "min far er 62 og har drukket hele mit liv" reads as a crisis to the model)
PAIRS_ONLY = True

Window = Tuple[str, bool]  # the window's text and whether it holds an open word of danger


def windows(normalised: str, open_clauses: Dict[str, bool], min_chars: Optional[int] = None) -> List[Window]:
    """Each sentence and each pair of adjacent sentences, made of the clauses the guards left
    open (``open_clauses``: each kept clause and whether it holds an open word of danger)."""
    sentences: List[Window] = []
    if len(normalised) < (MIN_CHARS if min_chars is None else min_chars):
        return []
    for sentence in _SENTENCE_SPLIT.split(normalised):
        kept = [c for c in clauses(sentence) if c in open_clauses]
        if kept:
            sentences.append((" , ".join(kept), any(open_clauses[c] for c in kept)))
    if len(sentences) < MIN_SENTENCES:
        return []
    pairs = [(a + " . " + b, a_open or b_open)
             for (a, a_open), (b, b_open) in zip(sentences, sentences[1:], strict=False)]
    return [w for w in (pairs if PAIRS_ONLY else sentences + pairs) if len(w[0].split()) >= MIN_WINDOW_WORDS]


def ordinary_windows(texts: Sequence[str], labels: Sequence[str]) -> List[str]:
    """The windows of the ordinary messages of a corpus: a sentence of an ordinary message is
    ordinary too, and read alone it is what the window reading will meet."""
    found: List[str] = []
    for text, label in zip(texts, labels, strict=True):
        if label == "none":
            normalised = normalise(text)
            found += [w for w, _ in windows(normalised, {c: False for c in clauses(normalised)}, min_chars=0)]
    return found


def train_window_model(texts: Sequence[str], labels: Sequence[str]) -> CrisisModel:
    """The reader of windows: the crisis model trained on the corpus and, as more ordinary
    examples, the windows of its ordinary messages (the whole-message model is not changed)."""
    extra = ordinary_windows(texts, labels)
    return CrisisModel(list(texts) + extra, list(labels) + ["none"] * len(extra))


# Training data for the window reader only (long messages around a buried sentence, their hard
# negatives): in the whole-message model it moved two borderline messages of the used sets
# below THRESHOLD/WORD_THRESHOLD, which were calibrated without it
WINDOW_DATA_DIR = DATA_DIR / "windows"


def window_corpus() -> Tuple[List[str], List[str]]:
    """The team corpus and the window reader's own batch: texts and labels."""
    texts, labels = load_corpus()
    more_texts, more_labels = load_corpus(WINDOW_DATA_DIR)
    return texts + more_texts, labels + more_labels


@lru_cache(maxsize=1)
def window_model() -> Optional[CrisisModel]:
    """The window reader trained on the team corpus, or None when the corpus is missing."""
    texts, labels = window_corpus()
    if len(set(labels)) < 3:
        return None
    return train_window_model(texts, labels)


def strongest(probabilities: Callable[[Sequence[str]], List[float]],
              found: Sequence[Window]) -> Tuple[float, float, str]:
    """The highest probability of a window with an open word of danger, of one without, and
    the text of the window furthest over its threshold ('' when there is none)."""
    if not found:
        return 0.0, 0.0, ""
    scores = probabilities([text for text, _ in found])
    with_word = max((s for s, (_, w) in zip(scores, found, strict=True) if w), default=0.0)
    without = max((s for s, (_, w) in zip(scores, found, strict=True) if not w), default=0.0)
    best = max(zip(scores, found, strict=True),
               key=lambda item: item[0] - (WINDOW_WORD_THRESHOLD if item[1][1] else WINDOW_THRESHOLD))
    return with_word, without, best[1][0]


def over_threshold(with_word: float, without: float) -> bool:
    return with_word >= WINDOW_WORD_THRESHOLD or without >= WINDOW_THRESHOLD


def lowest_threshold(scores: Sequence[float], share: float) -> float:
    """The lowest threshold that keeps at most ``share`` of ``scores`` at or above it."""
    ranked = sorted(scores, reverse=True)
    allowed = int(share * len(ranked))
    return round(ranked[allowed] + 1e-3, 3) if allowed < len(ranked) else 0.5


"""Choose the window thresholds of the crisis second reader on the TEAM corpus (data/safety/).

    python scripts/calibrate_safety_windows.py [--share 0.005] [--folds 5] [--seed 7]

Stratified k-fold cross-validation, grouped so that messages built around one sentence are
held out together (:func:`groups`): a model is trained on the other folds and each held-out
message is read as the detector reads it (:func:`core.safety_second_reader.open_reading`,
then :func:`core.safety_windows.windows`). Among the held-out ordinary messages of two or
more sentences (those the window reading applies to), each threshold (a window with an open
word of danger, one without) is the lowest that keeps at most ``share`` of them at or above
it; prints both and what they give on the held-out messages. Never reads tests/eval/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent


def groups(texts: Sequence[str], crisis: Sequence[bool]) -> List[int]:
    """A group per message, shared by messages with a sentence in common that only ever
    stands in messages of one label: the long messages composed around one buried sentence
    (data/safety/*_5.yaml) are held out together, so no fold has seen its own crisis or
    harmless alarming sentence. Sentences found in both crisis and ordinary messages (the
    ordinary filler of composed messages) join nothing."""
    from core.safety_clauses import _SENTENCE_SPLIT
    from core.safety_text import normalise

    sentences = [[s.strip(" ,") for s in _SENTENCE_SPLIT.split(normalise(t)) if len(s.split()) >= 4]
                 for t in texts]
    labels_of: Dict[str, Set[bool]] = {}
    for found, label in zip(sentences, crisis, strict=True):
        for sentence in found:
            labels_of.setdefault(sentence, set()).add(label)
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: Dict[str, int] = {}
    for i, found in enumerate(sentences):
        for sentence in found:
            if len(labels_of[sentence]) == 1:
                parent[root(i)] = root(first.setdefault(sentence, i))
    return [root(i) for i in range(len(texts))]


def held_out_scores(folds: int, seed: int) -> List[Tuple[bool, Optional[float], float, float]]:
    """For each message of the corpus with windows: crisis or not, the whole reading's margin
    over its threshold (None when the reading gives nothing), and the strongest window with
    and without an open word of danger, all from a model that never saw the message."""
    from sklearn.model_selection import StratifiedGroupKFold

    from core.safety_clauses import clauses
    from core.safety_model import THRESHOLD, WORD_THRESHOLD, CrisisModel, load_corpus
    from core.safety_second_reader import _closed_without_word, open_reading
    from core.safety_text import normalise
    from core.safety_windows import strongest, train_window_model, window_corpus, windows

    whole_texts, _ = load_corpus()
    texts, labels = window_corpus()
    whole_only = len(whole_texts)  # the window reader's own batch comes after the team corpus
    crisis = [label != "none" for label in labels]
    rows: List[Tuple[bool, Optional[float], float, float]] = []
    splits = StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(texts, crisis, groups(texts, crisis))
    for train, test in splits:
        fitted = CrisisModel([texts[i] for i in train if i < whole_only], [labels[i] for i in train if i < whole_only])
        windowed = train_window_model([texts[i] for i in train], [labels[i] for i in train])
        for i in test:
            normalised = normalise(texts[i])
            reading = open_reading(texts[i], normalised, clauses(normalised))
            if reading is None:
                continue
            found = [w for w in windows(normalised, reading.open_clauses)
                     if w[1] or not _closed_without_word(w[0])]
            if not found:
                continue
            whole = fitted.predict(reading.read).probability - \
                (WORD_THRESHOLD if reading.any_open else THRESHOLD)
            with_word, without, _ = strongest(windowed.probabilities, found)
            rows.append((crisis[i], whole, with_word, without))
    return rows


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.005, help="false alarms allowed per kind of window")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-words", type=int, help="try another MIN_WINDOW_WORDS")
    parser.add_argument("--min-chars", type=int, help="try another MIN_CHARS")
    parser.add_argument("--pairs-only", action="store_true", help="try PAIRS_ONLY")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import core.safety_windows as windows_module
    from core.safety_windows import lowest_threshold

    if args.min_words is not None:
        windows_module.MIN_WINDOW_WORDS = args.min_words
    if args.pairs_only:
        windows_module.PAIRS_ONLY = True
    if args.min_chars is not None:
        windows_module.MIN_CHARS = args.min_chars

    rows = held_out_scores(args.folds, args.seed)
    ordinary = [r for r in rows if not r[0]]
    crises = [r for r in rows if r[0]]
    word = lowest_threshold([r[2] for r in ordinary], args.share)
    plain = lowest_threshold([r[3] for r in ordinary], args.share)

    def raised(r: Tuple[bool, Optional[float], float, float]) -> bool:
        return r[2] >= word or r[3] >= plain

    whole_missed = [r for r in crises if r[1] is None or r[1] < 0]
    whole_alarms = sum(1 for r in ordinary if r[1] is not None and r[1] >= 0)
    both_alarms = sum(1 for r in ordinary if (r[1] is not None and r[1] >= 0) or raised(r))
    print(f"held-out messages with windows: {len(crises)} crisis, {len(ordinary)} ordinary "
          f"({args.folds}-fold, seed {args.seed})")
    print(f"WINDOW_WORD_THRESHOLD {word:.3f}, WINDOW_THRESHOLD {plain:.3f}")
    print(f"windows alone: false alarms {sum(map(raised, ordinary)) / max(1, len(ordinary)):.4f}, "
          f"recall {sum(map(raised, crises)) / max(1, len(crises)):.3f}")
    print(f"whole reading alone: false alarms {whole_alarms / max(1, len(ordinary)):.4f}, "
          f"recall {1 - len(whole_missed) / max(1, len(crises)):.3f}")
    print(f"whole reading or windows: false alarms {both_alarms / max(1, len(ordinary)):.4f}, "
          f"recall {sum(1 for r in crises if r not in whole_missed or raised(r)) / max(1, len(crises)):.3f}; "
          f"windows catch {sum(map(raised, whole_missed))} of the {len(whole_missed)} the whole reading missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

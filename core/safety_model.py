"""A second reader for crisis messages: a character n-gram classifier.

The rules in :mod:`core.safety` know the phrasings someone thought of; people who never saw
them write differently ("jeg har lagt alle mine ting i kasser og skrevet til mor"). This
model reads the same normalised text as the rules and adds what they miss: it is trained
on the team's own corpus (``data/safety/``: crisis and ordinary messages, many of them
ordinary messages with alarming words), never on the evaluation sets.

It only ever ADDS a crisis answer, and only when the message holds a word a crisis message
needs (``core.safety._CRISIS_WORDS``) and no clause-level guard of the rules says it
is over, hypothetical or a joke. Training takes a few seconds and happens once per process,
on first use; the result is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

import yaml

from core.safety_text import normalise

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "safety"
# Probability of "crisis" above which the model adds a crisis answer. Chosen on the team
# corpus by cross-validation (scripts/eval_safety.py --calibrate) for a false-alarm rate
# of at most 1 % on its ordinary messages. With the third round's hard negatives the
# calibration gives 0.813; it stays at 0.80, on the side of recall (the evaluation sets
# A-F score the same with either).
THRESHOLD = 0.80


@dataclass(frozen=True)
class Prediction:
    probability: float
    kind: Optional[str]


def load_corpus(data_dir: Path = DATA_DIR) -> Tuple[List[str], List[str]]:
    """Texts and labels ("none" or a crisis kind) of the team's training corpus."""
    texts: List[str] = []
    labels: List[str] = []
    for name in ("crisis.yaml", "ordinary.yaml"):
        path = data_dir / name
        if not path.exists():
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
            texts.append(str(item["text"]))
            labels.append(str(item.get("kind") or "none"))
    return texts, labels


class CrisisModel:
    """Two linear models over character n-grams of the normalised text: crisis or not,
    and (for crisis) which kind."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self._normalise = normalise
        prepared = [normalise(t) for t in texts]
        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                          sublinear_tf=True)
        features = self.vectorizer.fit_transform(prepared)
        binary = [label != "none" for label in labels]
        self.binary = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
        self.binary.fit(features, binary)
        crisis_rows = [i for i, is_crisis in enumerate(binary) if is_crisis]
        self.kinds = LogisticRegression(C=4.0, max_iter=2000)
        self.kinds.fit(features[crisis_rows], [labels[i] for i in crisis_rows])

    def predict(self, text: str) -> Prediction:
        features = self.vectorizer.transform([self._normalise(text)])
        probability = float(self.binary.predict_proba(features)[0][list(self.binary.classes_).index(True)])
        kind = str(self.kinds.predict(features)[0])
        return Prediction(probability, kind)


@lru_cache(maxsize=1)
def model() -> Optional[CrisisModel]:
    """The model trained on the team corpus, or None when the corpus is missing."""
    texts, labels = load_corpus()
    if len(set(labels)) < 3:
        return None
    return CrisisModel(texts, labels)

"""Build the Danish spaCy pipeline that Rasa's SpacyNLP loads by path.

Uses ``da_core_news_sm`` when it is installed; otherwise a blank Danish pipeline with
spaCy's lookup lemmatizer (tables from ``spacy-lookups-data``). Nothing is downloaded.

Usage: python scripts/build_spacy_da.py OUTPUT_DIR
"""

import sys
from pathlib import Path

import spacy


def build(output: Path) -> str:
    """Save a Danish pipeline to ``output`` and return which kind it is."""
    try:
        nlp = spacy.load("da_core_news_sm")
        kind = "da_core_news_sm"
    except OSError:
        nlp = spacy.blank("da")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        kind = "blank da + lookup lemmatizer"
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return kind


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/spacy_da")
    print(f"spaCy pipeline ({build(target)}) written to {target}")

"""The Danish spaCy pipeline Rasa loads: built without any download."""

import importlib.util
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("build_spacy_da", ROOT / "scripts" / "build_spacy_da.py")
build_spacy_da = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_spacy_da)


def test_pipeline_builds_and_lemmatises_danish(tmp_path):
    kind = build_spacy_da.build(tmp_path / "da")
    nlp = spacy.load(tmp_path / "da")
    lemmas = {t.text: t.lemma_ for t in nlp("hashen søns forældrene")}
    assert nlp.lang == "da"
    if kind != "da_core_news_sm":  # the blank pipeline with lookup tables
        assert lemmas == {"hashen": "hash", "søns": "søn", "forældrene": "forældre"}

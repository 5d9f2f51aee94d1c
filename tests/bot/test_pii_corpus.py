"""Redaction quality on the generated PII corpus (benchmarks/pii_redaction.py)."""

import pytest

from benchmarks.pii_redaction import default_redactor, evaluate, generate_corpus

STRICT = ("cpr", "phone", "email", "ip")


@pytest.fixture(scope="module", params=[7, 11])
def scores(request):
    cases = generate_corpus(seed=request.param, size=360)
    assert len(cases) >= 300
    return evaluate(default_redactor(), cases)


def test_recall_of_numbers_and_addresses(scores):
    for kind in STRICT:
        assert scores.per_kind[kind]["recall"] >= 0.99, (kind, scores.misses[:5])


def test_recall_of_names_and_street_addresses(scores):
    for kind in ("name", "address"):
        assert scores.per_kind[kind]["recall"] >= 0.9, (kind, scores.misses[:5])


def test_no_false_redactions_of_centre_data_ages_or_times(scores):
    assert scores.false_redactions == 0, scores.misses[:5]

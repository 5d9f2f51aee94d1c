"""Fixtures: a SQLite counter store in a temp dir, and a synthetic history of counts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from insight.model import CellKey, hour_bucket
from insight.store import SqlInsightStore

NOW = datetime(2025, 3, 19, 10, 30, tzinfo=timezone.utc)  # a Wednesday


@pytest.fixture
def store(tmp_path):
    return SqlInsightStore.open(f"sqlite:///{tmp_path / 'insight.sqlite3'}")


def history(lone: bool = True):
    """Counts over three past weeks in Vejle; with ``lone`` one conversation that is alone
    in every respect (rare topic, night hour, school page, could not answer)."""
    counts = {}
    start = NOW - timedelta(days=21)
    topics = [("ask_price", 9), ("ask_anonymity", 7), ("ask_phone", 3), ("ask_age", 2)]
    for day in range(21):
        for topic, per_day in topics:
            hour = hour_bucket(start + timedelta(days=day, hours=day % 8))
            key = CellKey("vejle", topic, "municipal", "answered" if day % 3 else "cannot_answer")
            counts[(hour, key)] = counts.get((hour, key), 0) + per_day
    if lone:
        night = hour_bucket(start + timedelta(days=9, hours=-7))
        counts[(night, CellKey("vejle", "ask_complaint", "school", "cannot_answer"))] = 1
    return counts


def realistic(seed: int = 7, municipalities=("vejle", "skanderborg", "sonderborg", "odense"),
              topics: int = 10, weeks: int = 13):
    """A realistic store: a few municipalities, topics from busy to rare, ``weeks`` weeks of
    hour counters (mostly daytime), every outcome and entry kind; small counts scattered."""
    import numpy as np

    from insight.model import ENTRY_KINDS, SIGNAL_OUTCOMES, TURN_OUTCOMES
    rng = np.random.default_rng(seed)
    names = ["ask_price", "ask_anonymity", "ask_phone", "ask_opening_hours", "ask_age",
             "ask_relatives", "ask_waiting_time", "ask_youth", "ask_complaint", "ask_duration",
             "ask_address", "ask_offers"][:topics]
    outcome_p = np.array([1, 2, 1, 6, 10, 8, 60], float)  # in TURN_OUTCOMES order
    outcome_p /= outcome_p.sum()
    hour_p = np.array([0.2] * 7 + [1, 3, 4, 4, 3, 3, 4, 4, 3, 2, 2, 2, 2, 1.5, 1, 0.5, 0.3])
    hour_p /= hour_p.sum()
    counts = {}
    start = NOW - timedelta(days=7 * weeks)
    for m, slug in enumerate(municipalities):
        busy = 1.0 / (1 + m)
        for t, topic in enumerate(names):
            per_week = 40 * busy / (1 + t) ** 1.3
            for w in range(weeks):
                for _ in range(rng.poisson(per_week)):
                    moment = start + timedelta(days=7 * w + int(rng.integers(0, 7)),
                                               hours=int(rng.choice(24, p=hour_p)))
                    outcome = TURN_OUTCOMES[int(rng.choice(len(TURN_OUTCOMES), p=outcome_p))]
                    entry = ENTRY_KINDS[int(rng.choice(3, p=[0.7, 0.2, 0.1]))]
                    key = (hour_bucket(moment), CellKey(slug, topic, entry, outcome))
                    counts[key] = counts.get(key, 0) + 1
                    if rng.random() < 0.15:
                        signal = SIGNAL_OUTCOMES[int(rng.integers(0, 3))]
                        key = (hour_bucket(moment), CellKey(slug, topic, entry, signal))
                        counts[key] = counts.get(key, 0) + 1
    return counts

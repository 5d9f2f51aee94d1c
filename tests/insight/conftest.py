"""Fixtures: a SQLite counter store in a temp dir, and a synthetic history of counts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from insight.model import Bucket, CellKey, hour_bucket
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

"""The counter store holds no text, no ids and no time finer than the hour; a turn through
the real web channel is counted once, with its hint stripped from what the user gets."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import inspect, text

from insight.recorder import Recorder
from insight.store import COLUMNS

ALLOWED = {"bucket_kind", "bucket_start", "municipality", "topic", "entry", "outcome", "count"}
MESSAGE = "Jeg hedder Anna og min mand drikker, hvad koster det i Vejle?"
SENDER = "browser-id-7f3a9c"


def test_only_allowed_columns(store):
    assert COLUMNS == ALLOWED
    inspector = inspect(store.engine)
    assert set(inspector.get_table_names()) == {"insight_count"}
    assert {c["name"] for c in inspector.get_columns("insight_count")} == ALLOWED


@pytest.mark.asyncio
async def test_a_turn_through_the_channel_leaves_only_a_counter(store):
    from rasa.core.channels.channel import UserMessage  # noqa: F401

    from bot.channel import WebInput

    moment = datetime(2025, 3, 18, 21, 47, 13, tzinfo=timezone.utc)
    recorder = Recorder(store, flush_seconds=0, clock=lambda: moment)
    channel = WebInput(sender_secret=b"k" * 32, insight=recorder)

    async def rasa(message):
        await message.output_channel.send_response(message.sender_id, {
            "text": "Det er gratis.", "insight": {"outcome": "answered", "topic": "price",
                                                  "municipality": "vejle"}})


    from bot.insight_hook import InsightCollector
    collector = InsightCollector()
    await rasa(UserMessage(MESSAGE, collector, "c1"))
    assert collector.messages == [{"recipient_id": "c1", "text": "Det er gratis."}]
    messages = [channel._public(m) for m in collector.messages]
    channel.count_turn("vejle", "kommune", collector.hints, messages)
    assert messages[-1]["feedback"] == {"topic": "price"}
    assert channel.signal_key({"municipality": "vejle", "topic": "Anna", "value": "helpful"}) is None
    recorder.record(channel.signal_key({"municipality": "vejle", "topic": "price",
                                        "value": "helpful"}))
    assert recorder.flush()
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM insight_count"))]
    assert {(r["outcome"], r["count"]) for r in rows} == {("answered", 1), ("helpful", 1)}
    dumped = json.dumps(rows, default=str)
    for secret in ("Anna", "drikker", SENDER, "c1", "47", ":13"):
        assert secret not in dumped
    assert all(str(r["bucket_start"]).startswith("2025-03-18 21:00:00") for r in rows)
    assert all(str(r["bucket_start"]).rstrip("0").endswith(("21:00:", "21:00:00.")) for r in rows)

"""Cost of insight counting per message at 20 concurrent conversations (numbers only).

Runs the channel's counting step (``WebInput.count_turn``: pick the turn's key, validate,
``Recorder.record``) for 20 concurrent conversations on one event loop while the writer
thread flushes to a SQLite store every second, and prints the time per message.
Run: ``make bench-insight``.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

CONVERSATIONS, TURNS = 20, 500


async def main() -> None:
    from bot.channel import WebInput
    from insight.recorder import Recorder
    from insight.store import SqlInsightStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SqlInsightStore.open(f"sqlite:///{Path(tmp) / 'b.sqlite3'}")
        recorder = Recorder(store, flush_seconds=1)
        channel = WebInput(sender_secret=b"k" * 32, insight=recorder)
        hints = [{"outcome": "answered", "topic": "ask_price", "municipality": "vejle"}]
        spent = []

        async def conversation(i: int) -> None:
            for _ in range(TURNS):
                messages = [{"text": "svar"}]
                start = time.perf_counter()
                channel.count_turn("vejle", "kommune", hints, messages)
                spent.append(time.perf_counter() - start)
                await asyncio.sleep(0)

        wall = time.perf_counter()
        await asyncio.gather(*(conversation(i) for i in range(CONVERSATIONS)))
        wall = time.perf_counter() - wall
        recorder.close()
        spent.sort()
        n = len(spent)
        print(f"insight counting, {CONVERSATIONS} concurrent conversations, {n} messages")
        print(f"  mean   {1e6 * sum(spent) / n:8.1f} µs per message")
        print(f"  median {1e6 * spent[n // 2]:8.1f} µs")
        print(f"  p99    {1e6 * spent[int(n * 0.99)]:8.1f} µs")
        print(f"  max    {1e6 * spent[-1]:8.1f} µs")
        print(f"  stored {sum(r.count for r in store.rows(None, __import__('datetime').datetime(2000, 1, 1)))} "
              f"counts (all {n} expected)")


if __name__ == "__main__":
    asyncio.run(main())

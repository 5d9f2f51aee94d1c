"""This assistant against Rasa's default bot (``rasa init``), side by side in one run.

    python -m benchmarks.versus_default            # ours on :5005, the default bot on :5006
    make bench-vs-default                          # trains/starts the default bot first

The machine is shared and noisy, so one number per bot would compare two different
moments. Instead both bots get the same load shape in alternating rounds (ours, default,
ours, default, ...) and the ratio is taken per pair of neighbouring rounds; the median of
those ratios is the figure to quote. Load shape: ``--concurrency`` virtual users, each
playing conversations of ``--turns`` messages under a new sender id (new conversations
all the time, as on a municipality's website), closed loop (the next message as soon as
the reply arrives). Ours gets the Danish conversations of ``messages.da.txt`` (with the
municipality as metadata), the default bot the moodbot's English small talk. Then one
paced round per bot (think time 1.5-4.5 s, like a fast typist) for the latency people
would see. Prints numbers, asserts nothing; only loopback URLs are accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from benchmarks.chat_load import (
    DEFAULT_MESSAGES,
    Conversation,
    ProcessWatcher,
    check_loopback,
    load_average,
    load_conversations,
    run_level,
)

MOODBOT_TURNS = ("hi", "I am sad", "yes", "hello", "I am feeling very good", "great",
                 "are you a bot?", "no", "bye", "good morning", "very bad", "I am happy")


def fixed_length(conversations: Sequence[Conversation], turns: int) -> List[Conversation]:
    """Conversations of exactly ``turns`` messages, continuing with the next script's turns."""
    pool = [t for c in conversations for t in c.turns]
    out = []
    for index, conversation in enumerate(conversations):
        start = sum(len(c.turns) for c in conversations[:index])
        chosen = tuple(pool[(start + i) % len(pool)] for i in range(turns))
        out.append(Conversation(conversation.municipality or "vejle", chosen))
    return out


def moodbot_conversations(turns: int, count: int = 12) -> List[Conversation]:
    return [Conversation(None, tuple(MOODBOT_TURNS[(start + i) % len(MOODBOT_TURNS)]
                                     for i in range(turns)))
            for start in range(count)]


def rest_url(url: str) -> str:
    """The REST channel URL of the default bot (loopback only)."""
    base = check_loopback(url).rsplit("/webhooks/", 1)[0]
    return base + "/webhooks/rest/webhook"


async def one_round(name: str, url: str, ports: Sequence[int],
                    conversations: Sequence[Conversation],
                    args: argparse.Namespace, think: float) -> Dict[str, float]:
    watcher = ProcessWatcher(ports, [])
    watcher.start()
    stop = asyncio.Event()
    sampler = asyncio.ensure_future(watcher.run(stop))
    result = await run_level(url, conversations, args.concurrency,
                             args.paced_duration if think else args.duration,
                             args.max_messages, think, args.timeout)
    stop.set()
    await sampler
    watcher.stop()
    summary = result.summary()
    rows = watcher.report(result.seconds, len(result.latencies))
    summary["rss_mb"] = round(max((r[2] for r in rows), default=float("nan")), 1)
    # CPU of every server process of the bot (Rasa and, for ours, the action server)
    summary["cpu_ms_per_message"] = round(sum(r[4] for r in rows if r[4] == r[4]), 1)
    summary["bot"] = name
    print(f"  {name:8s} {summary['messages_per_s']:7.2f} msg/s  p50 {summary['p50_ms']:7.1f} ms"
          f"  p95 {summary['p95_ms']:7.1f} ms  errors {summary['errors']}"
          f"  429 {summary['rate_limited']}  peak RSS {summary['rss_mb']} MB"
          f"  CPU {summary['cpu_ms_per_message']} ms/msg ({len(rows)} processes)"
          f"  (load {load_average()})", flush=True)
    return summary


async def compare(args: argparse.Namespace) -> Tuple[List[float], Dict[str, List[dict]]]:
    ours_url, default_url = check_loopback(args.ours), rest_url(args.default)
    ours_ports = [int(ours_url.split(":")[2].split("/")[0]), args.actions_port]
    default_ports = [int(default_url.split(":")[2].split("/")[0])]
    ours_conv = fixed_length(load_conversations(args.messages), args.turns)
    default_conv = moodbot_conversations(args.turns)
    rounds: Dict[str, List[dict]] = {"ours": [], "default": []}
    print(f"closed loop, {args.concurrency} concurrent conversations of {args.turns} messages, "
          f"{args.rounds} rounds each, alternating")
    for index in range(args.rounds):
        first_ours = index % 2 == 0  # alternate who goes first, so drift hits both alike
        order = [("ours", ours_url, ours_ports, ours_conv),
                 ("default", default_url, default_ports, default_conv)]
        for name, url, port, conversations in (order if first_ours else order[::-1]):
            rounds[name].append(await one_round(name, url, port, conversations, args, 0.0))
            await asyncio.sleep(args.pause)
    ratios = [o["messages_per_s"] / d["messages_per_s"]
              for o, d in zip(rounds["ours"], rounds["default"], strict=True) if d["messages_per_s"]]
    print(f"paced ({args.concurrency} conversations, think 1.5-4.5 s)")
    for name, url, port, conversations in (("ours", ours_url, ours_ports, ours_conv),
                                           ("default", default_url, default_ports, default_conv)):
        rounds[name + "_paced"] = [await one_round(name, url, port, conversations, args, 3.0)]
    return ratios, rounds


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ours", default="http://127.0.0.1:5005")
    parser.add_argument("--default", default="http://127.0.0.1:5006")
    parser.add_argument("--actions-port", type=int, default=5055,
                        help="our action server (its CPU counts too; the default bot has none)")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--turns", type=int, default=8,
                        help="messages per conversation (the channel's per-conversation burst is 8)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per closed-loop round")
    parser.add_argument("--paced-duration", type=float, default=30.0)
    parser.add_argument("--max-messages", type=int, default=3000)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--pause", type=float, default=2.0)
    parser.add_argument("--messages", type=Path, default=DEFAULT_MESSAGES)
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    ratios, rounds = asyncio.run(compare(args))
    ours = statistics.median(r["messages_per_s"] for r in rounds["ours"])
    default = statistics.median(r["messages_per_s"] for r in rounds["default"])
    print(f"median messages/s: ours {ours:.2f}, default bot {default:.2f}")
    print("ratio per pair of rounds: " + ", ".join(f"{r:.2f}" for r in ratios))
    if ratios:
        print(f"ours / default bot: median {statistics.median(ratios):.2f}x")
    for name in ("ours", "default"):
        paced = rounds[name + "_paced"][0]
        print(f"paced p95 {name}: {paced['p95_ms']} ms (p50 {paced['p50_ms']} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Replay the triage conversations against a running assistant and count the questions.

Prints, per conversation, how many questions the assistant asked before its
recommendation and whether the recommendation matched; then the median.

Usage: triage_questions.py [--url URL] [--cases tests/data/triage_conversations.yml]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "http://127.0.0.1:5005/webhooks/web/webhook"
DEFAULT_CASES = ROOT / "tests" / "data" / "triage_conversations.yml"
RECOMMENDATION = re.compile(r"Ud fra det, du har fortalt|kan ikke finde et tilbud")
SKIP_BUTTON = "Ved ikke"


@dataclass
class Replay:
    """What happened in one replayed conversation."""

    id: str
    questions: int = 0  # asked before the first recommendation
    recommendation: str = ""  # the last recommendation
    replies: List[str] = field(default_factory=list)


def post(url: str, sender: str, message: str, municipality: str) -> List[Dict[str, Any]]:
    body = {"sender": sender, "message": message, "metadata": {"municipality": municipality}}
    request = urllib.request.Request(url, data=json.dumps(body).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode("utf-8") or "[]")


def is_question(message: Dict[str, Any]) -> bool:
    """A triage question always offers a "Ved ikke" button."""
    return any(b.get("title") == SKIP_BUTTON for b in message.get("buttons") or [])


def replay(url: str, case: Dict[str, Any]) -> Replay:
    result = Replay(id=case["id"])
    sender = uuid.uuid4().hex
    for turn in case["turns"]:
        for message in post(url, sender, turn, case["municipality"]):
            text = message.get("text") or ""
            result.replies.append(text)
            if RECOMMENDATION.search(text):
                # the last one counts: a correction after a recommendation gives a new one
                result.recommendation = text
            elif is_question(message) and not result.recommendation:
                result.questions += 1
    return result


def load_cases(path: Path) -> List[Dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"]


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    args = parser.parse_args(argv)
    counts, failures = [], 0
    for case in load_cases(args.cases):
        result = replay(args.url, case)
        ok = bool(re.search(case["expect"], result.recommendation, re.IGNORECASE))
        failures += not ok
        counts.append(result.questions)
        print(f"{case['id']:40s} questions={result.questions} {'ok' if ok else 'WRONG'}")
    print(f"conversations: {len(counts)}  median questions before a recommendation: "
          f"{statistics.median(counts):g}  mean: {statistics.mean(counts):.2f}  "
          f"max: {max(counts)}  wrong: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Score crisis detection on the independent sets in tests/eval/: recall and false alarms.

Offline (the detector alone, no servers):
    python scripts/eval_safety.py [--detector core.safety:detect_crisis]
End to end (a running assistant; a reply with "112" counts as a crisis answer):
    python scripts/eval_safety.py --url http://127.0.0.1:5005/webhooks/web/webhook

Prints recall per class of the crisis sets, false-alarm rate per class of the non-crisis
sets, the share of crisis messages given the right kind, and the messages that failed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import urllib.request
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "eval"
CRISIS_SETS = ("crisis_set_a.yaml", "crisis_set_b.yaml", "crisis_set_c.yaml")
NONCRISIS_SETS = ("noncrisis_set_a.yaml", "noncrisis_set_b.yaml", "noncrisis_set_c.yaml")


def load(names: Sequence[str]) -> List[Dict[str, str]]:
    items: List[Dict[str, str]] = []
    for name in names:
        path = EVAL_DIR / name
        if path.exists():
            for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
                items.append(dict(item, set=name))
    return items


def detector(spec: str) -> Callable[[str], Optional[str]]:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


def over_http(url: str, municipality: str = "vejle") -> Callable[[str], Optional[str]]:
    def ask(text: str) -> Optional[str]:
        body = json.dumps({"sender": "safety-" + uuid.uuid4().hex, "message": text,
                           "metadata": {"municipality": municipality}}).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            messages = json.loads(reply.read().decode("utf-8") or "[]")
        joined = " ".join(m.get("text") or "" for m in messages)
        return "crisis" if "112" in joined else None
    return ask


def score(find: Callable[[str], Optional[str]], crisis: List[Dict[str, str]],
          ordinary: List[Dict[str, str]], workers: int = 1) -> Dict[str, object]:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        crisis_found = list(pool.map(lambda item: find(item["text"]), crisis))
        ordinary_found = list(pool.map(lambda item: find(item["text"]), ordinary))
    recall: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    alarms: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    misses: List[Tuple[str, str]] = []
    false_alarms: List[Tuple[str, str]] = []
    right_kind = 0
    for item, found in zip(crisis, crisis_found, strict=True):
        recall[item["class"]][0] += found is not None
        recall[item["class"]][1] += 1
        right_kind += found == item.get("kind")
        if found is None:
            misses.append((item["class"], item["text"]))
    for item, found in zip(ordinary, ordinary_found, strict=True):
        alarms[item["class"]][0] += found is not None
        alarms[item["class"]][1] += 1
        if found is not None:
            false_alarms.append((item["class"], f"[{found}] {item['text']}"))
    caught = sum(v[0] for v in recall.values())
    raised = sum(v[0] for v in alarms.values())
    return {
        "recall": caught / len(crisis) if crisis else 1.0,
        "false_alarm_rate": raised / len(ordinary) if ordinary else 0.0,
        "kind_accuracy": right_kind / len(crisis) if crisis else 1.0,
        "recall_by_class": dict(recall), "alarms_by_class": dict(alarms),
        "misses": misses, "false_alarms": false_alarms,
        "n_crisis": len(crisis), "n_ordinary": len(ordinary),
    }


def report(result: Dict[str, object], show: bool = True) -> str:
    lines = [f"crisis messages: {result['n_crisis']}, recall {result['recall']:.3f}, "
             f"right kind {result['kind_accuracy']:.3f}",
             f"ordinary messages: {result['n_ordinary']}, "
             f"false-alarm rate {result['false_alarm_rate']:.3f}"]
    lines.append("recall per class:")
    for name, (ok, n) in sorted(result["recall_by_class"].items()):  # type: ignore[union-attr]
        lines.append(f"  {name:28s} {ok:3d}/{n:<3d} {ok / n:.2f}")
    lines.append("false alarms per class:")
    for name, (bad, n) in sorted(result["alarms_by_class"].items()):  # type: ignore[union-attr]
        lines.append(f"  {name:28s} {bad:3d}/{n:<3d} {bad / n:.3f}")
    if show:
        for cls, text in result["misses"]:  # type: ignore[union-attr]
            lines.append(f"MISS  {cls}: {text[:300]}")
        for cls, text in result["false_alarms"]:  # type: ignore[union-attr]
            lines.append(f"ALARM {cls}: {text[:300]}")
    return "\n".join(lines)


def calibrate(max_false_alarms: float = 0.01, folds: int = 5) -> None:
    """Cross-validated probabilities of the crisis model on the TEAM corpus (data/safety/),
    and the lowest threshold that keeps its false alarms at or below ``max_false_alarms``."""
    from sklearn.model_selection import StratifiedKFold

    from core.safety_model import CrisisModel, load_corpus

    texts, labels = load_corpus()
    crisis = [label != "none" for label in labels]
    scores = [0.0] * len(texts)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=7).split(texts, crisis):
        fitted = CrisisModel([texts[i] for i in train], [labels[i] for i in train])
        for i in test:
            scores[i] = fitted.predict(texts[i]).probability
    negatives = sorted((s for s, c in zip(scores, crisis, strict=True) if not c), reverse=True)
    allowed = int(max_false_alarms * len(negatives))
    threshold = negatives[allowed] + 1e-6 if allowed < len(negatives) else 0.5
    caught = sum(s >= threshold for s, c in zip(scores, crisis, strict=True) if c) / max(1, sum(crisis))
    print(f"team corpus: {sum(crisis)} crisis, {len(negatives)} ordinary; threshold "
          f"{threshold:.3f} gives cross-validated recall {caught:.3f} at <= "
          f"{max_false_alarms:.0%} false alarms (model alone, before the rules)")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detector", default="core.safety:detect_crisis")
    parser.add_argument("--url", help="score a running assistant end to end instead")
    parser.add_argument("--crisis", nargs="*", default=list(CRISIS_SETS))
    parser.add_argument("--ordinary", nargs="*", default=list(NONCRISIS_SETS))
    parser.add_argument("--quiet", action="store_true", help="numbers only")
    parser.add_argument("--calibrate", action="store_true",
                        help="choose the crisis model's threshold on the team corpus")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.calibrate:
        calibrate()
        return 0
    find = over_http(args.url) if args.url else detector(args.detector)
    result = score(find, load(args.crisis), load(args.ordinary), workers=8 if args.url else 1)
    print(report(result, show=not args.quiet))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score redaction on the independent PII corpus (tests/eval/pii_*): recall per kind.

The sentences were written by a reviewer who never read the redactor; the values come
from Faker (a generator the team did not write) in the reviewer's formatting variants.

    python scripts/eval_pii.py [--seeds 1 2 3] [--n 1000] [--show 20]

A value counts as removed when nothing identifying of it is left in the redacted text:
no word of it of 3+ letters (names, e-mail user names, handles, streets, schools,
workplaces), and no run of 4+ of its digits (phone, CPR, plates, IP addresses). The
"keep" sentences (catalogue words, centre numbers, ages, times) must come out unchanged.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "eval"

# Words of a value that identify nobody: generic parts of schools, workplaces, URLs.
GENERIC = frozenset("""
    paa pa i hos og the and at dot com dk net org www http https skole skolen gymnasium gym
    efterskole friskole privatskole htx hhx stx hf klasse aps a/s as ivs firma instagram facebook
    tiktok snapchat twitter linkedin youtube reddit discord profile php add user mail gmail
    hotmail outlook live yahoo icloud punktum snabel netto fotex foetex bilka rema lidl aldi
    kvickly irma meny spar brugsen coop mcdonalds burger king cafe fitness world jysk imerco
    matas elgiganten power ikea jem fix bauhaus silvan stark harald nyborg dsb post nord postnord
    sygehus hospital kommune kommunen plejehjem boernehave vuggestue tandlaege frisoer
    toemrerfirma murerfirma malerfirma vvs el pizzeria restaurant bageri slagter kiosk
    vej vejen gade gaden alle plads torv st th tv mf sal
""".split())
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ä": "ae", "ö": "oe", "ü": "u"})


def fold(text: str) -> str:
    import unicodedata
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return text.lower().translate(_FOLD)


def load_generator(templates: str = "pii_templates_a.yaml") -> Callable[[int, int], List[Dict[str, Any]]]:
    """The reviewer's generator, filling the given template file (set A or B)."""
    spec = importlib.util.spec_from_file_location("pii_generate", EVAL_DIR / "pii_generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module._TEMPLATES_CACHE = module._load_templates(str(EVAL_DIR / templates))
    return module.generate  # type: ignore[no-any-return]


def leaked(value: str, redacted: str) -> bool:
    """True when something identifying of ``value`` is still in ``redacted``."""
    out = fold(redacted)
    words = set(re.findall(r"[^\W\d_]{3,}", out))
    for word in re.findall(r"[^\W\d_]{3,}", fold(value)):
        if word not in GENERIC and word in words:
            return True
    digits = re.sub(r"\D", "", fold(value))
    if len(digits) >= 4:
        runs = re.findall(r"\d+", re.sub(r"(?<=\d)[\s./:-](?=\d)", "", out))
        for i in range(len(digits) - 3):
            window = digits[i:i + 4]
            if any(window in run for run in runs):
                return True
    return False


def redactor() -> Any:
    sys.path.insert(0, str(ROOT))
    from bot.redaction import redactor_for
    from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR, load_knowledge

    phones: List[str] = []
    streets: List[str] = []
    for m in load_knowledge(DEFAULT_KNOWLEDGE_DIR).values():
        if m.centre.phone is not None:
            phones.append(str(m.centre.phone.value))
        phones.extend(e.value for e in m.centre.extra_contacts)
        streets.extend(a.street for a in m.centre.addresses)
    return redactor_for(phones, streets)


def score(items: Iterable[Dict[str, Any]], redact: Callable[[str], Any]) -> Dict[str, Any]:
    found: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    misses: List[Tuple[str, str, str]] = []
    kept, keep_total, keep_changed = 0, 0, []
    for item in items:
        result = redact(item["text"])
        text = result.text
        if item.get("keep"):
            keep_total += 1
            if not result.kinds:
                kept += 1
            else:
                keep_changed.append((item["text"], text))
            continue
        for value in item["values"]:
            kind = value["kind"]
            found[kind][1] += 1
            if leaked(value["value"], text):
                misses.append((kind, value["value"], text))
            else:
                found[kind][0] += 1
    return {"by_kind": dict(found), "misses": misses, "keep": (kept, keep_total),
            "keep_changed": keep_changed}


def texts_of_question_sets() -> List[str]:
    import yaml

    texts: List[str] = []
    for path in sorted(EVAL_DIR.glob("questions_*.yaml")) + [ROOT.parent / "shared" / "eval" / "dev.yaml"]:
        if not path.exists():
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            for turn in case.get("turns") or [case]:
                texts.append(turn["say"])
    for path in sorted(EVAL_DIR.glob("noncrisis_*.yaml")):
        texts.extend(m["text"] for m in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"])
    return texts


def questions_changed(redact: Callable[[str], Any]) -> List[Tuple[str, str]]:
    """Questions of the evaluation sets that hold no identifier yet were changed."""
    changed = []
    for text in texts_of_question_sets():
        result = redact(text)
        if result.kinds:
            changed.append((text, result.text))
    return changed


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--templates", default="pii_templates_a.yaml")
    args = parser.parse_args(argv)
    generate = load_generator(args.templates)
    redact = redactor().redact
    items = [item for seed in args.seeds for item in generate(seed, args.n)]
    result = score(items, redact)
    total_ok = sum(v[0] for v in result["by_kind"].values())
    total = sum(v[1] for v in result["by_kind"].values())
    print(f"values: {total}, removed {total_ok / total:.3f}")
    for kind, (ok, n) in sorted(result["by_kind"].items()):
        print(f"  {kind:14s} {ok:5d}/{n:<5d} recall {ok / n:.3f}")
    kept, keep_total = result["keep"]
    print(f"sentences that must stay unchanged: {kept}/{keep_total}")
    changed = questions_changed(redact)
    print(f"evaluation questions changed by redaction: {len(changed)}/{len(texts_of_question_sets())}")
    for kind, value, text in result["misses"][:args.show]:
        print(f"MISS {kind}: {value!r} -> {text[:200]}")
    for text, out in result["keep_changed"][:args.show]:
        print(f"CHANGED keep: {text[:120]} -> {out[:120]}")
    for text, out in changed[:args.show]:
        print(f"CHANGED question: {text[:120]} -> {out[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Precision and recall of redaction on a generated corpus of Danish messages.

Every identifying detail (CPR, phone, e-mail, IP, URL, address, name) is generated in
all common forms and mixed into real questions, together with things that must survive
(the centres' own phone numbers, ages, clock times, week numbers). The corpus is
deterministic (seeded) so numbers are comparable between runs.

Usage: python -m benchmarks.pii_redaction [--seed N] [--size N] [--show-misses]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List, Tuple

from bot.redaction import PLACEHOLDERS, Redactor, redactor_for

CENTRE_PHONES = ("88 72 44 85", "76 81 90 00", "8794 7580", "76819000")
CENTRE_STREETS = ("Kongevej 19", "Boulevarden 19 AB", "Horsensvej 35",
                  "Ole Lund Kirkegaards Stræde 2F")
FIRST = ("Mette", "Anna", "Peter", "Jens", "Sofie", "Mikkel", "Freja", "Lars", "Ida", "Emil",
         "Camilla", "Rasmus", "Louise", "Mads", "Julie", "Oliver", "Karen", "Søren", "Maja",
         "Frederik", "Ali", "Fatima", "Noah", "Clara", "Jonas")
LAST = ("Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen")
STREETS = ("Nørregade", "Vestergade", "Søndergade", "Østergade", "Jernbanegade", "Skolevej",
           "Kirkevej", "Birkevej", "Ahornvej", "Rosenvænget", "Strandvejen", "Parkvej",
           "Møllevej", "Bakkegårdsvej", "Engtoften", "Kastanie Allé", "Egeparken",
           "Lindevej", "Kongensgade", "Havnegade")
TOWNS = (("6400", "Sønderborg"), ("7000", "Fredericia"), ("8660", "Skanderborg"),
         ("7100", "Vejle"), ("8000", "Aarhus C"), ("2300", "København S"))
NAME_PHRASES = ("jeg hedder {n}", "mit navn er {n}", "min søn {n}", "min datter {n}",
                "min mand {n}", "min kæreste {n}", "min veninde {n}", "Jeg hedder {n}",
                "min bror {n}", "min kone {n}")


@dataclass
class Case:
    text: str
    expected: List[Tuple[str, str]]          # (kind, original value)
    must_survive: List[str] = field(default_factory=list)


def _cpr(rng: random.Random) -> str:
    day = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 60))
    digits = f"{day:%d%m%y}", f"{rng.randrange(10000):04d}"
    return rng.choice(["{}-{}", "{}{}", "{} {}"]).format(*digits)


def _phone(rng: random.Random) -> str:
    d = str(rng.randrange(2, 10)) + "".join(str(rng.randrange(10)) for _ in range(7))
    forms = [d, f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:4]} {d[4:]}",
             f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}", f"+45 {d}", f"+45{d}",
             f"0045 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"(+45) {d[:4]} {d[4:]}",
             f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:5]} {d[5:]}",
             f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"]
    return rng.choice(forms)


def _email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    first = first.replace("ø", "oe")
    last = last.replace("ø", "oe")
    user = rng.choice([f"{first}.{last}", f"{first}{rng.randrange(100)}", f"{first[0]}{last}",
                       f"{first}_{last}+chat"])
    return f"{user}@{rng.choice(['gmail.com', 'hotmail.dk', 'live.dk', 'skole.sonderborg.dk', 'outlook.com'])}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return ".".join(str(rng.randrange(1, 255)) for _ in range(4))
    groups = [f"{rng.randrange(0x10000):x}" for _ in range(8)]
    return rng.choice([":".join(groups), f"{groups[0]}:{groups[1]}::{groups[7]}",
                       f"fe80::{groups[2]}:{groups[3]}"])


def _url(rng: random.Random) -> str:
    return (f"https://www.{rng.choice(['facebook.com/profile.php', 'example.dk/side', 'minside.dk/login'])}"
            f"?id={rng.randrange(10**6)}&user={rng.choice(FIRST).lower()}")


def _address(rng: random.Random) -> str:
    street = f"{rng.choice(STREETS)} {rng.randrange(1, 150)}{rng.choice(['', '', 'B', 'st'])}"
    if street.endswith("st"):
        street = street[:-2] + ", st. tv."
    if rng.random() < 0.6:
        postcode, town = rng.choice(TOWNS)
        street += rng.choice([f", {postcode} {town}", f" {postcode} {town}"])
    return street


def _name(rng: random.Random) -> Tuple[str, str]:
    name = rng.choice(FIRST) + (f" {rng.choice(LAST)}" if rng.random() < 0.5 else "")
    return rng.choice(NAME_PHRASES).format(n=name), name


SAFE = (
    lambda rng: (f"jeg er {rng.randrange(12, 70)} år", None),
    lambda rng: (f"er der telefontid kl. {rng.randrange(8, 16)}.{rng.choice(['00', '15', '30'])}", None),
    lambda rng: (f"kan jeg komme i uge {rng.randrange(1, 53)}", None),
    lambda rng: (f"er {rng.choice(CENTRE_PHONES)} jeres nummer", "phone"),
    lambda rng: (f"ligger I stadig på {rng.choice(CENTRE_STREETS)}", "street"),
    lambda rng: (f"min søn på {rng.randrange(12, 25)} ryger hash", None),
    lambda rng: ("hvad koster 2 samtaler i 12 uger", None),
)

TEMPLATES = {
    "cpr": ("mit cpr er {v}, kan I slå mig op", "cpr nr {v} - kan jeg være anonym",
            "{v} er mit cpr-nummer", "Jeg har cpr {v} og vil gerne stoppe med at drikke"),
    "phone": ("kan I ringe til mig på {v}?", "mit nummer er {v}", "ring {v} efter kl 16",
              "sms mig på {v} tak", "{v} er min mobil"),
    "email": ("skriv til mig på {v}", "min mail er {v}", "kan I sende det til {v}?"),
    "ip": ("min ip er {v}", "jeg skriver fra {v}", "ip: {v}"),
    "url": ("se min profil {v}", "link: {v}"),
    "address": ("jeg bor på {v}", "kan I komme forbi {v}", "adressen er {v}",
                "min søn bor på {v} og drikker"),
}


def generate_corpus(seed: int = 7, size: int = 360) -> List[Case]:
    rng = random.Random(seed)
    makers = {"cpr": _cpr, "phone": _phone, "email": _email, "ip": _ip, "url": _url,
              "address": _address}
    cases: List[Case] = []
    kinds = list(makers) + ["name", "name"]
    for i in range(size):
        kind = kinds[i % len(kinds)]
        if kind == "name":
            phrase, name = _name(rng)
            text = rng.choice(["{p} og jeg har brug for hjælp", "{p}, er det anonymt?",
                               "hej {p} og jeg drikker for meget", "{p} tager kokain"]).format(p=phrase)
            expected = [("name", name)]
        else:
            value = makers[kind](rng)
            text = rng.choice(TEMPLATES[kind]).format(v=value)
            expected = [(kind, value)]
        safe, _ = rng.choice(SAFE)(rng)
        survive = [safe]
        if rng.random() < 0.5:
            text = f"{text}. {safe}"
        else:
            text = f"{safe}, {text}"
        cases.append(Case(text=text, expected=expected, must_survive=survive))
    return cases


@dataclass
class Scores:
    per_kind: Dict[str, Dict[str, float]]
    false_redactions: int
    misses: List[str]


def evaluate(redactor: Redactor, cases: List[Case]) -> Scores:
    tp: Counter = Counter()
    fn: Counter = Counter()
    fp: Counter = Counter()
    false_redactions = 0
    misses: List[str] = []
    for case in cases:
        out = redactor.redact(case.text)
        expected_kinds = Counter(kind for kind, _ in case.expected)
        for kind, value in case.expected:
            # the detail is gone and a placeholder of the right kind is there
            if value not in out.text and PLACEHOLDERS[kind] in out.text:
                tp[kind] += 1
            else:
                fn[kind] += 1
                misses.append(f"{kind}: {case.text!r} -> {out.text!r}")
        for kind, count in Counter(out.kinds).items():
            fp[kind] += max(0, count - expected_kinds.get(kind, 0))
        for safe in case.must_survive:
            if safe not in out.text:
                false_redactions += 1
                misses.append(f"false redaction: {case.text!r} -> {out.text!r}")
    per_kind = {}
    for kind in sorted(set(tp) | set(fn) | set(fp)):
        precision = tp[kind] / max(1, tp[kind] + fp[kind])
        recall = tp[kind] / max(1, tp[kind] + fn[kind])
        per_kind[kind] = {"precision": precision, "recall": recall,
                          "n": tp[kind] + fn[kind]}
    return Scores(per_kind, false_redactions, misses)


def default_redactor() -> Redactor:
    return redactor_for(CENTRE_PHONES, CENTRE_STREETS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--size", type=int, default=360)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    cases = generate_corpus(args.seed, args.size)
    scores = evaluate(default_redactor(), cases)
    print(f"PII corpus: {len(cases)} messages (seed {args.seed})")
    for kind, s in scores.per_kind.items():
        print(f"  {kind:8s} n={s['n']:3d}  precision {s['precision']:.3f}  recall {s['recall']:.3f}")
    print(f"  false redactions of centre phones/addresses, ages, times, weeks: {scores.false_redactions}")
    if args.show_misses:
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()

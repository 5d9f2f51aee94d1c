"""Precision and recall of redaction on a generated corpus of Danish messages, and its cost.

Every identifying detail (CPR, phone, e-mail, IP, URL, address, name) is generated in
all common forms and mixed into real questions, together with things that must survive
(the centres' own phone numbers, ages, clock times, week numbers). The corpus is
deterministic (seeded) so numbers are comparable between runs. ``--extended`` (on by
default in the command) adds names anywhere in a sentence, digits in any grouping,
obfuscated e-mail, profiles and handles, schools and classes, workplaces and licence
plates. Names and streets come from Faker (seeded), not from the redactor's data files.

The last line is the median time to redact one message of about 200 characters.

Usage: python -m benchmarks.pii_redaction [--seed N] [--size N] [--show-misses] [--basic]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Dict, List, Tuple

from core.redaction import PLACEHOLDERS, Redactor, redactor_for

CENTRE_PHONES = ("88 72 44 85", "76 81 90 00", "8794 7580", "76819000")
CENTRE_STREETS = ("Kongevej 19", "Boulevarden 19 AB", "Horsensvej 35",
                  "Ole Lund Kirkegaards Stræde 2F")


def _faker_values(locales: Tuple[str, ...], method: str, count: int, seed: int) -> Tuple[str, ...]:
    """``count`` distinct values of one Faker provider (seeded, so the corpus is fixed).

    Names and streets come from Faker, a generator the team did not write, never from the
    redactor's own lists (core/data/*.txt): a corpus drawn from those would only measure
    that the redactor knows its own lists.
    """
    from faker import Faker

    fakers = []
    for i, locale in enumerate(locales):
        fake = Faker(locale)
        fake.seed_instance(seed + i)
        fakers.append(fake)
    values: List[str] = []
    attempts = 0
    while len(values) < count and attempts < count * 50:
        value = getattr(fakers[attempts % len(fakers)], method)()
        attempts += 1
        if value not in values and value.isprintable():
            values.append(value)
    return tuple(values)


FIRST = _faker_values(("da_DK",), "first_name", 40, seed=101)
LAST = _faker_values(("da_DK",), "last_name", 20, seed=202)
STREETS = _faker_values(("da_DK",), "street_name", 30, seed=303)

TOWNS = (("6400", "Sønderborg"), ("7000", "Fredericia"), ("8660", "Skanderborg"),
         ("7100", "Vejle"), ("8000", "Aarhus C"), ("2300", "København S"))
NAME_PHRASES = ("jeg hedder {n}", "mit navn er {n}", "min søn {n}", "min datter {n}",
                "min mand {n}", "min kæreste {n}", "min veninde {n}", "Jeg hedder {n}",
                "min bror {n}", "min kone {n}")


def _user_part(name: str) -> str:
    """A name as people write it in an e-mail address or a handle: ASCII, lower case."""
    from faker.decode import unidecode

    name = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(ch for ch in unidecode(name) if ch.isalnum())


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
    first, last = _user_part(rng.choice(FIRST)), _user_part(rng.choice(LAST))
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
    return (f"https://www.{rng.choice(['webshop.dk/kurv', 'example.dk/side', 'minside.dk/login'])}"
            f"?id={rng.randrange(10**6)}&user={_user_part(rng.choice(FIRST))}")


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


# ----------------------------------------------------------------- extended corpus

# Names of people in Denmark of other origins: Faker's Turkish, Polish, German, Swedish
# and romanised Pakistani (Urdu/Arabic) names (en_PK has first names only).
MORE_FIRST = _faker_values(("tr_TR", "pl_PL", "en_PK", "de_DE", "sv_SE"), "first_name", 40,
                           seed=404)
MORE_LAST = _faker_values(("tr_TR", "pl_PL", "de_DE", "sv_SE"), "last_name", 20, seed=505)
NAME_ANYWHERE = ("{n} drikker hver weekend", "jeg er bekymret for {n}", "{n} og jeg skændes hele tiden",
                 "jeg har snakket med {n} om hans druk", "i går sagde {n}, at hun vil stoppe",
                 "kan {n} få hjælp hos jer?", "{n} er min bedste ven og tager kokain",
                 "vi bor sammen med {n}, som ryger hash", "hvad gør jeg med {n}?")
SCHOOLS = ("Vestre Skole", "Rosborg Gymnasium", "Kirkebakkeskolen", "Sct. Norberts Skole",
           "Ådalens Skole", "Vejle Tekniske Gymnasium", "Hedegårdsskolen", "Munkensdam Gymnasium")
EMPLOYERS = ("Netto", "Føtex", "Danish Crown", "Vestas", "Lego", "Bilka", "Jensens Tømrer ApS",
             "Grundfos", "McDonald's", "Rema 1000")
TOWNS_ONLY = ("Vejle", "Fredericia", "Horsens", "Kolding", "Sønderborg", "Aarhus")


def _phone_any(rng: random.Random) -> str:
    d = str(rng.randrange(2, 10)) + "".join(str(rng.randrange(10)) for _ in range(7))
    forms = [" ".join(d), "-".join(d), f"{d[:2]}/{d[2:4]}/{d[4:6]}/{d[6:]}",
             f"{d[:4]} {d[4:6]} {d[6:]}", f"{d[:2]} {d[2:4]} {d[4:]}", f"(+45) {d}",
             f"+45-{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}", f"{d[:2]}\u2011{d[2:4]}\u2011{d[4:6]}\u2011{d[6:]}",
             f"{d[:2]}\u200b{d[2:4]}\u200b{d[4:6]}\u200b{d[6:]}", f"{d[:2]}  {d[2:4]}  {d[4:6]}  {d[6:]}"]
    return rng.choice(forms)


def _cpr_any(rng: random.Random) -> str:
    day = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 60))
    a, b = f"{day:%d%m%y}", f"{rng.randrange(10000):04d}"
    return rng.choice([f"{a}\u2013{b}", f"{a[:2]} {a[2:4]} {a[4:]} {b[:2]} {b[2:]}",
                       f"{a[:2]}.{a[2:4]}.{a[4:]}-{b}", " ".join(a + b), f"{a} - {b}"])


def _email_any(rng: random.Random) -> str:
    user = _user_part(rng.choice(FIRST)) + str(rng.randrange(10, 99))
    host = rng.choice(["gmail", "hotmail", "live", "outlook"])
    tld = rng.choice(["com", "dk"])
    return rng.choice([f"{user} at {host} dot {tld}", f"{user}(at){host}.{tld}",
                       f"{user} [at] {host} punktum {tld}", f"{user} snabel-a {host}.{tld}",
                       f"{user}\uff20{host}.{tld}", f"{user} @ {host} . {tld}"])


def _profile(rng: random.Random) -> Tuple[str, str]:
    handle = _user_part(rng.choice(FIRST)) + rng.choice(["_", ".", ""]) + str(rng.randrange(100))
    site = rng.choice(["instagram.com/", "https://www.tiktok.com/@", "facebook.com/",
                       "snapchat.com/add/", "x.com/", "linkedin.com/in/"])
    return rng.choice([
        (f"se min profil {site}{handle}", f"{site}{handle}"),
        (f"skriv til mig på @{handle}", f"@{handle}"),
        (f"min snap er {handle}", handle), (f"insta: {handle}", handle),
        (f"add mig på snap {handle}", handle),
    ])


def _extended_case(kind: str, rng: random.Random) -> Tuple[str, List[Tuple[str, str]]]:
    if kind == "name":
        name = rng.choice(FIRST + MORE_FIRST)
        if rng.random() < 0.3:
            name += " " + rng.choice(LAST + MORE_LAST)
        return rng.choice(NAME_ANYWHERE).format(n=name), [("name", name)]
    if kind == "phone":
        value = _phone_any(rng)
        return f"du kan ringe til mig på {value} i aften", [("phone", value)]
    if kind == "cpr":
        value = _cpr_any(rng)
        return f"mit cpr er {value}, er det et problem", [("cpr", value)]
    if kind == "email":
        value = _email_any(rng)
        return f"skriv til {value} hvis I kan", [("email", value)]
    if kind == "profile":
        text, value = _profile(rng)
        return text, [("profile", value)]
    if kind == "school":
        school = rng.choice(SCHOOLS)
        cls = f"{rng.randrange(1, 10)}.{rng.choice('abcd')}"
        return f"jeg går i {cls} på {school} og drikker", [("class", cls), ("school", school)]
    if kind == "workplace":
        employer = rng.choice(EMPLOYERS)
        return (f"jeg arbejder i {employer} i {rng.choice(TOWNS_ONLY)} og drikker for meget",
                [("workplace", employer)])
    letters = rng.choice(["AB", "CX", "DK", "EL", "RT"])
    value = f"{letters} {rng.randrange(10, 99)} {rng.randrange(100, 999)}"
    return f"min bil har nummerpladen {value}", [("plate", value)]


EXTENDED_KINDS = ("name", "name", "name", "phone", "cpr", "email", "profile", "school",
                  "workplace", "plate")
EXTENDED_SAFE: Tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"jeg bor i {rng.choice(TOWNS_ONLY)}",
    lambda rng: f"min søn går på {rng.choice(['efterskole', 'gymnasiet', 'en ny skole'])}",
    lambda rng: f"kan jeg få {rng.choice(['Antabus', 'Subutex', 'CRAFT', 'NADA'])}",
    lambda rng: f"{rng.choice(['Have en god dag', 'Per dag drikker jeg 5 øl', 'Vi tager det dag for dag'])}",
    lambda rng: f"jeg drak fra {rng.randrange(18, 22)}.00-{rng.randrange(22, 24)}.30",
    lambda rng: f"det koster {rng.randrange(1, 9)}.{rng.randrange(100, 999)} kr",
    lambda rng: f"jeg har drukket siden {rng.randrange(1995, 2024)}",
    lambda rng: "ring til Alkolinjen på 80 200 500",
)


def generate_extended_corpus(seed: int = 7, size: int = 360) -> List[Case]:
    """The new kinds and formats: names anywhere, digits in any grouping, and more."""
    rng = random.Random(seed * 7919 + 1)
    cases: List[Case] = []
    for i in range(size):
        text, expected = _extended_case(EXTENDED_KINDS[i % len(EXTENDED_KINDS)], rng)
        safe = rng.choice(EXTENDED_SAFE)(rng)
        text = f"{text}. {safe}" if rng.random() < 0.5 else f"{safe}. {text}"
        cases.append(Case(text=text, expected=expected, must_survive=[safe]))
    return cases


def median_ms(redactor: Redactor, repeat: int = 300) -> float:
    """Median time to redact one message of about 200 characters, in milliseconds."""
    message = ("Hej, jeg hedder Mette og min søn Mikkel på 16 ryger hash hver weekend. Kan I "
               "ringe til mig på 20 45 67 89 efter kl 16.30? Vi bor i Vejle, og jeg er "
               "bekymret for ham. Hvad koster det, og er det anonymt?")
    redactor.redact(message)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        redactor.redact(message)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


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


def _gone(value: str, text: str) -> bool:
    """The value is not in the redacted text (compared the way the redactor cleans it)."""
    from core.language.normalize import clean
    return value not in text and clean(value) not in text


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
            if _gone(value, out.text) and PLACEHOLDERS[kind] in out.text:
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


def _report(title: str, cases: List[Case], scores: Scores, show_misses: bool) -> None:
    print(f"{title}: {len(cases)} messages")
    for kind, s in scores.per_kind.items():
        print(f"  {kind:9s} n={s['n']:3d}  precision {s['precision']:.3f}  recall {s['recall']:.3f}")
    print(f"  false redactions of things that must survive: {scores.false_redactions}")
    if show_misses:
        print("\n".join(scores.misses))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--size", type=int, default=360)
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--basic", action="store_true", help="only the original corpus")
    args = ap.parse_args()
    redactor = default_redactor()
    cases = generate_corpus(args.seed, args.size)
    _report(f"PII corpus (seed {args.seed})", cases, evaluate(redactor, cases), args.show_misses)
    if not args.basic:
        cases = generate_extended_corpus(args.seed, args.size)
        _report(f"Extended PII corpus (seed {args.seed})", cases, evaluate(redactor, cases),
                args.show_misses)
    print(f"redaction time, median for a 200-character message: {median_ms(redactor):.3f} ms")


if __name__ == "__main__":
    main()

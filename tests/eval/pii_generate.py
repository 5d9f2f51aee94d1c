"""Deterministic generator for the PII-redaction evaluation corpus.

Written by an independent reviewer who has not read the redaction code.

    generate(seed, n) -> list of {"text": str, "values": [{"kind", "value"}], "keep": bool}

Templates come from pii_templates_a.yaml (next to this file).  Slot values come from
Faker (mostly da_DK, plus other locales for names of immigrant origin) and are written
in the many ways people actually type them (spacing, separators, obfuscated e-mails,
lower case, missing æøå, zero-width characters ...).  Every entry in ``values`` occurs
verbatim in ``text``; the redactor is expected to remove each of them.  Items with
``keep`` true contain no personal data; nothing in them should be removed.

Same seed and n -> same output (only random.Random(seed) and Faker.seed_instance are used).
"""
from __future__ import annotations

import ipaddress
import json
import os
import random
import re
import sys

from faker import Faker

TEMPLATE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_templates_a.yaml")

SLOTS = (
    "first_name", "full_name", "phone", "cpr", "email", "address", "school_class",
    "workplace", "plate", "handle", "profile_url", "ip",
)

# Name locales and weights.  ar_AA and fa_IR give names in Arabic script; en_PK gives
# romanised Arabic/Urdu names (its last_name list is broken, so first names are reused).
NAME_LOCALES = [
    ("da_DK", 55), ("sv_SE", 5), ("no_NO", 3), ("de_DE", 5), ("en_GB", 6),
    ("tr_TR", 8), ("pl_PL", 6), ("en_PK", 8), ("ar_AA", 2), ("fa_IR", 2),
]
ALL_LOCALES = [loc for loc, _ in NAME_LOCALES]

ZWSP = "\u200b"
SHY = "\u00ad"
NBSP = "\u00a0"

# Danish mobile prefixes (and a few landline areas: parents give home numbers too).
MOBILE_PREFIXES = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                   "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81",
                   "91", "92", "93"]
LANDLINE_PREFIXES = ["33", "35", "36", "38", "43", "44", "45", "46", "48", "56", "58",
                     "62", "64", "66", "73", "74", "75", "86", "96", "98"]
# Numbers published in the catalogues: never generate them as personal numbers.
CATALOGUE_NUMBERS = {"88724485", "88726400", "87947580", "76819000", "22444921",
                     "30567751", "40123741", "23326669", "20598446", "20598466", "24765857"}

MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.dk", "live.dk",
                "outlook.dk", "outlook.com", "yahoo.dk", "icloud.com", "mail.dk", "jubii.dk",
                "live.com", "protonmail.com", "me.com", "youmail.dk", "gmx.de", "elev.skolekom.dk"]

CHAINS = ["Netto", "Føtex", "Bilka", "Rema 1000", "Lidl", "Kvickly", "SuperBrugsen", "Coop 365",
          "Meny", "Spar", "Min Købmand", "McDonald's", "Burger King", "Sunset Boulevard",
          "Circle K", "Q8", "OK Plus", "Normal", "Matas", "Jysk", "Bauhaus", "Silvan",
          "Elgiganten", "Power", "7-Eleven", "Harald Nyborg", "Sport 24", "H&M",
          "Søstrene Grene", "Flying Tiger", "Joe & The Juice", "Espresso House", "Baresso",
          "Lagkagehuset", "Domino's", "Sallings", "Fakta", "Dagli'Brugsen", "Imerco"]
TRADES = ["Tømrerfirma {last}", "{last}s VVS", "Malerfirma {last} & Søn", "{last} Auto",
          "Murerfirma {last} ApS", "Frisør {first}", "Café {first}", "{last}s Bageri",
          "{last} Transport", "Vognmand {last}", "{last}s Rengøring", "Pizzeria {city}",
          "Plejecenter {nature}ly", "Børnehaven {nature}bo", "Vuggestuen {nature}tuen",
          "{city} Sygehus", "{city} Bowling", "{city} Biograf", "Fitness World {city}",
          "{city} Svømmehal", "{city} Hotel", "Restaurant {last}"]
NATURE = ["Rosen", "Skov", "Bøge", "Ege", "Lind", "Sø", "Bakke", "Eng", "Hede", "Mølle", "Kilde",
          "Fjord", "Strand", "Vang", "Lunde", "Holme", "Sol", "Ahorn", "Hassel", "Kastanie"]
SCHOOL_SUFFIX = ["skolen", "vangskolen", "bakkeskolen", "lundskolen", "højskolen", "gårdskolen",
                 "engskolen", "dalskolen"]
DIRECTIONS = ["Vestre", "Østre", "Nordre", "Søndre", "Midtbyens", "Sct. Jørgens", "Ny"]

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVXYZ"

SOCIAL_CONTEXT = re.compile(
    r"(snap|insta|ig\b|tiktok|discord|telegram|twitter|facebook|brugernavn|gamertag|"
    r"konto|hedder|profil)[^{}]{0,12}$", re.I)

SOCIAL_AFTER = re.compile(r"\s+(på|on)\s+(snap|insta|ig|tiktok|discord|telegram)", re.I)

ASCII_MAP_OE = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
ASCII_MAP_O = {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"}


# ------------------------------------------------------------------ template loading

def _load_templates(path: str = TEMPLATE_FILE) -> list[dict]:
    try:
        import yaml  # type: ignore
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        raw = data["templates"]
    except ImportError:  # minimal fallback for this file's simple layout
        raw = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                s = line.strip()
                if s.startswith("- text:"):
                    raw.append({"text": json.loads(s[len("- text:"):].strip())})
                elif s.startswith("keep:") and raw:
                    raw[-1]["keep"] = s.split(":", 1)[1].strip().lower() == "true"
    out = []
    for t in raw:
        text = t["text"]
        slots = re.findall(r"\{(\w+)\}", text)
        unknown = [s for s in slots if s not in SLOTS]
        if unknown:
            raise ValueError(f"unknown slot(s) {unknown} in template {text!r}")
        keep = bool(t.get("keep", False))
        if keep and slots:
            raise ValueError(f"keep template has slots: {text!r}")
        out.append({"text": text, "keep": keep, "slots": slots})
    return out


# ------------------------------------------------------------------ helpers

def _ascii_dk(s: str, rng: random.Random) -> str:
    table = ASCII_MAP_OE if rng.random() < 0.5 else ASCII_MAP_O
    return "".join(table.get(c, c) for c in s)


def _slug(s: str) -> str:
    from faker.decode import unidecode
    s = unidecode(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(ALL_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 1000 + i)
            self.fk[loc] = f
        self.da = self.fk["da_DK"]
        self.en = self.fk["en_GB"]

    # ---------------------------------------------------------------- names
    def _locale(self) -> str:
        locs, weights = zip(*NAME_LOCALES, strict=True)
        return self.rng.choices(locs, weights=weights)[0]

    def _first(self, loc: str) -> str:
        return self.fk[loc].first_name()

    def _last(self, loc: str) -> str:
        if loc == "en_PK":
            return self.fk[loc].first_name()
        return self.fk[loc].last_name()

    def _case_name(self, name: str, lower_ctx: bool) -> str:
        r = self.rng.random()
        if any(c in name for c in "æøåÆØÅ") and self.rng.random() < 0.2:
            name = _ascii_dk(name, self.rng)
        if r < (0.5 if lower_ctx else 0.12):
            return name.lower()
        if r > 0.985:
            return name.upper()
        return name

    def first_name(self, lower_ctx: bool):
        loc = self._locale()
        name = self._first(loc)
        if loc == "da_DK" and self.rng.random() < 0.08:  # double first name
            name = f"{name}-{self._first(loc)}" if self.rng.random() < 0.5 else f"{name} {self._first(loc)}"
        return self._case_name(name, lower_ctx)

    def full_name(self, lower_ctx: bool):
        loc = self._locale()
        parts = [self._first(loc)]
        if loc in ("da_DK", "sv_SE", "no_NO") and self.rng.random() < 0.25:
            parts.append(self.rng.choice([self._first(loc), self._last(loc)]))
        parts.append(self._last(loc))
        if loc == "da_DK" and self.rng.random() < 0.06:
            parts[-1] = f"{parts[-1]}-{self._last(loc)}"
        return self._case_name(" ".join(parts), lower_ctx)

    # ---------------------------------------------------------------- phone
    def _digits8(self) -> str:
        while True:
            pre = self.rng.choice(MOBILE_PREFIXES if self.rng.random() < 0.85 else LANDLINE_PREFIXES)
            d = pre + "".join(str(self.rng.randint(0, 9)) for _ in range(6))
            if d not in CATALOGUE_NUMBERS:
                return d

    def phone(self, lower_ctx: bool):
        d = self._digits8()
        g2 = " ".join(d[i:i + 2] for i in range(0, 8, 2))
        fmts = [
            lambda: d,
            lambda: g2,
            lambda: f"{d[:4]} {d[4:]}",
            lambda: f"{d[:4]} {d[4:6]} {d[6:]}",
            lambda: "-".join(d[i:i + 2] for i in range(0, 8, 2)),
            lambda: "/".join(d[i:i + 2] for i in range(0, 8, 2)),
            lambda: ".".join(d[i:i + 2] for i in range(0, 8, 2)),
            lambda: " ".join(d),
            lambda: f"+45 {g2}",
            lambda: f"+45{d}",
            lambda: f"+45 {d[:4]} {d[4:]}",
            lambda: f"0045 {d}",
            lambda: f"0045{d}",
            lambda: f"(+45) {d}",
            lambda: f"+45-{d}",
            lambda: f"{d[:2]}{ZWSP}{d[2:4]}{ZWSP}{d[4:]}",
            lambda: f"{d[:4]}{SHY}{d[4:]}",
            lambda: f"{d[:2]}{NBSP}{d[2:4]}{NBSP}{d[4:6]}{NBSP}{d[6:]}",
            lambda: f"{d[:3]} {d[3:5]} {d[5:]}",
            lambda: f"{d[:2]} {d[2:5]} {d[5:]}",
            lambda: "".join(chr(0xFF10 + int(c)) for c in d),  # full-width digits
            lambda: f"{d[:4]}-{d[4:]}",
        ]
        weights = [14, 14, 10, 5, 4, 2, 2, 3, 6, 3, 3, 2, 2, 2, 1, 2, 2, 2, 2, 2, 1, 3]
        return self.rng.choices(fmts, weights=weights)[0]()

    # ---------------------------------------------------------------- cpr
    def cpr(self, lower_ctx: bool):
        import datetime as dt
        if self.rng.random() < 0.55:
            year = self.rng.randint(2004, 2013)  # young people
        else:
            year = self.rng.randint(1955, 1999)  # parents, partners, teachers
        start = dt.date(year, 1, 1).toordinal()
        end = dt.date(year, 12, 31).toordinal()
        day = dt.date.fromordinal(self.rng.randint(start, end))
        ddmmyy = f"{day.day:02d}{day.month:02d}{day.year % 100:02d}"
        first = self.rng.choice("456789" if year >= 2000 else "0123")
        serial = first + "".join(str(self.rng.randint(0, 9)) for _ in range(3))
        fmts = [
            lambda: f"{ddmmyy}-{serial}",
            lambda: f"{ddmmyy}{serial}",
            lambda: f"{ddmmyy} {serial}",
            lambda: f"{ddmmyy}\u2013{serial}",   # en dash
            lambda: f"{ddmmyy}\u2212{serial}",   # minus sign
            lambda: f"{ddmmyy}\u2011{serial}",   # non-breaking hyphen
            lambda: f"{ddmmyy}\u2010{serial}",   # hyphen
            lambda: f"{ddmmyy} - {serial}",
            lambda: " ".join(ddmmyy) + " - " + " ".join(serial),
            lambda: " ".join(ddmmyy + serial),
            lambda: f"{ddmmyy[:2]}.{ddmmyy[2:4]}.{ddmmyy[4:]}-{serial}",
            lambda: f"{ddmmyy[:2]} {ddmmyy[2:4]} {ddmmyy[4:]}-{serial}",
            lambda: f"{ddmmyy}/{serial}",
            lambda: f"{ddmmyy}{ZWSP}-{serial}",
            lambda: f"{ddmmyy[:3]}{SHY}{ddmmyy[3:]}{serial}",
            lambda: f"{ddmmyy}{NBSP}{serial}",
        ]
        weights = [20, 14, 8, 4, 3, 3, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2]
        return self.rng.choices(fmts, weights=weights)[0]()

    # ---------------------------------------------------------------- email
    def _local_part(self) -> str:
        rng = self.rng
        loc = self._locale()
        first = _slug(self._first(loc))
        last = _slug(self._last(loc))
        if not first or not last:  # non-Latin names
            return self.en.user_name()
        yr = str(rng.randint(1960, 2013))
        opts = [
            f"{first}.{last}", f"{first}{last}", f"{first}_{last}", f"{first}{yr[2:]}",
            f"{first}.{last}{rng.randint(1, 99)}", f"{first[0]}{last}", f"{first}{yr}",
            f"{first}-{last}", f"{last}{first}", f"xx{first}xx", f"{first}.{last[0]}",
            self.da.user_name(),
        ]
        return rng.choice(opts)

    def email(self, lower_ctx: bool):
        rng = self.rng
        local = self._local_part()
        dom = rng.choice(MAIL_DOMAINS)
        name, _, tld = dom.rpartition(".")
        fmts = [
            lambda: f"{local}@{dom}",
            lambda: f"{local.capitalize()}@{dom}",
            lambda: f"{local}@{dom}".upper(),
            lambda: f"{local} at {name} dot {tld}",
            lambda: f"{local}(at){dom}",
            lambda: f"{local} (at) {name} (dot) {tld}",
            lambda: f"{local} snabel-a {name} punktum {tld}",
            lambda: f"{local} snabel a {dom}",
            lambda: f"{local}\uff20{dom}",
            lambda: f"{local} [at] {name} [dot] {tld}",
            lambda: f"{local} @ {name} . {tld}",
            lambda: f"{local}@{name},{tld}",
            lambda: f"mailto:{local}@{dom}",
            lambda: f"{local} @ {dom}",
            lambda: f"{local}[at]{name}[punktum]{tld}",
            lambda: f"{local}@{name} dot {tld}",
            lambda: f"{local}{ZWSP}@{dom}",
        ]
        weights = [30, 5, 2, 5, 4, 3, 4, 2, 2, 3, 3, 2, 2, 3, 2, 2, 1]
        return rng.choices(fmts, weights=weights)[0]()

    # ---------------------------------------------------------------- address
    def address(self, lower_ctx: bool):
        rng = self.rng
        street = self.da.street_name()
        num = str(rng.choices([rng.randint(1, 40), rng.randint(41, 160)], weights=[3, 1])[0])
        if rng.random() < 0.15:
            num += rng.choice("ABCDEF" if rng.random() < 0.7 else "abcdef")
        floor = ""
        if rng.random() < 0.35:
            floor = rng.choice(["st. tv", "st. th", "st.", "1. tv", "1. th", "2. tv", "2. th",
                                "3. mf", "4 th", "1.sal", "2 tv", "kl.", "3. 12", "st th"])
        post = self.da.postcode()
        city = self.da.city()
        base = f"{street} {num}"
        if floor:
            base += rng.choice([", ", " "]) + floor
        r = rng.random()
        if r < 0.35:
            out = base
        elif r < 0.7:
            out = f"{base}, {post} {city}"
        elif r < 0.8:
            out = f"{base} {post} {city}"
        elif r < 0.9:
            out = f"{base}, {city}"
        else:
            out = f"{base}\n{post} {city}"
        if rng.random() < (0.5 if lower_ctx else 0.15):
            out = out.lower()
        if rng.random() < 0.15:
            out = _ascii_dk(out, rng)
        return out

    # ---------------------------------------------------------------- school + class
    def _school(self) -> str:
        rng = self.rng
        city = self.da.city()
        last = self.da.last_name()
        opts = [
            lambda: f"{rng.choice(NATURE)}{rng.choice(SCHOOL_SUFFIX)}",
            lambda: f"{rng.choice(DIRECTIONS)} Skole",
            lambda: f"{city} Skole",
            lambda: f"{city}skolen",
            lambda: f"{rng.choice(NATURE)}vængets Skole",
            lambda: f"{city} Efterskole",
            lambda: f"{city} Friskole",
            lambda: f"{city} Privatskole",
            lambda: f"{last}s Privatskole",
            lambda: f"{city} Realskole",
            lambda: f"{city} Gymnasium",
            lambda: f"{city} Gym",
            lambda: f"{city} Statsskole",
            lambda: f"{city} Handelsgymnasium",
            lambda: f"HTX {city}",
            lambda: f"{city} HF",
            lambda: f"Ungdomsskolen i {city}",
            lambda: f"{city} Katedralskole",
        ]
        return rng.choice(opts)()

    def school_class(self, lower_ctx: bool):
        rng = self.rng
        school = self._school()
        low = f" {school.lower()}"
        gym = any(w in low for w in ("gym", "statsskole", "htx", " hf", "katedral"))
        if gym:
            grade = str(rng.randint(1, 3))
            letter = rng.choice(["g", "x", "a", "b", "c", "d", "z", "hf", "q"])
        else:
            grade = str(rng.choices(range(0, 11), weights=[1, 1, 1, 2, 2, 3, 4, 6, 7, 7, 5])[0])
            letter = rng.choice("abcdexyz")
        cls = rng.choice([f"{grade}.{letter}", f"{grade}{letter}", f"{grade}. {letter}",
                          f"{grade}.{letter.upper()}", f"{grade} {letter}"])
        if rng.random() < (0.5 if lower_ctx else 0.15):
            school = school.lower()
        if rng.random() < 0.1:
            school = _ascii_dk(school, rng)
        return rng.choices(
            [f"{cls} på {school}", f"{school} {cls}", f"{cls}, {school}", f"{cls} {school}",
             f"{cls} på {school} i {self.da.city()}", f"{school} ({cls})"],
            weights=[10, 3, 2, 2, 1, 1])[0]

    # ---------------------------------------------------------------- workplace
    def workplace(self, lower_ctx: bool):
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            chain = rng.choice(CHAINS)
            where = rng.choice([f" på {self.da.street_name()}", f" i {self.da.city()}",
                                f" {self.da.city()}", f" på {self.da.street_name()} i {self.da.city()}",
                                f" i {self.da.city()} {rng.choice(['C', 'Nord', 'Syd', 'Øst', 'Vest'])}"])
            out = chain + where
        elif r < 0.7:
            out = self.da.company()
        else:
            out = rng.choice(TRADES).format(last=self.da.last_name(), first=self.da.first_name(),
                                            city=self.da.city(), nature=rng.choice(NATURE))
        if rng.random() < (0.4 if lower_ctx else 0.1):
            out = out.lower()
        return out

    # ---------------------------------------------------------------- plate
    def plate(self, lower_ctx: bool):
        rng = self.rng
        a, b = rng.choice(PLATE_LETTERS), rng.choice(PLATE_LETTERS)
        n = f"{rng.randint(10, 99)}{rng.randint(0, 999):03d}"
        L = a + b
        fmts = [
            lambda: f"{L} {n[:2]} {n[2:]}", lambda: f"{L}{n}", lambda: f"{L} {n}",
            lambda: f"{L.lower()} {n[:2]} {n[2:]}", lambda: f"{L.lower()}{n}",
            lambda: f"{L}-{n[:2]}-{n[2:]}", lambda: f"{L} {n[:2]}-{n[2:]}",
            lambda: " ".join(L + n), lambda: f"{L}{NBSP}{n[:2]}{NBSP}{n[2:]}",
            lambda: f"{L}-{n}", lambda: f"{L}.{n[:2]}.{n[2:]}",
        ]
        weights = [20, 12, 8, 5, 4, 3, 2, 2, 2, 2, 1]
        return rng.choices(fmts, weights=weights)[0]()

    # ---------------------------------------------------------------- handle
    def _username(self) -> str:
        rng = self.rng
        loc = self._locale()
        first = _slug(self._first(loc)) or _slug(self.en.first_name())
        last = _slug(self._last(loc)) or _slug(self.en.last_name())
        opts = [
            lambda: self.da.user_name(),
            lambda: f"{first}_{rng.randint(1, 99)}",
            lambda: f"{first}.{last}",
            lambda: f"xx_{first}_xx",
            lambda: f"{first}{rng.choice(['2007', '2008', '2009', '2010', '06', '07', '08', '09'])}",
            lambda: f"{first}_{last[:3]}",
            lambda: f"{first}.{rng.choice(['official', 'dk', 'x', 'tv', 'cph', 'aarhus'])}",
            lambda: f"{rng.choice(['lil', 'big', 'its', 'real', 'the'])}{first}",
            lambda: f"{first}__{last}",
            lambda: f"{first[:4]}{last[:4]}{rng.randint(0, 999)}",
        ]
        return rng.choice(opts)()

    def handle(self, lower_ctx: bool, social_ctx: bool):
        """Returns (rendered, value)."""
        rng = self.rng
        u = self._username()
        if social_ctx:
            form = rng.choices(["@", "bare", "bare_caps"], weights=[5, 6, 1])[0]
            if form == "@":
                return f"@{u}", f"@{u}"
            if form == "bare_caps":
                u = u.capitalize()
            return u, u
        form = rng.choices(
            ["@", "snap:", "snap", "sc:", "insta:", "ig: @", "tiktok @", "discord:", "på snap",
             "@ på insta", "snapchat:", "telegram @"],
            weights=[14, 5, 3, 2, 4, 2, 2, 2, 2, 2, 1, 1])[0]
        if form == "@":
            return f"@{u}", f"@{u}"
        if form == "på snap":
            return f"{u} på snap", u
        if form == "@ på insta":
            return f"@{u} på insta", f"@{u}"
        if form.endswith("@"):
            return f"{form}{u}", f"@{u}"
        return f"{form} {u}", u

    # ---------------------------------------------------------------- profile url
    def profile_url(self, lower_ctx: bool):
        rng = self.rng
        u = self._username()
        scheme = rng.choice(["", "", "https://", "https://www.", "www.", "http://"])
        tok = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
        fmts = [
            lambda: f"{scheme}instagram.com/{u}",
            lambda: f"{scheme}instagram.com/{u}/",
            lambda: f"https://www.instagram.com/{u}?igsh={tok}",
            lambda: f"https://www.instagram.com/{u}/?utm_source=ig_web_copy_link",
            lambda: f"{scheme}facebook.com/{u}",
            lambda: f"https://www.facebook.com/profile.php?id=1000{rng.randint(10**10, 10**11 - 1)}",
            lambda: f"https://m.facebook.com/{u}",
            lambda: f"fb.com/{u}",
            lambda: f"{scheme}tiktok.com/@{u}",
            lambda: f"https://www.tiktok.com/@{u}?_t={tok}&_r=1",
            lambda: f"{scheme}snapchat.com/add/{u}",
            lambda: f"https://www.snapchat.com/add/{u}?share_id={tok}",
            lambda: f"{scheme}x.com/{u}",
            lambda: f"twitter.com/{u}",
            lambda: f"https://www.linkedin.com/in/{u.replace('.', '-').replace('_', '-')}",
            lambda: f"youtube.com/@{u}",
            lambda: f"https://t.me/{u.replace('.', '_')}",
            lambda: f"https://discord.com/users/{rng.randint(10**17, 10**18 - 1)}",
            lambda: f"https://www.reddit.com/user/{u}",
        ]
        weights = [12, 3, 4, 2, 8, 4, 2, 2, 8, 3, 6, 2, 2, 1, 2, 2, 1, 1, 1]
        return rng.choices(fmts, weights=weights)[0]()

    # ---------------------------------------------------------------- ip
    def ip(self, lower_ctx: bool):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return self.da.ipv4_public()
        if r < 0.62:
            return self.da.ipv4_private()
        if r < 0.67:
            return f"{self.da.ipv4_public()}:{rng.choice([443, 8080, 3000, 51820])}"
        v6 = ipaddress.IPv6Address(self.da.ipv6())
        if rng.random() < 0.4:  # make a realistic compressible address
            packed = bytearray(v6.packed)
            packed[0:2] = rng.choice([b"\x2a\x02", b"\x20\x01", b"\x2a\x00", b"\x26\x00"])
            packed[8:12] = b"\x00\x00\x00\x00"
            v6 = ipaddress.IPv6Address(bytes(packed))
        s = rng.choice([v6.compressed, v6.exploded, v6.compressed.upper(), v6.exploded.upper()])
        if rng.random() < 0.05:
            return f"::ffff:{self.da.ipv4_public()}"
        return s

    # ---------------------------------------------------------------- rendering
    def render(self, tpl: dict) -> dict:
        text = tpl["text"]
        if tpl["keep"]:
            return {"text": text, "values": [], "keep": True}
        # Lower-case context: template written without capitals outside the slots.
        lower_ctx = not re.search(r"[A-ZÆØÅ]", re.sub(r"\{\w+\}", "", text))
        out = []
        values = []
        used = set()
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", text):
            kind = m.group(1)
            out.append(text[pos:m.start()])
            pos = m.end()
            for _attempt in range(20):
                if kind == "handle":
                    social = bool(SOCIAL_CONTEXT.search(text[:m.start()]) or
                                  SOCIAL_AFTER.match(text[m.end():]))
                    rendered, value = self.handle(lower_ctx, social)
                else:
                    rendered = getattr(self, kind)(lower_ctx)
                    value = rendered
                if value.lower() not in used:
                    break
            used.add(value.lower())
            # Danish possessive: template "{first_name}s".
            if kind in ("first_name", "full_name") and text[pos:pos + 1] == "s" and \
                    not re.match(r"[a-zæøå]", text[pos + 1:pos + 2]):
                if rendered[-1:].lower() in ("s", "x", "z"):
                    pos += 1  # drop the template's s
                    rendered = rendered + self.rng.choice(["'", "'", "s", "'s"])
            out.append(rendered)
            values.append({"kind": kind, "value": value})
        out.append(text[pos:])
        return {"text": "".join(out), "values": values, "keep": False}


_TEMPLATES_CACHE: list[dict] | None = None


def load_templates() -> list[dict]:
    global _TEMPLATES_CACHE
    if _TEMPLATES_CACHE is None:
        _TEMPLATES_CACHE = _load_templates()
    return _TEMPLATES_CACHE


def generate(seed: int, n: int) -> list[dict]:
    """n filled templates; templates are used in shuffled rounds so all appear evenly."""
    templates = load_templates()
    gen = _Gen(seed)
    order: list[int] = []
    items = []
    for _ in range(n):
        if not order:
            order = list(range(len(templates)))
            gen.rng.shuffle(order)
        items.append(gen.render(templates[order.pop()]))
    return items


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for item in generate(seed, 10):
        print(json.dumps(item, ensure_ascii=False))

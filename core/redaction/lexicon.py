"""The word lists of ``core/data/``, folded, and what counts as a Danish word."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, List, Set

from core.redaction.plain_words import EXTRA_ENGLISH, plain_forms
from core.redaction.streets import ADDRESS

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]

_FOLD_TABLE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "u",
                             "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "í": "i",
                             "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ß": "ss"})


def fold_word(word: str) -> str:
    """One word as :func:`core.language.normalize.fold` writes it, without the regexes."""
    if word.isascii():
        return word.lower()
    folded = word.lower().translate(_FOLD_TABLE)
    if folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(ch))


# Suffixes of Danish inflection, longest first; a word is known when a stem is a base word.
_SUFFIXES = ("ernes", "endes", "erne", "enes", "ende", "edes", "este", "ene", "ens", "ets",
             "ers", "ede", "ere", "ste", "nes", "rne", "tes", "des", "er", "en", "et", "es",
             "te", "de", "ne", "ns", "ts", "rs", "st", "e", "s", "r", "n", "t")


def word_in(key: str, words: FrozenSet[str], depth: int = 0, part: int = 3) -> bool:
    """True when the folded ``key`` is a Danish word: a base word of ``words``, an
    inflected form of one ("behandlingen"), or a compound of them ("alkoholbehandling")
    whose parts have at least ``part`` letters."""
    if key in words:
        return True
    n = len(key)
    for suffix in _SUFFIXES:
        if n - len(suffix) >= 2 and key.endswith(suffix):
            stem = key[:-len(suffix)]
            if stem in words or stem + "e" in words or (
                    len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    # Three parts, or four in a long word ("skole|sundheds|plejerske"): names are short.
    if (depth < 2 or (depth < 3 and n >= 3 * part)) and n >= 2 * part:
        for i in range(part, n - part + 1):
            head = key[:i]
            if head in words or (head[-1] in "se" and head[:-1] in words) or (
                    head[-1] == "e" and i > 4 and head[-2] == head[-3]
                    and head[:-2] in words):  # "vennegruppe": "ven" and a linking "ne"
                if word_in(key[i:], words, depth + 1, part):
                    return True
    if part > 3:
        for ending in _DERIVATIONS:  # "sikkerhed", "venskab", "hjælpeløs"
            if key.endswith(ending) and len(key) - len(ending) >= part and word_in(
                    key[:-len(ending)], words, depth + 1, part):
                return True
    return False


_DERIVATIONS = tuple(fold_word(e) for e in (
                "hed", "heden", "heder", "lig", "ligt", "lige", "dom", "skab", "skabet", "isk",
                "iske", "som", "somt", "løs", "løst", "løse", "fuld", "agtig", "mæssig",
                "mæssigt", "else", "ning", "ningen"))


def _read_list(name: str) -> List[str]:
    path = DATA / name
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


_CONTACT_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_PHONE = re.compile(r"(?<![\d])(?:\d[ .-]?){7}\d(?!\d)")
_ACCENTED = re.compile(r"[éèêáàíóú]", re.I)
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][\wæøåÆØÅ]+")


@dataclass(frozen=True)
class Lexicon:
    """The word lists, folded: names, names that are words, Danish words, never-names."""

    first: FrozenSet[str]
    last: FrozenSet[str]
    name_words: FrozenSet[str]
    rare: FrozenSet[str]
    words: FrozenSet[str]
    allow: FrozenSet[str]
    knowledge_phones: FrozenSet[str]
    knowledge_emails: FrozenSet[str]
    knowledge_streets: FrozenSet[str]
    english: FrozenSet[str] = frozenset()
    # names as the lists spell them with an accent ("rené"): no Danish word ("rene") then
    accented: FrozenSet[str] = frozenset()
    # the Danish words, and those with æ, ø, å written without them ("born", "grede"): see
    # core.redaction.plain_words
    plain: FrozenSet[str] = frozenset()

    def is_word(self, key: str) -> bool:
        return key in STOP or word_in(key, self.words)

    def is_known(self, key: str, strict: bool = False) -> bool:
        """A Danish or common English word, or a proper noun that is never a name; also
        written with letters held ("sååå", "neeej"). ``strict``: compounds only of parts
        of four letters or more, for "Gaspar" is no "gas" and "par"."""
        if key in self.allow or key in self.english or key in STOP:
            return True
        if word_in(key, self.words, part=4 if strict else 3):
            return True
        if "’" in key and key.replace("’", "'") in self.english:
            return True
        if _HELD.search(key):
            for squeezed in (_HELD.sub(r"\1", key), _HELD.sub(r"\1\1", key)):
                if squeezed in self.english or self.is_word(squeezed):
                    return True
        return False

    def written_plain(self, key: str) -> bool:
        """A Danish word written without æ, ø, å: "bornene", "gredt", "tommermend", "slar"
        (five letters or more, compounds of parts of five or of a long word: "Tevs" or
        "Diethard" stay names)."""
        return len(key) >= 5 and key.isascii() and key.isalpha() and (
            word_in(key, self.plain, part=5)
            or (len(key) >= 10 and word_in(key, self.plain, part=4)))  # "spilafhangighed"

    def compound(self, key: str) -> bool:
        """A compound with a first part of two letters ("bostøtte", "ølflaske")."""
        return len(key) >= 7 and key[:2] in self.words and word_in(key[2:], self.words)

    def near_word(self, key: str) -> bool:
        """One typing error away from a Danish word ("bekymert", "drikekr", "rådgivnig"),
        for words of six letters or more; a replaced letter is left out, for names are often
        one letter from a word ("Kasimir")."""
        if len(key) < 6 or not key.isalpha() or not key.isascii():
            return False
        for candidate in _edits(key):
            if candidate in self.words:
                return True
            for suffix in _TYPO_SUFFIXES:
                if candidate.endswith(suffix) and len(candidate) - len(suffix) >= 4 \
                        and candidate[:-len(suffix)] in self.words:
                    return True
        return False


_HELD = re.compile(r"(.)\1{2,}")
_TYPO_SUFFIXES = ("e", "en", "er", "et", "ne", "s", "t", "r", "ede", "te")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> Set[str]:
    """Words one deletion, swap or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b for a, b in splits for c in _LETTERS)
    out.discard(word)
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load ``core/data/`` once; the knowledge base adds its own proper nouns and contacts."""
    first = frozenset(fold_word(n) for n in _read_list("first_names.txt"))
    last = frozenset(fold_word(n) for n in _read_list("surnames.txt"))
    names = first | last
    allow: Set[str] = set(_read_list("allow_words.txt"))
    phones: Set[str] = set()
    emails: Set[str] = set()
    streets: Set[str] = set()
    knowledge = ROOT / "knowledge"
    if knowledge.is_dir():
        for path in sorted(knowledge.glob("*.yml")):
            text = path.read_text(encoding="utf-8")
            allow.update(k for k in (fold_word(w) for w in _CAPITALISED.findall(text))
                         if k not in names)
            emails.update(e.lower() for e in _CONTACT_EMAIL.findall(text))
            for found in _CONTACT_PHONE.findall(text):
                digits = re.sub(r"\D", "", found)
                if digits[0] in "23456789" and not (digits[:2] in ("19", "20")
                                                     and digits[4:6] in ("19", "20", "01", "02",
                                                                         "03", "04", "05", "06",
                                                                         "07", "08", "09", "10",
                                                                         "11", "12")):
                    phones.add(digits)  # the centres' numbers, not "2024-2026" or a date
            for match in ADDRESS.finditer(text):
                street = re.match(r"\D+\d+\s?[A-Za-z]{0,2}\b", match.group(0))
                if street:
                    streets.add(street.group(0).strip().lower())
    lex = Lexicon(first=first, last=last,
                  name_words=frozenset(_read_list("name_words.txt")),
                  rare=frozenset(_read_list("rare_names.txt")),
                  words=frozenset(_read_list("da_words.txt")) | POINTING_ADVERBS,
                  english=frozenset(_read_list("en_words.txt")) | EXTRA_ENGLISH,
                  allow=frozenset(allow), knowledge_phones=frozenset(phones),
                  accented=frozenset(n.lower() for f in ("first_names.txt", "surnames.txt",
                                                         "common_abroad_names.txt")
                                     for n in _read_list(f) if _ACCENTED.search(n)),
                  knowledge_emails=frozenset(emails), knowledge_streets=frozenset(streets))
    lex = replace(lex, plain=plain_forms(lex.words) | lex.words)
    return _with_names_abroad(lex)


def _with_names_abroad(lex: Lexicon) -> Lexicon:
    """Add ``common_abroad_names.txt``: common names of the countries many people in Denmark
    come from or that are near, and Denmark's own names past the common tier, taken in lower
    case too ("jamaal", "ksawery"). scripts/build_name_lists.py builds the file from
    names-dataset and gender-guesser (top names, Latin script) and its supplement, never from
    Faker, whose values fill the PII evaluation sets. One that is an ordinary word ("Can",
    "Banks", "Ring") or one written without æ, ø, å ("sadan") is left as the lists have it:
    such words need a cue."""
    first, last = set(lex.first), set(lex.last)
    rare = set(lex.rare)
    section = first
    for line in _read_list("common_abroad_names.txt"):
        if line in ("[first]", "[last]"):
            section = first if line == "[first]" else last
            continue
        key = fold_word(line)
        if key in lex.name_words or key not in rare and (key in lex.first or key in lex.last):
            continue  # a common name already, or a name word already
        if not _word_like(key, lex):
            section.add(key)
            rare.discard(key)
    return replace(lex, first=frozenset(first), last=frozenset(last), rare=frozenset(rare))


# Slang in no word list that is a name abroad too.
_SLANG = frozenset(("bender", "blunt", "bong", "dope", "molly", "tina", "charlie"))


def _word_like(key: str, lex: Lexicon) -> bool:
    """An ordinary word, a short word, or a Danish word written without æ, ø, å."""
    if len(key) <= 3 or key in STOP or key in lex.allow or key in lex.english \
            or key in _SLANG or lex.is_known(key, strict=True):
        return True
    for i, ch in enumerate(key):
        if ch in "ao":  # "sadan" for "sådan" ("saadan"), "sod" for "sød" ("soed")
            variant = key[:i] + ("aa" if ch == "a" else "oe") + key[i + 1:]
            if variant in STOP or word_in(variant, lex.words, part=4):
                return True
    return False


# Danish pronominal adverbs ("derhen", "herind", "deroppe"): ordinary words the lookup
# word list lacks, which after "min datter" looked like a rare name.
POINTING_ADVERBS = frozenset(
    f"{base}{part}" for base in ("der", "her", "hvor")
    for part in ("hen", "ind", "ud", "op", "ned", "fra", "til", "over", "inde", "ude", "oppe",
                 "nede", "henne", "ovre", "omkring", "igennem", "efter", "imod", "med", "paa",
                 "af", "for", "under", "ved", "om", "hos"))


# Never a name, whatever the lists say: function words, family words, greetings.
STOP = frozenset(fold_word(w) for w in """
    a af al alle alt altid andet anden andre at bare begge blev bliver da de dem den denne
    der deres det dette dig din dine dit du efter eller en end eneste er et for fordi fra
    før ham han har havde hele hende hendes her hos hun hvad hvem hver hvilken hvis
    hvor hvordan hvorfor hvornår i ikke ind jeg jer jo kan kom kun lidt man med meget men
    mig min mine mit mod må ned nej nogen noget nok nu når og også om op os over på sig sin
    sine sit skal som så sådan til ud uden under ved vi vil vores være været mor far mama
    mamma mom mum dad papa pappa bror søster søs farmor farfar mormor morfar bedstemor
    bedstefar moster faster onkel tante barn baby søn datter mand kone kæreste ven veninde
    venner familie hej hejsa hey hi hello hallo halløj goddag davs dav tak mvh hilsen kh
    knus kram ok okay nå ja jep nope yes no lol haha wow omg fuck shit love lille store stor
    ny nye gamle gammel bruger admin test intet ingen aldrig nogle anonym ukendt privat
    chat chatten navn the to dear sir mr mrs ms hr fru frk dr læge doktor sygeplejerske
    kommune kommunen region regionen politi politiet gud allah jesus
""".split())

"""Schools and school classes.

A school is identified by its name, not by its type: "Ebberup Friskole", "rødkildeskolen",
"Aalborg Katedralskole", "risskov gym", "ungdomsskolen i Kolding" go, "en erhvervsskole",
"gymnasiet", "SOSU-skolen", "folkeskolen" stay. A class is a grade with a letter ("7.b",
"8 a", "2.g") where the context says school."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from core.redaction.cues import (
    CHAT_WORDS,
    CONSUME_VERBS,
    FUNCTION_WORDS,
    RELATIONS,
    SUBJECT_VERBS,
    TOWN_ENDINGS,
)
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks, hint
from core.redaction.towns import TOWN_PREFIXES, not_a_place, town_end, town_like

# The endings of a school's name, longest first; alone they name a type of school.
_SCHOOL_ENDINGS = (
    "katedralskolen", "katedralskole", "handelsgymnasiet", "handelsgymnasium",
    "statsgymnasiet", "statsgymnasium", "gymnasieskolen", "gymnasieskole", "statsskolen",
    "statsskole", "privatskolen", "privatskole", "efterskolen", "efterskole", "friskolen",
    "friskole", "realskolen", "realskole", "lilleskolen", "lilleskole", "centerskolen",
    "centerskole", "handelsskolen", "handelsskole", "højskolen", "højskole", "gymnasiet",
    "gymnasium", "gymnasie", "skolen", "skole",
)
_SCHOOL_TYPES = (r"hf|hf-kursus|hhx|htx|stx|eux|vuc|gym|tekniske\s+skole|teknisk\s+skole"
                 r"|business\s+college|college|campus|akademi|akademiet|seminarium|universitet"
                 r"|sprogcenter|sprogskole|skolecenter|heldagsskole|specialskole")
_SCHOOL_WORD = re.compile(r"\b(?:[\wæøåÆØÅ-]*(?:" + "|".join(_SCHOOL_ENDINGS) + r")|"
                          + _SCHOOL_TYPES + r")\b", re.I)
# Prefixes of a compound that make it a type of school ("folkeskolen", "køreskolen").
_GENERIC_SCHOOL_PREFIX = frozenset(fold_word(w) for w in """
    folke efter fri privat real lille høj kost ungdoms produktions handels erhvervs special
    heldags musik sprog sports grund center kommune ny gammel gamle modtage weekend sommer
    aften natur dag dagtilbud friskole efterskole fag køre danse svømme ride kunst bibel
    billed dramaskole drama klatre sy mad data kor sang teater film bygge social sosu pgu
    politi sygepleje pædagog tekniske teknisk hoved over under mellem gymnasie stats
    katedral by land barne ungdom voksen voksne aftens central idræts idræt fodbold landsby
    døgn kommune lands surf sejl golf ski dykker flyve tolke erhverv handel tekniks kokke
    frisør sundheds social restaurant hotel sosu-skolen landbrugs landbrug søfarts
    navigations maritime musical ballet boksning lejr
""".split())
_GENERIC_BEFORE_SCHOOL = frozenset(fold_word(w) for w in """
    min mit din dit hans hendes vores jeres deres den det en et samme ny nye anden andre
    gamle gammel lokale nærmeste næste god gode dårlig dårlige stor store lille kommunale
    private almindelig almindelige dansk danske normal normale hele første sidste rigtig
    rigtige forkert forkerte denne dette hvilken hvilket sådan noget nogen enhver ingen
    alle begge teknisk tekniske sosu sosu-skolen eud eux amu uu pgu
""".split())
# "ungdomsskolen i Kolding", "Skolen ved Søerne": a definite school word and its place.
_SCHOOL_AT_PLACE = re.compile(
    r"\b(?:ungdomsskolen|efterskolen|friskolen|privatskolen|produktionsskolen|realskolen"
    r"|lilleskolen|handelsskolen|specialskolen|heldagsskolen|(?-i:(?<=[a-zæøå] )Skolen)"
    r"|(?-i:(?<=[a-zæøå] )Gymnasiet))\s+(?:i|ved|på|under)\s+(?:[Dd]en\s+|[Dd]et\s+)?"
    r"(?P<place>[\wæøåÆØÅ-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]+)?)", re.I)
_NAME_WORD = re.compile(r"(?:Sct|Skt|St|H\.\s?C|[\wæøåÆØÅ'’-]+)\.?\s+$")

# "7.b", "8 a", "9y", "3 q"; not "2.g", a year of the gymnasium that names no class
CLASS = re.compile(r"(?<![\w.,])(?:10|[0-9])(?:\.\s?|(?<=\d)\s(?=[a-fA-FqxyzQXYZ]\b)|)"
                   r"[a-fA-FqxyzQXYZ](?![\w])(?!\s?(?:\.|\))\s?\d)")
_CLASS_BEFORE = re.compile(r"(?:\bgår\s+i|\bgik\s+i|\bi|\bfra|\bmin|\bmit|\bhans|\bhendes"
                           r"|\bderes|\bklasse(?:n)?|\belev\s+i|\blærer\s+i|\bmed)\s*$", re.I)
_CLASS_AFTER = re.compile(r"^\s*(?:på|paa|fra|ved|klasse|i\s+[A-ZÆØÅ]|hvor|på\s"
                          r"|,\s*(?:[\wæøåÆØÅ-]+\s+){0,3}[\wæøåÆØÅ-]*(?:skole|skolen|gym|gymnasium"
                          r"|hf|htx|hhx|stx)\b)", re.I)
_SCHOOL_HINTS = ("skole", "gymnas", "gym", "hf", "hhx", "htx", "stx", "eux", "vuc", "akadem",
                 "college", "campus", "seminar", "universitet", "sprogcenter")


def find_schools(marks: Marks, lex: Lexicon, low: str) -> None:
    text = marks.text
    if hint(low, _SCHOOL_HINTS):
        _school_names(marks, lex)
    for match in CLASS.finditer(text):
        before = text[max(0, match.start() - 20):match.start()]
        after = text[match.end():match.end() + 40]
        spaced = " " in match.group(0)
        if (_CLASS_BEFORE.search(before) and not (spaced and not before.rstrip().endswith("i"))
                or _CLASS_AFTER.match(after) or _after_school(marks, match.start(), match.end())
                or _right_after_school(marks, match.start())):
            marks.add(match.start(), match.end(), "class")


def _right_after_school(marks: Marks, start: int) -> bool:
    """"Ungdomsskolen i Tarm 8.C", "htx tarm, 2 b": a class right after a school."""
    return any(kind == "school" and marks.text[e:start] in (" ", ", ")
               for _, e, kind in marks.spans if start - 2 <= e <= start)


def _after_school(marks: Marks, start: int, end: int) -> bool:
    """"htx rude (3. d)": a class in brackets right after a school."""
    text = marks.text
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    return any(kind == "school" and 0 <= start - 1 - e <= 2 for _, e, kind in marks.spans)


def _school_names(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in _SCHOOL_AT_PLACE.finditer(text):
        place = match.group("place")
        key = fold_word(place.split()[0])
        if not_a_place(key):
            continue  # "ungdomsskolen i weekenden"
        if place[:1].isupper() or key in lex.allow or not lex.is_known(key) or town_like(
                place.split()[0], lex) or _place_before_stop(text, match.start("place") - 1):
            end = town_end(text, match.start("place") - 1, lex) or match.end()
            if not place[:1].isupper():
                end = min(end, match.end()) if end > match.end() else end
            marks.widen(match.start(), _school_place_end(text, max(end, match.start("place") + len(
                place.split()[0])), lex), "school")
    for match in _SCHOOL_WORD.finditer(text):
        word = match.group(0)
        start = match.start()
        if _is_named_compound(word, lex):
            named = _name_start(text, start, lex)
            marks.widen(named if named is not None else start,
                      _school_place_end(text, match.end(), lex), "school")
            continue
        named = _name_start(text, start, lex)
        lower = _lower_name_start(text, start, lex)
        if lower is not None and (named is None or lower < named):
            named = lower
        abbreviation = re.fullmatch(r"(?i:htx|hhx|stx|hf|eux|gym)", word) is not None
        if named is not None:
            end = _school_place_end(text, match.end(), lex)
            if abbreviation and end == match.end():
                end = town_end(text, end, lex) or end  # "2g htx tarm", "3.x HTX Lemvig"
            marks.widen(named, end, "school")
        elif re.fullmatch(r"(?i:htx|hhx|stx|hf|eux|gym|handelsgymnasi(?:um|et)|gymnasi(?:um|et))",
                          word):
            town = town_end(text, match.end(), lex)
            if town is None:
                town = _place_before_stop(text, match.end())
            if town is not None:  # "htx Valby", "HTX Store Merløse", "htx rude (3. d)"
                marks.widen(start, _school_place_end(text, town, lex), "school")


_WORD_BEFORE_STOP = re.compile(r"[ \t]+([^\W\d_][\w-]*)(?=\s*(?:[,.!?(]|$))")


def _place_before_stop(text: str, end: int) -> Optional[int]:
    """"går på htx rude (3. d)", "ungdomsskolen i broby.": a word that ends the clause after
    a school's type is its place, unless it is a little word ("htx nu", "hf igen")."""
    word = _WORD_BEFORE_STOP.match(text, end)
    if word is None:
        return None
    key = fold_word(word.group(1))
    if len(key) < 3 or key in STOP or key in FUNCTION_WORDS or key in SUBJECT_VERBS \
            or key in CONSUME_VERBS or key in CHAT_WORDS or key in _NOT_PLACES:
        return None
    return word.end()


_NOT_PLACES = frozenset(fold_word(w) for w in """
    igen også endnu stadig længere mere før nu snart næste sidste første andet tredje år
    året uge ugen dag dagen nat aften morgen weekenden ferien klasse klassen linje linjen
    elev elever eleverne lærer lærerne niveau eksamen eksamener studie uddannelse uddannelsen
    forløb forløbet sted stedet kursus kurset
""".split())


def _school_place_end(text: str, end: int, lex: Lexicon) -> int:
    """"Vestre Skole i Glesborg", "Ungdomsskolen i Kjellerup i Hurup Thy": a named school's
    town goes with it."""
    for _ in range(2):
        if not re.match(r" i ", text[end:end + 3]):
            break
        town = town_end(text, end + 2, lex)
        if town is None:
            break
        end = town
    return end


# "på horslunde katedralskole", "fra munke bjergby realskole", "3.c, hampen gymnasium": words
# in lower case between a preposition (or a class and a comma) and the school's type
_BEFORE_LOWER_NAME = (
    re.compile(r"\b(?:på|paa|fra|ved|til|i|in|at)\s+(?P<n>(?:[^\W\d_][\w'-]*\s+){1,3})$"),
    re.compile(r"\b\d{1,2}\.?\s?[a-zA-Z],?\s+(?P<n>(?:[^\W\d_][\w'-]*\s+){1,3})$"))


def _lower_name_start(text: str, school_start: int, lex: Lexicon) -> Optional[int]:
    for pattern in _BEFORE_LOWER_NAME:
        found = pattern.search(text, max(0, school_start - 60), school_start)
        if found is not None:
            break
    else:
        return None
    words = found.group("n").split()
    for i, word in enumerate(words):
        key = fold_word(word)
        if key in TOWN_PREFIXES and i + 1 < len(words) and town_like(words[i + 1], lex):
            continue  # "store heddinge skole", but "en stor skole"
        if (len(key) < 2 or key in _GENERIC_BEFORE_SCHOOL or key in STOP or key in FUNCTION_WORDS
                or key in SUBJECT_VERBS or key in CONSUME_VERBS or key in _GENERIC_GENITIVES
                or key in lex.english or key in RELATIONS
                or key.endswith("s") and key[:-1] in RELATIONS):
            return None
    return found.start("n")


def _is_named_compound(word: str, lex: Lexicon) -> bool:
    """"Rødkildeskolen", "Lykkeskolen": a school's own name, not a type of school."""
    low = word.lower()
    if not re.fullmatch(r"[\wæøåÆØÅ-]+", word):
        return False
    for ending in _SCHOOL_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending):
            prefix = fold_word(word[:len(word) - len(ending)].rstrip("-"))
            if not prefix or prefix in _GENERIC_SCHOOL_PREFIX or prefix in STOP:
                return False
            if "-" in word:
                return not (word.split("-")[0].isupper() or len(prefix) <= 4)  # "SOSU-skolen"
            return fold_word(word) not in lex.words
    return False


def _name_start(text: str, school_start: int, lex: Lexicon) -> Optional[int]:
    """Where the name before a school word begins ("Vestre Skole", "aalborg katedralskole",
    "Sct. Norberts Skole", "Vejle Tekniske Gymnasium", "6 e, ebberup friskole", "på
    ådalens skole"), or ``None`` for "min skole", "en teknisk skole"."""
    chosen: List[Tuple[int, str]] = []  # (start, folded word), left to right
    pos = school_start
    for _ in range(3):
        word = _NAME_WORD.search(text, max(0, pos - 30), pos)
        if word is None or word.end() != pos:
            break
        token = word.group(0).strip().rstrip(".")
        key = fold_word(token)
        if key in STOP or key in FUNCTION_WORDS or key in SUBJECT_VERBS or key in CONSUME_VERBS:
            break
        if not (token[:1].isupper() or token[:1].isdigit()):
            if key in _GENERIC_BEFORE_SCHOOL or not (
                    key in lex.allow or not lex.is_known(key) or key.endswith(TOWN_ENDINGS)
                    or key in ("vestre", "oestre", "nordre", "soendre")
                    or (key.endswith("s") and key not in _GENERIC_GENITIVES
                        and key[:-1] not in RELATIONS)):
                break
        chosen.insert(0, (word.start(), key))
        pos = word.start()
    while chosen and chosen[0][1] in _GENERIC_BEFORE_SCHOOL:
        chosen.pop(0)
    return chosen[0][0] if chosen else None


_GENERIC_GENITIVES = frozenset(fold_word(w) for w in """
    byens kommunens områdets egnens landets sønnens datterens barnets børnenes ens hans
    sins andres alles deres jeres vores mors fars
""".split())

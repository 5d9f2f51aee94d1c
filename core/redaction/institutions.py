"""Schools, school classes and workplaces."""

from __future__ import annotations

import re
from typing import List, Optional

from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks, hint

# Schools and classes.
_SCHOOL_WORD = (r"(?:skole|skolen|friskole|friskolen|privatskole|privatskolen|efterskole"
                r"|efterskolen|realskole|realskolen|lilleskole|lilleskolen|gymnasium|gymnasiet"
                r"|gymnasie|hf|hf-kursus|hhx|htx|stx|vuc|handelsskole|handelsskolen"
                r"|handelsgymnasium|handelsgymnasiet|produktionsskole|produktionsskolen"
                r"|ungdomsskole|ungdomsskolen|højskole|højskolen|kostskole|akademi|akademiet"
                r"|college|campus|seminarium|universitet|erhvervsskole|erhvervsskolen"
                r"|skolecenter|heldagsskole|specialskole|tekniske\s+skole|teknisk\s+skole"
                r"|business\s+college|sprogcenter|sprogskole)")
SCHOOL_AFTER_NAME = re.compile(r"\b" + _SCHOOL_WORD + r"\b", re.I)
# "Skolen ved Søerne", "Skolen på Duevej": a capitalised school word with a place after it
SCHOOL_BEFORE_PLACE = re.compile(
    r"(?<!^)(?<![.!?]\s)\b(?:Skolen|Friskolen|Privatskolen|Efterskolen|Gymnasiet|Lilleskolen)"
    r"\s+(?:ved|på|i|under)\s+(?:[Dd]en\s+|[Dd]et\s+)?[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?")
SCHOOL_COMPOUND = re.compile(
    r"\b([A-ZÆØÅ][a-zæøåé]+?)(skole|skolen|gymnasium|gymnasiet|efterskole|efterskolen|friskole"
    r"|friskolen|privatskole|privatskolen|realskole|realskolen|lilleskole|lilleskolen"
    r"|højskole|højskolen|centerskole|centerskolen)\b")
_GENERIC_SCHOOL_PREFIX = frozenset(fold_word(w) for w in """
    folke efter fri privat real lille høj kost ungdoms produktions handels erhvervs special
    heldags musik sprog sports grund center kommune ny gammel gamle modtage weekend sommer
    aften natur dag dagtilbud friskole efterskole privat fag
""".split())
_GENERIC_BEFORE_SCHOOL = frozenset(fold_word(w) for w in """
    min mit din dit hans hendes vores jeres deres den det en et samme ny nye anden andre
    gamle gammel lokale nærmeste næste god gode dårlig dårlige stor store lille kommunale
    private almindelig almindelige dansk danske normal normale hele første sidste rigtig
    rigtige forkert forkerte hans hendes denne dette hvilken hvilket sådan noget nogen
    enhver ingen alle begge teknisk tekniske
""".split())
CLASS = re.compile(r"(?<![\w.,])(?:10|[0-9])(?:\.\s?|)[a-fA-FxyzXYZ](?![\w])"
                   r"(?!\s?(?:\.|\))\s?\d)")
_CLASS_BEFORE = re.compile(r"(?:\bgår\s+i|\bgik\s+i|\bi|\bfra|\bmin|\bmit|\bhans|\bhendes"
                           r"|\bderes|\bklasse(?:n)?|\belev\s+i|\blærer\s+i|\bmed)\s*$", re.I)
_CLASS_AFTER = re.compile(r"^\s*(?:på|paa|fra|ved|klasse|i\s+[A-ZÆØÅ]|hvor|på\s)", re.I)

# Workplaces.
_WORK_TRIGGER = re.compile(
    r"\b(?:arbejder|arbejdede|arbejdet|arbejde|jobber|jobbede|job|jobbet|ansat|ansatte"
    r"|praktik|lærling|elev|studiejob|fritidsjob|deltidsjob|vikar|vikarierer|frivillig|chef"
    r"|leder|mester)\s+(?:i|på|paa|hos|ved|for|inde\s+i|ude\s+på|ude\s+hos)\s+"
    r"|\b(?:arbejdsgiver|arbejdsplads|firma|firmaet|job|jobbet|mester)(?:en|et)?\s+"
    r"(?:er|hedder|:)\s+"
    r"|\b(?:arbejder|arbejdede|ansat|job|jobber|praktik|lærling|elev)\b[^.!?\n]{1,30}?"
    r"\s(?:hos|ved)\s+", re.I)
_COMPANY_FORMS = r"(?:ApS|A/S|I/S|IVS|K/S|P/S|A\.m\.b\.a\.?|AMBA|amba|Ltd\.?|GmbH|AB|AS)"
_COMPANY_TOKEN = r"(?:[A-ZÆØÅ0-9][\w'’&+.-]*[\w'’]|[A-ZÆØÅ0-9]|&)"
COMPANY_AFTER_TRIGGER = re.compile(
    rf"(?P<c>{_COMPANY_TOKEN}(?:(?:\s+og|,)?\s+{_COMPANY_TOKEN}){{0,4}}"
    rf"(?:\s+{_COMPANY_FORMS}(?![\w/]))?)")
COMPANY_WITH_FORM = re.compile(
    rf"(?<![\w])(?:{_COMPANY_TOKEN}(?:\s+og|,)?\s+){{1,5}}{_COMPANY_FORMS}(?![\w/])")
_EMPLOYERS = frozenset(fold_word(w) for w in """
    netto føtex bilka fakta rema lidl aldi coop brugsen superbrugsen dagli'brugsen kvickly
    irma meny spar min købmand lego danfoss vestas maersk mærsk novo arla carlsberg grundfos
    ecco bestseller jysk ikea matas normal elgiganten power salling dsb postnord mcdonalds
    mcdonald's burger king sunset max kfc subway starbucks joe baresso espresso house
    7-eleven circle k q8 shell ok ingo harald nyborg bauhaus silvan xl-byg stark davidsen
    jem fix hm h&m zara vero moda only jack jones tiger flying netflix google apple
    danske bank nordea jyske sydbank nykredit tdc telenor telia 3 yousee
    isø lagkagehuset bagel sticks sushi wok dominos domino's pizza hut
""".split())


_SCHOOL_HINTS = ("skole", "gymnas", "hf", "hhx", "htx", "stx", "vuc", "akadem", "college",
                 "campus", "seminar", "universitet", "sprogcenter")
_WORK_HINTS = ("arbejd", "job", "ansat", "praktik", "lærling", "elev", "vikar", "frivillig",
               "chef", "leder", "mester", "firma")
_COMPANY_HINTS = ("ApS", "A/S", "I/S", "IVS", "K/S", "P/S", "amba", "A.m.b.a", "Ltd", "GmbH",
                  " AB", " AS")



# -- schools, classes, workplaces
def find_schools(marks: Marks, lex: Lexicon, low: str) -> None:
    text = marks.text
    if hint(low, _SCHOOL_HINTS):
        _school_names(marks, lex)
    for match in CLASS.finditer(text):
        before = text[max(0, match.start() - 20):match.start()]
        after = text[match.end():match.end() + 12]
        if _CLASS_BEFORE.search(before) or _CLASS_AFTER.match(after):
            marks.add(match.start(), match.end(), "class")

def _school_names(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in SCHOOL_BEFORE_PLACE.finditer(text):
        marks.add(match.start(), match.end(), "school")
    for match in SCHOOL_COMPOUND.finditer(text):
        prefix = fold_word(match.group(1))
        whole = fold_word(match.group(0))
        if prefix in _GENERIC_SCHOOL_PREFIX or whole in lex.words or prefix in STOP:
            continue
        marks.add(match.start(), match.end(), "school")
    for match in SCHOOL_AFTER_NAME.finditer(text):
        start = _school_name_start(text, match.start(), match.group(0), lex)
        if start is not None:
            marks.add(start, match.end(), "school")

def _school_name_start(text: str, school_start: int, school_word: str,
                       lex: Lexicon) -> Optional[int]:
    """Where the name before "Skole"/"Gymnasium" begins ("Vestre Skole",
    "Sct. Norberts Skole", "på ådalens skole"), or ``None`` for "min skole"."""
    words = list(re.finditer(r"(?:Sct|Skt|St|H\.\s?C|[\wæøåÆØÅ'’-]+)\.?", text[:school_start]))
    chosen: List[re.Match] = []
    pos = school_start
    for word in reversed(words):
        gap = text[word.end():pos]
        if gap.strip():
            break
        token = word.group(0)
        if not (token[:1].isupper() or token[:1].isdigit()) or len(chosen) == 3:
            break
        chosen.insert(0, word)
        pos = word.start()
    while chosen and fold_word(chosen[0].group(0).rstrip(".")) in _GENERIC_BEFORE_SCHOOL | STOP:
        chosen.pop(0)
    if chosen:
        return chosen[0].start()
    # lower case: "på ådalens skole", "på vestre skole"
    if school_word[:1].islower():
        prev = re.search(r"\b(?:på|paa|i|fra|ved|til)\s+([a-zæøå]+)\s+$", text[:school_start])
        if prev:
            key = fold_word(prev.group(1))
            if key in _GENERIC_BEFORE_SCHOOL or key in STOP:
                return None
            if key.endswith("s") or key in ("vestre", "oestre", "nordre", "soendre") \
                    or not lex.is_word(key):
                return prev.start(1)
    return None

def find_workplaces(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in COMPANY_WITH_FORM.finditer(text):
        start = match.start()
        # drop a sentence-initial "Jeg"/"Han" or a trigger word in front
        lead = re.match(r"(?:[A-ZÆØÅ][a-zæøå]+\s+)", match.group(0))
        while lead and fold_word(lead.group(0).strip()) in STOP:
            start += lead.end()
            lead = re.match(r"(?:[A-ZÆØÅ][a-zæøå]+\s+)", text[start:match.end()])
        marks.add(start, match.end(), "workplace")
    for trigger in _WORK_TRIGGER.finditer(text):
        pos = trigger.end()
        company = COMPANY_AFTER_TRIGGER.match(text, pos)
        if company is None:
            word = re.match(r"[\wæøå'’&+-]+", text[pos:])
            if word and fold_word(word.group(0)) in _EMPLOYERS:
                end = pos + word.end()
                follow = re.match(r"\s+(?:1000|365|k|house|king|max|hut|eleven)\b",
                                  text[end:], re.I)
                marks.add(pos, end + (follow.end() if follow else 0), "workplace")
            continue
        found = company.group("c").rstrip(".")
        end = pos + len(found)
        tokens = [fold_word(t) for t in re.findall(r"[^\W\d_]+", found) if t != "og"]
        if not tokens:
            continue
        if all(t in lex.allow or t in STOP for t in tokens) or tokens[0] in STOP:
            continue
        if (len(tokens) <= 2 and all(t in lex.first or t in lex.last for t in tokens)
                and fold_word(tokens[0]) not in _EMPLOYERS and not re.search(
                    _COMPANY_FORMS + r"$", found)):
            continue  # "hos Mette Hansen": a person, left to the names
        marks.add(pos, end, "workplace")


"""Street addresses."""

from __future__ import annotations

import re

from core.redaction.cues import CONSUME_VERBS, FUNCTION_WORDS, PLACE_BEFORE, SUBJECT_VERBS
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks
from core.redaction.streets import ADDRESS, ADDRESS_TAIL, HOUSE_NUMBER, STREET_SUFFIXES
from core.redaction.towns import TOWNS, town_end

# After "bor på", "flyttet til", "vi er på", "adressen er": any street name with a number.
_ADDRESS_INTRO = re.compile(
    r"\b(?:bor|boede|flyttet|flytter|flyttede|adresse|adressen|vi\s+er|live|lives|living"
    r"|lived|address)\b"
    r"(?:\s+(?:hos|ved)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    r"\s*(?:på|paa|til|i|:|er|ind\s+på|at|on|is)?\s+"
    r"(?P<a>(?:[^\W\d_][\w.'-]*\s+){0,3}[^\W\d_][\w'-]*\.?)(?=" + HOUSE_NUMBER + ")", re.I)
_INTRO_TAIL = re.compile(ADDRESS_TAIL)
_STREET_ALONE = re.compile(
    r"\b(?:bor|boede|flyttet\s+til|flytter\s+til|adresse(?:n)?\s*(?:er|:))\s+(?:på\s+|paa\s+)?"
    r"(?P<a>(?:[A-ZÆØÅ][\wæøå.-]*\s){0,2}[\wæøåÆØÅ-]+(?i:vej|vejen|gade|gaden|allé|alle|stræde"
    r"|boulevard|vænget|vænge|torv|plads|gyde))\b(?!\s*(?:nr\.?\s*)?\d)", re.I)
_NOT_STREETS = frozenset(("danmark", "sverige", "grønland", "finland", "holland", "island",
                          "england", "irland", "skotland", "marken", "parken", "haven",
                          "skoven", "engen", "lund", "have", "dal", "mark", "holm", "park"))
_SUFFIX_KEYS = tuple(fold_word(s) for s in STREET_SUFFIXES)
_DETERMINERS = frozenset(fold_word(w) for w in """
    en et den det de min mit mine din dit vores jeres hans hendes deres sin sit
""".split())
# Pronouns and conjunctions: never part of a street's name
_NO_STREET_WORDS = frozenset(fold_word(w) for w in """
    og and jeg i'm im am is are he she han hun vi we men but er
""".split())
_QUANTIFIERS = frozenset(fold_word(w) for w in """
    alle begge både næsten ca cirka omkring over under lige snart kun allerede mellem
""".split())
_TOWN_WORD = re.compile(r" ([a-zæøå]{3,})\b")


def _verb_or_function(word: str) -> bool:
    key = fold_word(word)
    return (key in STOP or key in FUNCTION_WORDS or key in SUBJECT_VERBS
            or key in CONSUME_VERBS or key.endswith(("ede", "te")))


def _town_end(text: str, end: int, lex: Lexicon) -> int:
    """After "2800 kongens", the town's second word in lower case ("lyngby"); after
    "Lindevej 4", " i Jyderup"; after "Lindevej 4, 2. th", ", tarm" or ", Rungsted Kyst"."""
    if re.match(r" i ", text[end:end + 3]):
        town = town_end(text, end + 2, lex)
        if town is not None:
            return town
    if re.search(r"\d{4}\s+[^\W\d_]+$", text[max(0, end - 40):end]):
        word = _TOWN_WORD.match(text, end)
        key = fold_word(word.group(1)) if word else ""
        if word and key not in STOP and key not in FUNCTION_WORDS and key not in SUBJECT_VERBS \
                and key not in PLACE_BEFORE:  # "2635 Grenaa tæt på": no town's second word
            return word.end()  # "brøndby strand", "vejle øst"
        return end
    comma = re.match(r",[ \t]*", text[end:end + 4])
    if comma and re.search(r"\d", text[max(0, end - 12):end]):
        town = town_end(text, end + comma.end() - 1, lex, strong=True)
        if town is not None:
            return town
    return end


_STREET_PREFIXES = frozenset(fold_word(w) for w in """
    lille store ny nye gammel gamle nordre søndre østre vestre nørre vester øster sønder
    dronning dronningens kong kongens borgmester prins prinsesse sankt skt sct dr
""".split())
_INTRO_PREPOSITIONS = frozenset(("på", "paa", "til", "i", "hos", "ved", "er", "bor", "at", "on"))
_NOT_INTRO = frozenset(fold_word(w) for w in """
    side dag uge nummer nr gang time klasse sal etage fase niveau trin kapitel plads
    hospitalet afdeling stue værelse
""".split())


def find_addresses(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in _ADDRESS_INTRO.finditer(text):
        start = match.start("a")
        words = match.group("a").split()
        cut = [k for k, w in enumerate(words) if w.lower() in _INTRO_PREPOSITIONS]
        if cut:  # "vi er flyttet til Rosenvænget 14"
            for word in words[:cut[-1] + 1]:
                start = text.index(word, start) + len(word)
            words = words[cut[-1] + 1:]
        # "bor på dag 3", "er på side 4": the street is a word in no dictionary or capitalised
        while words and (fold_word(words[0].rstrip(".")) in _DETERMINERS
                         or fold_word(words[0]) in _NOT_INTRO):
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        if not words or any(fold_word(w) in _NO_STREET_WORDS for w in words):
            continue  # "I live in Vejle and I'm 19": a town, then a clause
        if len(words) == 1 and words[0].islower() and fold_word(words[0]) in _QUANTIFIERS:
            continue  # "vi er alle 19-20", "vi er begge 18": how many, and their age
        last = words[-1].rstrip(".")
        if not (last[:1].isupper() or not lex.is_known(fold_word(last))
                or fold_word(last).endswith(_SUFFIX_KEYS)):
            continue
        while text[start].isspace():
            start += 1
        tail = _INTRO_TAIL.match(text, match.end())
        if tail:
            marks.add(start, _town_end(text, tail.end(), lex), "address")
    for match in ADDRESS.finditer(text):
        street = re.match(r"[^\d]+", match.group(0))
        street_words = street.group(0).strip().lower().split() if street else []
        if street_words and street_words[-1] in _NOT_STREETS and len(street_words) == 1:
            continue
        if len(street_words) > 1 and fold_word(street_words[0]) in _DETERMINERS | {"alle"}:
            continue  # "alle vej 3" is no street
        if street_words and street_words[-1] == "alle" and len(street_words) > 1 and (
                _verb_or_function(street_words[-2])):
            continue  # "jeg fik alle 4", "vi var alle 3"
        start, end = match.start(), match.end()
        # "nelson mandelasvej 8", "lille colbjørnsensgade 3": words before it that are no
        # ordinary words or begin a street's name
        for _ in range(2):
            before = re.search(r"(?:^|[^\w.,])([^\W\d_]+) $", text[max(0, start - 30):start])
            key = fold_word(before.group(1)) if before else ""
            if not before or key in STOP and key not in _STREET_PREFIXES or not (
                    key in _STREET_PREFIXES or not lex.is_known(key) or key in TOWNS):
                break
            start -= len(before.group(1)) + 1
        marks.add(start, _town_end(text, end, lex), "address")
    for match in _STREET_ALONE.finditer(text):  # "jeg bor på Nørregade"
        marks.add(match.start("a"), match.end("a"), "address")


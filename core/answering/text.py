"""Danish text for matching: one spelling, tokens, stems, and the small words to ignore.

People write "pårørende", "paarorende", "parorende" and "paaroerende". :func:`skeleton`
maps all of them to one form ("parorende"): the project's :func:`fold` (lower case,
æ/ø/å as ae/oe/aa) and then aa/oe/ae written as a/o/a. Everything that compares words
(aspects, offer names, BM25) works on skeletons, so patterns are written in ordinary
Danish and passed through :func:`skeleton_pattern`.

:func:`stem` is the Snowball stemmer for Danish (Porter's algorithm), applied to
skeletons: "gruppen", "gruppe" and "grupper" share the stem "grup".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Set, Tuple

from core.language.normalize import fold

_SKELETON = (("aa", "a"), ("oe", "o"), ("ae", "a"))
_WORD = re.compile(r"[a-z0-9]+")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")

# Informal spellings -> the word the patterns use (skeleton spelling).
SLANG = {
    "hva": "hvad", "va": "hvad", "ka": "kan", "tar": "tager", "ik": "ikke", "ikk": "ikke",
    "sku": "skal", "hvorn": "hvornar", "hvornr": "hvornar", "hvordn": "hvordan",
    "hvrdan": "hvordan", "hvr": "hvor", "u": "du", "nogn": "nogen", "sammtale": "samtale",
    "samtal": "samtale", "mdr": "maneden", "mnd": "maneden", "md": "maneden",
}


def skeleton(text: str) -> str:
    """Folded text with aa/oe/ae as a/o/a: one spelling with or without æ, ø, å."""
    s = fold(text)
    for old, new in _SKELETON:
        s = s.replace(old, new)
    return s


_STOPWORDS = """
    jeg du man vi de han hun den det der som er var kan skal vil har have hvad hvem hvor
    hvordan hvornår hvorfor hvis ikke og eller men for med til fra på af om at en et ind
    noget nogen nogle mig dig sig jer os min mit mine din dit dine jeres sin sit sine hans
    hendes deres vores så også bare lige godt får få når ved efter hos over under alle
    meget mere mest i ja nej tak hej hey hallo okay ok lidt da nu her kun jo vel sådan
    sådant hvilke hvilken hvilket blive bliver blev være været gør gøre gjorde kommer komme
    kunne skulle ville må måtte hende ham dem mon sgu altså egentlig enten hver hvert
    the a an is it to of for in on at and or do does can i you my me what how when where
    who why which are be with this that there kl ca fx evt
    tager tage tog taget ryger ryge røg drikker drikke drak bruger bruge brugt brugte siger
    sige sagde stoppe stopper stop hjælp hjælpe gerne dag dage dagen hver weekend weekenden
    år gang gange tid lang længe problem problemer misbrug forbrug rigtig virkelig helt
    noget nogen ting tit ofte snart længere hele alt andet anden andre synes tror ved
    behøver skal søn datter mand kone kæreste ven veninde mor far barn bekymret bekymrede
    bekymring bekymringer spørgsmål spørge info information snakke tale nogle dårlig
    dårligt godt skidt ked trist glad træt bor boede hedder klokken vejret robot navn
    gerne rigtigt altid aldrig stadig selv selve
    tilbyde tilbyder tilbyd tilbød tilbud tilbuddet tilbuddene findes fortæl fortælle
    typisk typiske normalt sædvanligvis plejer cirka omkring præcis præcist nogenlunde
    bagefter derefter herefter efterfølgende først inden sker"""
STOPWORDS = frozenset(skeleton(w) for w in _STOPWORDS.split())
_STOP_STEMS = frozenset(w for w in STOPWORDS if len(w) >= 4)  # filled with stems below


# Words every course is ("3 måneders behandlingsforløb"): they name no offer, also not as a
# word of its name.
COURSE_WORDS = frozenset(skeleton(w) for w in ("behandlingsforløb", "forløb", "behandlingsforløbet", "forløbet"))
# One-word aliases too general to name one offer on their own.
GENERIC_ALIASES = frozenset(skeleton(w) for w in """
    alkohol alkoholbehandling stof stoffer stofbehandling hash unge ung gruppe grupper samtale
    samtaler behandling rådgivning pårørende familie familien børn barn medicin kursus
    motivation akut forældre voksne individuel online anonym mentor omsorg pleje intro
    institution afvænning aktivering undervisning forebyggelse sygeplejerske lægesamtale
""".split()) | COURSE_WORDS
# Words for the centre itself, not for one of its offers.
CENTRE_WORDS = frozenset(skeleton(w) for w in """
    centret centeret center centre rusmiddelcentret rusmiddelcenteret rusmiddelcenter
    misbrugscentret misbrugscenteret misbrugscenter kommunen kommune jer jeres stedet
    vejle fredericia skanderborg sønderborg
""".split())
# Small words people put in or leave out of a name: "efterbehandling (for) stoffer".
FILLERS = frozenset(("for", "til", "af", "i", "ved", "med", "om", "pa", "den", "det", "de"))
BASE_WORDS = frozenset(skeleton(w) for w in """
    hash stof stoffer alkohol samtale samtaler gruppe grupper terapi behandling rådgivning
    forløb ung unge børn barn forældre familie hjem hjemme besøg kursus medicin døgn dag
    pårørende misbrug brug social sundhed læge job skole kvinde mand par online akut
""".split())


def skeleton_pattern(pattern: str) -> str:
    """A regular expression written in ordinary Danish, turned into skeleton spelling."""
    s = pattern.lower().replace("æ", "a").replace("ø", "o").replace("å", "a")
    for old, new in _SKELETON:
        s = s.replace(old, new)
    return s


def normalise(text: str) -> str:
    """Skeleton text with slang replaced and "hvorlænge" split, for aspect patterns."""
    s = skeleton(text)
    s = re.sub(r"\bhvor(lang|lange|mange|tit|ofte|meget|hurtigt)\b", r"hvor \1", s)
    s = re.sub(r"\bhvornar\b|\bhvornaar\b|\bhvornor\b", "hvornar", s)
    parts = re.split(r"(\W+)", s)
    out = [SLANG.get(w, w) if w and w[0].isalnum() else w for w in parts]
    return re.sub(r"\s+", " ", "".join(out)).strip()


def words(text: str, joined: bool = True) -> List[str]:
    """Skeleton words; with ``joined``, also every hyphenated word written together."""
    s = skeleton(text).replace("#", " ").replace("+", " plus ")
    tokens = _WORD.findall(s)
    if joined:
        tokens.extend(m.group(0).replace("-", "") for m in _HYPHENATED.finditer(s))
    return tokens


_VOWELS = frozenset("aeiouy")
_STEP1 = sorted("""hed ethed ered e erede ende erende ene erne ere en heden eren er heder
    erer heds es endes erendes enes ernes eres ens hedens erens ers ets erets et eret"""
                .split(), key=len, reverse=True)
_S_ENDING = frozenset("abcdfghjklmnoprtvyz")
_STEP3 = ("elig", "lig", "els", "ig")


def _r1(word: str) -> int:
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return max(3, i + 1)
    return len(word)


def _step2(word: str, r1: int) -> str:
    if word[-2:] in ("gd", "dt", "gt", "kt") and len(word) - 2 >= r1:
        return word[:-1]
    return word


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball (Porter) stem of one skeleton word; digits and short words are kept."""
    if len(word) < 4 or not word.isalpha():
        return word
    r1 = _r1(word)
    for suffix in _STEP1:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[:-len(suffix)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= r1 and len(word) > 1 \
                and word[-2] in _S_ENDING:
            word = word[:-1]
    word = _step2(word, r1)
    if word.endswith("igst"):
        word = word[:-2]
    for suffix in _STEP3:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = _step2(word[:-len(suffix)], r1)
            break
    else:
        if word.endswith("lost") and len(word) - 4 >= r1:
            word = word[:-1]
    if len(word) - 2 >= r1 and len(word) >= 2 and word[-1] == word[-2] \
            and word[-1] not in _VOWELS:
        word = word[:-1]
    return word


def stems(text: str) -> List[str]:
    return [stem(w) for w in words(text)]


def content_words(text: str) -> List[str]:
    """Skeleton words that carry meaning: no stopwords (in any form), no bare numbers."""
    return [w for w in words(text) if w not in STOPWORDS and stem(w) not in _STOP_STEMS
            and not w.isdigit() and len(w) > 1]


def compact_spans(tokens: List[str]) -> Tuple[str, List[int], List[int]]:
    """Tokens written together, with the offsets where each token starts and ends."""
    starts, ends, pos = [], [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t)
        ends.append(pos)
    return "".join(tokens), starts, ends


def split_compound(word: str, known: Set[str]) -> List[str]:
    """Known words that ``word`` is made of ("samtaleterapi" -> samtale, terapi), or []."""
    if len(word) < 7 or not word.isalpha():
        return []
    for i in range(len(word) - 3, 2, -1):
        left, right = word[:i], word[i:]
        heads = [left] + ([left[:-1]] if left[-1] in "se" and len(left) > 3 else [])
        head = next((h for h in heads if h in known and h not in STOPWORDS), None)
        if head is None:
            continue
        if right in known and right not in STOPWORDS:
            return [head, right]
        rest = split_compound(right, known)
        if rest:
            return [head, *rest]
    return []


def at_boundaries(compact: str, starts: Set[int], ends: Set[int], phrase: str) -> bool:
    pos = compact.find(phrase)
    while pos != -1:
        if pos in starts and pos + len(phrase) in ends:
            return True
        pos = compact.find(phrase, pos + 1)
    return False


_STOP_STEMS = frozenset(stem(w) for w in _STOP_STEMS)

"""The form crisis messages are read in: the text both crisis readers see.

:func:`normalise` is shared by the rules of :mod:`core.safety` and the trained second
reader of :mod:`core.safety_model`, which is why it lives in neither of them. On top of
:mod:`core.language.normalize` (NFKC, invisible characters dropped, æ/ø/å folded, spaced-out
letters joined) it replaces crisis emoji by words, undoes look-alike letters, simple
leetspeak, masked ("selvm*rd") and split ("selv.mord") words, and drops quotes.
"""

from __future__ import annotations

import re
from typing import List

from core.language.normalize import clean, collapse_spaced_letters, fold

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i"})
_LEET_WORD = re.compile(r"\b(?=[a-z0-9@$!]*[a-z])(?=[a-z0-9@$!]*[0-9@$!])[a-z0-9@$!]{2,}\b")
# A digit may stand for more than one letter once æ/ø/å are folded: "sk4r3" is "skære", "d0" is "dø"
_LEET_CHOICES = {"0": ("o", "oe"), "1": ("i", "l"), "3": ("e",), "4": ("a", "ae", "aa"), "5": ("s",), "7": ("t",),
                 "@": ("a",), "$": ("s",), "!": ("i",)}
# Amounts with a unit are not leetspeak: "40mg", "5ml", "2x"
_AMOUNT = re.compile(r"^\d+(?:mg|ml|cl|dl|g|kg|l|x|stk|mm|cm|km|aar|t|h|min|k|kr|m)$")
# The words a disguised crisis message is made of (folded): a leet word becomes one of them
# whenever some reading of its digits spells it
_LEET_VOCABULARY = frozenset((
    "selvmord", "selvmords", "selvskade", "suicide", "suicidal", "doe", "doed", "doer", "leve", "livet",
    "liv", "ihjel", "haenge", "haenger", "skaere", "skaerer", "skaaret", "skar", "skaret", "cutte", "cuttet", "cutter",
    "kniv", "blod", "bloeder", "reb", "piller", "pillerne", "overdosis", "overdose", "slaa", "draebe", "springe",
    "hoppe", "ende", "slutte", "det", "hele", "mig", "selv", "jeg", "vil", "har", "bare", "ikke", "ikk", "mere", "mer",
    "her", "paa", "taenkt", "taenker", "tage", "taget", "igen", "og", "vildt", "lyst", "aldrig", "vaagne", "sove",
    "evigt", "altid", "kill", "myself", "die", "dead", "want", "to", "tabletter", "forsvinde", "vaere", "var",
    "haaber", "oensker", "gerne", "nu", "nat", "aften", "farvel", "arm", "armen", "armene", "mine", "min", "laaret",
))


def _leet_readings(word: str) -> List[str]:
    readings = [""]
    for char in word:
        choices = _LEET_CHOICES.get(char, (char,))
        readings = [r + c for r in readings for c in choices][:64]
    return readings


def _unleet(match: "re.Match[str]") -> str:
    word = match.group(0)
    if _AMOUNT.match(word):
        return word
    for reading in _leet_readings(word):
        if reading in _LEET_VOCABULARY:
            return reading
    return word.translate(_LEET) if len(word) >= 4 else word


# Letters spaced out with a digit among them: "s e l v m 0 r d"
_SPACED_LEET = re.compile(r"(?<!\S)(?:[a-z0-9@$] ){3,}[a-z0-9@$](?!\S)")


def _spaced_leet(match: "re.Match[str]") -> str:
    run = match.group(0)
    return run.translate(_LEET) if sum(c.isalpha() for c in run) >= 3 else run
_MASKED_WORD = re.compile(r"\b[a-z]+[*#][a-z*#]*\b")
_MASKABLE = ("selvmord", "suicide", "selvskade", "overdosis", "voldtaegt", "ihjel", "livet", "slutte", "doe")


def _unmask(match: "re.Match[str]") -> str:
    word = match.group(0)
    pattern = re.compile("^" + re.sub(r"[*#]", ".", word) + "$")
    for candidate in _MASKABLE:
        if pattern.match(candidate):
            return candidate
    return word


_EMOJI = {"\U0001faa2": " reb ", "\U0001f48a": " piller ", "\U0001f52a": " kniv ", "\U0001fa78": " blod ",
          "\U0001f52b": " pistol ", "\u26b0": " kiste "}
# Cyrillic and Greek letters that look like Latin ones ("ѕеlvmоrd")
_HOMOGLYPHS = str.maketrans("аеорсхуукмтнвіјѕԁԛԝαεορτυνκ", "aeopcxyykmthbijsdqwaeoptuvk")
_SPLIT_WORD = re.compile(r"\b[a-z]+(?:[.*_'][a-z]+)+\b")
_JOINABLE = frozenset(("doe", "doed", "selvmord", "ihjel", "slutte", "selvskade", "overdosis", "suicide",
                       "cutte", "skaere", "skaerer", "livet", "draebe"))


def _join_split(match: "re.Match[str]") -> str:
    joined = re.sub(r"[.*_']", "", match.group(0))
    return joined if joined in _JOINABLE else match.group(0)


# A quote mark at the edge of a word (not the apostrophe inside "don't")
_QUOTE = re.compile(r"(?<!\w)['\"\u2018\u2019\u201c\u201d\u00ab\u00bb`\u00b4]"
                    r"|['\"\u2018\u2019\u201c\u201d\u00ab\u00bb`\u00b4](?!\w)")


# Words typed without æ/ø/å ("sa", "pa", "for fem ar siden", "sadan"), read as their folded
# spelling so that the guards' words of time and frame find them. Only words with no other
# common meaning are mapped ("far", "do", "tanker" are not).
_NO_RING = {"sa": "saa", "pa": "paa", "nar": "naar", "gar": "gaar", "sadan": "saadan", "ogsa": "ogsaa",
            "forstar": "forstaar", "dode": "doede", "kareste": "kaereste", "foraldre": "foraeldre",
            "soster": "soester", "sovn": "soevn", "naste": "naeste", "fa": "faa", "faet": "faaet",
            "varet": "vaeret", "bloder": "bloeder", "hjalp": "hjaelp", "tat": "taet", "miljo": "miljoe"}
_NO_RING_WORD = re.compile(r"\b(?:" + "|".join(sorted(_NO_RING, key=len, reverse=True)) + r")\b")
# "for fem ar siden", "3 ar gammel": years after a number
_YEARS = re.compile(r"\b(\d+|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|mange|flere|nogle|par) ar\b")


def _ringed(folded: str) -> str:
    return _YEARS.sub(r"\1 aar", _NO_RING_WORD.sub(lambda m: _NO_RING[m.group(0)], folded))


def normalise(text: str) -> str:
    """The form every pattern of :mod:`core.safety` is written for."""
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, word)
    text = _SPACED_LEET.sub(_spaced_leet, clean(text).lower().translate(_HOMOGLYPHS))
    text = collapse_spaced_letters(text)
    text = _QUOTE.sub(" ", text)
    folded = _SPLIT_WORD.sub(_join_split, fold(text))
    folded = _LEET_WORD.sub(_unleet, folded)
    folded = _MASKED_WORD.sub(_unmask, folded)
    folded = re.sub(r"(?<=[a-z])-(?=[a-z])", "", folded)  # "selv-mord", "d-ø"
    return _ringed(folded)

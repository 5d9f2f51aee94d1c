"""Words of a message as the name finder sees them: folded key, case, script, position."""

from __future__ import annotations

import re
from typing import List

from core.redaction.lexicon import fold_word
from core.redaction.marks import Marks

# A letter may carry combining marks: "i̇ldem" is "İldem" lower-cased (i + U+0307).
_LETTERS = r"(?:[^\W\d_][\u0300-\u036f]*)+"
_TOKEN = re.compile(_LETTERS + r"(?:['’]" + _LETTERS + "|-" + _LETTERS + r")*['’]?")
_SENTENCE_END = ".!?:;…\n"
_OPENERS = " \t\"'«»(-–*•"
# Abbreviations whose full stop ends no sentence ("Hr. Holm", "kl. 10", "ca. 20").
_ABBREVIATIONS = frozenset(("hr", "fru", "frk", "dr", "mr", "mrs", "ms", "kl", "ca", "fx", "evt",
                            "bl", "mv", "jf", "nr", "st", "sct", "skt", "ift", "mht", "dvs",
                            "osv", "tlf", "inkl", "ekskl", "vedr", "prof", "cand", "stud"))
# Latin letters a Danish word can hold; any other Latin letter (ś, ç, ğ, ş, ı, ł, ü) is
# strong evidence of a name.
_DANISH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzæøåéABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÉ'’-")


def sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    if i < 0:
        return True
    if text[i] == ".":
        word = re.search(r"([^\W\d_]+)\.$", text[max(0, i - 8):i + 1])
        if word and word.group(1).lower() in _ABBREVIATIONS:
            return False
    return text[i] in _SENTENCE_END


def non_latin(word: str) -> bool:
    """Letters of another script than Latin: Arabic, Cyrillic, Greek, Hebrew, CJK..."""
    for ch in word:
        code = ord(ch)
        if code > 0x24F and not 0x1E00 <= code <= 0x1EFF and ch.isalpha():
            return True
    return False


class Token:
    """A word: ``base`` is its key without a possessive "'s"; ``case`` is "title",
    "upper", "lower" or "mixed"; ``script`` is "latin" or "other"; ``foreign`` when it
    has Latin letters that Danish does not use."""

    __slots__ = ("start", "end", "text", "key", "base", "case", "sentence_start", "taken",
                 "script", "foreign")

    def __init__(self, start: int, end: int, text: str, key: str, base: str, case: str,
                 sentence_start: bool, taken: bool) -> None:
        self.start, self.end, self.text, self.key, self.base = start, end, text, key, base
        self.case, self.sentence_start, self.taken = case, sentence_start, taken
        plain = text.isascii()
        self.script = "latin" if plain or not non_latin(text) else "other"
        self.foreign = not plain and self.script == "latin" and any(
            ch not in _DANISH_LETTERS for ch in text)


def tokenize(marks: Marks) -> List[Token]:
    text = marks.text
    spans = marks.spans
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        start = match.start()
        core_word = word.rstrip("'’")
        key = fold_word(core_word)
        base = key[:-2] if core_word.endswith(("'s", "’s")) else key
        if core_word.islower():
            case = "lower"
        elif core_word[0].isupper():
            rest = core_word[1:]
            case = "upper" if rest.isupper() and len(core_word) > 1 else "title"
        else:
            case = "mixed"
        end = start + len(core_word)
        taken = bool(spans) and not marks.free(start, end)
        tokens.append(Token(start, end, core_word, key, base, case,
                            sentence_start(text, start), taken))
    return tokens

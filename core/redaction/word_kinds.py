"""Whether a word of a message is an ordinary word, which is no name by itself: Danish,
English, slang, a chain or a place, in the forms people type ("Bornene" without ø,
"tv'et", "UU-vejleder"). :class:`core.redaction.positions.NameContext` asks it."""

from __future__ import annotations

from typing import Optional

from core.redaction.cues import CHAT_WORDS
from core.redaction.lexicon import STOP, Lexicon
from core.redaction.plain_words import CHAT_ABBREVIATIONS
from core.redaction.tokens import Token
from core.redaction.workplaces import _EMPLOYERS

# Danish endings written after an apostrophe on a short word or an acronym ("tv'et").
_APOSTROPHE_ENDINGS = frozenset(("en", "et", "er", "erne", "ene", "ens", "ets", "e"))


def known_word(token: Token, lex: Lexicon, in_name_lists: bool) -> bool:
    """An ordinary word; ``in_name_lists``: the word (or its stem) is in a name list, so that
    a spelling without æ, ø, å does not make it a word."""
    key = token.key
    if (key in STOP or token.base in STOP or key in CHAT_WORDS or key in CHAT_ABBREVIATIONS
            or (key in _EMPLOYERS and key not in lex.first)
            or lex.is_known(key, strict=True)
            or (token.base != key and lex.is_known(token.base, strict=True))):
        return True
    if not in_name_lists and lex.written_plain(key):
        return True  # "Bornene", "tommermend": written without æ, ø, å
    head, _, ending = key.partition("'")
    if ending in _APOSTROPHE_ENDINGS and (len(head) <= 3 or lex.is_known(head)):
        return True  # "tv'et", "sms'en", "pc'er"
    if "-" in key:  # "UU-vejleder", "SSP-medarbejderen": an acronym before a word
        parts = key.split("-")
        heads = token.text.split("-")[:-1]
        return lex.is_known(parts[-1]) and all(
            lex.is_known(p) or h.isupper() or len(p) <= 4
            for p, h in zip(parts, heads, strict=False))  # heads has no last part
    return False


# English words that are names too ("him", "Else", "My"), where the English sentence says word.
_ENGLISH_PRONOUNS = frozenset("him them me us you she he it we they her his".split())
_ENGLISH_INDEFINITE = frozenset("""
    anyone someone everyone nobody anybody somebody everybody anything something everything
    nothing somewhere anywhere everywhere
""".split())
_ENGLISH_POSSESSIVES = frozenset("my your our their".split())


def english_word_here(token: Token, prev: Optional[Token], nxt: Optional[Token],
                      next_adjacent: bool, lex: Lexicon) -> bool:
    """"scared for him", "anyone else", "My Danish isn't good": an English pronoun in lower
    case, a word after "anyone", a possessive before an English word, not a name."""
    if token.case == "lower" and token.key in _ENGLISH_PRONOUNS:
        return True
    if prev is not None and prev.key in _ENGLISH_INDEFINITE and token.case == "lower" \
            and token.key in lex.english:
        return True
    return token.key in _ENGLISH_POSSESSIVES and nxt is not None and next_adjacent and (
        nxt.key in lex.english or nxt.case == "lower")


def function_compound(key: str, lex: Lexicon) -> bool:
    """"Dengang", "Derfor", "Hvorefter": a little word and a word, written as one."""
    for i in range(3, len(key) - 2):
        if key[:i] in STOP and lex.is_known(key[i:], strict=True):
            return True
    return False

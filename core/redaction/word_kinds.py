"""Whether a word of a message is an ordinary word, which is no name by itself: Danish,
English, slang, a chain or a place, in the forms people type ("Bornene" without ø,
"tv'et", "UU-vejleder"). :class:`core.redaction.positions.NameContext` asks it."""

from __future__ import annotations

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

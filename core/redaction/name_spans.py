"""Where a name found at one word goes on: a surname, middle name or initial after it
("Mette Holm", "Mette H.", "IBAAD TAHOOR"), and the first name before a surname found
("eskinalp Hansen", "Majdi Jahm", "andré kobelt", "sine jespersen"). Mixed into
:class:`core.redaction.names.Names`."""

from __future__ import annotations

from core.redaction.cues import (
    CONSUME_VERBS,
    FUNCTION_WORDS,
    NAME_BEFORE,
    NAME_PARTICLES,
    NOT_AFTER_NAME,
    PLACE_BEFORE,
    RELATIONS,
    SUBJECT_VERBS,
)
from core.redaction.lexicon import STOP
from core.redaction.positions import NameContext
from core.redaction.tokens import Token

# Little words that are first names too, before a surname in the same case ("sine jespersen").
_STOP_FIRST_NAMES = frozenset(("sine", "soes"))


class NameSpans(NameContext):
    """The parts of a name around a word taken as a name."""

    def _continues_name(self, prev: Token, token: Token) -> bool:
        """A surname, middle name or initial right after a name ("Mette Holm", "Mette H.")."""
        if token.taken or not self._adjacent(prev, token) or token.key in STOP \
                or token.key in RELATIONS:
            return False  # "My brother (35)": no surname
        lex = self.lex
        if len(token.text) == 1 and token.text.isupper():
            return True
        if token.script == "other" or (token.foreign and token.key not in lex.english):
            return True
        key, _ = self._name_key(token)
        if "-" in token.key and token.key.split("-")[0] in NAME_PARTICLES:
            return key is not None or not lex.is_word(token.key.split("-")[-1])  # "al-Hassan"
        if key is None and not self._known(token) and len(token.key) >= 2 and (
                token.foreign or token.case != "mixed"):
            return True  # "Anna leśny", "Connor brady", "IBAAD TAHOOR"
        if token.case == "upper" and prev.case == "upper" and not self.caseless \
                and token.key not in FUNCTION_WORDS and token.key not in NOT_AFTER_NAME:
            return True  # "TRAVIS WHITE"
        if token.case == "lower" or self.caseless:
            if key is None:
                return self._surname_after(prev, token)  # "mette moss"
            if not self._ambiguous(key):
                return True
            if not self._known(token):
                return True  # a rare name: "maureen freeman"
            # "mette holm", "anita bak": a surname that is also a word, not a little word
            return (key in lex.last and token.key not in SUBJECT_VERBS
                    and token.key not in NAME_BEFORE and token.key not in PLACE_BEFORE
                    and token.key not in RELATIONS and token.key not in NOT_AFTER_NAME)
        if token.case not in ("title",):
            return False
        if key is not None or self._surname_after(prev, token):
            return True  # "Mette Holm", "Lynn Holland"
        if token.key in lex.allow or token.key in FUNCTION_WORDS or token.key in NAME_BEFORE \
                or token.key in PLACE_BEFORE:
            return False
        return not token.sentence_start  # "Mette Fik": a capital inside a sentence

    def _first_name_before(self, i: int) -> bool:
        """The word before a surname is its first name: in no list and no word
        ("eskinalp Hansen"), or a first name written in the same case ("bent johnsen")."""
        if i == 0 or (i - 1) in self.found:
            return False
        prev, token = self.tokens[i - 1], self.tokens[i]
        lex = self.lex
        key = self._name_key(token)[0]
        if prev.taken or self.marks.text[prev.end:token.start] != " " or len(prev.key) < 2:
            return False
        if key is None and not token.foreign and not (
                prev.case == token.case != "mixed" and not self._known(prev)
                and prev.key not in STOP and prev.key not in FUNCTION_WORDS):
            return False  # but "Fra: Majdi Jahm": two words in no list, in one case
        word = prev.key
        if prev.case == token.case and (("é" in prev.text.lower() and len(word) >= 4) or (
                word in _STOP_FIRST_NAMES and key is not None and key in self.lex.last
                and not self._ambiguous(key))):
            return True  # "andré kobelt" ("andre" is a word), "sine jespersen"
        if word in STOP or word in FUNCTION_WORDS or word in NAME_BEFORE or word in PLACE_BEFORE \
                or word in RELATIONS or word in SUBJECT_VERBS or word in CONSUME_VERBS:
            return False
        if not self._known(prev) and prev.case != "mixed" and prev.script != "other":
            return True
        if prev.case == token.case == "title" and not prev.sentence_start \
                and word not in lex.allow:
            return True  # "Underskrevet Lut Hansen": a capital inside a sentence
        return (word in lex.first and prev.case == token.case) or self._strong_trigger(prev)

"""More places where only a person fits, asked by :class:`core.redaction.positions.NameContext`
and :class:`core.redaction.names.Names`: a name called out at the start ("X!!! hun har ..."),
an English possessive ("X's party"), "ring til X", a little word that is a name too when
written with a capital inside a sentence ("min søster Søs"), and a surname after a first
name that is in no word list ("Mette moss", "Lynn Holland"); who said something ("sagde X
at"), who is in brackets before "(min ven)", and a word that stands where a place does."""

from __future__ import annotations

import re
from typing import List, Optional, Set, Tuple

from core.redaction.cues import (
    AFTER_SUBJECT,
    AGE_AFTER,
    CALL_VERBS,
    CHAT_WORDS,
    CLAUSE_BEFORE,
    CONSUME_VERBS,
    ENGLISH_VERBS,
    FUNCTION_WORDS,
    NAME_BEFORE,
    NOT_AFTER_NAME,
    PLACE_BEFORE,
    RELATIONS,
    SUBJECT_NAMES,
    SUBJECT_VERBS,
    TOWN_ENDINGS,
)
from core.redaction.lexicon import STOP, Lexicon, fold_word, word_in
from core.redaction.marks import Marks
from core.redaction.plain_words import CHAT_ABBREVIATIONS, SUBJECT_ADVERBS, VERB_OBJECTS
from core.redaction.tokens import Token
from core.redaction.towns import TOWNS

# Words of the STOP list that are names too; with a capital inside a sentence and a cue
# of a person around them they are the name ("min bror Man", "hos Søs", "Sine og jeg").
STOP_NAMES = frozenset(fold_word(w) for w in "man søs sine hans".split())
# A name called out at the start of a message: "X!!! hun har taget noget", "X? nej".
_CALLED_OUT = re.compile(r"[!?]+\s+(?i:nej|ja|hun|han|du|hvorfor|hvad|kender|he|she|you"
                         r"|why|no)\b")
_BRING_VERBS = frozenset(fold_word(w) for w in ("får", "fik", "få"))
_TAKE_VERBS = frozenset(("tage", "tager", "tog", "taget"))
_SAYING = frozenset(("sagde", "siger", "spurgte", "spørger", "skrev", "skriver", "fortalte",
                     "fortæller", "mente", "mener", "lovede", "fortalt", "sagt", "spurgt",
                     "lovet"))
# After a verb, never after a subject and its object: "min far dor hvis", but "gør min onkel
# ove det også" (a name before an object).
_CLAUSE_OR_PARTICLE = frozenset(fold_word(w) for w in """
    hvis når fordi mens selvom at af ud op ned hjem ind ihjel
""".split())
# Subjects after their verb: "i spillet dør man", "så går jeg".
_INVERTED_SUBJECTS = frozenset(("man", "jeg", "du", "han", "hun", "vi", "de"))
# Little words between a verb of calling and "til": "fortælle det til X", "skriv ikke til X".
_BETWEEN_CALL_AND_TIL = frozenset(fold_word(w) for w in """
    tilbage back lige det dem noget alt ikke aldrig bare også selv en et besked sms
""".split())
# Endings of Danish verbs and inflected nouns: "mette lugter", "per råbte" are no surnames.
_VERB_ENDINGS = ("er", "ede", "te", "de", "r", "et", "en", "ene", "erne")
# Words of the country and language list that are surnames as often ("Lynn Holland").
_COUNTRY_SURNAMES = frozenset(("holland", "england", "short", "long", "english", "welsh",
                               "french", "brown", "green", "white", "black", "young"))


class PersonCues:
    """Mixed into :class:`core.redaction.positions.NameContext`."""

    marks: Marks
    lex: Lexicon
    tokens: List[Token]
    found: Set[int]

    def _name_key(self, token: Token) -> Tuple[Optional[str], bool]:
        raise NotImplementedError

    def _known(self, token: Token) -> bool:
        raise NotImplementedError

    def _relation_before(self, i: int) -> bool:
        raise NotImplementedError

    def _cue_before(self, i: int) -> bool:
        raise NotImplementedError

    def _cue_after_level(self, i: int) -> int:
        raise NotImplementedError

    def _strong_trigger(self, token: Token) -> bool:
        raise NotImplementedError

    def _position(self, i: int) -> int:
        raise NotImplementedError

    def _adjacent(self, a: Token, b: Token) -> bool:
        raise NotImplementedError

    def _ambiguous(self, key: str) -> bool:
        raise NotImplementedError

    def _prev(self, i: int) -> Optional[Token]:
        raise NotImplementedError

    def _name_like(self, j: int) -> bool:
        raise NotImplementedError

    caseless: bool

    def _apostrophe_s(self, token: Token) -> bool:
        return token.key != token.base and token.text.endswith(("'s", "’s")) \
            and len(token.base) >= 3

    def _called_out(self, i: int) -> bool:
        """The first word of the message, called out: "X!!! hun har taget noget"."""
        token = self.tokens[i]
        if i > 1 or (i == 1 and self.tokens[0].key not in ("men", "but", "nej", "åh")):
            return False
        return _CALLED_OUT.match(self.marks.text, token.end) is not None

    def _acts_after_relation(self, i: int) -> bool:
        """After a relation noun, a lower-case adverb ("min mor lige er", "min ven heldigvis
        ringede") or a word before an object or a particle ("min mor slar mig", "min mand
        godkende det", "min veninde blacker ud", "min far dor hvis") is what the relative
        does, not the relative's name; a name from the lists that is no word stays one
        ("min mand lars hele tiden")."""
        token = self.tokens[i]
        if token.case != "lower" or i == 0 or self.tokens[i - 1].key not in RELATIONS \
                or not self._adjacent(self.tokens[i - 1], token):
            return False
        if token.key in SUBJECT_ADVERBS or token.key in CHAT_WORDS \
                or token.key in CHAT_ABBREVIATIONS:
            return True
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if nxt is None or nxt.key not in VERB_OBJECTS or not self._adjacent(token, nxt):
            return False
        key = self._name_key(token)[0]
        return key is None or self._ambiguous(key) or (
            key in self.lex.plain and nxt.key in _CLAUSE_OR_PARTICLE)  # "min far dor hvis"

    def _verb_written_plain(self, i: int) -> bool:
        """A name that is also a verb written without æ, ø, å ("dor" for "dør") where only a
        verb fits: before the subject it inverts with ("i spillet dor man"), or after "der"
        ("der dor 200 om året")."""
        token = self.tokens[i]
        if token.case != "lower" or i == 0 or token.key not in self.lex.plain:
            return False
        prev = self.tokens[i - 1]
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if not self._adjacent(prev, token) or prev.key in RELATIONS or prev.key in NAME_BEFORE \
                or prev.key in SUBJECT_VERBS or prev.key in _SAYING or prev.key in CALL_VERBS:
            return False  # "så sagde anders jeg skal": the name after its verb
        if prev.key == "der":
            return nxt is None or nxt.key not in SUBJECT_VERBS
        return nxt is not None and nxt.key in _INVERTED_SUBJECTS and self._adjacent(token, nxt)

    def _role_word(self, i: int, last: int) -> bool:
        """"alenemor her", "bostøtte her": a long compound of Danish words in no name list
        says who writes, not their name ("zorvan her" is one)."""
        token = self.tokens[i]
        return last == i and len(token.key) >= 7 and self._name_key(token)[0] is None and (
            self.lex.compound(token.key) or self.lex.is_known(token.key)
            or self.lex.written_plain(token.key))

    def _thanked(self, i: int) -> bool:
        """"Tak X, det var rart", "thanks X!": a name after thanks, then a pause."""
        if i < 1 or self.tokens[i - 1].key not in ("tak", "thanks", "thx"):
            return False
        return re.match(r"\s*[,!.]", self.marks.text[self.tokens[i].end:]) is not None

    def _brought(self, i: int) -> bool:
        """"hvordan får jeg X med til", "fik vi X med": someone is brought along."""
        if i < 2 or i + 1 >= len(self.tokens) or self.tokens[i + 1].key != "med":
            return False
        if self.tokens[i - 1].key in _TAKE_VERBS:
            return True  # "kan jeg tage X med"
        return self.tokens[i - 1].key in ("jeg", "vi", "man", "du", "i") \
            and self.tokens[i - 2].key in _BRING_VERBS

    def _called(self, i: int) -> bool:
        """"ring til X", "skriv tilbage til X", "sige til X": a person is called."""
        if i < 2 or self.tokens[i - 1].key not in ("til", "to"):
            return False
        k = i - 2
        while k > 0 and k >= i - 3 and self.tokens[k].key in _BETWEEN_CALL_AND_TIL:
            k -= 1  # "skriv tilbage til X", "fortælle det til X", "skriv ikke til X"
        return self.tokens[k].key in CALL_VERBS

    def _possessive_person(self, i: int) -> bool:
        """"We went to X's party", "X's jakke": a word in no list with an English "'s"."""
        token = self.tokens[i]
        return self._apostrophe_s(token) and not self._known(token) \
            and i + 1 < len(self.tokens)

    def _stop_name(self, i: int) -> bool:
        """A little word that is a name too, written with a capital inside a sentence where
        a person stands: "min stedsøn Man (15)", "hos Søs", "Sine og jeg"."""
        token = self.tokens[i]
        if token.base not in STOP_NAMES or (token.key == "hans" and self._hans_his(i)):
            return False
        if token.case == "title" and token.text.endswith(("'s", "’s")) and token.key != "hans":
            return True  # "Søs's jakke": an English possessive says name
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if token.case == "lower" and self._relation_before(i) and (re.match(
                r"[)\"'”»]", self.marks.text[token.end:token.end + 1]) or (
                nxt is not None and nxt.text in ENGLISH_VERBS and self._adjacent(token, nxt))):
            return True  # "my mom (søs)", 'min ven "sine"', "my friend søs is"
        if token.case != "title" or self.caseless or (
                token.sentence_start and not self._strong_trigger(token)):
            return False
        if i > 0 and self.tokens[i - 1].key in ("sankt", "skt", "sct", "st"):
            return False
        return self._relation_before(i) or self._cue_before(i) \
            or self._cue_after_level(i) > 0 or self._position(i) > 0

    def _hans_his(self, i: int) -> bool:
        """"Hans" before a noun is "his" ("i Hans bil" is rare, "Hans mor" often)."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return nxt is not None and nxt.case == "lower" and nxt.key not in SUBJECT_VERBS \
            and nxt.key not in ("og", "and", "fra") and self._adjacent(self.tokens[i], nxt)

    def _surname_after(self, prev: Token, token: Token) -> bool:
        """A surname in no list after a first name found already: in the same case, no
        Danish word of the list itself, no verb ("Mette moss", "LYNN HOLLAND")."""
        lex = self.lex
        key = token.key
        pkey = self._name_key(prev)[0]
        if pkey is None or pkey not in lex.first or token.sentence_start or len(key) < 3:
            return False
        if prev.case != token.case and not (prev.case == "title" and token.case == "upper"):
            return False
        if key in STOP or key in FUNCTION_WORDS or key in NAME_BEFORE or key in PLACE_BEFORE \
                or key in RELATIONS or key in SUBJECT_VERBS or key in NOT_AFTER_NAME \
                or key in CONSUME_VERBS or key in CLAUSE_BEFORE or key in AFTER_SUBJECT \
                or key in CHAT_WORDS or key in TOWNS or key in ENGLISH_VERBS:
            return False
        if token.case == "title" and key in _COUNTRY_SURNAMES:
            return True
        if key in lex.words or key in lex.english or key in lex.allow:
            return False
        for ending in _VERB_ENDINGS:  # "lugter", "råbte": verbs
            stem = key[:-len(ending)]
            if key.endswith(ending) and len(stem) >= 3 and (
                    stem in lex.words or stem + "e" in lex.words or stem in lex.english):
                return False
        return not word_in(key, lex.words, part=4) or not key.isascii() \
            or self._after_surname(token)

    def _after_surname(self, token: Token) -> bool:
        """What follows a full name: the end, punctuation, "og", "fra", a verb."""
        rest = self.marks.text[token.end:token.end + 2]
        if not rest.strip() or rest[:1] in ",.!?:;)'\"":
            return True
        nxt = re.match(r"\s+([^\W\d_]+)", self.marks.text[token.end:token.end + 30])
        if nxt is None:
            return False
        word = fold_word(nxt.group(1))
        return word in SUBJECT_VERBS or word in ("og", "and", "fra", "from", "på", "paa", "on")

    def _verb_or_age_after(self, token: Token, nxt: Token) -> bool:
        """"min datter sten på 17", "my friend viola is": an age or an English verb."""
        return AGE_AFTER.match(self.marks.text, token.end) is not None or (
            nxt.text in ENGLISH_VERBS and self._adjacent(token, nxt))

    def _said_by(self, i: int) -> bool:
        """The one word between a verb of saying and "at"/"om" is who said it: a word in no
        list or a first name, not "han", "lægen" or "altid"."""
        if i == 0 or i + 1 >= len(self.tokens):
            return False
        prev, token, nxt = self.tokens[i - 1], self.tokens[i], self.tokens[i + 1]
        if prev.key not in _SAYING or nxt.key not in ("at", "om") or not (
                self._adjacent(prev, token) and self._adjacent(token, nxt)):
            return False
        if token.key in FUNCTION_WORDS or token.key in RELATIONS or token.key in self.lex.allow:
            return False
        key = self._name_key(token)[0]
        return not self._known(token) or (key is not None and (
            not self._ambiguous(key) or key in SUBJECT_NAMES))  # "sagde sys at"

    def _named_in_brackets(self, token: Token) -> bool:
        """The word before "(min bedste ven)" is who that is, unless it is a relation, a
        verb or, in lower case, an ordinary word."""
        key = token.key
        if key in RELATIONS or key in FUNCTION_WORDS or key in SUBJECT_VERBS \
                or key in CONSUME_VERBS or key in self.lex.allow:
            return False
        return token.case != "lower" or not self.lex.is_known(key, strict=True)

    def _place_like(self, i: int) -> bool:
        """"Ebberup", "i Jyderup eller Ebberup": a town's ending, or beside a place."""
        token = self.tokens[i]
        if token.key.endswith(TOWN_ENDINGS):
            return True
        prev = self._prev(i)
        if prev is not None and prev.key in ("og", "eller", "or", "and") and i >= 2:
            before = self.tokens[i - 2]
            return before.key in self.lex.allow or (
                i >= 3 and self.tokens[i - 3].key in PLACE_BEFORE and not self._name_like(i - 2))
        return False

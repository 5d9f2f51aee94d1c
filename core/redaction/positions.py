"""Where a word stands: the cues around it that say name ("min ven X", "jeg hedder X",
"X og Mette", "X (16)", "hos X", "jeg tror X drikker", "X her,")."""

from __future__ import annotations

import re
from typing import Optional, Set, Tuple

from core.redaction.cues import (
    AFTER_SUBJECT,
    AGE_AFTER,
    CLAUSE_BEFORE,
    ENGLISH_VERBS,
    NAME_BEFORE,
    NAME_PARTICLES,
    NAME_TRIGGER,
    PARENTS,
    PERSON_BEFORE,
    PERSON_VERBS,
    QUESTION_VERBS,
    RELATIONS,
    SUBJECT_VERBS,
    THING_NAMED,
    TITLES,
    WEAK_TRIGGER,
)
from core.redaction.groups import NameGroups
from core.redaction.lexicon import Lexicon
from core.redaction.marks import Marks
from core.redaction.person_cues import PersonCues
from core.redaction.tokens import Token, tokenize
from core.redaction.word_kinds import known_word

# What follows "jeg er X" when X is a name: the end, "og jeg", "og er 16", "og arbejder",
# "her", "fra", "igen".
_INTRO_END = re.compile(r"\s*(?:$|[,.!?:;)]|og\s+(?:jeg|er\s+\d|arbejder|bor|går|har)\b"
                        r"|and\s+i\b|her\b|here\b|fra\b|der\b|igen\b|again\b|from\b|\(?\d)",
                        re.I)
_HERE = re.compile(r"\s+(?:her|here)\b\s*(?:[,.!:;-]|$|og\b|and\b|fra\b|from\b|jeg\b|i\b"
                   r"|igen\b|again\b)",
                   re.I)




class NameContext(NameGroups, PersonCues):
    """The words of a message and what stands around each: the cues that make a word a
    name. :class:`core.redaction.names.Names` decides with them."""

    def __init__(self, marks: Marks, lex: Lexicon) -> None:
        self.marks = marks
        self.lex = lex
        self.tokens = tokenize(marks)
        # "JEG HEDDER ..." or "Min Søn Drikker": capitals say nothing about names here
        words = [t for t in self.tokens if len(t.text) > 1 and not t.taken
                 and t.key not in lex.first and t.key not in lex.last]
        capitalised = sum(1 for t in words if t.case in ("title", "upper"))
        self.caseless = len(words) >= 3 and capitalised >= 0.6 * len(words)
        self.found: Set[int] = set()  # tokens taken as names so far
        self.looking_ahead = False

    # -- decided by the subclass (core.redaction.names.Names)
    def _is_name(self, i: int) -> bool:
        """Token ``i`` is a name."""
        raise NotImplementedError

    def _continues_name(self, prev: Token, token: Token) -> bool:
        """``token`` is the next part of the name that ends with ``prev``."""
        raise NotImplementedError

    # -- what a word is
    def _name_key(self, token: Token) -> Tuple[Optional[str], bool]:
        """(the key found in the name lists, possessive?) or (None, False)."""
        lex = self.lex
        for key, possessive in ((token.key, False), (token.base, token.base != token.key)):
            if key in lex.first or key in lex.last:
                return key, possessive
        if token.key.endswith("s") and len(token.key) > 3 and token.text[-1] in "sS":
            stem = token.key[:-1]
            if (stem in lex.first or stem in lex.last) and token.key not in lex.english and (
                    token.key not in lex.words or token.case == "title"):  # not "Fridays"
                return stem, True
        if "-" in token.key and token.key not in lex.english:  # "self-harm" is a word
            parts = token.key.split("-")
            named = [p for p in parts if p in lex.first or p in lex.last]
            if named and all(p in lex.first or p in lex.last or p in NAME_PARTICLES
                             or not lex.is_known(p, strict=True) for p in parts):  # "Leif-Borris"
                return token.key, False
            last = parts[-1][:-1]  # "Ivan-Annes mor": the last name's genitive
            if parts[-1].endswith("s") and (last in lex.first or last in lex.last) and all(
                    p in lex.first or p in lex.last for p in parts[:-1]):
                return "-".join(parts[:-1] + [last]), True
        return None, False

    def _ambiguous(self, key: str) -> bool:
        """A name that needs a cue: an ordinary word too, or outside the common tier."""
        lex = self.lex
        if "-" in key:
            return all(p in lex.name_words or p in lex.rare or p in NAME_PARTICLES
                       for p in key.split("-"))
        return key in lex.name_words or key in lex.rare

    def _capitalised(self, token: Token) -> bool:
        return not self.caseless and token.case in ("title", "upper")

    def _next(self, i: int) -> Optional[Token]:
        return self.tokens[i + 1] if i + 1 < len(self.tokens) else None

    def _prev(self, i: int) -> Optional[Token]:
        return self.tokens[i - 1] if i > 0 else None

    def _adjacent(self, a: Token, b: Token) -> bool:
        return re.fullmatch(r"\s{1,2}|\s?-\s?", self.marks.text[a.end:b.start]) is not None

    def _before(self, token: Token, chars: int = 40) -> str:
        return self.marks.text[max(0, token.start - chars):token.start]

    def _strong_trigger(self, token: Token) -> bool:
        before = self._before(token)
        return NAME_TRIGGER.search(before) is not None and THING_NAMED.search(before) is None

    def _relation_before(self, i: int) -> bool:
        """"min søn X", "my brother X", "min elev, X,"."""
        prev = self._prev(i)
        token = self.tokens[i]
        if prev is not None and prev.key == "til" and i >= 2 \
                and self.tokens[i - 2].key in PARENTS and self._adjacent(prev, token) \
                and self._adjacent(self.tokens[i - 2], prev):
            return True  # "jeg er mor til X"
        if prev is not None and prev.key in ("er", "is", "was", "var") and i >= 2 \
                and self.tokens[i - 2].key in RELATIONS and token.case != "lower" \
                and not self._known(token) and token.key not in self.lex.english \
                and self._adjacent(prev, token) and self._adjacent(self.tokens[i - 2], prev):
            return True  # "min bedste ven er X", "my dad is X"
        if prev is None or prev.key not in RELATIONS:
            return False
        gap = self.marks.text[prev.end:token.start]
        # "min søn X", "min elev, X,", "kæresten (X)", 'min ven "X"'
        return self._adjacent(prev, token) or gap in (", ", " (", "(", ' "', " '", " “", " «")

    def _known(self, token: Token) -> bool:
        """An ordinary word (Danish, English, slang, a place or brand): no name by itself."""
        return known_word(token, self.lex, self._name_key(token)[0] is not None)

    def _name_like(self, j: int) -> bool:
        """Token ``j`` is a name: found already, a placeholder, or a name from the lists."""
        if j < 0 or j >= len(self.tokens):
            return False
        token = self.tokens[j]
        if j in self.found:
            return True
        if token.taken:
            return token.text == "NAVN" and self.marks.text[token.start - 1:token.start] == "["
        if self.looking_ahead:
            return False
        self.looking_ahead = True
        try:
            return self._name_key(token)[0] is not None and self._is_name(j)
        finally:
            self.looking_ahead = False

    def _position(self, i: int) -> int:
        """Where a word in no list stands: 2 where only a name fits ("jeg hedder X", "min ven
        X", "X (16)", "zorvan hansen"), 1 where a name is likely ("X og Mette", "hos X",
        "jeg tror X drikker", "jeg er X"), 0 elsewhere."""
        token = self.tokens[i]
        text = self.marks.text
        prev, nxt = self._prev(i), self._next(i)
        if self._strong_trigger(token) or self._relation_before(i):
            return 2
        if AGE_AFTER.match(text, token.end) or self._called_out(i) \
                or self._possessive_person(i) or self._thanked(i) or self._brought(i):
            return 2  # "X (16)", "X!!! hun har", "X's party", "Tak X,", "få X med"
        if not self.looking_ahead and (self._in_name_list(i) or self._signoff(i)
                                       or self._greeted(i) or self._from_group(i)):
            return 2  # "Mette, X og jeg", "mvh. X", "Til X:", "X fra klassen"
        if nxt is not None and self._adjacent(token, nxt):
            if token.key != token.base or token.key.endswith("s") and len(token.key) > 3:
                if nxt.key in RELATIONS and token.key not in ("hans", "hendes", "deres", "jeres"):
                    return 2  # "zorvans far", "zorvan's mor"
            key, _ = self._name_key(nxt)
            if key is not None and key in self.lex.last and not self._ambiguous(key) \
                    and nxt.case != "upper":
                return 2  # "zorvan hansen"
        if token.sentence_start:
            last = self._span_end(i)
            if (_HERE.match(text, self.tokens[last].end) and not self._role_word(i, last)) \
                    or self._cue_after_level(last) == 2 \
                    or (last > i and self._cue_after_level(last) == 1):
                return 2  # "zorvan her, ...", "IBAAD TAHOOR her", "maureen freeman og jeg"
        if prev is not None and prev.end <= token.start:
            before = self._before(token)
            if WEAK_TRIGGER.search(before) and _INTRO_END.match(
                    text, self.tokens[self._span_end(i)].end):
                return 1  # "jeg er zorvan og jeg er 15", "hey its zorvan"
            if prev.key in ("og", "and", "eller", "or") and self._adjacent(prev, token) \
                    and self._name_like(i - 2):
                return 1  # "Mette og zorvan"
            if prev.key in PERSON_BEFORE or prev.key in PERSON_VERBS:
                return 1  # "hos zorvan", "støtte zorvan"
            if self._called(i):
                return 1  # "ring til zorvan", "fortælle det til zorvan"
        if nxt is not None and nxt.key in ("og", "and") and self._adjacent(token, nxt) \
                and self._name_like(i + 2):
            return 1  # "zorvan og Mette"
        if nxt is not None and self._adjacent(token, nxt) and (
                nxt.key in SUBJECT_VERBS or nxt.key in AFTER_SUBJECT
                or nxt.text in ENGLISH_VERBS):
            if token.sentence_start or (prev is not None and (
                    prev.key in CLAUSE_BEFORE or prev.key in QUESTION_VERBS
                    or text[prev.end:token.start] == ", ")):
                return 1  # "jeg tror zorvan tager", "skal zorvan selv ringe"
        if prev is not None and prev.key in QUESTION_VERBS and prev.sentence_start:
            return 1  # "skal zorvan ringe?"
        if self._after_verb(i):
            return 1  # "i går sagde zorvan at"
        if prev is not None and prev.text == "I" and i >= 2 \
                and self.tokens[i - 2].key in ("kender", "kendte", "spurgte", "så"):
            return 2  # "kender I zorvan?": "I" is "you" here, no place
        return 0

    def _span_end(self, i: int) -> int:
        """The last word of a name that starts at ``i`` ("Zsolt Molnár og jeg")."""
        j = i
        while j + 1 < len(self.tokens) and j < i + 3 and self._continues_name(
                self.tokens[j], self.tokens[j + 1]):
            j += 1
        return j

    def _unknown_is_name(self, i: int) -> bool:
        """A word in no list and no ordinary word, in lower or upper case."""
        token = self.tokens[i]
        if len(token.key) < 3 or token.case == "mixed":
            return False
        if token.case == "upper" and (not re.search(r"[aeiouyæøå]", token.key)
                                      or len(token.key) < 4):
            return False  # "ADHD", "SSP": acronyms
        level = self._position(i)
        if level == 2:
            return True
        lex = self.lex
        return level == 1 and not ((token.case == "lower" and lex.near_word(token.base))
                                   or lex.is_known(token.key)
                                   or lex.is_known(token.base) or lex.compound(token.key))

    def _cue_after(self, i: int) -> bool:
        return self._cue_after_level(i) > 0

    def _cue_after_level(self, i: int) -> int:
        """2: the words after say name ("Dag Hansen", "Dags mor", "Dag og jeg", "Dag på 16");
        1: only a verb follows ("Dag drikker"); 0: nothing."""
        token = self.tokens[i]
        nxt = self._next(i)
        rest = self.marks.text[token.end:token.end + 3]
        if AGE_AFTER.match(self.marks.text, token.end):
            return 2  # "Per på 16 drikker", "Tom (16) drikker"
        if nxt is None:
            return 0
        if not self.marks.text[token.end:nxt.start].strip() == "":
            # "Dag, min bror, drikker" / "Xander, han drikker"
            return 2 if (rest.startswith(",")
                         and nxt.key in RELATIONS | {"han", "hun", "min", "mit"}) else 0
        if nxt.key in SUBJECT_VERBS or (nxt.text in ENGLISH_VERBS
                                        and token.key not in self.lex.english):
            return 1  # "Dag drikker", "Tahmina keeps saying"; not "She drinks"
        if self._capitalised(nxt) and not nxt.sentence_start:
            key, _ = self._name_key(nxt)
            if key is not None and (key in self.lex.last or key in self.lex.first):
                return 2
        if token.key != token.base or (token.key.endswith("s") and nxt.key in RELATIONS):
            # "Mikkels mor", but "Hans mor" is "his mother" at the start of a sentence
            return 2 if nxt.key in RELATIONS and token.key != "hans" else 0
        if nxt.key == "og":
            after = self._next(i + 1)
            return 2 if after is not None and (
                after.key in ("jeg", "mig", "hans", "hendes", "min") or self._name_like(i + 2)
                or (self._capitalised(after) and self._name_key(after)[0] is not None)) else 0
        return 0

    def _cue_before(self, i: int) -> bool:
        token = self.tokens[i]
        prev = self._prev(i)
        if self._strong_trigger(token) or self._relation_before(i):
            return True
        if prev is None:
            return False
        if (prev.key in NAME_BEFORE or prev.key in TITLES) and prev.end <= token.start:
            return True
        return WEAK_TRIGGER.search(self._before(token)) is not None

    # -- the decision

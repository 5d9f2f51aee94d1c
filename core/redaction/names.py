"""Names among the words that no other detector has claimed."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from core.redaction.cues import (
    AGE_AFTER, CONSUME_VERBS, LOAN_ENDINGS, NAME_BEFORE, NAME_PARTICLES, NAME_TRIGGER,
    NOT_AFTER_NAME, PLACE_BEFORE, RELATIONS, SUBJECT_NAMES, SUBJECT_VERBS, TIME_BEFORE,
    TIME_NAMES, WEAK_TRIGGER,
)
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+|-[^\W\d_]+)*['’]?")
_SENTENCE_END = ".!?:;…\n"
_OPENERS = " \t\"'«»(-–*•"


# Abbreviations whose full stop ends no sentence ("Hr. Holm", "kl. 10", "ca. 20").
_ABBREVIATIONS = frozenset(("hr", "fru", "frk", "dr", "mr", "mrs", "ms", "kl", "ca", "fx", "evt",
                            "bl", "mv", "jf", "nr", "st", "sct", "skt", "ift", "mht", "dvs",
                            "osv", "tlf", "inkl", "ekskl", "vedr", "prof", "cand", "stud"))
_TITLES = frozenset(("hr", "fru", "frk", "dr", "mr", "mrs", "ms", "prof", "advokat", "læge",
                     "doktor", "pastor", "lærer", "pædagog"))


def _sentence_start(text: str, pos: int) -> bool:
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


class _Token:
    """A word: ``base`` is its key without a possessive "'s"; ``case`` is "title",
    "upper", "lower" or "mixed"."""

    __slots__ = ("start", "end", "text", "key", "base", "case", "sentence_start", "taken")

    def __init__(self, start: int, end: int, text: str, key: str, base: str, case: str,
                 sentence_start: bool, taken: bool) -> None:
        self.start, self.end, self.text, self.key, self.base = start, end, text, key, base
        self.case, self.sentence_start, self.taken = case, sentence_start, taken


class Names:
    """Finds names among the words that no other detector has claimed."""

    def __init__(self, marks: Marks, lex: Lexicon) -> None:
        self.marks = marks
        self.lex = lex
        self.tokens = self._tokens()
        # "JEG HEDDER ..." or "Min Søn Drikker": capitals say nothing about names here
        words = [t for t in self.tokens if len(t.text) > 1 and not t.taken
                 and t.key not in lex.first and t.key not in lex.last]
        capitalised = sum(1 for t in words if t.case in ("title", "upper"))
        self.caseless = len(words) >= 3 and capitalised >= 0.6 * len(words)

    def _tokens(self) -> List[_Token]:
        text = self.marks.text
        spans = self.marks.spans
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
                if rest.isupper() and len(core_word) > 1:
                    case = "upper"
                else:
                    case = "title"
            else:
                case = "mixed"
            end = start + len(core_word)
            taken = bool(spans) and not self.marks.free(start, end)
            tokens.append(_Token(start, end, core_word, key, base, case,
                                 _sentence_start(text, start), taken))
        return tokens

    # -- what a word is
    def _name_key(self, token: _Token) -> Tuple[Optional[str], bool]:
        """(the key found in the name lists, possessive?) or (None, False)."""
        lex = self.lex
        for key, possessive in ((token.key, False), (token.base, token.base != token.key)):
            if key in lex.first or key in lex.last:
                return key, possessive
        if token.key.endswith("s") and len(token.key) > 3:
            stem = token.key[:-1]
            if (stem in lex.first or stem in lex.last) and (
                    token.key not in lex.words or token.case == "title"):
                return stem, True
        if "-" in token.key:
            parts = token.key.split("-")
            named = [p for p in parts if p in lex.first or p in lex.last]
            if named and all(p in lex.first or p in lex.last or p in NAME_PARTICLES
                             or not lex.is_word(p) for p in parts):
                return token.key, False
        return None, False

    def _ambiguous(self, key: str) -> bool:
        """A name that needs a cue: an ordinary word too, or outside the common tier."""
        lex = self.lex
        if "-" in key:
            return all(p in lex.name_words or p in lex.rare or p in NAME_PARTICLES
                       for p in key.split("-"))
        return key in lex.name_words or key in lex.rare

    def _capitalised(self, token: _Token) -> bool:
        return not self.caseless and token.case in ("title", "upper")

    def _next(self, i: int) -> Optional[_Token]:
        return self.tokens[i + 1] if i + 1 < len(self.tokens) else None

    def _prev(self, i: int) -> Optional[_Token]:
        return self.tokens[i - 1] if i > 0 else None

    def _adjacent(self, a: _Token, b: _Token) -> bool:
        return re.fullmatch(r"\s{1,2}|\s?-\s?", self.marks.text[a.end:b.start]) is not None

    def _before(self, token: _Token, chars: int = 40) -> str:
        return self.marks.text[max(0, token.start - chars):token.start]

    def _strong_trigger(self, token: _Token) -> bool:
        return NAME_TRIGGER.search(self._before(token)) is not None

    def _relation_before(self, i: int) -> bool:
        prev = self._prev(i)
        return (prev is not None and prev.key in RELATIONS
                and self._adjacent(prev, self.tokens[i]))

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
        if nxt.key in SUBJECT_VERBS:
            return 1
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
                after.key in ("jeg", "mig", "hans", "hendes", "min")
                or (self._capitalised(after) and self._name_key(after)[0] is not None)) else 0
        return 0

    def _cue_before(self, i: int) -> bool:
        token = self.tokens[i]
        prev = self._prev(i)
        if self._strong_trigger(token) or self._relation_before(i):
            return True
        if prev is None:
            return False
        if (prev.key in NAME_BEFORE or prev.key in _TITLES) and prev.end <= token.start:
            return True
        return WEAK_TRIGGER.search(self._before(token)) is not None

    # -- the decision
    def _is_name(self, i: int) -> bool:
        token = self.tokens[i]
        lex = self.lex
        if token.taken or len(token.key) < 2 or token.key in STOP or token.base in STOP:
            return False
        key, possessive = self._name_key(token)
        capitalised = self._capitalised(token)
        prev = self._prev(i)
        if prev is not None and prev.key in ("sankt", "skt", "sct", "st"):
            return False  # "Sankt Hans"
        if self.marks.text[token.end:token.end + 2] in ("- ", "-,"):
            return False  # "Dag- og aftenbehandling"
        if (token.key in TIME_NAMES and prev is not None and prev.key in TIME_BEFORE
                and prev.text != "I"):  # "Kender I Jul Winther?": "I" is "you"
            return False  # "i August", "til Jul", "God Jul"
        if key is not None:
            if token.key in lex.allow and not self._strong_trigger(token) and not (
                    self._relation_before(i)):
                return False
            if token.case == "upper" and not self.caseless and (
                    len(token.key) <= 2 or self._ambiguous(key)):
                return False  # "AA", "NA" as acronyms; "LIGE NU", "HAVE" as emphasis
            if not self._ambiguous(key) and not (possessive and token.key in lex.words):
                return True
            if capitalised:
                if not token.sentence_start:
                    # "Jeg drikker Vin": what is taken, not who
                    return not (prev is not None and prev.key in CONSUME_VERBS
                                and token.key in lex.words)
                level = self._cue_after_level(i)
                if level == 1 and key in lex.name_words and key in lex.rare \
                        and key not in SUBJECT_NAMES:
                    return False  # "Vin er dyrt", "Skole er svært": a word, a rare name
                return level > 0 or self._strong_trigger(token)
            # in lower case: an ordinary word or a rare name, so only with a cue
            if self._strong_trigger(token):
                return True
            nxt = self._next(i)
            verb_after = nxt is not None and nxt.key in SUBJECT_VERBS and self._adjacent(token, nxt)
            rare_name = not lex.is_word(key)
            if self._relation_before(i):
                tail = self.marks.text[token.end:token.end + 2]
                return (rare_name or nxt is None or verb_after or nxt.key == "og"
                        or tail[:1] in ",.!?")
            if rare_name and (self._cue_before(i) or (token.sentence_start and verb_after)):
                return True
            if nxt is not None and self._adjacent(token, nxt) and nxt.key in lex.last \
                    and not self._ambiguous(nxt.key) and key in lex.first:
                return True  # "tom hansen", "max kowalski"
            # "per drikker", "bo har drukket": names that cannot be a subject as words
            return token.sentence_start and verb_after and key in SUBJECT_NAMES
        # in no list
        if token.key in lex.allow or lex.is_word(token.key) or lex.is_word(token.base):
            return False
        if len(token.key) < 3 or token.case == "upper" or token.case == "mixed":
            return False
        if capitalised:
            if token.sentence_start:
                level = self._cue_after_level(i)
                if level == 1 and token.key.endswith(LOAN_ENDINGS):
                    return False  # "Gaming er et problem"
                return level > 0 or self._strong_trigger(token)
            if prev is not None and prev.key in PLACE_BEFORE and not self._relation_before(i):
                return self._cue_after(i)
            return self._cue_before(i) or self._cue_after(i)
        # lower case, unknown: only right after "jeg hedder", "mit navn er"
        return self._strong_trigger(token)

    def _continues_name(self, prev: _Token, token: _Token) -> bool:
        """A surname, middle name or initial right after a name ("Mette Holm", "Mette H.")."""
        if token.taken or not self._adjacent(prev, token) or token.key in STOP:
            return False
        lex = self.lex
        if len(token.text) == 1 and token.text.isupper():
            return True
        key, _ = self._name_key(token)
        if "-" in token.key and token.key.split("-")[0] in NAME_PARTICLES:
            return key is not None or not lex.is_word(token.key.split("-")[-1])  # "al-Hassan"
        if token.case == "lower" or self.caseless:
            if key is None:
                return False
            if not self._ambiguous(key):
                return True
            # "mette holm", "anita bak": a surname that is also a word, not a little word
            return (key in lex.last and token.key not in SUBJECT_VERBS
                    and token.key not in NAME_BEFORE and token.key not in PLACE_BEFORE
                    and token.key not in RELATIONS and token.key not in NOT_AFTER_NAME)
        if token.case not in ("title",):
            return False
        if key is not None:
            return True
        if token.key in SUBJECT_VERBS or token.key in lex.allow:
            return False
        return not lex.is_word(token.key)

    def run(self) -> None:
        text = self.marks.text
        i = 0
        tokens = self.tokens
        while i < len(tokens):
            if not self._is_name(i):
                i += 1
                continue
            start, end = tokens[i].start, tokens[i].end
            key, possessive = self._name_key(tokens[i])
            if possessive and tokens[i].text.endswith(("'s", "’s")):
                end -= 2  # "Mikkel's mor" -> "[NAVN]'s mor"
            elif possessive and tokens[i].key.endswith("s"):
                end -= 1  # "Mikkels mor" -> "[NAVN]s mor"
            elif key is None and tokens[i].key.endswith("s") and i + 1 < len(tokens) \
                    and tokens[i + 1].key in RELATIONS:
                end -= 1  # "Xandrios mor" -> "[NAVN]s mor"
                possessive = True
            j = i
            while j + 1 < len(tokens) and not possessive and self._continues_name(tokens[j], tokens[j + 1]):
                j += 1
                end = tokens[j].end
                _, possessive = self._name_key(tokens[j])
                if possessive and tokens[j].key.endswith("s"):
                    end -= 1
            if j > i and len(tokens[j].text) == 1 and text[end:end + 1] == ".":
                end += 1  # the initial's full stop
            self.marks.add(start, end, "name")
            i = j + 1



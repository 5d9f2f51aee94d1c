"""Places in a message where only a person fits, beyond the single word before or after:
a list of names ("Mette, X og jeg"), a signature ("mvh. X", "/X" at the end), a greeting
("Til X:", "fra X til jer"), "X fra klassen", and a subject after its verb ("i går sagde
X at ..."). :class:`core.redaction.positions.NameContext` asks these."""

from __future__ import annotations

import re
from typing import List, Optional, Set, Tuple

from core.redaction.cues import AFTER_SUBJECT, ENGLISH_VERBS, FUNCTION_WORDS, RELATIONS, SUBJECT_VERBS
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks
from core.redaction.tokens import Token
from core.redaction.workplaces import _EMPLOYERS

EMPLOYERS = _EMPLOYERS  # shop chains and big employers: no person's name

_CLAUSE_OPENERS = frozenset(fold_word(w) for w in """
    at men fordi da når hvis så tror troede siger sagde synes ved that but because when if
""".split())
# "Mette og jeg", "me and X": a pronoun that closes or opens a list of people
_LIST_PRONOUNS = frozenset(("jeg", "mig", "me", "i"))
_AND = frozenset(("og", "and"))
# "snakke med mig og X", "til mig og X": a pronoun after these opens a list of people
_WITH = frozenset(fold_word(w) for w in "med hos til with".split())
_NO_MEMBER = STOP | FUNCTION_WORDS | RELATIONS
# What may follow the last word of a name in a list: a verb, "fra", "der", "om" ...
_AFTER_MEMBER = frozenset(fold_word(w) for w in """
    fra der som from who that om i på til efter
""".split()) | SUBJECT_VERBS | AFTER_SUBJECT
# The end of a message after a name: punctuation, emoji, nothing
_MESSAGE_END = re.compile(r"(?:[^\w\[]|<3+|\b(?i:xd|xo+x*|x+)\b)*$")  # "<3", "xoxo"
_SIGNOFF = re.compile(
    r"(?:(?:^|\s)/|\b(?:mvh|vh|kh|bh|hilsen|hilsner|knus|regards|cheers|thanks|thank\s+you|thx"
    r"|tak|tusind\s+tak|mange\s+tak|best|all\s+the\s+best|take\s+care|xoxo)\b[^\w\n]{0,3}"
    r"(?:\s*(?:fra|from)\b)?"  # "knus fra X", "Best, X"
    r"(?:\s*(?:a\s+lot|so\s+much|for\s+(?:hjælpen|nu|det|svaret)|mange\s+gange)[^\w\n]{0,3})?)"
    r"\s*$", re.I)
_GREETING_BEFORE = re.compile(r"(?:(?:^|[.!?\n]\s*)til|\bhils(?:en|ner)\s+fra|\bfra)\s*$", re.I)
_GREETING_AFTER = re.compile(r"\s*:|\s+til\s+(?:jer|dig|alle|os)\b", re.I)
# "X fra klassen", "X fra [ARBEJDSPLADS]", "X fra 8.b": someone from a group
_FROM_GROUP = re.compile(
    r"\s+(?:fra|from)\s+(?:\[|\d|(?:min|vores|hans|hendes|my|his|her)\s+\w*(?:klasse|hold|arbejde"
    r"|class|team|work)|(?:klassen|skolen|arbejdet|arbejde|køkkenet|holdet|klubben|gymnasiet"
    r"|efterskolen|gruppen|lageret|butikken|firmaet|jobbet|parallelklassen|work|school|class"
    r"|kommunen|jobcentret|jobcenteret|politiet|festen|byen|træningen)\b)",
    re.I)
_FROM_TAKEN = re.compile(r"\s+(?:fra|from)\s+")
# "I går sagde X at", "Fredag aften ringede X": a time, a verb, then the subject
_TIME_WORDS = frozenset(fold_word(w) for w in """
    går igår aften morgen nat weekend mandag tirsdag onsdag torsdag fredag lørdag søndag
    bagefter derefter pludselig senere forleden idag dag morges
""".split())
_INVERTED_VERBS = SUBJECT_VERBS | frozenset(fold_word(w) for w in """
    kastede kaster besvimede faldt græd løb ringede skrev sendte tilbød
""".split())


class NameGroups:
    """Mixed into :class:`core.redaction.positions.NameContext`, which has the words and
    the methods declared here."""

    marks: Marks
    lex: Lexicon
    tokens: List[Token]
    found: Set[int]

    def _name_key(self, token: Token) -> Tuple[Optional[str], bool]:
        raise NotImplementedError

    def _ambiguous(self, key: str) -> bool:
        raise NotImplementedError

    def _known(self, token: Token) -> bool:
        raise NotImplementedError

    def _name_like(self, j: int) -> bool:
        raise NotImplementedError

    def _span_end(self, i: int) -> int:
        raise NotImplementedError

    # -- lists of people
    def _gap(self, a: Token, b: Token) -> str:
        """The text between two tokens, without the brackets of a placeholder."""
        return self.marks.text[a.end:b.start].replace("[", "").replace("]", "")

    def _list_step(self, j: int, step: int) -> Tuple[Optional[int], bool]:
        """The list member next to ``j`` (step -1: before, 1: after) and whether "og" joins
        them; (None, False) where the list ends."""
        tokens = self.tokens
        a, b = (j - 1, j) if step < 0 else (j, j + 1)
        if a < 0 or b >= len(tokens):
            return None, False
        if tokens[a if step < 0 else b].key in _AND or self._ampersand(tokens[a], tokens[b]):
            if self._ampersand(tokens[a], tokens[b]):  # "Mette & dabir": the "&" joins them
                return j + step, True
            k = j + 2 * step
            if 0 <= k < len(tokens):
                pair = (tokens[k], tokens[a]) if step < 0 else (tokens[a], tokens[b])
                other = (tokens[a], tokens[b]) if step < 0 else (tokens[b], tokens[k])
                if all(self._gap(x, y) in (" ", "  ") for x, y in (pair, other)):
                    return k, True
            return None, False
        if self._gap(tokens[a], tokens[b]).strip() == "," and len(self._gap(tokens[a], tokens[b])) <= 3:
            return j + step, False
        return None, False

    def _verb_next(self, i: int) -> bool:
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return nxt is not None and nxt.key in SUBJECT_VERBS

    def _ampersand(self, a: Token, b: Token) -> bool:
        return self.marks.text[a.end:b.start].strip() in ("&", "+")

    def _list_side(self, i: int, step: int) -> Optional[int]:
        """The first member of the list beside ``i`` that says something, skipping words in
        no list; a pronoun counts only joined by "og" ("Mette og jeg")."""
        j: Optional[int] = i
        while j is not None:
            j, by_and = self._list_step(j, step)
            if j is None:
                break
            token = self.tokens[j]
            if token.key in _LIST_PRONOUNS:
                return j if by_and and token.text != "i" else None
            if not self._neutral(j):
                return j
        return None

    def _neutral(self, j: int) -> bool:
        """A word in no list and no ordinary word: says nothing about the list."""
        token = self.tokens[j]
        return (j not in self.found and not token.taken
                and self._name_key(token)[0] is None
                and not self._known(token) and len(token.key) >= 3)

    def _member_ends(self, i: int) -> bool:
        """The name at ``i`` ends where a list member ends: at punctuation, "og", a verb."""
        end = self._span_end(i)
        token = self.tokens[end]
        rest = self.marks.text[token.end:token.end + 2]
        if not rest.strip() or rest[:1] in ",.!?:;)":
            return True
        nxt = self.tokens[end + 1] if end + 1 < len(self.tokens) else None
        return nxt is not None and (nxt.key in _AND or nxt.key in _AFTER_MEMBER
                                    or nxt.text in ENGLISH_VERBS)

    def _in_name_list(self, i: int, pronoun: bool = True) -> bool:
        """``i`` is one of a list of people: "Mette, X og jeg", "X og [NAVN] ryger".
        ``pronoun``: "X og jeg" is enough; not for words that are names and words alike
        ("hver dag og jeg", "til fest og jeg")."""
        if not self._member_ends(i):
            return False
        key = self._name_key(self.tokens[i])[0]
        left = self._list_side(i, -1)
        # "mig og X", "jeg og X skal": a pronoun first, then a word that ends as a member
        word = self.tokens[i].key
        me_first = left is not None and self.tokens[left].key in ("mig", "jeg", "me") \
            and self.tokens[left].text != "i" and (key is not None or not (
                self._known(self.tokens[i]) or self.lex.compound(word)))  # not "mig og hash"
        if pronoun and key is not None and self._ambiguous(key) and (
                key in self.lex.words or key in self.lex.english) and not (
                me_first and key in self.lex.first and self._verb_next(i)):
            pronoun = False  # "hver dag og jeg"; but "mig og rut tager", "jeg og rosa skal"
        if pronoun and self.tokens[i].case == "lower" and not self._list_opens_clause(i) \
                and not me_first:
            pronoun = False  # "droppet fodbold og jeg": a word the lists lack
        verdict = False
        for step in (-1, 1):
            j = self._list_side(i, step)
            if j is None:
                continue
            token = self.tokens[j]
            if token.key in _LIST_PRONOUNS:
                verdict = verdict or pronoun
            elif token.key in self.lex.allow or self._chain(token):
                return False  # "Netto og Føtex": shops, places
            elif self._name_like(j):
                verdict = True
        return verdict

    def _people_list(self, i: int) -> bool:
        """"klemens, rut og mig", "mig, edis og dilan": two or more words joined by commas and
        "og" and closed or opened by "jeg"/"mig", where a subject or "med mig og" stands. A
        member that is no word of the dictionaries as it stands is a name, even when it
        reads as an inflected word ("klemens")."""
        if not self._plain_member(i) or not self._member_ends(i):
            return False
        members, pronoun = [i], False
        for step in (-1, 1):
            j: Optional[int] = i
            while True:
                j, _ = self._list_step(j, step)  # type: ignore[arg-type]
                if j is None:
                    break
                if self.tokens[j].key in _LIST_PRONOUNS:
                    pronoun = pronoun or self.tokens[j].text != "i"
                    break
                members.append(j)
        return pronoun and len(members) >= 2 and all(self._plain_member(j) for j in members) \
            and self._list_opens_clause(i)

    def _plain_member(self, j: int) -> bool:
        token = self.tokens[j]
        key, lex = token.key, self.lex
        if j in self.found or (token.taken and token.text == "NAVN"):
            return True
        return not token.taken and len(key) >= 3 and token.case != "mixed" and not (
            key in lex.words or key in lex.english or key in lex.allow or key in _NO_MEMBER
            or key in SUBJECT_VERBS)

    def _list_opens_clause(self, i: int) -> bool:
        """The list that holds ``i`` is a subject: at a sentence's start or after "at",
        "men", "tror" ... ("at X og jeg skal", "X, Mette og jeg drak")."""
        j = i
        while True:
            k, _ = self._list_step(j, -1)
            if k is None:
                break
            j = k
        first = self.tokens[j]
        return first.sentence_start or (j > 0 and (
            self.tokens[j - 1].key in _CLAUSE_OPENERS  # "at X og jeg skal"
            or (self.tokens[j - 1].key in _WITH and first.key in _LIST_PRONOUNS)))  # "med mig og X"

    def _chain(self, token: Token) -> bool:
        """A shop chain or big employer ("Netto", "Føtex"): no person."""
        return token.key in EMPLOYERS and token.key not in self.lex.first

    def _among_shops(self, i: int) -> bool:
        """A chain that is also a first name ("Rema") where shops stand: in a list with
        another chain ("Rema og Lidl", "Netto, Rema og Fakta") or right after "i" ("i Rema")."""
        if self.tokens[i].key not in EMPLOYERS:
            return False
        if i > 0 and self.tokens[i - 1].text == "i":
            return True
        for step in (-1, 1):
            j = self._list_side(i, step)
            if j is not None and self._chain(self.tokens[j]):
                return True
        return False

    # -- signatures, greetings, groups
    def _signoff(self, i: int) -> bool:
        """"mvh. X", "thanks, X", "tak for hjælpen! /X" at the end of the message."""
        end = self.tokens[self._span_end(i)].end
        text = self.marks.text
        if not _MESSAGE_END.match(text, end):
            return False
        return _SIGNOFF.search(text[max(0, self.tokens[i].start - 40):self.tokens[i].start]) \
            is not None

    def _greeted(self, i: int) -> bool:
        """"Til X: tak for ...", "fra X til jer", "mange hilsner fra X"."""
        text = self.marks.text
        token = self.tokens[i]
        before = text[max(0, token.start - 30):token.start]
        match = _GREETING_BEFORE.search(before)
        if match is None:
            return False
        if re.search(r"hils", match.group(0), re.I):
            return True
        return _GREETING_AFTER.match(text, self.tokens[self._span_end(i)].end) is not None

    def _from_group(self, i: int) -> bool:
        """"X fra klassen", "X fra [ARBEJDSPLADS]"."""
        text = self.marks.text
        end = self.tokens[self._span_end(i)].end
        if _FROM_GROUP.match(text, end) is not None:
            return True
        # "X fra Netto i Vejle": the group is a workplace or school found already
        after = _FROM_TAKEN.match(text, end)
        return after is not None and any(
            s[0] == after.end() and s[2] in ("workplace", "school", "class")
            for s in self.marks.spans)

    def _after_verb(self, i: int) -> bool:
        """"I går sagde X at", "Fredag aften ringede X fra": the subject after its verb."""
        if i < 2 or self.tokens[i].sentence_start:
            return False
        verb, time = self.tokens[i - 1], self.tokens[i - 2]
        return verb.key in _INVERTED_VERBS and time.key in _TIME_WORDS \
            and not verb.sentence_start

"""Names among the words that no other detector has claimed.

Names come from the lists of ``core/data/`` with capitals and position as cues; a word in
no list and no Danish or English word is a name in a place where names stand ("min ven X",
"jeg er X", "X og Mette", "X (16)", "hos X", "jeg tror X drikker"), and so is a word of
another script than Latin, or with letters Danish does not use ("leśny")."""

from __future__ import annotations

import re

from core.redaction.cues import (
    AGE_AFTER,
    CLAUSE_BEFORE,
    CONSUME_VERBS,
    FUNCTION_WORDS,
    LOAN_ENDINGS,
    NAME_PARTICLES,
    PLACE_BEFORE,
    RELATION_AFTER,
    RELATIONS,
    SUBJECT_NAMES,
    SUBJECT_VERBS,
    TIME_BEFORE,
    TIME_NAMES,
)
from core.redaction.lexicon import STOP
from core.redaction.name_spans import NameSpans
from core.redaction.towns import TOWNS_PLAIN, plain
from core.redaction.word_kinds import english_word_here, function_compound

# "Lykke er (ikke) at ...": what a word means, not what a person is
_DEFINED = re.compile(r"\s+(?:er|var)\s+(?:ikke\s+|bare\s+|også\s+)?at\s", re.I)
_PERSON_PRONOUNS = frozenset(("han", "hun", "ham", "hende", "hans", "hendes", "he", "she", "him",
                              "her", "his"))
_ENGLISH_SUBJECTS = frozenset(("I", "you", "we", "they", "he", "she", "it"))
_ENGLISH_PLACE_BEFORE = frozenset(("in", "from", "at", "near", "to", "visit", "visiting"))
# Seasons and holidays that are names too: before "er" they are the time of year.
SEASONS = frozenset(("jul", "vinter", "sommer", "paaske", "foraar", "efteraar"))
_PARTICLES = NAME_PARTICLES | {"het", "den", "ter", "ten", "'t", "del", "dos", "das", "bin"}


class Names(NameSpans):
    """Finds names among the words that no other detector has claimed."""

    def _is_name(self, i: int) -> bool:
        token = self.tokens[i]
        lex = self.lex
        if token.taken or self._acts_after_relation(i) or self._verb_written_plain(i):
            return False  # "min mor lige er", "min mor slar mig": what she does
        if token.key in RELATIONS and not self._strong_trigger(token):
            return False  # "My brother (35)": the relation, not a name
        # an accent the word does not carry: "André" is no "andre", "René" no "rene"
        accented = ("é" in token.text or "É" in token.text) and len(token.key) >= 4  # no "én"
        if accented and (self._strong_trigger(token) or self._relation_before(i)
                         or AGE_AFTER.match(self.marks.text, token.end)):
            return True  # "I'm André, 19", "min kusine André", "hun hedder andré"
        if token.key in STOP or token.base in STOP:
            return self._stop_name(i)
        if token.script == "other":
            return True  # "محمد", "Дмитрий": another script in a Danish or English message
        if len(token.key) < 2:
            return False
        if token.foreign and len(token.key) >= 3 and token.key not in lex.english \
                and token.key not in lex.allow:
            return True  # "leśny", "Toğan", "RUSNĖ": letters Danish does not use
        if token.text.lower() in lex.accented:
            return True  # "rené": the accent says name where "rene" is a word
        key, possessive = self._name_key(token)
        capitalised = self._capitalised(token)
        prev = self._prev(i)
        if RELATION_AFTER.match(self.marks.text, token.end) and self._named_in_brackets(token):
            return True  # 'Mette (min kusine)', '"tomek" (min bedste ven)'
        if self._said_by(i):
            return True  # "bagefter sagde Orvik at", "så spurgte mette om"
        if prev is not None and prev.key in ("sankt", "skt", "sct", "st"):
            return False  # "Sankt Hans"
        if self.marks.text[token.end:token.end + 2] in ("- ", "-,"):
            return False  # "Dag- og aftenbehandling"
        if (token.key in TIME_NAMES and prev is not None and prev.key in TIME_BEFORE
                and prev.text != "I"):  # "Kender I Jul Winther?": "I" is "you"
            return False  # "i August", "til Jul", "God Jul"
        nxt = self._next(i)
        if token.key in SEASONS and nxt is not None and nxt.key in ("er", "var", "bliver", "blev") \
                and not (self._strong_trigger(token) or self._relation_before(i)
                         or self._cue_after_level(i) == 2):
            return False  # "Jul/Vinter er det værste"; "Jul drikker", "min søn Jul" a name
        if token.sentence_start and token.key in lex.english and nxt is not None \
                and nxt.text in _ENGLISH_SUBJECTS and self._adjacent(token, nxt):
            return False  # "Else I will call", "Will you help": an English word before a subject
        if not self._strong_trigger(token) and english_word_here(
                token, prev, nxt, nxt is not None and self._adjacent(token, nxt), lex):
            return False  # "scared for him", "anyone else", "My Danish isn't good"
        if key is not None:
            if token.key in lex.allow and not self._strong_trigger(token) and not (
                    self._relation_before(i)):
                return False
            if self._among_shops(i) and not self._strong_trigger(token):
                return False  # "Rema og Lidl sælger", "i Rema": the shop
            if token.case == "upper" and not self.caseless and (
                    len(token.key) <= 2 or self._ambiguous(key)):
                # "AA", "NA" as acronyms; "LIGE NU", "HAVE" as emphasis; "RADOVAN" is a name
                if len(token.key) > 2 and (self._strong_trigger(token)
                                           or self._relation_before(i)):
                    return True  # "jeg hedder KRISTEN OLSON"
                return (not self._known(token) and self._unknown_is_name(i)) \
                    or self._in_name_list(i)  # "tre venner, TAGE, Mette og Jonas"
            if not self._ambiguous(key) and not (possessive and token.key in lex.words):
                return True
            if capitalised:
                if not token.sentence_start:
                    # "Jeg drikker Vin": what is taken, not who
                    return not (prev is not None and prev.key in CONSUME_VERBS
                                and token.key in lex.words and not self._brought(i))
                level = max(self._cue_after_level(i), self._cue_after_level(self._span_end(i)))
                if level == 1 and key in lex.name_words and key in lex.rare \
                        and key not in SUBJECT_NAMES:
                    return False  # "Vin er dyrt", "Skole er svært": a word, a rare name
                if level == 1 and key in lex.name_words and key not in SUBJECT_NAMES and (
                        _DEFINED.match(self.marks.text, token.end) or (
                            key not in lex.words and lex.is_known(key, strict=True)
                            and not self._referred_to(i))):
                    # "Lykke er ikke at ...": a definition; "Vilde fester": an inflected word
                    return False
                return level > 0 or self._strong_trigger(token) or self._position(i) == 2
            # in lower case: an ordinary word or a rare name, so only with a cue
            if self._strong_trigger(token) or self._in_name_list(i) or self._signoff(i) \
                    or self._people_list(i):
                return True  # "navn: bo", "line og [NAVN] ryger", "mvh. bent"
            nxt = self._next(i)
            if self._apostrophe_s(token) and nxt is not None and nxt.key in RELATIONS:
                return True  # "bo's mor"
            verb_after = nxt is not None and nxt.key in SUBJECT_VERBS and self._adjacent(token, nxt)
            rare_name = not lex.is_word(key) or not lex.is_known(key, strict=True)
            if self._relation_before(i):
                tail = self.marks.text[token.end:token.end + 2]
                return (rare_name or nxt is None or verb_after or nxt.key == "og"
                        or tail[:1] in ",.!?" or self._verb_or_age_after(token, nxt))
            if rare_name and (self._cue_before(i) or (token.sentence_start and verb_after)):
                return True
            if nxt is not None and self._adjacent(token, nxt) and nxt.key in lex.last \
                    and not self._ambiguous(nxt.key) and key in lex.first:
                return True  # "tom hansen", "max kowalski"
            # "per drikker", "bo har drukket": names that cannot be a subject as words
            if verb_after and key in SUBJECT_NAMES and (
                    token.sentence_start or (prev is not None and prev.key in CLAUSE_BEFORE
                                             and key != "hans"  # "men hans er større"
                                             and prev.key != "at"  # "at tage er svært"
                                             and self._adjacent(prev, token))):
                return True  # "hvis tage læser", "men mark tager"
            # a rare name where names stand: "jeg tror giada tager", "giada her"
            return not self._known(token) and self._unknown_is_name(i)
        # in no list
        if capitalised and (AGE_AFTER.match(self.marks.text, token.end)
                            or self._relation_before(i)) and token.key not in lex.allow \
                and plain(token.key) not in TOWNS_PLAIN:  # "in Sonderborg, 19"
            return True  # "Beren (17)", "min søn Beren": a capital where a name stands
        if self._strong_trigger(token) and token.key not in FUNCTION_WORDS and (
                token.case != "lower" or not lex.is_known(token.key)):
            return True  # "navn: Brunhilde", "mit navn er Sine"
        if token.case == "lower" and self._people_list(i):
            return True  # "klemens, rut og mig": a list of people
        if self._known(token):
            return False
        if token.case == "upper" and not self.caseless and not token.sentence_start \
                and len(token.key) >= 4 and re.search(r"[aeiouy]", token.key) \
                and token.key not in lex.allow:
            return True  # "jeg så ZORVEK sidde": a shouted word in no list, not an acronym
        if token.case == "upper" and not self.caseless or token.case == "lower":
            return self._unknown_is_name(i)
        if len(token.key) < 3 or token.case == "mixed":
            return False
        if capitalised:
            if token.sentence_start:
                level = max(self._cue_after_level(i), self._cue_after_level(self._span_end(i)))
                if level == 1 and (token.key.endswith(LOAN_ENDINGS)
                                   or function_compound(token.key, lex)):
                    return False  # "Gaming er et problem", "Dengang var jeg"
                return level > 0 or self._strong_trigger(token) or self._position(i) == 2
            if prev is not None and prev.key in PLACE_BEFORE and not self._relation_before(i):
                # "i Ebberup", but "fra X til jer", "Til X:", "hilsner fra X", "ring til X"
                return self._cue_after(i) or (
                    (self._position(i) == 2 or self._called(i)) and not self._place_like(i))
            if self._place_like(i):
                return self._strong_trigger(token) or self._relation_before(i)
            if prev is not None and ((prev.key in _ENGLISH_PLACE_BEFORE and not self._danish_at(i)) or (
                    prev.case == "title" and prev.key in lex.allow)) or (
                    len(token.key) >= 8 and lex.is_known(token.key)):
                # "in Brazil", "Vejle Svømmehal", "Gudme Svømmehal"; "talk to Zorvan about it"
                return self._cue_before(i) or self._cue_after(i) or self._position(i) > 0
            # a capital inside a sentence on a word in no list, no place and no brand:
            # "har lige fortalt X at", "en af vores unge, X, har"
            return True
        return self._unknown_is_name(i)

    def _referred_to(self, i: int) -> bool:
        """A person pronoun later in the message ("Per er fuld igen, han ..."), or a relation
        noun right after the verb ("Liv er min datter")."""
        return any(t.key in _PERSON_PRONOUNS for t in self.tokens[i + 1:]) or any(
            t.key in RELATIONS for t in self.tokens[i + 2:i + 5])

    def _danish_at(self, i: int) -> bool:
        """"siger at Waail fra": the Danish "at" after a Danish word, no English "at"."""
        before = self.tokens[i - 2] if i >= 2 else None
        return self.tokens[i - 1].key == "at" and before is not None \
            and before.key not in self.lex.english and self.lex.is_known(before.key)

    def run(self) -> None:
        text = self.marks.text
        i = 0
        tokens = self.tokens
        while i < len(tokens):
            if not self._is_name(i):
                i += 1
                continue
            self.found.add(i)
            start, end = tokens[i].start, tokens[i].end
            if self._first_name_before(i):
                start = tokens[i - 1].start  # "daawood [Jahangir]": the first name too
            key, possessive = self._name_key(tokens[i])
            possessive = possessive and tokens[i].key not in STOP  # "Søs" is no "Søe"'s
            if possessive and tokens[i].text.endswith(("'s", "’s")):
                end -= 2  # "Mikkel's mor" -> "[NAVN]'s mor"
            elif possessive and tokens[i].key.endswith("s"):
                end -= 1  # "Mikkels mor" -> "[NAVN]s mor"
            elif key is None and tokens[i].key.endswith("s") and i + 1 < len(tokens) \
                    and tokens[i + 1].key in RELATIONS:
                end -= 2 if tokens[i].text.endswith(("'s", "’s")) else 1
                possessive = True  # "Xandrios mor" -> "[NAVN]s mor"
            j = i
            for width in (2, 3):  # "da costa", "van der Berg", "van den bosch"
                last = j + width
                if last < len(tokens) and not possessive and all(
                        tokens[k].key in _PARTICLES and self._adjacent(tokens[k - 1], tokens[k])
                        for k in range(j + 1, last)) \
                        and self._continues_name(tokens[last - 1], tokens[last]) \
                        and tokens[last].key not in _PARTICLES:
                    self.found.update(range(j + 1, last + 1))
                    j = last
                    end = tokens[j].end
                    break
            while j + 1 < len(tokens) and not possessive \
                    and self._continues_name(tokens[j], tokens[j + 1]):
                j += 1
                self.found.add(j)
                end = tokens[j].end
                _, possessive = self._name_key(tokens[j])
                if possessive and tokens[j].key.endswith("s"):
                    end -= 1
            if j > i and len(tokens[j].text) == 1 and text[end:end + 1] == ".":
                end += 1  # the initial's full stop
            self.marks.add(start, end, "name")
            i = j + 1




"""Frames around a hit that :mod:`core.safety_guards` reads since set K: an idiom that only
sounds like danger ("hænge mig til tørre"), a later time inside a sentence that began in
the past ("i går sagde han ..., og i dag har han ..."), a clause still told in the past
tense within a past story whose person recovered, a long message opened by a project or a planning frame,
and a clause told within a past story (:func:`in_past_narrative`).
"""

from __future__ import annotations

import re
from typing import Match, Optional, Pattern

from core.safety_clauses import _SENTENCE_SPLIT
from core.safety_patterns_guards import _DISTRESS, _HYPOTHETICAL, _PAST, _now

# Idioms with "hænge", "dræbe", "slå ihjel" and "tage sit liv" in a sense that is no danger: "chefen hænger
# mig til tørre", "hun hængte mig ud på Facebook", "kunne dræbe for en kop kaffe", "slå tiden ihjel"
_IDIOM = re.compile(
    r"\bhaeng\w* (?:mig|dig|ham|hende|os|dem|sig)(?: selv)? (?:\w+ )?(?:til toerre|til tore|ud(?: for| som| paa| "
    r"offentligt| foran|$)|op paa)|"
    r"\b(?:kunne|ku|kan) (?:\w+ )?(?:draebe|myrde|slaa (?:\w+ )?ihjel) for (?:en|et|noget|at)\b|"
    r"\b(?:draebe|draeber|draebte|slaa|slaar|slog) (?:\w+ )?(?:tiden|stemningen|hyggen|samtalen|en flaske|flasken|"
    r"en bajer)\b|"
    # "tage mit liv tilbage (fra spritten)": to win one's life back
    r"\b(?:tage|tager|tog|faa|faar|fik) (?:mit|sit|dit|hans|hendes|vores|jeres|deres|livet)(?: \w+)?(?: liv)? "
    r"tilbage\b|"
    r"\b(?:take|get|took|taking) (?:my|his|her|our|their) life back\b")

# A later time in the clause itself: "..., og i dag har han givet sin bror sit ur"
_LATER_TODAY = re.compile(r"\b(?:i dag|idag|her til morgen|today)\b")

# A clause in the past tense and not in the present: "det var en fremmed der ringede 112"
_PAST_TENSE_VERB = re.compile(r"\b(?:var|blev|havde|kom|stod|ringede|tog|fik|gik|saa|sagde|kunne|skulle|vidste|"
                              r"troede|kørte|koerte|\w{3,}ede)\b")
_PRESENT_VERB = re.compile(r"\b(?:er|har|kan|skal|vil|tager|ligger|sidder|staar|gaar|kommer|bliver|siger|svarer|"
                           r"reagerer|traekker|ved|tror|orker|gider|nu|lige)\b")

# The opening of a long message that frames it all: a school project, a theme day planned
_OPENING_WORDS = 40


def idiom(clause: str, position: int) -> bool:
    """The hit at ``position`` is part of an idiom that is no danger."""
    for found in _IDIOM.finditer(clause):
        if found.start() <= position + 2 and position < found.end():
            return True
    return False


def later_today(clause: str, past_in_clause: bool) -> bool:
    """The clause moves the story on to today, after a past time said earlier in its sentence."""
    return bool(_LATER_TODAY.search(clause)) and not past_in_clause


# The one it happened to came through: "kom sig heldigvis helt", "i dag har hun det godt"
_RECOVERY = re.compile(r"\b(?:kom sig|kommet sig|overlevede|(?:blev|er) udskrevet|(?:er|blev) (?:helt )?rask|"
                       r"har det (?:\w+ )?(?:godt|fint|bedre) (?:nu|i dag|igen)|(?:i dag|nu) har (?:han|hun|jeg|de) "
                       r"det (?:\w+ )?(?:godt|fint|bedre)|recovered)\b")


def told_in_past(clause: str, whole: str) -> bool:
    """The clause tells an event in the past tense with no verb in the present, in a
    message that says the one it happened to has recovered."""
    return bool(_PAST_TENSE_VERB.search(clause)) and not _PRESENT_VERB.search(clause) and \
        bool(_RECOVERY.search(whole))


def framed_by_opening(whole: str) -> bool:
    """A long message whose first words set a project or a planning frame ("jeg skal
    skrive en opgave om ...", "vi planlægger en temadag ...") and which says no despair and
    nothing happening now ("nu skal jeg skrive noget akut: ..." is no project)."""
    first = " ".join(whole.split()[:_OPENING_WORDS])
    return bool(_HYPOTHETICAL.search(first)) and not _DISTRESS.search(whole) and not _now(whole)


# A condition that makes a threat real, not a joke about a discovery: "dræber mig hvis jeg
# forlader ham", "slår mig ihjel hvis jeg siger det til nogen", "hvis jeg ikke betaler"
_COERCIVE_CONDITION = re.compile(
    r"\b(?:hvis|naar|if) (?:jeg|du|vi|hun|han) (?:\w+ )?(?:forlader|forlad\w*|gaar fra|slaar op|flytter|"
    r"siger (?:det|noget)|fortaeller|sladrer|melder|anmelder|ringer til politiet|gaar til politiet|"
    r"tager boernene|leave|tell|"
    r"(?:ikke|ik|ikk) (?:betaler|saelger|goer som|leverer|skaffer|kommer))\b")
# Someone of everyday work or sport whose "kill" is a joke whatever the condition: "chefen slår mig
# ihjel hvis jeg ikke kommer til mødet", "my coach will kill me if I don't show up"
_EVERYDAY = (r"\b(?:chef\w*|boss\w*|leder(?:en)?|mester(?:en)?|laerer\w*|traener\w*|coach\w*|kollega\w*|"
             r"vejleder\w*|underviser\w*|teacher|manager)\b")
_KILLS = r" (?:slaar|slaa|draeber|draebe|myrder|myrde|flaar|flaa|kills?|murder)\b"
_EVERYDAY_THREATENER = re.compile(_EVERYDAY + r"(?: \w+){0,4}?" + _KILLS)
# ... or named just before and then called "han"/"hun": "min chef er sur. han slår mig ihjel hvis ..."
_PRONOUN_KILLS = re.compile(r"^(?:og |men |saa )?(?:han|hun|he|she)(?: \w+){0,2}?" + _KILLS)
_SOMEONE = re.compile(_EVERYDAY + r"|\b(?:kaereste\w*|mand(?:en)?|kone(?:n)?|far|mor|bror|soester|eks\w*|"
                      r"fyr(?:en)?|dealer\w*|nabo\w*|ven(?:nen)?|veninde\w*|stedfar|papfar|soen\w*|datter\w*|"
                      r"han|hun)\b")


def everyday_threatener(whole: str, clause: str) -> bool:
    """The one who "kills" the writer in the clause is a boss, a teacher or a coach, named in
    it or as the last person named in the 150 characters before it."""
    if _EVERYDAY_THREATENER.search(clause):
        return True
    position = whole.find(clause)
    if position <= 0 or not _PRONOUN_KILLS.search(clause):
        return False
    named = [found.group(0) for found in _SOMEONE.finditer(whole[max(0, position - 150):position])]
    return bool(named) and bool(re.fullmatch(_EVERYDAY, named[-1]))

# Speech reported from a recent past about now or later: "i går sagde han at han har købt et
# reb", "sagde at næste gang slår han mig ihjel"
_REPORTED = re.compile(r"\b(?:sagde|skrev|sms'?ede|fortalte|truede|raabte|lovede|svor|said|told|texted) (?:\w+ ){0,4}?"
                       r"(?:at|that)\b")
_PRESENT_OR_LATER = re.compile(r"\b(?:har|er|vil|skal|kommer|naeste gang|snart|i nat|i aften|i morgen|slaar|draeber|"
                               r"has|is|will)\b")
_LATER_PAST = re.compile(r"\b(?:ville|skulle|havde|var|would|had|was)\b")
_RECENT = re.compile(r"\b(?:i gaar(?: aftes)?|igaar|i aftes|i nat|i morges|i forgaars|i weekenden|sidste weekend|"
                     r"i (?:mandags|tirsdags|onsdags|torsdags|fredags|loerdags|soendags)|yesterday|last night)\b")


def _last_before(pattern: Pattern[str], text: str, end: int) -> Optional[Match[str]]:
    """The last match of ``pattern`` that ends before ``end``, or None."""
    last = None
    for found in pattern.finditer(text, 0, end):
        last = found
    return last


def reported_now(clause: str, matched: str) -> bool:
    """The hit stands in speech reported from a recent past, said in the present or future."""
    position = clause.find(matched) if matched else -1
    if position < 0:
        return False
    speech = _last_before(_REPORTED, clause, position)
    if speech is None:
        return False
    said = clause[speech.end():position + len(matched)]
    return bool(_PRESENT_OR_LATER.search(said)) and not _LATER_PAST.search(said)


def only_recent_past(sentence: str, past: "re.Pattern[str]") -> bool:
    """Every time in the past the sentence names is within the last day or two."""
    return bool(_RECENT.search(sentence)) and not past.search(_RECENT.sub(" ", sentence))


# Self-harm that goes on: "igen og igen", "kan ikke stoppe", "hver nat"
_ONGOING = re.compile(r"\b(?:igen og igen|kan (?:ikke|ik|ikk) (?:stoppe|lade vaere|holde op)|bliver ved|hele tiden|"
                      r"hver (?:dag|nat|aften)|det bliver vaerre|blevet vaerre|can'?t stop)\b")


def ongoing_harm(kind: str, sentence: str, past: "re.Pattern[str]") -> bool:
    """Self-harm told as something that goes on is not over."""
    return kind == "self_harm" and bool(_ONGOING.search(sentence))


# A later time in the clause: "jeg er her ikke i næste uge" is no part of a story told before it
_FUTURE_TIME = re.compile(r"\b(?:i naeste uge|naeste (?:uge|maaned|weekend)|i morgen|imorgen|snart|"
                          r"om (?:lidt|en uge|et par dage)|i overmorgen|tomorrow|next week)\b")


def future_time(clause: str) -> bool:
    return bool(_FUTURE_TIME.search(clause))


def past_governs(sentence: str, clause: str) -> bool:
    """A time in the past before or in the clause sets its time; one named only after it
    ("..., og sidste weekend holdt han ...") opens a new time and leaves a clause in the
    present tense alone."""
    end = sentence.find(clause)
    if end < 0 or _PAST.search(sentence[:end + len(clause)]):
        return bool(_PAST.search(sentence))
    later = [found.group(0) for found in _PAST.finditer(sentence, end + len(clause))]
    return bool(later) and not (_PRESENT_CLAUSE.search(clause) and all(_TIME_WORD.match(word) for word in later))


_TIME_WORD = re.compile(r"(?:sidste|i gaar|igaar|i aftes|i morges|i forgaars|for |i \w+dags)")
_PRESENT_CLAUSE = re.compile(r"\b(?:er|har|siger|truer|vil|skal|kan|ligger|sidder|staar|gaar|kommer|bliver)\b")


# An event told in the past tense, at a time in the past, and a later word that all is well now
_PAST_VERB = re.compile(r"\b(?:skar|tog|havde|var|drak|slog|blev|gjorde|ville|kunne|cuttede|braendte|snittede|"
                        r"proevede|forsoegte|overvejede|taenkte|endte|maatte|fik|kom|\w{3,}ede)\b")
_PAST_TIME = re.compile(r"\b(?:i \d+\.? ?(?:klasse|g)|i (?:\w+ )?(?:folkeskolen|gymnasiet|efterskolen|studietiden)|"
                        r"da jeg|dengang|tidligere|som (?:ung|barn|teenager)|i en periode|i min \w+tid|"
                        r"i mine \w+aar|back then|when i was|en gang i (?:sommer|vinter|foraaret|efteraaret|julen))\b")
_WELL_NOW = re.compile(r"\b(?:(?:nu|i dag|idag) (?:[\w.]+ ){0,5}(?:har (?:jeg |vi )?det|gaar det|er jeg) "
                       r"(?:\w+ )?(?:godt|fint|bedre|okay|ok|aedru|clean|stoffri)|"
                       r"har det (?:\w+ )?(?:godt|fint|bedre) (?:nu|i dag)|"
                       r"(?:det er|er det) (?:\w+ )?(?:fortid|ovre|forbi)|(?:er|har vaeret) (?:aedru|clean|stoffri) "
                       r"(?:nu|siden)|(?:i'?m|i am) (?:fine|well|good|better|sober|clean) now|"
                       r"(?:nu|i dag|idag)\b.{0,40}\b(?:det gaar|gaar det) (?:\w+ )?(?:godt|fint|bedre)|"
                       r"(?:har vaeret|er) (?:aedru|clean|stoffri) i (?:\w+ ){0,2}(?:aar|maaneder))\b")


# The writer in the present tense, with no past verb: the story has reached now
_I_NOW = re.compile(r"^(?:og |men |nu )?jeg (?:sidder|staar|ligger|er|holder|tager|skal|vil|kan|gaar)\b")


def in_past_narrative(whole: str, clause: str) -> bool:
    """The clause follows a time in the past ("for et år siden", "sidste sommer") with
    nothing since then saying it is happening now."""
    position = whole.find(clause)
    if position <= 0 or future_time(clause) or _I_NOW.search(clause) and not _PAST_TENSE_VERB.search(clause):
        return False  # "..., sidste weekend drak jeg igen. jeg sidder i bilen med motoren tændt"
    last_past = _last_before(_PAST, whole, position)
    if last_past is None:
        return False
    since = whole[last_past.end():position + len(clause)]
    if _now(since) or later_today(clause, False):
        return False  # "i går aftes sagde han ..., og i dag har han givet sine ting væk"
    # The story is over once a later sentence speaks in the present ("Min datter vil ikke se
    # mig mere."): a long message may tell its past first and its danger last.
    later = _SENTENCE_SPLIT.split(whole[last_past.end():position])[1:]
    return told_in_past(clause, whole) or not any(_PRESENT_TENSE.search(sentence) for sentence in later)


_PRESENT_TENSE = re.compile(r"\b(?:jeg|han|hun|vi|de|min \w+|mit \w+|det) (?:\w+ )?(?:er|vil|kan|skal|ligger|sidder|"
                            r"staar|"
                            r"taenker|ved|orker|gider|foeler|drikker|tager|bor|gaar|ryger)\b")

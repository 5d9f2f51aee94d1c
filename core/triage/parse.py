"""Reading triage facts out of Danish free text, and writing them to slots and back.

Two readers: :func:`extract_facts` finds whatever a whole message tells ("jeg er 17 og
ryger hash", "min mand drikker men vil ikke i behandling"); :func:`parse_answer` reads the
answer to one question ("16", "seksten", "under 15", "mig selv", "ved ikke"). Both work on
folded text, so "soen", "søn" and "son" are the same word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Sequence, Set, Tuple

from core.language.ages import (
    ELDEST,
    OLDEST,
    TEEN_BAND,
    YOUNGEST,
    first_age,
    read_number,
    stated_ages,
    turning,
)
from core.language.normalize import fold
from core.language.vocab import RELATION_NOUNS, SPOUSE_NOUNS, folded_alternation
from core.triage.decide import FACTS, IMPLIED_ADULT, AgeBand, FactValue, Situation

DECLINED = "unknown"
"""Slot value for a fact the person skipped or does not know."""

# YOUNGEST..ELDEST (core.language.ages): other ages are typing errors or jokes, so we ask
# again, kindly.

SLOT_OF_FACT = {fact: f"triage_{fact}" for fact in FACTS}
FACT_OF_SLOT = {slot: fact for fact, slot in SLOT_OF_FACT.items()}

ALCOHOL = re.compile(r"\b(drik\w*|druk\w*|drukket|drak|alkohol\w*|fuld\w*|spruttet|sprut|oel|"
                     r"oeller|bajer\w*|vin|vodka|shots?|stiv|hoenes|alko|bd|beruset|promille|"
                     r"bodega|tømmermænd|toemmermaend|tomermaend)\b")
DRUGS = re.compile(r"\b(hash\w*|joints?|jointen|pot|weed|skunk|pulse\w*|pulser|stoffer|stof|"
                   r"kokain\w*|coke|kok|amfetamin|speed|heroin|piller|pillerne|ecstasy|mdma|"
                   r"ketamin|keta|svampe|lsd|opioider?|oxy\w*|kodein|benzo\w*|sniffer|"
                   r"sniffe|ryger|ryge|roeg|skaev|stener|stenet|bong|euforiserende|tjald|xanax|"
                   r"stesolid|rivotril|lyrica|tramadol|crack|meth|ghb|kemi|narko\w*)\b")
BOTH = re.compile(r"\b(begge|begge dele|baade|lidt af hvert|blandet)\b")

# Each relation, from the asker's side: "min søn" means the asker is the user's parent.
# The nouns are core.language.vocab.RELATION_NOUNS; here they follow "min/mit/mine/vores"
# (or "en/et" for friends and others), plus a few phrases that are not a noun.
_POSSESSIVE = r"(?:min|mit|mine|vores)"
_RELATION_PHRASES = {
    "child": r"|\b(?:boern|barn) af\b",
    "parent": r"|\bsom (?:mor|far|foraelder|mor til|far til)\b|\b(?:jeg er|er) (?:mor|far|foraelder) til\b",
}
_RELATION_ORDER = ("child", "parent", "partner", "sibling", "friend", "other")


def _relation_pattern(relation: str) -> re.Pattern[str]:
    owner = rf"(?:{_POSSESSIVE}|en|et)" if relation in ("friend", "other") else _POSSESSIVE
    nouns = folded_alternation(RELATION_NOUNS[relation])
    return re.compile(rf"\b{owner} (?:{nouns})\b" + _RELATION_PHRASES.get(relation, ""))


RELATION_PATTERNS: Tuple[Tuple[str, re.Pattern[str]], ...] = tuple(
    (relation, _relation_pattern(relation)) for relation in _RELATION_ORDER)
# Married people are adults: "min mand drikker" tells us the asker is an adult.
SPOUSE = re.compile(rf"\b(?:min|mit) (?:{folded_alternation(SPOUSE_NOUNS)})\b")
PROFESSIONAL = re.compile(
    r"\b(jeg er|som|arbejder som|job som) (en )?(laerer|paedagog|sagsbehandler|socialraadgiver|"
    r"sundhedsplejerske|vejleder|studievejleder|kontaktlaerer|leder|chef|arbejdsgiver|"
    r"fagperson|traener|mentor|sosu\w*|sygeplejerske|laege|psykolog|underviser|"
    r"skolelaerer|ungdomsvejleder|klubmedarbejder|medarbejder)\b|"
    r"\bmin(e)? (elev|elever|medarbejder|medarbejdere|ansat|ansatte|borger|borgere|klient|"
    r"kursist|spiller|spillere)\b|\bfagperson\b|\bprofessionel\b|\bpaa (min|mit) arbejde\b")
SELF = re.compile(r"\bjeg (drikker|drak|ryger|roeg|tager|bruger|sniffer|har drukket|har taget|"
                  r"har roget|er afhaengig|kan ikke stoppe|vil stoppe|vil gerne stoppe|"
                  r"skal stoppe|har et problem|har problemer)\b|\bmit (eget )?(forbrug|misbrug|"
                  r"drikkeri)\b|\bmig selv\b|\bmit eget\b|"
                  r"\bjeg (er|e) \w+( aar)? og (ryger|drikker|tager|bruger|sniffer)\b")
NOT_IN_TREATMENT = re.compile(r"\bvil ikke\b|\bikke i behandling\b|\bnaegter\b|\bafviser\b|"
                              r"\bikke (vil )?have hjaelp\b|\bikke (faaet|faar) hjaelp\b|"
                              r"\bvil ikke indroemme\b|\bikke indskrevet\b")
IN_TREATMENT = re.compile(r"\b(er|gaar|kommer) i (behandling|et forloeb)\b|\bi behandling nu\b|"
                          r"\b(er )?indskrevet\b|\bstartet (i|paa) (behandling|et forloeb)\b")
ANONYMOUS = re.compile(r"\banonym\w*\b|\buden at nogen (ved|finder ud af)\b|"
                       r"\bingen maa (vide|finde ud af)\b")

SKIP = re.compile(r"\b(ved ikke|ved det ikke|aner (det )?ikke|ingen anelse|spring over|springe over|"
                  r"skip|vil ikke sige|vil ikke svare|gider ikke svare|det vil jeg ikke|pas|idk|"
                  r"ikke sikker|usikker|har ingen ide|ved jeg ikke|vil helst ikke)\b")
CORRECTION = re.compile(r"\b(jeg mener|mente|mener jeg|jeg mente|skulle have skrevet|skrev forkert|"
                        r"rettelse|tastefejl|det er forkert|det var forkert)\b")

_AGE_NUMBER = r"(\d{1,3}|[a-z]+)"
_AGE_BAND_PATTERNS: Tuple[Tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bmellem {_AGE_NUMBER} og {_AGE_NUMBER}\b"), "between"),
    (re.compile(r"\b(\d{1,3})\s*-\s*(\d{1,3})\b"), "between"),
    (re.compile(rf"\bunder {_AGE_NUMBER}\b"), "under"),
    (re.compile(rf"\bover {_AGE_NUMBER}\b"), "over"),
    (re.compile(rf"\b(?:snart|naesten|lige under) {_AGE_NUMBER}\b"), "almost"),
    (re.compile(rf"\b{_AGE_NUMBER} (?:eller (?:aeldre|mere|derover|over))\b"), "or_older"),
    (re.compile(rf"\b{_AGE_NUMBER} (?:eller (?:yngre|mindre|derunder|under))\b"), "or_younger"),
)
_TEEN = re.compile(r"\bteenager\b")


@dataclass(frozen=True)
class Parsed:
    """The result of reading one answer.

    Exactly one of: ``value`` (understood), ``declined`` (skipped / "ved ikke") or
    ``problem`` (a Danish explanation to show before asking again).
    """

    value: Optional[FactValue] = None
    declined: bool = False
    problem: Optional[str] = None
    extra: Mapping[str, FactValue] = field(default_factory=dict)


def _number(token: str) -> Optional[int]:
    return read_number(token)


def _band_from_match(kind: str, groups: Sequence[Optional[str]]) -> Optional[AgeBand]:
    read = [_number(g) for g in groups if g is not None]
    numbers = [n for n in read if n is not None]
    if not numbers or len(numbers) != len(read):
        return None
    if kind == "between":
        low, high = sorted(numbers[:2])
        return (low, high)
    n = numbers[0]
    if kind == "under":
        return (0, n - 1)
    if kind == "over":
        return (n + 1, OLDEST)
    if kind == "almost":
        return (turning(n), turning(n))
    if kind == "or_older":
        return (n, OLDEST)
    if kind == "or_younger":
        return (0, n)
    return None


def parse_age(text: str) -> Parsed:
    """Read an age answer: "16", "seksten", "jeg er 16", "under 15", "15-17", "snart 18"."""
    folded = fold(text)
    for pattern, kind in _AGE_BAND_PATTERNS:
        match = pattern.search(folded)
        if match:
            band = _band_from_match(kind, match.groups())
            if band is not None:
                return _checked_band(band)
    if _TEEN.search(folded):
        return Parsed(value=TEEN_BAND)
    stated = first_age(folded)  # "jeg er 16", "han fylder 18", "en pige på 16"
    if stated is not None:
        return _checked_band((stated, stated))
    digits = re.findall(r"(?<![\w-])-?\d{1,4}\b", folded)
    if digits:
        return _checked_band((int(digits[0]), int(digits[0])))
    # Number words: only ones that can be ages, so "en pige" is not the age 1.
    words = [n for n in (_number(t) for t in re.findall(r"[a-z]+", folded))
             if n is not None and n >= YOUNGEST]
    if words:
        return _checked_band((words[0], words[0]))
    return Parsed()


def _checked_band(band: AgeBand) -> Parsed:
    low, high = band
    if high < YOUNGEST or low > ELDEST or low < 0:
        return Parsed(problem="Den alder passer vist ikke helt. Skriv alderen med tal, fx 16.")
    return Parsed(value=(max(low, 0), min(high, OLDEST)))


def find_substance(text: str) -> Optional[FrozenSet[str]]:
    """``{"alcohol"}``, ``{"drugs"}`` or both, when the message makes it clear."""
    folded = fold(text)
    if BOTH.search(folded):
        return frozenset({"alcohol", "drugs"})
    found: Set[str] = set()
    if ALCOHOL.search(folded):
        found.add("alcohol")
    if DRUGS.search(folded):
        found.add("drugs")
    return frozenset(found) or None


def find_relation(text: str) -> Optional[str]:
    folded = fold(text)
    hits = [(m.start(), name) for name, pattern in RELATION_PATTERNS
            for m in [pattern.search(folded)] if m]
    return min(hits)[1] if hits else None


def find_treatment(text: str) -> Optional[bool]:
    folded = fold(text)
    if NOT_IN_TREATMENT.search(folded):
        return False
    if IN_TREATMENT.search(folded):
        return True
    return None


def _ages(folded: str) -> Tuple[Optional[AgeBand], Optional[AgeBand]]:
    """(writer's age, other person's age) stated in a whole message."""
    writer: Optional[AgeBand] = None
    other: Optional[AgeBand] = None
    for stated in stated_ages(folded):
        if stated.writer and writer is None:
            writer = (stated.age, stated.age)
        elif not stated.writer and other is None:
            other = (stated.age, stated.age)
    if writer is None:
        match = re.search(r"\bjeg er (under|over) (\d{1,2})\b", folded)
        if match:
            writer = _band_from_match(match.group(1), (match.group(2),))
    return writer, other


def extract_facts(text: str, asker_hint: Optional[str] = None) -> Dict[str, FactValue]:
    """Every triage fact a whole message states.

    Args:
        text: the user's message.
        asker_hint: ``self`` or ``relative`` when the intent already says which.

    Returns:
        fact name -> value, only for facts the message states.
    """
    folded = fold(text)
    facts: Dict[str, FactValue] = {}
    relation = find_relation(folded)
    if PROFESSIONAL.search(folded):
        facts["asker"] = "professional"
    elif relation is not None:
        facts["asker"] = "relative"
        facts["relation"] = relation
    elif SELF.search(folded) or asker_hint == "self":
        facts["asker"] = "self"
    elif asker_hint in ("relative", "professional"):
        facts["asker"] = asker_hint
    writer, other = _ages(folded)
    if facts.get("asker") == "self":
        user_age = writer or other
        if user_age:
            facts["user_age"] = user_age
    elif facts.get("asker") == "relative":
        if writer:
            facts["asker_age"] = writer
        if other:
            facts["user_age"] = other
        if "asker_age" not in facts and SPOUSE.search(folded):
            facts["asker_age"] = IMPLIED_ADULT
    substance = find_substance(folded)
    if substance:
        facts["substance"] = substance
    treatment = find_treatment(folded)
    if treatment is not None and facts.get("asker") != "self":
        facts["in_treatment"] = treatment
    if ANONYMOUS.search(folded):
        facts["wants_anonymous"] = True
    return facts


ASKER_WORDS = (
    ("self", re.compile(r"\b(mig|mig selv|mit eget|jeg selv|selv|mit forbrug|det er mig|"
                        r"det handler om mig)\b")),
    ("professional", re.compile(r"\b(fagperson|professionel|arbejde|job|laerer|paedagog|"
                                r"kollega som|elev\w*|medarbejder\w*|ansat)\b")),
    ("relative", re.compile(r"\b(en anden|anden person|paaroerende|en jeg kender|en jeg holder af|"
                            r"familie\w*|nogen jeg|min|mit|mine)\b")),
)
# The answer to "Hvem er du bekymret for?": the same nouns on their own ("søn", "en ven"),
# and "en anden" / "familien" for someone else. "eks" alone is too often "f.eks.".
_ALONE_EXTRA = {"other": r"|\b(?:andet|anden|andre|familie\w*)\b"}
_NOT_ALONE = frozenset({"eks"})
RELATION_WORDS: Tuple[Tuple[str, re.Pattern[str]], ...] = tuple(
    (relation, re.compile(
        rf"\b(?:{folded_alternation(tuple(n for n in RELATION_NOUNS[relation] if n not in _NOT_ALONE))})\b"
        + _ALONE_EXTRA.get(relation, "")))
    for relation in ("parent", "child", "partner", "sibling", "friend", "other"))
YES = re.compile(r"^(ja|jo|jep|jeps|yes|jah|ja ja|jamen ja|det er (han|hun|de)|korrekt|rigtigt)\b|"
                 r"\b(er|gaar|kommer) i behandling\b|\bindskrevet\b")
NO = re.compile(r"^(nej|nope|no|nix|naa nej|overhovedet ikke)\b|\bikke i behandling\b|\bvil ikke\b|"
                r"\bnaegter\b|\bdet er (han|hun|de) ikke\b")


def parse_answer(fact: str, text: str) -> Parsed:
    """Read the answer to the question about ``fact``."""
    folded = fold(text)
    if not folded:
        return Parsed()
    if SKIP.search(folded):
        return Parsed(declined=True)
    if fact in ("user_age", "asker_age"):
        return parse_age(folded)
    if fact == "asker":
        relation = find_relation(folded)
        if relation is not None:
            return Parsed(value="relative", extra={"relation": relation})
        for value, pattern in ASKER_WORDS:
            if pattern.search(folded):
                return Parsed(value=value)
        return Parsed()
    if fact == "relation":
        relation = find_relation(folded)
        if relation is None:
            relation = next((v for v, p in RELATION_WORDS if p.search(folded)), None)
        return Parsed(value=relation)
    if fact == "substance":
        return Parsed(value=find_substance(folded) or (
            frozenset({"drugs"}) if re.search(r"\bstof", folded) else None))
    if fact == "in_treatment":
        if NO.search(folded):
            return Parsed(value=False)
        if YES.search(folded):
            return Parsed(value=True)
        return Parsed()
    raise ValueError(f"unknown triage fact {fact}")


def correction_text(text: str) -> Optional[str]:
    """The corrected part of "nej jeg mener 19", or ``None`` when it is not a correction."""
    folded = fold(text)
    match = CORRECTION.search(folded)
    if not match:
        return None
    return folded[match.end():].strip(" ,.:!") or None


# --------------------------------------------------------------------------- slots


def to_slot(fact: str, value: Optional[FactValue]) -> Optional[str]:
    """Slot text for a fact value (slots hold text so that they survive any tracker store)."""
    if value is None:
        return None
    if value == DECLINED:
        return DECLINED
    if fact in ("user_age", "asker_age") and isinstance(value, tuple):
        low, high = value
        return str(low) if low == high else f"{low}-{high}"
    if fact == "substance" and isinstance(value, frozenset):
        return "both" if len(value) > 1 else next(iter(value))
    if fact == "in_treatment":
        return "yes" if value else "no"
    return str(value)


def from_slot(fact: str, raw: Optional[str]) -> Optional[FactValue]:
    """Fact value from slot text; ``None`` for empty, :data:`DECLINED` for skipped."""
    if raw is None or raw == "":
        return None
    if raw == DECLINED:
        return DECLINED
    if fact in ("user_age", "asker_age"):
        parts = [int(p) for p in str(raw).split("-")]
        return (parts[0], parts[-1])
    if fact == "substance":
        return frozenset({"alcohol", "drugs"}) if raw == "both" else frozenset({raw})
    if fact == "in_treatment":
        return raw == "yes"
    return raw


def situation_from_slots(slots: Mapping[str, Optional[str]],
                         wants_anonymous: bool = False) -> Situation:
    """Rebuild the :class:`Situation` from the triage slots."""
    # Each fact goes to the Situation field of its name, whose type depends on that name.
    values: Dict[str, Any] = {}
    declined: List[str] = []
    for fact in FACTS:
        value = from_slot(fact, slots.get(SLOT_OF_FACT[fact]))
        if value == DECLINED:
            declined.append(fact)
        elif value is not None:
            values[fact] = value
    return Situation(**values, wants_anonymous=wants_anonymous or None,
                     declined=frozenset(declined))


def slot_updates(facts: Mapping[str, Optional[FactValue]]) -> Dict[str, Optional[str]]:
    """Slot name -> text for the triage facts in ``facts``."""
    return {SLOT_OF_FACT[f]: to_slot(f, v) for f, v in facts.items() if f in SLOT_OF_FACT}

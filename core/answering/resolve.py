"""Which offer a question is about, and which catalogue text answers an aspect of it.

:func:`resolve` ranks every offer of the person's own municipality:

1. Offers *named* in the message (name, alias, a word only their name has, or a typo of
   one) come first; among them the cues below decide ("døgnbehandling for stoffer").
2. The others are ranked by BM25 over all their words and the catalogue words the
   situation points to, times cues: the age stated, the substance, who asks.
3. A message that names nothing new ("hvor lang tid varer det?") is about the previous
   turn's offer.

:func:`choose` keeps the offers worth answering about (one, a few close ones, or none:
then the municipality's general facts answer); :func:`for_asker` gives the offers for
the one who asks when their words match nothing; :func:`foreign_offer` finds an offer
only another municipality's catalogue names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from core.answering.facts import fits_age
from core.answering.index import STRONG, OfferIndex, index_for
from core.answering.text import GENERIC_ALIASES, normalise, skeleton, stem, words
from core.answering.understand import Asker, Context, Question, substance_words, without_asides, without_asker
from core.knowledge.base import Municipality, Offer
from core.language.ages import writer_age

NAMED = 78.0                 # a name match at least this good names the offer
MIN_COVERAGE = 0.45          # share of the question's words an unnamed offer must match
MIN_BM25 = 2.5
CLOSE = 0.75                 # candidates this close to the best are answered together
MAX_OFFERS = 3
RARE = 3                     # a word at most this many offers use is telling on its own
_PROFESSION_TEXT = {
    "teacher": r"\b(larere|larerne|elev\w*|underviser\w*|skoler\b|uddannelsessted\w*|"
               r"ungdomsuddannelse\w*)",
    "employer": r"\b(arbejdsgiver\w*|medarbejder\w*|ansat\w*|kollega\w*)",
    "gp": r"\b(lage|laeger|egen lage|sundhedsfaglig\w*)",
    "caseworker": r"\b(jobcent\w*|samarbejdspartner\w*|fagfolk|fagperson\w*|kommune\w*)",
    "housing_support": r"\b(bosted\w*|botilbud\w*|bostotte|hjemmebesog\w*|udgaende)",
    "pedagogue": r"\b(samarbejdspartner\w*|fagfolk|fagperson\w*|unge)",
}
_PROFESSIONAL_TEXT = re.compile(r"\b(fagfolk|samarbejdspartnere|larere|larerne|"
                                r"arbejdsgiver\w*|undervisere|sparring|fagperson\w*)")
ENTRY_CATEGORIES = ("counselling", "youth", "assessment", "adult_outpatient")
# "en gruppe for forældre til unge under 25": the offer named after "til" is the other
# person's; the question is about the offer for the relatives (matched against folded text)
_FOR_RELATIVES_OF = re.compile(r"\b(for|til) (os |mig |dem )?(som )?(foraldre|parorende|familie\w*|"
                               r"partnere|karester|soskende) (til|af) ")
# Help for the relatives asked for: "et kursus for os pårørende", "noget til mig som pårørende"
_FOR_RELATIVES = re.compile(r"\b(for|til) (os|mig)( som)? (parorende|foraldre|familie)\b|"
                            r"\b(?P<kind>kursus|gruppe|tilbud|noget|hjalp|radgivning) (for|til) (os |mig )?parorende\b")
# An offer name that is only the wish to quit ("stoppe med at drikke"), which a message about
# withdrawal symptoms uses for the attempt, not the offer
_QUITTING = re.compile(r"(stoppe|stopper|holde op|hold op) (med|at)\b")

# Situation words about when a person can come ("jeg arbejder til 15"): a detail of the offer
# the thread is about, not a pointer to another offer
_TIMING = frozenset(("arbejder", "studerer", "abningstiden", "aften"))

# "færdig med sin alkoholbehandling", "completed his alcohol treatment": what is named is over
_FINISHED = re.compile(r"\b(fardig med|gennemfort|afsluttet|completed|finished|done with)( \w+)?\s*$")


def _finished(folded: str, phrase: str) -> bool:
    at = folded.find(skeleton(phrase))
    return at > 0 and bool(_FINISHED.search(folded[:at]))


_SWITCH = re.compile(r"^(og|hvad med|hva med|gælder det også|galder det ogsa|end|men)\b|"
                     r"\bogså for\b|\bogsa for\b|\bhvis (jeg|han|hun|man|vi) (ender|kommer|skal) i \w*behandling")
# The centre itself named ("hvornår har centret åbent?"): not the offer of the last answer
THE_CENTRE = re.compile(r"\b(centret|centeret|misbrugscent\w*|rusmiddelcent\w*)\b")


@dataclass(frozen=True)
class Candidate:
    offer: Offer
    score: float
    why: Tuple[str, ...] = ()
    named: bool = False
    coverage: float = 0.0
    from_context: bool = False
    weak: bool = False           # matched by no specific word (only the substance, ...)
    phrase: str = ""             # the name or alias the message used
    strong: bool = False         # unnamed, but a described situation, two specific words,
                                 # or one word only a few offers have


@dataclass
class _Work:
    name: float = 0.0
    bm25: float = 0.0
    coverage: float = 0.0
    factor: float = 1.0
    why: List[str] = field(default_factory=list)


# An offer for a couple ("Parsamtaler: samtaler for dig og din partner") fits only a partner.
_FOR_COUPLES = re.compile(r"\bparsamtal\w*|\bdig og din partner\b|\bpar\b")


# The other person is not in (or will not go into) treatment (matched against Question.folded)
_NOT_IN_TREATMENT = re.compile(r"\bikke (er |vil )?i behandling|\bvil (ikke|slet ikke|overhovedet ikke|aldrig|"
                               r"pa ingen made) (i behandling|have hjalp|stoppe|"
                               r"indromme)|\b(selvom|selv om|men) (han|hun|de|hen) ikke vil\b|"
                               r"\bikke (har|mener|synes) (at )?(han|hun|hen)? ?(har )?et problem|\bnagter\b")
_WITHOUT_TREATMENT = re.compile(r"\bikke (selv )?(er )?i behandling|\buden at vare i behandling|"
                                r"\bbehover ikke (selv )?(at )?vare (skrevet ind|indskrevet|i behandling)")


def _asker_factor(q: Question, o: Offer) -> float:
    factor = _relation_factor(q, o)
    if q.asker not in (Asker.PARTNER, Asker.SELF, Asker.UNKNOWN, Asker.PROFESSIONAL) and \
            _FOR_COUPLES.search(normalise(o.name + " " + (o.summary.text or "" if o.summary else ""))):
        factor *= 0.3
    return factor


def _relation_factor(q: Question, o: Offer) -> float:
    text = " ".join(f.text or "" for f in (o.summary, o.fact("target_group")) if f)
    cat = o.category
    if q.asker is Asker.PROFESSIONAL:
        return 2.0 if _PROFESSIONAL_TEXT.search(normalise(text)) else \
            1.3 if cat == "counselling" else 1.0
    if q.asker is Asker.PARENT:
        if cat == "relatives":
            folded = normalise(text)
            return 1.9 if re.search(r"\bunge?\b", folded) else \
                1.5 if re.search(r"\b(foraldr\w*|barn)\b", folded) else 1.2
        return {"youth": 1.2, "children": 0.7}.get(cat, 1.0)
    if q.asker is Asker.PARTNER:
        if cat == "relatives":
            return 1.0 if re.search(r"\b(unge?|foraldr\w*|barn)\b", normalise(text)) else 1.6
        return {"children": 0.5, "youth": 0.6}.get(cat, 1.0)
    if q.asker is Asker.CHILD:
        return {"children": 2.0, "relatives": 1.2}.get(cat, 1.0)
    if q.asker in (Asker.FRIEND, Asker.RELATIVE):
        return {"relatives": 1.5, "counselling": 1.3}.get(cat, 1.0)
    if q.asker is Asker.SELF:
        if "familieorienteret" in q.expansions and "famil" in skeleton(o.name):
            return 1.5  # a user with children at home: the offers for the whole family
        return {"relatives": 0.5, "children": 0.6}.get(cat, 1.0)
    return {"relatives": 0.5, "children": 0.6}.get(cat, 1.0)


_STATED_AGE = re.compile(r"\b(under|over) (\d{2}) år")


def _fits_stated_age(o: Offer, age: int) -> Optional[bool]:
    """For an offer for the relatives of someone of an age its name or target group states
    ("Tilbud til pårørende til unge under 25 år"): does the age given fit? None when unstated."""
    tg = o.fact("target_group")
    m = _STATED_AGE.search(o.name + " " + (tg.text or "" if tg is not None else ""))
    if m is None:
        return None
    limit = int(m.group(2))
    return age < limit if m.group(1) == "under" else age > limit


def _substance_factor(wanted: Sequence[str], o: Offer) -> float:
    if not wanted or not o.substances or set(wanted) & set(o.substances):
        return 1.0
    return 0.4


def resolve(question: Question, municipality: Municipality,
            context: object = None) -> List[Candidate]:
    """Every offer that the question may be about, best first, with the reasons."""
    ix = index_for(municipality)
    ctx = Context.of(context)
    work: Dict[str, _Work] = {o.id: _Work() for o in municipality.offers}
    phrases: Dict[str, str] = {}
    after = "efterbehandling" in question.expansions  # "når han kommer hjem fra døgn"
    relatives_of = _FOR_RELATIVES_OF.search(question.folded)
    for_relatives = _FOR_RELATIVES.search(question.folded)  # "et kursus for os pårørende"
    bare = without_asker(question.folded)
    for oid, phrase, score in ix.names(without_asides(question.text)):
        if skeleton(phrase) in question.folded and skeleton(phrase) not in bare:
            continue  # "jeg er visitator": the asker's own job names no offer
        if "abstinenser" in question.expansions and _QUITTING.match(skeleton(phrase)):
            continue  # "ryster når han prøver at stoppe med at drikke": the withdrawal, not the course
        if after and (ix.offers[oid].category == "residential" or _finished(question.folded, phrase)):
            continue  # the stay or treatment named is over: the offers for after it
        if relatives_of and ix.offers[oid].category not in ("relatives", "children") and \
                skeleton(phrase) in question.folded[relatives_of.end():] and \
                any(o.category == "relatives" for o in municipality.offers):
            continue  # "for forældre til unge under 25": not the young people's own offer
        if for_relatives and ix.offers[oid].category not in ("relatives", "children") \
                and "".join(words(phrase, joined=False)) in GENERIC_ALIASES:
            continue  # "han er startet i alkoholbehandling. er der et kursus for os pårørende?"
        work[oid].name = score
        work[oid].why.append(f"navn: {phrase}")
        phrases[oid] = skeleton(phrase)
    terms = query_terms(question, municipality)
    specific = "~situation" in terms or any(
        not k.startswith("~") and not ix.is_generic(k) for k in terms)
    substance_only = not specific and "~substance" in terms
    for oid, (score, coverage) in ix.bm25(terms).items():
        work[oid].bm25, work[oid].coverage = score, coverage
        work[oid].why.append(f"ord: {score:.1f} ({coverage:.0%})")
    listed = [ix.offers[i] for i in ctx.offer_ids if i in ix.offers]  # one, or a short list
    if len(listed) == 1 and question.substance:  # "og hvis det er alkohol?": its counterpart
        listed = [_counterpart(municipality, listed[0], question.substance)]
    previous = listed[0] if listed else None
    substance = question.substance or (previous.substances if previous else ())
    for o in municipality.offers:
        w = work[o.id]
        w.factor *= _substance_factor(substance, o)
        if w.name < NAMED:
            w.factor *= 1.0 if question.for_them else _asker_factor(question, o)
            if question.children_of_user:  # children of a parent who drinks: their talks, no treatment
                w.factor *= {"children": 2.5, "relatives": 1.3, "youth": 0.3}.get(o.category, 0.7)
            if substance_only:
                w.factor *= 1.3 if o.category in ENTRY_CATEGORIES else 0.4
            for age in question.ages[:1]:
                fit = fits_age(o, age)
                if fit is None and o.category in ("relatives", "children"):
                    fit = _fits_stated_age(o, age)  # "pårørende til unge under 25 år"
                upper = o.fact("age_max") is not None
                w.factor *= 1.0 if fit is None else (1.8 if upper else 1.3) if fit else 0.3
    # "et kursus for os pårørende": the relatives' offer whose name is that kind of thing
    kind = for_relatives.group("kind") if for_relatives else None
    kind_named = {o.id for o in municipality.offers if kind
                  and o.category in ("relatives", "children") and kind in normalise(o.name)}
    for oid in kind_named:
        work[oid].factor *= 1.5
    named = any(w.name >= NAMED for w in work.values())
    # words that could name another offer: specific, and used by some offer ("afsted" is not)
    new_words = [x for x in question.offer_words if not ix.is_generic(x) and stem(x) in ix.df]
    switch = bool(_SWITCH.search(question.folded))
    other_situation = [e for e in question.expansions if e not in _TIMING]
    use_previous = previous is not None and not named and not new_words and \
        not (switch and question.offer_words) and not other_situation and not THE_CENTRE.search(question.folded)
    family = ("relatives", "children")
    if previous is not None and not use_previous and previous.category not in family:
        for o in municipality.offers:  # "og for unge?" after an offer for the user
            if o.category in family and work[o.id].name < NAMED:
                work[o.id].factor *= 0.6
    out = []
    for o in municipality.offers:
        w = work[o.id]
        base = w.name + 2.0 * w.bm25 * (0.5 + w.coverage)
        from_context = use_previous and any(o.id == p.id for p in listed)
        if from_context:
            base += 1000.0
            w.why.append("forrige spørgsmål")
        if base <= 0:
            continue
        hits = [k for k, ts in terms.items() if any(t in ix.docs[o.id] for t in ts)
                and (k == "~situation" or not k.startswith("~") and not ix.is_generic(k))]
        rare = any(ix.df.get(t, 0) <= RARE for k in hits for t in terms[k] if t in ix.docs[o.id])
        out.append(Candidate(offer=o, score=base * w.factor, why=tuple(w.why),
                             named=w.name >= NAMED, coverage=max(w.coverage, MIN_COVERAGE) if
                             "~situation" in hits and w.bm25 >= MIN_BM25 else w.coverage,
                             from_context=from_context,
                             weak=not specific and w.name < NAMED and not from_context,
                             phrase=phrases.get(o.id, ""),
                             strong=w.name > 0 or o.id in kind_named or "~situation" in hits or len(hits) >= 2
                             or (len(hits) == 1 and rare)))
    return sorted(out, key=lambda c: (-(c.named or c.from_context), -c.score))


RELATIVE_ASKERS = frozenset((Asker.PARENT, Asker.PARTNER, Asker.FRIEND,
                                             Asker.RELATIVE, Asker.CHILD))


def _counterpart(m: Municipality, offer: Offer, substance: Sequence[str]) -> Offer:
    """The offer like ``offer`` (same kind, same ages) for the other substance named, or
    ``offer`` itself when it serves that substance or has no such counterpart."""
    if not offer.substances or set(substance) & set(offer.substances):
        return offer

    def ages(o: Offer) -> Tuple[object, object]:
        low, high = o.fact("age_min"), o.fact("age_max")
        return (low.value if low else None, high.value if high else None)
    like = [o for o in m.offers if o.category == offer.category and set(substance) & set(o.substances)]
    same_ages = [o for o in like if ages(o) == ages(offer)]
    return (same_ages or like or [offer])[0]


def choose_weak(candidates: Sequence[Candidate], ages: Sequence[int] = ()) -> List[Candidate]:
    """Offers matched only by the substance named, when an age or a detail makes it worth it:
    the entry offers of that substance that fit the age, best first."""
    weak = [c for c in candidates if c.weak
            and all(fits_age(c.offer, a) is not False for a in ages[:1])]
    if ages:  # an offer made for that age range first ("unge 18-25" for a 20-year-old)
        weak.sort(key=lambda c: (-(fits_age(c.offer, ages[0]) is True
                                   and c.offer.fact("age_max") is not None), -c.score))
    if not weak:
        return []
    return [c for c in weak if c.score >= CLOSE * weak[0].score][:MAX_OFFERS]


FAR_AHEAD = 5.0  # a weakly named offer this many times the next one's score is the one meant


def choose(candidates: Sequence[Candidate], ages: Sequence[int] = (),
           by_name_only: bool = False, far_ahead: bool = False) -> List[Candidate]:
    """The offers to answer about: the named or previous one(s), or clear word matches
    (never an unnamed offer whose age range excludes the age stated). ``by_name_only``
    ("hvad er X?"): X must be a name, at least a weak one. ``far_ahead``: a general word of
    one offer's name ("omsorg") far ahead of every other match names that offer."""
    candidates = [c for c in candidates if c.named or c.from_context or not c.weak
                  and c.strong and all(fits_age(c.offer, a) is not False for a in ages[:1])
                  and (not by_name_only or c.phrase)]
    if not candidates:
        return []
    top = candidates[0]
    if top.from_context:  # the offer (or the short list of offers) the last answer was about
        return [c for c in candidates if c.from_context][:MAX_OFFERS]
    if top.named:  # several only when they share the name used ("døgnbehandling")
        same = [c for c in candidates if c.named and c.phrase == top.phrase and c.score >= CLOSE * top.score]
        fit = [c for c in same if all(fits_age(c.offer, a) is not False for a in ages[:1])]
        return (fit or same)[:MAX_OFFERS]  # "ungebehandling" for a 15-year-old: the one for 15-18
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    if far_ahead and top.phrase and top.score >= FAR_AHEAD * max(runner_up, MIN_BM25):
        return [top]  # "noget omsorg": a general word of one offer's name, far ahead of the rest
    if top.coverage < MIN_COVERAGE or top.score < MIN_BM25 * 2:
        return []
    close = [c for c in candidates if c.score >= CLOSE * top.score
             and c.coverage >= MIN_COVERAGE]
    return close[:MAX_OFFERS]


_ASKER_CATEGORIES = {Asker.PARENT: ("relatives", "counselling", "youth"),
                     Asker.PARTNER: ("relatives", "counselling"),
                     Asker.FRIEND: ("relatives", "counselling"),
                     Asker.RELATIVE: ("relatives", "counselling"),
                     Asker.CHILD: ("children", "youth", "counselling", "relatives")}
_GROWN_CHILD = ("relatives", "counselling", "children")


def _for_professional(question: Question, municipality: Municipality) -> List[Candidate]:
    """Offers for professionals, the ones for this profession first."""
    own = re.compile(_PROFESSION_TEXT.get(question.profession or "", r"$^"))
    pool = []
    for o in municipality.offers:
        if _substance_factor(question.substance, o) < 1.0:
            continue  # "et alkoholforløb" from a jobcentre: not the drug treatment that meets jobcentres
        text = normalise(" ".join([o.name, *o.aliases, *(f.text or "" for f in (
            o.summary, o.fact("target_group")) if f is not None)]))
        score = 2.0 * bool(own.search(text)) + bool(_PROFESSIONAL_TEXT.search(text))
        if score:
            pool.append(Candidate(offer=o, score=score, why=("spørger: fagperson",)))
    pool.sort(key=lambda c: -c.score)
    return pool[:1]


def for_asker(question: Question, municipality: Municipality,
              candidates: Sequence[Candidate]) -> List[Candidate]:
    """Someone close to a user, or a professional, described nothing an offer matches:
    the offers for them.

    The best-scored offers of the asker's kind (parents: for relatives of young people
    first), filtered by the substance named.
    """
    if question.asker is Asker.PROFESSIONAL:
        return _for_professional(question, municipality)
    kinds = _ASKER_CATEGORIES.get(question.asker)
    if not kinds:
        return []
    scored = {c.offer.id: c for c in candidates}
    own = writer_age(question.text)
    if question.asker is Asker.CHILD and own is not None and own >= 18:
        kinds = _GROWN_CHILD  # a grown-up child of someone who drinks is a relative
    pool = []
    for o in municipality.offers:
        if o.category not in kinds or _substance_factor(question.substance, o) < 1.0:
            continue
        if question.asker is Asker.CHILD and o.category == "youth" and not _talk_for_a_child(o, question):
            continue  # a child of a parent who drinks needs someone to talk to, not treatment
        if question.asker is Asker.CHILD and own is not None and fits_age(o, own) is False:
            continue  # "jeg er 40, og min far har drukket hele mit liv": the offers for adults
        c = scored.get(o.id)
        score = (c.score if c else 0.0) + _asker_factor(question, o)
        pool.append(Candidate(offer=o, score=score, why=("spørger: " + question.asker.value,)))
    if question.asker in RELATIVE_ASKERS and _NOT_IN_TREATMENT.search(question.folded):
        # "... men han vil ikke i behandling": the offers for relatives of someone who is not
        without = [c for c in pool if _WITHOUT_TREATMENT.search(normalise(" ".join(
            f.text or "" for f in (c.offer.summary, c.offer.fact("target_group")) if f)))]
        pool = without or pool
    pool.sort(key=lambda c: (_rank(question, c.offer, kinds), -c.score))
    return pool[:1]


_PARENTS = re.compile(r"\bforaldr\w*|\bparents?\b")
_YOUNG = re.compile(r"\bunge?\b|\bunges\b|\bborn\b")


def _rank(question: Question, o: Offer, kinds: Sequence[str]) -> int:
    """The order of an asker's kinds of offer; a parent of someone young (an age under 25)
    first gets an offer made for parents of young people, of either kind."""
    if question.asker is Asker.PARENT and question.ages and question.ages[0] < 25:
        text = normalise(" ".join(f.text or "" for f in (o.summary, o.fact("target_group")) if f))
        if (o.category == "relatives" and _YOUNG.search(text)) or (
                o.category == "youth" and _PARENTS.search(text) and fits_age(o, question.ages[0]) is not False):
            return -1
    return kinds.index(o.category)


def _talk_for_a_child(o: Offer, question: Question) -> bool:
    """A youth offer a child can use about a parent's drinking: anonymous counselling that
    fits the child's age."""
    anonymous = o.fact("anonymous")
    return (anonymous is not None and anonymous.value is True
            and all(fits_age(o, age) is not False for age in question.ages[:1]))


def query_terms(question: Question, municipality: Municipality) -> Dict[str, Dict[str, float]]:
    ix = index_for(municipality)
    own = [w for w in question.offer_words if stem(w) not in ix.centre_words]
    return ix.query_terms(own, question.expansions, substance_words(question))


def _proper_name(offer: Offer, phrase: str) -> bool:
    """Is ``phrase`` the offer's own name ("CRAFT", "Vagten", "#mindrerus") rather than a
    common word its long name contains ("arbejdsgivere")?"""
    tokens = re.findall(r"[#\w]+", offer.name)
    proper = {skeleton(t.lstrip("#")) for i, t in enumerate(tokens)
              if len(tokens) <= 2 or t.startswith("#") or (t.isupper() and len(t) >= 3)
              or (i > 0 and t[:1].isupper())}
    return bool(proper & set(words(phrase, joined=False)))


def foreign_offer(knowledge: Mapping[str, Municipality], here: Municipality,
                  text: str) -> Optional[Tuple[Municipality, Offer]]:
    """An offer named (exactly, by its own name) in another municipality's catalogue."""
    known_here = index_for(here).known
    for slug, other in knowledge.items():
        if slug == here.slug:
            continue
        ix = index_for(other)
        for oid, phrase, score in ix.names(text, fuzzy=False):
            if score >= STRONG and _proper_name(ix.offers[oid], phrase) and \
                    not all(w in known_here for w in words(phrase, joined=False)):
                return other, ix.offers[oid]
    return None


__all__ = ["Candidate", "OfferIndex", "RELATIVE_ASKERS", "resolve", "choose", "choose_weak",
           "for_asker", "foreign_offer", "query_terms"]

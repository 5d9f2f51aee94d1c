"""Answers that are not about one offer: general facts, ages, other municipalities.

- :func:`compose_topic`: the municipality's general facts about an aspect (price,
  waiting time, anonymity, consent, how to start, relatives, ...).
- :func:`compose_age`: an age and no offer: the offers whose age range fits.
- :func:`compose_foreign`: an offer only another municipality's catalogue names.
- :func:`compose_which`: a detail only an offer has, and no offer: ask which.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

from core.answering.answer import Answer
from core.answering.aspects import Aspect
from core.answering.cues import about_confidentiality, answers_aspect
from core.answering.facts import (
    AGE_CATEGORIES,
    FIELDS,
    age_fact,
    age_range,
    age_source,
    fact_lines,
    fits_age,
    fitting_offers,
    sentences,
    serves_substance,
    short_name,
    topic_facts,
)
from core.answering.reach import contact_hint
from core.answering.resolve import ENTRY_CATEGORIES
from core.answering.text import STOPWORDS, normalise, skeleton, stem, words
from core.answering.understand import Asker, Question
from core.knowledge.base import Fact, Municipality, Offer
from core.language.ages import ADULT_AGE, says_age, youth_top_age

AGE_OFFERS = 4
# Where a grown-up starts when no offer states an age range: the entry offers but youth.
ADULT_ENTRY = tuple(c for c in ENTRY_CATEGORIES if c != "youth")

TOPIC_SILENT: Dict[Aspect, str] = {
    Aspect.PRICE: "hvad det koster", Aspect.WAITING_TIME: "hvor lang ventetiden er",
    Aspect.ANONYMITY: "om du kan være anonym", Aspect.HOW_TO_START: "hvordan du kommer i gang",
    Aspect.CONSENT: "hvornår forældre skal give samtykke",
    Aspect.RELATIVES: "hvilken hjælp der er til pårørende",
    Aspect.TARGET_GROUP: "hvem tilbuddene er for", Aspect.CONTENT: "hvilke metoder der bruges",
    Aspect.VALIDITY: "om noget er stoppet eller ændret",
    Aspect.NEXT_STEP: "hvad der sker, når et forløb er slut",
}


def compose_topic(m: Municipality, q: Question, aspect: Aspect,
                  now: Optional[datetime] = None) -> Answer:
    """No offer: the municipality's general facts about ``aspect``."""
    answer = Answer(lines=[], sources=[])
    if aspect is Aspect.CONSENT or aspect is Aspect.ANONYMITY and any(a < ADULT_AGE for a in q.ages[:1]):
        for age in q.ages[:1]:  # "er 16, kan jeg komme uden min mor ved det?": the rule for that age first
            for o in fitting_offers(m, age, q.substance):
                consent = o.fact("consent")
                if consent is not None:
                    answer.lines.append(f"Når du er {age} år – {o.name}: {consent.text}")
                    answer.sources.append(consent.source)
                    break
    limit = 3 if aspect in (Aspect.PRICE, Aspect.ANONYMITY) else 2
    topics: Tuple[str, ...] = ()
    if aspect is Aspect.ANONYMITY:
        topics = ("confidentiality", "anonymity") if about_confidentiality(q.text) \
            else ("anonymity",)
    facts = topic_facts(m, aspect, None, q, limit=9, topics=topics)
    if aspect is Aspect.ANONYMITY and not (any(a < ADULT_AGE for a in q.ages) or
                                           answers_aspect(q.text, Aspect.CONSENT)):
        facts = [t for t in facts if not answers_aspect(t.fact.text or "", Aspect.CONSENT)]
    facts = facts[:limit - len(answer.lines) // 2]
    if aspect is Aspect.CONSENT:  # the same rule in other words is said once
        facts = [t for t in facts if not _says_nothing_new(t.fact.text or "", answer.lines)]
    answer.lines += fact_lines([t.fact for t in facts], now)
    answer.sources += [t.fact.source for t in facts]
    if aspect is Aspect.CONSENT and _PARENTS.search(q.folded) and \
            not any(_PARENTS.search(skeleton(line)) for line in answer.lines):
        # asked about the parents, and what the catalogue says of consent is not about them
        answer.lines = [f"Det fremgår ikke af {m.document_title}, om dine forældre skal give lov."]
        answer.sources = []
        answer.settled = True  # a consent fact about something else must not lead
    if aspect is Aspect.CONSENT and q.asker in (Asker.SELF, Asker.UNKNOWN, Asker.CHILD) and \
            not any("anonym" in line.lower() for line in answer.lines):
        option = anonymous_option(m, q)  # "uden mine forældre ved det": where that is possible
        if option is not None:
            answer.lines.append(option[0])
            answer.sources.append(option[1])
    if aspect is Aspect.RELATIVES:
        names = [short_name(o) for o in m.offers if o.category in ("relatives", "children")]
        if names:
            answer.lines.append("Tilbud til pårørende: " + "; ".join(names[:6]) + ".")
        elif _GROUP_OR_COURSE.search(q.folded) and answer.lines:
            # "har I en gruppe for pårørende?" where the catalogue has none: say so first
            answer.lines.insert(0, "Kataloget nævner ikke en gruppe eller et kursus for "
                                   "pårørende. Men det siger det her om hjælp til pårørende:")
    if not answer.lines:
        return Answer(lines=[f"Det fremgår ikke af {m.document_title}, {TOPIC_SILENT[aspect]}.",
                             contact_hint(m)], found=False)
    return answer


_NUMBER = re.compile(r"\d+")
# A group or a course asked for (matched against Question.folded)
_GROUP_OR_COURSE = re.compile(r"\b(grupp\w*|kursus\w*|kurser\w*|holdet|group|course)\b")
# Matched against skeleton text: "forældre" reads "foraldre".
_PARENTS = re.compile(r"\b(foraldr\w*|for(a|e)ldre|parents?|mor og far|mom|dad|mum)\b")


def _says_nothing_new(text: str, said: Sequence[str]) -> bool:
    """A rule already stated: its numbers were all said, and most of its words (nearly all
    of them when it has no number)."""
    numbers = set(_NUMBER.findall(text))
    before = " ".join(said)
    if not numbers <= set(_NUMBER.findall(before)):
        return False
    mine = {stem(w) for w in words(text) if w not in STOPWORDS}
    theirs = {stem(w) for w in words(before)}
    # with no number of its own, nearly all of its words must have been said
    return bool(mine) and len(mine & theirs) >= (0.5 if numbers else 0.75) * len(mine)


def anonymous_option(m: Municipality, q: Question) -> Optional[Tuple[str, str]]:
    """The anonymous counselling a young person (or anyone) can have without asking their
    parents: the first counselling or youth offer that is anonymous and fits the age."""
    young = any(a < ADULT_AGE for a in q.ages) or not q.ages
    kinds = ("youth", "counselling") if young else ("counselling", "youth")
    for kind in kinds:
        for o in m.offers:
            f = o.fact("anonymous")
            if o.category != kind or f is None or f.value is not True or not f.text:
                continue
            if any(fits_age(o, a) is False for a in q.ages[:1]):
                continue
            said = next((x for x in sentences(o.summary.text or "") if "anonym" in x.lower()
                         and re.search(r"\d|\b(en|to|tre)\b", x)), None) if o.summary else None
            if said is not None:  # "Du kan få en til to anonyme ... samtaler": how many, too
                return f"{short_name(o)}: {said}", o.summary.source
            return f"{short_name(o)}: {f.text}", f.source
    return None


# "er jeg for ung til ...", "er han for gammel" (matched against Question.folded)
_TOO_YOUNG_OR_OLD = re.compile(r"\bfor (ung|gammel)\b(?! til at (drikke|ryge|tage))")


def compose_age(m: Municipality, q: Question, age: int) -> Answer:
    """No offer named, an age stated: the offers whose age range fits."""
    offers = fitting_offers(m, age, q.substance)[:AGE_OFFERS]
    if offers:
        lines = [f"Tilbud, der passer til en på {age} år:"]
        too = _TOO_YOUNG_OR_OLD.search(q.folded)
        if too:  # "er jeg for ung?": the yes or no first
            lines.insert(0, f"Nej, {age} år er ikke for {too.group(1)}.")
        lines += [f"- {o.name} ({age_range(o)})" for o in offers]
        return Answer(lines=lines, sources=[age_source(o) for o in offers])
    said = offers_saying_age(m, age, q.substance)[:AGE_OFFERS]
    if said:  # the ages stand in words only ("unge under 18 år")
        lines = [f"Tilbud, der passer til en på {age} år:"]
        lines += [f"- {o.name}: {fact.text}" for o, fact in said]
        return Answer(lines=lines, sources=[fact.source for _, fact in said])
    if age >= ADULT_AGE:
        adult = [o for o in m.offers if o.category in ADULT_ENTRY and fits_age(o, age) is None
                 and o.summary is not None][:AGE_OFFERS]
        if adult:  # the catalogue sets no age limit for its adult offers
            lines = [f"Kataloget sætter ingen aldersgrænse for disse tilbud, så de er også "
                     f"for en på {age} år:"]
            lines += [f"- {o.name}" for o in adult]
            return Answer(lines=lines, sources=[o.summary.source for o in adult if o.summary])
    lines = [f"Det fremgår ikke af {m.document_title}, at der er et tilbud med en "
             f"aldersgrænse, der passer til en på {age} år."]
    nearest = sorted((o for o in m.offers if o.category in AGE_CATEGORIES and age_range(o)),
                     key=lambda o: abs(age_fact(o).value - age))
    sources = []
    if nearest:
        lines.append(f"Det nærmeste er {nearest[0].name} ({age_range(nearest[0])}).")
        sources.append(age_source(nearest[0]))
    lines.append(contact_hint(m))
    return Answer(lines=lines, sources=sources, found=False)


def offers_saying_age(m: Municipality, age: int,
                      substance: Sequence[str] = ()) -> List[Tuple[Offer, Fact]]:
    """Offers with no age fields whose target group (or summary) says in words that ``age``
    is included, each with that fact."""
    found = []
    for o in m.offers:
        fact = o.fact("target_group") or o.summary
        if (o.category in AGE_CATEGORIES and fits_age(o, age) is None and fact is not None
                and says_age(fact.text or "", age) and serves_substance(o, substance)):
            found.append((o, fact))
    return found


def compose_foreign(m: Municipality, other: Municipality, offer: Offer) -> Answer:
    same = [o.name for o in m.offers if o.category == offer.category][:4]
    lines = [f"{offer.name} er et tilbud i {other.name}. Det står ikke i {m.document_title}."]
    if same:
        lines.append(f"I {m.name} kan du i stedet spørge om: {', '.join(same)}.")
    lines.append(contact_hint(m))
    return Answer(lines=lines, found=False)


def compose_which(m: Municipality, aspect: Aspect) -> Answer:
    """An offer-only aspect and no offer: ask which, naming offers that state it."""
    key = FIELDS.get(aspect, ("summary",))[0]
    names = [o.name for o in m.offers if o.fact(key) is not None][:6]
    lines = ["Det afhænger af tilbuddet. Hvilket tilbud tænker du på?"]
    if names:
        lines.append("Fx: " + ", ".join(names) + ".")
    return Answer(lines=lines, found=False)


# "hvilke døgnsteder bruger I?", "hvor sender I folk hen?": the places of residential care by name
_WHICH_PLACES = re.compile(r"\bhvilke (?:\w+ )?(?:døgn\w*|behandlingssteder|steder|institutioner)\b|"
                           r"\bhvor sender (?:i|de) (?:folk|borgere|dem|ham|hende)\b")


def compose_places(m: Municipality, text: str) -> Optional[Answer]:
    """The residential offers the catalogue names, when the question asks which places
    (None when it does not, or the catalogue names fewer than two places by name)."""
    if not _WHICH_PLACES.search(text.lower()):
        return None
    places = [o for o in m.offers if o.category == "residential"]
    named = [o for o in places if not re.match(r"(?i)(døgnbehandling|visitation|særligt)\b", short_name(o))]
    if len(named) < 2:
        return None  # only "Døgnbehandling ...": the catalogue names no places
    lines = ["Kataloget nævner disse døgnsteder og -tilbud:"]
    lines += [f"- {short_name(o)}" for o in places]
    return Answer(lines=lines, sources=[places[0].summary.source, places[-1].summary.source])


# "som ung", "vi unge", "for unge": the person asking is young, with no age said
_SAYS_YOUNG = re.compile(r"\b(som|vi|for|til) (ung|unge|teenager|teenagere)\b|\bjeg er (ung|teenager)\b")


def says_young(q: Question) -> bool:
    return bool(_SAYS_YOUNG.search(q.folded))


def names_centre_street(m: Municipality, q: Question) -> bool:
    """"Er det på Horsensvej?": the question names one of the centre's streets."""
    return any(a.street and normalise(a.street.split()[0]) in q.folded for a in m.centre.addresses)


def _wanted_tags(m: Municipality, q: Question, relative: bool) -> Dict[str, float]:
    tags: Dict[str, float] = {t: 1.0 for t in q.substance}
    for age in q.ages[:1]:  # the municipality's youth offers say who is young
        tags["youth" if age <= youth_top_age(m) else "adults"] = 1.5
    if not q.ages and says_young(q):
        tags["youth"] = 1.5
    if relative:
        tags = {"relatives": 2.0, **{t: 0.5 for t in tags}}
    return tags


def _address_fits(m: Municipality, q: Question, serves: Sequence[str]) -> bool:
    """Can the person go to an address that ``serves`` these groups? Young people are served
    where "youth" is, whatever they use; a substance tag excludes the other substance, and
    "adults" excludes the young ("alcohol, youth" and "drugs, adults" in Vejle)."""
    if "all" in serves:
        return True
    young = bool(q.ages) and q.ages[0] <= youth_top_age(m) or not q.ages and says_young(q)
    if young and "youth" in serves:
        return True
    if young and "adults" in serves:
        return False
    substances = set(serves) & {"alcohol", "drugs"}
    return not (substances and q.substance and not substances & set(q.substance))


def compose_where(m: Municipality, q: Question, relative: bool) -> Optional[Answer]:
    """"Er 20 og ryger hash, hvor skal jeg hen?": the offer that fits the person and the
    centre address that serves their group (``serves`` tags), not simply the first one."""
    tags = _wanted_tags(m, q, relative)
    kinds = ("relatives", "counselling") if relative else AGE_CATEGORIES
    offers = fitting_offers(m, q.ages[0], q.substance, kinds) if q.ages and not relative else []
    if relative:
        offers = [o for o in m.offers if o.category in kinds and
                  (not q.substance or not o.substances or set(q.substance) & set(o.substances))]
        offers.sort(key=lambda o: kinds.index(o.category))
    else:  # stable: one that says where first
        offers.sort(key=lambda o: o.fact("place") is None)
    answer = Answer(lines=[], sources=[])
    for o in offers[:1]:
        place = o.fact("place")
        answer.lines.append(f"{o.name}" + (f" ({age_range(o)})" if age_range(o) else "") +
                            f": {(place or o.summary).text}")
        answer.sources.append(place.source if place is not None else o.summary.source)
    addresses = [a for a in m.centre.addresses if relative or _address_fits(m, q, a.serves)] or \
        list(m.centre.addresses)
    if addresses:
        best = max(addresses, key=lambda a: sum(tags.get(t, 0.0) for t in a.serves) +
                   (0.5 if "all" in a.serves else 0.0))
        if best.street not in " ".join(answer.lines):
            answer.lines.append(f"{m.centre.name.value} ligger på {best.one_line()} "
                                f"({best.label}).")
            answer.sources.append(best.source)
    return answer if answer.lines else None

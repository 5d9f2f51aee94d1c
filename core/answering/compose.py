"""Aspect-first answers: the text that answers what was asked, one line of context, sources.

For one offer and one aspect the answer is: ``<offer>: <the field's text>``, at most one
context line (e.g. how long each meeting lasts after how often it meets), and the source
line that :class:`Answer` renders. When the offer's own field is empty, the answer is
looked for in the offer's other fields, then in the municipality's general facts (said to
be general), and only then the catalogue is said to be silent, with the centre's contact.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

from core.answering.answer import Answer
from core.answering.aspects import Aspect
from core.answering.contact import hours_part, phone_part, place_part
from core.answering.facts import (
    AGE_CATEGORIES,
    FIELDS,
    age_range,
    age_source,
    best_sentence,
    fact_lines,
    fits_age,
    fitting_offers,
    group_or_alone,
    offer_evidence,
    sentences,
    serves_substance,
    short_name,
    situation_fact,
    topic_facts,
)
from core.answering.index import index_for
from core.answering.reach import contact_hint
from core.answering.resolve import RELATIVE_ASKERS, Candidate, query_terms
from core.answering.text import content_words, stem
from core.answering.understand import Question
from core.answering.validity import expiry_line
from core.knowledge.base import Fact, Municipality, Offer

SILENT_WHAT: Dict[Aspect, str] = {
    Aspect.FREQUENCY: "hvor tit {name} er", Aspect.DURATION: "hvor længe {name} varer",
    Aspect.SESSION_LENGTH: "hvor lang tid hver gang varer i {name}",
    Aspect.PLACE: "hvor {name} foregår", Aspect.ADDRESS: "hvor {name} foregår",
    Aspect.TARGET_GROUP: "hvem {name} er for", Aspect.CONTENT: "hvad der sker i {name}",
    Aspect.GROUP_OR_INDIVIDUAL: "om {name} foregår i gruppe eller alene",
    Aspect.PRICE: "hvad {name} koster", Aspect.ANONYMITY: "om du kan være anonym i {name}",
    Aspect.HOW_TO_START: "hvordan du kommer i gang med {name}",
    Aspect.WAITING_TIME: "hvor lang ventetid der er til {name}",
    Aspect.CONSENT: "om forældre skal give samtykke til {name}",
    Aspect.RELATIVES: "om pårørende kan være med i {name}",
    Aspect.PHONE: "et direkte nummer til {name}", Aspect.HOURS: "hvornår {name} har åbent",
    Aspect.VALIDITY: "hvor længe {name} kører", Aspect.OVERVIEW: "mere om {name}",
    Aspect.NEXT_STEP: "hvad der kommer efter {name}",
}
# The one line of context after the answer: the first of these fields that has text.
CONTEXT_FIELDS: Dict[Aspect, Tuple[str, ...]] = {
    Aspect.FREQUENCY: ("session_length", "duration"),
    Aspect.DURATION: ("frequency", "session_length"),
    Aspect.SESSION_LENGTH: ("frequency", "duration"), Aspect.PLACE: ("access",),
    Aspect.ADDRESS: ("access",), Aspect.ANONYMITY: ("consent",),
    Aspect.CONSENT: ("anonymous",), Aspect.HOW_TO_START: ("place",),
    Aspect.WAITING_TIME: ("access",), Aspect.GROUP_OR_INDIVIDUAL: ("frequency", "duration"),
    Aspect.CONTENT: ("duration",), Aspect.RELATIVES: ("target_group",),
    Aspect.VALIDITY: ("summary",),
}
# How often, how long each time, how long in all: said together (one line).
SCHEDULE_FIELDS = ("frequency", "session_length", "duration")
SCHEDULE_ASPECTS = (Aspect.FREQUENCY, Aspect.DURATION, Aspect.SESSION_LENGTH,
                    Aspect.GROUP_OR_INDIVIDUAL, Aspect.CONTENT)
PREFIX = {"session_length": "Hver gang: ", "duration": "Hele forløbet: ",
          "frequency": "Hvor tit: ", "access": "Sådan kommer du i gang: ",
          "consent": "Samtykke: ", "anonymous": "Anonymitet: ", "place": "Sted: ",
          "target_group": "For: ", "summary": ""}


# What a line about one offer says when the catalogue is silent on the detail asked
SILENT_LINE = "det står ikke i kataloget."


def _fact(offer: Offer, key: str) -> Optional[Fact]:
    f = offer.summary if key == "summary" else offer.fact(key)
    return f if f is not None and (f.text or f.value is not None) else None


def _text(f: Fact) -> str:
    return f.text or str(f.value)


def _target_part(m: Municipality, offer: Offer, q: Question, now: datetime) -> Answer:
    part = Answer(lines=[], sources=[])
    tg, ages = offer.fact("target_group"), age_range(offer)
    if tg is not None:
        part.lines.append(f"{short_name(offer)}: {_text(tg)}")
        part.sources.append(tg.source)
    if ages:
        line = f"Alder: {ages}."
        part.lines.append(line if part.lines else f"{short_name(offer)}: {line}")
        part.sources.append(age_source(offer))
    if not part.lines:
        return _evidence_or_topic(m, offer, Aspect.TARGET_GROUP, q, now=now)
    for age in q.ages[:1]:  # an age it does not take: the age rule and what fits lead
        note = _age_note(m, offer, age, q)
        if note:
            part.lines[:0] = [note[0].replace("Bemærk: ", "Nej: ", 1), *note[1:]]
    return part


def _age_note(m: Municipality, offer: Offer, age: int, q: Question, confirm: bool = False) -> List[str]:
    """The offer's age rule when it does not take ``age`` (and what does); with ``confirm``
    ("og hvis jeg er 19?" after an answer about it) also when it does."""
    fits = fits_age(offer, age)
    if fits is True and confirm:
        return [f"Det passer også til en på {age} år: {short_name(offer)} er {age_range(offer)}."]
    if fits is not False:
        return []
    lines = [f"Bemærk: {short_name(offer)} er {age_range(offer)}, så det passer ikke til en på {age} år."]
    family = ("relatives", "children")
    kinds = family if offer.category in family else AGE_CATEGORIES
    others = [o for o in fitting_offers(m, age, q.substance if kinds is not family else (),
                                        kinds) if o.id != offer.id][:2]
    if others:
        lines.append(f"Til en på {age} år nævner kataloget: " +
                     "; ".join(f"{o.name} ({age_range(o)})" for o in others) + ".")
    elif kinds is not family:  # "er 26, er jeg for gammel?": the counselling open to any age
        open_to_all = [o for o in m.offers if o.category == "counselling" and fits_age(o, age) is None
                       and o.id != offer.id and serves_substance(o, q.substance)][:1]
        for o in open_to_all:
            lines.append(f"Kataloget sætter ingen aldersgrænse for {short_name(o)}, så den er også for dig.")
    return lines


def _evidence_or_topic(m: Municipality, offer: Offer, aspect: Aspect, q: Question,
                       general: bool = True, now: Optional[datetime] = None) -> Answer:
    # "og hvis familien er med?": every sentence on it (how many talks, how long), else one
    evidence = offer_evidence(offer, aspect)[:3 if aspect is Aspect.RELATIVES else 1]
    if evidence:
        return Answer(lines=[f"{short_name(offer)}: " + " ".join(s for s, _ in evidence)],
                      sources=[f.source for _, f in evidence])
    facts = topic_facts(m, aspect, offer, q, limit=1) if general else []
    if facts:
        lines = fact_lines([t.fact for t in facts], now)
        if not any(offer.id in t.mentions for t in facts):
            lines.append(f"(Det står generelt i kataloget, ikke om {short_name(offer)} for sig.)")
        return Answer(lines=lines, sources=[t.fact.source for t in facts])
    what = SILENT_WHAT[aspect].format(name=short_name(offer))
    return Answer(lines=[f"Det fremgår ikke af {m.document_title}, {what}."], found=False)


def _overview_part(offer: Offer, why: Optional[Tuple[str, Fact]] = None) -> Answer:
    part = Answer(lines=[f"{short_name(offer)}: {_text(offer.summary)}"], sources=[offer.summary.source])
    if why is not None and why[0] not in _text(offer.summary):
        part.lines.append(why[0])
        part.sources.append(why[1].source)
    else:
        tg = offer.fact("target_group")
        if tg is not None and not _mostly_said(_text(tg), _text(offer.summary)):
            part.lines.append(PREFIX["target_group"] + _text(tg))
            part.sources.append(tg.source)
        elif age_range(offer) and (tg is None or not re.search(r"\d", _text(tg))):
            part.lines.append(f"Alder: {age_range(offer)}.")
            part.sources.append(age_source(offer))
    anonymous = offer.fact("anonymous")
    if anonymous is not None and anonymous.value is True and offer.category in _TALK_CATEGORIES and \
            "anonym" not in " ".join(part.lines).lower():
        part.lines.append("Du kan være anonym.")  # what a young person or a relative asks first
        part.sources.append(anonymous.source)
    # what people ask next, and only what it says in numbers ("Tilpasses den enkelte" waits)
    schedule = schedule_line(offer, " ".join(part.lines), counted=True)
    if schedule is not None:
        part.lines.append(schedule[0])
        part.sources.extend(schedule[1])
    else:  # no numbers to give: what happens there, in its first sentence
        content = offer.fact("content")
        first = sentences(_text(content))[:1] if content is not None else []
        if first and not _mostly_said(first[0], " ".join(part.lines)):
            part.lines.append(first[0])
            part.sources.append(content.source)  # type: ignore[union-attr]
    return part


# Offers where someone comes to talk (advice, youth, children, relatives): their overview
# says that one can be anonymous, when the catalogue says so.
_TALK_CATEGORIES = frozenset(("counselling", "youth", "children", "relatives"))


def schedule_line(offer: Offer, shown: str = "", keys: Sequence[str] = SCHEDULE_FIELDS,
                  counted: bool = False) -> Optional[Tuple[str, List[str]]]:
    """How often, how long each time and how long in all, in one line ("Hvor tit: 1 gang
    om ugen. Hver gang: 1½ time. Hele forløbet: 4 gange i gruppen."), leaving out what
    ``shown`` already says (and, if ``counted``, parts without a number or a time); None
    when the catalogue gives none of it."""
    found = [x for x in (_unsaid(offer, key, shown) for key in keys) if x is not None
             and (not counted or _COUNTED.search(x[0]))]
    return (" ".join(line for line, _ in found), [src for _, src in found]) if found else None


# A schedule part that says how much: a number, a time, a weekday, "hver uge", "dagligt".
_COUNTED = re.compile(r"\d|½|\b(?:én|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|halv\w*|hver|"
                      r"daglig\w*|ugentlig\w*|\w+dag(?:en|e)?)\b", re.IGNORECASE)


def _mostly_said(text: str, said: str) -> bool:
    """Whether ``said`` already holds most of ``text``'s words (a target group that only
    repeats the description is not said twice)."""
    if set(re.findall(r"\d+", text)) - set(re.findall(r"\d+", said)):
        return False  # an age or a number of its own is worth its line
    words = {stem(w) for w in content_words(text)}
    return not words or len(words & {stem(w) for w in content_words(said)}) >= 0.6 * len(words)


def _unsaid(offer: Offer, key: str, shown: str) -> Optional[Tuple[str, str]]:
    """The field's sentences that ``shown`` does not say yet, after its label, and the
    field's source; None when it has none."""
    f = _fact(offer, key)
    new = [s for s in sentences(_text(f)) if s not in shown] if f is not None else []
    return (PREFIX[key] + " ".join(new), f.source) if f is not None and new else None


def _next_part(m: Municipality, offer: Offer) -> Answer:
    """What the catalogue says comes after ``offer``, and how much the next offer it names
    is (how often, how long each time, how long in all)."""
    f = offer.fact("next_step")
    assert f is not None
    part = Answer(lines=[f"{short_name(offer)}: {_text(f)}"], sources=[f.source])
    sole = index_for(m).sole_offer(_text(f), besides=offer.id)  # one offer, not a choice
    following = m.offer(sole) if sole is not None else None
    schedule = schedule_line(following, _text(f)) if following is not None else None
    if following is not None and schedule is not None:  # its name, then the schedule
        part.lines.append(f"{short_name(following)}: {schedule[0].split(': ', 1)[1]}")
        part.sources.extend(schedule[1])
    return part


def _validity_part(m: Municipality, offer: Offer, q: Question, now: datetime) -> Answer:
    found = expiry_line(offer, now)
    if found is not None:
        return Answer(lines=[found[0]], sources=[found[1].source])
    notes = [t for t in topic_facts(m, Aspect.VALIDITY, None, q, limit=5)
             if offer.id in t.mentions]
    if notes:
        return Answer(lines=[t.text for t in notes[:2]],
                      sources=[t.fact.source for t in notes[:2]])
    what = SILENT_WHAT[Aspect.VALIDITY].format(name=short_name(offer))
    return Answer(lines=[f"Det fremgår ikke af {m.document_title}, {what}."], found=False)


def aspect_part(m: Municipality, offer: Offer, aspect: Aspect, q: Question,
                now: datetime, general: bool = True,
                why: Optional[Tuple[str, Fact]] = None) -> Answer:
    """The lines that answer ``aspect`` for ``offer``; ``found`` is False when silent.

    ``general``: may the municipality's general facts answer when the offer's own text
    does not; ``why``: the sentence that made an unnamed offer match the question.
    """
    if aspect is Aspect.OVERVIEW or (aspect is Aspect.RELATIVES and
                                     offer.category in ("relatives", "children")):
        return _overview_part(offer, why)  # "er der noget for pårørende": this offer is it
    if aspect is Aspect.TARGET_GROUP:
        return _target_part(m, offer, q, now)
    if aspect is Aspect.VALIDITY:
        return _validity_part(m, offer, q, now)
    if aspect is Aspect.PHONE:
        return phone_part(m, offer)
    if aspect is Aspect.HOURS:
        return hours_part(m, offer)
    if aspect is Aspect.NEXT_STEP and _fact(offer, "next_step") is not None:
        return _next_part(m, offer)
    if aspect is Aspect.GROUP_OR_INDIVIDUAL:
        both = group_or_alone(offer)
        if both is not None:
            return both
    for key in FIELDS.get(aspect, ()):
        f = _fact(offer, key)
        if f is not None and key not in ("place",):
            return Answer(lines=[f"{short_name(offer)}: {_text(f)}"], sources=[f.source])
    if aspect in (Aspect.PLACE, Aspect.ADDRESS):
        return place_part(m, offer)
    return _evidence_or_topic(m, offer, aspect, q, general, now)


def _context_line(offer: Offer, aspect: Aspect, answer: Answer) -> Optional[Tuple[str, List[str]]]:
    shown = " ".join(answer.lines)
    if aspect in SCHEDULE_ASPECTS:  # the rest of the schedule, together
        return schedule_line(offer, shown)
    for key in CONTEXT_FIELDS.get(aspect, ()):
        found = _unsaid(offer, key, shown)
        if found is not None:
            return found[0], [found[1]]
    return None


def _why(m: Municipality, c: Candidate, q: Question) -> Optional[Tuple[str, Fact]]:
    if c.named or c.from_context or c.weak:
        return None
    return best_sentence(m, c.offer, query_terms(q, m))


def compose_offer(m: Municipality, c: Candidate, q: Question, aspects: Sequence[Aspect],
                  now: datetime) -> Answer:
    """One offer: each aspect asked (up to three), context, validity, age and sources."""
    offer = c.offer
    why = _why(m, c, q)
    parts = [aspect_part(m, offer, a, q, now, general=i == 0, why=why)
             for i, a in enumerate(aspects[:3])]
    first = parts[0]
    answer = Answer(lines=list(first.lines), sources=list(first.sources), found=first.found)
    for aspect, part in zip(aspects[1:3], parts[1:], strict=True):
        label = PREFIX.get(FIELDS.get(aspect, ("",))[0], "")
        if not part.found and label and first.found and aspect in q.aspects:
            # both asked in words: say this one is silent (not for aspects only implied,
            # like consent for a professional who did not ask about it)
            answer.lines.append(label + SILENT_LINE)
        if part.found:
            label = PREFIX.get(FIELDS.get(aspect, ("",))[0], "")
            head = f"{short_name(offer)}: "
            answer.lines.extend(label + line[len(head):] if label and line.startswith(head)
                                else line for line in part.lines)
            answer.sources.extend(part.sources)
    ended = expiry_line(offer, now)
    if ended is not None and Aspect.VALIDITY not in aspects[:3]:
        answer.lines.insert(1, ended[0])
        answer.sources.append(ended[1].source)
    for age in q.ages[:1]:  # an age the offer does not take: its age rule comes first
        note = _age_note(m, offer, age, q, confirm=c.from_context and q.follow_up) \
            if Aspect.TARGET_GROUP not in aspects[:3] else []
        at = 1 if note and fits_age(offer, age) else 0  # a "yes, it fits" follows the detail asked
        answer.lines[at:at] = note
        answer.sources[at:at] = [age_source(offer)] if note else []
    if len(aspects) == 1 and first.found and aspects[0] is not Aspect.OVERVIEW:
        extra = _context_line(offer, aspects[0], answer)
        if extra is not None:
            answer.lines.append(extra[0])
            answer.sources.extend(extra[1])
    if q.asker in RELATIVE_ASKERS and offer.category in ("relatives", "children"):
        for age in q.ages[:1]:
            for_them = fitting_offers(m, age, q.substance)[:2]
            if for_them:
                answer.lines.append(f"Til en på {age} år nævner kataloget: " + "; ".join(
                    f"{o.name} ({age_range(o)})" for o in for_them) + ".")
                answer.sources.append(age_source(for_them[0]))
    fact = situation_fact(m, q, [offer]) if not c.named else None
    if fact is not None and fact.text not in answer.lines:
        answer.lines.append(fact.text)
        answer.sources.append(fact.fact.source)
    if not answer.found:
        answer.lines.append(contact_hint(m))
    return answer


def compose_offers(m: Municipality, chosen: Sequence[Candidate], q: Question,
                   aspects: Sequence[Aspect], now: datetime) -> Answer:
    """Several close offers: the first aspect for each, one line each."""
    if len(chosen) == 1:
        return compose_offer(m, chosen[0], q, aspects, now)
    answer = Answer(lines=[], sources=[], found=False)
    said: Dict[str, int] = {}  # the same text for two offers is said once, for both
    listed: List[Tuple[str, ...]] = []  # lines under a heading ("... har åbent:"), once
    for c in chosen:
        why = _why(m, c, q)
        name = short_name(c.offer)
        if aspects[0] is Aspect.OVERVIEW and why is not None:
            part = Answer(lines=[f"{name}: {why[0]}"], sources=[why[1].source])
        else:
            part = aspect_part(m, c.offer, aspects[0], q, now)
        if not part.found:
            answer.lines.append(f"{name}: {SILENT_LINE}")
            continue
        text = part.lines[0][len(name) + 2:] if part.lines[0].startswith(name + ": ") else None
        rest = tuple(part.lines[1:]) if part.lines[0].endswith(":") else ()
        if text is not None and text in said:
            i = said[text]
            answer.lines[i] = answer.lines[i].replace(": " + text, f" og {name}: {text}", 1)
            continue
        if text is not None:
            said[text] = len(answer.lines)
        answer.lines.append(part.lines[0])
        if rest and rest not in listed:  # the schedule a heading line announces
            listed.append(rest)
            answer.lines.extend(rest)
        answer.sources.extend(part.sources[:1])
        answer.found = True
    fact = situation_fact(m, q, [c.offer for c in chosen])
    if fact is not None and answer.found:
        answer.lines.append(fact.text)
        answer.sources.append(fact.fact.source)
    if not answer.found:
        answer.lines.append(contact_hint(m))
    return answer

"""Where, when and which number for one offer, falling back to the centre's own data.

- :func:`place_part`: the offer's ``place``, else a sentence in its other fields saying
  where, else the catalogue is silent about the offer and the centre's addresses that
  serve this kind of offer are listed.
- :func:`phone_part`: a number the catalogue gives for the offer itself (extra contacts
  whose label names it, or a number in its access text), else the centre's number.
- :func:`hours_part`: times in the offer's own fields, else the centre's hours.
"""

from __future__ import annotations

import re
from typing import Dict, List, Set

from core import hours
from core.answering.answer import Answer
from core.answering.aspects import Aspect
from core.answering.cues import answers_aspect
from core.answering.facts import offer_evidence, short_name
from core.answering.reach import reach_sentence
from core.answering.text import GENERIC_ALIASES, STOPWORDS, stem, words
from core.knowledge.base import Address, Municipality, Offer

_TAGS = {"youth": "youth", "relatives": "relatives", "children": "relatives"}


def _name_stems(m: Municipality, offer: Offer) -> Set[str]:
    """Stems of the offer's name and aliases that can tell a contact label is about it."""
    town = set(words(m.name))
    return {stem(w) for text in (offer.name, *offer.aliases) for w in words(text, joined=False)
            if w not in STOPWORDS and w not in GENERIC_ALIASES and w not in town
            and not w.isdigit() and len(w) >= 4}


def _serves(offer: Offer, address: Address) -> bool:
    if "all" in address.serves:
        return True
    tags = set(offer.substances)
    tags.add(_TAGS.get(offer.category, "adults"))
    return bool(tags & set(address.serves))


# A place that is the centre itself ("Ambulant på misbrugscentret i Sønderborg"): the
# person asking where to go needs the street too.
_AT_THE_CENTRE = re.compile(r"\b(?:på|hos|i) (?:\w+ )?(?:misbrugscent|rusmiddelcent|centret\b)",
                            re.IGNORECASE)


def place_part(m: Municipality, offer: Offer) -> Answer:
    place = offer.fact("place")
    if place is not None and place.text:
        answer = Answer(lines=[f"{short_name(offer)}: {place.text}"], sources=[place.source])
        if _AT_THE_CENTRE.search(place.text) and not re.search(r"\d", place.text):
            chosen = [a for a in m.centre.addresses if _serves(offer, a)]
            if len(chosen) == 1:
                answer.lines.append(f"{m.centre.name.value} ligger på {chosen[0].one_line()}.")
                answer.sources.append(chosen[0].source)
        return answer
    evidence = offer_evidence(offer, Aspect.PLACE)[:1]
    if evidence:
        return Answer(lines=[f"{short_name(offer)}: {evidence[0][0]}"], sources=[evidence[0][1].source])
    lines = [f"Det fremgår ikke af {m.document_title}, hvor {short_name(offer)} foregår."]
    chosen = [a for a in m.centre.addresses if _serves(offer, a)] or list(m.centre.addresses)
    if not chosen:
        return Answer(lines=lines, found=False)
    centre = m.centre.name.value
    if len(chosen) == 1:
        lines.append(f"{centre} ligger på {chosen[0].one_line()} ({chosen[0].label}).")
    else:
        lines.append(f"{centre} har disse adresser:")
        lines += [f"- {a.one_line()}: {a.label}" for a in chosen]
    return Answer(lines=lines, sources=[a.source for a in chosen], found=False)


def phone_part(m: Municipality, offer: Offer) -> Answer:
    own = _name_stems(m, offer)
    contacts = [e for e in m.centre.extra_contacts
                if re.search(r"\d{2} ?\d{2}", e.value)
                and own & {stem(w) for w in words(e.label, joined=False)}]
    if contacts:
        by_label: Dict[str, List[str]] = {}
        for e in contacts:
            by_label.setdefault(e.label, []).append(e.value)
        lines = [f"Du kan ringe direkte: {label}: {', '.join(values)}."
                 for label, values in by_label.items()]
        access = offer.fact("access")
        if access is not None and access.text and not any(v in access.text for v in
                                                          (e.value for e in contacts)):
            lines.append(f"Sådan kommer du i gang: {access.text}")
            return Answer(lines=lines, sources=[*(e.source for e in contacts), access.source])
        return Answer(lines=lines, sources=[e.source for e in contacts])
    for sentence, fact in offer_evidence(offer, Aspect.PHONE):
        return Answer(lines=[f"{short_name(offer)}: {sentence}"], sources=[fact.source])
    phone = m.centre.phone
    if phone is None:
        return Answer(lines=[f"Det fremgår ikke af {m.document_title}, hvilket nummer "
                             f"{short_name(offer)} har."], found=False)
    return Answer(lines=[f"Kataloget giver ikke et eget nummer til {short_name(offer)}. "
                         + reach_sentence(m)], sources=[phone.source])


def hours_part(m: Municipality, offer: Offer) -> Answer:
    for key in ("frequency", "session_length", "access", "content"):
        f = offer.fact(key)
        if f is not None and f.text and answers_aspect(f.text, Aspect.HOURS):
            return Answer(lines=[f"{short_name(offer)}: {f.text}"], sources=[f.source])
    c = m.centre
    schedule = c.opening_hours or c.phone_hours
    if schedule is None:
        return Answer(lines=[f"Det fremgår ikke af {m.document_title}, hvornår {short_name(offer)} "
                             f"har åbent."], found=False)
    what = "har åbent" if c.opening_hours is not None else "har telefontid"
    lines: List[str] = [f"{short_name(offer)}: kataloget giver ikke egne tider. "
                        f"{c.name.value} {what}:", *hours.format_schedule(schedule)]
    if schedule.note:
        lines.append(schedule.note)
    return Answer(lines=lines, sources=[schedule.source])

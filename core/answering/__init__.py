"""Answer the detail a person asks about an offer: understand -> resolve -> compose.

Call it with the loaded knowledge, the municipality, the message, the previous turn's
context (or None) and the current time (the only clock used)::

    from core.answering import answer
    reply = answer(knowledge, "vejle", "hvor lang tid varer hver samtale i craft?",
                   intent=nlu_intent, context=previous_context,
                   now=datetime.now(COPENHAGEN))
    if reply is not None and reply.confident:
        say(reply.text)                     # rendered, ends with "Kilde: ..."
        previous_context = reply.context    # or {"offer_id": ..., "topic": ...}
    else:
        ...                                 # the NLU-intent answer as before

``None``: not a question this package can tell the subject of (greetings, booking, the
centre's own phone number, address or opening hours with no offer in question, complaints,
free choice, medication, ...). ``reply.confident`` is False when a detail of "an offer" is
asked but none is named or in the context ("hvor tit er det?"): ``reply.text`` then asks
which offer. ``reply.answer.found`` is False when the catalogue is silent (the text says
so and how to reach the centre). ``reply.offer_id`` is set when one offer was answered
(``offer_ids`` lists all), ``reply.topic`` is the aspect asked; both go into the next
turn's context. ``intent`` is only a hint used when the words ask nothing.

A thing asked that lives in no typed field (a gift card, urine tests, a psychologist, a
complaint deadline) is looked up in all free-text facts (:mod:`core.answering.lookup`): the
fact holding it leads an offer's summary, and answers a question nothing else answers.
"Hvor skal jeg hen?" from a described person (age, substance, relative) gets the offer that
fits them and the centre address that serves their group.

Nothing in this package imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Mapping, Optional, Sequence, Tuple

from core.answering.address import ADULT_ASKERS, for_the_asker
from core.answering.answer import Answer, contact_hint, gives_contact
from core.answering.aspects import CENTRE_LEVEL, OFFER_ONLY, Aspect, detect_aspects, strip_aspect_words
from core.answering.centre_answers import answer_address
from core.answering.choice import (
    THE_ANONYMOUS,
    WHAT_CAN_BE_DONE,
    anonymous_treatment,
    asks_for_the_family,
    asks_help_as_role,
    aspects_for,
    family_offer,
    offers_for_the_asker,
    sole_offer_for_age,
    the_anonymous_treatment,
)
from core.answering.compose import compose_offers
from core.answering.cues import cut_down, offers_speak_of, other_topic
from core.answering.facts import fits_age, fitting_offers, regardless_fact
from core.answering.general import (
    AGE_OFFERS,
    compose_age,
    compose_foreign,
    compose_places,
    compose_topic,
    compose_where,
    compose_which,
    names_centre_street,
    says_young,
)
from core.answering.groups import asks_for_groups, compose_groups
from core.answering.index import index_for
from core.answering.intent_question import Question as IntentQuestion
from core.answering.lookup import asks_decider, asks_thing, fact_answer, with_fact
from core.answering.resolve import (
    CLOSE,
    RELATIVE_ASKERS,
    THE_CENTRE,
    Candidate,
    choose,
    foreign_offer,
    resolve,
)
from core.answering.second import add_second, centre_and_more
from core.answering.uncovered import uncovered_answer
from core.answering.understand import Asker, Context, Question, understand, without_asker
from core.knowledge.base import Municipality, Offer
from core.language.english import gloss

MAX_CONTEXT_OFFERS = 3
# Another group in a follow-up: "hvad med for unge?", "og til pårørende?" (matched against Question.folded)
_GROUP_SWITCH = re.compile(r"^\W*(og |men )?(hvad |hva )?(med |så )?(for|til) (de )?(unge|pårorende|parorende|"
                           r"foraldre|forældre|born|børn|voksne|familien)\b")
FULL_COVERAGE = 0.99
# A professional asking how to pass someone on ("hvordan henviser jeg en borger?")
_PASSES_ON = re.compile(r"\b(en|min|vores|den) (borger|elev|ung|unge|beboer|patient|klient|dreng|pige)\b")


@dataclass
class Reply:
    """An answer and what the next turn needs to know."""

    answer: Answer
    text: str
    offer_id: Optional[str]
    topic: Optional[str]
    confident: bool
    question: Question
    candidates: Tuple[Candidate, ...] = ()
    offer_ids: Tuple[str, ...] = field(default=())

    @property
    def context_offer(self) -> Optional[str]:
        """The offer for the next turn's context: the one answered, or a short list the answer
        named ("a,b": "hvor mange gange kan man komme?" next asks it of each)."""
        if self.offer_id is None and 1 < len(self.offer_ids) <= MAX_CONTEXT_OFFERS:
            return ",".join(self.offer_ids)
        return self.offer_id

    @property
    def context(self) -> Context:
        return Context(offer_id=self.context_offer, topic=self.topic)


def answer(knowledge: Mapping[str, Municipality], slug: str, text: str, *,
           intent: Optional[str] = None, context: object = None,
           now: datetime) -> Optional[Reply]:
    """Answer ``text`` for municipality ``slug``; see the module docstring."""
    m = knowledge[slug]
    ctx = Context.of(context)
    text = gloss(text)  # an English question, in the Danish words the catalogues use
    q = understand(text, ctx, intent)
    told = without_asker(q.folded)  # "jeg er socialrådgiver" names no fact to look up
    candidates = resolve(q, m, ctx)
    silent = uncovered_answer(m, text)
    if silent is not None and not (q.aspects and any(c.named for c in candidates)):
        # "har I tolk?" and the catalogue never speaks of it (a detail asked about an offer
        # named is answered, whatever else the message mentions)
        return Reply(answer=silent, text=silent.render(m, now), offer_id=None,
                     topic=Aspect.OVERVIEW.value, confident=True, question=q, candidates=())
    name_only = list(q.aspects) == [Aspect.OVERVIEW] and q.explicit and \
        q.folded.startswith(("hvad er", "hva er", "what is"))
    # a general word of one offer's name far ahead ("noget omsorg") names it in a question
    # that asks nothing more specific and follows no other answer
    far_ahead = not q.aspects and not ctx.offer_ids
    chosen = offers_for_the_asker(q, m, candidates, choose(candidates, q.ages, name_only, far_ahead))
    aspects = aspects_for(q, chosen)
    if q.children_of_user and chosen and chosen[0].offer.category == "children" and \
            aspects[:1] == [Aspect.RELATIVES]:
        aspects = [Aspect.OVERVIEW]  # "har I noget til børnene?": the children's own offer
    if chosen and asks_help_as_role(q):
        aspects = [Aspect.OVERVIEW]  # "kan I hjælpe mig som arbejdsgiver?": what they do for them
    if chosen and aspects in ([], [Aspect.OVERVIEW]) and WHAT_CAN_BE_DONE.search(q.folded):
        aspects = [Aspect.OVERVIEW, Aspect.CONTENT]  # "hvad kan I gøre for hende?": what happens there

    def reply(ans: Answer, confident: bool, offers: Sequence[Offer] = (),
              topic: Optional[Aspect] = None) -> Reply:
        ids = tuple(o.id for o in offers)
        if confident:  # "..., og skal jeg bare møde op?": the next detail asked, in a line or two
            first = [topic] if topic else aspects[:3] if len(offers) == 1 else aspects[:1]
            add_second(m, q, ans, offers, first, now)
        ans.lines = for_the_asker(ans.lines, q.asker in ADULT_ASKERS)  # "den unge", not "du", to a parent
        if (q.asker is Asker.PROFESSIONAL or Aspect.PHONE in q.aspects) and \
                not gives_contact("\n".join(ans.lines), m):
            ans.lines.append(contact_hint(m))  # "... og hvad er nummeret?"; a professional's next step
        return Reply(answer=ans, text=ans.render(m, now), offer_id=ids[0] if len(ids) == 1 else None,
                     topic=(topic or (aspects[0] if aspects else None) or Aspect.OVERVIEW).value,
                     confident=confident, question=q, candidates=tuple(candidates[:5]),
                     offer_ids=ids)

    named = any(c.named or c.from_context for c in chosen)
    if THE_ANONYMOUS.search(q.folded) and not any(c.named and "anonym" not in c.phrase for c in chosen):
        the_one = the_anonymous_treatment(m, q)  # "hvor tit er den anonyme stofbehandling?": it is named
        if the_one is not None:
            chosen, named = [Candidate(offer=the_one, score=0.0, why=("navn: anonym",), named=True)], True
            aspects = [a for a in aspects if a is not Aspect.ANONYMITY] or [Aspect.OVERVIEW]
            if aspects in ([Aspect.OVERVIEW], [Aspect.TARGET_GROUP]):  # "kan jeg få anonym behandling?"
                aspects = [Aspect.ANONYMITY, Aspect.PLACE, Aspect.TARGET_GROUP]
    anonymous = anonymous_treatment(m, q) if Aspect.ANONYMITY in aspects[:2] else None
    if anonymous is not None and (not named or [c.offer.id for c in chosen] == [anonymous.id]):
        # "kan jeg få anonym behandling for coke?": that offer, where it is and for whom
        if not named:
            chosen = [Candidate(offer=anonymous, score=0.0, why=("anonym behandling",), strong=True)]
        aspects = [Aspect.ANONYMITY, Aspect.PLACE, Aspect.TARGET_GROUP]
    general_residential = all(c.offer.category == "residential" for c in chosen)
    places = compose_places(m, text) if not named or general_residential else None
    if places is not None:
        return reply(places, True)
    if not any(c.named for c in chosen) and asks_for_groups(text):
        groups = compose_groups(m, q)  # "har I grupper, man kan gå i?": the group offers for them
        if groups is not None:
            return reply(groups, True, topic=Aspect.GROUP_OR_INDIVIDUAL)
    if (not q.explicit or asks_decider(told)) and not named and (not q.ages or not cut_down(text)) \
            and asks_thing(told):
        # "hvilke faggrupper arbejder der?": the thing asked decides, not a guessed intent
        found = fact_answer(m, told, thing=True)
        if found is not None:
            return reply(found, True, topic=Aspect.OVERVIEW)
    thread = [c.offer for c in chosen if c.from_context]
    if not any(c.named for c in chosen) and (other_topic(text) and not offers_speak_of(text, thread) or
                                             not q.aspects and not q.ages and cut_down(text)):
        # an offer of the last turn yields (unless its own facts speak of the topic asked):
        # complaints, free choice, medication, "bare drikke mindre" (nothing else asked): the
        found = fact_answer(m, told, thing=True)  # intent answers, unless a fact holds more
        return reply(found, True, topic=Aspect.OVERVIEW) if found is not None else None
    family = family_offer(candidates, within=5, relatives_too=False) if asks_for_the_family(q) and not named \
        else None
    if family is None and not named and aspects[:1] == [Aspect.RELATIVES] and q.asker is Asker.PARTNER and \
            "familieorienteret" in q.expansions:
        # "kan jeg komme med til hans samtaler? vi har to små børn": the treatment the family joins
        family = family_offer(candidates, within=5, relatives_too=True)
    if family is not None:  # "har I noget, hvor hele familien kan være med?": the family offer
        chosen, aspects = [family], [a for a in aspects if a is not Aspect.RELATIVES] or [Aspect.OVERVIEW]
    if chosen and not named and (aspects[0] is Aspect.RELATIVES or (
            len(chosen) > 1 and aspects[0] not in OFFER_ONLY | CENTRE_LEVEL | {Aspect.OVERVIEW})):
        chosen = []  # "er der noget for pårørende?": the general answer, not some offers
    if chosen and not named and q.ages and aspects[0] is Aspect.TARGET_GROUP and not q.expansions and (
            q.asker not in RELATIVE_ASKERS or q.for_them) and not q.children_of_user:
        chosen = []  # "er der noget for mig, eller er jeg for ung?" with an age: the offers for that age
    if chosen and not named and aspects[0] is Aspect.HOW_TO_START and q.asker is Asker.PROFESSIONAL and \
            _PASSES_ON.search(q.folded):
        chosen = []  # "hvordan får jeg en borger ind hos jer?": the way in, not an offer sharing a word
    if chosen and not named and aspects[0] in (Aspect.PHONE, Aspect.HOURS) and q.expansions and \
            not any(c.phrase for c in chosen):
        chosen = []  # "kan jeg ringe efter arbejde en torsdag?": the centre's phone, not an evening offer
    if chosen and not named and aspects[0] in (Aspect.WAITING_TIME, Aspect.PRICE):
        chosen = []  # "hvor lang ventetid er der, hvis jeg vil starte nu?": the general rule
    if chosen and not named and aspects and aspects[0] is Aspect.NEXT_STEP:
        if "efterbehandling" in q.expansions and chosen[0].offer.category == "aftercare":
            chosen, aspects = chosen[:1], [Aspect.OVERVIEW]  # after a finished treatment: the aftercare
        else:
            chosen = []  # "ringer I bagefter, når man er færdig?": the catalogue's follow-up facts
    if chosen and not named and q.ages and aspects[0] is Aspect.CONSENT:
        chosen = []  # "en elev på 13 vil ikke have forældrene inddraget": the rule for that age
    if (chosen and not named and not q.aspects and q.ages and q.for_them and not q.expansions
            and not q.children_of_user and fitting_offers(m, q.ages[0], q.substance)):
        chosen = []  # "min dreng er 13, har I noget for så unge?": every offer for his age
    if chosen and q.ages and aspects and aspects[0] in (Aspect.PLACE, Aspect.ADDRESS) and \
            all(fits_age(c.offer, q.ages[0]) is False for c in chosen):
        where = compose_where(m, q, False)  # "er 28, hører vel ikke til ungeafdelingen mere? hvor skal jeg hen"
        if where is not None:
            return reply(where, True)
    if aspects and aspects[0] in (Aspect.PLACE, Aspect.ADDRESS) and names_centre_street(m, q) and (
            q.ages or says_young(q) or q.substance) and q.asker not in RELATIVE_ASKERS:
        where = compose_where(m, q, False)  # "er det på Horsensvej?": the place for this person
        if where is not None:
            return reply(where, True)
    if aspects and aspects[0] is Aspect.ADDRESS and not named and THE_CENTRE.search(q.folded) and \
            not m.centre.addresses:
        # "hvad er adressen på misbrugscentret, så jeg kan køre ham?" where the catalogue gives
        # none: say so, not the place of an offer sharing a word
        return reply(answer_address(m, IntentQuestion(intent="ask_address", text=q.text)), True)
    if chosen:
        offers = [c.offer for c in chosen]
        composed = compose_offers(m, chosen, q, aspects, now)
        if named and (aspects[0] is Aspect.OVERVIEW or not composed.found or not q.explicit or
                      " ikke et eget " in composed.lines[0] or asks_thing(text, offers)):
            with_fact(m, told, composed, offers, ages=q.ages)  # the fact with the word asked leads
        regardless = regardless_fact(m, offers[0], text) if q.asker in RELATIVE_ASKERS else None
        if regardless is not None and regardless.text not in composed.lines:
            composed.lines.insert(1, regardless.text or "")  # "... også selv om han ikke er i behandling"
            composed.sources.append(regardless.source)
        return reply(composed, True, offers)
    if not any(c.named for c in candidates):
        foreign = foreign_offer(knowledge, m, text)
        if foreign is not None:
            return reply(compose_foreign(m, *foreign), True)
    if not aspects or aspects[0] is Aspect.OVERVIEW:
        found = fact_answer(m, told)
        return reply(found, True, topic=Aspect.OVERVIEW) if found is not None else None
    first = aspects[0]
    if q.ages and first is Aspect.TARGET_GROUP and (q.asker not in RELATIVE_ASKERS or q.for_them) and \
            not q.children_of_user:
        return reply(compose_age(m, q, q.ages[0]), True,
                     fitting_offers(m, q.ages[0], q.substance)[:AGE_OFFERS])
    if first in (Aspect.PLACE, Aspect.ADDRESS) and (
            q.ages or q.substance or q.asker in RELATIVE_ASKERS):
        where = compose_where(m, q, q.asker in RELATIVE_ASKERS and not q.for_them)
        return reply(where, True) if where is not None else None
    if first in CENTRE_LEVEL:  # the centre's own detail: the intent answers it, unless more is asked
        both = centre_and_more(m, q, now)
        return reply(both, True, topic=first) if both is not None else None
    sole = sole_offer_for_age(m, q) if first in OFFER_ONLY else None
    if sole is not None:  # "jeg er 17 og skal starte pga hash, hvor mange samtaler er det?"
        only = Candidate(offer=sole, score=0.0, why=("alder",), strong=True)
        return reply(compose_offers(m, [only], q, aspects, now), True, [sole])
    if first in OFFER_ONLY and q.follow_up and q.ages:
        # "og hvis det var hendes lillebror på 14?": the same detail of the offers for that age
        fit = fitting_offers(m, q.ages[0], q.substance)
        if 0 < len(fit) <= MAX_CONTEXT_OFFERS:
            listed = [Candidate(offer=o, score=0.0, why=("alder",), strong=True) for o in fit]
            return reply(compose_offers(m, listed, q, aspects, now), True, fit)
        return reply(compose_age(m, q, q.ages[0]), True, fit[:AGE_OFFERS])
    if first in OFFER_ONLY:
        found = fact_answer(m, told)
        return reply(found, True) if found is not None else reply(compose_which(m, first), False)
    if q.follow_up and _GROUP_SWITCH.search(q.folded):
        # "hvad med for unge?" after how to start: that detail of the offers for that group
        group = [c for c in candidates if c.coverage >= FULL_COVERAGE and
                 c.score >= CLOSE * candidates[0].score][:MAX_CONTEXT_OFFERS]
        if group:
            return reply(compose_offers(m, group, q, aspects, now), True, [c.offer for c in group])
    answer_ = compose_topic(m, q, first, now)
    if not answer_.settled:  # a fact with the word asked leads; after "the catalogue does not say"
        # (not a word of the detail asked: "uden min far opdager det" asks about secrecy)
        secrecy = (Aspect.ANONYMITY, Aspect.CONSENT)
        with_fact(m, without_asker(strip_aspect_words(text, secrecy)), answer_, lead=answer_.found, ages=q.ages)
    for extra in aspects[1:2]:
        if extra not in OFFER_ONLY and extra not in CENTRE_LEVEL and extra is not Aspect.OVERVIEW:
            more = compose_topic(m, q, extra, now)
            if more.found:
                answer_.lines.extend(more.lines[:1])
                answer_.sources.extend(more.sources[:1])
    # "og hvis den unge er 16?" after a consent answer: the rule for that age answers it
    return reply(answer_, q.explicit or q.asker is Asker.PROFESSIONAL or (q.follow_up and bool(q.ages)))


def lead_offer(m: Municipality, text: str, first_line: bool = False) -> Optional[str]:
    """The one offer an answer is about, so that "hvor tit mødes de?" next refers to it:
    the only offer the answer names ("Pårørendeforløb: ... hver anden uge ..."), or with
    ``first_line`` the only one its first line names ("Er du pårørende, kan du komme i et
    pårørendeforløb: ..." before a list of the other offers). None when there are several
    (a list of offers leaves "det" open) or none. The source line does not count."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("Kilde:")]
    return index_for(m).sole_offer("\n".join(lines[:1] if first_line else lines))


__all__ = ["answer", "lead_offer", "Reply", "Context", "Question", "Aspect", "Asker", "Answer",
           "detect_aspects", "understand", "resolve"]

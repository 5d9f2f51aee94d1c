"""Cue words in catalogue text and in questions that no aspect covers.

- :func:`answers_aspect`: does a catalogue sentence say something about an aspect.
- :func:`other_topic`: complaints, free choice, medication, ... (the intent answers).
- :func:`about_confidentiality`: who gets to know, rather than anonymity itself.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Pattern, Sequence

from core.answering.aspects import Aspect, detect_aspects
from core.answering.index import own_facts
from core.answering.text import normalise, skeleton_pattern
from core.knowledge.base import Fact, Offer
from core.language.text import find_weekdays

# Words in catalogue text that answer an aspect: used to find the answer in an offer's other
# fields or in the municipality's general facts when the offer's own field is empty.
_ANSWER_WORDS: Dict[Aspect, str] = {
    Aspect.FREQUENCY: r"\b(om ugen|om måneden|hver (uge|dag|anden uge|måned)|gang(e)? (om|hver)|"
                      r"dagligt|daglig|hverdage|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|"
                      r"søndag|kl\.|intensitet)",
    Aspect.DURATION: r"\b(\d+([-–]\d+)?|en|to|tre|fire|fem|seks|otte|ti|tolv) (uger|måneder|"
                     r"samtaler|gange|moduler|møder|dage)\b|\bvarer\b|\bvarighed|\bforløbet har|"
                     r"\bslutdato|\bmidlertidig",
    Aspect.SESSION_LENGTH: r"\b\d+([,.½]\d*)? ?(minutter|timer|time)\b|\b(en|én|to|tre) time",
    Aspect.PLACE: r"\b(foregår (i|på|hos)|ligger|online|i telefonen|hjemme|på skoler|"
                  r"uddannelsessted|adresse|\d{4} [A-ZÆØÅa-zæøå]+)",
    Aspect.PRICE: r"\b(gratis|betal\w*|koster|kr\.|egenbetaling|abonnement|pris)",
    Aspect.ANONYMITY: r"\banonym",
    Aspect.CONSENT: r"\b(samtykke|forældre\w*|lov fra|give lov|sige ja|acceptere)",
    Aspect.WAITING_TIME: r"\b(14 dage|ventetid|venteliste|behandlingsgaranti\w*|frist|akut|"
                         r"med det samme|hurtigt)",
    Aspect.HOW_TO_START: r"\b(kontakt\w*|ring\w*|henvend\w*|møde op|visit\w*|henvisning|book\w*|"
                         r"bevilg\w*|skal søge|uanmeldt)",
    Aspect.GROUP_OR_INDIVIDUAL: r"\b(gruppe\w*|grupper|alene|individuel\w*|enesamtale\w*|"
                                r"parsamtale\w*|familiesamtale\w*)",
    Aspect.RELATIVES: r"\b(pårørende|familie\w*|partner|børn|forældre|netværk)",
    Aspect.TARGET_GROUP: r"\b(\d+ år|unge|voksne|børn|borgere|dig, der)",
    Aspect.CONTENT: r"\b(metode\w*|samtaler om|arbejder med|undervisning|fokus på)",
    Aspect.HOURS: r"\bkl\.|\b\d{1,2}[.:]\d{2}\b|åbent",
    Aspect.PHONE: r"\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b",
}
_ANSWER_RE: Dict[Aspect, Pattern[str]] = {
    a: re.compile(skeleton_pattern(p)) for a, p in _ANSWER_WORDS.items()}


def answers_aspect(text: str, aspect: Aspect) -> bool:
    """Does catalogue ``text`` say something about ``aspect``?"""
    pattern = _ANSWER_RE.get(aspect)
    return bool(pattern and pattern.search(normalise(text)))


# A goal short of stopping: "kan man bare drikke mindre?", "ved ikke om jeg vil stoppe helt
# eller skære ned" (the catalogues call it "skære ned" or "kontrolleret").
CUT_DOWN = (r"\bskære ned\b|\bskærer ned\b|\b(drikke|ryge|tage|bruge) (lidt )?mindre\b|"
            r"\bmindre forbrug|\bkontrolleret|\breducere|\bikke (stoppe|holde op) helt|"
            r"\b(stoppe|holde op) helt\b.{0,40}\beller\b|\bcut (down|back)\b|"
            r"\b(drink|use|smoke) less\b")
# Questions about what no aspect covers, by the intent whose answer knows them better.
_OTHER_TOPICS: Dict[str, Pattern[str]] = {intent: re.compile(skeleton_pattern(p)) for intent, p in (
    ("ask_complaint", r"\bklage|\bklager\b|\bcomplain|\bafslag\b|\buenig i (jeres |en |din |hans |hendes )?"
                      r"afgørelse|\bappeal"),
    ("ask_free_choice", r"\bfrit valg|\bvælge (et andet |mit eget |selv )?(behandlingssted|sted)|"
                        r"\bselv vælge|\bandet behandlingssted|"
                        # "kan en borger vælge at blive behandlet et andet sted?"
                        r"\bvælge\b.{0,40}\bandet (sted|behandlingssted)\b|\bet andet sted end (hos )?jer\b"),
    ("ask_methods", r"\bmetoder\b"),
    ("ask_medication", r"\bmedicin\b|\bantabus|\bmetadon"),
    ("ask_follow_up", r"\bopfølgning|\bfølge\w* (i |de |man |centret )?op\b|"
                      # "færdig med behandlingen i næste uge, bliver hun så sluppet?"
                      r"\bfærdig med (sin |hans |hendes |min |behandling)\w*.{0,60}\b(derefter|bagefter|så|"
                      r"igen|efter)\b|\bhører (han|hun|jeg|vi|de) (noget )?fra jer (igen|bagefter)"),
    ("ask_waiting_time", r"\bbehandlingsgaranti"),
    # the duty to notify about children: the fact that says so answers (no intent of its own)
    ("", r"\bunderret\w*|\bpligt til at (reagere|sige det|give besked|melde)"),
)}
# Questions about who gets to know (confidentiality) rather than anonymity itself.
_CONFIDENTIAL = re.compile(skeleton_pattern(
    r"\btavshedspligt|\bjournal|\b(se|vide|høre|få at vide)\b|\bvideregive|\bsige det videre|"
    r"\bfortælle det|\bsladre|\boplysninger|\bunderretning"))


def offers_speak_of(text: str, offers: Sequence[Offer]) -> bool:
    """The other topic asked ("kan de give mig medicin der?") is in the facts of ``offers`` (the
    offer of the last answer): they answer it, not the topic's general rules."""
    folded = normalise(text)
    asked = [p for p in _OTHER_TOPICS.values() if p.search(folded)]
    texts = [normalise(f.text or "") for o in offers for f in own_facts(o) if f in _describing(o)]
    return any(p.search(t) for p in asked for t in texts)


def _describing(o: Offer) -> List[Fact]:
    """The facts that say what an offer holds (not, say, when its anonymity ends)."""
    fields = (o.summary, *(o.facts.get(k) for k in ("content", "access", "next_step")))
    return [f for f in fields if f is not None]


def other_topic(text: str) -> bool:
    """A question about complaints, free choice, medication, methods, follow-up or the
    duty to notify about children."""
    folded = normalise(text)
    return any(p.search(folded) for p in _OTHER_TOPICS.values())


_CUT_DOWN = re.compile(skeleton_pattern(CUT_DOWN))


def cut_down(text: str) -> bool:
    """Does ``text`` speak of a goal short of stopping ("bare drikke mindre")?"""
    return bool(_CUT_DOWN.search(normalise(text)))


def topic_intent(text: str) -> Optional[str]:
    """The intent whose answer covers such a question ("ask_follow_up"), or None."""
    folded = normalise(text)
    return next((intent for intent, p in _OTHER_TOPICS.items() if intent and p.search(folded)), None)


def about_confidentiality(text: str) -> bool:
    """"Kan min arbejdsgiver se det?": who gets to know, not whether one can be anonymous."""
    return bool(_CONFIDENTIAL.search(normalise(text)))


# The centre's own details asked in words, by the intent whose answer gives them.
_CENTRE_INTENTS = {Aspect.HOURS: "ask_opening_hours", Aspect.PHONE: "ask_phone",
                   Aspect.ADDRESS: "ask_address", Aspect.PLACE: "ask_address"}


# A question about booking rather than a request for a time: "skal jeg have en tid, eller
# kan jeg bare komme?", "kan man booke online?", "kan jeg skrive i stedet for at ringe?"
_ABOUT_BOOKING = re.compile(skeleton_pattern(
    r"\b(skal|behøver|må|skulle) (jeg|man|vi|han|hun) (at )?(have|ha|bestille|booke|lave|aftale) "
    r"(en |et )?(tid|aftale)|\b(kan|må) (jeg|man|vi|han|hun) (ikke )?(bare|også|selv) (komme|møde op|dukke op|"
    r"kigge forbi|gå ind|ringe|skrive)|\beller skal (jeg|man|vi)\b|\b(online|på nettet|på hjemmesiden|"
    r"over nettet|på mail|per mail|pr\.? mail|e-?mail)\b|\bhvordan (booker|bestiller|får) (jeg|man|vi) "
    r"(en )?tid|\b(skrive|maile) (til jer )?i stedet|\b(uden|før) (en )?(aftale|tid)\b"))


def asks_about_booking(text: str) -> bool:
    """How booking works (or whether it is needed) is asked: answer, then offer a time."""
    return bool(_ABOUT_BOOKING.search(normalise(text)))


# Intents whose answer is a schedule: "og fredag?" next asks the same for that day.
HOURS_INTENTS = frozenset(("ask_opening_hours", "ask_open_now", "ask_phone_hours"))
_DAY_FOLLOW_UP = re.compile(skeleton_pattern(
    r"^(og|men|hvad med|hvad så|hva med|samme|også|ogsa)?\s*(om |på |i )?"
    r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|weekend|hverdag|morgen|dag|aften)\w*"
    r"( (og|eller) \w+)?( (kl\.?|klokken) ?\d{1,2}([.:]\d\d)?)?( (da|så|også))?\s*\??$"))


# Intents whose topic an elliptical "og hvis ...?" next keeps ("og hvis de fastholder afslaget?").
THREAD_INTENTS = frozenset(("ask_complaint", "ask_free_choice"))
_IF_FOLLOW_UP = re.compile(skeleton_pattern(r"^(og|men|hvad|så|and|but|what)\b.{0,14}\b(hvis|if)\b"))


def if_follow_up(text: str) -> bool:
    """"og hvis de siger nej igen?": the same topic, in another case."""
    return len(text.split()) <= 12 and bool(_IF_FOLLOW_UP.search(normalise(text))) and not detect_aspects(text)


def day_follow_up(text: str) -> bool:
    """"og fredag?", "hvad med i weekenden?": only a day asked, after a schedule."""
    return bool(find_weekdays(text) or "morgen" in normalise(text)) and \
        bool(_DAY_FOLLOW_UP.search(normalise(text).strip(" ?!.")))


def centre_intent(text: str) -> Optional[str]:
    """"when are you open?" filed under no intent: the intent for the centre's detail asked."""
    aspects = detect_aspects(text)
    return _CENTRE_INTENTS.get(aspects[0]) if aspects else None

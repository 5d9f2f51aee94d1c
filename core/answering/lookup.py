"""The fact that holds the thing asked, when no typed field does: BM25 over all facts.

A question about a gift card, urine tests, a psychologist, a method or where medicine is
handed out asks for something that lives in free text: a FAQ answer, a topic fact, or a
sentence in an offer's facts. :func:`lookup` scores every such text by the question's
content words (stems, Danish compounds split) and says whether the best match is *strong*:
it shares a word with the question that few texts have (``RARE_DF``) and that is no word
of an offer's name, or it shares at least ``MIN_SHARED`` words and scores well.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from core.answering.answer import Answer
from core.answering.cues import CUT_DOWN, cut_down
from core.answering.index import STRONG, Terms, index_for, own_facts
from core.answering.text import (
    STOPWORDS,
    content_words,
    normalise,
    skeleton,
    skeleton_pattern,
    stem,
    words,
)
from core.answering.understand import find_substances
from core.knowledge.base import Fact, Municipality, Offer
from core.language.ages import names_other_ages

K1, B = 1.2, 0.5
RARE_DF = 5                     # a word at most this many texts use is telling ...
RARE_SHARE = 0.035              # ... or at most this share of them
MIN_SHARED = 2
SECOND = 0.6                    # a second fact this close to the best is said too
QUESTION_WEIGHT = 0.6           # a FAQ entry's curated questions count, less than its answer
# Words that ask rather than name the thing asked.
_ASKING = frozenset(skeleton(w) for w in """
    hvor hvad hvem hvordan hvornår hvilke hvilken hvilket lang længe tid mange meget tit ofte
    kan skal må får få gør være have man jeg du vi i jer der det den de noget nogen også
    gerne bare ikke ja nej hvis når om er har forskel forskellen forskellig forskelligt
    anderledes mere mindre første sidste andre anden tilbyde tilbyder tilbud hjælpe hjælp
    gøre gør koste koster kostede kostet samme""".split())  # "koster" asks the price, it is no "kost"
_COMMON = ("stof", "stoffer", "stofbehandling", "stofmisbrug", "alkohol", "alkoholbehandling",
           "behandling", "misbrug", "rusmidler", "hjælp", "tilbud", "samtale", "samtaler",
           # the people a question is about tell nothing ("borgere" is no "borger.dk")
           "borger", "borgere", "borgeren", "person", "personer", "patient", "patienter",
           "bruger", "brugere", "klient", "klienter", "elev", "elever")
# Everyday words for things the catalogues name otherwise: (pattern, catalogue words).
THINGS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    (r"\bfaggrupp|\bpersonale|\bansatte?\b|\bfagfolk|\bhvem arbejder|\bfagperson",
     ("medarbejdere", "psykolog", "sygeplejersker", "læge")),
    (r"\bmetadon|\bbuprenorfin|\bsubutex|\bsubstitution|\berstatningsmedicin",
     ("substitutionsbehandling", "metadon")),
    (r"\budlever|\bhenter?\b.*\b(medicin|metadon|subutex)|\bmedicin\w*\b.*\bhente",
     ("udlevering", "udleverer", "udleveres", "medicinudlevering")),
    # "prøver" alone is mostly "tries" ("når han prøver at stoppe"): only samples given
    (r"\burin|\btisse|\bpisseprøve|\bkontrolprøve|\b(tage|tager|afgive|aflevere|give) (\w+ )?prøver\b",
     ("urinprøver", "urinprøve")),
    (r"\bbook|\bonline|\bhjemmesiden?\b|\bnettet\b", ("booke", "online", "hjemmesiden")),
    (r"\bklage\w*\b.*\b(lang tid|frist|senest|hvornår)|\b(lang tid|frist|senest)\b.*\bklage",
     ("frist", "senest", "uger")),
    (r"\bklage\w*\b.*\b(medicin|læge|dosis)|\b(medicin|læge|dosis)\w*\b.*\bklage",
     ("patientklager", "sundhedsfaglige")),
    (r"\bfå(r)? (man |jeg |du |vi )?(penge|betaling|en belønning)\b|\bbetalt for at|\bbelønning|"
     r"\bfå(r)? (man|jeg|du|vi|han|hun) (noget|nogen|en gave) (for at|ud af at) (komme|møde)",
     ("gavekort",)),
    (r"\b(telefon)?nummer(et)?\b.*\b(anonym|behandlingssted)|\b(anonym|behandlingssted)\w*\b"
     r".*\b(telefon)?nummer", ("telefonnummeret", "telefonnummer")),
    (r"\bdøgn\w*steder|\bbehandlingssteder|\bhvilke (steder|døgntilbud|institutioner)",
     ("døgntilbud", "døgnforløb", "døgninstitutioner", "døgnsteder", "tilbudsportalen")),
    (r"\bklage\w*\b.*\balkohol|\balkohol\w*\b.*\bklage", ("alkoholbehandling", "afgørelse")),
    (r"\bklage\w*\b.*\b(behandler\w*|personale\w*|medarbejder\w*|grimt|uhøflig\w*|forskelsbehand\w*)|"
     r"\b(behandler\w*|personale\w*|medarbejder\w*|grimt|uhøflig\w*)\b.*\bklage",
     ("personalet", "afdelingslederen", "grimt")),
    # a psychologist, or what one looks at: "psykiske vanskeligheder der ikke er udredt", "screene"
    (r"\bpsykolog|\bterapeut|\bscreen\w*|\bpsykiske? (vanskelighed|problem|lidelse|sygdom)\w*",
     ("psykolog", "screening", "psykiske")),
    # writing instead of talking: "kan jeg skrive i stedet?", "kan man sms'e?"
    (r"\bskrive (i stedet|til (jer|nogen|dem) i stedet)|\bi stedet for at (snakke|ringe|tale)|\bsms|"
     r"\bchatte|\bbrevkasse|\bskriftligt\b", ("sms", "brevkasse", "online", "skrive", "mail")),
    # who decides: "hvem træffer afgørelsen?", "hvem bestemmer om hun kan komme på døgn?"
    (r"\bhvem (træffer|tager) (en |den |så |saa )*(afgørelse\w*|beslutning\w*)|\bhvem afgør",
     ("afgørelse", "træffer")),
    (r"\bhvem (bestemmer|beslutter|visiterer|godkender|siger god for)|\bwho decides",
     ("bestemmer", "beslutter", "udvalg", "visitationsudvalg")),
    # the size of a group: "hvor mange deltagere er der?", "hvor store er holdene?"
    (r"\bhvor mange (deltagere|deltager|andre|personer|mennesker|borgere|behandlere|er (vi|man|der) i)\b|"
     r"\bhvor (stor|store) (er )?(gruppen|grupperne|holdet|holdene)", ("deltagere", "borgere", "behandlere")),
    # the duty to notify, also as a professional's worry for a child of someone in treatment
    (r"\bunderret\w*|\bpligt til at (reagere|sige det|give besked|melde)|"
     r"\bhvad gør (i|de|man)\b.{0,40}\bbekymr\w* for (barnet|børnene|et barn|drengen|pigen)",
     ("underretningspligt", "underretning", "skærpet", "skærpede")),
    (r"\bgave ?kort", ("gavekort",)),
    # whether one must have stopped first: "skal man være ædru for at være med?"
    (r"\b(skal|må|behøver|skulle) (man|jeg|han|hun|vi|de) (\w+ )?(være|have|vaere) (\w+ )?(stoppet|ædru|clean|stoffri|"
     r"holdt op)|\bmå (man|jeg|han|hun) (gerne )?(stadig )?(drikke|bruge|ryge)\b",
     ("stadig", "drikker", "ædru", "stoppet", "orden")),
    # the family's part in someone's treatment: "bliver familien inddraget?", "handler det kun om ham?"
    (r"\b(familie\w*|pårørende|netværk\w*|børnene|forældrene|vi|os)\b.{0,30}\b(inddrag\w*|tænkt ind|"
     r"(være|komme) med (til|i) (samtale\w*|behandling\w*)|spurgt)|\binddrag\w*\b.{0,30}\b(familie\w*|"
     r"pårørende|netværk\w*|forældre\w*|os|børn\w*)\b|\bhandler det kun om (ham|hende)\b",
     ("inddraget", "inddrages", "inddragelse", "netværket", "familien")),
    (CUT_DOWN, ("skære", "kontrolleret")),  # "kan man bare drikke mindre?"
    (r"\bantabus|\bcampral|\brisolid|\bmedicin (mod|for) (trang|lysten)", ("antabus", "campral")),
    (r"\bgave ?kort\w*\b.*\b(hvor (meget|mange penge)|beløb)|\b(hvor (meget|mange penge)|"
     r"beløb)\b.*\bgave ?kort", ("gavekort", "kr")),
)
_THINGS = tuple((re.compile(skeleton_pattern(p)), ws) for p, ws in THINGS)


@dataclass(frozen=True)
class Hit:
    text: str
    fact: Fact
    offer: Optional[Offer]            # the offer whose fact it is (None: FAQ or topic fact)
    score: float
    rare: FrozenSet[str]              # the telling stems it shares with the question
    shared: FrozenSet[str]
    kind: str                         # "faq", "topic" or "offer"

    @property
    def focused(self) -> str:
        """The sentences of a long offer fact that hold the most telling words (all of it
        otherwise): "hvor mange deltagere?" gets the group's size, not its whole content."""
        from core.answering.facts import sentences
        parts = sentences(self.text)
        if self.kind != "offer" or len(parts) < 3 or not self.rare:  # FAQ and topic facts are whole
            return self.text
        counts = [sum(r in skeleton(s) for r in self.rare) for s in parts]
        best = max(counts)
        keep = [s for s, n in zip(parts, counts, strict=True) if n == best]
        return " ".join(keep) if best else self.text

    @property
    def line(self) -> str:
        if self.offer is None:
            return self.focused
        from core.answering.facts import short_name
        return f"{short_name(self.offer)}: {self.focused}"


@dataclass
class _Doc:
    text: str
    fact: Fact
    offer: Optional[Offer]
    kind: str
    terms: Terms


class FactIndex:
    """All free-text facts of one municipality, each a BM25 document."""

    def __init__(self, m: Municipality) -> None:
        ix = index_for(m)

        def terms(text: str, w: float = 1.0) -> Terms:
            return ix._terms([(text, w)])

        self.terms = terms
        docs: List[_Doc] = []
        for e in m.faq:
            t = self.terms(e.answer.text or "")
            for q in e.questions:
                for s, x in self.terms(q, QUESTION_WEIGHT).items():
                    t[s] = max(t.get(s, 0), x)
            docs.append(_Doc(e.answer.text or "", e.answer, None, "faq", t))
        for items in m.topics.values():
            for f in items:
                docs.append(_Doc(f.text or "", f, None, "topic", self.terms(f.text or "")))
        for o in m.offers:
            for own in [o.summary, *own_facts(o)]:
                if own is not None and own.text:
                    docs.append(_Doc(own.text, own, o, "offer", self.terms(own.text)))
        self.docs = docs
        self.df: Counter[str] = Counter(t for d in docs for t in d.terms)
        self.avg = sum(sum(d.terms.values()) for d in docs) / max(1, len(docs))
        # Words that name offers, substances or the centre, or that many offers use.
        self.plain = ix.centre_words | {stem(w) for w in _COMMON}  # words every question may hold
        self.common = {stem(w) for o in m.offers for w in words(o.name)} | ix.centre_words | {
            t for t, n in ix.df.items() if n >= 0.15 * ix.n} | {stem(w) for w in _COMMON}

    def idf(self, t: str) -> float:
        df = self.df.get(t, 0)
        return math.log(1 + (len(self.docs) - df + 0.5) / (df + 0.5))

    def search(self, text: str, limit: int = 5, general_first: bool = False) -> List[Hit]:
        folded = normalise(text)
        extra = [w for pattern, ws in _THINGS if pattern.search(folded) for w in ws]
        things = {stem(w) for x in extra for w in words(x)}
        query = {stem(w) for w in content_words(folded) if w not in _ASKING
                 and not find_substances(w)}  # "hash", "øl": they name no fact
        query = {s for s in query if s not in STOPWORDS and s not in _ASKING and len(s) >= 3}
        own = set(query)  # the question's own words, before the catalogue words for its thing
        query |= things
        limit_df = max(RARE_DF, RARE_SHARE * len(self.docs))
        hits = []
        for d in self.docs:
            shared = frozenset(query & set(d.terms))
            if not shared:
                continue
            norm = K1 * (1 - B + B * sum(d.terms.values()) / self.avg)
            score = sum(self.idf(t) * d.terms[t] * (K1 + 1) / (d.terms[t] + norm) for t in shared)
            if things and not shared & things:
                continue  # a thing was asked (urine tests): a fact without it is no answer
            rare = frozenset(t for t in shared if self.df[t] <= limit_df
                             and t not in self.common and len(t) >= 4 or t in things)
            hits.append(Hit(d.text, d.fact, d.offer, score, rare, shared, d.kind))
        # ``general_first`` (no offer in question): the general rule before one offer's sentence
        named = find_substances(folded)  # "... i stofbehandling": a fact only about alcohol waits
        hits.sort(key=lambda h: (not h.shared & things, general_first and h.kind == "offer",
                                 _other_substance(h.text, named), -len((h.shared & own) - self.plain),
                                 -len(h.shared & things), -h.score))
        return hits[:limit]


def _other_substance(text: str, named: Sequence[str]) -> bool:
    """The fact speaks of a substance, and not of the one the question names."""
    said = find_substances(normalise(text))
    return bool(named and said and not set(said) & set(named))


_CACHE: Dict[str, Tuple[Municipality, FactIndex]] = {}


def fact_index(m: Municipality) -> FactIndex:
    cached = _CACHE.get(m.slug)
    if cached is None or cached[0] is not m:
        cached = (m, FactIndex(m))
        _CACHE[m.slug] = cached
    return cached[1]


def strong(hit: Optional[Hit]) -> bool:
    return hit is not None and bool(hit.rare)


def lookup(m: Municipality, text: str, offers: Sequence[Offer] = (),
           shown: str = "", skip: Optional[Fact] = None, general_first: bool = False,
           ages: Sequence[int] = ()) -> Optional[Hit]:
    """The best fact for ``text`` when its match is strong and ``shown`` (the answer so far)
    does not already say its telling word; the facts of ``offers`` or general ones first,
    never a fact of another offer when offers are given."""
    ids = {o.id for o in offers}
    said = {stem(w) for w in words(shown)}
    for hit in fact_index(m).search(text, limit=12, general_first=general_first):
        if not strong(hit) or hit.rare <= said or hit.fact is skip or hit.text == shown:
            continue
        if any(names_other_ages(hit.text, age) for age in ages[:1]):
            continue  # "unge på 13-14 år" answers nothing about a 16-year-old
        if ids and hit.offer is not None and hit.offer.id not in ids:
            continue
        if ids and hit.offer is None and _names_others(m, hit.text, ids):
            continue  # a FAQ answer or topic fact about another offer
        return hit
    return None


def _names_others(m: Municipality, text: str, ids: Set[str]) -> bool:
    named = {oid for oid, _, score in index_for(m).names(text, fuzzy=False) if score >= STRONG}
    return bool(named) and not named & ids


_QUESTION = re.compile(r"\?|^\s*(hvad|hvor|hvem|hvordan|hvornar|hvilke|hvilken|kan|har|er|"
                       r"findes|ma|skal|far|bruger|giver|tager|hjaelper|hjalper|bliver|gaelder|galder|vil)\b|"
                       # "min søn er 15, hvem bestemmer om ..." (a question word after a clause)
                       r"[.,;:!]\s*(hvad|hvor|hvem|hvordan|hvornar|hvilke|hvilken)\b")


def with_fact(m: Municipality, text: str, answer: Answer, offers: Sequence[Offer] = (),
              lead: bool = True, ages: Sequence[int] = ()) -> bool:
    """Put the fact holding the thing asked first in ``answer`` (``lead``) or after it, when
    the match is strong and the answer does not say it yet; True when one was added."""
    hit = lookup(m, text, offers, shown=" ".join(answer.lines), ages=ages)
    if hit is None:
        return False
    if lead:
        answer.lines.insert(0, hit.line)
        answer.sources.insert(0, hit.fact.source)
    else:
        answer.lines.append(hit.line)
        answer.sources.append(hit.fact.source)
    answer.found = True
    return True


_DECIDER = re.compile(skeleton_pattern(r"\bhvem (bestemmer|beslutter|træffer|afgør|visiterer|godkender)|"
                                       r"\bwho decides"))


def asks_decider(text: str) -> bool:
    """"Hvem bestemmer, om han kan komme i behandling?": who decides is the question."""
    return bool(_DECIDER.search(normalise(text)))


def asks_thing(text: str, offers: Sequence[Offer] = ()) -> bool:
    """Does ``text`` ask about a thing :data:`THINGS` knows (antabus, a gift card, urine
    tests) that is no word of the name of ``offers`` ("Online behandling" is online)?"""
    folded = normalise(text)
    names = " ".join(normalise(o.name) for o in offers)
    return any(p.search(folded) and not any(normalise(w) in names for w in ws) for p, ws in _THINGS)


def fact_answer(m: Municipality, text: str, min_shared: int = 1,
                thing: bool = False) -> Optional[Answer]:
    """A question nothing else answers: the fact holding its telling words, if any; a
    statement ("jeg vil booke en tid") or a single shared word is not enough."""
    thing_asked = asks_thing(text)
    if not (_QUESTION.search(skeleton(text)) or cut_down(text)) or \
            thing and not thing_asked:
        return None  # ``thing``: only a thing :data:`THINGS` knows (a complaint deadline);
        # a statement of a goal asks too ("ved ikke om jeg vil stoppe helt eller skære ned")
    hit = lookup(m, text, general_first=True)
    if hit is None or len(hit.shared) < (min_shared if thing_asked else max(min_shared, 2)):
        return None  # with no known thing asked, one shared word is chance
    answer = Answer(lines=[hit.line], sources=[hit.fact.source])
    more = lookup(m, text, shown=hit.text, skip=hit.fact)
    if more is not None and more.score >= SECOND * hit.score and len(more.shared) >= min_shared:
        answer.lines.append(more.line)
        answer.sources.append(more.fact.source)
    return answer


__all__ = ["Hit", "FactIndex", "fact_index", "lookup", "strong", "with_fact", "fact_answer", "asks_thing",
           "asks_decider"]

"""Find what a message is about in the knowledge base: named offers and FAQ entries.

Matching works on folded text (æ/ø/å written as ae/oe/aa) so "doegnbehandling" finds
"døgnbehandling", and uses rapidfuzz so small typos still match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

from rapidfuzz import fuzz

from core.knowledge.base import FaqEntry, Municipality, Offer
from core.language.text import fold

MIN_ALIAS_LENGTH = 3
FUZZY_ALIAS_SCORE = 88
FAQ_SCORE = 92
FALLBACK_SCORE = 72


@dataclass(frozen=True)
class OfferMatch:
    offer: Offer
    alias: str
    score: float


# Words too common in offer names to identify one offer on their own.
GENERIC_NAME_WORDS = frozenset("""
    behandling behandlingen rusmiddelbehandling tilbud tilbuddet samtaler samtale
    forloeb forloebet gruppe gruppen ambulant ambulante alkohol alkoholbehandling
    stofbehandling stofmisbrug alkoholmisbrug rusmidler rusmiddel misbrug unge voksne
    paaroerende indsats indsatser raadgivning visitation borgere mellem ved fase
    individuel individuelle anonym anonyme medicinsk lægelig laegelig uden efter
""".split())


def offer_names(offer: Offer) -> List[str]:
    """Folded names an offer can be recognised by (its name without '#', and aliases)."""
    names = {fold(offer.name).lstrip("#"), *(fold(a).lstrip("#") for a in offer.aliases)}
    return sorted(n for n in names if len(n) >= MIN_ALIAS_LENGTH)


def distinctive_words(offers: Sequence[Offer]) -> Dict[str, str]:
    """Words of 6+ letters that occur in exactly one offer's name: word -> offer id.

    Lets "Stifinder" or "halvvejshus" find an offer whose full name is longer.
    """
    owners: Dict[str, Set[str]] = {}
    for offer in offers:
        for word in re.findall(r"[a-z0-9#+]+", fold(offer.name)):
            word = word.lstrip("#")
            if len(word) >= 6 and word not in GENERIC_NAME_WORDS:
                owners.setdefault(word, set()).add(offer.id)
    return {word: next(iter(ids)) for word, ids in owners.items() if len(ids) == 1}


def _contains_word(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(phrase)}", text) is not None


def _window_ratio(name: str, text: str) -> float:
    """Best similarity of ``name`` to any run of as many words in ``text``.

    Whole-word windows (not rapidfuzz's partial_ratio) so that compounds sharing a
    suffix, like "doegnbehandling" and "ungebehandlingen", do not match each other.
    """
    words = re.findall(r"[\w#+]+", text)
    size = max(1, len(name.split()))
    windows = (" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1)))
    return max((fuzz.ratio(name, w) for w in windows), default=0.0)


def match_offers(offers: Sequence[Offer], text: str,
                 hints: Iterable[str] = ()) -> List[OfferMatch]:
    """Offers named in ``text`` (or in entity ``hints``), best first.

    An exact (folded) alias beats a fuzzy one; a longer alias beats a shorter one, so
    "efterbehandlingsgruppe" wins over "behandlingsgruppe". An alias shared by several
    offers ("døgnbehandling" for alcohol and for drugs) matches all of them equally.
    """
    folded = " ".join([fold(text), *(fold(h) for h in hints)])
    matches: List[OfferMatch] = []
    words = distinctive_words(offers)
    for offer in offers:
        best: Optional[OfferMatch] = None
        own_words = [w for w, oid in words.items() if oid == offer.id]
        for name in offer_names(offer) + own_words:
            if _contains_word(folded, name):
                score = 100.0 + len(name)
            elif len(name) >= 6:
                score = _window_ratio(name, folded)
                if score < FUZZY_ALIAS_SCORE:
                    continue
            else:
                continue
            if best is None or score > best.score:
                best = OfferMatch(offer, name, score)
        if best:
            matches.append(best)
    return sorted(matches, key=lambda m: -m.score)


def best_offers(offers: Sequence[Offer], text: str, hints: Iterable[str] = (),
                limit: int = 3) -> List[Offer]:
    """The offers that share the best match (several when an alias is shared)."""
    matches = match_offers(offers, text, hints)
    if not matches:
        return []
    top = matches[0].score
    return [m.offer for m in matches if m.score == top][:limit]


def find_foreign_offer(others: Mapping[str, Municipality], here: Municipality, text: str,
                       hints: Iterable[str] = ()) -> Optional[Tuple[Municipality, Offer]]:
    """An offer named in ``text`` that exists in another municipality but not ``here``.

    Only exact names count, and only when nothing here goes by the same word.
    """
    if match_offers(here.offers, text, hints):
        return None
    for slug, other in others.items():
        if slug == here.slug:
            continue
        matches = [m for m in match_offers(other.offers, text, hints) if m.score >= 100]
        if matches:
            return other, matches[0].offer
    return None


STOPWORDS = frozenset("""
    jeg du man vi de han hun den det der som er var kan skal vil har have hvad hvem hvor
    hvordan hvornaar hvorfor hvis ikke og eller men for med til fra paa af om at en et
    noget nogen mig dig sig jer os min mit mine din dit dine jeres sin sit sine saa ogsaa
    bare lige godt faar faa naar eller ved efter hos over under alle meget mere
""".split())


def _content(text: str) -> str:
    return " ".join(sorted(w for w in re.findall(r"[a-z0-9]+", text)
                           if len(w) >= 3 and w not in STOPWORDS))


def _similarity(a: str, b: str) -> float:
    """How alike two folded questions are: the whole wording and the content words.

    Both must agree, so "kan man få hjælp online" does not match "kan man få hjælp når
    man er 13" just because most of the words are the same small ones.
    """
    whole = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
    content = fuzz.ratio(_content(a), _content(b))
    return min(whole, content)


def best_faq(municipality: Municipality, text: str) -> Tuple[Optional[FaqEntry], float]:
    """The FAQ entry whose example questions are closest to ``text``, with its score."""
    folded = fold(text)
    best, best_score = None, 0.0
    for entry in municipality.faq:
        for question in entry.questions:
            score = _similarity(fold(question), folded)
            if score > best_score:
                best, best_score = entry, score
    return best, best_score


def search_offers_by_text(municipality: Municipality, text: str) -> Tuple[Optional[Offer], float]:
    """Free-text search over offer names and summaries, for low-confidence messages."""
    folded = fold(text)
    best, best_score = None, 0.0
    for offer in municipality.offers:
        haystack = fold(" ".join([offer.name, *offer.aliases, offer.summary.text or ""]))
        score = fuzz.token_set_ratio(folded, haystack)
        if score > best_score:
            best, best_score = offer, score
    return best, best_score

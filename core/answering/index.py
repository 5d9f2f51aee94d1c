"""A search index over one municipality's offers: names, aliases, headings, all facts.

- :meth:`OfferIndex.names` finds offers *named* in a message: the name, an alias or a word
  only that offer's name has, compared on stems written together (so "den anonyme
  stof-behandling" names "anonym stofbehandling"), or by rapidfuzz for typos. An alias
  that is a common word in this catalogue ("gruppe", "alkohol") is a weak name.
- :meth:`OfferIndex.bm25` scores every offer for a situation described in words: BM25
  (k1=1.2, b=0.5) over stems, with Danish compounds split into known words
  ("samtaleterapi" -> "samtale" + "terapi") and unknown words expanded to known ones by
  rapidfuzz (typos) and by shared beginnings ("flex" -> "flexbehandling").
- Topic facts (the municipality's general statements) are indexed with the offers they
  mention, so a general fact about another offer is not applied to this one.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from rapidfuzz import fuzz, process

from core.answering.dictionary import is_danish_word
from core.answering.text import (
    BASE_WORDS,
    CENTRE_WORDS,
    COURSE_WORDS,
    FILLERS,
    GENERIC_ALIASES,
    STOPWORDS,
    at_boundaries,
    compact_spans,
    skeleton,
    split_compound,
    stem,
    words,
)
from core.knowledge.base import Fact, Municipality, Offer
from core.language.vocab import CATEGORY_WORDS

K1, B = 1.2, 0.5
NAME, ALIAS, HEADING, FACT = 3.0, 2.0, 1.0, 1.0
PART = 0.5                    # weight of each part of a split compound
STRONG, WEAK, DISTINCT = 100.0, 60.0, 90.0
FUZZY_SCORE = 88

Terms = Dict[str, float]
"""Stem -> weight in one text (a field's weight, less for a compound's parts; a stem the text
does not have weighs 0). Weights, not counts: that is why this is no ``Counter[str]``."""


@dataclass(frozen=True)
class TopicFact:
    topic: str
    fact: Fact
    stems: FrozenSet[str]
    mentions: FrozenSet[str]          # ids of offers the fact names

    @property
    def text(self) -> str:
        """The fact's text (load_knowledge() requires one for every topic fact)."""
        return self.fact.text or ""


def _no_e(stem_: str) -> str:
    """A stem without e: "åben" and "åbne" (stems aben, abn) compare equal; short words
    ("en") are kept as they are."""
    return stem_.replace("e", "") if len(stem_) >= 3 and len(stem_.replace("e", "")) >= 3 \
        else stem_


# Facts about another offer ("what comes after this one") do not describe this one: they
# are left out of its words, its evidence and the facts that answer about it.
ABOUT_OTHERS: Tuple[str, ...] = ("next_step",)


def own_facts(o: Offer) -> List[Fact]:
    """The offer's facts that describe the offer itself, in the file's order."""
    return [f for key, f in o.facts.items() if f is not None and key not in ABOUT_OTHERS]


class OfferIndex:
    """Everything needed to find offers in one municipality's catalogue."""

    def __init__(self, m: Municipality) -> None:
        self.m = m
        self.offers: Dict[str, Offer] = {o.id: o for o in m.offers}
        raw: Dict[str, List[Tuple[str, float]]] = {o.id: self._fields(o) for o in m.offers}
        surface = {w for parts in raw.values() for text, _ in parts for w in words(text)}
        self.known: Set[str] = {w for w in surface | BASE_WORDS if len(w) >= 3}
        self.docs: Dict[str, Terms] = {oid: self._terms(parts) for oid, parts in raw.items()}
        self.length = {oid: sum(c.values()) for oid, c in self.docs.items()}
        self.avg = sum(self.length.values()) / max(1, len(self.length))
        self.df: Counter[str] = Counter(t for c in self.docs.values() for t in c)
        self.n = len(self.docs)
        self.vocab_surface: Dict[str, str] = {w: stem(w) for w in self.known}
        self.stem_list = sorted(self.df)
        self.phrases = self._phrases()
        self.phrase_forms = self._phrase_forms()
        self.phrase_df = self._phrase_df()
        self.centre_words = {stem(w) for w in words(f"{m.centre.name.value} {m.name}")} | {
            stem(w) for w in CENTRE_WORDS}
        self.topics = self._topic_facts()

    @classmethod
    def build(cls, m: Municipality) -> "OfferIndex":
        """The index of ``m``, built once per loaded municipality and then reused."""
        return index_for(m)

    # ----------------------------------------------------------------- building

    @staticmethod
    def _fields(o: Offer) -> List[Tuple[str, float]]:
        parts: List[Tuple[str, float]] = [(o.name, NAME)]
        parts += [(a, ALIAS) for a in o.aliases]
        parts.append((CATEGORY_WORDS.get(o.category, ""), FACT))
        headings = {f.section for f in own_facts(o) if f.source}
        parts += [(h, HEADING) for h in sorted(headings)]
        parts += [(f.text, FACT) for f in own_facts(o) if f.text]
        return parts

    def _terms(self, parts: Iterable[Tuple[str, float]]) -> Terms:
        terms: Terms = {}
        for text, weight in parts:
            for w in words(text):
                if w in STOPWORDS:
                    continue
                s = stem(w)
                terms[s] = terms.get(s, 0) + weight
                for part in split_compound(w, self.known):
                    s = stem(part)
                    terms[s] = terms.get(s, 0) + weight * PART
        return terms

    def _phrases(self) -> Dict[str, List[Tuple[str, str, float]]]:
        """offer id -> [(phrase text, stems written together, base score)]."""
        name_words: Dict[str, Set[str]] = {}
        for o in self.m.offers:
            for w in words(o.name):
                if len(w) >= 6 and w not in STOPWORDS and w not in COURSE_WORDS:
                    name_words.setdefault(stem(w), set()).add(o.id)
        out: Dict[str, List[Tuple[str, str, float]]] = {}
        for o in self.m.offers:
            phrases = []
            for n, text in enumerate((o.name, *o.aliases)):
                tokens = [stem(w) for w in words(text, joined=False)]
                if not tokens:
                    continue
                compact = "".join(tokens)
                if len(compact) < 3:
                    continue
                single = "".join(words(text, joined=False))
                strong = len(tokens) > 1 or single not in GENERIC_ALIASES and (
                    n == 0 or self.df.get(tokens[0], 0) <= max(2, 0.12 * self.n))
                phrases.append((text, compact, STRONG if strong else WEAK))
            for s, owners in name_words.items():
                # a word only this name has: not also the head of another name's compound
                # ("kursus" is in "Introforløb/-kursus" and in "Pårørendekursus")
                heads = {oid for w, ids in name_words.items() if w != s and w.endswith(s)
                         for oid in ids}
                if owners | heads == {o.id} and self.df.get(s, 0) <= max(2, 0.12 * self.n):
                    phrases.append((s, s, DISTINCT))
            out[o.id] = phrases
        return out

    def _phrase_forms(self) -> Dict[str, List[Tuple[str, str, float, str, str, str, int]]]:
        """offer id -> phrases with the spellings :meth:`names` compares, computed once:
        (text, stems together, base score, plain, without final e, without fillers, words)."""
        out: Dict[str, List[Tuple[str, str, float, str, str, str, int]]] = {}
        for oid, phrases in self.phrases.items():
            forms = []
            for text_, phrase, base in phrases:
                ws = words(text_, joined=False)
                kept = [w for w in ws if w not in FILLERS]
                # "før-forløb" without "før" (skeleton "for", a filler) is just "forløb": no name
                bare = "".join(stem(w) for w in kept) if len(kept) > 1 or kept == ws else "\0"
                forms.append((text_, phrase, base, "".join(ws),
                              "".join(_no_e(stem(w)) for w in ws), bare, len(ws)))
            out[oid] = forms
        return out

    def _phrase_df(self) -> Dict[str, int]:
        """phrase -> how many offers' texts use it: "ambulant behandling" is everywhere."""
        texts = {}
        for o in self.m.offers:
            surface = [w for f in [o.summary, *own_facts(o)] if f is not None
                       for w in words(f.text or "", joined=False)]
            texts[o.id] = compact_spans([stem(w) for w in surface])
        df: Dict[str, int] = {}
        for phrases in self.phrases.values():
            for text_, phrase, _ in phrases:
                df[text_] = sum(at_boundaries(c, set(st), set(en), phrase)
                                for c, st, en in texts.values())
        return df

    def _topic_facts(self) -> List[TopicFact]:
        facts = []
        for topic, items in self.m.topics.items():
            for f in items:
                text = f.text or ""
                mentions = frozenset(oid for oid, phrase, score in self.names(text, fuzzy=False)
                                     if score >= STRONG and self.phrase_df.get(phrase, 0) <= 2)
                stems = frozenset(stem(w) for w in words(text) if w not in STOPWORDS)
                facts.append(TopicFact(topic, f, stems, mentions))
        return facts

    @cached_property
    def catalogue_text(self) -> str:
        """Every fact, offer name, alias and FAQ answer of the municipality, in skeleton
        spelling: does the catalogue speak of a thing at all (built on first use)."""
        parts = [f.text or "" for _, f in self.m.all_facts()]
        parts += [o.name for o in self.m.offers] + [a for o in self.m.offers for a in o.aliases]
        parts += [e.answer.text or "" for e in self.m.faq]
        return skeleton(" \n ".join(parts))

    # ------------------------------------------------------------------ lookups

    def sole_offer(self, text: str, besides: str = "") -> Optional[str]:
        """The one offer ``text`` names by a strong name match (``besides`` aside), or None
        when it names none or several."""
        named = {oid for oid, _, score in self.names(text, fuzzy=False)
                 if score >= STRONG and oid != besides}
        return named.pop() if len(named) == 1 else None

    def names(self, text: str, fuzzy: bool = True) -> List[Tuple[str, str, float]]:
        """``(offer id, phrase, score)`` for offers named in ``text``, best first."""
        surface = words(text, joined=False)
        lean = [w for w in surface if w not in FILLERS]
        spans = [compact_spans([stem(w) for w in surface]), compact_spans(surface),
                 compact_spans([_no_e(stem(w)) for w in surface]),
                 compact_spans([stem(w) for w in lean])]
        found: Dict[str, Tuple[str, float]] = {}
        for oid, forms in self.phrase_forms.items():
            best: Optional[Tuple[str, float]] = None
            for text_, phrase, base, plain, loose, bare, _ in forms:
                if any(at_boundaries(c, set(st), set(en), target)
                       for (c, st, en), target in zip(spans, (phrase, plain, loose, bare), strict=True)):
                    score = base + len(phrase)
                    if best is None or score > best[1]:
                        best = (text_, score)
            if best is None and fuzzy:
                best = self._fuzzy_name(oid, surface)
            if best is not None:
                found[oid] = best
        return sorted(((oid, p, s) for oid, (p, s) in found.items()), key=lambda x: -x[2])

    def _fuzzy_name(self, oid: str, surface: Sequence[str]) -> Optional[Tuple[str, float]]:
        best: Optional[Tuple[str, float]] = None
        stemmed = [stem(w) for w in surface]
        for text_, phrase, base, target, _, _, count in self.phrase_forms[oid]:
            if len(target) < 6 or base == DISTINCT:
                continue
            n = max(1, count)
            for size in {max(1, n - 1), n, n + 1}:
                for i in range(0, max(1, len(surface) - size + 1)):
                    window = "".join(surface[i:i + size])
                    if abs(len(window) - len(target)) > 3 or \
                            all(w in self.known or w in STOPWORDS or len(w) < 3 or
                                (is_danish_word(w) and not target.startswith(w[:4]))
                                for w in surface[i:i + size]):
                        continue  # correctly spelled words are not typos ("slags behandling")
                    ratio = max(fuzz.ratio(window, target),
                                fuzz.ratio("".join(stemmed[i:i + size]), phrase))
                    if ratio >= FUZZY_SCORE:
                        score = ratio - (40 if base == WEAK else 10)
                        if best is None or score > best[1]:
                            best = (text_, score)
        return best

    def query_terms(self, query_words: Sequence[str], extra: Sequence[str] = (),
                    substance: Sequence[str] = ()) -> Dict[str, Dict[str, float]]:
        """For each query word, the index stems it stands for, with weights.

        The catalogue words a described situation points to (``extra``) count together as
        one query word, "~situation": any of them matching is enough; the words for the
        substance named count as one more, "~substance", with half the weight.
        """
        out: Dict[str, Dict[str, float]] = {}
        for w in query_words:
            terms = self._expand(w, 1.0)
            if terms:
                out[w] = terms
        for key, group, weight in (("~situation", extra, 0.8), ("~substance", substance, 0.5)):
            merged: Dict[str, float] = {}
            for w in group:
                for t, x in self._expand(w, weight).items():
                    merged[t] = max(x, merged.get(t, 0.0))
            if merged:
                out[key] = merged
        return out

    def _expand(self, w: str, weight: float) -> Dict[str, float]:
        terms: Dict[str, float] = {}
        s = stem(w)
        if s in self.df:
            terms[s] = weight
        for part in split_compound(w, self.known):
            terms.setdefault(stem(part), 0.6 * weight)
        if not terms and len(w) >= 5:
            for cand, score, _ in process.extract(w, list(self.vocab_surface),
                                                  scorer=fuzz.ratio, score_cutoff=85, limit=3):
                t = self.vocab_surface[cand]
                if t in self.df:
                    terms.setdefault(t, weight * (score / 100) ** 2)
        if len(s) >= 4:
            for t in [t for t in self.stem_list if t.startswith(s) and t != s][:8]:
                terms.setdefault(t, weight * (0.6 if not terms else 0.35))
        return terms

    def is_generic(self, word: str) -> bool:
        """A word that many offers use, or an unknown short one: it names no offer."""
        s = stem(word)
        return word in GENERIC_ALIASES or self.df.get(s, 0) >= 0.15 * self.n or \
            s not in self.df and len(word) < 5

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def bm25(self, terms: Dict[str, Dict[str, float]]) -> Dict[str, Tuple[float, float]]:
        """offer id -> (BM25 score, share of the query words the offer matches)."""
        result: Dict[str, Tuple[float, float]] = {}
        total = sum(max(w * self.idf(t) for t, w in ts.items()) for ts in terms.values()) or 1.0
        for oid, doc in self.docs.items():
            norm = K1 * (1 - B + B * self.length[oid] / self.avg)
            score, covered = 0.0, 0.0
            for _, ts in terms.items():
                best_word = 0.0
                for t, weight in ts.items():
                    tf = doc.get(t, 0.0)
                    if tf:
                        part = weight * self.idf(t) * tf * (K1 + 1) / (tf + norm)
                        score += part
                        best_word = max(best_word, weight * self.idf(t))
                covered += best_word
            if score > 0:
                result[oid] = (score, covered / total)
        return result

    def facts_for(self, topics: Sequence[str]) -> List[TopicFact]:
        return [t for t in self.topics if t.topic in topics]


_CACHE: Dict[str, Tuple[Municipality, OfferIndex]] = {}


def index_for(m: Municipality) -> OfferIndex:
    """The index of ``m``, built once per loaded municipality."""
    cached = _CACHE.get(m.slug)
    if cached is None or cached[0] is not m:
        cached = (m, OfferIndex(m))
        _CACHE[m.slug] = cached
    return cached[1]

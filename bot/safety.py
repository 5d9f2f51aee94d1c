"""Recognise messages about acute danger so that 112 comes before anything else.

Patterns run on folded text (æ/ø/å as ae/oe/aa, lower case), so "vågner ikke" and
"vaagner ikke" are the same. Recall matters more than precision: a false alarm costs one
calm extra message; a miss could cost a life. Two narrow guards keep obvious non-crises
out: events clearly in the past ("døde af en overdosis for 5 år siden") and general
information questions ("hvad gør man hvis nogen får en overdosis") - but only when the
message has no sign of something happening now.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional

from actions.text import fold

_SUICIDE = [
    r"selvmord", r"suicid", r"kill myself", r"\btag(e|er|et)? (mit|sit|dit|hans|hendes)? ?(eget )?liv",
    r"\b(want|wanna) (to )?die\b", r"\bgoere det af med (mig|sig)",
    r"\bikke vil v(aa|a)gne", r"\bikke (vil|gider) v(aa|a)gne",
    r"\btag(e|er|et)? livet af", r"\blivet af (mig|sig|dig)",
    r"\b(slaa|slaar|slar|draebe|draeber|skyde) (mig|sig|dig) selv\b",
    r"\b(slaa|slaar|slar) (mig|sig|dig) (selv )?ihjel\b",
    r"\b(vil|gider|orker|kan) (ikke|ik|ikk|ik') (mere|leve|vaere her|vaere i live|leve mere)",
    r"\b(gider|orker|kan) (ikke|ik|ikk) (mere|mer)\b",
    r"\bleve (mere|mer|laengere)\b", r"\bikke (vaere|er) her (mere|laengere|i morgen)",
    r"\bfor altid\b", r"\baldrig (vaagne|vagne|vaagner)", r"\bsove for evigt",
    r"\bafskedsbrev", r"\b(skrevet|sagt|skrive) farvel", r"\b(et|en) reb\b", r"\breb og\b",
    r"\b(springe|hoppe|kaste mig) (ud|ned|fra|foran)", r"\bforan (toget|et tog|en bil)",
    r"\bstaar paa (broen|taget)", r"\bhoej bygning", r"\bkoere (bilen )?ind i",
    r"(gevaer|pistol|vaaben)\b.*\b(mig selv|paa mig)", r"\b(bruge|goere) (det|den) paa mig selv", r"\b(skaerer|skaere|skaaret|skar) (i )?(mig|min|mine)",
    r"\bcutte[rt]?\b|\bcuttet\b|\bcutting\b", r"\bbloeder\b",
    r"\b(samlet|gemt|har) (mine |alle |nogle )?(sove)?piller( sammen)?\b(?!.*\b(mod|for|til)\b)",
    r"\bpillerne (er )?klar", r"\btage dem alle", r"\bfaerdig med (livet|det hele|alt)",
    r"\bingen (vil|ville) savne mig", r"\bhar en plan\b", r"\bplanlagt hvordan",
    r"\bhave det overstaaet", r"\bhave modet\b", r"\b(goere|goer|gjorde) en ende", r"\bende (det|livet|paa det)",
    r"\b(vil|ville|har lyst til at|skal) (hellere )?(doe|do|doe nu|vaere doed)\b", r"\bhellere (doe|vaere doed)",
    r"\bvaere doed\b", r"\bmed vilje\b.*\bmig selv|\bmig selv\b.*\bmed vilje",
    r"\b(braendt|braender|skaaret|skadet|slaaet|sulter) mig selv", r"\bskade (mig|sig) selv",
    r"\bingen grund til at leve", r"\bhvis jeg ikke er her i morgen",
    r"\bvil (bare )?vaek for altid", r"\blaast (sig|mig) inde\b.*\b(ihjel|liv|doe)",
    r"\b(ihjel|livet af)\b",
]
_OVERDOSE = [
    r"overdos", r"\bod\b", r"\b(han|hun|jeg|hen|de|vi|min \w+|mit \w+) (er )?ved at doe\b",
    r"\b(en masse|en hel bunke|en bunke|en haandfuld|en hel masse) (piller|tabletter)", r"\b(vaagner|vagner|vaagne|vaekke|vaekker) (ham|hende|ikke|ik)\b",
    r"\b(kan|kunne) (naesten )?(ikke|ik) (vaagne|vaekkes|vaekke|faa liv|faa kontakt|holde mig vaagen|"
    r"traekke vejret)\b(?! (om morgenen|uden|efter))",
    r"\bsnorker (maerkeligt|underligt|tungt)",
    r"\bholde mig vaagen eller traekke vejret", r"\bfor mange (piller|tabletter|pamol|panodil)",
    r"\bhjerte(t)? (hamrer|banker|slaar) (helt )?(vildt|sindsygt|meget)",
    r"\bvil ikke vaagne", r"\bikke (kan|vil) vaagne", r"\bfaa liv i\b", r"\bfaldet om\b",
    r"\bbesvime[tr]?\b", r"\bbevidstl", r"\b(svarer|reagerer) (ikke|ik)\b(?! paa (mine|sms|beskeder|telefon))",
    r"\bfaa kontakt til (ham|hende)", r"\bhelt vaek\b(?! i )",
    r"\b(traekker|trakker|traekke) (naesten )?(ikke|ik|ikk) (vejret|vejr)",
    r"\bvejrtraekning(en)? (er )?(helt )?(langsom|maerkelig|underlig|stoppet|svag)",
    r"\bikke (kan )?(faa|fa) luft\b", r"\bkan ikke faa luft", r"\bsvaert ved at traekke vejret\b(?!.*\bcigaret)",
    r"\b(blaa|graa)\b.*\b(laeber|ansigt|hovedet|i hovedet)", r"\blaeber(ne)? er blaa",
    r"\bhelt slap\b", r"\bkramper?\b|\bkrampeanfald", r"\bryster over hele kroppen", r"\bfraader",
    r"\bondt i brystet", r"\bhjertet (slaar|hamrer|banker) (sindsygt|vildt|meget|helt)",
    r"\btaget (alt )?for meget\b", r"\bdrukket (alt )?for meget\b(?!.*\b(i gaar|igaar|sidste))",
    r"\bsaa meget at (han|hun|jeg) (ikke|ik)", r"\bhel (aeske|pakke|glas)", r"\balle (mine |sine )?piller",
    r"\b\d{2,} (panodil|pamol|piller|tabletter|ipren)", r"\bdrukket af (en |hans |hendes |min )?(flaske )?(metadon|sprit)",
    r"\bspist (noget af )?(min|mit|mine|hans|hendes) (hash|piller|stoffer|metadon)",
    r"\bghb\b.*\b(faldet|vaek|vaagn|svarer)", r"\b(fentanyl|heroin|oxy|metadon)\b.*\b(blaa|vejr|vaagn|svarer|faldet)",
    r"\b(piller|pillerne|sovepiller)\b.*\b(whisky|sprit|alkohol|drukket)\b.*\b(svarer|vaagn|faldet|vejr)",
    r"\bhar det (virkelig|rigtig|helt) (skidt|daarligt)\b.*\b(taget|drukket|sniffet)",
    r"\b(taget|drukket|sniffet)\b.*\bhar det (virkelig|rigtig|helt) (skidt|daarligt)",
]
_VIOLENCE = [
    r"\bvoldtag", r"\bbakner\b",
    r"\b(slaar|slog|slaaet|slaet|slar|taever|taevet|banker|bankede|sparker|sparket|sparkede|kvaeler|kvaelertag)\b"
    r"(?<!det slaar)",
    r"\btruer\b|\btruede\b", r"\b(draebe|draeber|slaa) (mig|os|hende|ham|min|mine)\b",
    r"\bvoldelig", r"\bvold\b", r"\bsmadrer\b", r"\bkniv\b", r"\bpistol\b", r"\bvaaben\b",
    r"\bgemmer mig\b", r"\blaast mig inde", r"\bleder efter mig", 
    r"\bskriger\b", r"\bslaaet ihjel", r"\bpaa vej hjem\b.*\b(draebe|slaa|bange)",
]
_CHILD_WORDS = (r"\b(barn|barnet|boern|boernene|baby|babyen|lillebror|lillesoester|soeskende|"
                r"smaa soeskende|dreng|pige|soen paa \d|datter paa \d|paa \d+ aar|\d+ aar gammel|"
                r"vores soen|min soen paa|spaedbarn)\b")
_CHILD_DANGER = (r"\b(ingen voksne|alene|fulde|fuld|stiv|doeddrukne|doeddruk|paa druk|skaev|skaeve|stoffer|crack|"
                 r"ikke faaet mad|ble|koerer (bil )?fuld|slap|ikke passe|kan ikke passe|passer ikke|"
                 r"i fare|vil ikke vaagne|ligger paa gulvet)\b")

# Asking for emergency help without saying what is wrong.
_GENERAL = re.compile(r"\b112\b|\bjeg er i fare\b|\bvi er i fare\b|\bnoedhjaelp\b|\bambulance\b")
_PAST = re.compile(r"\b(for \d+ aar siden|for (mange|nogle|to|tre) aar siden|sidste (aar|sommer|"
                   r"vinter|maaned|uge)|tidligere haft|doede af|var indlagt efter|overlevede|"
                   r"tog sit eget liv for|da (vi|jeg) var (smaa|lille|barn|yngre)|for aar tilbage|"
                   r"dengang)\b")
_INFO = re.compile(r"^(hvad er|hvad sker|hvad goer man|hvad skal (jeg|man) goere hvis|findes der|"
                   r"hvornaar skal man|hvordan (ser|kan man|laegger|hjaelper man)|hvilke|"
                   r"er det farligt)\b|\bforberedt\b|\bfoerstehjaelp")
_JOKE = re.compile(r"\bhaha|\bikke bogstaveligt|\baf grin\b|\blol\b|\bjulemusik|\bmit job\b")
_IDIOM = re.compile(r"\bdet (slaar|slaaer|slog) mig\b|\bslaa op\b|\bslaar op\b|"
                    r"\bslaa tiden ihjel|\bslog et slag|\bslaa et slag")
_SMOKING = re.compile(r"\bcigaret|\brygestop")
_NOW = re.compile(r"\b(nu|lige nu|i nat|i aften|stadig|hjaelp|haster|akut|her hos mig)\b")


def _compile(patterns: List[str]) -> List[re.Pattern]:
    return [re.compile(p) for p in patterns]


_COMPILED: Dict[str, List[re.Pattern]] = {
    "suicide": _compile(_SUICIDE),
    "overdose": _compile(_OVERDOSE),
    "violence": _compile(_VIOLENCE),
}
_CHILD_WORDS_RE = re.compile(_CHILD_WORDS)
_NO_ADULTS = re.compile(r"\bingen voksne (der passer|hjemme|til at passe)")
_CHILD_DANGER_RE = re.compile(_CHILD_DANGER)


def _guarded(folded: str) -> bool:
    """A clearly past, informational, joking or idiomatic message with no sign of 'now'."""
    if _NOW.search(folded):
        return False
    return bool(_PAST.search(folded) or _INFO.search(folded) or _JOKE.search(folded)
                or _SMOKING.search(folded))


def detect_crisis(text: str) -> Optional[str]:
    """Return ``suicide``, ``overdose``, ``violence``, ``child``, ``general`` or ``None``."""
    folded = fold(text)
    if _guarded(folded):
        return None
    if _IDIOM.search(folded):
        folded = _IDIOM.sub(" ", folded)
    for kind in ("suicide", "overdose"):
        if any(p.search(folded) for p in _COMPILED[kind]):
            return kind
    if (_CHILD_WORDS_RE.search(folded) and _CHILD_DANGER_RE.search(folded)) or \
            _NO_ADULTS.search(folded):
        return "child"
    if any(p.search(folded) for p in _COMPILED["violence"]):
        return "violence"
    if _GENERAL.search(folded):
        return "general"
    return None

"""Read a message: what is asked, who asks, about whom (age, substance), in which words.

:func:`understand` turns one message (and the previous turn's context) into a
:class:`Question`. Nothing here knows the catalogues; :mod:`core.answering.resolve`
matches the question's words against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Pattern, Sequence, Tuple

from core.answering.askers import Asker, find_asker, for_them, without_asker
from core.answering.askers import children_of_user as is_children_of_user
from core.answering.aspects import Aspect, detect_aspects, strip_aspect_words
from core.answering.cues import other_topic
from core.answering.dictionary import is_danish_word
from core.answering.sentences import asked_part
from core.answering.text import content_words, normalise, skeleton_pattern
from core.language.ages import ages
from core.language.english import looks_english


@dataclass(frozen=True)
class Context:
    """What the previous turn was about: the offer answered and the aspect asked."""

    offer_id: Optional[str] = None
    topic: Optional[str] = None
    age: Optional[int] = None        # the writer's own age, stated in an earlier turn

    @property
    def offer_ids(self) -> Tuple[str, ...]:
        """The offer(s) answered: one id, or a short list of offers the answer named ("a,b")."""
        return tuple(i for i in (self.offer_id or "").split(",") if i)

    @classmethod
    def of(cls, value: object) -> "Context":
        if isinstance(value, Context):
            return value
        if isinstance(value, Mapping):
            age = value.get("age")
            return cls(offer_id=value.get("offer_id"), topic=value.get("topic"),
                       age=int(age) if isinstance(age, (int, float)) else None)
        return cls()


@dataclass(frozen=True)
class Question:
    text: str
    folded: str                               # normalised (skeleton) text
    aspects: Tuple[Aspect, ...]
    asker: Asker = Asker.UNKNOWN
    profession: Optional[str] = None
    ages: Tuple[int, ...] = ()
    substance: Tuple[str, ...] = ()           # "alcohol" and/or "drugs", as named
    offer_words: Tuple[str, ...] = ()         # words that may name or describe an offer
    expansions: Tuple[str, ...] = ()          # catalogue words the situation points to
    explicit: bool = True                     # aspects asked in words, not inherited
    follow_up: bool = False                   # the aspect comes from the previous turn
    for_them: bool = False                    # help for the one the asker writes about
    # the children asked about live with a parent who drinks ("vores børn har en far, der drikker")
    children_of_user: bool = False


_DRUGS = (r"\b(hash|pot|joint|joints|weed|skunk|kokain|coke|amfetamin|speed|ecstasy|mdma|"
          r"heroin|ketamin|svampe|lsd|benzo|benzodiazepin\w*|piller|opioid\w*|metadon|"
          r"ghb|gbl|spice|stoffer|stof|narko|euforiserende|cannabis|tramadol|morfin|crack|"
          r"kodein|lean|sniffer|ryger hash|fixer|"
          # slang, brand names and English: "molly", "rivotril", "cocaine", "drugs"
          r"molly|xtc|meth|metamfetamin|crystal|oxy|oxycodon|xanax|lyrica|rivotril|stesolid|"
          r"valium|cocaine|drugs|pills|mushrooms|heroine|opiates?)\b|"
          r"\b(tager|tage|på|bruger|ta) g\b|\bg'en\b")
_ALCOHOL = (r"\b(alkohol|druk|drikker|drikke|drak|fuld|fulde|øl|vin|sprut|vodka|spiritus|"
            r"alkoholiker|promille|bajere|drukner|tømmermænd|alcohol|drinking|drinks|drink|drunk|"
            r"beer|wine|booze)\b")

# Situations described in everyday words -> words the catalogues use for them.
_SITUATIONS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    (r"\barbejder (til|fuld tid|hele dagen)|\bfuldtid|\bkl\.? ?1[6-9]\b|\befter arbejde|"
     r"\bfyraften|\bstuderer\b|\bhar (et )?job\b|\bom aftenen\b|\b(på|til) aftenhold",
     ("arbejder", "studerer", "abningstiden", "aften")),
    (r"\b(komme|kommer|tage) (hjem|ud) til\b|\bhjemme hos\b|\bhjemmebesøg|"
     r"\bbesøg hjemme|\bforegå\w* (derhjemme|hjemme)\b",
     ("hjemmebesog", "udgaende", "naromrade", "narmiljo")),
    (r"\b(magter|orker|kan|klarer) ikke\b.*\b(samtale|snakke|tale|terapi|behandling)|"
     r"\bikke (magter|orker|kan klare)\b|\bfor (svært|hårdt|meget) at (snakke|tale)",
     ("samtalebehandling", "udsatte", "omsorg", "skadesreduktion", "stabiliserende")),
    (r"\b(selvom|selv om|men) (han|hun|de|den unge|hen)? ?(ikke vil|vil ikke|nægter)|"
     r"\btvang|\btvinge|\bpålagt|\b(socialrådgiver|sagsbehandler|kommunen|børnesocial\w*)\w* "
     r"(siger|kræver|bestemmer|har bestemt|vil have)", ("palagt", "tvang", "borne",
                                                        "socialradgivningen")),
    (r"\bpå døgn\b|\bdøgnet\b|\bdøgnophold|\bindlagt\b|\bindlæggelse|\bbehandlingshjem|"
     r"\bbehandlingssted (hvor|som) (man|han|hun|jeg) bor|\bbo (der|på stedet)\b|\brehab\b|\bklinik",
     ("dognbehandling", "dogntilbud", "dognophold")),
    (r"\bgravid|\bventer (et )?barn\b|\bi omstændigheder|\bpregnant", ("gravid", "gravide")),
    (r"\bautis|\basf\b|\badhd\b|\bhandicap|\budviklingshæmmet|\bkognitiv|\bdiagnose|"
     r"\bpsykisk syg|\bskizofren|\bpsykose|\bpsykiatri",
     ("autisme", "kognitivt", "psykoser", "funktionsniveau", "tilrettelagt", "stabiliserende")),
    (r"\b(små|mine|vores|to|tre|fire) (små )?(børn|unger|baby|babyer)\b|\bbørn (derhjemme|"
     r"hjemme)\b|\bhar (en |et )?(baby|spædbarn|små børn)\b|\b(mor|far) til (to|tre|en|et|"
     r"fire|små)\b", ("familieorienteret", "familiebehandling", "foralder")),
    (r"\baftercare\b|\bafter ?care\b|\b(finished|after|completed) (his |her |their |my |the )?(alcohol |drug )?"
     r"treatment|\b(færdig med|gennemført|afsluttet) (sin |sit |hans |hendes |min |mit |den |det |en |et )?"
     r"\w*(behandling|forløb)(en|et)?\b", ("efterbehandling", "efterforlob", "efterbehandlingsgruppe")),
    (r"\brehab\b|\bresidential|\bdetox", ("dognbehandling", "afgiftning", "afrusning")),
    (r"\b(hjem|ud) fra (døgn|døgnbehandling|behandlingsstedet|institution)|\befter (døgn|"
     r"døgnbehandling|døgnopholdet|opholdet)",
     ("efterbehandling", "efterforlob", "efterbehandlingsgruppe")),
    (r"\bhjemløs|\bpå gaden\b|\bsover ude\b|\bingen bolig\b", ("hjemloshed", "udsatte", "gade")),
    # lonely after treatment: "ensom og mangler et sted at komme", "et sted at være i hverdagen"
    (r"\bensom|\bisoleret\b|\bmangler (et sted|nogen at|venner|et netværk)|\bet sted (at|hvor (han|hun|jeg|man) kan) "
     r"(komme|være|gå hen)|\bi hverdagen\b", ("varested", "vaerested", "netvaerk", "samvaer")),
    (r"\bsprøjte|\bfixe|\bkanyle|\binjicer", ("injektionsudstyr", "sprojter", "kanyler")),
    (r"\bkriminal|\bdømt|\bdom\b|\bfængsel|\bpoliti", ("kriminalforsorgen",
                                                     "ungdomskriminalitetsnavnet")),
    (r"\babstinens|\bryster\b|\bdelir|\bafrus|\btrappe ned|\bsveder\b|\bsvedeture|\bhjertebank|"
     r"\bwithdrawal|\bthe shakes\b|\b(får|fik|faar) det (ret |rigtig |meget )?(skidt|dårligt|elendigt) "
     r"(når|naar|hvis) (jeg|han|hun) (prøver at )?(stopper|stoppe|holder op|holde op)", ("abstinenser", "afrusning")),
    (r"\bakut\b|\blige nu\b|\bi nat\b", ("akut",)),
    (r"\bonline|\bvideo|\bskærm|\bchat", ("online",)),
    (r"\bvil ikke (i behandling|have hjælp|stoppe)|\bnægter at", ("ikke", "motivere")),
    (r"\bkoncentrat|\bsøvn|\bsove\b|\buro\b|\bangst", ("nada", "sovn", "uro")),
)

INTENT_ASPECTS: Dict[str, Aspect] = {
    "ask_price": Aspect.PRICE, "ask_waiting_time": Aspect.WAITING_TIME,
    "ask_duration": Aspect.DURATION, "ask_age": Aspect.TARGET_GROUP,
    "ask_anonymity": Aspect.ANONYMITY, "ask_privacy": Aspect.ANONYMITY,
    "ask_how_to_start": Aspect.HOW_TO_START, "ask_address": Aspect.ADDRESS,
    "ask_phone": Aspect.PHONE, "ask_opening_hours": Aspect.HOURS,
    "ask_phone_hours": Aspect.HOURS, "ask_open_now": Aspect.HOURS,
    "ask_offer_info": Aspect.OVERVIEW, "ask_relatives": Aspect.RELATIVES,
    "ask_methods": Aspect.CONTENT,
}


def _compile(pattern: str) -> Pattern[str]:
    return re.compile(skeleton_pattern(pattern))


# How much, said with a noun that names nothing ("ryger en del", "drikker en hel masse"), and
# where the writer lives ("jeg bor i Vejle" names no residential offer) or is busy until
_ASIDES = re.compile(r"\b(en (hel )?del|en (hel )?masse|en smule)\b|"
                       r"\b(jeg |vi |han |hun )?(bor|boede) (i|på) \w+|"
                       # and when one is busy: "jeg har skole til kl 15" names no school offer
                       r"\b(skole|skolen|arbejde|arbejdet|job|timer|undervisning) (til|indtil) (kl\.? ?)?\d",
                       re.IGNORECASE)
_DRUGS_RE, _ALCOHOL_RE = _compile(_DRUGS), _compile(_ALCOHOL)
# Compounds that say the substance but may also name an offer ("alkoholforløb"): they tell
# the substance and stay among the words that name offers.
_DRUGS_IN = _compile(r"\bstof(misbrug|behandling|brug|problem|afhængig)\w*")
_ALCOHOL_IN = _compile(r"\balkohol(forløb|behandling|misbrug|problem|afhængig)\w*")
_SITUATION_RE = tuple((_compile(p), words) for p, words in _SITUATIONS)


def find_ages(folded: str) -> Tuple[int, ...]:
    """The ages the message states, in order (the one reader: core.language.ages)."""
    return ages(folded)


def find_substances(folded: str) -> Tuple[str, ...]:
    found = []
    if _ALCOHOL_RE.search(folded) or _ALCOHOL_IN.search(folded):
        found.append("alcohol")
    if _DRUGS_RE.search(folded) or _DRUGS_IN.search(folded):
        found.append("drugs")
    return tuple(found)


_SUBSTANCE_WORDS = {"drugs": ("stofbehandling", "stofmisbrug", "stoffer"),
                    "alcohol": ("alkoholbehandling", "alkohol")}


def situation_words(folded: str) -> Tuple[str, ...]:
    """Catalogue words for the situations the text describes."""
    extra: List[str] = []
    for pattern, words in _SITUATION_RE:
        if pattern.search(folded):
            extra.extend(w for w in words if w not in extra)
    return tuple(extra)


def substance_words(question: "Question") -> Tuple[str, ...]:
    """Catalogue words for the one substance the question names ("GHB" -> stofbehandling)."""
    return _SUBSTANCE_WORDS[question.substance[0]] if len(question.substance) == 1 else ()


def _without_situations(folded: str) -> str:
    for pattern, _ in _SITUATION_RE:
        folded = pattern.sub(" ", folded)
    return folded


_SAME_FOR = _compile(r"^(og )?(gælder|er) (det|den|dét|det samme|dette|reglen) (så )?(også|ligeså)\b|"
                     r"\b(samme regler?|det samme) (for|ved|i)\b")
_TOPICS = frozenset(a.value for a in Aspect)
# Details a story can ask without a question of its own: a worry about being known or about consent
_CONCERNS = frozenset((Aspect.ANONYMITY, Aspect.CONSENT))
_CARRIED = _TOPICS - {Aspect.OVERVIEW.value, Aspect.TARGET_GROUP.value}


def without_asides(text: str) -> str:
    """``text`` without words that name no offer however they sound: how much ("en del"),
    where one lives ("bor i Vejle") and when one is busy ("har skole til kl 15")."""
    return _ASIDES.sub(" ", text)


def _offer_words(text: str) -> Tuple[str, ...]:
    """Words that may name or describe an offer: not the words that ask, who asks, the
    substance, how much or where one lives; of an English message glossed into Danish
    (:func:`core.language.english.gloss`), only the Danish words of the gloss."""
    found = content_words(_ASIDES.sub(" ", _DRUGS_RE.sub(" ", _ALCOHOL_RE.sub(" ", without_asker(
        _without_situations(strip_aspect_words(text)))))))
    original, _, glossed = text.rpartition("\n")
    if original and looks_english(original):  # "live in skanderborg": no Slusen "to live in"
        danish = set(content_words(glossed))
        found = [w for w in found if w in danish and is_danish_word(w)]
    return tuple(found)


def understand(text: str, context: object = None, intent: Optional[str] = None) -> Question:
    """Read ``text``; with no aspect in words, use the NLU ``intent`` or the previous turn's."""
    folded = normalise(text)
    asked = asked_part(text)  # a story with a question: the details asked are in the question
    aspects: Sequence[Aspect] = detect_aspects(asked if asked is not None else text)
    if asked is not None:  # ... and a worry the story tells ("bange for at forældrene finder ud af det")
        aspects = list(aspects) + [a for a in detect_aspects(text) if a in _CONCERNS and a not in aspects]
    ctx = Context.of(context)
    explicit, follow_up = bool(aspects), False
    if _SAME_FOR.search(folded) and ctx.topic in _CARRIED:
        # "gælder det også den anonyme?": the last detail asked, about what is named now
        aspects, follow_up = [Aspect(ctx.topic)], True
    elif not aspects and intent in INTENT_ASPECTS:
        aspects = [INTENT_ASPECTS[intent]]
    elif not aspects and ctx.topic in _TOPICS and ctx.topic != "overview" \
            and not other_topic(text):  # "kan han også få antabus der?" asks about medicine
        aspects, follow_up = [Aspect(ctx.topic)], True
    asker, profession = find_asker(folded)
    children_of_user = is_children_of_user(folded)
    if children_of_user and asker is Asker.UNKNOWN:
        asker = Asker.PARENT  # the other parent (or a grandparent) asks for the children
    ages = find_ages(folded)
    if not ages and ctx.age is not None and asker in (Asker.SELF, Asker.UNKNOWN):
        ages = (ctx.age,)  # "får mine forældre det at vide?" after "er 16 og ...": still 16
    substance = find_substances(folded)
    expansions = situation_words(folded)
    return Question(
        text=text, folded=folded, aspects=tuple(aspects), asker=asker, profession=profession,
        ages=ages, substance=substance,
        offer_words=_offer_words(text),
        expansions=expansions, explicit=explicit, follow_up=follow_up,
        for_them=for_them(folded),
        children_of_user=children_of_user,
    )


__all__ = ["Asker", "Context", "Question", "understand", "find_asker", "find_ages", "without_asker",
           "find_substances", "situation_words", "substance_words", "INTENT_ASPECTS"]

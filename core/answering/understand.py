"""Read a message: what is asked, who asks, about whom (age, substance), in which words.

:func:`understand` turns one message (and the previous turn's context) into a
:class:`Question`. Nothing here knows the catalogues; :mod:`core.answering.resolve`
matches the question's words against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Dict, List, Mapping, Optional, Pattern, Sequence, Tuple

from core.answering.aspects import Aspect, detect_aspects, strip_aspect_words
from core.answering.cues import other_topic
from core.answering.dictionary import is_danish_word
from core.answering.sentences import asked_part
from core.answering.text import content_words, normalise, skeleton_pattern
from core.language.ages import ages
from core.language.english import looks_english
from core.language.vocab import RELATION_NOUNS


class Asker(str, Enum):
    SELF = "self"
    PARENT = "parent"
    PARTNER = "partner"
    CHILD = "child"            # a child or young person whose parent drinks or uses
    FRIEND = "friend"
    RELATIVE = "relative"      # other family, or "pårørende" without more
    PROFESSIONAL = "professional"
    UNKNOWN = "unknown"


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


_P = re.compile


def _nouns(relation: str) -> str:
    """The shared relation nouns (core.language.vocab), longest first, as an alternation."""
    return "|".join(sorted(RELATION_NOUNS[relation], key=lambda w: (-len(w), w)))


_PROFESSION: Tuple[Tuple[str, str], ...] = (
    ("teacher", r"\b(jeg er|som|vi er) (\w+-)?(lærer|lærere|underviser|undervisere|"
                r"studievejleder|vejleder|skolelærer|klasselærer|kontaktlærer|skolevejleder|"
                r"ssp-\w+|ssp \w+)\b|\b(min|mine|vores|en|af mine) elev(er)?\b"
                r"|\bmindrerus\b.*\b(skole|elev|vi)\b|\bvi har\b.*\bmindrerus\b|"
                r"\bpå (min|vores) skole\b"),
    ("gp", r"\b(jeg er|som|vi er) (læge|praktiserende læge|egen læge|\w*sygeplejerske|"
           r"\w*sundhedsplejerske|psykolog|\w*læge)\b|\b(min|mine|vores|en) patient(er)?\b"),
    ("caseworker", r"\b(jeg er|som|vi er) (sagsbehandler|socialrådgiver|jobkonsulent|"
                   r"rådgiver|mentor|visitator)\b|\b(jeg er|vi er) \w+ (på|i) (jobcentret|"
                   r"jobcenteret|jobcenter)\b|\b(jeg|vi) (arbejder|sidder) (på|i) (jobcentret|"
                   r"jobcenteret|jobcenter|kommunen)\b|\bfra jobcentret\b|\b(en|min|mine|vores) "
                   r"(borger|borgere|klient|klienter)\b|\bborgeren\b"),
    ("housing_support", r"\bbostøtte|\bstøttekontaktperson|\b(jeg er|som) kontaktperson\b|"
                        r"\b(min|mine|vores|en) beboer(e)?\b|\bpå (bostedet|botilbuddet)\b"),
    ("pedagogue", r"\b(jeg er|som|vi er) (pædagog|pædagoger|socialpædagog|klubmedarbejder)\b"),
    ("employer", r"\b(jeg er|som) (arbejdsgiver|leder|chef|mellemleder)\b|\b(min|mine|vores|en) "
                 r"(medarbejder|medarbejdere|ansat|ansatte)\b"),
)
_ASKERS: Tuple[Tuple[Asker, str], ...] = (
    (Asker.CHILD, r"\b(min|vores) (mor|far|stedfar|stedmor|papfar|papmor|forældre|mors|fars)"
                  r"( \(?\d{2}\)?| på \d{2})? "  # "vores far (58) er ..."
                  r"(drikker|ryger|tager|bruger|drak|røg|brugte|har (altid |også )?(drukket|røget|taget|brugt)|"
                  r"er (alkoholiker|misbruger|fuld|narkoman|skæv|"
                  r"afhængig|i \w*behandling)|har (et )?(alkohol|misbrug|problem|drukproblem))|\bmine forældre "
                  r"(drikker|ryger|tager|bruger|er)\b|\bbarn af\b|\bmy (mom|dad|parents?) drinks|"
                  r"\bvoksne? (børn|barn|datter|søn) (af|til|med|på)\b|\bnoget for voksne børn\b"),
    (Asker.PARENT, r"\b(min|vores) (" + _nouns("parent") + r")\b|\bmit barn\b|"
                   r"\b(som|jeg er|vi er) (mor|far|forælder|forældre) til\b|\bsom (forælder|forældre|mor|far)\b|"
                   r"\bmy (son|daughter|kid|child)\b|\b(vores|mine) børn (drikker|ryger|tager)"),
    (Asker.PARTNER, r"\b(min|vores) (" + _nouns("partner") + r")\b|\bmy (husband|wife|partner|boyfriend|"
                    r"girlfriend)\b|\b(kærester?|kaerester?|gift|samlevere?|partnere?|sammen) med en "
                    r"(der|som) (drikker|ryger|tager|bruger|har)\b"),
    (Asker.FRIEND, r"\b(min|en|vores) (bedste |gamle |gode |nære |tætte |gamle skole)?(ven|veninde|kammerat|"
                   r"bedsteven|bedsteveninde|"
                   r"makker|klassekammerat|kollega|nabo|roomie)\b|\bmy friend\b|\ben af mine "
                   r"(venner|veninder)\b"),
    (Asker.RELATIVE, r"\b(min|vores) (" + _nouns("sibling") + r"|morfar|farfar|mormor|farmor|onkel|"
                     r"moster|faster|tante|fætter|kusine|svigermor|svigerfar|svoger|svigerinde|"
                     r"familie)\b|\bpårørende\b"),
    (Asker.SELF, r"\bjeg (drikker|ryger|tager\b(?! (det|den|dem|ham|hende|op|med|fat|kontakt))|bruger|sniffer|fixer|"
                 r"har (et )?(problem|misbrug|"
                 r"forbrug)|er (afhængig|alkoholiker|misbruger|ung|gravid)|vil (stoppe|skære ned|"
                 r"have hjælp|i behandling))|\bmit (forbrug|misbrug|drikkeri)\b|\bi drink\b"),
)

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
    return _P(skeleton_pattern(pattern))


_PROFESSION_RE = tuple((name, _compile(p)) for name, p in _PROFESSION)
_ASKER_RE = tuple((asker, _compile(p)) for asker, p in _ASKERS)
# How much, said with a noun that names nothing ("ryger en del", "drikker en hel masse"), and
# where the writer lives ("jeg bor i Vejle" names no residential offer) or is busy until
_QUANTITY = re.compile(r"\b(en (hel )?del|en (hel )?masse|en smule)\b|"
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


# Children whose parent drinks or uses, asked about by the other parent or a grandparent:
# "mine børns far drikker", "vores to børn på 8 og 11 har en mor, der drikker", "børnenes far tager stoffer"
_CHILDREN_OF_USER = _compile(
    r"\b(mine|vores|hendes|hans) (\w+ )?(børns|drenges|pigers|barns) (far|mor|fars|mors)\b|"
    r"\bbørnenes (far|mor)\b|"
    r"\b(mine|vores|de|to|tre) (\w+ )?(børn|drenge|piger|unger|barnebørn)( på \d+(, \d+)*( og \d+)?)? "
    r"(har|med) en (far|mor|"
    r"forælder|stedfar|stedmor),? (der|som) (drikker|ryger|tager|bruger|har|er (i \w*behandling|alkoholiker|"
    r"misbruger|afhængig))\b|"
    r"\bmy (kids|children)'?s? (dad|mum|mom|father|mother) (drinks|uses)|"
    # a young friend or sibling whose parent uses: "min veninde på 15 har en mor, der tager piller"
    r"\b(min|en) (ven|veninde|kammerat|klassekammerat|kæreste|bror|lillebror|søster|lillesøster|kusine|fætter)"
    r"( på \d+)? (har en|hvis) (mor|far|stedfar|stedmor),? (der |som )?(drikker|tager|ryger|bruger|er alkoholiker)\b")
_BRINGS_ALONG = _compile(r"\b(kan|må|skal) (min|mine|vores) \w+ (komme|være|tage|deltage)"
                         r"( \w+)? med\b|\b(tage|have|tager) (min|mine|vores) \w+ med\b")
# "jeg tager" is one's own use, not "når jeg tager det op" (bringing it up) or "jeg tager med"
_TAKES = (r"tager\b(?! (det|den|dem|ham|hende|mig|os|fat|op|med|hjem|på|til|ud|afsted|ansvar|hånd|imod|fejl|"
          r"kontakt|telefonen)\b)")
_OWN_USE = _compile(r"\bjeg (drikker|ryger|" + _TAKES + r"|bruger|sniffer)\b|\bjeg er (mor|far) til\b"
                    r"[^.?!]{0,30}\b(og|men) (drikker|ryger|tager|bruger)\b"
                    # "jeg er 26 og har drukket meget", "jeg har røget hver dag i et år"
                    r"|\bjeg (har|havde) (\w+ ){0,2}(drukket|røget|taget|brugt|sniffet)\b"
                    r"|\bjeg er \d{1,2}( år)? og (har )?(drikker|drukket|ryger|røget|tager|taget)\b")
_FOR_THEM = _compile(r"\b(for|til) (ham|hende|dem)\b|\b(kan|skal|må) (han|hun|de) (få|komme|gå|"
                     r"starte|bruge)\b|\bhvad (kan|skal) (han|hun|de)\b|\bhjælpe (ham|hende)\b|"
                     # "er der noget for så unge?", "hjælp til min søn": for the other person
                     r"\b(noget|tilbud|hjælp|behandling) (for|til) (så |helt )?(unge|ung|børn|teenagere|"
                     r"en ung|en på (hans|hendes) alder)\b|\b(for|til) (min|vores) (søn|datter|barn|dreng|pige)\b|"
                     # "kan nogen opsøge ham?", "et sted han kan komme", "hvad kan hun få af hjælp?",
                     # "er der noget til børnene?": the other person is the one to be helped
                     r"\b(opsøge|hjælpe|støtte|behandle|besøge|tage imod) (ham|hende|dem)\b|"
                     r"\b(folk|nogen|personer|unge) som (ham|hende|dem)\b|"
                     r"\b(han|hun) (er|føler sig) (meget )?(ensom|isoleret)\b|\b(han|hun) mangler\b|"
                     r"\b(han|hun|de) (kan|skal|må|vil) (komme|få|gå|starte|bruge|blive|møde|være|bo)\b|"
                     r"\b(kan|skal|må|vil) (han|hun|de) (så )?(få|komme|gå|starte|bruge|blive)\b|"
                     r"\b(for|til) (børnene|barnet|ungerne|den unge|mit barnebarn|mine barnebørn)\b|"
                     r"\b(kan|skal|må) ((min|vores) (søn|datter|bror|søster|ven|veninde|mand|kone|kæreste|"
                     r"far|mor|barn|dreng|pige)|børnene|barnet|ungerne) (få|komme|gå|starte|selv|blive|være)\b")
# "kan jeg få hjælp til at hjælpe ham?": help for the asker, to help the other person
_HELP_TO_HELP = _compile(r"\b(jeg|vi|mig|os)\b.{0,30}\btil at hjælpe (ham|hende|dem)\b")
_FIRST_PERSON = _compile(r"\b(jeg|mig|mit|min|mine|i am|i'm|me)\b")
_THIRD_PERSON = _compile(r"\b(han|hun|hen|ham|hende|de|dem|he|she|they)\b")


# A role said first, as a signature: "socialrådgiver her -", "Jobkonsulent: ...", "hej, lærer her."
_ROLE_FIRST = re.compile(r"^(hej[ ,.!]*|hejsa[ ,.!]*)?(?P<role>\w+(-\w+)?) (her|here)\b|^(?P<role_>\w+):")


def without_asker(folded: str) -> str:
    """The text without the words that say who asks ("jeg er lærer", "min elev")."""
    role = _ROLE_FIRST.search(folded)
    if role is not None and any(p.search("jeg er " + (role.group("role") or role.group("role_") or ""))
                                for _, p in _PROFESSION_RE):
        folded = " " + folded[role.end():]  # "SSP-medarbejder her." says who asks, not what
    for _, pattern in _PROFESSION_RE:
        folded = pattern.sub(" ", folded)
    return folded


def find_asker(folded: str) -> Tuple[Asker, Optional[str]]:
    """Who writes: a professional (and which), someone close to a user, or the user."""
    role = _ROLE_FIRST.search(folded)  # "socialrådgiver her: ...", "Jobkonsulent: ..."
    said = folded if role is None else f"{folded} jeg er {role.group('role') or role.group('role_')}"
    for name, pattern in _PROFESSION_RE:
        if pattern.search(said):
            return Asker.PROFESSIONAL, name
    if _BRINGS_ALONG.search(folded) or _OWN_USE.search(folded):
        return Asker.SELF, None  # "jeg drikker og har to små børn": the parent is the user
    for asker, pattern in _ASKER_RE:
        if pattern.search(folded):
            return asker, None
    if _FIRST_PERSON.search(folded) and not _THIRD_PERSON.search(folded):
        return Asker.SELF, None
    return Asker.UNKNOWN, None


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
    return _QUANTITY.sub(" ", text)


def _offer_words(text: str) -> Tuple[str, ...]:
    """Words that may name or describe an offer: not the words that ask, who asks, the
    substance, how much or where one lives; of an English message glossed into Danish
    (:func:`core.language.english.gloss`), only the Danish words of the gloss."""
    found = content_words(_QUANTITY.sub(" ", _DRUGS_RE.sub(" ", _ALCOHOL_RE.sub(" ", without_asker(
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
    children_of_user = bool(_CHILDREN_OF_USER.search(folded))
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
        for_them=bool(_FOR_THEM.search(folded)) and not _HELP_TO_HELP.search(folded),
        children_of_user=children_of_user,
    )


__all__ = ["Asker", "Context", "Question", "understand", "find_asker", "find_ages", "without_asker",
           "find_substances", "situation_words", "substance_words", "INTENT_ASPECTS"]

"""Who writes, and about whom: a professional (and which), someone close to a user, or the
user; whether help is asked for the other person, and whether children asked about live with a
parent who drinks or uses.

:mod:`core.answering.understand` reads the rest of a message and keeps :class:`Asker` in each
:class:`~core.answering.understand.Question`. All patterns match ``normalise``d text.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Optional, Pattern, Tuple

from core.answering.text import skeleton_pattern
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


def _compile(pattern: str) -> Pattern[str]:
    return re.compile(skeleton_pattern(pattern))


_PROFESSION_RE = tuple((name, _compile(p)) for name, p in _PROFESSION)
_ASKER_RE = tuple((asker, _compile(p)) for asker, p in _ASKERS)


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


def for_them(folded: str) -> bool:
    """Help is asked for the other person ("hvad kan han få?"), not for the asker to help them."""
    return bool(_FOR_THEM.search(folded)) and not _HELP_TO_HELP.search(folded)


def children_of_user(folded: str) -> bool:
    """The children asked about live with a parent who drinks or uses."""
    return bool(_CHILDREN_OF_USER.search(folded))


__all__ = ["Asker", "find_asker", "without_asker", "for_them", "children_of_user"]

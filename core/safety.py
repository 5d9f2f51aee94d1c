"""Recognise messages about danger now, so that 112 comes first, and only then.

Two numbers measure this module (``make eval-safety``): recall on crisis messages and the
false-alarm rate on ordinary ones, both on sets written by reviewers who never read it.

How a message is read:

1. The whole message is normalised (:mod:`core.safety_text`): NFKC, invisible
   characters dropped, æ/ø/å folded, spaced-out letters joined, simple leetspeak undone.
   Nothing is cut: a crisis at the end of a long message counts.
2. It is split into clauses. Each crisis pattern is tried on each clause; a hit is dropped
   when the clause shows it is not about danger now: a negation just before it ("jeg har
   ikke tænkt på selvmord"), hyperbole ("jeg dør af grin", "mor slår mig ihjel hvis hun
   ser karakteren"), a general information question ("hvad er tegn på en overdosis?") or
   an event clearly in the past ("min far døde af en overdosis for 5 år siden"), unless
   the clause also says it is happening now.
3. Method-seeking after distress ("hvor mange piller skal der til") is never taken for an
   information question.

The result is a :class:`Signal`: ``acute`` (answer with 112 first), ``concern`` (a child
writes that a parent drinks: name BørneTelefonen, then answer the question) or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Pattern, Sequence, Tuple

from core.safety_model import THRESHOLD, model
from core.safety_text import normalise as normalise  # re-exported: the detector's input form

ACUTE = "acute"
CONCERN = "concern"

KINDS = ("suicide", "self_harm", "overdose", "violence", "child", "general")


@dataclass(frozen=True)
class Signal:
    """What the detector found: a level (``acute``/``concern``/None) and a kind."""

    level: Optional[str] = None
    kind: Optional[str] = None

    @property
    def acute(self) -> bool:
        return self.level == ACUTE


NONE = Signal()

# ------------------------------------------------------------------ clauses
# An ordinal ("i 8. klasse", "10. sal") ends no clause
_ORDINAL_DOT = (r"(?:(?<!\d)\.|\.(?! ?(?:klasse\w*|sal|g|aargang|semester|januar|februar|marts|april|maj|juni|juli|"
                r"august|september|oktober|november|december)\b))")
# a numbered item ("1) hvor mange ...") starts a clause of its own
_CLAUSE_SPLIT = re.compile(r"(?:[!?;:\n]|" + _ORDINAL_DOT + r"|\.(?=\.))+|,\s|\s(?:men|but)\s|(?:^|\s)\d{1,2}\)\s|"
                           r"\s(?:og|and)\s(?=(?:nu|now)\b)")


def clauses(normalised: str) -> List[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(normalised) if c and c.strip()]


# ------------------------------------------------------------------ patterns
_ME = r"(?:mig|mig selv)"
_PERSON = (r"(?:mig|os|hende|ham|dem|min \w+|mine \w+|mit \w+|mor|far|barnet|boernene|ungerne|"
           r"lillebror|lillesoester|storebror|storesoester|vores \w+|sin \w+|sine \w+|hans \w+|hendes \w+|naboen|"
           r"kaeresten|konen|manden|vennen|en (?:pige|dreng|mand|kvinde|fyr|ven|veninde))")
_WEAPON = (r"(?:kniv\w*|pistol\w*|vaaben|gevaer\w*|oekse\w*|bat|baseballbat\w*|koelle\w*|hammer\w*|machete\w*|"
           r"jernstang\w*|boksejern)")
# "vil ikke leve sådan her (med druk)": a life to change, not to end
_LIFE_LIKE_THIS = (r"(?! (?:saadan|paa den (?:her )?maade|som nu|med (?:druk|hash|stoffer|alkohol|misbrug)|"
                   r"et liv (?:med|som)))")
# "svarer ikke altid / så tit / på sms": worry, not a person who does not respond
_NOT_ALWAYS = (r"(?! (?:altid|saa tit|saa ofte|ret tit|tit|ofte|saa meget|saa hurtigt|hurtigt|med det samme|som foer|"
               r"laengere paa|paa (?:mine|min|sms|beskeder|telefon|opkald|\w+ sms)|om morgenen|foer|tidligt)\b)")
_FILLER = r"(?:(?:bare|gerne|egentlig|helst|hellere|virkelig|saa|nu|ogsaa|faktisk|tit|ofte|mest|allerhelst) ){0,3}"
_DIE = r"(?:doe|do|doer|dor|vaere doed|vaere dod)"
# What a wish to stop is about: a drink, a drug, a habit (never a life)
_HABIT = (r"druk\w*|drikkeri\w*|drikke\w*|alkohol\w*|sprut\w*|oel\w*|vin|vinen|misbrug\w*|hash\w*|joint\w*|"
          r"kokain\w*|coke|stoffer\w*|stofferne|piller|pillerne|benzo\w*|rygning\w*|smoeger\w*|cigaret\w*|snus|"
          r"spil\w*|gambling|afhaengighed\w*|forbrug\w*|vane\w*|fest\w*|drinking|drugs|weed")

# Being at a drop ("står ved rækværket på broen", "er oppe på taget af p-huset")
_AT_EDGE = (r"\b(?:staar|sidder|sad|stod|er|er gaaet|er kravlet|er klatret|kravlet|klatret|gaaet|standing|sitting|"
            r"i'?m|jeg er) (?:\w+ ){0,3}?(?:paa|ved|over|op paa|oppe paa|ud paa|oppe i|on|at) (?:\w+ ){0,3}?"
            r"(?:taget|tagkanten|broen|en bro|\w+broen|parkeringshuset|phuset|p huset|kanten|klinten|skraenten|"
            r"raekvaerket|gelaenderet|altanen|et hoejhus|hoejhuset|toppen|\d+\.? ?sal|bridge|roof|edge|ledge)\b")
# ... with the drop in mind
_EDGE_CUE = (r"\b(?:kigger ned(?! paa)|ser ned(?! paa)|langt ned|(?:taenker|overvejer) (?:\w+ ){0,3}(?:springe|hoppe|"
             r"falde|det er nu)|springe|hoppe|lade mig falde|det er nu|(?:nemt|let) herfra|farvel|et skridt (?:frem|ud|"
             r"mere)|hopp\w*|spring\w*|genvejen|den hurtige vej|ned herfra|"
             r"ingen ved hvor jeg er|toer|tor|benene ud over|"
             r"foedderne ud over|ud over kanten|jump\w*|"
             r"thinking about|looking down|goodbye|vinduet er aabent|vil (?:ikke|ik) (?:komme|gaa|klatre) ned|"
             r"won'?t come down)\b")
_INTEND = (r"\b(?:vil|ville|lyst til at|taenker paa at|taenker paa|overvejer at|overvejer|skal|kunne (?:bare )?|"
           r"har taenkt mig at|want to|wanna|going to|gonna|leder efter (?:et|en) \w+ at)")

# Medicines and drugs named in dose questions
_DRUG = (r"piller|pillerne|tabletter|sovepiller|panodil|pamol|paracetamol|ipren|stesolid|oxapax|tramadol|morfin|"
         r"metadon|kodimagnyl|xanax|benzo\w*|antidepressiv\w*|heroin|fentanyl|oxy\w*|insulin|pills|tablets")

_SUICIDE = [
    r"selvmord", r"\bsuicid", r"\bsewer ?slide", r"\bun ?alive", r"\bkms\b", r"\bself[ -]?delete",
    r"\bta(?:ge|r|ger)? (?:mit|sit|dit|hans|hendes) (?:eget )?liv\b", r"\btager (?:mit|sit|dit) (?:eget )?liv\b",
    r"\btag(?:e|er)? livet af\b", r"\blivet af (?:mig|sig)\b",
    r"\b(?:draebe|draeber|skyde|haenge|kvæle|kvaele) (?:mig|sig) selv\b",
    r"\b(?:slaa|slaar|slar) (?:mig|sig) (?:selv )?ihjel\b", r"\bhaenge mig\b",
    r"\b(?:vil|ville|gerne|skal|har lyst til at|lyst til at|oensker at|onsker at|oensker jeg kunne|"
    r"vil hellere|ville oenske jeg kunne|bare vil|vil bare|ville bare|maa hellere) " + _FILLER + _DIE + r"\b",
    r"\bhaaber (?:at )?jeg (?:doer|dor|doe|ikke vaagner|aldrig vaagner|ikke vaagner op)",
    r"\b(?:oensker|onsker|vil gerne|vil bare) (?:at )?(?:vaere )?doed\b",
    r"\b(?:oensker|onsker|ville oenske|haaber|wish) (?:at )?(?:jeg|i) (?:bare )?(?:var|vaere|was|were) (?:doed|dead)\b",
    r"\bhellere (?:vaere )?doed\b",
    r"\b(?:ikke|ik|ikk) (?:vil|gider|orker|kan holde ud at|har lyst til at) (?:at )?(?:leve|vaere i live|vaere here?)\b"
    + _LIFE_LIKE_THIS,
    r"\b(?:vil|gider|orker|oensker|onsker) (?:ikke|ik|ikk) (?:at )?(?:leve|vaere i live|vaere her)\b" + _LIFE_LIKE_THIS,
    r"\bingen lyst (?:til )?at (?:leve|vaere her|vaere i live)\b",
    r"\bbeder (?:jeg )?(?:til|om) at jeg (?:ikke vaagner|doer|aldrig vaagner)\b",
    r"\bhaaber (?:at )?jeg (?:\w+ ){0,2}(?:ikke vaagner|aldrig vaagner|doer)\b",
    # a wish never to wake, however it is wrapped: "ønsker tit at jeg bare sov ind og ikke vågnede op igen"
    r"\b(?:haaber|oensker|onsker|wish|hope|beder om)\b(?: \w+){0,8} (?:ikke|aldrig|never|not) (?:at )?"
    r"(?:vaagner|vaagne|vaagnede|wake|waking)(?: op| up)?(?= (?:igen|mere|nogensinde|i morgen|again|ever)\b|\s*$|"
    r"\s*[.,!])",
    # the end as the best way out: "det letteste ville være ikke at være til", "bedre hvis jeg ikke fandtes"
    r"\b(?:bedste|bedre|nemmeste|nemmest|letteste|lettest|best|easier)\b(?: \w+){0,4} "
    r"(?:ikke at (?:vaere her|vaere til|"
    r"leve|eksistere|findes|vaagne)|at forsvinde for altid|at vaere doed|(?:hvis|om) jeg (?:ikke|ik) (?:var her|"
    r"fandtes|eksisterede|levede)|not (?:to be|being) (?:here|alive|around))\b",
    # steering into something on the road: "tænker på at køre ind i en betonpille på motorvejen"
    r"\b(?:jeg|mig|i)\b(?: \w+){0,5} (?:koere|koerer|koerte|drejede|dreje|drejer|styre|styrer|styrede|trække|"
    r"traekke|traekker|swerve|crash|drive|steer) (?:\w+ ){0,2}(?:ind i|ud foran|into|in front of) (?:et trae|"
    r"traeet|en mur|muren|en lastbil|lastbilen|en betonpille|en bropille|en klippe|modkoerende|et tog|toget|"
    r"a tree|a wall|a truck|a train|oncoming)\b",
    # a farewell written before the end: "har lagt et brev til min søster og nu er det slut"
    r"\b(?:skrevet|skrev|skriver|lagt|efterladt) (?:\w+ )?(?:brev|breve|afskedsbrev\w*|besked|letter|note)\w* "
    r"til\b.{0,60}\b(?:slut|farvel|det sidste|ikke ses|goodbye|over)\b",
    # drinking for courage with no task named: "drikker for at få modet", "tager mod til mig først"
    r"\b(?:drukket|drikker|drak|drikke|taget|tager|tog)\b.{0,60}\bfor at (?:faa|tage) (?:modet|mod nok|mod)"
    r"(?: til mig| til (?:at goere )?det)?\s*(?:$|[.,!])",
    # done with life itself: "færdig med livet", "færdig med alt, i nat slutter det"
    r"\bfaerdig (?:m|med) (?:livet|at leve|at vaere her)\b",
    r"\bfaerdig (?:m|med) (?:alt|det hele)\b(?! (?:det|her|med|til|paa)\b).{0,40}\b(?:slutter|ender|slut|farvel|"
    r"i nat|i aften)\b",
    # someone gone with a farewell: "skrev at vi ikke skal lede efter hende", "riflen er væk fra skabet"
    r"\b(?:(?:ikke|ik|ikk) (?:skal|skulle|maa|behoever) (?:\w+ )?(?:lede|kigge|soege) efter|"
    r"(?:skal|skulle|maa|behoever) (?:\w+ )?(?:ikke|ik|ikk) (?:lede|kigge|soege) efter|(?:don'?t|not to) "
    r"(?:look|search) for) (?:ham|hende|mig|dem|him|her|me)\b",
    r"\b(?:\w*gevaeret|\w*gevaer|riflen|pistolen|vaabnet|revolveren|the gun|his gun|her gun|the rifle) (?:er|is|was) "
    r"(?:\w+ )?(?:vaek|forsvundet|vaek fra\w*|gone|missing)\b",
    r"\b(?:vil|gider|orker|kan) (?:ikke|ik|ikk) (?:mere|mer)$", r"\borker ikke (?:mere|mer) (?:nu|i dag)$",
    r"\bikke (?:vaere|er) her (?:mere|laengere|i morgen)\b", r"\bhvis jeg ikke er her i morgen\b",
    r"\bleve (?:mere|mer|laengere)\b(?<!\blaenge at leve mere)",
    r"\b(?:forsvinde|vaek) for altid\b", r"\bbare (?:vil )?forsvinde\b", r"\bvil (?:bare )?forsvinde\b",
    r"\bsove for evigt\b", r"\baldrig (?:at )?vaagne\b", r"\bikke (?:at )?vaagne (?:op )?(?:igen|mere)\b",
    r"\bikke vil vaagne (?:op )?igen\b",
    r"\b(?:bedre|nemmere|lettere) (?:for (?:alle|dem|jer|hende|ham) )?(?:uden mig|hvis jeg (?:ikke (?:var|fandtes|"
    r"er her)|var doed|forsvandt|vaek))",
    r"\bingen (?:vil|ville) savne mig\b", r"\bingen grund til at leve\b", r"\bikke vaerd at leve\b",
    r"\bafskeds(?:brev|besked|video|post|hilsen)", r"\bhave det overstaaet\b", r"\bhave modet\b", r"\bhoej bygning\b",
    r"(?:gevaer|pistol|vaaben|jagtgevaer)\b.*\b(?:mig selv|paa mig)\b",
    r"\b(?:ikke|ik|ikk) (?:har )?lyst til at (?:leve|vaere her|vaere i live)\b",
    r"\bhar en plan\b(?! (?:for|om|til|med|at)\b)",
    r"\bholde (?:det|livet) ud (?:mere|laengere)\b", r"\bvil (?:bare )?vaek (?:fra det hele|for altid)\b",
    r"\b(?:har|lavet|laegger) en plan\b.*\b(?:doe|liv|ende|piller|reb|bro)", r"\bplanlagt hvordan\b",
    r"\b(?:ende|afslutte) (?:det hele|mit liv|livet|"
    r"det hele nu)\b", r"\bgoere en ende paa\b(?! (?:\w+ )?(?:" + _HABIT + r")\b)",
    r"\bgoere det af med (?:mig|sig)\b", r"\bfaerdig med (?:livet|at leve)\b",
    r"\b(?:samlet|gemt|sparet) (?:mine |alle |nogle |en masse )?(?:sove)?piller\b(?!.*\b(?:mod|for at sove)\b)",
    r"\bpillerne (?:er |ligger )?klar\b", r"\btage dem alle\b", r"\bet reb\b", r"\breb(?:et)? (?:og|klar|op)\b",
    r"\b(?:springe|hoppe|kaste mig) (?:ud fra|ned fra|ud foran|foran|ud over|ud)\b(?!.{0,40}\b(?:faldskaerm|bungee|"
    r"pool|vandet|vippe\w*|trampolin\w*|svoemme\w*|badebro\w*|flyet)\b)",
    r"\bforan (?:toget|et tog|en bil|en lastbil|bussen)\b",
    r"\b(?:koere|styre) (?:bilen )?(?:ind i|galt med vilje)\b",
    # ending it, farewells, being a burden, last day, not waking up
    r"\b(?:slutte|slutter|ende|ender|afslutte|afslutter) det(?: hele)?\b(?! (?:forhold|med (?:ham|hende|druk|at)|"
    r"kursus|forloeb))",
    r"\bdet hele (?:slutter|ender|stopper)\b", r"\b(?:i aften|i nat|snart|i dag|idag) er det slut\b(?! med)",
    r"\bslut for altid\b(?! (?:med|fra)\b)",
    r"\bhvordan det skal (?:slutte|ende)\b",
    r"\b(?:besluttet|bestemt) (?:mig )?(?:for )?at det skal (?:stoppe|slutte|ende)\b",
    r"\bha(?:ve)? det (?:hele )?til at (?:stoppe|slutte|ende)\b", r"\b(?:min|er min) sidste dag\b",
    r"\bikke (?:skal )?(?:vaere|er) her (?:efter|mere|laengere|i morgen|naeste)\b",
    r"\bikke (?:skal |vil )?(?:vaagne|staa op|staar op|stod op) (?:op )?(?:mere|igen|nogensinde)\b",
    r"\b(?:naar|hvis) jeg er doed\b", r"\b(?:ikke nogen|ingen) (?:vil|ville|ville nok) (?:savne|opdage) (?:mig|det)\b",
    r"\bhvis jeg (?:bare )?(?:forsvandt|var vaek|ikke var her|ikke fandtes|lagde mig til at sove)\b",
    r"\b(?:bedre|lettere|nemmere|bedst) (?:\w+ ){0,6}?(?:uden mig|hvis jeg (?:bare )?(?:forsvandt|var vaek|"
    r"ikke var her|ikke fandtes|var doed|lod mig falde))\b",
    r"\baldrig (?:var|blev|havde vaeret) (?:blevet )?foedt\b", r"\bslukke (?:for )?mig selv\b",
    r"\bligeglad (?:med )?om jeg (?:lever|doer|dor)\b", r"\bbyrde for (?:alle|jer|dem|min familie|familien)\b",
    r"\b(?:skuffet|ked af det) (?:over )?at jeg (?:stadig )?(?:er her|lever|vaagner|er i live)\b",
    r"\bhaaber (?:at )?(?:jeg )?(?:bare )?(?:at )?(?:mit hjerte|hjertet) stopper\b",
    r"\blyst til at foelge efter (?:ham|hende|dem|min|mor|far)\b",
    r"\b(?:\d|to|seks) (?:meter|fod) under jorden\b",
    r"\bden lange lur\b",
    r"\btraet af at leve\b",
    r"\bblive ved med at leve\b",
    r"\bhvis jeg (?:blev|bliver) (?:koert ned|ramt af)\b", r"\b(?:lod|lade) mig falde\b",
    r"\b(?:vil|skal|truer med at|siger (?:han|hun) vil) (?:springe|hoppe)\b(?! over| paa| med|"
    r" ind)(?!.{0,40}\b(?:ud som|vandet|vippe\w*|poolen|trampolin\w*|faldskaerm|bungee|havnen om sommeren|sommer\w*|"
    r"med vennerne|bade|svoemme)\b)",
    r"\b(?:lastbil\w*|toget|togskinner\w*|broen|motorvejen)\b.*\bville vaere (?:saa )?(?:nemt|let)\b",
    r"\bbruge (?:et )?reb\b",
    r"\breb(?:et)?\b.*\b(?:i aften|i nat|nu|klar|loft|bjaelke)\b",
    r"\bloekke\b.*\b(?:holder|hals|reb)\b",
    r"\bmotoren (?:er )?taendt\b.*\bgarage|\bgarage\w*\b.*\bmotoren (?:er )?taendt",
    r"\bhar taenkt mig at (?:tage dem|goere det|ende|doe|drikke mig ihjel|springe)\b", r"\bdrikke mig ihjel\b",
    r"\b(?:gevaer|jagtgevaer|pistol|vaaben)\b.*\b(?:slutte|ende|laast|alene|derude|farvel|forsikring)",
    r"\b(?:snakket|talt|snakker|taler|skrevet|skriver) om at (?:doe|tage sit liv|slaa sig ihjel|ende det)\b",
    r"\b(?:sagde|siger|sagt|skrevet|skriver|skrev|sige|sendt) (?:\w+ ){0,3}farvel\b(?! (?:og tak|"
    r"for i dag))(?! til (?!(?:alle|jer|dig|mig|os|mine|min|mit|familien|verden|dem|ham|hende|livet)\b))",
    r"\b(?:skrevet|efterladt|skrev|lagt) (?:et )?(?:brev|afskedsbrev|besked)\b.*\b(?:vaek|forsvundet|kan ikke finde|"
    r"slukket)",
    r"\b(?:undskyld|tilgiv mig)\b.*\bslukket (?:sin|for sin|telefonen|mobilen)", r"\bforsikringspenge",
    r"\b(?:burde|skal|vil) (?:bare )?kys\b",
    r"\b(?:siger|sagde|skriver|skrev) (?:at )?(?:\w+ ){0,4}bedre uden (?:ham|hende|mig)\b",
    r"\b(?:vil|skal|truer med at) (?:tage|sluge) (?:alle|alle sine|alle mine|alle hans|en masse|"
    r"mange) (?:\w+ )?(?:piller|sovepiller|tabletter)\b",
    # an intention to take all of someone's pills: "har tænkt mig at tage alle min mors sovepiller i nat"
    r"\b(?:har taenkt mig at|har besluttet (?:mig for )?at|planlaegger at|taenker paa at|overvejer at|vil|skal) "
    r"(?:\w+ )?(?:tage|sluge|spise) (?:alle|hele|resten af) (?:\w+ ){0,3}(?:" + _DRUG + r")\b",
    r"\bctb\b",
    r"\bsui\b(?! generis)",
    r"\b(?:ikke|ik) (?:vaagnede|vaagner|vaagne) (?:i morgen|igen|mere|op igen)\b",
    r"\bville oenske jeg (?:bare )?(?:ikke|aldrig) (?:vaagnede|var foedt|fandtes)\b",
    r"\b(?:ingen|kan ikke se nogen|ikke nogen) grund til at (?:leve|fortsaette|blive ved)\b",
    r"\bhvad er pointen (?:med (?:det hele|at leve|livet))?",
    r"\bses aldrig\b", r"\b(?:en|min) sidste tur\b", r"\bhele lortet paa en gang\b", r"\bsove for evigt\b",
    r"\b(?:hurtigste|nemmeste|sikreste|mindst smertefulde|mest smertefri\w*) (?:maade|maaden|made) at (?:doe|do|"
    r"slaa mig ihjel)\b",
    r"\b(?:vil|skal) doe i soevne\b", r"\bfalde\b.{0,40}\b(?:doer|doe|sikker paa)\b", r"\bkommer ikke hjem igen\b",
    r"\bbesluttet at tage (?:alle|dem|mine|hele)\b",
    r"\bikke (?:taenkt mig at|tænkt mig at) (?:vaere|være) her\b",
    r"\b(?:koere|koerer|styre) (?:bilen )?ind i (?:et trae|en mur|en lastbil|traeet|muren)\b",
    r"\b(?:saa |så )?er det slut for mig\b", r"\bfundet ud af hvordan jeg skal goere det\b",
    r"\b(?:lastbil\w*|toget|bilen)\b.{0,40}\b(?:bremser for sent|rammer mig|koerer mig ned)\b",
    r"\b(?:bedre|lettere|nemmere) hvis jeg (?:ikke levede|var doed|ikke var her|var vaek|doede)\b",
    r"\btraet af at (?:vaere i live|leve|eksistere)\b",
    r"\b(?:vaere|blive) borte\b",
    r"\blogge[rt]? af for (?:good|altid)\b",
    r"\bpermanent pause\b", r"\bingen genstart\b", r"\bsidste gang (?:du|i|jeg) hoerer fra\b",
    r"\b(?:don'?t|dont|do not) (?:want to|wanna) exist\b", r"\b(?:vil|gider) ikke (?:eksistere|findes)\b",
    # passive wishes, by frame rather than by phrase
    r"\b(?:sove|falde i soevn|lukke oejnene|lægge mig til at sove|laegge mig til at sove)\b.{0,30}\b(?:aldrig|ikke) "
    r"(?:at )?(?:vaagne|vaagner)\b",
    r"\bhvis jeg (?:bare )?(?:ikke|aldrig) (?:vaagnede|vaagner)\b", r"\bnever wake up\b",
    r"\b(?:orker|gider|kan) (?:ikke|ik|ikk) (?:at )?vaagne op til\b",
    r"\b(?:lukke oejnene|forsvinde|sove ind) og (?:bare )?(?:vaere vaek|aldrig|forsvinde|ikke)\b",
    r"\bbare (?:at )?(?:vaere|blive) vaek\b(?! (?:fra|et|i|en|lidt|herfra|hjemmefra|nogle|til)\b)",
    r"\b(?:ville|vil) (?:ikke|ik) (?:goere|vaere) (?:noget|saa slemt) hvis (?:\w+ ){0,5}(?:koerte|ramte|doede|vaagnede|"
    r"styrtede|faldt)\b",
    r"\bhvis (?:en|et|toget|bussen|bilen|lastbilen) (?:\w+ ){0,2}(?:koerte|ramte|koerer|rammer) mig\b",
    r"\b(?:ingen|ikke (?:nogen|se nogen|en)|kan ikke se (?:nogen|en)) (?:\w+ )?mening med (?:at (?:leve|fortsaette|"
    r"blive ved|"
    r"vaere her|vaere i live)|livet|det her liv|mit liv|at vaagne)\b",
    r"\bmeningen med at (?:blive ved|leve|fortsaette|vaere her|vaagne)\b",
    r"\baldrig (?:var |havde |var blevet |havde vaeret )?(?:blevet )?(?:til|foedt)\b(?! (?:at|noget|en))",
    r"\b(?:stopper|slutter|ender|stoppe|slutte|ende) (?:\w+ ){0,2}for (?:evigt|altid|good)\b(?!.{0,30}\b(?:med|fra)\b)",
    r"\b(?:forsvinde|forsvinder|vaek) for (?:evigt|good)\b",
    r"\bvalgt (?:dagen|datoen|stedet|metoden)\b", r"\b(?:saa|og saa) er det slut\b(?! med)",
    r"\b(?:samlet|gemt|sparet|hamstret) (?:\w+ ){0,5}?(?:sove)?piller\w*\b(?!.*\b(?:mod|for at sove)\b)",
    r"\b(?:lagt|talt|hentet) (?:alle )?(?:mine |sine )?\w*piller\w* (?:frem|op|ud)\b",
    r"\bpiller\w*\b.{0,80}\b(?:taenker paa at|skal|vil|goer mig klar til at) (?:tage|sluge) dem\b",
    # coded and game slang: leaving, with a mark that it is final
    r"\b(?:slukke[rt]?|lukke[rt]? ned|logge[rt]? (?:af|ud)|checke[rt]? ud|tjekke[rt]? ud|melde[rt]? (?:mig )?ud|"
    r"forlade[rt]? (?:det hele|verden|spillet)|gaa(?:r)? ud af spillet|slutte[rt]? (?:mit|"
    r"min) (?:\w+ )?(?:playthrough|run|"
    r"spil|game|save)|afsked\w*|rage ?quit\w*)\b.{0,50}\b(?:for (?:altid|evigt|good)|permanent\w*|for sidste gang|"
    r"respawn\w*|game over|for real)\b",
    r"\b(?:for sidste gang|permanent\w*)\b.{0,30}\b(?:logge[rt]? (?:af|ud)|checke[rt]? ud|tjekke[rt]? ud|"
    r"slukke[rt]?)\b",
    r"\bgame over for mig\b", r"\b(?:ingen|ikke mere|ikke flere) respawn",
    r"\b(?:begaa|begaar|commit|committe) (?:sudoku|seppuku|harakiri|selvmord|toaster bath)\b",
    r"\b(?:tur|vej|hop) ned fra (?:broen|taget|altanen|\d+\.? ?sal)\b",
    r"\b(?:gonna|going to|wanna|want to|skal|vil|burde|taenker paa at|lyst til at|klar til at|bare) (?:\w+ )?kys\b",
    r"\b(?:vil|gider|orker)(?: bare| helst)? (?:ikke|ik|ikk) (?:\w+ )?(?:eksistere|findes|vaere til)\b",
    r"\b(?:ikke|ik|ikk) (?:vaer|vaere|va|være) her (?:mer|mere|laengere)\b",
    r"\b(?:springe|hoppe|kaste mig) (?:ud )?fra (?:\d+\.? ?sal|taget|broen|altanen|toppen|vinduet|parkeringshuset)\b",
    # at a height, on a bridge or by the tracks, with a thought of the drop: by frame, not by phrase
    _AT_EDGE + r".{0,80}" + _EDGE_CUE, _EDGE_CUE + r".{0,80}" + _AT_EDGE,
    r"\b(?:klatret|kravlet|klatrer|kravler|klatre|kravle|climbed) (?:\w+ )?over (?:gelaenderet|raekvaerket|hegnet|"
    r"kanten|the railing|the fence)\b",
    r"\b(?:staar|sidder|ligger|venter) (?:\w+ ){0,2}(?:paa|ved|mellem) (?:togskinnerne|skinnerne|sporet|banelegemet)\b",
    r"\b(?:gaa|gaar|traede|hoppe) (?:ud )?foran (?:naeste|det naeste|et) tog\b",
    r"\b(?:vil|taenker paa at|overvejer at|lyst til at|skal) (?:bare )?gaa ud i (?:vandet|havet|havnen|soeen|fjorden)\b"
    r"(?!.{0,30}\b(?:bade|svoemme|vinterbad\w*|dyppe)\b)",
    # driving to die: an intention and a car steered into something hard or off the road
    _INTEND + r" (?:\w+ ){0,3}?(?:koere|styre|dreje|smadre|drive|crash|steer|speede op og koere) (?:\w+ ){0,3}?"
    r"(?:ind i|ind foran|ud foran|ud over|over i|mod|i|af|into|off|ind under) (?:\w+ ){0,2}?(?:et trae|traeet|trae|"
    r"en mur|muren|lastbil\w*|en bro\w*|bro ?pille\w*|betonpille\w*|havnen|vandet|\w*kanten|kajen|klinten|fjorden|"
    r"kanalen|soeen|modsatte vejbane|"
    r"modkoerende|rabatten|vejen|en klippe|a tree|a wall|a truck|the road|a bridge|noget)\b",
    _INTEND + r" (?:\w+ ){0,3}?(?:give slip paa rattet|slippe rattet|(?:koere|drive) (?:\w+ ){0,3}(?:uden at|og ikke) "
    r"bremse)\b",
    r"\b(?:koere|koerer|drikke|sulte) (?:mig|sig) (?:selv )?ihjel\b(?! (?:en dag|til sidst|paa et tidspunkt|med tiden|"
    r"paa sigt|hvis (?:han|hun|det|de) (?:bliver|fortsaetter)))",
    r"\b(?:koerer|styrer|drejer) (?:jeg|han|hun) (?:\w+ ){0,2}(?:ind i|ind under|ud foran) "
    r"(?:et trae|traeet|en mur|muren|en lastbil|lastbilen|modkoerende|en bropille|bropillen|en betonpille)\b",
    # ideation in words of its own: present "hænger mig", "skal ikke leve længere", "træt af at være til",
    # "falde i søvn for evigt", "vil bare ud af det hele", "forsvinde og aldrig komme tilbage"
    r"\bhaenger mig(?: selv)?\b(?! (?:\w+ ){0,2}(?:i|op i|ved|paa) (?:det|den|detaljer|smaating|ord|\w+ ting|hvad|"
    r"andres|folks|\w+s meninger|fortiden|kassen|baren)\b)",
    r"\b(?:skal|kommer til at|vil|kan) (?:ikke|ik|ikk) leve (?:mere|mer|laengere|meget laengere|til|efter)\b",
    r"\b(?:ikke|ik|ikk) (?:se mig selv|forestille mig at) leve (?:\w+ )?(?:laengere|mere|\w+ aar)\b",
    r"\btraet af at (?:vaere til|findes|eksistere|vaagne (?:op )?hver)\b",
    r"\b(?:falde i soevn|sove ind|lukke oejnene) (?:\w+ ){0,2}for (?:evigt|altid|good)\b",
    r"\b(?:vil|ville|gider|skal) (?:bare |helst )?ud af det hele\b",
    r"\b(?:forsvinde|vaek|disappear|sove|sove ind|lukke oejnene|gaa|tage afsted) (?:og|and) (?:aldrig|ikke|never) "
    r"(?:komme|vende|come) (?:tilbage|back)\b",
    r"\b(?:ikke|ik|ikk) (?:jeg )?(?:gider|orker|vil|har lyst til at) (?:at )?vaagne (?:op )?(?:i morgen|igen|mere)\b",
    r"\b(?:fred|ro) for (?:altid|evigt|good)\b(?! (?:fra|for|med)\b)|\bevig (?:fred|ro)\b",
    r"\b(?:ikke (?:mere|noget|nogen ting)|intet|ingenting) (?:tilbage )?at leve for\b|"
    r"\bnothing (?:left )?to live for\b",
    r"\b(?:skrevet|skrev) (?:et |nogle |mine )?(?:brev|breve|afskedsbrev\w*) til (?:\w+ ){1,3}.{0,40}\b(?:jeg|og) er "
    r"(?:klar|faerdig)\b",
    r"\b(?:hvilke|hvilken|hvad for nogle|hvor mange) (?:\w+ ){0,3}(?:piller|tabletter|medicin|pills)\b.{0,40}"
    r"\b(?:ikke (?:vil )?vaagne|aldrig vaagne|sove for (?:altid|evigt)|not wake up|never wake up)\b",
    r"\b(?:springer|hopper|kaster (?:mig|sig)) (?:ud )?fra (?:\d+\.? ?sal|taget|broen|altanen|toppen|vinduet|"
    r"parkeringshuset)\b",
    r"\bkys (?:tonight|now|fr|for real)\b", r"\bending (?:it|my life|things)\b(?! with)",
    r"\b(?:evig|permanent|uendelig) lur\b|\blur for evigt\b|\bforever ?nap\b|\bdirt ?nap\b",
    r"\b(?:ctrl|control)[ -]?alt[ -]?del(?:ete)?\b.{0,20}\b(?:mig|myself|me)\b",
    r"\blog(?:ging|ge)? (?:off|af) (?:for good|forever|permanently|for altid)\b",
    r"\b(?:i'?m|i am) (?:going to|gonna|about to) jump\b(?! (?:in|into|on|over|the)\b)",
    # a farewell and then no answer: "sendte 'undskyld for alt' og tager ikke telefonen"
    r"\b(?:undskyld for alt|tak for alt|jeg elsker jer|pas (?:godt )?paa (?:hinanden|jer selv|dig selv)|det er ikke "
    r"(?:jeres|din|din egen) skyld|ked af (?:alt|det hele)|farvel|goodbye|sorry for everything)\b.{0,150}"
    r"\b(?:tager (?:ikke|ik) (?:telefon\w*|mobil\w*|den)|svarer (?:ikke|ik)|(?:er )?(?:telefonen|mobilen) (?:er )?"
    r"slukket|slukket "
    r"(?:sin |for )?(?:telefon\w*|mobil\w*)|kan (?:ikke|ik) (?:faa fat i|finde) (?:hende|ham|dem)|er (?:koert|gaaet) "
    r"(?:sin vej|vaek)|forsvundet|not answering|phone is off)",
    r"\b(?:lagt|skrevet|efterladt) (?:\w+ ){0,2}(?:breve|brev|afskedsbreve) (?:til|for) (?:os|mig|alle|hver)\b.{0,80}"
    r"\b(?:koert|gaaet|vaek|forsvundet|svarer (?:ikke|ik))",
    r"\b(?:jagtgevaer\w*|gevaer\w*|pistol\w*|vaaben\w*)\b.{0,80}\b(?:skrev|skriver|sagde|siger|sendt) (?:\w+ )?"
    r"(?:undskyld|farvel|tak for alt)\b",
    # exhaust in a closed garage
    r"\bmotoren (?:er )?(?:taendt|koerende|koerer|i gang|paa|startet)\b.{0,80}\bgarage|\bgarage\w*\b.{0,80}"
    r"\bmotoren (?:er )?(?:taendt|koerende|koerer|i gang|paa|startet)\b|\bslange\b.{0,40}\budstoedning",
    # method seeking
    r"\bfor (?:ikke at vaagne|aldrig at vaagne|at sove for evigt|ikke at vaagne igen)\b",
    r"\bhvor lang tid (?:tager det|gaar der) (?:\w+ ){0,2}(?:at |foer man )?(?:bloede[rt]? ihjel|doe|doer)\b",
    r"\b(?:hvor mange|hvor meget|hvor hoejt|hvor dybt|hvor lang tid)\b.*\b(?:for at (?:doe|do|doe af|ende|slaa|"
    r"ikke vaagne|vaere sikker)|doedelig\w*|doer man(?: af)?|slaar en ihjel|er nok til at (?:doe|ende)|stoppe hjertet|"
    r"pulsaare\w*|foer man doer|er slut)\b",
    r"\bdoedelig (?:dosis|mængde|maengde)\b", r"\bsmertefri(?:t)? (?:maade|doed|at doe)\b",
    r"\bhvordan (?:kan man|man|jeg) (?:doe|slaa mig ihjel|ende det)\b",
    # English
    r"\bkill(?:ing|ed)? (?:myself|my self|herself|himself)\b",
    r"\b(?:pills|rope|gun) (?:are |is )?ready\b",
    r"\b(?:want|wanna|going|gonna|wish i could|would rather|rather) (?:to )?die\b",
    r"\bwant to be dead\b", r"\bend (?:it all|my life|it tonight|things)\b", r"\bsuicidal\b",
    r"\b(?:don'?t|do not|dont) want to (?:live|be alive|be here|wake up)\b", r"\bno reason to live\b",
    r"\bbetter off (?:dead|without me)\b", r"\bnot (?:wake|waking) up\b", r"\btake my (?:own )?life\b",
    r"\b(?:lethal|deadly) dose\b", r"\bhow many .* to die\b", r"\bgoodbye (?:letter|note)\b",
    r"\bjump (?:off|in front)\b", r"\bdisappear forever\b", r"\bsleep forever\b",
    r"\b(?:don'?t|do not|dont) (?:wanna|want to) be alive\b",
    r"\brope\b",
    r"\b(?:texted|said|wrote|sent) (?:me )?goodbye\b",
    r"\bon the (?:bridge|roof|edge)\b", r"\bend it\b", r"\bunalive\b",
]
_SELF_HARM = [
    r"\bselvskad", r"\bself[ -]?harm", r"\bcut(?:ting|ter|te|tet|s)? (?:myself|mig|i mig)\b",
    r"\bcutte[rt]?\b", r"\bcuttet\b", r"\bcuttede\b", r"\bskal syes\b",
    r"\b(?:skaere|skaerer|skaaret|skar|snitte|snitter|rispe|risper|ridse|ridser|kradse|kradser|braende|"
    r"braender|braendt|brandt|slaa|slaar|slog|slaaet|banke|banker|skade|skader|skadet|sulte|sulter) "
    r"(?:i |paa )?(?:mig|sig|dig) selv\b(?!.* (?:paa cyklen|ved et uheld|i koekkenet))",
    r"\b(?:jeg|at) (?:(?!(?:ikke|ik|ikk|aldrig|never|not)\b)\w+ ){0,3}?(?:skaere|skaerer|skaaret|skar|snitte|"
    r"snitter|rispe|risper|ridse|ridser|kradse|"
    r"kradser|braende|braender|braendt|brandt) (?:i |paa )?(?:mig|mine arme|min arm|mine ben|mit ben|mine haandled)\b"
    r"(?!.* (?:paa cyklen|ved et uheld|i koekkenet))",
    r"\b(?:goere|gjort|goer) (?:mig selv|mig) (?:fortraed|ondt|noget)\b",
    # fresh wounds on one's own body: "benet er dækket af friske rifter", "nye snit i armen i nat"
    r"\b(?:min|mine|mit) (?:arm|arme|ben|laar|haandled|mave)\w* (?:er )?(?:helt )?(?:fuld|fulde|fyldt|daekket|"
    r"overdaekket) (?:af|med) (?:\w+ )?(?:snit|skaar|rifter|ridser|cuts|saar)\b",
    r"\b(?:nye|friske|dybe) (?:snit|skaar|rifter|cuts)\b.{0,40}\b(?:i nat|i aften|lige nu|nu|i dag|idag)\b",
    r"\b(?:my|mine) (?:arm|arms|legs?|thighs?|wrists?) (?:is|are) (?:\w+ )?(?:full of|covered in) (?:\w+ )?"
    r"(?:cuts|wounds)\b",
    r"\bbarberblad",
    r"\b(?:bruge|goere) (?:det|den) paa mig selv\b",
    r"\b(?:ridset|ridser|rispet|kradset) (?:mig|sig) selv\b",
    r"\bsnit\b.{0,60}\b(?:igen nu|goere det igen|i nat)\b",
    r"\b(?:nu|lige nu) (?:\w+ ){0,2}(?:med|holder) (?:kniven|barberbladet|saksen|pillerne|rebet)\b",
    r"\btrang(?:en)?\b.*\b(?:kniv\w*|barberblad\w*|saks|lighter)\b",
    r"\bstraffe (?:mig|sig) selv\b", r"\b(?:vil|skal|truer med at|siger (?:han|hun) vil) (?:skaere|snitte|cutte) "
    r"(?:i )?(?:sig|sine arme|sin arm)\b",
    r"\btrang(?:en)? til at (?:skaere|cutte|skade)\b",
    r"\b(?:lyst|trang) til at (?:skaere|cutte|braende|skade)(?: (?:igen|mig|i mig|nu))?\b",
    r"\b(?:skaaret|skaret|skar|skaerer|skaere|cuttet|braendt|braendte|brandt|rispet|ridset|snittet|snitter|"
    r"kradset)(?: \w+){0,2} "
    r"(?:i|paa|med) (?:armen|armene|min arm|mine arme|benet|benene|mine ben|laaret|laarene|haandleddet|haandleddene|"
    r"huden|maven|sine arme|sin arm|hendes arm|hans arm)\b",
    r"\b(?:skaaret|skaret|skar|skaerer|braendt|braendte|brandt) (?:mig|sig)\b(?! (?:paa (?:papir|et|en|kniven|glas|"
    r"panden|komfuret|ovnen|kogepladen)|i fingeren|ved et uheld))(?!.{0,40}\b(?:lavede mad|intet slemt|"
    r"ved et uheld)\b)",
    r"\b(?:har (?:lige )?|lige )(?:skaaret|skaret|cuttet)\b", r"\bskaerer jeg\b", r"\bskaaret dybere\b",
    r"\bmed vilje\b.*\b(?:braendt|braendte|brandt|slaaet|slog|skaaret|skar|rude|vaeggen)\b|\b(?:braendt|braendte|"
    r"brandt|slaaet|slog|skaaret|skar)\b.*\bmed vilje\b",
    r"\bhovedet (?:ind )?i (?:vaeggen|muren)\b",
    r"\b(?:snit|sår|saar) (?:paa|i) (?:armen|armene|haandled\w*|benene|laaret)\b",
    r"\bhaandled\w*\b.*\bsnit\b|\bsnit\b.*\bhaandled\w*\b",
    r"\bsh\b(?= (?:igen|i nat|i aften|nu|lige nu))|\b(?:lyst til at|trang til at|vil) sh\b",
    r"\b(?:hurt|hurting|burn|burning|cut|cutting) myself\b",
    r"\bcut (?:too|so|really) deep\b|\bblood everywhere\b|\b(?:won'?t|can'?t) stop (?:the )?bleeding\b",
    r"\b(?:kan|kunne) (?:ikke|ik|ikk) (?:stoppe|lade vaere|holde op) med at (?:skaere|cutte|skade mig|braende mig|"
    r"ridse|snitte)\b",
    r"\bbloed(?:er|te) (?:fra|fra mine|fra min) (?:arm|haandled|sår|saar)",
    # wounds by their result: "kradset mig til blods", "ridset armen op"
    r"\b(?:kradset|kradser|kradsede|ridset|ridser|ridsede|rispet|risper|skaaret|skaerer|skar|snittet|snitter|slaaet|"
    r"slaar|slog|bidt|bider|klippet|skrabet|skraber) (?:\w+ ){0,2}(?:mig|sig|armen|armene|benet|benene|laaret|huden|"
    r"haandleddet|haandleddene) (?:selv )?til blods\b",
    r"\b(?:kradset|ridset|ridsede|rispet|skaaret|skar|snittet|skrabet) (?:\w+ )?(?:armen|armene|benet|benene|laaret|"
    r"laarene|huden|haandleddet|haandleddene|maven) op\b",
    # slang for cuts and the blade made ready: "lave stregkoder", "bladet ligger klar"
    r"\b(?:lave|laver|lavet|lavede|faa|flere|nye) stregkode\w*|\bstregkode\w* (?:paa|i) (?:armen|armene|laaret|"
    r"laarene|benet|huden|haandled\w*)\b",
    r"\b(?:bladet|barberbladet|kniven|saksen|glasskaaret) (?:ligger|er|ligger allerede) (?:klar|fremme|parat)\b",
    # swallowing what harms: "slugt batterier med vilje", "drukket rensemiddel"
    r"\b(?:slugt|slugte|sluger|sluge|spist|spiste|drukket|drak|drikke) (?:\w+ ){0,2}(?:batteri\w*|glasskaar|"
    r"knappenaale?|naale|soem|skruer|magneter|rensemiddel|opvaskemiddel|klor\w*|blegemiddel|afloebsrens|lampeolie|"
    r"frostvaeske|sprit til rengoering)\b",
]
_OVERDOSE = [
    r"\boverdos", r"\bod'?(?:et|ede|ed|ing)?\b", r"\bforgiftet\b",
    r"\b(?:har|have) (?:\w+ )?(?:taget|slugt|spist) (?:[\w,]+ ){0,4}(?:alle|hele) (?:mine |sine |hans |hendes )?"
    r"(?:piller|pillerne|tabletter|sovepiller|pakken|glasset|bøtten|boetten)\b",
    r"\b(?:en masse|en hel bunke|en bunke|en haandfuld|en hel masse) "
    r"(?:af )?(?:mine |hans |hendes )?(?:piller|tabletter|pamol|panodil|sovepiller|ipren|kodimagnyl|xanax|benzo|oxy)",
    r"\b(?:taget|slugt|spist|sniffet|tog|slugte) (?:alt )?(?:for meget|alt for meget|en hel|alle|en masse|"
    r"mange)\b(?! (?:i|de sidste|igennem|om|hver)\b)"
    # "har taget mange benzo'er" (a history of use, asked about withdrawal) is not a dose now
    r"(?!(?<=mange) (?:benzo\w*|joints?|streger|linjer|bajere|oel|oeller|piller i|gange)\b)",
    r"\b(?:kan|kunne|vil) (?:ikke|ik|ikk) (?:vaekke|vaekkes|faa liv i|faa kontakt til) (?:ham|hende|dem|min|mit)",
    r"\b(?:ikke|ik|ikk) (?:vaekke|vaekkes|faa liv i|faa kontakt til) (?:ham|hende|dem|min|mit|hans|hendes)\b",
    r"\bvil (?:ikke|ik) vaagne\b(?! op igen)", r"\bikke kan vaagne\b",
    r"\b(?:kan|kunne) (?:naesten )?(?:ikke|ik) (?:vaagne|holde mig vaagen|holde sig vaagen)\b(?! (?:om morgenen|uden|"
    r"efter|foer|tidligt|til|i tide|naar))",
    r"\b(?:taget|slugt|spist|tog|slugte) (?:alt )?for mange\b",
    # "har taget for mange piller" is now; "tager (alt) for mange piller" is a habit
    r"(?<!tager )(?<!tager alt )\bfor mange (?:piller|tabletter|pamol|panodil)\b",
    r"\bdrukket af (?:en |hans |hendes |min |mors |fars )?(?:flaske )?(?:metadon|sprit|opvaskemiddel)\b",
    r"\bspist (?:noget af )?(?:min|mit|mine|hans|hendes|mors|fars) (?:hash|piller|stoffer|metadon|tabletter)\b",
    r"\b(?:vaagner|vagner|reagerer|svarer) (?:ikke|ik|ikk)\b" + _NOT_ALWAYS,
    r"\b(?:ikke|ik) (?:til at|kan) vaekke\b", r"\bfaa liv i\b",
    r"\bbevidstl", r"\bbesvime[tr]\b", r"\bbesvimede\b", r"\bfaldet om\b", r"\bfaldt om\b", r"\bhelt slap\b",
    r"\b(?:traekker|trakker|traekke|aander|aande) (?:naesten )?(?:ikke|ik|ikk|underligt|maerkeligt|meget langsomt|"
    r"helt langsomt) ?(?:vejret|vejr)?\b(?<!traekke)",
    r"\b(?:traekker|trakker) (?:naesten )?(?:ikke|ik|ikk) vejret\b", r"\bikke (?:kan )?(?:faa|fa) luft\b",
    r"\bvejrtraekning(?:en)? (?:er )?(?:helt )?(?:langsom|maerkelig|underlig|stoppet|svag|uregelmaessig)",
    r"\b(?:blaa|graa|lilla) (?:i hovedet|i ansigtet|laeber|om munden|paa laeberne)\b",
    r"\blaeber(?:ne)? er (?:helt )?blaa",
    r"\bkramper?\b|\bkrampeanfald|\bkrampe(?:r)? (?:nu|og)\b", r"\bfraader\b", r"\bskum om munden\b",
    r"\bryster over hele kroppen\b", r"\bsnorker (?:maerkeligt|underligt|tungt)\b",
    r"\b(?:ondt|smerter) i brystet\b",
    r"\bhjerte(?:t)? (?:hamrer|banker|slaar|racer) (?:helt )?(?:vildt|sindsygt|meget|afsindigt|som sindssyg)",
    r"\b(?:har det|foeler mig) (?:virkelig|rigtig|helt|mega|sindssygt|super) (?:skidt|daarligt|daarlig)\b.*\b(?:taget|"
    r"drukket|sniffet|piller|kokain|ghb|mdma|ecstasy|molly|ketamin)",
    r"\b(?:taget|drukket|sniffet|blandet)\b.*\b(?:har det|foeler mig) (?:virkelig|rigtig|helt|mega|sindssygt) (?:skidt|"
    r"daarligt)",
    r"\b(?:han|hun|de|jeg|min \w+) (?:er )?ved at doe\b",
    r"\b\d{2,} (?:panodil|pamol|piller|tabletter|ipren)\w*\b",
    r"\b(?:tog|taget|slugt|slugte) \d+ (?:piller|tabletter|panodil|pamol|ipren|mg)\w*\b",
    r"\b(?:han|hun|mor|far|de|min \w+|mit \w+)\b(?: \w+){0,4} (?:vil|kan) (?:ikke|ik) vaagne\b",
    r"\bikke vil vaagne\b(?! op igen)",
    r"\b(?:vaagner|reagerer|svarer|traekker) (?:han|hun|de|hen) (?:naesten )?(?:ikke|ik|ikk)\b" + _NOT_ALWAYS,
    r"\bligger (?:paa gulvet|paa sengen|paa sofaen|i sengen)\b.{0,60}\b(?:ryster|kaster op|kramper|reagerer ikke|"
    r"svarer ikke|blaa|langsomt|smaa pupiller)",
    r"\b(?:meget varm|overophedet|forvirret|kan (?:ik|ikke) stoppe med at svede|"
    r"svede[rt]? helt vildt)\b.{0,80}\b(?:taget|tog|pinger|piller|mdma|ecstasy|molly|kokain|speed)|"
    r"\b(?:taget|tog|pinger|piller|mdma|ecstasy|molly)\b.{0,80}\b(?:meget varm|overophedet|forvirret|kan (?:ik|"
    r"ikke) stoppe med at svede)\b",
    r"\btraekker vejret (?:meget |helt )?(?:langsomt|maerkeligt|underligt)\b",
    r"\bhjertet hamrer\b.{0,60}\b(?:varm|brandvarm|ryste|sved|forvirret)\b",
    r"\bbrandvarm\b.{0,60}\b(?:ryste|hjerte|sved)\b",
    r"\bsmaa pupiller\b",
    r"\bhjerte\w* (?:\w+ ){0,5}stopper\b",
    r"\b(?:taget|tog) noget\b.*\b(?:vaagner|hjerte|vejret|kan ikke se|naesten ikke tale|besvim|vaek|ryster|kramper|"
    r"svarer)",
    r"\bskum (?:ud )?(?:af|om) mund", r"\bgurgl",
    # blood in the vomit, or too drunk to stand after litres of spirits
    r"\bkaster (?:\w+ )?blod op\b|\bkast(?:er)? op med blod\b|\bblod i (?:opkastet|braekket|kastet)\b|"
    r"\bbraekker (?:mig )?blod\b|\bvomiting blood\b",
    r"\b(?:drukket|drak|bundet|bundede) (?:\w+ ){0,2}(?:\d+|en hel|to|tre|fire|halv\w*) (?:liter|flasker?)\b.{0,80}"
    r"\b(?:kan (?:ikke|ik|ikk) (?:staa|gaa|rejse mig|holde mig vaagen|faa vejret)|kaster (?:\w+ )?op|besvim\w*|"
    r"ryster|vaagner (?:ikke|ik))",
    r"\b(?:mit|hans|hendes) hjerte (?:\w+ ){0,3}(?:stopper|hamrer|banker (?:saa )?hurtigt|springer|"
    r"slaar (?:helt )?(?:underligt|maerkeligt|uregelmaessigt))\b",
    r"\b(?:tog|taget|slugt|slugte) (?:jeg |han |hun )?(?:alle|\d+)\b.{0,40}\b(?:piller|sovepiller|tabletter|stykker)\b",
    r"\bkan (?:naesten )?(?:ikke|ik) holde oejnene aabne\b", r"\btror jeg doer\b",
    r"\b(?:kan ikke|kan ik) (?:maerke|faa kontakt|vaekke)\b", r"\bslap og kold\b|\bkold og slap\b",
    r"\boejnene ruller\b",
    r"\b(?:han|hun|de|hen|min \w+) (?:er )?helt vaek\b(?! (?:fra|i|med))",
    r"\bsnorker (?:helt )?(?:maerkeligt|underligt|tungt|unormalt|maerkelig)\b",
    r"\b(?:roget|taget|drukket) (?:\w+ ){0,3}og (?:mit|hans|hendes) hjerte\b",
    r"\b(?:blandet|taget) (?:\w+ ){0,3}og (?:kan ikke|kan ik) (?:maerke|staa|traekke|se)\b",
    r"\b(?:not|isn'?t|is not|stopped|can'?t|cannot) breath",
    r"\bwon'?t wake up\b",
    r"\bcan'?t wake (?:him|her|them|up)\b",
    r"\bunconscious\b", r"\bunresponsive\b", r"\b(?:too many|a lot of|loads of|a bunch of) (?:pills|tablets)\b",
    r"\btook too much\b",
    r"\bblue lips\b",
    r"\blips are blue\b",
    r"\bseizure",
    r"\bpassed out\b.*\b(?:wake|breath|respond)",
    r"\bfoaming\b", r"\boverdos",
]
# A weapon at hand or a place or time that means now: "med en kølle", "kører derover", "foran hans hus"
_ARMED_OR_GOING = ("(?:" + _WEAPON[3:-1] + r"|lige nu|nu|i nat|i aften|derhen|derover|"
                   r"foran (?:hans|hendes|deres) (?:hus|doer|lejlighed))")
_VIOLENCE = [
    r"\bvoldtag", r"\bvoldtaeg(?!tsofre|tscent| ?center)", r"\bvoldtog\b", r"\bmisbrugt mig\b", r"\bbefamlet\b",
    r"\b(?:slaar|slog|slaaet|slaet|slar|taever|taevet|taesker|taeskede|banker|bankede|bankes|sparker|sparket|"
    r"sparkede|kvaeler|kvalte|kvalt|kvaelertag|skubber|skubbede|hiver|rev|truer|truede|trusler mod|angriber|"
    r"angreb|jager|forfoelger|holder fast i) " + _PERSON + r"\b",
    # the writer about to hurt someone, armed or now: "vil gå over og banke naboen ihjel, har taget et bat med"
    r"\b(?:lyst til at|vil|skal|har taenkt mig at|gaar over og|gaa over og|paa vej (?:over )?for at) (?:\w+ ){0,3}"
    r"(?:banke|slaa|draebe|stikke|skyde|taeske) (?:\w+ ){1,2}(?:ihjel|ned)\b.{0,80}\b(?:" + _WEAPON[3:-1] + r"|"
    r"allerede|lige nu|nu)\b",
    r"\b(?:slaas|slaaes) (?:nu|lige nu|derhjemme)\b",
    # the writer armed or on the way, about to hurt someone: "har en kølle med og vil tæve ham",
    # "skal banke hendes nye kæreste, kører derover nu"
    r"\b" + _ARMED_OR_GOING + r"\b.{0,80}\b(?:skal|vil|gaar over og|gaar ud og|har lyst til at) (?:\w+ ){0,2}"
    r"(?:smadre|taeve|taeske|banke|stikke|skyde|slaa|tampe) (?:ham|hende|dem|min \w+|hans \w+|hendes \w+|\w+en)\b|"
    r"\b(?:skal|vil|gaar over og|gaar ud og|har lyst til at) (?:\w+ ){0,2}(?:smadre|taeve|taeske|banke|stikke|"
    r"skyde|slaa|tampe) (?:ham|hende|dem|min \w+|hans \w+|hendes \w+|\w+en)\b.{0,80}\b" + _ARMED_OR_GOING + r"\b",
    # "vil gøre ham noget", "skal gøre min eks fortræd": harm meant for someone
    r"\b(?:vil|skal|har lyst til at|kommer til at|is going to|want to|gonna) (?:\w+ )?(?:(?:goere|gore) "
    r"(?:ham|hende|dem|min \w+|hans \w+|hendes \w+) (?:noget|fortraed|ondt|skade)|hurt (?:him|her|them|my \w+))\b"
    r"(?! (?:godt|rart|saerligt|paent|soedt|glad|til|for|med)\b).{0,80}\b(?:nu|lige nu|i nat|i aften|derhen|"
    r"derover|now|tonight)\b",
    r"\b(?:slaar|slog|banker|sparker) (?:mig|os|hende|ham) (?:naar|hvis)\b(?=.*\b(?:nu|igen|i aften|i nat)\b)",
    r"\bslaar ud efter\b",
    r"\bkvaelertag\b",
    r"\bsmadrer (?:alt|ting|doeren)\b",
    r"\b(?:bliver|blev|er blevet) (?:taevet|slaaet|banket|sparket|kvalt|truet|overfaldet)\b",
    r"\b(?:han|hun|de) (?:slaar|slaas)$",
    r"\b(?:er|bliver) (?:blevet )?(?:slaaet|banket|sparket|truet|overfaldet)\b",
    r"\btruer (?:\w+ )?(?:med at (?:slaa|draebe|stikke|skyde|smide (?:mig|os) ud|tage boernene|tage mig)|"
    r"med (?:en )?(?:kniv|kniven|pistol|vaaben|tæsk|taesk|bank|vold))\b",
    r"\b(?:viftede|vifter|truer|truede) (?:\w+ )?med (?:en )?(?:kniv|kniven|pistol|vaaben|gevaer|oekse)\b",
    r"\b(?:han|hun|de|den ene|en af dem|fyren|manden|min \w+|hans \w+)\b(?: \w+){0,3} (?:har|holder|tog|tager|fandt|"
    r"viftede med|henter|hentet) "
    r"(?:en |sin |et |sit )?(?:kniv|kniven|pistol|pistolen|vaaben|gevaer|gevaeret|oekse|oeksen)\b",
    r"\b(?:has|have|got|holding|with) a (?:knife|gun|weapon)\b",
    r"\b(?:han|hun|de|fyren|manden|min \w+)\b(?: \w+){0,4} med (?:en |sin |et |sit )?" + _WEAPON + r"\b",
    # chasing or going for someone with a weapon: "jagter sin søster rundt i huset med en kniv"
    r"\b(?:jagter|jagtede|jager|loeber efter|gaar efter|gik efter|gaar loes paa|gik loes paa|angriber|svinger)\b"
    r"(?: \w+){0,6} med (?:en |et |sin |sit |\w+ )?" + _WEAPON + r"\b",
    r"\b(?:draeber|slaar|stikker|skyder) (?:han|hun|de) (?:mig|os|hende|ham)\b",
    r"\b(?:kniv|kniven|pistol|vaaben|oekse)\b.{0,80}\b(?:truer|mod mig|mod os|efter mig|efter os|skrig\w*|raaber|bange|"
    r"stikke|draebe)\b|"
    r"\b(?:truer|raaber|skriger|bange)\b.{0,60}\b(?:kniv|kniven|pistol|vaaben|oekse)\b",
    r"\b(?:er|bliver) voldelig\b.*\b(?:nu|lige nu|i aften|i nat|igen)\b", r"\bvold\b.*\b(?:lige nu|nu|i aften|i nat)\b",
    r"\b(?:laast|spaerret) (?:mig|os) inde\b",
    # held against one's will: "bliver holdt fast i en lejlighed", "låser mig inde når han drikker"
    r"\b(?:bliver|blevet|er|blev) (?:holdt|spaerret|laast) (?:fast|inde|fanget|indespaerret)\b",
    r"\b(?:holder|holdt|spaerrer|spaerret|laaser|laaste|laast) (?:mig|os|hende|ham) (?:\w+ )?(?:inde|fanget|"
    r"indespaerret)\b",
    # touched against one's will, afraid or now
    r"\b(?:roerer|roerte|roert|befamler|befamlede|befoeler|befoelte|beroerer) (?:ved )?mig\b.{0,80}\b(?:bange|om "
    r"natten|stadig|nu|vil (?:ikke|ik)|uden at jeg)\b|\b(?:bange|om natten)\b.{0,60}\b(?:roerer|roerte|befamler|"
    r"befoeler) (?:ved )?mig\b",
    # a fight in which someone lies still or bleeds
    r"\b(?:slagsmaal|slaas|masseslagsmaal|slaaskamp)\b.{0,60}\b(?:ligger (?:helt )?(?:stille|ned|paa jorden)|bloeder|"
    r"reagerer (?:ikke|ik)|vaagner (?:ikke|ik)|kniv\w*)\b",
    r"\bhamrer paa (?:\w+ )?doer\w*\b", r"\bgemmer (?:mig|os)\b", r"\bleder efter (?:mig|os)\b",
    r"\bslaar (?:min|vores|sin) (?:mor|far|kone|mand|kaereste|boern|soen|datter|lillebror|lillesoester)",
    r"\bbange for (?:at )?(?:han|hun|min \w+) (?:slaar|draeber|goer|kommer)\b",
    r"\b(?:draebe|draeber|slaa) (?:mig|os|hende|ham|dem)(?: ihjel)?\b",
    r"\bovergreb\b.*\b(?:nu|i nat|i aften|lige)\b",
    r"\bgjort noget ved mig\b",
    r"\bkastet (?:mig|hende|ham|os) (?:ind i|mod|ned)\b",
    r"\bsmadret doeren\b",
    r"\b(?:tog|taget|tager|holdt|holder) (?:mig|hende|ham|os) om halsen\b",
    r"\bsmadre[rt] (?:alt|ting|doeren|fjernsynet|\w+et|\w+en)\b.{0,80}\b(?:nu|lige nu|bange|skriger)\b|\b(?:lige nu|"
    r"nu)\b.{0,40}\bsmadre[rt]\b",
    r"\bgoer det faerdigt\b",
    r"\b(?:braekke|braekker|smadre|smadrer) (?:mine|dine|hans|hendes|dine) (?:ben|arme|fingre|knaegt)\b",
    r"\bkommer og (?:slaar|braekker|tager|draeber|henter) (?:mig|os|hende|ham|mine)\b",
    r"\bbryde[rt]? ind (?:hos|i|paa)\b.{0,40}\b(?:nu|lige nu|i nat|i aften|bange|gemmer)\b|\bindbrud\b.{0,20}"
    r"\b(?:lige nu|i gang)\b|\bbreaking in\b",
    r"\bslaas\b.{0,60}\b(?:bange|nu|skriger|raaber|lige nu)\b",
    r"\btvunget (?:mig )?til (?:sex|at)\b",
    r"\b(?:lige|netop) blevet (?:overfaldet|voldtaget|tvunget|slaaet|stukket)\b",
    r"\b(?:vaagnet|vaagnede)\b.*\b(?:fremmed|ikke kender|uden toej|ikke mit toej|goer ondt)\b",
    r"\b(?:foelger|fulgt|fulgte) efter mig\b",
    r"\bstikke[rt]? (?:\w+ )?(?:mig|os|ham|hende) ned\b",
    r"\b(?:trukket|trak|hevet|hev) mig (?:ind|med)\b",
    r"\b(?:gemt|gemte) (?:mig|os)\b", r"\bsmider mig ud af\b",
    r"\bholder mig (?:nede|fast)\b", r"\bvil ikke lade mig gaa\b", r"\blaast doeren\b.*\b(?:bange|mig|fyr)\b",
    r"\bhamrer paa (?:vores |min )?doer\b", r"\b(?:overfaldet|stukket ned|slaaet ned)\b",
    # violence now, by construction
    r"\b(?:skubbet|skubbede|smidt|smed|slaebt|slaebte|hevet|vaeltet|vaeltede) (?:mig|hende|ham|os) (?:ned|ind|ud|"
    r"omkuld|"
    r"mod|i gulvet|rundt)\b",
    r"\bfat (?:i|om) (?:mig (?:i|om) )?(?:min |mit |mine |hendes |hans )?(?:hals|halsen|haaret|haar|nakken|struben)\b",
    r"\b(?:faar|faa) (?:jeg |du )?(?:taev|taesk|bank|kloe|en skalle|en lussing)\b",
    r"\b(?:presser|pressede|presset|tvinger|tvang) (?:mig|hende) (?:\w+ )?til (?:at have |at )?(?:sex|"
    r"ting jeg ikke vil)\b",
    r"\b(?:sagde|siger|truer|truede|skrev|skriver)\b.{0,20}\bhvis jeg\b.{0,60}\b(?:er jeg doed|slaar (?:han|hun|"
    r"de) mig|"
    r"draeber (?:han|hun|de) mig|faar jeg)\b",
    r"\b(?:de|nogen|nogle \w+|en fyr|en mand|han|hun|fyren|manden|gutterne|drengene)\b (?:\w+ ){0,2}(?:venter|staar|"
    r"holder oeje)\b.{0,40}\b(?:kniv\w*|vaaben|pistol|boksejern|bat)\b",
    r"\b(?:kniv\w*|vaaben|pistol)\b.{0,60}\b(?:toer (?:ikke|ik)|tor ik|bange)\b",
    r"\bhamrer paa (?:vores |min )?doer\w*\b",
    r"\bnoget i (?:min|sin|hendes|hans) (?:drink|oel|glas|sodavand|cola)\b", r"\bputtet noget i\b",
    r"\bfollowing me\b", r"\bhe'?s going to\b", r"\bdrugged\b",
    # English
    r"\b(?:hits|hit|hitting|beats|beating|beat|kicks|kicking|chokes|choking|strangling|threatens|threatening|attacking|"
    r"attacked) "
    r"(?:me|us|my|her|him|mom|mum|dad)\b", r"\braped\b", r"\brape\b", r"\bsexually assaulted\b",
    r"\b(?:has|with|holding|got) a (?:knife|gun)\b", r"\blocked (?:me|us) in\b",
    r"\bgoing to kill (?:me|us|her|him)\b",
    r"\b(?:says|said|threatens|threatened|swears|swore) (?:that )?(?:he|she|they)(?:'ll| will| is going to| is gonna|"
    r"'s gonna|'s going to| are going to) kill (?:me|us|her|him|my)\b",
    r"\bhiding from\b", r"\bafraid he will\b",
]
_CHILD_WORDS = re.compile(
    r"\b(?:barn|barnet|boern|boernene|baby|babyen|spaedbarn|lillebror|lillesoester|lillebroer|"
    r"smaa soeskende|soeskende|ungerne|ungen|drenge(?:ne)?|tvilling\w*|barnebarn\w*|boerneboern\w*|"
    r"[1-9][- ]?aarige?|smaa boern|"
    r"dreng(?:en)?|pige(?:n)?|(?:soen|datter|dreng|pige) paa [1-9]\b|"
    r"paa [1-9] aar|[1-9] aar gammel|vores (?:soen|datter|boern)|min (?:soen|datter) paa [1-9]\b|"
    r"dagplejer|dagpleje|vuggestue|boernehave|paedagog|"
    r"kids|child|children|baby|toddler|little (?:brother|sister)|[1-9][- ]?(?:year|yr)s?[- ]?old|"
    r"(?:our|my|his|her) (?:son|daughter|kid|boy|girl|little one|newborn|infant))\b")
_CHILD_DANGER = re.compile(
    r"\b(?:ingen voksne|alene hjemme|alene med|helt alene|fulde|fuld|stiv|stang|hoeje|drukket|doeddruk(?:ne)?|paa druk|"
    r"skaev|skaeve|"
    r"hoej|stoffer|crack|kokain|heroin|paavirket|bevidstl\w*|besvimet|sover rusen ud|ligger (?:paa gulvet|og sover|"
    r"bevidstloes)|"
    r"ikke (?:faaet|faet|har faaet) (?:mad|noget at spise)|ingen mad|ble(?:en)?|koerer (?:bil )?(?:fuld|paavirket|"
    r"skaev)|"
    r"koerer (?:med|rundt)|ikke passe|kan ikke passe|passer ikke|i fare|vil ikke vaagne|vaagner ikke|"
    r"drunk|high|passed out|alone|no adult|driving|paa stoffer|helt vaek|efterladt|(?:har vaeret|er) vaek siden|"
    r"ikke kommet hjem|"
    r"(?:staar|sidder|ligger) alene|gaaet i byen|er i byen|ude at drikke|derinde|ikke (?:faaet|faet) (?:aftensmad|"
    r"morgenmad|frokost))\b")
_CHILD_ACUTE = re.compile(
    r"\b(?:nu|lige nu|i nat|i aften|alene|ingen voksne|vaagner ikke|vil ikke vaagne|bevidstl\w*|besvimet|"
    r"ligger paa gulvet|koerer|kører|i bilen|ikke faaet mad|ingen mad|ikke spist|sulten|sultne|ble|graeder|"
    r"skriger|i fare|slaar|kulden|uden toej|vaertshus|vindue\w*|ikke (?:kan )?passe|kan ikke passe|passer ikke|hos sig|"
    r"laast|ude i kulden|tage (?:babyen|barnet|ham|hende) med|"
    r"metadon|right now|alone|passed out|driving|tonight|med ud|har (?:taget|hentet|slaebt|haft) (?:\w+ ){0,3}med|"
    r"kommet hjem|feber|kaster op|"
    # left without food or care for hours: "vi har ikke noget mad", "grædt i flere timer", "åbner ikke"
    r"ikke (?:noget|mere|nok) mad|intet (?:at spise|mad)|ikke noget at spise|siden i gaar|i (?:flere|mange) timer|"
    r"i timevis|aabner (?:ikke|ik)|graedt|skreget|"
    r"bleg|slog hovedet|bloeder|i en bil|koldt|altan\w*)\b")
# Someone hurting a child now: "ryster vores baby", "slår drengen"
_CHILD_HARM = re.compile(r"\b(?:ryster|rystede|rusker|ruskede|slaar|kaster|kvaeler|sparker|"
                         r"smider)\b (?:\w+ ){0,2}(?:baby\w*|"
                         r"barnet|spaedbarnet|lillebror|lillesoester|drengen|pigen|vores (?:soen|datter)|"
                         r"min (?:soen|datter))\b")
_NO_ADULTS = re.compile(r"\bingen (?:andre )?voksne\b(?! (?:med|til stede ved samtalen))|\b(?:ikke|ikk|"
                        r"ik) (?:vaeret )?nogen voksne\b|\bno adults?\b")
_DRUNK_DRIVING = re.compile(
    r"\bkan ikke staa paa benene\b.{0,60}\bkoere\b|"
    r"\b(?:koerer|koere|koert|kører|driving|drive|sidder i bilen|i bilen)\b.*\b(?:fuld|fulde|skaev|drukket|paavirket|"
    r"stiv|stangstiv|pissestiv|drunk|high|stang|lugte\w* af)\b|"
    r"\b(?:fuld|fulde|skaev|drukket|paavirket|stiv|stangstiv|pissestiv|drunk|high|stang|lugte\w* af (?:sprut|alkohol|"
    r"hash|druk|vin|oel))\b.*\b(?:koerer|koere|koert|kører|driving|drive|bilen|cykel\w*)\b")
_INCAPACITATED_CARER = re.compile(
    r"\b(?:kan ikke staa paa benene|kan naesten ikke staa|snorker|snorket|besvimet|bevidstl\w*|ligger og sover|"
    r"vaagner ikke|vil ikke vaagne|sover rusen ud|passed out|kan (?:ikke|ik) (?:rejse sig|staa op|vaekkes)|"
    r"ligger paa (?:trappen|gulvet|fortovet|badevaerelsesgulvet))\b")
_CARE_GONE = re.compile(
    r"\b(?:sover|ligger|snorker|snorket|sovet|besvimet|glemt at hente|vaek|er vaek|fuld|fulde|hoej|hoeje|skaev|stang|"
    r"drukket)\b.*\b(?:lillebror|lillesoester|baby|barnet|"
    r"\d[- ]?aarige|paa \d (?:aar|mdr|maaneder)|\d (?:mdr|maaneder) gammel|ungerne|boernene|drengen|pigen)\b|"
    r"\b(?:lillebror|lillesoester|baby|barnet|\d[- ]?aarige|boernene)\b.*\b(?:alene|vindue|vindueskarm|komfur|braender|"
    r"kulden|uden toej|fundet (?:\w+ )?piller|spist|ikke hentet|glemt at hente|svarer ikke)\b")
_GENERAL = re.compile(r"(?<!i stedet for )(?<!eller )\b112\b(?!.*\b(?:hvornaar|skal man|maa man|hvad)\b)|"
                      r"\bjeg er i fare\b|\bvi er i fare\b|"
                      r"\bnoedhjaelp\b|\bring (?:efter )?(?:en )?ambulance\b|\bkald (?:paa )?(?:en )?ambulance\b|"
                      r"\bcall an ambulance\b|\bin danger\b|\bemergency\b")

# ------------------------------------------------------------------ guards
_NEGATION = re.compile(r"\b(?:ikke|ik|ikk|aldrig|ingen|intet|not|never|no|nej)\b")
_NEGATION_SKIP = re.compile(r"\b(?:ikke|ik) (?:lade vaere|kan lade|kan stoppe|kan slippe|kan faa)\b")
_PAST = re.compile(
    r"\b(?:for \d+ aar siden|\d+ aar siden|som \d+[- ]?aarig|(?<!siden )i gaar|(?<!siden )igaar|sidste (?:vinter|"
    r"sommer|foraar|efteraar|weekend|uge)|i weekenden(?= da| hvor)|for (?:omkring|cirka|ca) (?:et|en|\w+) (?:aar|uger?|"
    r"maaneder)|nu hvor (?:han|hun|jeg) er (?:stoppet|clean|aedru)|de er vaek nu|i (?:mandags|tirsdags|onsdags|"
    r"torsdags|fredags|loerdags|soendags|sommers|vinters|foraars|foraaret|efteraaret|julen|paasken|gymnasiet|"
    r"folkeskolen)|"
    r"for (?:et|en|\w+) (?:halvt )?(?:aar|uger?|maaned(?:er)?|dage?) siden|da jeg gik i|"
    r"har (?:ikke|ik|ikk) gjort det i|"
    r"ikke gjort det (?:i|siden)|"
    r"men (?:han|hun|jeg|de) (?:er|har det) (?:helt )?(?:ok|okay|fint|godt)|men overlevede|intet slemt|last (?:month|"
    r"week|year|summer|winter)|"
    r"har faaet hjaelp|de hjaelper mig|havde det (?:\w+ )?(?:fint|godt|ok|okay) (?:igen |dagen efter|bagefter)|"
    r"dagen efter|fortalte bagefter|havde (?:\w+ ){0,2}(?:besvimet|taget|drukket|faaet|vaeret (?:helt )?vaek)|"
    r"har vaeret hos laegen|de er vaek nu|for (?:mange|nogle|flere|et par|to|tre|fire|"
    r"fem) (?:aar|maaneder|uger) siden|"
    r"sidste (?:aar|sommer|vinter|maaned|jul)|tidligere haft|doede af|doede for|doede i|var indlagt|overlevede|"
    r"da (?:vi|jeg|han|hun) var (?:smaa|lille|barn|yngre|teenager|\d+)|for aar tilbage|dengang|i sin tid|"
    r"som barn|i min barndom|years ago|last year|when i was|(?<!siden )i morges|i forgaars|i aftes|"
    r"(?:et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|mange|flere|nogle|par|\d+) (?:aar|maaneder|uger) siden|"
    r"tidligere har|"
    # thoughts or urges gone after help: "tankerne forsvandt efter terapien", "trangen er væk siden behandlingen"
    r"(?:tankerne|trangen|lysten|de) (?:er|forsvandt|gik) (?:heldigvis )?(?:vaek|forsvundet)? ?(?:efter|siden|takket)|"
    r"(?:meget |rigtig )?laenge siden|tilbage i (?:\d{4}|\w+erne|tiden)|i (?:19|20)\d\d\b|i \d{4}|"
    r"tidligere (?:vaeret|haft|forsoegt|gjort|skaaret|taget)|har (?:\w+ )?tidligere|i en periode|engang(?! imellem|"
    r" i mellem)|"
    r"da (?:vi|jeg|han|hun|de) var (?:\w+ ){0,2}(?:smaa|lille|barn|boern|yngre|teenager\w*|ung|unge|\d+|\w+aarig)|"
    r"som (?:teenager|teen|ung|yngre|\d+[- ]?aarig)|i mine teenageaar|i min ungdom|"
    r"(?:det )?er (?:heldigvis )?(?:ovre|forbi)|kommet (?:godt )?igennem|"
    # "så var det overstået" wished, not past
    r"(?<!saa var det )(?<!saa er det )(?<!var det hele )(?<!er det hele )(?<!ville det vaere )overstaaet|"
    r"haft (?:\w+ ){0,2}foer|"
    r"(?:aedru|clean|stoffri) (?:lige )?siden|efter (?:mit|min|hans|hendes) (?:\w+ )?(?:selvmordsforsoeg|forsoeg|"
    r"overdosis)|"
    r"used to|back in|as a (?:teen|kid|child)|in (?:19|20)\d\d|in high school|i gymnasiet)\b")
_NOW = re.compile(r"\b(?:nu(?! hvor)|lige nu|kom lige|har lige|er lige|lige (?:kommet|hentet|koert|set|fundet|ringet)|"
                  r"i nat|i aften|akut|her hos mig|right now|now|tonight)\b")
_RECOVERED = re.compile(
    r"\b(?:nu (?:gaar det|har jeg det|er jeg) (?:\w+ )?(?:godt|fint|bedre|okay|ok|aedru|clean|stoffri)|"
    r"(?:har det|gaar det|er) (?:\w+ )?(?:godt|fint|bedre|aedru|clean|stoffri) nu|(?:er|har vaeret) (?:aedru|clean|"
    r"stoffri) nu|"
    r"(?:i'?m|i am|doing) (?:fine|well|good|better|sober|clean) now|now i'?m (?:fine|well|sober|clean)|"
    r"nu (?:\w+ ){0,3}(?:hjaelp|behandling|stoppe|drikke mindre|ryge mindre))\b")


def _now(clause: str) -> bool:
    "A marker of the present in the clause, other than one saying things are well now."
    return bool(_NOW.search(_RECOVERED.sub(" ", clause)))


_INFO = re.compile(
    # counting questions about people in general: "hvor mange dør af overdosis hvert år"
    r"^hvor mange (?:\w+ ){0,4}(?:doer|doede|faar|fik|tager|tog|begaar|begik|proever|forsoeger|bliver|ender)\b|"
    r"^(?:hvad er|hvad betyder|hvad sker|hvad goer man|hvad skal (?:jeg|man) goere hvis|hvad gor man hvis|"
    r"findes der|hvornaar skal man|hvordan (?:ser|kan man se|laegger|hjaelper man|spotter|genkender|opdager|"
    r"forebygger|undgaar|taler man|snakker man|ved man)|hvilke|hvad er tegn|hvad er symptom|er det farligt|"
    r"kan man doe af|kan man faa en overdosis|hvad hedder|hvad hvis|what (?:is|are|happens|to do)|how do (?:you|i) "
    r"(?:know|recognise|recognize|spot|help)|is it dangerous|can you die)\b"
    r"|\bhvad (?:man|vi|jeg|de|hun|han) (?:skal )?(?:goer|goere) (?:hvis|naar)\b|\bwhat to do (?:if|when)\b"
    r"|\bhvis (?:en|ens|nogen|man|et) (?:\w+ ){0,2}(?:besvimer|falder om|kaster op|faar|tager|bliver (?:syg|daarlig))\b"
    r"|\b(?:naloxon|foerstehjaelp|first aid|hvis (?:nogen|man|en ven|min ven|han|hun) (?:nogensinde|en dag|engang)?\s?"
    r"(?:faar|tager|har taget)|if (?:someone|somebody|a friend)|kursus|undervisning|foredrag|tegn paa|"
    r"symptomer paa|signs of|forebygge|(?:er der|findes der|is there) (?:en |a )?(?:sammenhaeng|forbindelse|link|"
    r"connection) (?:mellem|between))\b")
_HYPERBOLE = re.compile(
    # anger at a discovery: "far slår mig ihjel når han ser regningen",
    # "mor kommer til at dræbe mig hvis hun finder ud af det"
    r"\b(?:kommer til at |vil )?(?:draebe|draeber|slaa|slaar|myrde|myrder|flaa|kill) (?:mig|me|dig|ham|hende|os) "
    r"(?:ihjel )?,?(?:naar|hvis|when|if) (?:\w+ ){0,3}(?:ser|finder ud af|opdager|hoerer|faar at vide|laeser|sees?|"
    r"finds? out|hears?)\b|"
    # regret over a thing done: "kunne sparke mig selv over at have glemt", "could kill myself for saying that"
    r"\b(?:kunne|kan|could) (?:godt |bare )?(?:skyde|slaa|sparke|draebe|kick|shoot|kill) (?:mig|myself)(?: selv)? "
    r"(?:for|over|fordi) (?:at have|at jeg (?:har|havde)|jeg (?:har|havde|glemte|sagde)|having|saying|doing)\b|"
    r"\b(?:doer|dor|doede|dode|doe|die|dying|dead|died) (?:af|of|from) (?:grin|griner|latter|kedsomhed|skam|skraek|"
    r"angst|nerver|"
    r"varme|sult|nervoesitet|spaending|kulde|laughter|laughing|boredom|embarrassment|cringe|flovhed)\b|"
    r"\bi'?m dead\b|\bim dead\b|\b(?:lol|lmao|haha\w*|hihi|xd|😂|🤣)\b|\bikke bogstaveligt\b|\bpjat\b|"
    r"(?<!ikke )\bfor sjov\b|"
    # a conditional threat to kill: "slår mig ihjel hvis", "dræber ham hvis" (plain "slår mig når" and
    # "kvæler mig når han er fuld" are violence)
    r"(?<!med at )\b(?:slaar|slår|draeber|dræber|kvaeler|myrder|flaar|kills?|murder) (?:mig|me|dig|ham|hende|"
    r"dem|jer|you|him|her) ihjel,? (?:hvis|if|naar|når|den dag)\b|"
    r"(?<!med at )\b(?:draeber|dræber|kvaeler|myrder|flaar|kills?|murder) (?:mig|me|dig|ham|hende|dem|jer|you|him|"
    r"her) (?:hvis|if|den dag)\b|\b(?:kill|murder) (?:my|his|her) \w+ (?:if|when)\b|"
    r"\b(?:tager|tog|tage) livet af mig med\b|\b(?:hellere|rather) (?:vil )?(?:doe|die) end\b|"
    r"\btoemmermand\w*\b.{0,40}\b(?:slaa|slaar|draebe|draeber) mig\b|"
    r"\b(?:ihjel|doed|kill me) hvis (?:hun|han|de|mine|min|mor|far) (?:finder|ser|opdager|faar)\b|"
    r"\b(?:mit|mine) (?:livs vaerste|livs)\b|\bvil doe for\b|\bville doe for\b|\bdie for (?:a|some|this)\b|"
    r"\b(?:telefon|mobil|batteri|computer|pc|bil|plante)\w* (?:er )?(?:ved at )?(?:doe|doer|doed)\b|"
    r"\bdoer (?:for at|efter at) (?:se|hoere|vide|faa)\b|\bdying to\b|\bkiller\b|\bslaa tiden ihjel\b|"
    r"\bdet slaar mig\b|\bhvis\b.{0,60}\bsaa er jeg doed\b|\b(?:filmen|serien|bogen|hovedpinen|min hovedpine|"
    r"toemmermaend\w*|mandagen|ugen|det her med \w+(?: \w+){0,3})\b.{0,40}\b(?:tog|tager|"
    r"tage) (?:fuldstaendig )?livet af mig\b|"
    r"\b(?:hovedpine\w*|toemmermaend\w*|kater\w*|det her med \w+(?: \w+){0,4}) (?:\w+ ){0,3}(?:draeber|slaar|"
    r"slaa) mig(?: ihjel)?\b|"
    r"\b(?:karriere\w*|socialt?|politisk\w*|rent|reneste) selvmord\b|"
    # idioms: "skyde sig selv i foden", "det er jo selvmord at gå til eksamen skæv"
    r"\bskyde (?:mig|sig|dig|os) selv i (?:foden|benet)\b|"
    r"\b(?:det|det her|det ville|det vil|det er) (?:\w+ ){0,3}selvmord (?:at|for (?:karakteren|snittet|\w+en))\b|"
    r"\bselvmordsmission\w*|\btoemmermaend\w*\b.{0,60}\b(?:vil doe|doer)\b|"
    r"\b(?:ved at doe|doer|doede|dying) af (?:bekymring|grin|skam|kedsomhed|nervoesitet|irritation|stress|traethed|"
    r"toerst|jalousi|misundelse|forventning|utaalmodighed|flovhed|pinlighed|spaending|sult|varme|kulde)\b|\b(?:eksamen|kater|katten|toemmermaend\w*|"
    r"lektier\w*|skolen|jobbet|chefen|arbejdet|trafikken|\w+en|\w+et) (?:(?!han |hun |de |"
    r"som )\w+ ){0,4}(?:slaar mig ihjel|"
    r"tage livet af mig|tager livet af mig|draeber mig)\b|\b(?:slaar|slaa|draeber|draebe|"
    r"slog) (?:\w+ ){0,2}(?:ihjel )?med (?:alle|sine|mine|hans|hendes|de|det|den|afleveringer|lektier|spoergsmaal|"
    r"snak)\b|"
    r"\bslog (?:mig|os) (?:\w+ )?ud\b|\bude paa at (?:draebe|slaa) (?:os|mig)\b.{0,20}\bmed\b|"
    r"\b(?:det|den|han|hun|du) (?:var |er )?(?:ved at )?(?:tage|tager|tog) livet af mig\b|\b(?:jobbet|job|arbejdet|"
    r"skolen|lektierne|lektier|eksamen|chefen|stress|det her|det) (?:tager|slaar) livet af mig\b|"
    r"\b(?:ihjel|draebe|draeber|myrde|myrder|smadre|smadrer|taeske|taesker|banke|banker|slaa|slaar|skyde|skyder) "
    r"(?:\w+ ){0,3}i (?:fifa|fortnite|cs|counter ?strike|minecraft|spillet|skak|padel|tennis|matchen|kampen|ludo|"
    r"kortspil|poker|paintball|laser ?tag|wrestling|mario ?kart|cod|lol)\b|"
    r"\boverdosis af (?!\w*(?:piller|heroin|kokain|stoffer|alkohol|metadon|sprit|benzo|hash|ghb|tabletter|medicin|"
    r"fentanyl|opioid|amfetamin|speed))\w+|\bslaar (?:til|op|igennem|ned paa|sig ned|et slag)\b|\bslaa (?:op|et slag|"
    r"til)\b")
_METHOD_QUESTION = re.compile(
    # where the drop is highest: "hvilken bro er den højeste", "højeste p-hus i byen"
    r"\b(?:hvilken|hvilket|hvilke|hvor er (?:den|det)|hvad er (?:den|det)) (?:\w+ ){0,3}(?:bro|bygning|hus|tag|p ?hus|"
    r"phus\w*|parkeringshus\w*|klippe|skraent|taarn|hoejhus|altan)\w* (?:\w+ ){0,4}(?:hoejeste?|hoejest|hoejt nok|"
    r"dybeste?)\b|\bhoejeste (?:bro|bygning|sted|klippe|tag|taarn|parkeringshus|p ?hus|hus)\b|"
    r"\bkan man doe af\b|\b(?:hvor mange|hvor meget)\b.{0,80}\b(?:skal man ta(?:ge)?|skal der til|doedelig\w*)\b|"
    r"\bhvor (?:hoejt|dybt)\b|\bbinder man en loekke\b|\bhvad sker der hvis man tager alle\b|"
    r"\bstoppe vejrtraekningen\b|"
    r"\bikke maerker noget hvis man tager\b|\bkan man doe af\b|\bblander\b.{0,40}\bi store maengder\b|\b(?:hvilke|"
    r"hvad for nogle) piller\b.{0,40}\bdoe\b|\bhow (?:many|much)\b.{0,60}\b(?:die|lethal|deadly|kill)\b|"
    # a dose question, by construction: "what happens / does it work if one takes ALL / 30 / a whole pack of ..."
    r"\b(?:hvad sker der|hvad sker der med kroppen|virker det|doer man|hvad hvis|what happens|does it work)\b.{0,30}"
    r"\b(?:hvis|naar|if|when) (?:man|jeg|du|you|i|one) (?:\w+ ){0,2}(?:tager|drikker|sluger|blander|spiser|take|"
    r"swallow|mix)\b.{0,40}\b(?:\d{2,}|alle|hele|en hel|hel|mange|en masse|all|whole|a bunch|" + _DRUG + r")|"
    r"\b(?:hvor mange|hvor meget|how many|how much)\b.{0,40}\b(?:er for mange|er for meget|kan man taale|"
    r"skal der til|skal man tage|tager det|would it take|does it take|is too many|is too much|er en overdosis|"
    r"til en overdosis)\b|"
    r"\bhvor lang tid (?:tager det|gaar der) (?:at|foer man) (?:doe|doer|ikke vaagne)\b|"
    r"\b(?:piller|pills)\b.{0,40}\b(?:ikke (?:vil )?vaagne|sove for altid|aldrig vaagne|never wake)\b|"
    r"\b(?:tage|tager|take) (?:alle|hele|all) (?:\w+ ){0,2}(?:piller|pillerne|tabletter|pills)\b.{0,30}\b(?:sove ind|"
    r"sove|doe|og saa)\b|\bhvordan (?:goer|gor) man\b.{0,30}\b(?:ikke goer ondt|smertefrit|hurtigt)\b")
_CHILD_INGESTED = re.compile(r"\b(?:fundet|spist|slugt|drukket af|faaet fat i)\b.{0,60}\b(?:\w*piller\w*|metadon|"
                             r"roedvin|vin|vodka|spiritus|alkohol|nikotin\w*|snus|medicin|opvaskemiddel|rensemiddel|"
                             r"metadonen|hash|stoffer|tabletter|sprit)\b|\bmangler (?:en del|noget) i flasken\b|"
                             r"\b(?:piller|pillerne|metadon|tabletter)\b.{0,60}\b(?:spist|slugt|fundet)\b")
_QUESTION_START = re.compile(r"^(?:kan|skal|maa|hvornaar|hvad|hvordan|hvem|hvilke|er det|boer|hvis|can|should|when|"
                             r"what|how)\b")
_HYPOTHETICAL = re.compile(r"\b(?:skoleprojekt\w*|projektuge\w*|statistik|socialraadgiver|borger(?:e|en)?|herberg\w*|"
                           r"personalet|patient(?:er|en)?|opgave|temadag|temauge|materialer|forebyggende|"
                           r"undervisningsforloeb|akutmodtagelsen|henvise dem|mistede en elev|forberedt|"
                           r"for en sikkerheds skyld|hypotetisk|just in case|be prepared|til en opgave|"
                           r"til min opgave|til et projekt|i undervisningen|for a school|"
                           # a professional teaching the subject: "undervise i selvmordsforebyggelse"
                           r"undervise (?:\w+ )?i|\w+forebyggelse|(?:holde )?et oplaeg|et forloeb om|"
                           r"elevernes spoergsmaal|"
                           # study, teaching and fiction: "skriver speciale om det", "et kursus jeg underviser på",
                           # "et teaterstykke hvor en karakter ..."
                           r"speciale\w*|bachelor\w*|afhandling\w*|eksamensopgave\w*|kursus|underviser (?:paa|i)|"
                           r"teaterstykke\w*|skuespil\w*|roman(?:en)?|novelle\w*|manuskript\w*|en karakter|"
                           r"karakteren|hovedperson\w*|rollespil\w*|dokumentar\w*|i timen|i klassen|"
                           r"hvis det (?:nu )?(?:skulle|sker|skete)(?: ske)?|if (?:it|that) (?:ever )?happens|"
                           r"school project|project (?:about|on)|assignment|essay|presentation (?:about|on)|"
                           # worry about some day: "bange for at hun en dag får en overdosis"
                           r"(?:bange for|bekymret for|frygter|nervoes for|angst for|afraid|worried)(?: \w+){0,6} "
                           r"(?:en dag|engang|paa et tidspunkt|ender med at|kan ende med|one day|some day))\b")
# The danger as a subject of talk or text: "en folder om overdosis", "en dokumentar om heroin
# og overdoser", "spørgsmål om selvmord"; as a name: "et band der hedder Overdose"
_TOPIC = re.compile(
    # a scene in fiction: "i den serie jeg ser bliver ...", "i spillet vi spiller ..."
    r"\bi (?:den |en |det |et |denne |dette )?(?:\w+ )?(?:serie\w*|film\w*|bog\w*|roman\w*|spil\w*|afsnit\w*|"
    r"episode\w*|show\w*) (?:jeg|vi|han|hun|de|man) (?:ser|saa|har set|laeser|laeste|spiller|spillede|hoerer)\b|"
    # a campaign or leaflet about it: "en kampagne på skolen om at ringe ..."
    r"\b(?:kampagne\w*|plakat\w*|folder\w*|pjece\w*|oplaeg\w*|projekt\w*) (?:paa \w+ )?(?:om|omkring) (?:\w+ ){0,8}$|"
                    r"\b(?:dokumentar\w*|film\w*|folder\w*|pjece\w*|artikel|artikler|bog|bogen|foredrag\w*|"
                    r"oplaeg\w*|podcast\w*|program\w*|kampagne\w*|spoergsmaal|undervisning\w*|forloeb\w*|tema\w*|"
                    r"opgave\w*|projekt\w*|emne\w*|viden|info\w*|materiale\w*|statistik\w*|tal|forskning\w*|"
                    r"rapport\w*|plakat\w*|video\w*|serie\w*|sang\w*|kursus|kurser|brochure\w*|hjemmeside\w*|"
                    r"avis\w*|nyhed\w*|historie\w*|leg|spil) (?:om|omkring|angaaende|about|on) (?:\w+ ){0,3}$|"
                    r"\b(?:hedder|kaldet|kaldes|ved navn|navnet|titlen|named|called) (?:\w+ )?$")
# Figures about the danger, asked about others: "hvor høj er selvmordsrisikoen hos ..."
_STATISTIC = re.compile(r"\b(?:selvmords|overdosis|selvskade)(?:risiko\w*|rate\w*|tal(?:let)?|statistik\w*|"
                        r"hyppighed\w*|doedsfald\w*)\b|\b(?:risiko\w*|rate\w*) for (?:selvmord|overdos\w*)\b")
_FIRST_PERSON = re.compile(r"\b(?:jeg|mig|min|mit|mine|i'?m|me|my)\b")
# A clause that depends on the one before it: "hvilke tegn kan tyde på, at en ung skader sig selv"
_SUBORDINATE = re.compile(r"^(?:at|om|hvis|naar|hvordan|hvorfor|hvornaar|that|if|whether)\b")
_METHOD_SEEKING = re.compile(
    r"\b(?:hvor mange|hvor meget)\b.*\b(?:for at (?:doe|do|ende|ikke vaagne)|er doedelig|doer man|slaar en ihjel)\b|"
    r"\bdoedelig (?:dosis|maengde)\b|\b(?:lethal|deadly) dose\b|\b(?:hurtigste|nemmeste|sikreste|"
    r"mest smertefri\w*) (?:maade|maaden|made) at doe\b|"
    r"\bdoe i soevne\b|\bhvor hoejt\b.{0,40}\bfalde\b|\bhow many\b.*\bto die\b|"
    r"\bsmertefri\w* (?:maade|doed)|"
    # the question says what for: "hvilke piller er bedst hvis man ikke vil vågne"
    r"\b(?:for|hvis (?:man|jeg)) (?:ikke|aldrig) (?:vil |skal )?(?:at )?vaagne\b|"
    r"\bso (?:i|you) (?:don'?t|never) wake\b")
_DISTRESS = re.compile(r"\b(?:orker ikke|kan ikke mere|har det (?:\w+ )?(?:skidt|lort|ad helvede til|daarligt|fucked)|"
                       r"alt er lort|"
                       r"ked af det|ingen (?:vil|gider)|hader mit liv|hate my life|can'?t take it|vil bare (?:vaek|"
                       r"have det|ha det)|"
                       r"jeg er faerdig|faerdig med det her|ikke kan mere|maa spoerge nogen|traet af det hele|"
                       r"haaber det|har fortjent det|"
                       r"ingen (?:der )?ville savne mig|faaet nok af|holde det ud|til at stoppe|er slut|sidste (?:gang|"
                       r"dag)|staar (?:oppe )?paa|"
                       # despair about oneself and one's life, not about a topic
                       r"hader mig selv|alt er (?:sort|meningsloest|haablost|noget lort)|ingen forstaar mig|"
                       r"(?:er|foeler mig som) en byrde|(?:kan ikke|kan ik) se (?:nogen|en) (?:vej ud|udvej|fremtid)|"
                       r"mit liv er (?:\w+ )?(?:lort|noget lort|meningsloest|slut|oedelagt)|"
                       r"ingen (?:vil|gider) (?:have|ha) mig|"
                       r"foeler mig (?:saa |helt )?(?:tom|alene|vaerdiloes|ubrugelig)|"
                       r"graeder hele tiden|"
                       r"feel like a burden|i'?m a burden|no way out|hate myself|i can'?t anymore|"
                       r"kan (?:ikke|ik|ikk) mere|orker (?:ikke|ik|ikk) mere|fucked|ad helvede til|"
                       r"(?:saa|helt|mega) (?:traet|traet) af (?:det hele|alt|livet)|"
                       # the question itself says what for: "ro for evigt", "så jeg ikke kommer tilbage"
                       r"(?:ro|sove|vaek) for (?:evigt|altid)|(?:ikke|ik|ikk|aldrig) (?:kommer|vaagner) (?:tilbage|op)|"
                       r"det er det jeg (?:har lyst til|vil)|det jeg har lyst til)\b")


def _compile(patterns: Sequence[str]) -> Tuple[Pattern[str], ...]:
    # ".*" in a pattern spans at most 150 characters, also across clause boundaries
    return tuple(re.compile(p.replace(".*", ".{0,150}")) for p in patterns)


_PATTERNS: Dict[str, Tuple[Pattern[str], ...]] = {
    "suicide": _compile(_SUICIDE),
    "self_harm": _compile(_SELF_HARM),
    "overdose": _compile(_OVERDOSE),
    "violence": _compile(_VIOLENCE),
}
_ORDER = ("suicide", "self_harm", "overdose", "violence")
# Patterns whose own words carry a negation ("vil ikke leve"): the negation guard skips them.
_SELF_NEGATED = re.compile(r"\b(?:ikke|ik|ikk|aldrig|ingen|not|don'?t|dont|won'?t|can'?t|isn'?t|no)\b")
# Negations that do not negate what follows: despair ("kan ikke mere") and rhetoric
# ("kan jeg ikke bare ...").
_NOT_A_NEGATION = re.compile(r"\b(?:ikke|ik|ikk) (?:mere|mer|bare)\b")
_NEGATED_THOUGHT = re.compile(r"\b(?:ingen|ikke|aldrig|ik)\b(?: \w+){0,2} (?:tanker|taenkt|tanke|planer|lyst|"
                              r"intention\w*|trang)"
                              r" (?:om|paa|til) (?:at )?(?!andet|noget andet|other)(?:\w+ ){0,6}$")
_PRESENT_WISH = re.compile(r"\b(?:har jeg|jeg har) (?:\w+ )?lyst\b|\bjeg vil\b|\bvil jeg\b|\bjeg taenker paa at\b|"
                           r"\btaenker jeg paa at\b|\bjeg skal\b")


def _negated(clause: str, start: int, matched: str) -> bool:
    # a pattern that spans clauses ("vold ... nu") carries its own negation only within its first clause
    if _SELF_NEGATED.search(matched[:len(clause) - start]):
        return False
    prefix = clause[:start]
    window = _NOT_A_NEGATION.sub(" ", " ".join(prefix.split()[-3:]))
    if _NEGATED_THOUGHT.search(prefix) or _NEGATED_FRAME.search(prefix):
        return True
    return bool(_NEGATION.search(window)) and not _NEGATION_SKIP.search(clause)


# A negation whose scope runs further than three words: "det er ikke sådan at jeg vil ...",
# "uden at", "ingen planer eller tanker om ..."
_NEGATED_FRAME = re.compile(r"\b(?:det er (?:ikke|ik) (?:saadan|fordi|som om|fordi at)|(?:ikke|ik) (?:fordi|at) jeg|"
                            r"uden at|(?:ingen|ikke nogen|aldrig haft) (?:\w+ ){0,4}(?:tanker|planer|trang|lyst)|"
                            r"not (?:that|like) i|i'?m not|i am not|i have no|i never|(?:ikke|ik) tale om at|"
                            r"(?:ikke|ik)(?: \w+){0,3} (?:saadan|sådan) at)\b|"
                            # a possibility in general: "fordi man kan få kramper"
                            r"\b(?:man|en|nogen|folk) (?:\w+ )?(?:kan|kunne|risikerer at|risikerer) "
                            r"(?:faa|fa|komme til at faa) (?:en )?$|"
                            # "ingen har taget en overdosis": no one is the subject of the danger
                            r"^(?:og |men )?(?:ingen|ikke nogen|nobody|no one)(?: af (?:os|dem))? (?:har|havde|tog|"
                            r"er blevet|has|had)(?: \w+){0,2} $")
# Danish puts the negation after the finite verb: "jeg skærer ikke i mig selv"
_NEGATION_AFTER = re.compile(r"^\w*(?: (?:jeg|du|han|hun|vi|de|man|mig|dig|os|ham|hende|dem))? "
                             r"(?:ikke|ik|ikk|aldrig|overhovedet ikke)\b")


def _negated_word(clause: str, start: int, word: str) -> bool:
    """A word of danger that is negated before it or, in Danish word order, just after it."""
    return _negated(clause, start, word) or bool(_NEGATION_AFTER.search(clause[start:]))


_STOPPING_USE = re.compile(r"\b(?:komme ud af|stoppe (?:helt )?med|holde op med|trappe ud|blive clean|vaere clean|"
                           r"vaere aedru|"
                           r"blive aedru|drikke mindre|skaere ned|aldrig mere (?:druk|hash|stoffer|alkohol))\b")
_STOP_HABIT = re.compile(r"\b(?:drikker (?:ikke|aldrig) (?:mere|igen)|(?:aldrig|ikke) (?:mere )?(?:drikke|ryge|tage|"
                         r"roere)"
                         r" (?:\w+ )?(?:mere|igen)|(?:slut|faerdig|stop|af|vaek) (?:med|fra) (?:min |mit |mine |de |"
                         r"det |den )?"
                         r"(?:" + _HABIT + r")|smider (?:dem|det|den|resten|pillerne|flasken|flaskerne) ud|"
                         r"haelder (?:\w+ )?ud|i behandling|(?:stoppe|holde op|slutte|faerdig)(?: \w+){0,3} (?:med|"
                         r"fra) "
                         r"(?:at )?(?:drikke|ryge|tage|" + _HABIT + r")|(?:quit|stop) (?:" + _HABIT + r"))\b")
_ENDING_WORDS = re.compile(r"\b(?:slutte|slutter|ende|ender|afslutte|afslutter|farvel|slut|altid|evigt|"
                           r"good|vaek|forsvinde)\b")
_CUT_DOWN = re.compile(r"\b(?:skaaret|skaerer|skaere|skar|skaret) (?:\w+ )?ned\b")
# Dying as the goal of a sober life: "jeg vil dø som ædru mand"
_DEATH_AS_GOAL = re.compile(r"\b(?:doe|die) (?:som (?:en )?(?:\w+ )?(?:aedru|clean|gammel|lykkelig|glad)|aedru|gammel|"
                            r"af alderdom|sober|old)\b")
# Hyperbole frames do not hide a threat that is present now ("står udenfor og råber at han slår mig ihjel")
_PRESENT_DANGER = re.compile(r"\b(?:udenfor|uden for doeren|lige nu|hamrer|kniv\w*|pistol\w*|har (?:lige )?slaaet|"
                             r"sidder (?:lige )?(?:udenfor|derude)|venter (?:paa mig )?(?:udenfor|derude|nedenfor))\b")
_LAUGH = re.compile(r"(?:\b(?:lol|haha\w*|hihi|xd|jk|for sjov)\b|[\U0001f602\U0001f923\U0001f605\U0001f606\U0001f61c])")


# Hitting and kicking in sport and music: "slår på sækken", "blev sparket i kampen", "slår på trommer"
_SPORT = re.compile(r"\b(?:\w*boks\w*|kickboks\w*|sparring|sparrede|traening\w*|kampsport|mma|karate|judo|taekwondo|"
                    r"haandbold|fodbold\w*|ishockey|tackling|rugby|saekken|\w*saek(?:ken)?|trommer?|trommesaet\w*|"
                    r"bolden|golf\w*|tennis|squash|padel|puder|puden|boxing|the bag|sparring|training)\b")


# Dying of a cause that is no danger, said anywhere in the sentence: "tømmermændene er
# sindssyge, jeg er ved at dø"
_HARMLESS_CAUSE = re.compile(r"\b(?:toemmermaend\w*|kater(?:en)?|hovedpine\w*|influenza\w*|forkoelelse\w*|"
                             r"kedsomhed|varme(?:n)?|hedebolge\w*|traening\w*|eksamen|lektie\w*|muskelfeber|"
                             r"hangover|jetlag|spinning\w*|crossfit|sult(?:en)?|grin)\b")
_DYING_WORDS = re.compile(r"^(?:(?:jeg|han|hun) )?(?:er )?(?:ved at doe|doer|doe|vil doe|dying|dead)$")
_INGESTED = re.compile(r"\b(?:taget|tog|slugt|slugte|spist|sniffet|blandet|" + _DRUG + r")\b"
                       r"(?! (?:mig|hende|ham|os|dem|fat)\b)")


# "jeg vil stoppe for altid, ikke mere sprut": the writer quits a habit named in the sentence
# The next sentence names the habit to end: "... for altid. ikke mere hash", "... slut med druk"
_HABIT_NEXT = re.compile(r"^\W*(?:(?:ikke|ik|ingen) (?:mere|mer)|slut med|farvel til|no more|bye bye) (?:\w+ )?"
                         r"(?:" + _HABIT + r")\b")


def _after_sentence(whole: str, clause: str) -> str:
    """What follows the sentence that holds the clause."""
    position = whole.find(clause)
    if position < 0:
        return ""
    parts = _SENTENCE_SPLIT.split(whole[position + len(clause):], maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


# Someone started using at parties or with friends: worry about a habit, no danger now
_USE_ONSET = re.compile(r"\bbegyndt at (?:tage|ryge|drikke|bruge|sniffe|eksperimentere med) (?:\w+ ){0,2}(?:til fester|"
                        r"til fest|i weekend\w*|i byen|sammen med|med (?:sine|hans|hendes|nogle) \w+)")
_QUIT_WISH = re.compile(r"\bjeg (?:\w+ ){0,3}stop(?:pe|per)\b")
_HABIT_WORD = re.compile(r"\b(?:" + _HABIT + r"|behandling\w*|aedru|clean)\b")
# A knife or tool as a thing in use, with no threat in the sentence
_TOOL = re.compile(r"\b(?:til at (?:spejde|skaere|snitte|fiske|lave mad|smoere)|spejd\w*|fisk\w*|jagt\w*|lommekniv\w*|"
                   r"koekkenkniv\w*|laver mad|madlavning|skaerer (?:\w+ ){0,2}(?:loeg|broed|groent\w*|koed|frugt)|"
                   r"i (?:sin|sit|min|mit|hans|hendes) (?:taske|lomme|skuffe|rygsaek|vaerktoejskasse)|vaerktoej\w*|"
                   r"haandvaerker|toemrer|kok|slagter)\b")
_THREAT_CUE = re.compile(r"\b(?:tru\w*|bange|raab\w*|skrig\w*|efter (?:mig|os|hende|ham)|mod (?:mig|os|hende|ham)|"
                         r"fuld|fulde|skaev|paavirket|psykotisk|vred|aggressiv|stikke|draebe|slaa|vifte\w*|jagter|"
                         r"selvmord|skade|gemmer|laast)\b")


def _guarded(clause: str, kind: str, whole: str, matched: str = "") -> bool:
    """True when the clause itself shows this is not about danger now."""
    sentence = _sentence_of(whole, clause)
    if _DYING_WORDS.search(matched) and _HARMLESS_CAUSE.search(sentence) and not _INGESTED.search(sentence):
        return True
    if kind == "violence" and _TOOL.search(clause) and not _THREAT_CUE.search(sentence):
        return True  # "min datter har en kniv i tasken til spejder"
    if kind in ("violence", "self_harm", "general") and _SPORT.search(clause) and \
            not _PRESENT_DANGER.search(clause):
        return True
    if _HYPERBOLE.search(_clause_and_after(whole, clause)) and \
            not (_PRESENT_DANGER.search(_sentence_of(whole, clause)) and not _LAUGH.search(whole)):
        return True
    if _DEATH_AS_GOAL.search(clause) or _STOP_HABIT.search(clause):
        return True
    if kind == "self_harm" and _CUT_DOWN.search(clause):
        return True  # "har skåret ned på øllerne"
    if _ENDING_WORDS.search(matched) and (_STOPPING_USE.search(whole) or _STOP_HABIT.search(whole)) or \
            re.search(r"\bstop", matched) and (_STOP_HABIT.search(whole) or _QUIT_WISH.search(clause)
                                               and (_HABIT_WORD.search(sentence)
                                                    or _HABIT_NEXT.match(_after_sentence(whole, clause)))
                                               and not _DISTRESS.search(sentence)):
        return True  # "afslutte det hele ... altså stoppe med de beroligende"
    now = _now(clause)
    if _USE_ONSET.search(clause) and not now:
        return True  # "tror min søster er begyndt at ryge hash i weekenderne": worry about a new habit
    if not now and not _PRESENT_WISH.search(clause) and _PAST_VERB.search(clause) and \
            _PAST_TIME.search(sentence) and _WELL_NOW.search(whole, whole.find(clause) + len(clause)):
        return True  # "skar i mig selv i 8. klasse, nu er jeg 22 og har det fint"
    if _PAST.search(sentence) and not now and not _PRESENT_WISH.search(clause):
        return True  # "for syv år siden ..., og det endte med et selvmordsforsøg"
    if not now and not _PRESENT_WISH.search(clause) and _in_past_narrative(whole, clause):
        return True  # "For et år siden var jeg til en fest ... Han blev blå i ansigtet"
    if kind != "suicide" or not (_METHOD_SEEKING.search(clause) or _DESPAIR_QUESTION.search(clause)):
        hypothetical = _HYPOTHETICAL.search(whole if len(whole) < 300 else sentence)
        if (_INFO.search(clause) or hypothetical) and not now:
            return True
        head = _clause_before(whole, clause)
        if head and _SUBORDINATE.search(clause) and _INFO.search(head) and not now and \
                not _FIRST_PERSON.search(clause):
            return True  # "hvilke tegn kan tyde på, at en ung skader sig selv?"
    position = clause.find(matched) if matched else -1
    if position >= 0 and _TOPIC.search(clause[:position]) and not now:
        return True
    if _STATISTIC.search(clause) and not _FIRST_PERSON.search(clause) and not now:
        return True
    return False


# An event told in the past tense, at a time in the past, and a later word that all is well now
_PAST_VERB = re.compile(r"\b(?:skar|tog|havde|var|drak|slog|blev|gjorde|ville|kunne|cuttede|braendte|snittede|"
                        r"proevede|forsoegte|overvejede|taenkte|endte|maatte|fik|kom|\w{3,}ede)\b")
_PAST_TIME = re.compile(r"\b(?:i \d+\.? ?(?:klasse|g)|i (?:\w+ )?(?:folkeskolen|gymnasiet|efterskolen|studietiden)|"
                        r"da jeg|dengang|tidligere|som (?:ung|barn|teenager)|i en periode|i min \w+tid|"
                        r"i mine \w+aar|back then|when i was|en gang i (?:sommer|vinter|foraaret|efteraaret|julen))\b")
_WELL_NOW = re.compile(r"\b(?:(?:nu|i dag|idag) (?:[\w.]+ ){0,5}(?:har (?:jeg )?det|gaar det|er jeg) "
                       r"(?:\w+ )?(?:godt|fint|bedre|okay|ok|aedru|clean|stoffri)|"
                       r"har det (?:\w+ )?(?:godt|fint|bedre) (?:nu|i dag)|"
                       r"(?:det er|er det) (?:\w+ )?(?:fortid|ovre|forbi)|(?:er|har vaeret) (?:aedru|clean|stoffri) "
                       r"(?:nu|siden)|(?:i'?m|i am) (?:fine|well|good|better|sober|clean) now)\b")


def _clause_before(whole: str, clause: str) -> str:
    """The clause before this one in its sentence, or ''."""
    parts = clauses(_sentence_of(whole, clause))
    for i, part in enumerate(parts):
        if part == clause or clause in part:
            return parts[i - 1] if i > 0 else ""
    return ""


# Questions of despair, not of information: "hvad er meningen med at blive ved"
_DESPAIR_QUESTION = re.compile(r"\bhvad er (?:meningen|pointen) med (?:at (?:blive ved|leve|fortsaette|vaere her|"
                               r"vaagne)|"
                               r"det hele|livet)\b")
_SENTENCE_SPLIT = re.compile(r"(?:[!?;\n]|" + _ORDINAL_DOT + r"|\.(?=\.))+")


def _in_past_narrative(whole: str, clause: str) -> bool:
    """The clause follows a time in the past ("for et år siden", "sidste sommer") with
    nothing since then saying it is happening now."""
    position = whole.find(clause)
    if position <= 0:
        return False
    last_past = None
    for found in _PAST.finditer(whole, 0, position):
        last_past = found
    if last_past is None:
        return False
    since = whole[last_past.end():position + len(clause)]
    if _now(since):
        return False
    # The story is over once a later sentence speaks in the present ("Min datter vil ikke se
    # mig mere."): a long message may tell its past first and its danger last.
    later = _SENTENCE_SPLIT.split(whole[last_past.end():position])[1:]
    return not any(_PRESENT_TENSE.search(sentence) for sentence in later)


_PRESENT_TENSE = re.compile(r"\b(?:jeg|han|hun|vi|de|min \w+|mit \w+|det) (?:\w+ )?(?:er|vil|kan|skal|ligger|sidder|"
                            r"staar|"
                            r"taenker|ved|orker|gider|foeler|drikker|tager|bor|gaar|ryger)\b")


def _clause_and_after(whole: str, clause: str, after: int = 40) -> str:
    """The clause and the start of what follows it in its sentence: a hyperbole's condition
    often stands after a comma ("chefen slår mig ihjel, hvis jeg kommer for sent")."""
    position = whole.find(clause)
    if position < 0:
        return clause
    rest = _SENTENCE_SPLIT.split(whole[position + len(clause):], maxsplit=1)[0]
    return clause + rest[:after]


def _sentence_of(whole: str, clause: str) -> str:
    """The sentence (split at . ! ? ; and line breaks only) that holds the clause."""
    for sentence in _SENTENCE_SPLIT.split(whole):
        if clause and clause in sentence:
            return sentence
    return clause


def _clause_at(normalised: str, position: int) -> Tuple[str, int]:
    """The clause holding ``position`` and the position within it."""
    begin, end = 0, len(normalised)
    for boundary in _CLAUSE_SPLIT.finditer(normalised):
        if boundary.start() > position:
            end = boundary.start()
            break
        begin = boundary.end()
    while begin < position and normalised[begin] == " ":
        begin += 1
    return normalised[begin:end], position - begin


# "han slår mig ikke": the negation after the object
_OBJECT_LAST = re.compile(r"\b(?:mig|dig|os|ham|hende|dem)$")
_NEGATION_AFTER_OBJECT = re.compile(r"(?: (?:jo|heller))? (?:ikke|ik|ikk|aldrig)\b")
# "jeg cutter ikke", "jeg tænker aldrig på selvmord": the negation after the verb, unless it
# only limits how much ("har cuttet ikke så dybt", "ikke for sjov", "ikke kun")
_NEGATION_AFTER_VERB = re.compile(r"(?: (?:jo|heller|overhovedet))? (?:ikke|ik|ikk|aldrig)\b(?! (?:mere|mer|bare|"
                                  r"kun|blot|engang|for sjov|saa|dybt|meget|slemt|haardt|alvorligt|laengere|igen|"
                                  r"nok|helt|spoeg|joke)\b)")
_OTHER_DOER = re.compile(r"\b(?:han|hun|de|den|min \w+|mor|far|fyren|manden|dealeren|pusheren)(?: \w+){0,2} $|"
                         r"(?<!jeg )\btru(?:er|ede|et)? (?:\w+ )?med at (?:komme og )?$")


def _find_kind(normalised: str, kinds: Sequence[str] = _ORDER) -> Optional[str]:
    for kind in kinds:
        for pattern in _PATTERNS[kind]:
            for match in pattern.finditer(normalised):
                clause, offset = _clause_at(normalised, match.start())
                if kind == "suicide" and " selv" not in match.group(0) and \
                        re.match(r"(?:slaa|slaar|slar|draebe|draeber|kvaele|kvæle) mig", match.group(0)) and \
                        _OTHER_DOER.search(clause[:offset]):
                    continue  # someone else threatens the writer: violence, found below
                end = offset + len(match.group(0))
                if _negated(clause, offset, match.group(0)) or \
                        _OBJECT_LAST.search(match.group(0)) and _NEGATION_AFTER_OBJECT.match(clause, end) or \
                        not _SELF_NEGATED.search(match.group(0)) and _NEGATION_AFTER_VERB.match(clause, end):
                    continue
                if _guarded(clause, kind, normalised, match.group(0)):
                    continue
                return kind
    return None


def _method_seeking_in_distress(normalised: str) -> bool:
    return bool(_METHOD_QUESTION.search(normalised) and _DISTRESS.search(normalised))


_HABITUAL = re.compile(r"\b(?:mange gange|tit|ofte|hver (?:dag|aften|morgen|weekend|gang)|nogle gange|altid)\b")
_STRICT_NOW = re.compile(r"\b(?:lige nu|i nat|i aften|right now|tonight)\b")


_NEGATED_DANGER = re.compile(r"\b(?:ikke|ik|aldrig|ingen) (?:\w+ ){0,2}(?:i fare|alene|fulde?|paavirket|"
                             r"i nogen fare)\b|"
                             # "har aldrig kørt efter at have drukket"
                             r"\b(?:ikke|ik|aldrig) (?:\w+ )?(?:koert|koerer|koere|kører|driven|drive|driving)"
                             r"(?: \w+){0,5}")


# A parent on their own with children is no child alone: "jeg er alene med tre børn",
# "bor alene med min søn på 8"
_SINGLE_PARENT = re.compile(r"\b(?:(?:jeg er|jeg bor|er jeg|bor jeg) alene(?:mor|far)?(?: hjemme)?|alene(?:mor|far)) "
                            r"(?:med|om|til)"
                            r" (?:\w+ ){0,2}(?:boern|boernene|soen|soenner|datter|doetre|unger|ungerne|piger|drenge|"
                            r"pigerne|drengene|tvillinger|baby|babyen|dem)\b")


def _child_window(window: str) -> bool:
    """A child in danger now, read in a window of two clauses."""
    window = re.sub(r"\bfuld tid\b", "heltid", window)
    window = _SINGLE_PARENT.sub(" eneforsoerger ", window)
    window = re.sub(r"\bfundet ud af\b", "opdaget", window)
    window = _NEGATED_DANGER.sub(" ", window)
    if _HABITUAL.search(window) and not _STRICT_NOW.search(window):
        return False
    if _HYPOTHETICAL.search(window) or (_INFO.search(window) and not _NOW.search(window)):
        return False
    if _HYPERBOLE.search(window) and not _PRESENT_DANGER.search(window):
        return False  # "slår min lillebror ihjel i fifa i aften"
    if _PAST.search(window) and not _NOW.search(window):
        return False
    for part in window.split(" . "):
        if _CHILD_WORDS.search(part) and _PAST.search(part) and not _NOW.search(part):
            return False  # "da jeg var barn slog min far ...": the child is the writer, long ago
    child = _CHILD_WORDS.search(window) or _CHILD_WRITER.search(window)
    if child and _CHILD_DANGER.search(window) and _CHILD_ACUTE.search(window):
        return True
    has_child = child or re.search(r"\b(?:os|vi|dem|min bror|min soester|broedre)\b", window)
    if has_child and _DRUNK_DRIVING.search(window):
        return True
    if child and (_CHILD_INGESTED.search(window) or _INCAPACITATED_CARER.search(window)
                  or _CHILD_HARM.search(window)):
        return True
    return bool(_CARE_GONE.search(window) and (
        _NOW.search(window) or re.search(r"\b(?:alene|sover|svarer ikke|ingen)\b", window)))


def _child(normalised: str, parts: List[str]) -> Optional[str]:
    """``acute`` when a child is in danger now."""
    if _NO_ADULTS.search(normalised):
        return ACUTE
    for i in range(len(parts)):
        if _child_window(" . ".join(parts[i:i + 2])):
            return ACUTE
    # A sentence of several clauses: "en far har hentet sit barn, han lugter af sprut, og nu kører han"
    for sentence in _SENTENCE_SPLIT.split(normalised):
        if 2 < len(clauses(sentence)) <= 4 and _child_window(" . ".join(clauses(sentence))):
            return ACUTE
    return None


_PARENT_USES = re.compile(
    r"\b(?:min|mine|vores) (?:mor|far|mormor|farmor|morfar|farfar|foraeldre|stedfar|stedmor|papfar|papmor|bonusfar|"
    r"bonusmor|mors kaereste|fars kaereste)\b.*\b(?:drikker|druk|fuld|fulde|stiv|alkoholiker|ryger hash|tager stoffer|"
    r"bruger stoffer|er skaev|misbrug)|\b(?:my (?:mom|mum|dad|parents))\b.*\b(?:drinks|drunk|drugs|high)\b")
_YOUNG_WRITER = re.compile(r"\bjeg er (?:[7-9]|1[0-7])\b(?! (?:aar )?(?:siden|gang|timer|min))|"
                           r"\bjeg gaar i \d\.? ?(?:klasse|[a-z])\b|"
                           r"\b(?:i'?m|i am) (?:[7-9]|1[0-7])\b|\bjeg er (?:barn|et barn)\b")


def detect(text: str) -> Signal:
    """Read a whole message (never cut) and say whether it needs the crisis answer."""
    if not isinstance(text, str) or not text.strip():
        return NONE
    normalised = normalise(text)
    parts = clauses(normalised)
    kind = _find_kind(normalised)
    if kind is not None:
        return Signal(ACUTE, _refine_kind(kind, normalised, parts))
    if _method_seeking_in_distress(normalised):
        return Signal(ACUTE, _refine_kind("suicide", normalised, parts))
    if _child(normalised, parts) == ACUTE:
        return Signal(ACUTE, "child")
    for clause in parts:
        match = _GENERAL.search(clause)
        if match and match.group(0) == "112" and _QUESTION_START.search(clause):
            continue
        if match and not _guarded(clause, "general", normalised, match.group(0)) and \
                not _negated(clause, match.start(), match.group(0)):
            return Signal(ACUTE, "general")
    if _model_says_crisis(text, normalised, parts):
        return Signal(ACUTE, _model_kind(text))
    if _PARENT_USES.search(normalised) and _YOUNG_WRITER.search(normalised):
        return Signal(CONCERN, "child_of_drinker")
    return NONE


# Pills already taken, or the body already failing: an overdose, whatever the intent was
_TAKEN = re.compile(r"\b(?:(?:har (?:\w+ )?(?:taget|slugt|spist)|tog|slugte|took|swallowed|has taken) (?:\w+,? ){0,4}"
                    r"(?:piller|tabletter|pills|for mange|too many|en masse|\d+)|(?:vaagner|reagerer) (?:ikke|ik)|"
                    r"not (?:waking|breathing|responding)|bevidstl\w*|traekker (?:naesten )?(?:ikke|ik) vejret)\b")
_SELF_HARM_DEPTH = re.compile(r"\bhvor (?:dybt|meget|haardt)\b.{0,40}\b(?:skaere|skaerer|braende|snitte|cutte)\b"
                              r"(?!.{0,60}\b(?:doe|pulsaare\w*|ihjel|ende)\b)")
# A farewell keeps the suicide answer even when pills are taken: it names Livslinien and 112
_FAREWELL = re.compile(r"\b(?:farvel|tak for alt|afskedsbrev\w*|breve til|det er nu|bedre saadan|goodbye)\b")
# A writer young enough that violence at home is a child in danger ("jeg er 11", "I'm 12")
_CHILD_WRITER = re.compile(r"\b(?:jeg er|i'?m|i am) (?:[6-9]|1[0-4])\b(?! (?:aar )?(?:siden|gang|timer|min|kr))|"
                           r"\bjeg gaar i [1-7]\.? ?(?:klasse|[a-z])\b")
# Someone under 15 named by age: "min søster er 14", "en dreng på 9"
_MINOR_NAMED = re.compile(r"\b(?:er|paa) (?:[1-9]|1[0-4])(?: aar)?\b"
                          r"(?! (?:aar )?(?:siden|gang|timer|min|kr|dage|uger))|"
                          r"\b(?:[1-9]|1[0-4])[- ]?aarig\w*\b")
_HURT_CHILD = re.compile(r"\b(?:slaar|slog|slaaet|banker|bankede|sparker|kvaeler|kvaelertag|truer|smider|"
                         r"slaas|skubber|hiver|ryster|giver hende|giver ham)\b")


_SPIKED = re.compile(r"\b(?:drink|drinks|glas|puttet noget|puttede noget|drugged|spiked)\b")
_PUPIL = re.compile(r"\b(?:en elev|eleven|min elev|en af mine elever|et barn i klassen)\b")
_CARER = re.compile(r"\b(?:mor|far|min mor|min far|mine foraeldre|foraeldrene|mormor|farmor|stedfar|stedmor|mom|mum|"
                    r"dad)\b")
# A threat against the writer's family as well as oneself
_OTHERS_TOO = re.compile(r"\b(?:skyde|draebe|slaa|stikke|tage livet af) sig selv og (?:os|mig|boernene|hende|ham|"
                         r"familien|resten)\b|"
                         r"\b(?:skyde|draebe|slaa|stikke) (?:os|mig|boernene) og (?:sig|ham|hende) selv\b")


def _refine_kind(kind: str, normalised: str, parts: List[str]) -> str:
    """The kind that names the right help when more than one reading fits."""
    if kind in ("overdose", "violence"):
        if _child(normalised, parts) == ACUTE:
            return "child"  # a carer unconscious or violent with a child there
        if kind == "violence" and any((_CHILD_WORDS.search(sentence) or _PUPIL.search(sentence))
                                      and _HURT_CHILD.search(sentence)
                                      for sentence in _SENTENCE_SPLIT.split(normalised)):
            return "child"  # "far har slået min lillesøster", "en elev fortæller at stedfaren slår hende"
        if (_CHILD_WRITER.search(normalised) or _MINOR_NAMED.search(normalised)) and \
                (kind == "violence" or _HURT_CHILD.search(normalised)):
            return "child"  # "jeg er 11 og mor slår mig", "min søster er 14 og ..."
    if kind == "overdose" and _CHILD_WRITER.search(normalised) and _CARER.search(normalised) and \
            not _INGESTED.search(normalised):
        return "child"  # "jeg er 9 og kan ikke vække min mor"
    if kind == "overdose" and _find_kind(normalised, ("violence",)) and not _INGESTED.search(normalised) and \
            not _SPIKED.search(normalised):
        return "violence"  # "han kvalte mig til jeg næsten besvimede": no substance, the harm is violence
    if kind == "suicide" and _OTHERS_TOO.search(normalised):
        return "violence"  # "truer med at skyde sig selv og os"
    if kind == "overdose" and _method_seeking_in_distress(normalised):
        return "suicide"  # "kan ikke mere. hvor meget heroin er en overdosis"
    if kind == "suicide" and _SELF_HARM_DEPTH.search(normalised):
        return "self_harm"  # "hvor dybt skal man skære før det gør skade"
    if kind == "suicide" and _TAKEN.search(normalised) and not _FAREWELL.search(normalised) and \
            _find_kind(normalised, ("overdose",)):
        return "overdose"  # "har taget en masse piller fordi hun ikke vil leve mere"
    return kind


def _model_says_crisis(text: str, normalised: str, parts: List[str]) -> bool:
    """The trained second reader (core.safety_model), only where the rules' guards allow:
    some clause with a word of danger that is not negated, past, hypothetical or a joke."""
    trained = model()
    if trained is None:
        return False
    kept: List[str] = []
    any_open = False
    for clause in parts:
        words = list(_CRISIS_WORDS.finditer(clause))
        open_words = [w for w in words if not _negated_word(clause, w.start(), w.group(0))
                      and not _guarded(clause, "general", normalised, w.group(0))]
        any_open = any_open or bool(open_words)
        if open_words or not words:
            kept.append(clause)
    if not any_open:
        return False
    # The model reads the message without the clauses the guards closed: a negated wish
    # ("jeg har ikke lyst til at dø") must not lend its words to the rest of the message.
    read = text if len(kept) == len(parts) else " . ".join(kept)
    return trained.predict(read).probability >= THRESHOLD


def _model_kind(text: str) -> str:
    trained = model()
    kind = trained.predict(text).kind if trained is not None else None
    return kind if kind in KINDS else "general"


def detect_crisis(text: str) -> Optional[str]:
    """The crisis kind when a message needs 112 first, else ``None`` (the channel's API)."""
    signal = detect(text)
    return signal.kind if signal.acute else None


# Words of danger: the trained second reader (core.safety_model) may only add a crisis
# answer where one of them stands in a clause that the guards leave open.
_CRISIS_WORDS = re.compile(
    r"selvmord|suicid|\bdoe\b|\bdoer\b|\bdoed|\bliv(?:et)?\b|ihjel|skaer|cutt|skade|overdos|piller|"
    r"vaagn|bevidstl|besvim|vejret|blaa|kramp|slaar|slog|bank|spark|kvael|tru|kniv|vold|fare|"
    r"alene|112|ambulance|die|kill|dead|breath|hurt|hits?\b|pills")

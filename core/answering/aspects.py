"""Which detail a question asks for: how often, how long, where, what it costs, ...

The word lists for every aspect live here and nowhere else. Patterns are written in
ordinary Danish (and some English) and compiled to skeleton spelling, so "hvornår",
"hvornaar" and "hvornar" are one word; they are matched against
:func:`core.answering.text.normalise` output.

:func:`detect_aspects` returns the aspects in the order they are asked.
:func:`aspect_spans` gives the character spans of the matched cue words, so the words
that ask ("hvor mange gange om ugen") are not mistaken for words that name an offer.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Dict, List, Optional, Pattern, Sequence, Tuple

from core.answering.text import normalise, skeleton_pattern


class Aspect(str, Enum):
    FREQUENCY = "frequency"
    DURATION = "duration"
    SESSION_LENGTH = "session_length"
    PLACE = "place"
    TARGET_GROUP = "target_group"
    CONTENT = "content"
    GROUP_OR_INDIVIDUAL = "group_or_individual"
    PRICE = "price"
    ANONYMITY = "anonymity"
    HOW_TO_START = "how_to_start"
    WAITING_TIME = "waiting_time"
    CONSENT = "consent"
    RELATIVES = "relatives"
    PHONE = "phone"
    HOURS = "hours"
    ADDRESS = "address"
    VALIDITY = "validity"
    NEXT_STEP = "next_step"
    OVERVIEW = "overview"


_PERSON = r"(jeg|man|vi|han|hun|de|min \w+|mit \w+|en borger|borgeren|eleven|den unge)"

_PATTERNS: Dict[Aspect, Tuple[str, ...]] = {
    Aspect.SESSION_LENGTH: (
        r"hvor (lang tid|længe|lang) (varer|tager|tar|er) (sådan |sån )?(hver|en|hvert|et|den enkelte|"
        r"de enkelte|hver enkelt) (\w+ )?\w*(samtale|gang|møde|session|time)\b",
        r"(hver|en|én) (samtale|gang|session)s? (varer|tager|er på) hvor",
        r"(samtalerne|møderne|gangene|gruppemøderne|samtalen|mødet) (varer|tager)",
        r"hvor (lang|lange) er (hver|en|én|samtalerne|møderne|samtalen|mødet)",
        r"hvor mange (minutter|timer)", r"hvor lang(e)? (er )?samtaler",
        r"hvor (lang|lange|lang tid|længe) (varer|tager|er) (de |hver |en |én |et )?\w*"
        r"(samtale|session|møde|sessione)(r|n|ne|rne|erne|t)?\b",
        r"hvor (lang tid|længe) (varer|tager|tar|er) (det|den|de|samtalen|mødet) (hver gang|"
        r"hver enkelt gang|per gang|pr\.? gang|hver samtale)",
        r"how long (is|are) (each|a|the) (session|meeting|talk)s?",
        # "hvor lang tid varer motivationsgruppen hver gang", "og hvor længe hver gang?"
        r"hvor (lang tid|længe|lang|lange)\b( \w+){0,4} (hver|per|pr\.?) (gang|samtale|session|"
        r"møde|gruppemøde)\b",
        r"(hver|per|pr\.?) (gang|samtale|session)\b.{0,25}hvor (lang tid|længe)",
        r"how long\b( \w+){0,4} each (time|session|meeting)",
    ),
    Aspect.FREQUENCY: (
        r"hvor (tit|ofte)", r"hvor (meget|mange timer) (er|kommer|arbejder) (i|de|han|hun|man)\b",
        # how much of a week it takes: "hvor meget kommer det til at fylde i vores hverdag?"
        r"hvor meget (\w+ ){0,4}fylde\w*\b", r"hvor meget tid (\w+ ){0,3}(tager|kræver|bruger)\b",
        r"hvor (meget|mange timer) (er|kommer) (\w+ ){1,2}(ude|til stede|på stedet|forbi|på skolen)",
        r"hvor mange gange (om|pr\.?|per|hver|i) (ugen|uge|måneden|måned|mdr|md|mnd)\b",
        r"(hvor mange|hvilke|hvilken) (dage|dag|ugedag|ugedage)", r"om ugen\b", r"om måneden",
        r"hvornår (mødes|foregår|holdes|kører|starter|begynder|ligger)\b",
        r"hvornår er (det|den|de|\w+(en|et|ne))\b(?! (åben|lukket))",
        r"hvornår på (dagen|ugen)", r"(hvilket|hvilke) (tidspunkt|tidspunkter|tid på dagen)",
        r"hvad tid (er|mødes|starter)", r"(mødes|ses) (i|de|man) (hver|hvor)",
        # "er det hver uge?", "skal man komme hver dag?" (not "når man ikke ryger hver dag?": the use)
        r"\b(er|foregår|mødes|ses|kommer|skal|møder) (det|den|de|man|jeg|vi|han|hun)( \w+){0,2} hver (uge|dag|måned)\?",
        r"^\W*(og )?hver (uge|dag|måned)\?", r"how often", r"which days?",
    ),
    Aspect.DURATION: (
        r"hvor (lang tid|længe) (varer|tager|tar|er|kører|løber|går) "
        r"(det|den|forløbet|behandlingen|kurset|gruppen|tilbuddet|opholdet|projektet|hele)",
        r"hvor (lang tid|længe) (varer|tager|tar|kører) ", r"hvor (lang tid|længe)\?",
        r"hvor (lang tid|længe) (er|skal|bliver|kommer) (man|jeg|han|hun|du|vi) (i|på|med|til)\b",
        r"hvor mange \w*(samtaler|gange|uger|måneder|moduler|møder|sessioner)\b",
        r"hvor mange (er der|bliver det|får (jeg|man|du))\b", r"hvor mange gange skal",
        r"varighed", r"hvor (langt|lang) er (forløbet|kurset|behandlingen|opholdet)",
        r"hvornår er (jeg|man|han|hun) færdig", r"hvor mange gange i alt",
        r"how long (does|is|will)", r"how many (\w+ )?(sessions|weeks|times|talks|conversations|meetings|"
        r"appointments|months)",
    ),
    Aspect.WAITING_TIME: (
        r"vente(tid|liste|r|)\b(?! (et |sit |mit |hendes |vores )?(barn|baby|sig)\b)",
        r"\bventetid", r"hvor (hurtigt|hurtig|snart)",
        r"hvor (lang tid|længe) (går der|skal (jeg|man|han|hun|vi) vente)",
        r"hvornår kan " + _PERSON + r" (så |egentlig |tidligst )?(starte|begynde|"
        r"komme (i gang|til|ind|i behandling)|få)",
        r"behandlingsgaranti", r"\bgaranti", r"\bfrist", r"(med det samme|i morgen|i dag)\?",
        r"\bkø\b", r"\bwait", r"how (soon|fast|quickly)",
    ),
    Aspect.PLACE: (
        r"hvor (ligger|foregår|holdes|mødes|befinder)\b",
        r"hvor (er|finder jeg|finder man) (det|den|de|i|jer|gruppen|behandlingen|stedet|kurset|"
        r"samtalerne|tilbuddet|forløbet|møderne|\w+en\b|\w+ne\b)",
        r"hvor (skal|kan) " + _PERSON + r" (møde op|møde|komme|tage hen|tage|mødes)",
        r"hvor henne", r"hvor skal " + _PERSON + r" (så |saa |nu |egentlig |da )?(gå )?hen\b",
        r"hvor (går|henvender) (jeg|man|vi)\b", r"hvor skal " + _PERSON + r" henvende",
        r"hvilken by", r"hvilket sted", r"hvor (i|på) (byen|landet|kommunen)",
        r"foregår (det|den|samtalerne|behandlingen) (online|hjemme|på skolen|i)",
        r"\bonline\?", r"where (is|are|do)",
    ),
    Aspect.ADDRESS: (r"\badresse", r"\bvejnavn", r"hvilken vej", r"\baddress",),
    Aspect.GROUP_OR_INDIVIDUAL: (
        r"gruppe(r|n)? eller (kun |bare )?(samtaler )?(alene|individuel|individuelt|enkeltvis|"
        r"enesamtale|selv|en til en)",
        r"foregår \w+ i (grupper|gruppe)\b", r"\ber \w+ (i grupper|gruppebaseret)\b",
        r"(alene|individuel|individuelt|enkeltvis|enesamtale|en til en) eller (i )?(en )?grupp?e",
        r"\ber (det|den|de|samtalerne|det her|\w+(en|et|ne)) (i|en) (gruppe|grupper)\b",
        r"foregår (det|den|behandlingen|samtalerne) i (grupper?|gruppe)",
        r"sammen med andre", r"med andre (deltagere|borgere|unge|pårørende)",
        r"(skal|må|kan) " + _PERSON + r" (sidde|være) (i|med i) (en )?gruppe",
        r"\b(en til en|1:1|1 til 1)\b", r"\benesamtale", r"er (det|der) andre (med|til stede)",
        r"(alone|individual|one to one).*group|group.*(alone|individual|one to one)",
    ),
    Aspect.PRICE: (
        r"\bkoste(r|t)?\b", r"\bpris(en|er)?\b", r"\bgratis\b", r"\bbetale?(r|s)?\b",
        r"\begenbetaling", r"\bpenge\b", r"\bkr\b", r"\bgebyr", r"\bbrugerbetaling",
        r"\bcost", r"\bprice", r"\bfree\b", r"\bpay(s|ing)?\b", r"\bpaid\b", r"\bfees?\b",
    ),
    Aspect.CONSENT: (
        r"\bsamtykke", r"\bforældre(ne|s)? (skal|vide|give|godkende|acceptere|være med|"
        r"underskrive|have besked|informeres|spørges|sige ja)",
        r"\bgive (mig )?lov\b", r"\blov (af|fra) (mine |hans |hendes )?(forældre|mor|far)",
        r"\b(uden|bag om) (mine|hans|hendes|at mine|at hans|at hendes) (forældre|mor|far)",
        r"\buden (at )?(dine |elevens |deres |den unges )?forældrene?\b",
        r"\bhvem (skal|bliver|må) (inddrages|involveres|informeres|orienteres|have besked|give (lov|samtykke))",
        r"\btilladelse", r"\bmor og far\b.*\b(vide|lov|ja)", r"\bunderskrive", r"\bskrive under\b",
        r"(mine|hans|hendes) forældre.*\b(vide|lov|ja|samtykke|med)\b",
        r"\bconsent", r"\bparents?\b.*\b(know|permission|agree)",
        # "vil ikke have forældrene inddraget", "skal vi informere hans forældre?"
        r"\bforældre\w* (bliver |skal )?(inddraget|involveret|blandet ind|informeret)",
        r"\b(inddrage|involvere|informere|orientere|fortælle det til) (hans |hendes |mine |elevens )?forældre",
    ),
    Aspect.ANONYMITY: (
        r"\banonymt\b", r"\banonymitet", r"\ber (det|den|de|\w+(en|et|ne)) anonym",
        # "uden at nogen ved hvem jeg er", "without anyone knowing who I am"
        r"\b(ved|vide|ser|finder ud af|får at vide) hvem (jeg|han|hun|man|vi) er\b", r"\bknow(s|ing)? who i am\b",
        r"\b(være|er (det|den|jeg|man|samtalerne)|forblive|"
        r"blive|helt|stadig) anonym\b", r"\b(sige|oplyse|give|opgive) (mit |sit |hans |hendes )?(navn|cpr)",
        r"\bcpr", r"\bhemmelig", r"\bdiskret", r"\btavshedspligt", r"\bjournal",
        r"\bregistreret", r"\b(få|faa) (det )?at vide\b",
        # "bliver jeg skrevet ind?", not "selvom han ikke er skrevet ind" (the other person's treatment)
        # (nor "skal han være skrevet ind, før vi kan få hjælp?": what it takes for the relatives)
        r"(?<!(han|hun|den|det) ikke er )(?<!(han|hun) ikke er blevet )(?<!(han|hun) være )(?<!(han|hun) blive )"
        r"(?<!(han|hun) vaere )\bskrevet ind\b.*\?",
        r"\b(kan|vil|skal) (min|mine|hans|hendes) \w+ (se|vide|høre)",
        r"\bsige det videre", r"\bvideregive", r"\bsladre", r"\banonymous", r"\bname\b",
        # secrecy from someone: "uden at min chef finder ud af det", "ingen må vide det"
        r"\buden (at )?(\w+ ){0,3}(finder ud af|opdager|får (\w+ )?at vide|ved det\b|hører om)",
        # no case file: "jeg vil ikke have en stor sag ud af det", "uden at der bliver oprettet en sag"
        r"\b(vil|skal|må) ikke (\w+ ){0,2}(have )?(en )?(stor )?sag\b",
        r"\buden (at )?(der )?(bliver )?(oprettet )?en sag\b",
        r"\b(bliver|oprettes|laves) der (en )?sag\b",
        # who gets to know: "får mine forældre det at vide?", "siger I det til skolen?"
        r"\bfår (\w+ ){1,2}(det |noget )?at vide\b", r"\bkommer (\w+ ){1,2}til at vide\b",
        r"\b(siger|fortæller|melder) (i|de|centret|man) (det |noget )?(videre |til )",
        r"\bbliver (\w+ ){1,2}(informeret|orienteret|kontaktet|ringet op)\b",
        r"\b(finder|finde) ud af det\b", r"\bingen (\w+ ){0,3}(må|skal|behøver( at)?) vide",
        r"\b(må|skal|behøver) ikke (at )?vide", r"\bbehøver (min|mine|hans|hendes|nogen) (\w+ )?(at )?vide",
        r"\bwithout (anyone|my \w+|them|him|her) (knowing|finding out)", r"\bfind(s)? out\b",
        # "findes der anonym behandling?", "kan man få anonym rådgivning"
        r"\b(findes der|er der|har i|kan (jeg|man|han|hun|vi) få|(jeg|man|han|hun|vi) kan få|tilbyder i) "
        r"(også )?(en )?anonym\w* "
        r"(behandling|rådgivning|samtale\w*|hjælp|stofbehandling|alkoholbehandling)",
    ),
    Aspect.HOW_TO_START: (
        r"hvordan (kommer|kan|skal|får) " + _PERSON + r" (i gang|i behandling|starte|"
        r"begynde|komme i gang|komme i behandling|få (hjælp|en tid|plads|behandling)|"
        r"blive (skrevet ind|visiteret|tilmeldt)|tilmelde|søge|henvise|komme med|komme ind|"
        r"komme til|ind|med|derind|kontakt|fat)",
        r"hvordan (starter|begynder|tilmelder|melder|søger|henviser|booker|bestiller) ",
        r"\bkomme i gang", r"\btilmeld", r"\bhenvis(ning|e|er|es|t)?\b",
        r"\bmelde (mig|os|sig|ham|hende|dem) (til|på)\b", r"\bpå forhånd\b",
        # a professional passing someone on: "hvordan sender jeg en borger videre til jer?"
        r"\b(sende|sender|sendes) (\w+ ){0,3}(videre |ind )?(til|hos) (jer|centret|misbrugscentret|"
        r"rusmiddelcentret)\b", r"\b(få|får) (\w+ ){1,3}(videre|ind) (til|hos) (jer|centret|misbrugscentret|"
        r"rusmiddelcentret)\b",
        r"hvad (starter|begynder) (man|jeg|han|hun|vi) med", r"hvad (sker|skal der ske) (der )?først\b",
        r"(skal|skulle) (jeg|man|han|hun|vi) (visiteres|have (en )?visitation|være visiteret)",
        r"kræver (det|den) (en )?(visitation|henvisning)", r"(skal|kan|må) " + _PERSON + r" (bare|selv) "
        r"(møde op|komme|dukke op|ringe|henvende)", r"hvordan (booker|bestiller) ",
        r"(skal|behøver|må) (jeg|man|vi|han|hun) (at )?(bestille|booke|have|lave) (en )?"
        r"(tid|aftale)", r"uden (en )?(aftale|tid)\b",
        r"første skridt", r"hvad skal " + _PERSON + r" gøre for at (komme|få|starte)",
        r"hvem skal (jeg|man|vi) kontakte",
        r"kan (jeg|man|vi|han|hun) (komme|møde op)\b.*\b(hvis|selvom|selv om|når) ",
        r"hvordan (kontakter|fanger|får fat i) ", r"hvem (kontakter|ringer) (jeg|man|vi) til",
        r"how (do|can) (i|we|you) (start|sign up|get (in|started|help))", r"\brefer",
        # what comes before the start: "skal han igennem noget før?", "hvad skal man inden man kommer afsted?"
        r"\b(skal|må|behøver) (jeg|man|han|hun|vi|de) (\w+ ){0,2}(noget|igennem|have lavet) (\w+ ){0,3}"
        r"(før|inden)\b", r"\b(før|inden) (jeg|man|han|hun|vi|de) (kan|må|skal) (starte|begynde|komme)",
        r"\bhvad (skal|kræver) (\w+ ){0,2}(før|inden) ",
    ),
    Aspect.RELATIVES: (
        r"(kan|må|skal) (min|mine|vores|hans|hendes) (kæreste|mand|kone|partner|familie|"
        r"forældre|mor|far|børn|barn|pårørende|søskende|ven|veninde) (være med|komme med|"
        r"deltage|også komme|tage med|med)",
        r"\bpårørende (være med|deltage|komme med)", r"\bfamilien (med|være med|deltage)",
        # "og hvis familien skal være med?", "hvis hans kone kommer med" (not "noget hvor
        # hele familien er med", which asks for the family offer)
        r"\b(familien|pårørende|(min|hans|hendes|vores) (familie|kone|mand|kæreste|partner|"
        r"forældre|mor|far)) (skal|kan|må|vil) (også )?(være|komme|deltage) ?med\b",
        r"\bhvis (familien|pårørende|(min|hans|hendes|vores) (familie|kone|mand|kæreste|partner|"
        r"forældre|mor|far)) (også )?(er|kommer) med\b",
        r"\b(tage|have|tager) (min|mine|vores) \w+ med\b",
        r"(er der|findes der|har i) (en |et |nogen |noget )?\w* ?(til|for) "
        r"(pårørende|forældre|familie|familien|børn|børnene|barnet|partnere|søskende)\b",
        r"\b(gruppe|kursus|kurser)\w* (til|for) pårørende\b",
        # "kan vi børn være med til samtalerne?"
        r"\b(børn|børnene|familien|pårørende|partneren|kæresten|konen|manden) (også )?(være|komme|deltage) ?med\b",
        r"hjælp (til|for) (mig som )?(pårørende|forældre)",
        # the asker joining the user's talks: "kan jeg som far komme med?", "komme med til hans samtaler"
        r"\b(kan|må|skal) (jeg|vi) (også )?som (far|mor|forælder|forældre|kæreste|partner|pårørende|kone|"
        r"mand|søster|bror|familie|familien) (også )?(komme|være|deltage|tage) ?med\b",
        r"\b(komme|være|deltage|tage) med (til|på|i) (hans|hendes|deres|(min|vores) \w+s) "
        r"(samtale\w*|behandling\w*|møde\w*|sessioner)",
        r"\b(kan|må) (jeg|vi) (komme|tage|gå|være) med (min|vores) (mand|kone|kæreste|partner|søn|datter|far|"
        r"mor|bror|søster)\b", r"\bjoin (some of )?(his|her|their|my \w+'?s) (sessions|talks|treatment|appointments)",
    ),
    Aspect.PHONE: (
        r"\btelefon(nummer|nummeret|nr)?\b", r"\bnummer(et)?\b", r"(?<!ikke )\bringe\b", r"\bring\b",
        r"\bmobil(nummer|nummeret)?\b", r"\bsms", r"\bphone\b", r"\bcall\b", r"\bnumber\b",
        r"\b(reach|contact) (you|them|the (centre|center))\b",
    ),
    Aspect.HOURS: (
        r"\bhar (i|de|den|det|jer|\w+(en|et|ne)) åbent?\b", r"\bhar åbent\b",
        r"\ber (i|det|den|de|\w+(en|et|ne)) (åben|åbne|åbent)\b", r"\båbent\?",
        r"\båbent (i dag|nu|om|på|i weekenden|i aften)", r"hvornår (åbner|lukker)\b",
        r"\båbningstid", r"\btelefontid", r"\blukke(r|t)\b(?! ned)",
        r"hvornår kan (jeg|man|vi) (ringe|komme forbi)", r"opening hours", r"\bopen\b",
        r"hvor (sent|tidligt|længe) (kan|må) (jeg|man|vi) (ringe|komme|henvende)",
        r"(til|fra) hvornår (kan|må) (jeg|man|vi) (ringe|komme)",
    ),
    Aspect.VALIDITY: (
        r"(findes|eksisterer|kører|gælder) (det|den|de|tilbuddet|projektet|\w+) "
        r"(stadig|endnu|fortsat|stadigvæk|i dag|nu)",
        r"\bstadig(væk)? (findes|eksisterer|kører|aktuel|muligt|åbent)", r"\blukket ned",
        r"\bnedlagt", r"\budløbet", r"hvornår (slutter|stopper|udløber|lukker) (det|den|projektet|"
        r"tilbuddet)", r"hvor længe kører (det|den|projektet|tilbuddet)", r"still (exist|running|"
        r"available|open)",
    ),
    Aspect.TARGET_GROUP: (
        r"hvem er (det|den|tilbuddet|gruppen|kurset|forløbet|\w+en) (for|til|målrettet)",
        r"for hvem", r"\bmålgruppe", r"\bhvem kan (komme|få|bruge|deltage|være med|gå)",
        r"hvor gammel", r"hvilken alder", r"\baldersgrænse",
        r"\balderskrav", r"(fra|over|under) hvilken alder", r"er (jeg|han|hun|man) for "
        r"(ung|gammel)", r"(gælder|passer) (det|den) (for|også)", r"er (det|den) (kun )?for\b(?! (noget|en|et)\b)",
        r"kan " + _PERSON + r" (være med|deltage|bruge det|bruge den|komme med|få det|få den)",
        r"(kan|må) (jeg|man|han|hun) (gå|komme) (i|til|på) ",
        r"\bwho is (it|this) for", r"\bage limit", r"\bhow old",
        r"\bcan (i|he|she|we|you) (join|attend|take part in|get into|go to)\b",
        # "skal jeg være over 18?", "skal han være fyldt 25?"
        r"(skal|må|behøver) (jeg|man|han|hun|du|vi|de) (at )?(være|have) (over|mindst|fyldt|under) \d{1,2}\b",
        # "skal man have job for det?", "skal han være ædru først?": what it takes to be let in
        r"(skal|må|behøver) (man|jeg|han|hun|du|vi) (at )?(have|være|bo)\b.{0,25}\b(job|arbejde|bolig|"
        r"uddannelse|ædru|stoffri|clean|dansk|indskrevet|skrevet ind|i behandling)\b",
        # "hvilken gruppe hører jeg til?": which offer is for a person like me
        r"(hvilken|hvilket|hvilke) (gruppe|tilbud|afdeling|hold|behandling) (hører|passer) "
        r"(jeg|han|hun|man|vi) (til|ind)", r"hvor hører (jeg|han|hun|man|(min|vores) \w+( på \d+)?) (til|hjemme)",
    ),
    Aspect.CONTENT: (
        r"hvad (sker|foregår|laver|snakker|taler|arbejder|lærer|indeholder|handler)",
        r"hvad går (det|den|\w+) ud på", r"hvad (er|består) indholdet", r"hvordan foregår",
        r"hvordan (er|bliver) (det|den|en samtale|forløbet|behandlingen) (bygget op|lagt op)",
        r"\bmetode", r"hvad får (jeg|man|han|hun) ud af", r"what happens",
        r"hvad får (man|jeg|du|vi|han|hun)\b(?! at vide)", r"hvad indeholder",
    ),
    Aspect.NEXT_STEP: (
        # "hvad kommer der efter den?", "og bagefter?", "hvad sker der når gruppen slutter?"
        r"hvad (kommer|sker|skal|så)( der)?( \w+)? (så |saa )?(efter|bagefter|derefter|"
        r"bag efter|næst)\b", r"^(og )?(hvad )?(så |saa )?(bagefter|derefter|efter den|"
        r"efter det|efter dem)\b", r"\bog efter (den|det|dem|de \w+ \w+|forløbet|kurset|"
        r"gruppen|behandlingen|opholdet)\b",
        r"(når|naar|efter) (\w+ ){0,2}(er|bliver) (færdig|faerdig|slut|afsluttet|ovre)\b",
        r"(når|naar) (\w+ ){0,2}(slutter|stopper|ender|er ovre)\b(?! (med|at) )",  # not "stopper med at drikke"
        r"efter (endt|afsluttet) (behandling|forløb)", r"næste (skridt|trin|fase|step)",
        r"\b(er der|findes der|sker der|får (man|han|hun|jeg)) (noget|nogen|mere|andet|hjælp) (\w+ )?"
        r"(bagefter|efterfølgende|derefter|efter (den|det|dem|behandlingen|forløbet))\b",
        r"kan (jeg|man|han|hun|vi) fortsætte\b", r"\bfortsætte (i|med) (noget|\w+) (bagefter|"
        r"efter)", r"what (comes|happens) (next|after)", r"\bafterwards\b",
    ),
    Aspect.OVERVIEW: (
        r"^(hvad|hva) er\b", r"[.!?,] *(men |og )?(hvad|hva) er (en |et )?\w+( for noget)?\??$",
        r"\b(hvad|hva) er (det|den|de|\w+(en|et|ne)) for (noget|en|et)\b",
        r"\bfortæl (mig )?(lidt )?om\b", r"\binfo(rmation)? om\b",
        r"hvad (kan|tilbyder) (i|\w+en)\b", r"\bwhat is\b", r"\btell me about\b",
    ),
}

# Order of evaluation: the more specific first, so that "hvor lang tid varer hver samtale"
# is session length and not also the duration of the whole course.
_ORDER: Tuple[Aspect, ...] = (
    Aspect.SESSION_LENGTH, Aspect.FREQUENCY, Aspect.WAITING_TIME, Aspect.DURATION,
    Aspect.GROUP_OR_INDIVIDUAL, Aspect.PLACE, Aspect.ADDRESS, Aspect.PRICE, Aspect.CONSENT,
    Aspect.ANONYMITY, Aspect.HOW_TO_START, Aspect.RELATIVES, Aspect.VALIDITY, Aspect.HOURS,
    Aspect.PHONE, Aspect.TARGET_GROUP, Aspect.NEXT_STEP, Aspect.CONTENT, Aspect.OVERVIEW,
)
# An aspect that only restates another one already found is dropped.
_SHADOWED_BY: Dict[Aspect, Tuple[Aspect, ...]] = {
    Aspect.DURATION: (Aspect.SESSION_LENGTH, Aspect.WAITING_TIME, Aspect.FREQUENCY),
    Aspect.PLACE: (Aspect.ADDRESS, Aspect.GROUP_OR_INDIVIDUAL),
    Aspect.ANONYMITY: (Aspect.CONSENT,),
    Aspect.HOURS: (Aspect.VALIDITY, Aspect.FREQUENCY),
    Aspect.PHONE: (Aspect.HOURS,),
    Aspect.TARGET_GROUP: (Aspect.RELATIVES, Aspect.HOW_TO_START),
    Aspect.CONTENT: (Aspect.GROUP_OR_INDIVIDUAL, Aspect.NEXT_STEP),
}

_COMPILED: Dict[Aspect, Tuple[Pattern[str], ...]] = {
    aspect: tuple(re.compile(skeleton_pattern(p)) for p in patterns)
    for aspect, patterns in _PATTERNS.items()
}

# Aspects about one offer's own fields; the others also have municipality-wide facts.
OFFER_ONLY = frozenset({Aspect.FREQUENCY, Aspect.DURATION, Aspect.SESSION_LENGTH,
                        Aspect.GROUP_OR_INDIVIDUAL, Aspect.CONTENT})
CENTRE_LEVEL = frozenset({Aspect.PHONE, Aspect.HOURS, Aspect.ADDRESS, Aspect.PLACE})
def _matches(text: str) -> List[Tuple[int, Aspect, Tuple[int, int]]]:
    found = []
    for aspect in _ORDER:
        for pattern in _COMPILED[aspect]:
            for m in pattern.finditer(text):
                found.append((m.start(), aspect, m.span()))
    return found


# "hvor lang er ventetiden?", "how long is the wait?" (matched against normalise(text))
_HOW_LONG_WAIT = re.compile(r"\bhvor (lang tid|laenge|lange|lang)\b(\s+\S+){0,3}?\s+\S*vent|"
                            r"\bhow long\b.{0,30}\bwait")


def detect_aspects(text: str) -> List[Aspect]:
    """The aspects asked about in ``text``, in the order they are asked."""
    folded = normalise(text)
    found = _matches(folded)
    aspects: List[Aspect] = []
    spans: Dict[Aspect, List[Tuple[int, int]]] = {}
    for _, aspect, span in sorted(found, key=lambda f: (f[0], _ORDER.index(f[1]))):
        spans.setdefault(aspect, []).append(span)
        if aspect not in aspects:
            aspects.append(aspect)

    def shadowed(a: Aspect) -> bool:  # only by the same words ("hvor lang tid varer hver")
        others = [o for o in _SHADOWED_BY.get(a, ()) if o in aspects]
        if a is Aspect.DURATION and others:
            return all(any(s < e2 and s2 < e for o in others for s2, e2 in spans[o])
                       for s, e in spans[a])
        return bool(others)
    aspects = [a for a in aspects if not shadowed(a)]
    if Aspect.WAITING_TIME in aspects and Aspect.DURATION in aspects and _HOW_LONG_WAIT.search(folded):
        aspects.remove(Aspect.DURATION)  # "hvor lang er ventetiden?": the wait, no course's length
    if len(aspects) > 1 and Aspect.OVERVIEW in aspects:  # "hvad er adressen"
        aspects.remove(Aspect.OVERVIEW)
    if _REQUIREMENTS.search(folded):  # "hvad skal der til for at hun kan komme på døgn?": who and how
        return [Aspect.TARGET_GROUP, Aspect.HOW_TO_START] + [a for a in aspects if a not in (
            Aspect.TARGET_GROUP, Aspect.HOW_TO_START, Aspect.OVERVIEW)]
    if _AGE_IF.search(folded):  # "kan man komme i dagbehandling, hvis man kun er 17?"
        aspects = [Aspect.TARGET_GROUP] + [a for a in aspects if a not in (
            Aspect.TARGET_GROUP, Aspect.HOW_TO_START, Aspect.OVERVIEW)]
    elif Aspect.TARGET_GROUP in aspects and set(aspects) & _ASKED_BESIDES and all(
            _WEAK_TARGET.match(folded, s) for s, _ in spans[Aspect.TARGET_GROUP]):
        aspects.remove(Aspect.TARGET_GROUP)  # "kan jeg gå i behandling uden mine forældre?"
    return aspects


# "kan man komme i X, hvis man kun er 17?": whether the age is let in
_AGE_IF = re.compile(skeleton_pattern(r"\b(kan|må|får|gælder) (jeg|man|han|hun|du|vi|det|den)\b.{0,60}"
                                      r"\b(hvis|når|selv om|selvom|nu hvor) (jeg|man|han|hun|du|vi) "
                                      r"(kun |bare |allerede |stadig |først |lige )?(er|bliver|fylder) "
                                      r"(\d{1,2}|under \d{1,2}|over \d{1,2})\b"))
# "hvad skal der til for at man kan komme med?", "hvilke krav er der?": the conditions
_REQUIREMENTS = re.compile(skeleton_pattern(
    r"\bhvad (skal|kræves|kræver|skal der) (der )?(til)?,? ?(for at|før|inden) (man|jeg|han|hun|vi|de|en borger)\b|"
    r"\bhvilke (krav|betingelser|kriterier)\b|\bhvad er (kravene|kriterierne|betingelserne)\b|"
    # "kan han bare få det?": whether it is simply granted
    r"\bkan (jeg|man|han|hun|vi|de) (bare |sådan |uden videre )+(få|komme på|komme i|starte)\b"))
# "kan jeg gå i behandling ...": who may come, only when nothing else is asked
_WEAK_TARGET = re.compile(skeleton_pattern(r"(kan|må) (jeg|man|han|hun) (gå|komme) (i|til|på) "))
_ASKED_BESIDES = frozenset({Aspect.CONSENT, Aspect.ANONYMITY, Aspect.PRICE, Aspect.WAITING_TIME,
                            Aspect.DURATION, Aspect.FREQUENCY, Aspect.SESSION_LENGTH})


def aspect_spans(text: str, only: Optional[Sequence[Aspect]] = None) -> List[Tuple[int, int]]:
    """Character spans in :func:`normalise` ``(text)`` of the words that ask (for ``only``
    those aspects, when given)."""
    return [span for _, aspect, span in _matches(normalise(text)) if only is None or aspect in only]


def strip_aspect_words(text: str, only: Optional[Sequence[Aspect]] = None) -> str:
    """:func:`normalise` ``(text)`` without the words that ask for an aspect (``only``: those)."""
    s = normalise(text)
    for start, end in sorted(aspect_spans(text, only), reverse=True):
        s = s[:start] + " " * (end - start) + s[end:]
    return s


# The cue words of catalogue text and of other topics (answers_aspect, other_topic,
# about_confidentiality) live in core.answering.cues, which imports this module, not the
# other way round.
__all__ = ["Aspect", "OFFER_ONLY", "CENTRE_LEVEL", "detect_aspects", "aspect_spans",
           "strip_aspect_words"]

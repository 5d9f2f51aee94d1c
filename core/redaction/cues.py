"""Words around a name: relations, verbs after a subject, triggers like "jeg hedder"."""

from __future__ import annotations

import re

from core.redaction.lexicon import fold_word

_RELATION_WORDS = """
    søn sønnen datter datteren mand manden kone konen kæreste kæresten ven vennen veninde
    veninden kammerat kammeraten mor moren far faren bror broren søster søsteren lillebror
    lillesøster storebror storesøster onkel moster faster tante morfar farfar mormor farmor
    bedstefar bedstemor partner partneren kollega kollegaen nabo naboen elev eleven
    klassekammerat stedfar stedmor stedsøn steddatter papfar papmor bonusfar bonusmor
    bonussøn bonusdatter kusine fætter nevø niece eks ekskæreste exkæreste ekskone eksmand
    chef chefen barn barnet børn børnene barnebarn forældre svigermor svigerfar svigersøn
    svigerdatter svoger svigerinde bofælle roomie hustru ægtefælle kærlighed crush date
    mor's far's søskende lærer læreren pædagog træner træneren sagsbehandler
    sagsbehandleren kontaktperson kontaktpersonen mentor mentoren bedsteven bff bestie
    klassekammeraten holdkammerat kæresten's lillebroren lillesøsteren klasselærer
    klasselæreren kontaktlærer kontaktlæreren elever kammerater kolleger kollegaer veninder
    brødre søstre sønner døtre naboer
    brother sister mom mum mother dad father friend bestfriend boyfriend girlfriend bf gf
    son daughter aunt auntie uncle cousin colleague coworker husband wife mate buddy
    roommate flatmate neighbour neighbor grandma grandpa granny grandmother grandfather
    stepdad stepmom stepmother stepfather niece nephew classmate teacher student pupil
"""
RELATIONS = frozenset(fold_word(w) for w in _RELATION_WORDS.split())

# "X (min bedste ven)", '"X" (my friend)': a relation in brackets right after a name
_RELATION_ALTERNATIVES = "|".join(
    sorted(map(re.escape, _RELATION_WORDS.split()), key=len, reverse=True))
RELATION_AFTER = re.compile(
    r"[\"'”»]?\s*\((?:min|mit|mine|my|vores|our|hans|hendes|his|her)\s+(?:[^\W\d_]+\s+)?"
    r"(?:" + _RELATION_ALTERNATIVES + r")\)", re.I)

# Finite verbs that follow a subject ("Dag drikker", "Xander har"): a name cue at a
# sentence start.
SUBJECT_VERBS = frozenset(fold_word(w) for w in """
    er var har havde kan kunne vil ville skal skulle må måtte bør gør gjorde får fik bliver
    blev går gik kommer kom tager tog drikker drak ryger røg bruger brugte siger sagde ved
    vidste tror troede synes syntes mener føler følte bor boede sidder sad ligger lå står
    stod sover sov spiser spiste arbejder arbejdede lyver løj slår slog råber skriger græder
    ringer ringede skriver skrev prøver prøvede kender hedder mangler savner elsker hader
    ryster sniffer sniffede snifer snifede køber købte sælger solgte fester festede kører
    kørte virker hjælper passer hænger dealer pjækker stjæler stjal lever døde nægter tænker
    snakker snakkede taler talte forstår accepterer kræver truer spurgte fortalte fortæller
    begyndte begynder startede starter stoppede stopper holder mistede mister tager
    misbruger misbrugte ryger smider smed sender sendte bliver skændes skal slås græd
    drikke' ryge' har' er' plejer plejede lovede lover flytter flyttede fandt finder mødte
    husker huskede læser læste hører hørte
""".split())

# Names whose word sense is no noun ("per dag", "bo sammen", "helt bent"): in lower case
# at the start of a sentence and before a verb ("per drikker") they are names.
SUBJECT_NAMES = frozenset(fold_word(w) for w in """
    per bo bent dag kim mai ib line rune tom max frank jane tina sus rene bjørn sten tage kåre
    peer vibe anker pil sys birk kis buster balder basse ane puk gro mulle trille paw aske mark
    hans
""".split())
# Little words that follow a name in lower case and are surnames too ("mette lige", "ali
# kan"): never taken as the surname.
NOT_AFTER_NAME = frozenset(fold_word(w) for w in """
    lige også bare altid aldrig nu her der godt meget lidt helt sgu jo da vel nok igen stadig
    snart kun selv ikke tit ofte hver hele lang længe sammen hjem hjemme ude inde op ned ud
    ind sig så mig dig ham hende os jer dem den det de en et min din sin vores jeres deres
    hans hendes blev bliver fik får havde var vil skal kan må gik går kom kommer tog tager
    sagde siger drak drikker røg ryger dag nat aften morgen uge år weekend
""".split())
# Parents: "jeg er mor til X"
PARENTS = frozenset(fold_word(w) for w in """
    mor far mormor morfar farmor farfar bedstemor bedstefar forælder stedmor stedfar papmor
    papfar bonusmor bonusfar plejemor plejefar pårørende
""".split())
# Titles before a name ("fru X", "lærer X")
TITLES = frozenset(("hr", "fru", "frk", "dr", "mr", "mrs", "ms", "prof", "advokat", "læge",
                     "doktor", "pastor", "lærer", "pædagog"))
# Names that are also a month or a holiday, and the words that make them one.
TIME_NAMES = frozenset(("august", "jul", "maj", "juni", "april"))
TIME_BEFORE = frozenset(fold_word(w) for w in """
    i til efter før inden siden fra om over god glædelig sidste næste hver denne forrige
    midten starten slutningen udgangen primo ultimo medio hele
""".split())
AGE_AFTER = re.compile(r"\s*\(\d{1,2}(?:\s*år)?\)|\s*,\s*\d{1,2}\s*(?:år|,|\)|$)"
                       r"|\.?\s*\d{1,2}\s*år\b"  # "det er mig selv. X. 24 år", "X 16 år ryger"
                       r"|\s+på\s+\d{1,2}\b(?!\s*(?:kr|%|procent|uge|uger|dag|dage|døgn|måned"
                       r"|måneder|time|timer|gang|gange|minut))")
LOAN_ENDINGS = ("ing", "tion", "ness", "ment", "ity", "ism", "ics", "ware", "book", "gram",
                 "chat", "flix", "tok", "tube")
# Verbs of taking something: a word after them is what is taken ("drikker Vin").
CONSUME_VERBS = frozenset(fold_word(w) for w in """
    drikker drak drukket ryger røg røget tager tog taget sniffer sniffede snifer ryge drikke
    tage købe køber købte sælger solgte bruger brugte bruge prøvet prøvede prøver spiser
""".split())

# Words right before a name in ordinary sentences ("bekymret for Xander", "Hej Xander").
NAME_BEFORE = frozenset(fold_word(w) for w in """
    og for med hos om af mod end hedder hed kaldet kaldes kære hej hejsa hey hi hallo mvh
    hilsen kh knus vh bh mellem uden sammen efter ifølge ifht ift hvis ligesom som inkl
    plus eller samt
""".split())
# Words before a place: a capitalised unknown word after these is not taken as a name.
PLACE_BEFORE = frozenset(fold_word(w) for w in """
    i på fra til ved nær omkring udenfor gennem via tæt
""".split())
NAME_TRIGGER = re.compile(
    r"(?:\bjeg\s+hed(?:der)?|\b(?:mit|hans|hendes|dit)\s+(?:fulde\s+|rigtige\s+)?navn\s+er"
    r"|\bnavnet\s+er|\b(?:fulde\s+)?navn\s*[:=]|\bhedder|\bkaldet|\bkaldes|\bkald\s+mig"
    r"|\bkalder\s+(?:mig|ham|hende)|\b(?:my|his|her)\s+(?:full\s+|real\s+)?name\s+(?:is|was)"
    r"|\bname\s*[:=]|\bname'?s|\bi'?m\s+called|\bcall\s+me|\bnavn\s+(?:er|var)|\bmvh|\bhilsen"
    r"|\bkh|\bvh|\bregards|\bkontakt\s+mig)\s*[:,-]?\s*$", re.I)
# "noget der hedder MOVE", "tilbuddet hedder Stifinder": a thing is named, not a person.
THING_NAMED = re.compile(
    r"\b(?:noget|det|den|tilbud(?:det)?|stedet|et\s+sted|forløb(?:et)?|gruppe(?:n)?|program(?:met)?|"
    r"app(?:en)?|projekt(?:et)?|kursus(?:et)?|behandling(?:en)?|stof(?:fet)?|medicin(?:en)?|"
    r"piller?(?:ne)?|centre?t|rådgivning(?:en)?|band(?:et)?|hund(?:en)?|kat(?:ten)?|"
    r"spil(?:let)?|serie(?:n)?|film(?:en)?|sang(?:en)?|bog(?:en)?|it|something|a\s+thing)"
    r",?\s+(?:der\s+|som\s+|that\s+)?"
    r"(?:hed(?:der)?|kaldes|is\s+called|called)\s*[:,-]?\s*$", re.I)
WEAK_TRIGGER = re.compile(r"\b(?:jeg\s+er|det\s+er(?:\s+bare)?\s+mig(?:\s+igen\s*,?)?|det\s+er"
                          r"|det\s+var|her\s+er"
                          r"|dette\s+er|it'?s|its|i'?m|i\s+am"
                          r"|this\s+is)\s*$", re.I)
# "jeg tror X tager", "skal X selv ringe": words before a subject in the middle of a sentence.
CLAUSE_BEFORE = frozenset(fold_word(w) for w in """
    tror troede synes syntes mener ved vidste siger sagde tænker at fordi hvis når om men og
    så da selvom mens hvordan hvorfor hvad hvornår hvor tror' think thinks thought says said
    because if when that but and so
""".split())
QUESTION_VERBS = frozenset(fold_word(w) for w in """
    skal kan vil må bør har er var får gør skulle kunne ville burde havde
    is does did can should will has was
""".split())
# Little words after a subject ("skal X selv ringe", "X også drikker").
AFTER_SUBJECT = frozenset(fold_word(w) for w in """
    selv også ikke altid aldrig gerne stadig nok vist bare lige faktisk
""".split())
ENGLISH_VERBS = frozenset("""
    is was has had drinks drank smokes smoked takes took uses used does did says said thinks
    wants needs lives works goes went gets got won't can't doesn't isn't keeps tried tries
    started stopped came comes bought buys sold sells gave gives told lied lies stole steals
    promised promises died relapsed overdosed
""".split())
# Prepositions and verbs before a person ("hos X", "med X", "støtte X", "ring til X").
PERSON_BEFORE = frozenset(fold_word(w) for w in """
    med hos for mod kære hej hejsa hey hi hallo mvh hilsen kh vh mellem ifølge ligesom samt
    om with dear hello about regards
""".split())
PERSON_VERBS = frozenset(fold_word(w) for w in """
    støtte støtter støttede hjælpe hjælper hjælpede kontakte kontakter kontaktede besøge
    besøger besøgte møde mødte møder savner savnede elsker hader kender kendte spørge spørger
    spurgte slå slog slår true truer truede overtale overtalte stoppe beskytte redde
    spørg fortæl konfrontere konfronterer konfronteret tvinge tvinger motivere motiverer
    overbevise overbeviser
    help helps helped call called tell told ask asked text texted meet met visit visited
    support love miss hate know knew protect
""".split())
CALL_VERBS = frozenset(fold_word(w) for w in """
    ring ringe ringer ringede skriv skrive skriver skrev sige siger sagde fortælle fortæller
    fortalte sms sms'e sende sender sendte give giver gav snakke snakker snakkede tale taler
    talte sige' talk talked write wrote say said send sent give gave
""".split())
FUNCTION_WORDS = frozenset(fold_word(w) for w in """
    i på fra til ved nær om af mod for med hos og eller men så at der som hvis når da hvor
    hvad hvem jeg du han hun vi de den det er var har kan vil skal må ikke nu her
    the and or but of in on at to for from with is are was i you he she we they it
""".split())
NAME_PARTICLES = frozenset(("al", "el", "abu", "abou", "bin", "ben", "ibn", "van", "von",
                             "de", "der", "la", "le", "da", "di", "du", "bint", "ould"))


# Chat spellings that are in no dictionary.
CHAT_WORDS = frozenset(fold_word(w) for w in """
    igår idag imorgen iaften inat imorges iforgårs iovermorgen ik ikk ikke' nogn noget' osv
    pga bla fx mvh hehe hihi haha hahaha lol lmao omg wtf idk btw tbh pls plz thx ty xd xo
    okay' oki okey jaa neej nææ ahh arh øhm øh hmm mhm ish agtig agtigt vildt sindssygt
    sygt mega pisse skide hamrende fucking fuckin
""".split())
# Endings of Danish town names: a capitalised word in no list with one is a place.
TOWN_ENDINGS = tuple(fold_word(w) for w in """
    rup strup drup trup løse sted købing havn borg bjerg by bæk holm lev bro skov lund
    ager toft vig ør næs høj mose minde hoved sund ing inge um lunde vang have magle gård bøl
    holt ø
""".split())

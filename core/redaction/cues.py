"""Words around a name: relations, verbs after a subject, triggers like "jeg hedder"."""

from __future__ import annotations

import re

from core.redaction.lexicon import fold_word

RELATIONS = frozenset(fold_word(w) for w in """
    søn sønnen datter datteren mand manden kone konen kæreste kæresten ven vennen veninde
    veninden kammerat kammeraten mor moren far faren bror broren søster søsteren lillebror
    lillesøster storebror storesøster onkel moster faster tante morfar farfar mormor farmor
    bedstefar bedstemor partner partneren kollega kollegaen nabo naboen elev eleven
    klassekammerat stedfar stedmor stedsøn steddatter papfar papmor bonusfar bonusmor
    bonussøn bonusdatter kusine fætter nevø niece eks ekskæreste exkæreste ekskone eksmand
    chef chefen barn barnet børn børnene barnebarn forældre svigermor svigerfar svigersøn
    svigerdatter svoger svigerinde bofælle roomie hustru ægtefælle kærlighed crush date
    mor's far's søskende lærer læreren pædagog
""".split())

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
    drikke' ryge' har' er' plejer plejede
""".split())

# Names whose word sense is no noun ("per dag", "bo sammen", "helt bent"): in lower case
# at the start of a sentence and before a verb ("per drikker") they are names.
SUBJECT_NAMES = frozenset(fold_word(w) for w in """
    per bo bent dag kim mai ib line rune tom max frank jane tina sus rene bjørn sten tage kåre
    peer vibe anker pil sys birk kis buster balder basse ane puk gro mulle trille paw aske mark
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
# Names that are also a month or a holiday, and the words that make them one.
TIME_NAMES = frozenset(("august", "jul", "maj", "juni", "april"))
TIME_BEFORE = frozenset(fold_word(w) for w in """
    i til efter før inden siden fra om over god glædelig sidste næste hver denne forrige
    midten starten slutningen udgangen primo ultimo medio hele
""".split())
AGE_AFTER = re.compile(r"\s*\(\d{1,2}(?:\s*år)?\)|\s+på\s+\d{1,2}\b(?!\s*(?:kr|%|procent"
                        r"|uge|uger|dag|dage|døgn|måned|måneder|time|timer|gang|gange|minut))")
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
    r"(?:\bjeg\s+hed(?:der)?|\bmit\s+navn\s+er|\bnavnet\s+er|\bnavn\s*[:=]|\bhedder|\bkaldet"
    r"|\bkaldes|\bkald\s+mig|\bkalder\s+(?:mig|ham|hende)|\bmy\s+name\s+is|\bi'?m\s+called)"
    r"\s*[:,]?\s*$", re.I)
WEAK_TRIGGER = re.compile(r"\b(?:jeg\s+er|det\s+er|her\s+er|dette\s+er|it'?s)\s*$", re.I)
NAME_PARTICLES = frozenset(("al", "el", "abu", "abou", "bin", "ben", "ibn", "van", "von",
                             "de", "der", "la", "le", "da", "di", "du", "bint", "ould"))



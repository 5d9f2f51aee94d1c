"""Replace identifying details in a message by typed placeholders, before anything reads it.

The privacy text promises that names, CPR numbers, phone numbers, e-mail and street
addresses are removed before a message is read or stored. This module keeps that
promise for the shapes people actually write:

- **Numbers** are read as runs of digits, whatever separates them: ``20456789``,
  ``2045 6789``, ``20.45.67.89``, ``20/45/67/89``, ``2 0 4 5 6 7 8 9``, with ``+45``,
  ``0045`` or ``(+45)`` in front (phone numbers), and ``120398-1234`` in any grouping
  with a valid date (CPR; the modulus-11 check is not used because CPR numbers issued
  since 2007 may fail it). Ages, clock times, dates, years, prices, week numbers,
  postcodes next to a town and the centres' own numbers survive.
- **E-mail addresses**, also written as ``navn at gmail dot com``, ``navn(at)hotmail.dk``,
  ``navn [at] live punktum dk`` or ``navn snabel-a ...``.
- **Names** anywhere in a message, from shipped lists of first names and surnames common
  in Denmark (``core/data/``, built by ``scripts/build_name_lists.py``), with capitals
  and position as cues: names that are also ordinary words ("Bent", "Dag", "Per") and
  capitalised words that are in no list are removed only when the context says name
  ("med Per", "Dag drikker", "min søn Xander", "Mikkels mor").
- Schools and school classes, workplaces, licence plates, profiles and handles on social
  media, IP addresses, links with a query string and street addresses.

Everything works on :func:`core.language.normalize.clean` of the message, so full-width
letters, invisible characters and Unicode dashes change nothing; the redacted text is
that cleaned text with placeholders. Nothing here imports Rasa.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from core.language.normalize import clean

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[1]

PLACEHOLDERS: Dict[str, str] = {
    "cpr": "[CPR]", "phone": "[TLF]", "email": "[EMAIL]", "ip": "[IP]", "url": "[URL]",
    "profile": "[PROFIL]", "address": "[ADRESSE]", "plate": "[NUMMERPLADE]",
    "school": "[SKOLE]", "class": "[KLASSE]", "workplace": "[ARBEJDSPLADS]", "name": "[NAVN]",
}

# How the note to the user names each kind: (one, several).
KIND_WORDS: Dict[str, Tuple[str, str]] = {
    "name": ("et navn", "navne"),
    "cpr": ("et CPR-nummer", "CPR-numre"),
    "phone": ("et telefonnummer", "telefonnumre"),
    "email": ("en mailadresse", "mailadresser"),
    "ip": ("en IP-adresse", "IP-adresser"),
    "url": ("et link", "links"),
    "profile": ("en profil på sociale medier", "profiler på sociale medier"),
    "address": ("en adresse", "adresser"),
    "plate": ("en nummerplade", "nummerplader"),
    "school": ("navnet på en skole", "navne på skoler"),
    "class": ("en skoleklasse", "skoleklasser"),
    "workplace": ("navnet på en arbejdsplads", "navne på arbejdspladser"),
}
_COUNT_WORDS = {2: "to", 3: "tre", 4: "fire"}


# ---------------------------------------------------------------------------- lexicon

_FOLD_TABLE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "u",
                             "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "í": "i",
                             "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ß": "ss"})


def fold_word(word: str) -> str:
    """One word as :func:`core.language.normalize.fold` writes it, without the regexes."""
    if word.isascii():
        return word.lower()
    folded = word.lower().translate(_FOLD_TABLE)
    if folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                   if not unicodedata.combining(ch))


# Suffixes of Danish inflection, longest first; a word is known when a stem is a base word.
_SUFFIXES = ("ernes", "endes", "erne", "enes", "ende", "edes", "este", "ene", "ens", "ets",
             "ers", "ede", "ere", "ste", "nes", "rne", "tes", "des", "er", "en", "et", "es",
             "te", "de", "ne", "ns", "ts", "rs", "st", "e", "s", "r", "n", "t")


def word_in(key: str, words: FrozenSet[str], depth: int = 0) -> bool:
    """True when the folded ``key`` is a Danish word: a base word of ``words``, an
    inflected form of one ("behandlingen"), or a compound of them ("alkoholbehandling")."""
    if key in words:
        return True
    n = len(key)
    for suffix in _SUFFIXES:
        if n - len(suffix) >= 2 and key.endswith(suffix):
            stem = key[:-len(suffix)]
            if stem in words or stem + "e" in words or (
                    len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    if depth < 2 and n >= 6:
        for i in range(3, n - 2):
            head = key[:i]
            if head in words or (head[-1] in "se" and head[:-1] in words):
                if word_in(key[i:], words, depth + 1):
                    return True
    return False


def _read_list(name: str) -> List[str]:
    path = DATA / name
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


_CONTACT_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_PHONE = re.compile(r"(?<![\d])(?:\d[ .-]?){7}\d(?!\d)")
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][\wæøåÆØÅ]+")


@dataclass(frozen=True)
class Lexicon:
    """The word lists, folded: names, names that are words, Danish words, never-names."""

    first: FrozenSet[str]
    last: FrozenSet[str]
    name_words: FrozenSet[str]
    rare: FrozenSet[str]
    words: FrozenSet[str]
    allow: FrozenSet[str]
    knowledge_phones: FrozenSet[str]
    knowledge_emails: FrozenSet[str]
    knowledge_streets: FrozenSet[str]

    def is_word(self, key: str) -> bool:
        return key in _STOP or word_in(key, self.words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load ``core/data/`` once; the knowledge base adds its own proper nouns and contacts."""
    first = frozenset(fold_word(n) for n in _read_list("first_names.txt"))
    last = frozenset(fold_word(n) for n in _read_list("surnames.txt"))
    names = first | last
    allow: Set[str] = set(_read_list("allow_words.txt"))
    phones: Set[str] = set()
    emails: Set[str] = set()
    streets: Set[str] = set()
    knowledge = ROOT / "knowledge"
    if knowledge.is_dir():
        for path in sorted(knowledge.glob("*.yml")):
            text = path.read_text(encoding="utf-8")
            allow.update(k for k in (fold_word(w) for w in _CAPITALISED.findall(text))
                         if k not in names)
            emails.update(e.lower() for e in _CONTACT_EMAIL.findall(text))
            for found in _CONTACT_PHONE.findall(text):
                digits = re.sub(r"\D", "", found)
                if digits[0] in "23456789" and not (digits[:2] in ("19", "20")
                                                     and digits[4:6] in ("19", "20", "01", "02",
                                                                         "03", "04", "05", "06",
                                                                         "07", "08", "09", "10",
                                                                         "11", "12")):
                    phones.add(digits)  # the centres' numbers, not "2024-2026" or a date
            for match in ADDRESS.finditer(text):
                street = re.match(r"\D+\d+\s?[A-Za-z]{0,2}\b", match.group(0))
                if street:
                    streets.add(street.group(0).strip().lower())
    return Lexicon(first=first, last=last,
                   name_words=frozenset(_read_list("name_words.txt")),
                   rare=frozenset(_read_list("rare_names.txt")),
                   words=frozenset(_read_list("da_words.txt")),
                   allow=frozenset(allow), knowledge_phones=frozenset(phones),
                   knowledge_emails=frozenset(emails), knowledge_streets=frozenset(streets))


# Never a name, whatever the lists say: function words, family words, greetings.
_STOP = frozenset(fold_word(w) for w in """
    a af al alle alt altid andet anden andre at bare begge blev bliver da de dem den denne
    der deres det dette dig din dine dit du efter eller en end eneste er et for fordi fra
    før ham han har havde hele hende hendes her hos hun hvad hvem hver hvilken hvis
    hvor hvordan hvorfor hvornår i ikke ind jeg jer jo kan kom kun lidt man med meget men
    mig min mine mit mod må ned nej nogen noget nok nu når og også om op os over på sig sin
    sine sit skal som så sådan til ud uden under ved vi vil vores være været mor far mama
    mamma mom mum dad papa pappa bror søster søs farmor farfar mormor morfar bedstemor
    bedstefar moster faster onkel tante barn baby søn datter mand kone kæreste ven veninde
    venner familie hej hejsa hey hi hello hallo halløj goddag davs dav tak mvh hilsen kh
    knus kram ok okay nå ja jep nope yes no lol haha wow omg fuck shit love lille store stor
    ny nye gamle gammel bruger admin test intet ingen aldrig nogle anonym ukendt privat
    chat chatten navn the to dear sir mr mrs ms hr fru frk dr læge doktor sygeplejerske
    kommune kommunen region regionen politi politiet gud allah jesus
""".split())

_RELATIONS = frozenset(fold_word(w) for w in """
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
_SUBJECT_VERBS = frozenset(fold_word(w) for w in """
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
_SUBJECT_NAMES = frozenset(fold_word(w) for w in """
    per bo bent dag kim mai ib line rune tom max frank jane tina sus rene bjørn sten tage kåre
    peer vibe anker pil sys birk kis buster balder basse ane puk gro mulle trille paw aske mark
""".split())
# Little words that follow a name in lower case and are surnames too ("mette lige", "ali
# kan"): never taken as the surname.
_NOT_AFTER_NAME = frozenset(fold_word(w) for w in """
    lige også bare altid aldrig nu her der godt meget lidt helt sgu jo da vel nok igen stadig
    snart kun selv ikke tit ofte hver hele lang længe sammen hjem hjemme ude inde op ned ud
    ind sig så mig dig ham hende os jer dem den det de en et min din sin vores jeres deres
    hans hendes blev bliver fik får havde var vil skal kan må gik går kom kommer tog tager
    sagde siger drak drikker røg ryger dag nat aften morgen uge år weekend
""".split())
# Names that are also a month or a holiday, and the words that make them one.
_TIME_NAMES = frozenset(("august", "jul", "maj", "juni", "april"))
_TIME_BEFORE = frozenset(fold_word(w) for w in """
    i til efter før inden siden fra om over god glædelig sidste næste hver denne forrige
    midten starten slutningen udgangen primo ultimo medio hele
""".split())
_AGE_AFTER = re.compile(r"\s*\(\d{1,2}(?:\s*år)?\)|\s+på\s+\d{1,2}\b(?!\s*(?:kr|%|procent"
                        r"|uge|uger|dag|dage|døgn|måned|måneder|time|timer|gang|gange|minut))")
_LOAN_ENDINGS = ("ing", "tion", "ness", "ment", "ity", "ism", "ics", "ware", "book", "gram",
                 "chat", "flix", "tok", "tube")
# Verbs of taking something: a word after them is what is taken ("drikker Vin").
_CONSUME_VERBS = frozenset(fold_word(w) for w in """
    drikker drak drukket ryger røg røget tager tog taget sniffer sniffede snifer ryge drikke
    tage købe køber købte sælger solgte bruger brugte bruge prøvet prøvede prøver spiser
""".split())

# Words right before a name in ordinary sentences ("bekymret for Xander", "Hej Xander").
_NAME_BEFORE = frozenset(fold_word(w) for w in """
    og for med hos om af mod end hedder hed kaldet kaldes kære hej hejsa hey hi hallo mvh
    hilsen kh knus vh bh mellem uden sammen efter ifølge ifht ift hvis ligesom som inkl
    plus eller samt
""".split())
# Words before a place: a capitalised unknown word after these is not taken as a name.
_PLACE_BEFORE = frozenset(fold_word(w) for w in """
    i på fra til ved nær omkring udenfor gennem via tæt
""".split())
_NAME_TRIGGER = re.compile(
    r"(?:\bjeg\s+hed(?:der)?|\bmit\s+navn\s+er|\bnavnet\s+er|\bnavn\s*[:=]|\bhedder|\bkaldet"
    r"|\bkaldes|\bkald\s+mig|\bkalder\s+(?:mig|ham|hende)|\bmy\s+name\s+is|\bi'?m\s+called)"
    r"\s*[:,]?\s*$", re.I)
_WEAK_TRIGGER = re.compile(r"\b(?:jeg\s+er|det\s+er|her\s+er|dette\s+er|it'?s)\s*$", re.I)
_NAME_PARTICLES = frozenset(("al", "el", "abu", "abou", "bin", "ben", "ibn", "van", "von",
                             "de", "der", "la", "le", "da", "di", "du", "bint", "ould"))


# -------------------------------------------------------------------------- patterns

_TRAIL = ".,!?;:)]}\"'»"
_SOCIAL = (r"(?:instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|tiktok\.com"
           r"|snapchat\.com|twitter\.com|x\.com|linkedin\.com|youtube\.com|youtu\.be"
           r"|threads\.net|reddit\.com|twitch\.tv|pinterest\.com|bsky\.app|t\.me|wa\.me"
           r"|discord\.gg|discord\.com/users|onlyfans\.com|tumblr\.com|vk\.com|bere\.al)")
PROFILE_URL = re.compile(r"(?<![\w.@/-])(?:https?://)?(?:[a-z0-9-]+\.)*?" + _SOCIAL
                         + r"/[^\s]*[^\s.,!?;:)\]\"'»]", re.I)
URL_WITH_QUERY = re.compile(
    r"(?<![\w@.])(?:https?://\S+?|www\.\S+?|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/\S*?)"
    r"\?\S*[^\s.,!?;:)\]\"'»]", re.I)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b", re.I)
_AT_MARKED = (r"(?:\s*[(\[{<]\s*(?:at|snabel-?a|snabel\s?a)\s*[)\]}>]\s*"
              r"|\s+(?:snabel-?a|snabel\s?a|snabela)\s+|\s*@\s*)")
_DOT_WORD = r"(?:\s*[(\[{<]\s*(?:dot|punktum|prik)\s*[)\]}>]\s*|\s+(?:dot|punktum|prik)\s+)"
_DOT_ANY = r"(?:" + _DOT_WORD + r"|\s?\.\s?)"
_DOT_TIGHT = r"(?:" + _DOT_WORD + r"|\.)"
_LOCAL = r"[\w+-]+(?:" + _DOT_TIGHT + r"[\w+-]+)*"
_TLD = (r"(?:com|dk|net|org|se|no|de|nu|eu|info|io|me|uk|fr|nl|biz|live|online|edu|gov|co"
        r"|ch|at|fi|pl|tr|us|ca)")
_PROVIDER = (r"(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|protonmail|proton|msn"
             r"|jubii|ofir|youmail|webspeed|stofanet|aol|gmx|mail)")
OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-]){_LOCAL}{_AT_MARKED}[\w-]+(?:{_DOT_ANY}[\w-]+)*?{_DOT_ANY}{_TLD}\b"
    rf"|(?<![\w.+-]){_LOCAL}\s+at\s+[\w-]+(?:{_DOT_TIGHT}[\w-]+)*?"
    rf"(?:{_DOT_WORD}{_TLD}|\.(?-i:{_TLD}))\b"
    rf"|(?<![\w.+-]){_LOCAL}(?:{_AT_MARKED}|\s+at\s+){_PROVIDER}\b", re.I)

_PLATFORM = (r"(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|facebook|fb|messenger|discord"
             r"|twitter|telegram|kik|threads|youtube|twitch|reddit|linkedin|bereal|steam"
             r"|psn|xbox|whatsapp|wickr|signal)")
_HANDLE = r"@?[\w.#-]*\w"
HANDLE_AT = re.compile(r"(?<![\w@.+-])@(?=[\w.]*[^\W\d_])[\w](?:[\w.]{0,28}\w)?")
HANDLE_LABELLED = re.compile(
    rf"\b{_PLATFORM}\b(?:\s*-?\s*(?:navn|name|user(?:name)?|brugernavn|profil|handle|id|konto))?"
    rf"\s*[:=]\s*(?P<h>{_HANDLE})"
    rf"|\b(?:min|mit|mine|hans|hendes|vores|deres|my)\s+{_PLATFORM}\b"
    rf"(?:\s*-?\s*(?:navn|name|brugernavn|profil|konto|account|handle|user))?"
    rf"\s+(?:er|hedder|is)\s*:?\s+(?P<h2>{_HANDLE})"
    rf"|\b(?:add|adde|tilføj|følg|follow|find|skriv\s+til|kontakt|hit)\s+(?:mig|os|ham|hende|me)"
    rf"\s+(?:på|paa|via|over|on)\s+{_PLATFORM}\b\s*(?::|som|as)?\s*(?P<h3>{_HANDLE})"
    rf"|\b(?:mit|hans|hendes|my)\s+(?:brugernavn|username|gamertag|profilnavn|nick)\s+"
    rf"(?:er|is|:)\s*:?\s*(?P<h4>{_HANDLE})"
    rf"|\b(?:brugernavn|username|gamertag)\s*[:=]\s*(?P<h5>{_HANDLE})", re.I)

_DOMAIN = re.compile(r"(?<![\w@.-])(?:https?://)?(?:[\w-]+\.)+(?:dk|com|net|org|eu|info|nu|se"
                     r"|no|de|io|me|uk|gl|fo)(?![\w-])(?:/[^\s]*[^\s.,!?;:)\]\"'»])?", re.I)
IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
                  r"(?!\d|\.\d)")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?![\w:])"
                  r"|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?",
                  re.I)
_IP_CONTEXT = re.compile(r"\b(?:ip|ip-adresse|ipadresse|ip adresse|fra)\b\W{0,3}(?:er\s)?$", re.I)

STREET_SUFFIXES = (
    "vej", "vejen", "gade", "gaden", "allé", "alle", "stræde", "straede", "vænget",
    "vaenget", "parken", "plads", "pladsen", "boulevard", "boulevarden", "torv", "torvet",
    "bakken", "høj", "hoej", "lund", "have", "haven", "sti", "stien", "park", "toften",
    "engen", "marken", "skoven", "kær", "kaer", "bjerg", "dal", "løkke", "loekke", "holm",
    "mose", "mark", "kvarter", "ringen", "svinget", "kilde", "stykket",
    "vænge", "vaenge", "bakke", "gyde", "vang", "vangen", "bro", "broen", "gård", "gården",
    "gaard", "gaarden", "mølle", "møllen", "enge", "lunden", "dalen", "høje", "højen",
    "strand", "stranden", "toft", "krogen", "banke", "hegnet", "sletten", "haven",
)
STANDALONE_STREET_WORDS = ("Allé", "Alle", "Vej", "Gade", "Plads", "Stræde", "Straede", "Torv",
                           "Park", "Vænge", "Boulevard", "Have", "Bakke", "Høj", "Toft", "Mark",
                           "Eng", "Vang", "Sti", "Kvarter", "Hegn", "Bakken", "Gyde", "Krog",
                           "Løkke", "Parken", "Haven", "Vænget", "Stien", "Vejen", "Gaden")
_UNITS = (r"(?:år|årig|årige|uge|uger|dag|dage|døgn|gang|gange|time|timer|minutter|måned"
          r"|måneder|mdr|kr|kroner|procent|%|øl|genstande|km|kg|mg|ml|cl|stk|samtaler|personer"
          r"|børn|unge|voksne|pladser|mennesker|cigaretter|joints?)")
ADDRESS = re.compile(
    r"\b(?:"
    r"(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){0,3}[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]*(?:"
    + "|".join(STREET_SUFFIXES) + r")"
    r"|(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){1,3}(?:" + "|".join(STANDALONE_STREET_WORDS) + r")"
    r")(?:\s+nr\.?)?\s+\d{1,4}(?:\s?-\s?\d{1,4})?(?!\d)"
    r"(?![.,:]\d|\s?-\s?\d)(?!\s*" + _UNITS + r"\b)\s?[A-Za-z]?\b"
    r"(?:,?\s*(?:st|\d{1,2})\.?\s*(?:th|tv|mf|sal)?\b\.?)?"
    r"(?:,?\s*\d{4}\s+[A-ZÆØÅ][\wæøåÆØÅ]+(?:\s[A-ZÆØÅ][\wæøåÆØÅ]*)?)?",
    re.UNICODE)
_NOT_STREETS = frozenset(("danmark", "sverige", "grønland", "finland", "holland", "island",
                          "england", "irland", "skotland", "marken", "parken", "haven",
                          "skoven", "engen", "lund", "have", "dal", "mark", "holm", "park"))

PLATE = re.compile(r"(?<![\w-])[A-ZÆØÅ]{2}[ -]?\d{2}[ .-]?\d{3}(?![\w-]|[.,]\d)")
PLATE_ANY_CASE = re.compile(r"(?<![\w-])[a-zæøåA-ZÆØÅ]{2}[ -]?\d{2}[ .-]?\d{3}(?![\w-]|[.,]\d)")
_PLATE_CONTEXT = re.compile(r"(?:nummerplade|nummerpladen|plade|pladen|reg\.?\s?nr|regnr"
                            r"|registreringsnummer|registreringsnummeret|bilen|bil|knallert"
                            r"|scooter|motorcykel)\W{0,4}(?:er|var|med|hedder|:)?\W{0,2}$", re.I)

# Times, dates, prices, quantities, years: numbers that are not phone or CPR numbers.
_KEEP_AFTER_WORD = re.compile(
    r"\b(?:kl|klokken)\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?"
    r"|(?:\b(?:uge|uger|side|kapitel|fase|niveau|trin|stk|version|klasse)|§)\.?\s*\d{1,3}\b"
    r"(?:\s*-\s*\d{1,3}\b)?", re.I)
_KEEP_NUMBERS = re.compile(
    r"(?=\d)(?:(?<![\d.])\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}(?!\d|\.\d)"
    r"|(?<![\d.])\d{1,2}[./]\d{1,2}\s?-\s?\d{1,2}[./]\d{1,2}(?!\d|\.\d)"
    r"|(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?!\d|:\d)"
    r"|(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?!\d|[./-]\d)"
    r"|(?<![\d./-])(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}(?!\d|[./-]\d)"
    r"|(?<![\d./-])(?:19|20)\d{2}\s?[-/]\s?(?:19|20)?\d{2}(?!\d|[./-]\d)"
    r"|(?<![\d./-])(?<!\d\s)\d[\d.]*(?:,\d+)?\s*(?:kr\b\.?|kroner\b|,-|dkk\b|€|euro\b|%"
    r"|procent\b)"
    r"|(?<![\d./-])(?<!\d\s)\d+(?:[.,]\d+)?\s*-?\s*" + _UNITS + r"\b"
    r"|(?<![\d./-])(?<!\d\s)\d{4}\s+(?-i:(?=[A-ZÆØÅ][a-zæøå])))", re.I)
_PHONE_BEFORE = re.compile(r"\b(?:ring|tlf|telefon|nummer|nr|mobil|sms|kontakt|fastnet|træffes"
                           r"|fang|fat\s+i|whatsapp|signal|opkald|skriv|call|text)\w*", re.I)
_PHONE_AFTER = re.compile(r"\W{0,3}(?:er|var)?\s*(?:mit|min|hans|hendes|vores|deres)?\s*"
                          r"(?:nummer|nr|mobil|tlf|telefon)", re.I)
_IP_AFTER = re.compile(r"\W{0,3}(?:er|var)?\s*(?:min|mit|hans|hendes|vores|deres)?\s*ip\b", re.I)
_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_GAP = re.compile(r"\s{1,3}|\s?[.\-/]\s?|\s?\)\s?|\s?\(\s?")
_PLACEHOLDER_TEXT = re.compile(r"\[(?:" + "|".join(p[1:-1] for p in PLACEHOLDERS.values())
                               + r")\]")

# Schools and classes.
_SCHOOL_WORD = (r"(?:skole|skolen|friskole|friskolen|privatskole|privatskolen|efterskole"
                r"|efterskolen|realskole|realskolen|lilleskole|lilleskolen|gymnasium|gymnasiet"
                r"|gymnasie|hf|hf-kursus|hhx|htx|stx|vuc|handelsskole|handelsskolen"
                r"|handelsgymnasium|handelsgymnasiet|produktionsskole|produktionsskolen"
                r"|ungdomsskole|ungdomsskolen|højskole|højskolen|kostskole|akademi|akademiet"
                r"|college|campus|seminarium|universitet|erhvervsskole|erhvervsskolen"
                r"|skolecenter|heldagsskole|specialskole|tekniske\s+skole|teknisk\s+skole"
                r"|business\s+college|sprogcenter|sprogskole)")
SCHOOL_AFTER_NAME = re.compile(r"\b" + _SCHOOL_WORD + r"\b", re.I)
# "Skolen ved Søerne", "Skolen på Duevej": a capitalised school word with a place after it
SCHOOL_BEFORE_PLACE = re.compile(
    r"(?<!^)(?<![.!?]\s)\b(?:Skolen|Friskolen|Privatskolen|Efterskolen|Gymnasiet|Lilleskolen)"
    r"\s+(?:ved|på|i|under)\s+(?:[Dd]en\s+|[Dd]et\s+)?[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)?")
SCHOOL_COMPOUND = re.compile(
    r"\b([A-ZÆØÅ][a-zæøåé]+?)(skole|skolen|gymnasium|gymnasiet|efterskole|efterskolen|friskole"
    r"|friskolen|privatskole|privatskolen|realskole|realskolen|lilleskole|lilleskolen"
    r"|højskole|højskolen|centerskole|centerskolen)\b")
_GENERIC_SCHOOL_PREFIX = frozenset(fold_word(w) for w in """
    folke efter fri privat real lille høj kost ungdoms produktions handels erhvervs special
    heldags musik sprog sports grund center kommune ny gammel gamle modtage weekend sommer
    aften natur dag dagtilbud friskole efterskole privat fag
""".split())
_GENERIC_BEFORE_SCHOOL = frozenset(fold_word(w) for w in """
    min mit din dit hans hendes vores jeres deres den det en et samme ny nye anden andre
    gamle gammel lokale nærmeste næste god gode dårlig dårlige stor store lille kommunale
    private almindelig almindelige dansk danske normal normale hele første sidste rigtig
    rigtige forkert forkerte hans hendes denne dette hvilken hvilket sådan noget nogen
    enhver ingen alle begge teknisk tekniske
""".split())
CLASS = re.compile(r"(?<![\w.,])(?:10|[0-9])(?:\.\s?|)[a-fA-FxyzXYZ](?![\w])"
                   r"(?!\s?(?:\.|\))\s?\d)")
_CLASS_BEFORE = re.compile(r"(?:\bgår\s+i|\bgik\s+i|\bi|\bfra|\bmin|\bmit|\bhans|\bhendes"
                           r"|\bderes|\bklasse(?:n)?|\belev\s+i|\blærer\s+i|\bmed)\s*$", re.I)
_CLASS_AFTER = re.compile(r"^\s*(?:på|paa|fra|ved|klasse|i\s+[A-ZÆØÅ]|hvor|på\s)", re.I)

# Workplaces.
_WORK_TRIGGER = re.compile(
    r"\b(?:arbejder|arbejdede|arbejdet|arbejde|jobber|jobbede|job|jobbet|ansat|ansatte"
    r"|praktik|lærling|elev|studiejob|fritidsjob|deltidsjob|vikar|vikarierer|frivillig|chef"
    r"|leder|mester)\s+(?:i|på|paa|hos|ved|for|inde\s+i|ude\s+på|ude\s+hos)\s+"
    r"|\b(?:arbejdsgiver|arbejdsplads|firma|firmaet|job|jobbet|mester)(?:en|et)?\s+"
    r"(?:er|hedder|:)\s+"
    r"|\b(?:arbejder|arbejdede|ansat|job|jobber|praktik|lærling|elev)\b[^.!?\n]{1,30}?"
    r"\s(?:hos|ved)\s+", re.I)
_COMPANY_FORMS = r"(?:ApS|A/S|I/S|IVS|K/S|P/S|A\.m\.b\.a\.?|AMBA|amba|Ltd\.?|GmbH|AB|AS)"
_COMPANY_TOKEN = r"(?:[A-ZÆØÅ0-9][\w'’&+.-]*[\w'’]|[A-ZÆØÅ0-9]|&)"
COMPANY_AFTER_TRIGGER = re.compile(
    rf"(?P<c>{_COMPANY_TOKEN}(?:(?:\s+og|,)?\s+{_COMPANY_TOKEN}){{0,4}}"
    rf"(?:\s+{_COMPANY_FORMS}(?![\w/]))?)")
COMPANY_WITH_FORM = re.compile(
    rf"(?<![\w])(?:{_COMPANY_TOKEN}(?:\s+og|,)?\s+){{1,5}}{_COMPANY_FORMS}(?![\w/])")
_EMPLOYERS = frozenset(fold_word(w) for w in """
    netto føtex bilka fakta rema lidl aldi coop brugsen superbrugsen dagli'brugsen kvickly
    irma meny spar min købmand lego danfoss vestas maersk mærsk novo arla carlsberg grundfos
    ecco bestseller jysk ikea matas normal elgiganten power salling dsb postnord mcdonalds
    mcdonald's burger king sunset max kfc subway starbucks joe baresso espresso house
    7-eleven circle k q8 shell ok ingo harald nyborg bauhaus silvan xl-byg stark davidsen
    jem fix hm h&m zara vero moda only jack jones tiger flying netflix google apple
    danske bank nordea jyske sydbank nykredit tdc telenor telia 3 yousee
    isø lagkagehuset bagel sticks sushi wok dominos domino's pizza hut
""".split())


_EMAIL_HINTS = ("(at", "[at", "{at", "<at", "snabel", "( at", "[ at")
_BARE_AT_HINT = re.compile(r"\sat\s+[\w-]+(?:\.\w|\s+(?:dot|punktum|prik)\b|\s*[(\[{<])"
                           r"|\sat\s+" + _PROVIDER + r"\b")
_HANDLE_HINTS = ("snap", "insta", "tik", "facebook", "fb", "messenger", "discord", "twitter",
                 "telegram", "kik", "threads", "youtube", "twitch", "reddit", "linkedin",
                 "bereal", "steam", "psn", "xbox", "whatsapp", "wickr", "signal", "brugernavn",
                 "username", "gamertag", "profilnavn", "nick")
_IG_HINT = re.compile(r"\big\b")
_SCHOOL_HINTS = ("skole", "gymnas", "hf", "hhx", "htx", "stx", "vuc", "akadem", "college",
                 "campus", "seminar", "universitet", "sprogcenter")
_WORK_HINTS = ("arbejd", "job", "ansat", "praktik", "lærling", "elev", "vikar", "frivillig",
               "chef", "leder", "mester", "firma")
_COMPANY_HINTS = ("ApS", "A/S", "I/S", "IVS", "K/S", "P/S", "amba", "A.m.b.a", "Ltd", "GmbH",
                  " AB", " AS")


def _hint(text: str, needles: Sequence[str]) -> bool:
    return any(needle in text for needle in needles)


# ---------------------------------------------------------------------------- result

@dataclass
class Redaction:
    """The redacted text and which kinds of detail were removed, one entry per detail."""

    text: str
    kinds: List[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.kinds)

    @property
    def note(self) -> Optional[str]:
        """What to tell the user, or ``None`` when nothing was removed."""
        return redaction_note(self.kinds) if self.kinds else None


def describe_kinds(kinds: Sequence[str]) -> str:
    """"et navn og et telefonnummer", "to navne, en adresse og en mailadresse"."""
    counts: Dict[str, int] = {}
    for kind in kinds:
        counts[kind] = counts.get(kind, 0) + 1
    parts = []
    for kind, count in counts.items():
        one, several = KIND_WORDS.get(kind, ("en oplysning", "oplysninger"))
        parts.append(one if count == 1 else f"{_COUNT_WORDS.get(count, 'flere')} {several}")
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def redaction_note(kinds: Sequence[str]) -> str:
    """The note for the user, naming exactly what was removed."""
    return f"Jeg har fjernet {describe_kinds(kinds)} fra din besked, for chatten er anonym."


class _Marks:
    """Spans of the text already claimed: a kind to replace, or ``None`` to keep as it is."""

    __slots__ = ("text", "spans", "claimed")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: List[Tuple[int, int, Optional[str]]] = []
        self.claimed = bytearray(len(text))  # 1 where a span lies: checks stay O(length)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, end) == -1

    def add(self, start: int, end: int, kind: Optional[str]) -> bool:
        if start < end and self.free(start, end):
            self.spans.append((start, end, kind))
            self.claimed[start:end] = b"\x01" * (end - start)
            return True
        return False

    def taken(self, pos: int) -> bool:
        return 0 <= pos < len(self.claimed) and self.claimed[pos] == 1

    def render(self) -> Redaction:
        out: List[str] = []
        kinds: List[str] = []
        pos = 0
        for start, end, kind in sorted(self.spans):
            if kind is None:
                continue
            out.append(self.text[pos:start])
            out.append(PLACEHOLDERS[kind])
            kinds.append(kind)
            pos = end
        out.append(self.text[pos:])
        return Redaction(text="".join(out), kinds=kinds)


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return end


def _valid_cpr_date(digits: str) -> bool:
    d, m = int(digits[:2]), int(digits[2:4])
    days_in_month = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return 1 <= m <= 12 and 1 <= d <= days_in_month[m - 1]


def _valid_day_month(a: int, b: int) -> bool:
    return 1 <= a <= 31 and 1 <= b <= 12


# ------------------------------------------------------------------------- redactor

@dataclass(frozen=True)
class Redactor:
    """Redacts messages; ``allowed_*`` are the centres' own phone numbers, streets and
    mail addresses, which survive."""

    allowed_phones: FrozenSet[str] = frozenset()
    allowed_streets: FrozenSet[str] = frozenset()
    allowed_emails: FrozenSet[str] = frozenset()

    def redact(self, text: str) -> Redaction:
        lex = lexicon()
        marks = _Marks(clean(text))
        t = marks.text
        low = t.lower()
        digits = _DIGIT.search(t) is not None
        # Each detector runs only when its cheap hint is there: redaction must stay cheap.
        self._keep_known(marks, low)
        if "/" in t or "?" in t or "www" in low:
            self._urls(marks)
        if "@" in t or _hint(low, _EMAIL_HINTS) or _BARE_AT_HINT.search(low):
            self._emails(marks, lex)
        if "@" in t or _hint(low, _HANDLE_HINTS) or _IG_HINT.search(low):
            self._handles(marks, lex)
        if "." in t:
            for match in _DOMAIN.finditer(t):  # "borger.dk", "www.vejle.dk/...": not names
                marks.add(match.start(), match.end(), None)
        if digits:
            self._ips(marks)
            self._addresses(marks)
            self._plates(marks)
        if digits or _hint(low, _SCHOOL_HINTS):
            self._schools(marks, lex, low)
        if _hint(low, _WORK_HINTS) or _hint(t, _COMPANY_HINTS):
            self._workplaces(marks, lex)
        if digits:
            self._numbers(marks, lex)
        _Names(marks, lex).run()
        return marks.render()

    # -- things that must survive
    def _keep_known(self, marks: _Marks, lower: str) -> None:
        text = marks.text
        if "[" in text:
            for match in _PLACEHOLDER_TEXT.finditer(text):
                marks.add(match.start(), match.end(), None)
        for street in self.allowed_streets | lexicon().knowledge_streets:
            # the centre's own address, and its street name alone ("Ole Lund Kirkegaards
            # Stræde"), but not another number in the same street
            name = re.sub(r"\s+\d.*$", "", street)
            for needle, numbered in ((street, True), (name, False)):
                if len(needle) < 4 or needle not in lower:
                    continue
                for match in re.finditer(re.escape(needle), lower):
                    end = match.end()
                    if re.match(r"\w" if numbered else r"\s*\d|\w", text[end:]):
                        continue
                    tail = re.match(r",?\s*\d{4}\s+[A-ZÆØÅ][\wæøå]+", text[end:])
                    marks.add(match.start(), end + (tail.end() if tail else 0), None)

    # -- links and profiles
    def _urls(self, marks: _Marks) -> None:
        text = marks.text
        for match in PROFILE_URL.finditer(text):
            marks.add(match.start(), _strip_trailing(text, match.start(), match.end()), "profile")
        for match in URL_WITH_QUERY.finditer(text):
            marks.add(match.start(), _strip_trailing(text, match.start(), match.end()), "url")

    def _emails(self, marks: _Marks, lex: Lexicon) -> None:
        allowed = self.allowed_emails | lex.knowledge_emails
        for pattern in (EMAIL, OBFUSCATED_EMAIL):
            for match in pattern.finditer(marks.text):
                found = re.sub(r"\s", "", match.group(0)).lower()
                marks.add(match.start(), match.end(), None if found in allowed else "email")

    def _handles(self, marks: _Marks, lex: Lexicon) -> None:
        text = marks.text
        for match in HANDLE_LABELLED.finditer(text):
            group = next(g for g in ("h", "h2", "h3", "h4", "h5") if match.group(g))
            handle = match.group(group)
            if self._is_handle(handle, lex):
                end = _strip_trailing(text, match.start(group), match.end(group))
                marks.add(match.start(group), end, "profile")
        for match in HANDLE_AT.finditer(text):
            marks.add(match.start(), match.end(), "profile")

    @staticmethod
    def _is_handle(handle: str, lex: Lexicon) -> bool:
        bare = handle.lstrip("@").strip(".-")
        if len(bare) < 2 or _PLACEHOLDER_TEXT.fullmatch(handle):
            return False
        if handle.startswith("@") or re.search(r"[\d_.]", bare):
            return True
        key = fold_word(bare)
        if key in lex.first or key in lex.last:
            return True
        return not lex.is_word(key)

    def _ips(self, marks: _Marks) -> None:
        text = marks.text
        for match in IPV4.finditer(text):
            parts = match.group(0).split(".")
            phone_like = all(len(p) == 2 for p in parts) and parts[0][0] in "23456789"
            if phone_like and not (_IP_CONTEXT.search(text[max(0, match.start() - 30):match.start()])
                                   or _IP_AFTER.match(text[match.end():match.end() + 20])):
                continue
            marks.add(match.start(), match.end(), "ip")
        for match in IPV6.finditer(text):
            found = match.group(0)
            if len(found) < 6 or not re.search(r"\d", found):
                continue
            if found.count(":") < 4 and "::" not in found and not re.search(r"[a-f]", found, re.I):
                continue  # "12:30:45" is a time
            marks.add(match.start(), match.end(), "ip")

    def _addresses(self, marks: _Marks) -> None:
        text = marks.text
        for match in ADDRESS.finditer(text):
            street = re.match(r"[^\d]+", match.group(0))
            street_words = street.group(0).strip().lower().split() if street else []
            if street_words and street_words[-1] in _NOT_STREETS and len(street_words) == 1:
                continue
            marks.add(match.start(), match.end(), "address")

    def _plates(self, marks: _Marks) -> None:
        text = marks.text
        for match in PLATE.finditer(text):
            marks.add(match.start(), match.end(), "plate")
        for match in PLATE_ANY_CASE.finditer(text):
            if _PLATE_CONTEXT.search(text[max(0, match.start() - 40):match.start()]):
                marks.add(match.start(), match.end(), "plate")

    # -- schools, classes, workplaces
    def _schools(self, marks: _Marks, lex: Lexicon, low: str) -> None:
        text = marks.text
        if _hint(low, _SCHOOL_HINTS):
            self._school_names(marks, lex)
        for match in CLASS.finditer(text):
            before = text[max(0, match.start() - 20):match.start()]
            after = text[match.end():match.end() + 12]
            if _CLASS_BEFORE.search(before) or _CLASS_AFTER.match(after):
                marks.add(match.start(), match.end(), "class")

    def _school_names(self, marks: _Marks, lex: Lexicon) -> None:
        text = marks.text
        for match in SCHOOL_BEFORE_PLACE.finditer(text):
            marks.add(match.start(), match.end(), "school")
        for match in SCHOOL_COMPOUND.finditer(text):
            prefix = fold_word(match.group(1))
            whole = fold_word(match.group(0))
            if prefix in _GENERIC_SCHOOL_PREFIX or whole in lex.words or prefix in _STOP:
                continue
            marks.add(match.start(), match.end(), "school")
        for match in SCHOOL_AFTER_NAME.finditer(text):
            start = self._school_name_start(text, match.start(), match.group(0), lex)
            if start is not None:
                marks.add(start, match.end(), "school")

    @staticmethod
    def _school_name_start(text: str, school_start: int, school_word: str,
                           lex: Lexicon) -> Optional[int]:
        """Where the name before "Skole"/"Gymnasium" begins ("Vestre Skole",
        "Sct. Norberts Skole", "på ådalens skole"), or ``None`` for "min skole"."""
        words = list(re.finditer(r"(?:Sct|Skt|St|H\.\s?C|[\wæøåÆØÅ'’-]+)\.?", text[:school_start]))
        chosen: List[re.Match] = []
        pos = school_start
        for word in reversed(words):
            gap = text[word.end():pos]
            if gap.strip():
                break
            token = word.group(0)
            if not (token[:1].isupper() or token[:1].isdigit()) or len(chosen) == 3:
                break
            chosen.insert(0, word)
            pos = word.start()
        while chosen and fold_word(chosen[0].group(0).rstrip(".")) in _GENERIC_BEFORE_SCHOOL | _STOP:
            chosen.pop(0)
        if chosen:
            return chosen[0].start()
        # lower case: "på ådalens skole", "på vestre skole"
        if school_word[:1].islower():
            prev = re.search(r"\b(?:på|paa|i|fra|ved|til)\s+([a-zæøå]+)\s+$", text[:school_start])
            if prev:
                key = fold_word(prev.group(1))
                if key in _GENERIC_BEFORE_SCHOOL or key in _STOP:
                    return None
                if key.endswith("s") or key in ("vestre", "oestre", "nordre", "soendre") \
                        or not lex.is_word(key):
                    return prev.start(1)
        return None

    def _workplaces(self, marks: _Marks, lex: Lexicon) -> None:
        text = marks.text
        for match in COMPANY_WITH_FORM.finditer(text):
            start = match.start()
            # drop a sentence-initial "Jeg"/"Han" or a trigger word in front
            lead = re.match(r"(?:[A-ZÆØÅ][a-zæøå]+\s+)", match.group(0))
            while lead and fold_word(lead.group(0).strip()) in _STOP:
                start += lead.end()
                lead = re.match(r"(?:[A-ZÆØÅ][a-zæøå]+\s+)", text[start:match.end()])
            marks.add(start, match.end(), "workplace")
        for trigger in _WORK_TRIGGER.finditer(text):
            pos = trigger.end()
            company = COMPANY_AFTER_TRIGGER.match(text, pos)
            if company is None:
                word = re.match(r"[\wæøå'’&+-]+", text[pos:])
                if word and fold_word(word.group(0)) in _EMPLOYERS:
                    end = pos + word.end()
                    follow = re.match(r"\s+(?:1000|365|k|house|king|max|hut|eleven)\b",
                                      text[end:], re.I)
                    marks.add(pos, end + (follow.end() if follow else 0), "workplace")
                continue
            found = company.group("c").rstrip(".")
            end = pos + len(found)
            tokens = [fold_word(t) for t in re.findall(r"[^\W\d_]+", found) if t != "og"]
            if not tokens:
                continue
            if all(t in lex.allow or t in _STOP for t in tokens) or tokens[0] in _STOP:
                continue
            if (len(tokens) <= 2 and all(t in lex.first or t in lex.last for t in tokens)
                    and fold_word(tokens[0]) not in _EMPLOYERS and not re.search(
                        _COMPANY_FORMS + r"$", found)):
                continue  # "hos Mette Hansen": a person, left to the names
            marks.add(pos, end, "workplace")

    # -- digits
    def _numbers(self, marks: _Marks, lex: Lexicon) -> None:
        text = marks.text
        for pattern in (_KEEP_AFTER_WORD, _KEEP_NUMBERS):
            for match in pattern.finditer(text):
                if self._keep_number(match.group(0)):
                    marks.add(match.start(), match.end(), None)
        runs: List[List[Tuple[int, int]]] = []
        for match in _NUMBER.finditer(text):
            if marks.taken(match.start()):
                continue
            if runs:
                last = runs[-1][-1]
                gap = text[last[1]:match.start()]
                if gap and _GAP.fullmatch(gap) and marks.free(last[1], match.start()):
                    runs[-1].append((match.start(), match.end()))
                    continue
            runs.append([(match.start(), match.end())])
        allowed = self.allowed_phones | lex.knowledge_phones | HELPLINES
        for run in runs:
            self._split_run(marks, run, allowed)

    @staticmethod
    def _keep_number(found: str) -> bool:
        """Dates and day-month ranges count only when they are valid dates."""
        m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d{2}", found)
        if m:
            return _valid_day_month(int(m.group(1)), int(m.group(2)))
        m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})\s?-\s?(\d{1,2})[./](\d{1,2})", found)
        if m:
            a, b, c, d = (int(x) for x in m.groups())
            return ((_valid_day_month(a, b) and _valid_day_month(c, d))
                    or (a <= 24 and b <= 59 and c <= 24 and d <= 59))
        return True

    def _split_run(self, marks: _Marks, run: List[Tuple[int, int]],
                   allowed: FrozenSet[str]) -> None:
        text = marks.text
        groups = [text[s:e] for s, e in run]
        # "ring til mig på ..." / "... er mit nummer", or grouped like a phone number: then
        # 8 digits are one even when they start with 0 or 1, which no Danish number does
        context = bool(_PHONE_BEFORE.search(text[max(0, run[0][0] - 30):run[0][0]])
                       or _PHONE_AFTER.match(text[run[-1][1]:run[-1][1] + 30])
                       or (len(groups) == 4 and all(len(g) == 2 for g in groups))
                       or (len(groups) == 2 and all(len(g) == 4 for g in groups)
                           and not all(g[:2] in ("19", "20") for g in groups)))
        i = 0
        while i < len(groups):
            best: Optional[Tuple[int, str, str]] = None
            digits = ""
            prefix = re.search(r"(?:\(\s?)?(?:\+\s?)?$", text[max(0, run[i][0] - 3):run[i][0]])
            plus = bool(prefix and "+" in prefix.group(0))
            for j in range(i, len(groups)):
                digits += groups[j]
                if len(digits) > 12:
                    break
                kind = self._classify(digits, plus, context)
                if kind:
                    best = (j, kind, digits)
            if best is None:
                i += 1
                continue
            j, kind, digits = best
            start, end = run[i][0], run[j][1]
            if prefix and prefix.group(0):
                start -= len(prefix.group(0))
            if text[start:start + 1] == "(" and text[end:end + 1] == ")":
                end += 1
            keep = kind == "phone" and digits[-8:] in allowed
            marks.add(start, end, None if keep else kind)
            i = j + 1

    @staticmethod
    def _classify(digits: str, plus: bool, context: bool = False) -> Optional[str]:
        n = len(digits)
        if n == 8 and (digits[0] in "23456789" or plus or context):
            return "phone"
        if n == 10:
            if digits.startswith("45") and (digits[2] in "23456789" or plus) and (
                    plus or not _valid_cpr_date(digits)):
                return "phone"
            if _valid_cpr_date(digits):
                return "cpr"
        if n == 12 and digits.startswith("0045"):
            return "phone"
        return None


# ---------------------------------------------------------------------------- names

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+|-[^\W\d_]+)*['’]?")
_SENTENCE_END = ".!?:;…\n"
_OPENERS = " \t\"'«»(-–*•"


# Abbreviations whose full stop ends no sentence ("Hr. Holm", "kl. 10", "ca. 20").
_ABBREVIATIONS = frozenset(("hr", "fru", "frk", "dr", "mr", "mrs", "ms", "kl", "ca", "fx", "evt",
                            "bl", "mv", "jf", "nr", "st", "sct", "skt", "ift", "mht", "dvs",
                            "osv", "tlf", "inkl", "ekskl", "vedr", "prof", "cand", "stud"))
_TITLES = frozenset(("hr", "fru", "frk", "dr", "mr", "mrs", "ms", "prof", "advokat", "læge",
                     "doktor", "pastor", "lærer", "pædagog"))


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "\n":
            return True
        i -= 1
    if i < 0:
        return True
    if text[i] == ".":
        word = re.search(r"([^\W\d_]+)\.$", text[max(0, i - 8):i + 1])
        if word and word.group(1).lower() in _ABBREVIATIONS:
            return False
    return text[i] in _SENTENCE_END


class _Token:
    """A word: ``base`` is its key without a possessive "'s"; ``case`` is "title",
    "upper", "lower" or "mixed"."""

    __slots__ = ("start", "end", "text", "key", "base", "case", "sentence_start", "taken")

    def __init__(self, start: int, end: int, text: str, key: str, base: str, case: str,
                 sentence_start: bool, taken: bool) -> None:
        self.start, self.end, self.text, self.key, self.base = start, end, text, key, base
        self.case, self.sentence_start, self.taken = case, sentence_start, taken


class _Names:
    """Finds names among the words that no other detector has claimed."""

    def __init__(self, marks: _Marks, lex: Lexicon) -> None:
        self.marks = marks
        self.lex = lex
        self.tokens = self._tokens()
        # "JEG HEDDER ..." or "Min Søn Drikker": capitals say nothing about names here
        words = [t for t in self.tokens if len(t.text) > 1 and not t.taken
                 and t.key not in lex.first and t.key not in lex.last]
        capitalised = sum(1 for t in words if t.case in ("title", "upper"))
        self.caseless = len(words) >= 3 and capitalised >= 0.6 * len(words)

    def _tokens(self) -> List[_Token]:
        text = self.marks.text
        spans = self.marks.spans
        tokens = []
        for match in _TOKEN.finditer(text):
            word = match.group(0)
            start = match.start()
            core_word = word.rstrip("'’")
            key = fold_word(core_word)
            base = key[:-2] if core_word.endswith(("'s", "’s")) else key
            if core_word.islower():
                case = "lower"
            elif core_word[0].isupper():
                rest = core_word[1:]
                if rest.isupper() and len(core_word) > 1:
                    case = "upper"
                else:
                    case = "title"
            else:
                case = "mixed"
            end = start + len(core_word)
            taken = bool(spans) and not self.marks.free(start, end)
            tokens.append(_Token(start, end, core_word, key, base, case,
                                 _sentence_start(text, start), taken))
        return tokens

    # -- what a word is
    def _name_key(self, token: _Token) -> Tuple[Optional[str], bool]:
        """(the key found in the name lists, possessive?) or (None, False)."""
        lex = self.lex
        for key, possessive in ((token.key, False), (token.base, token.base != token.key)):
            if key in lex.first or key in lex.last:
                return key, possessive
        if token.key.endswith("s") and len(token.key) > 3:
            stem = token.key[:-1]
            if (stem in lex.first or stem in lex.last) and (
                    token.key not in lex.words or token.case == "title"):
                return stem, True
        if "-" in token.key:
            parts = token.key.split("-")
            named = [p for p in parts if p in lex.first or p in lex.last]
            if named and all(p in lex.first or p in lex.last or p in _NAME_PARTICLES
                             or not lex.is_word(p) for p in parts):
                return token.key, False
        return None, False

    def _ambiguous(self, key: str) -> bool:
        """A name that needs a cue: an ordinary word too, or outside the common tier."""
        lex = self.lex
        if "-" in key:
            return all(p in lex.name_words or p in lex.rare or p in _NAME_PARTICLES
                       for p in key.split("-"))
        return key in lex.name_words or key in lex.rare

    def _capitalised(self, token: _Token) -> bool:
        return not self.caseless and token.case in ("title", "upper")

    def _next(self, i: int) -> Optional[_Token]:
        return self.tokens[i + 1] if i + 1 < len(self.tokens) else None

    def _prev(self, i: int) -> Optional[_Token]:
        return self.tokens[i - 1] if i > 0 else None

    def _adjacent(self, a: _Token, b: _Token) -> bool:
        return re.fullmatch(r"\s{1,2}|\s?-\s?", self.marks.text[a.end:b.start]) is not None

    def _before(self, token: _Token, chars: int = 40) -> str:
        return self.marks.text[max(0, token.start - chars):token.start]

    def _strong_trigger(self, token: _Token) -> bool:
        return _NAME_TRIGGER.search(self._before(token)) is not None

    def _relation_before(self, i: int) -> bool:
        prev = self._prev(i)
        return (prev is not None and prev.key in _RELATIONS
                and self._adjacent(prev, self.tokens[i]))

    def _cue_after(self, i: int) -> bool:
        return self._cue_after_level(i) > 0

    def _cue_after_level(self, i: int) -> int:
        """2: the words after say name ("Dag Hansen", "Dags mor", "Dag og jeg", "Dag på 16");
        1: only a verb follows ("Dag drikker"); 0: nothing."""
        token = self.tokens[i]
        nxt = self._next(i)
        rest = self.marks.text[token.end:token.end + 3]
        if _AGE_AFTER.match(self.marks.text, token.end):
            return 2  # "Per på 16 drikker", "Tom (16) drikker"
        if nxt is None:
            return 0
        if not self.marks.text[token.end:nxt.start].strip() == "":
            # "Dag, min bror, drikker" / "Xander, han drikker"
            return 2 if (rest.startswith(",")
                         and nxt.key in _RELATIONS | {"han", "hun", "min", "mit"}) else 0
        if nxt.key in _SUBJECT_VERBS:
            return 1
        if self._capitalised(nxt) and not nxt.sentence_start:
            key, _ = self._name_key(nxt)
            if key is not None and (key in self.lex.last or key in self.lex.first):
                return 2
        if token.key != token.base or (token.key.endswith("s") and nxt.key in _RELATIONS):
            # "Mikkels mor", but "Hans mor" is "his mother" at the start of a sentence
            return 2 if nxt.key in _RELATIONS and token.key != "hans" else 0
        if nxt.key == "og":
            after = self._next(i + 1)
            return 2 if after is not None and (
                after.key in ("jeg", "mig", "hans", "hendes", "min")
                or (self._capitalised(after) and self._name_key(after)[0] is not None)) else 0
        return 0

    def _cue_before(self, i: int) -> bool:
        token = self.tokens[i]
        prev = self._prev(i)
        if self._strong_trigger(token) or self._relation_before(i):
            return True
        if prev is None:
            return False
        if (prev.key in _NAME_BEFORE or prev.key in _TITLES) and prev.end <= token.start:
            return True
        return _WEAK_TRIGGER.search(self._before(token)) is not None

    # -- the decision
    def _is_name(self, i: int) -> bool:
        token = self.tokens[i]
        lex = self.lex
        if token.taken or len(token.key) < 2 or token.key in _STOP or token.base in _STOP:
            return False
        key, possessive = self._name_key(token)
        capitalised = self._capitalised(token)
        prev = self._prev(i)
        if prev is not None and prev.key in ("sankt", "skt", "sct", "st"):
            return False  # "Sankt Hans"
        if self.marks.text[token.end:token.end + 2] in ("- ", "-,"):
            return False  # "Dag- og aftenbehandling"
        if (token.key in _TIME_NAMES and prev is not None and prev.key in _TIME_BEFORE
                and prev.text != "I"):  # "Kender I Jul Winther?": "I" is "you"
            return False  # "i August", "til Jul", "God Jul"
        if key is not None:
            if token.key in lex.allow and not self._strong_trigger(token) and not (
                    self._relation_before(i)):
                return False
            if token.case == "upper" and not self.caseless and (
                    len(token.key) <= 2 or self._ambiguous(key)):
                return False  # "AA", "NA" as acronyms; "LIGE NU", "HAVE" as emphasis
            if not self._ambiguous(key) and not (possessive and token.key in lex.words):
                return True
            if capitalised:
                if not token.sentence_start:
                    # "Jeg drikker Vin": what is taken, not who
                    return not (prev is not None and prev.key in _CONSUME_VERBS
                                and token.key in lex.words)
                level = self._cue_after_level(i)
                if level == 1 and key in lex.name_words and key in lex.rare \
                        and key not in _SUBJECT_NAMES:
                    return False  # "Vin er dyrt", "Skole er svært": a word, a rare name
                return level > 0 or self._strong_trigger(token)
            # in lower case: an ordinary word or a rare name, so only with a cue
            if self._strong_trigger(token):
                return True
            nxt = self._next(i)
            verb_after = nxt is not None and nxt.key in _SUBJECT_VERBS and self._adjacent(token, nxt)
            rare_name = not lex.is_word(key)
            if self._relation_before(i):
                tail = self.marks.text[token.end:token.end + 2]
                return (rare_name or nxt is None or verb_after or nxt.key == "og"
                        or tail[:1] in ",.!?")
            if rare_name and (self._cue_before(i) or (token.sentence_start and verb_after)):
                return True
            if nxt is not None and self._adjacent(token, nxt) and nxt.key in lex.last \
                    and not self._ambiguous(nxt.key) and key in lex.first:
                return True  # "tom hansen", "max kowalski"
            # "per drikker", "bo har drukket": names that cannot be a subject as words
            return token.sentence_start and verb_after and key in _SUBJECT_NAMES
        # in no list
        if token.key in lex.allow or lex.is_word(token.key) or lex.is_word(token.base):
            return False
        if len(token.key) < 3 or token.case == "upper" or token.case == "mixed":
            return False
        if capitalised:
            if token.sentence_start:
                level = self._cue_after_level(i)
                if level == 1 and token.key.endswith(_LOAN_ENDINGS):
                    return False  # "Gaming er et problem"
                return level > 0 or self._strong_trigger(token)
            if prev is not None and prev.key in _PLACE_BEFORE and not self._relation_before(i):
                return self._cue_after(i)
            return self._cue_before(i) or self._cue_after(i)
        # lower case, unknown: only right after "jeg hedder", "mit navn er"
        return self._strong_trigger(token)

    def _continues_name(self, prev: _Token, token: _Token) -> bool:
        """A surname, middle name or initial right after a name ("Mette Holm", "Mette H.")."""
        if token.taken or not self._adjacent(prev, token) or token.key in _STOP:
            return False
        lex = self.lex
        if len(token.text) == 1 and token.text.isupper():
            return True
        key, _ = self._name_key(token)
        if "-" in token.key and token.key.split("-")[0] in _NAME_PARTICLES:
            return key is not None or not lex.is_word(token.key.split("-")[-1])  # "al-Hassan"
        if token.case == "lower" or self.caseless:
            if key is None:
                return False
            if not self._ambiguous(key):
                return True
            # "mette holm", "anita bak": a surname that is also a word, not a little word
            return (key in lex.last and token.key not in _SUBJECT_VERBS
                    and token.key not in _NAME_BEFORE and token.key not in _PLACE_BEFORE
                    and token.key not in _RELATIONS and token.key not in _NOT_AFTER_NAME)
        if token.case not in ("title",):
            return False
        if key is not None:
            return True
        if token.key in _SUBJECT_VERBS or token.key in lex.allow:
            return False
        return not lex.is_word(token.key)

    def run(self) -> None:
        text = self.marks.text
        i = 0
        tokens = self.tokens
        while i < len(tokens):
            if not self._is_name(i):
                i += 1
                continue
            start, end = tokens[i].start, tokens[i].end
            key, possessive = self._name_key(tokens[i])
            if possessive and tokens[i].text.endswith(("'s", "’s")):
                end -= 2  # "Mikkel's mor" -> "[NAVN]'s mor"
            elif possessive and tokens[i].key.endswith("s"):
                end -= 1  # "Mikkels mor" -> "[NAVN]s mor"
            elif key is None and tokens[i].key.endswith("s") and i + 1 < len(tokens) \
                    and tokens[i + 1].key in _RELATIONS:
                end -= 1  # "Xandrios mor" -> "[NAVN]s mor"
                possessive = True
            j = i
            while j + 1 < len(tokens) and not possessive and self._continues_name(tokens[j], tokens[j + 1]):
                j += 1
                end = tokens[j].end
                _, possessive = self._name_key(tokens[j])
                if possessive and tokens[j].key.endswith("s"):
                    end -= 1
            if j > i and len(tokens[j].text) == 1 and text[end:end + 1] == ".":
                end += 1  # the initial's full stop
            self.marks.add(start, end, "name")
            i = j + 1


# ------------------------------------------------------------------------- building

# National helplines people are told to call; they identify no one.
HELPLINES = frozenset(("80200500", "70201201"))  # Alkolinjen, Livslinien


def redactor_for(phones: Iterable[str], streets: Iterable[str],
                 emails: Iterable[str] = ()) -> Redactor:
    """A redactor that keeps the given centre phone numbers, streets and mail addresses.

    Loads the word lists now (about a third of a second), not at the first message."""
    lexicon()
    return Redactor(
        allowed_phones=frozenset(re.sub(r"\D", "", p)[-8:] for p in phones if p),
        allowed_streets=frozenset(s.lower() for s in streets if s),
        allowed_emails=frozenset(e.lower() for e in emails if e),
    )


def redact(text: str) -> Redaction:
    """Redact with only the knowledge base's own contacts allowed."""
    return _default().redact(text)


@lru_cache(maxsize=1)
def _default() -> Redactor:
    return Redactor()

"""Workplaces: the whole name after a word of work ("arbejder i Netto på Vestergade",
"ansat hos Joe & The Juice", "job i Rema 1000 i Kolding", "kollega i Føtex",
"arbejdssted: skovbo hotel"), names with a company form ("Toft & Søn ApS"), and small
businesses named by a place and a kind of business ("vejle svømmehal", "fra Skovbo Hotel")."""

from __future__ import annotations

import re
from typing import List, Optional

from core.redaction.cues import CONSUME_VERBS, FUNCTION_WORDS, SUBJECT_VERBS
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks, hint
from core.redaction.tokens import sentence_start
from core.redaction.towns import TOWN_PREFIXES, TOWNS, town_end, town_like

_WORK_WORDS = (r"arbejder|arbejdede|arbejdet|arbejde|jobber|jobbede|job|jobbet|ansat|ansatte"
               r"|praktik|lærling|elev|studiejob|fritidsjob|deltidsjob|weekendjob|sommerjob"
               r"|vikar|vikarierer|frivillig|chef|leder|mester|chauffør|kok|tjener|sælger"
               r"|ekspedient|kassedame|kassemedarbejder|opvasker|rengøringsassistent|pædagog"
               r"|kollega|kollegaer|kolleger|medarbejder|assistent|mekaniker|lagermedarbejder"
               r"|sygeplejerske|læge|tømrer|elektriker|murer|maler|frisør|bager|slagter"
               r"|sosu-assistent|sosu-hjælper|hjælper|pædagogmedhjælper|butiksassistent"
               r"|lagerarbejder|buschauffør|taxachauffør|bartender|barista|konsulent|ingeniør"
               r"|programmør|udvikler|revisor|advokat|sekretær|receptionist|vagt|portør|postbud"
               r"|smed|gartner|håndværker|elev|lærling|trainee|student|studentermedhjælper"
               r"|employed|employee|intern")
# Kinds of business that name a workplace with a place before them ("skovbo hotel").
_BUSINESS = (r"hotel|hotellet|kro|kroen|svømmehal|svømmehallen|hallen|hal|pizzeria|bageri"
             r"|bageriet|kiosk|kiosken|restaurant|restauranten|café|cafe|caféen|grill|grillen"
             r"|bar|baren|camping|autoværksted|værksted|værkstedet|frisør|salon|klinik|apotek"
             r"|plejehjem|plejecenter|plejecentret|børnehave|vuggestue|sfo|fritidsklub|tømrerfirma"
             r"|murerfirma|malerfirma|vvs|el|auto|biler|slagter|slagteren|fitness|center|centret"
             r"|centeret|lager|lageret|bryggeri|mejeri|slagteri|gartneri|zoo|biograf|bowling"
             r"|tankstation|marina|havn|golfklub|stadion")
# Being hired, fired, sick-listed or a shop steward somewhere: "fyret fra X", "startet hos X".
_EMPLOYMENT = (r"fyret|fyre|fyrede|opsagt|afskediget|sygemeldt|sygemeldte|raskmeldt|startet"
               r"|begyndt|ansat|genansat|tillidsrepræsentant|tillidsmand|arbejdsmiljørepræsentant"
               r"|medarbejderrepræsentant|står\s+i\s+kassen|stod\s+i\s+kassen|sidder\s+i\s+kassen"
               r"|[\wæøå]*job|[\wæøå]+medarbejder|[\wæøå]+assistent|[\wæøå]+chef|[\wæøå]+leder")
_WORK_TRIGGER = re.compile(
    r"\b(?:" + _WORK_WORDS + r"|" + _EMPLOYMENT + r")\s+(?:i|på|paa|hos|ved|for|fra|inde\s+i"
    r"|ude\s+på|ude\s+hos|nede\s+i|nede\s+på|oppe\s+i)\s+"
    r"|\b(?:arbejdsgiver|arbejdsplads|arbejdssted|firma|firmaet|job|jobbet|mester|workplace"
    r"|employer|arbejde|arbejdet)(?:en|et)?\s*(?:er|hedder|:|=|-)\s*(?:i\s+|på\s+|hos\s+)?"
    r"|\b(?:work|works|worked|working|job|employed)\s+(?:at|in|for|by)\s+"
    r"|\bfra\s+(?=[\wæøåÆØÅ'’-]+\s+(?:" + _BUSINESS + r")\b|(?:Hotel|Restaurant|Café|Kro)\s)",
    re.I)
# "arbejder på lageret hos Bilka": the employer further on.
_WORK_TRIGGER_LATER = re.compile(
    r"\b(?:arbejder|arbejdede|arbejdet|ansat|job|jobber|jobbet|praktik|lærling|elev|" + _WORK_WORDS
    + r"|" + _EMPLOYMENT + r")\b[^.!?,\n]{1,30}?\s(?:hos|ved|i|på|for)\s+", re.I)
_COMPANY_FORMS = (r"(?:ApS|A/S|I/S|IVS|K/S|P/S|A\.m\.b\.a\.?|AMBA|amba|Ltd\.?|GmbH|AB|AS|HB|BA"
                  r"|LLC|Inc\.?|PLC|AG|e\.V\.|(?i:aps|a/s|i/s|ivs))")
_COMPANY_TOKEN = r"(?:[A-ZÆØÅ0-9][\w'’&+.-]*[\w'’]|[A-ZÆØÅ0-9]|&)"
COMPANY_WITH_FORM = re.compile(
    rf"(?<![\w])(?:{_COMPANY_TOKEN}(?:\s+og|\s+and|,)?\s+){{1,5}}{_COMPANY_FORMS}(?![\w/])"
    rf"|(?<![\w])(?:[\wæøå'’-]+\s+(?:&\s+[\wæøå'’-]+\s+)?){{1,2}}(?i:a/s|aps|i/s|ivs)(?![\w/])")
_EMPLOYERS = frozenset(fold_word(w) for w in """
    netto føtex bilka fakta rema lidl aldi coop brugsen superbrugsen dagli'brugsen kvickly
    irma meny spar min købmand lego danfoss vestas maersk mærsk novo arla carlsberg grundfos
    ecco bestseller jysk ikea matas normal elgiganten power salling dsb postnord mcdonalds
    mcdonald's burger king sunset max kfc subway starbucks joe baresso espresso house
    7-eleven circle k q8 shell ok ingo harald nyborg bauhaus silvan xl-byg stark davidsen
    jem fix hm h&m zara vero moda only jack jones tiger flying netflix google apple
    danske bank nordea jyske sydbank nykredit tdc telenor telia yousee
    isø lagkagehuset bagel sticks sushi wok dominos domino's pizza hut
""".split())
_LOCATION = re.compile(r"\s+(?:på|i|ved|in)\s+(?P<l>[\wæøåÆØÅ'’.-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]+)?)",
                       re.I)
_SPAN_WORD = re.compile(r"\s*(?:&|\+|og\s|and\s|,\s)?\s*([\wæøåÆØÅ'’.-]+)")
_GENERIC = frozenset(fold_word(w) for w in """
    en et den det de min mit mine vores hans hendes deres jeres sin sit samme nogle noget
    nogen flere mange forskellige anden andet andre hjemme hjemmet weekenden weekender
    aftenen natten dagen dag nat aften morgen fuld fuldtid deltid tiden tid lige stadig
    hver kommunen kommune regionen staten byen butik butikken firma firmaet fabrik fabrikken
    lager lageret kontoret kontor skolen skole hospitalet sygehuset plejehjemmet hjemmeplejen
    børnehaven vuggestuen institution institutionen restaurant restauranten hotel hotellet
    bar baren byggeplads byggepladsen værksted værkstedet supermarked supermarkedet cafe
    café tankstation havnen posthuset banken rådhuset jobcentret jobcenteret
""".split())


# Chains whose names are ordinary words in lower case ("max burgers", "circle k").
_CHAINS = re.compile(
    r"(?:max\s+burgers|sunset\s+boulevard|joe\s*(?:&|and|og)\s*the\s+juice|burger\s+king"
    r"|circle\s+k|h\s?&\s?m|7-eleven|seven\s+eleven|espresso\s+house|rema\s+1000|coop\s+365"
    r"|dagli'?\s?brugsen|harald\s+nyborg|jack\s*&\s*jones|vero\s+moda|flying\s+tiger"
    r"|danske\s+bank|danish\s+crown|novo\s+nordisk|pizza\s+hut|sticks\s*'?n'?\s*sushi"
    r"|mcdonald'?s|domino'?s|lagkagehuset|normal|netto|føtex|bilka|fakta|lidl|kvickly|meny"
    r"|spar|matas|jysk|ikea|bauhaus|silvan|elgiganten|power|salling|starbucks|baresso|subway"
    r"|kfc|q8|shell|ingo|lego|vestas|arla|carlsberg|grundfos|danfoss|postnord|dsb"
    r"|min\s+købmand|super\s?brugsen|brugsen|fitness\s+world|fitness\s+dk|sats|pure\s?gym"
    r"|loop\s+fitness|imerco|søstrene\s+grene|tiger|jem\s*(?:&|og)\s*fix|biltema|xl-byg|stark"
    r"|bygma|johannes\s+fog|davidsen|ilva|bolia|sinnerup|magasin|illum|intersport"
    r"|sportmaster|sport\s?24|expert|punkt\s?1|bog\s*&\s*idé|thiele|synoptik|louis\s+nielsen"
    r"|løvbjerg|abc\s+lavpris|let-?køb|nærkøb|ok\s+plus|uno-?x|f24|jensens\s+bøfhus"
    r"|bone'?s|flammen|emmerys|letz\s+sushi|burger\s?king|max|aldi|irma|coop|rema"
    r"|elgiganten|fakta|salling|jysk|normal)(?:'?s)?"
    r"(?![\wæøå])", re.I)
# Chains whose name is also an ordinary word: only with a capital, a branch or a work cue.
_CHAIN_WORDS = frozenset(fold_word(w) for w in """
    normal power spar fakta netto tiger stark expert magasin flammen sats max coop irma
    shell jysk brugsen salling illum
""".split())
_PUBLIC = frozenset(fold_word(w) for w in """
    kommune kommunes region regionen sygehus sygehuset politi politiet
""".split())


def find_workplaces(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in COMPANY_WITH_FORM.finditer(text):
        start = match.start()
        words = match.group(0).split()
        while words and fold_word(words[0]) in STOP | FUNCTION_WORDS:
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            while text[start].isspace():
                start += 1
        if len(words) > 1:
            marks.add(start, _with_location(text, match.end(), lex), "workplace")
    for pattern in (_WORK_TRIGGER, _WORK_TRIGGER_LATER):
        for trigger in pattern.finditer(text):
            end = _company_end(text, trigger.end(), lex)
            if end is not None:
                marks.add(trigger.end(), _with_location(text, end, lex, bare=True), "workplace")
    # chains and kinds of business widen what a trigger found: they know where the name
    # ends ("malerfirma hansen & søn", "nilsson transport")
    _chains(marks, lex)
    _businesses(marks, lex)


def _namelike(word: str, key: str, lex: Lexicon) -> bool:
    """A word of a business's name: capitalised, a place, a digit, or no ordinary word."""
    return (word[:1].isupper() or word[:1].isdigit() or key in lex.allow or key in _EMPLOYERS
            or not lex.is_known(key, strict=True))


def _company_end(text: str, pos: int, lex: Lexicon) -> Optional[int]:
    """Where the company's name that starts at ``pos`` ends, or ``None`` for "en tømrer",
    "kommunen", "Mette Hansen" (a person, left to the names)."""
    quote = text[pos:pos + 1] in "\"'«“”"
    if quote:
        pos += 1  # 'chauffør hos "Dansk Transport Center"'
    chain = _CHAINS.match(text, pos)
    words: List[str] = [fold_word(chain.group(0))] if chain else []
    end = chain.end() if chain else pos
    while len(words) < 5:
        match = _SPAN_WORD.match(text, end)
        if match is None:
            break
        word = match.group(1).rstrip(".,")
        key = fold_word(word)
        joiner = text[end:match.start(1)].strip()
        business = re.fullmatch(_BUSINESS, word, re.I) is not None
        after_and = bool(words) and joiner in ("&", "+")
        nxt = _SPAN_WORD.match(text, match.start(1) + len(word))
        next_word = nxt.group(1) if nxt else ""
        if words and key in ("the", "of", "de", "la", "af", "du", "le") and next_word[:1].isupper():
            words.append(key)  # "Hotel Kongen af Danmark", "Joe & The Juice"
            end = match.start(1) + len(word)
            continue
        if not after_and and (key in STOP and key not in _EMPLOYERS or key in FUNCTION_WORDS
                              or key in SUBJECT_VERBS or key in CONSUME_VERBS):
            break
        if words and joiner in ("og", "and", ",") and not word[:1].isupper():
            break
        if not words and key.isdigit():
            return None  # "arbejdet i 3 år"
        if not words and key in lex.allow and key not in _EMPLOYERS:
            follow = fold_word(next_word)
            if not (re.fullmatch(_BUSINESS, next_word, re.I) or next_word[:1].isupper()
                    and follow not in _GENERIC and follow not in STOP | FUNCTION_WORDS
                    and follow not in _PUBLIC):
                return None  # "arbejder i Kolding", "ved Vejle Kommune"; not "Vejle Svømmehal"
        if not words and key in _GENERIC:
            if not ((next_word[:1].isupper() or "'" in next_word[:3])
                    and fold_word(next_word) not in STOP | FUNCTION_WORDS):
                return None  # "i kommunen", but "på Plejehjemmet Solgården"
        elif not (_namelike(word, key, lex) or business or after_and or (
                words and (key in ("the", "of", "de", "la", "af") or word.endswith(("'s", "’s"))))
                or (not words and re.fullmatch(_BUSINESS, next_word, re.I)
                    and key not in _GENERIC)):
            break
        words.append(key)
        end = match.start(1) + len(word)
    if not words:
        return None
    if quote and text[end:end + 1] in "\"'»“”":
        end += 1
    names = [w for w in words if re.fullmatch(r"[^\W\d_]+", w)]
    if (len(words) <= 2 and names == words and all(w in lex.first or w in lex.last for w in words)
            and words[0] not in _EMPLOYERS and text[pos:end][:1].isupper()):
        return None  # "hos Mette Hansen": a person
    return end


def _with_location(text: str, end: int, lex: Lexicon, bare: bool = False) -> int:
    """"Netto på Vestergade", "Rema 1000 i Kolding", "7-eleven på Greisvej i østbirk",
    "Matas i Herlev Vest"; with ``bare`` also a town right after the name ("espresso
    house rønnede", "Fitness World Rudkøbing")."""
    for _ in range(3):
        found = _location_end(text, end, lex, bare)
        if found is None:
            break
        end, bare = found, False
    return end


_LOCATION_PREP = re.compile(r"[ \t]+(?:på|paa|i|ved|in|on)(?=[ \t]+\S)", re.I)
_STREET_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w'.-]*){1,4}")
_HOUSE_NUMBER = re.compile(r"[ \t]+\d{1,4}[a-zA-Z]?\b")
_STREET_ENDINGS = tuple(fold_word(w) for w in """
    vej vejen gade gaden allé alle stræde boulevard plads pladsen torv torvet vænget vænge
    parken stien gyde gyden centret centeret
""".split())


def _location_end(text: str, end: int, lex: Lexicon, bare: bool) -> Optional[int]:
    prep = _LOCATION_PREP.match(text, end)
    if prep is not None:
        street = _street_end(text, prep.end())
        if street is not None:
            return street  # "på Vestergade", "på Tovværk Allé 4", "på søren frichs vej"
        return town_end(text, prep.end(), lex, strong=True)  # "i sommersted": a town's ending
    if bare:
        return town_end(text, end, lex, strong=True)
    return None


def _street_end(text: str, pos: int) -> Optional[int]:
    """The end of a street of one to four words that starts after ``pos``, or ``None``."""
    found = _STREET_WORDS.match(text, pos)
    if found is None:
        return None
    end = pos
    words: List[str] = []
    for word in re.finditer(r"[^\W\d_][\w'.-]*", found.group(0)):
        key = fold_word(word.group(0).rstrip("."))
        ending = next((e for e in _STREET_ENDINGS if key.endswith(e)), None)
        end = pos + word.end()
        if ending is not None and (len(key) > len(ending) + 1 or words):
            number = _HOUSE_NUMBER.match(text, end)
            return number.end() if number else end
        if key in STOP or key in FUNCTION_WORDS:
            return None
        words.append(key)
    return None


# -- chains and small businesses wherever they stand with their branch or their name
_PREPOSITION_BEFORE = re.compile(r"\b(?:i|på|paa|hos|fra|ved|til|at|in|for)[ \t]+$", re.I)


def _chains(marks: Marks, lex: Lexicon) -> None:
    """"i Lidl på Nørretoftevej", "fra Matas i Anholt", "kan elgiganten i bolderslev nord":
    a chain with its branch is a workplace; the chain alone stays."""
    text = marks.text
    for match in _CHAINS.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'"):
            continue
        name = match.group(0)
        plain_word = fold_word(name.split()[0].rstrip("'s")) in _CHAIN_WORDS and " " not in name
        before = _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is not None
        if plain_word and not (name[:1].isupper() or before):
            continue  # "fakta om alkohol", "max 2 øl"
        end = _with_location(text, match.end(), lex, bare=not plain_word or name[:1].isupper())
        if end > match.end():
            marks.widen(start, end, "workplace")


# Kinds of business before their name ("børnehaven Egebo", "vognmand Nielsen",
# "Pizzeria Padborg") and after it ("Jyllinge Bowling", "Iversens Rengøring").
_TYPE_BEFORE = re.compile(
    r"\b(?:børnehave|børnehaven|vuggestue|vuggestuen|dagpleje|dagplejen|integreret\s+institution"
    r"|institutionen|plejecenter|plejecentret|plejecenteret|plejehjem|plejehjemmet|bosted"
    r"|bostedet|opholdssted|opholdsstedet|fritidsklub|fritidsklubben|ungdomsklub|ungdomsklubben"
    r"|pizzeria|pizzeriaet|restaurant|restauranten|café|cafe|caféen|cafeen|hotel|hotellet|kro"
    r"|kroen|bageri|bageriet|vognmand|vognmandsfirma|malerfirma|malerfirmaet|tømrerfirma"
    r"|tømrerfirmaet|murerfirma|murerfirmaet|vvs-firma|vvs-firmaet|elfirma|rengøringsfirma"
    r"|revisionsfirma|advokatfirma|entreprenørfirma|autoværksted|autoværkstedet|frisørsalon"
    r"|frisørsalonen|tandklinik|tandklinikken|dyreklinik|fitnesscenter|fitnesscentret"
    r"|bowlingcenter|kiosk|kiosken|grill|grillen|slagter|slagteren|købmand|tankstation"
    r"|gartneri|gartneriet|bryggeri|bryggeriet|mejeri|mejeriet|bodega|bodegaen|værtshus"
    r"|værtshuset|bistro)[ \t]+", re.I)
_TYPE_AFTER = re.compile(
    r"[ \t]+(?:bowling|biograf|bio|rengøring|transport|auto|autoværksted|bilcenter|biler|vvs"
    r"|el-service|elservice|entreprise|byg|tømrer|tømrerfirma|maler|malerfirma|murer"
    r"|cykler|revision|fitness|grill|kiosk|camping|marina|golfklub|frisør|salon|tandklinik"
    r"|dyreklinik|blomster|hotel|kro|bageri|pizzeria|restaurant|café|cafe|bryghus"
    r"|bryggeri|mejeri|slagteri|gartneri|taxa|taxi|logistik|catering|kebab|sushi|bistro"
    r"|bodega|pub|bar|værtshus|tankstation|vognmandsforretning|busser|maskinstation"
    r"|byggemarked|møbler|tæpper|køkkener|rideskole|ridecenter|kennel|planteskole)\b", re.I)
# Public places after their town ("Tinglev Sygehus", "Gudme Svømmehal"): a workplace only in
# a message about work; "vi mødes på Vejle Svømmehal" is a place.
_PUBLIC_AFTER = re.compile(
    r"[ \t]+(?:sygehus|hospital|svømmehal|idrætscenter|skøjtehal|bibliotek|rådhus|lufthavn"
    r"|plejecenter|plejehjem|museum|teater)\b", re.I)
_NAME_GAP = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_JOINED = re.compile(r"[ \t]*(?:&|og|and|\+)[ \t]*(?:søn|sønner|co\.?|datter|døtre)\b", re.I)


def _business_name(word: str, lex: Lexicon, sentence_start: bool = False) -> bool:
    """A word that names a business: a capital, a surname or first name, a town, or a
    word in no dictionary ("Padborg", "nielsen", "Iversens", "egebo")."""
    bare = word.rstrip("'’")
    key = fold_word(bare)
    if len(key) < 2 or key in _GENERIC or key in STOP or key in FUNCTION_WORDS \
            or key in SUBJECT_VERBS or key in CONSUME_VERBS:
        return False
    stem = key[:-1] if key.endswith("s") and len(key) > 3 else key
    if key in lex.allow and bare.islower():
        return key in TOWNS  # "friday bar"; but "ærø hotel"
    if key in lex.first or key in lex.last or stem in lex.last:
        return True
    if bare[:1].isupper() and not sentence_start and not bare.isupper():
        return True
    if key.endswith("'s") or key in lex.english:
        return False  # "people's service", "friday bar"
    return town_like(bare, lex) and not lex.is_known(key) or key in TOWNS


def _institution_name(kind: str, word: str, lex: Lexicon) -> bool:
    """"vuggestuen ahorntuen", "plejehjemmet solbakken": after an institution in the
    definite form, a compound that is no base word and no verb is its name."""
    key = fold_word(word)
    return (kind.strip().lower().endswith(("en", "et")) and word.islower() and len(key) >= 5
            and key not in lex.words and key not in lex.english and key not in STOP
            and key not in FUNCTION_WORDS and key not in SUBJECT_VERBS
            and key not in CONSUME_VERBS and not key.endswith(("er", "ede", "te", "es", "ne")))


def _businesses(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in _TYPE_BEFORE.finditer(text):
        end = match.end()
        words = 0
        while words < 2:
            word = _NAME_GAP.match(text, end - 1) if text[end - 1:end].isspace() else None
            if word is None or not (_business_name(word.group(1), lex) or (
                    words == 0 and _institution_name(match.group(0), word.group(1), lex))):
                break
            end = word.start(1) + len(word.group(1).rstrip("'’"))
            words += 1
            joined = _JOINED.match(text, end)
            if joined:
                end = joined.end()  # "malerfirma Jacobsen & Søn"
                break
            end += 1
        if words:
            end = end if not text[end - 1:end].isspace() else end - 1
            marks.widen(match.start(), _with_location(text, end, lex, bare=True), "workplace")
    after = [_TYPE_AFTER]
    if hint(text.lower(), _JOB_WORDS):
        after.append(_PUBLIC_AFTER)
    for match in (m for pattern in after for m in pattern.finditer(text)):
        start = match.start()
        words = 0
        while words < 2:
            word = re.search(r"(?:^|[ \t(\"'])([^\W\d_][\w'’-]*)$", text[max(0, start - 30):start])
            if word is None:
                break
            first = start - len(word.group(1))
            if not _business_name(word.group(1), lex, sentence_start(text, first)):
                break
            start = first - 1 if first > 0 and text[first - 1] in " \t" else first
            words += 1
        if words:
            while text[start].isspace():
                start += 1
            prefix = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 12):start])
            if prefix and fold_word(prefix.group(1)) in TOWN_PREFIXES:
                start -= len(prefix.group(0))  # "kirke såby bowling"
            marks.widen(start, _with_location(text, match.end(), lex), "workplace")


_WORK_HINTS = ("arbejd", "kasse", "opvask", "rengøring", "assistent", "mekaniker", "lager",
               "pædagog", "kok ", "tjener", "ekspedient", "sælger", "vikar", "job", "ansat",
               "praktik", "lærling", "elev", "frivillig", "chef", "leder", "mester", "firma",
               "kollega", "kolleg", "chauffør", "work", "hotel", "svømmehal", "kro",
               "pizzeria", "bageri", "kiosk", "restaurant", "café", "cafe", "camping", "kok",
               "medarbejder", "employer", "a/s", "aps", "i/s", "ivs")
# Words of a job that are no work hint of their own.
_JOB_CUES = ("fyret", "fyresed", "sygemeld", "sagde op", "opsagt", "vagt", "portør", "pedel",
             "gør rent", "elev på", "elev i")
_JOB_WORDS = _JOB_CUES + ("arbejd", "job", "ansat", "kolleg", "chef", "praktik", "lærling",
                          "vikar", "medarbejder", "leder", "mester", "work", "employer")
_COMPANY_HINTS = ("ApS", "A/S", "I/S", "IVS", "K/S", "P/S", "amba", "A.m.b.a", "Ltd", "GmbH",
                  " AB", " AS", " HB", " BA", "LLC", "Inc", "PLC", " AG", "e.V.")


def workplace_hint(text: str, low: str) -> bool:
    """Cheap test whether :func:`find_workplaces` can find anything."""
    return (hint(low, _WORK_HINTS) or hint(text, _COMPANY_HINTS) or hint(low, _JOB_CUES)
            or _CHAINS.search(text) is not None or _TYPE_BEFORE.search(text) is not None
            or _TYPE_AFTER.search(text) is not None)

"""Links, profiles, handles and e-mail addresses."""

from __future__ import annotations

import re
from typing import FrozenSet

from core.redaction.lexicon import Lexicon, fold_word
from core.redaction.marks import PLACEHOLDER_TEXT, Marks, hint, strip_trailing

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
_AT_MARKED = (r"(?:\s*[(\[{<]\s*(?:at|a|@|snabel-?a|snabel\s?a)\s*[)\]}>]\s*|\s*@@\s*|&#64;"
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
    rf"(?:{_DOT_WORD}{_TLD}|\.(?-i:{_TLD}|{_TLD.upper().replace('?:', '?:')}))\b"
    rf"|(?<![\w.+-]){_LOCAL}(?:{_AT_MARKED}|\s+at\s+){_PROVIDER}\b", re.I)

_PLATFORM = (r"(?:snap(?:chat)?|insta(?:gram)?|ig|sc|tik\s?tok|facebook|fb|messenger|discord"
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
    rf"|\b(?:brugernavn|username|gamertag)\s*[:=]\s*(?P<h5>{_HANDLE})"
    rf"|\b{_PLATFORM}\b\s*(?:-\s*)?(?:som|as|er|is|hedder|navn|name)?\s*:?\s*(?P<h6>{_HANDLE})"
    rf"|(?<![\w@.])(?P<h7>[\w.#-]*[\d_.#][\w.#-]*\w)\s+(?:på|paa|on|via|@)\s+{_PLATFORM}\b"
    rf"|\b(?:jeg\s+er|i'?m|hedder|er)\s+(?P<h8>[\w.#-]+)\s+(?:på|paa|on)\s+{_PLATFORM}\b"
    rf"|\b(?:skriv\w*\s+til\s+(?:mig|os)\s+(?:på|paa)|dm'?e?\s+(?:mig|os)|(?:ny|nyt|new)"
    rf"\s+(?:profil|konto|account|bruger)|(?:konto|profil|bruger|account)(?:en)?\s+(?:der|som)\s+hedder"
    rf"|\ben\s+(?:på|paa)\s+{_PLATFORM}\s+(?:der|som)\s+hedder)"
    rf"\s+(?P<h9>@?[\w.#-]*\w)", re.I)
# "zorvan2009", "dagnus514": letters glued to digits, the letters no word
HANDLE_GLUED = re.compile(r"(?<![\w@.#-])(?P<l>[^\W\d_]{3,})[._]?\d{2,4}(?![\w@-]|[.,]\d)")
# "zorvan_22": a word with an underscore is a user name wherever it stands
HANDLE_UNDERSCORE = re.compile(r"(?<![\w@.])[^\W\d_][\w.]*_[\w.]*[^\W_](?![\w@])")
_FULL_NAME_PLATFORMS = re.compile(r"(?:fb|facebook|messenger|linkedin)\b", re.I)

_DOMAIN = re.compile(r"(?<![\w@.-])(?:https?://)?(?:[\w-]+\.)+(?:dk|com|net|org|eu|info|nu|se"
                     r"|no|de|io|me|uk|gl|fo)(?![\w-])(?:/[^\s]*[^\s.,!?;:)\]\"'»])?", re.I)

_EMAIL_HINTS = ("(a)", "(@", "[@", "&#64;", "(at", "[at", "{at", "<at", "snabel", "( at", "[ at")
_BARE_AT_HINT = re.compile(r"\sat\s+[\w-]+(?:\.\w|\s+(?:dot|punktum|prik)\b|\s*[(\[{<])"
                           r"|\sat\s+" + _PROVIDER + r"\b")
_HANDLE_HINTS = ("snap", "sc:", "sc ", "insta", "tik", "facebook", "fb", "messenger", "discord",
                 "twitter",
                 "telegram", "kik", "threads", "youtube", "twitch", "reddit", "linkedin",
                 "bereal", "steam", "psn", "xbox", "whatsapp", "wickr", "signal", "brugernavn",
                 "username", "gamertag", "profilnavn", "nick")
_IG_HINT = re.compile(r"\big\b")

# -- links and profiles
def find_urls(marks: Marks) -> None:
    text = marks.text
    for match in PROFILE_URL.finditer(text):
        marks.add(match.start(), strip_trailing(text, match.start(), match.end()), "profile")
    for match in URL_WITH_QUERY.finditer(text):
        marks.add(match.start(), strip_trailing(text, match.start(), match.end()), "url")

def find_emails(marks: Marks, lex: Lexicon, allowed_emails: FrozenSet[str]) -> None:
    allowed = allowed_emails | lex.knowledge_emails
    for pattern in (EMAIL, OBFUSCATED_EMAIL):
        for match in pattern.finditer(marks.text):
            found = re.sub(r"\s", "", match.group(0)).lower()
            if found in allowed:
                marks.add(match.start(), match.end(), None)
                continue
            start = _local_start(marks.text, match.start(), lex)
            if marks.text[max(0, start - 7):start].lower() == "mailto:":
                start -= 7  # "mailto:navn@x.dk": the link's scheme goes with it
            marks.add(start, match.end(), "email")


_LOCAL_BEFORE = re.compile(r"([\w+-]+)([ \t]?(?:\.|dot|punktum)[ \t]?|[ \t])$", re.I)


def _local_start(text: str, start: int, lex: Lexicon) -> int:
    """"zorvan . quellby @ gmail . com", "zorvan quellby @ gmail.com": the user name's
    first part, written apart."""
    for _ in range(2):
        before = _LOCAL_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            break
        word = before.group(1)
        if word.isdigit():
            break  # "22 33 44 55\nnavn@x.dk": a phone number's last group, not the user name
        if before.group(2) in (" ", "\t") and (lex.is_known(fold_word(word))
                                       or "@" not in text[start:start + 60]):
            break
        start = before.start()
    return start

def find_handles(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in HANDLE_LABELLED.finditer(text):
        group = next(g for g in ("h", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9")
                     if match.group(g))
        handle = match.group(group)
        if group == "h7" and len(re.findall(r"[^\W\d_]", handle)) < 3:
            continue  # "3.g på insta"
        if group in ("h8", "h9") and (re.fullmatch(_PLATFORM, handle, re.I)
                                      or lex.is_known(fold_word(handle.lstrip("@")))):
            continue  # "skriv til mig på snap", "jeg er ny på discord"
        if _is_handle(handle, lex):
            end = strip_trailing(text, match.start(group), match.end(group))
            if _FULL_NAME_PLATFORMS.match(match.group(0)) or _FULL_NAME_PLATFORMS.search(
                    text[max(0, match.start() - 12):match.start(group)]):
                more = re.match(r" ([A-ZÆØÅa-zæøå][\wæøå-]+)\b", text[end:])
                if more and not lex.is_known(fold_word(more.group(1))):
                    end += more.end()  # "fb: zorvan quellby"
            marks.add(match.start(group), end, "profile")
    if "_" in text:
        for match in HANDLE_UNDERSCORE.finditer(text):
            marks.add(match.start(), match.end(), "profile")
    for match in HANDLE_AT.finditer(text):
        marks.add(match.start(), match.end(), "profile")
    find_glued_handles(marks, lex)
    if hint(text.lower(), _HANDLE_HINTS + _PROFILE_WORDS) or _IG_HINT.search(text.lower()):
        _name_handles(marks, lex)


_PROFILE_WORDS = ("profil", "konto", "account", "bruger", "følger", "følg", "dm", "poster")
# Words people glue before a name to make a user name ("realmette", "itsjonas", "lilomar").
_HANDLE_PREFIXES = ("real", "its", "the", "lil", "big", "iam", "official", "xx", "mr", "miss",
                    "baby", "king", "queen", "young", "ask")
_WORD = re.compile(r"(?<![\w@.#/-])[^\W\d_]{5,30}(?![\w@#/-]|\.\w)")
_ON_PLATFORM = re.compile(r"(?<![\w@.#/-])([^\W\d_]{4,30})\s+(?:på|paa|on|via)\s+" + _PLATFORM
                          + r"\b", re.I)
_DOTTED = re.compile(r"(?<![\w@.#/-])([^\W\d_]{2,20})\.([^\W\d_]{2,20})(?![\w@#/-]|\.\w)")


def _name_handles(marks: Marks, lex: Lexicon) -> None:
    """In a message about a platform or a profile, user names made of names:
    "realmette", "itsjonas", "mettehansen", "hansenmette", "qhansen" (a letter and a
    surname), "mette.cph", "mette.hansen", "jonas.dk"."""
    text = marks.text
    for match in _ON_PLATFORM.finditer(text):
        key = fold_word(match.group(1))
        if not (lex.is_known(key) or key in lex.allow or re.fullmatch(_PLATFORM, key)
                or lex.near_word(key)):
            marks.add(match.start(1), match.end(1), "profile")  # "tjek zorvanxq på tiktok"
    for match in _WORD.finditer(text):
        if _glued_name(fold_word(match.group(0)), lex):
            marks.add(match.start(), match.end(), "profile")
    for match in _DOTTED.finditer(text):
        head, tail = fold_word(match.group(1)), fold_word(match.group(2))
        if re.fullmatch(_TLD, tail):
            if _plain_name(head, lex) and head not in lex.allow:
                marks.add(match.start(), match.end(), "profile")  # "mette.dk"; not "vejle.dk"
        elif any(len(part) >= 3 and part not in lex.allow and (
                _plain_name(part, lex) or not lex.is_known(part)) for part in (head, tail)):
            marks.add(match.start(), match.end(), "profile")  # "mette.cph", "xq.zorvan"


def _a_name(key: str, lex: Lexicon) -> bool:
    return len(key) >= 3 and (key in lex.first or key in lex.last)


def _glued_name(key: str, lex: Lexicon) -> bool:
    """A word in no dictionary made of a name and a prefix, two names, or a letter and a
    surname; the names themselves no ordinary words ("unalive" is no "una" and "live")."""
    if key in lex.first or key in lex.last or key in lex.allow or key in lex.english \
            or key in lex.words:
        return False
    for prefix in _HANDLE_PREFIXES:
        if key.startswith(prefix) and _a_name(key[len(prefix):], lex):
            return True  # "realhelen", though "hele" is a word
    if lex.is_known(key):
        return False
    if len(key) >= 5 and _plain_name(key[1:], lex):
        return True
    return any(_plain_name(key[:i], lex) and _plain_name(key[i:], lex)
               for i in range(3, len(key) - 2))


def _plain_name(key: str, lex: Lexicon) -> bool:
    return _a_name(key, lex) and not lex.is_known(key, strict=True) or (
        len(key) >= 4 and (key in lex.first or key in lex.last) and key not in lex.words
        and key not in lex.english and key not in lex.name_words)


# Products, games, illnesses and units written with a number.
_NOT_HANDLES = frozenset("""
    covid corona sars windows iphone ipad galaxy samsung pixel android ios macos office
    playstation xbox nintendo switch fifa gta minecraft fortnite csgo valorant roblox pes
    nba madden cod warzone bf battlefield tekken mario zelda pokemon euro eur dkk usd kr
    vitamin omega iso covid-19 top uge week nr side tlf version ver model serie type
    klasse niveau level
""".split())


def find_glued_handles(marks: Marks, lex: Lexicon) -> None:
    """"zorvan2009": a user name of letters and digits, wherever it stands; not "covid19",
    "windows10" or "mp3" (the letters are a word, or too few)."""
    for match in HANDLE_GLUED.finditer(marks.text):
        key = fold_word(match.group("l"))
        if key in lex.allow or key in lex.english or key in _NOT_HANDLES or key in lex.words \
                or lex.is_known(key) and not _a_name(key, lex):
            continue  # "covid19"; but "agnes2009", though "agnes" looks like "agne" inflected
        marks.add(match.start(), match.end(), "profile")

def _is_handle(handle: str, lex: Lexicon) -> bool:
    bare = handle.lstrip("@").strip(".-")
    if len(bare) < 2 or PLACEHOLDER_TEXT.fullmatch(handle):
        return False
    if handle.startswith("@") or re.search(r"[\d_.]", bare):
        return True
    key = fold_word(bare)
    if key in lex.first or key in lex.last:
        return True
    return not lex.is_word(key)


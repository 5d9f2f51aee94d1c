"""English questions read as Danish: a word-for-word gloss of the words that matter here.

Some people write in English ("Is there anonymous drug treatment for someone who works full
time?"). The answering core reads Danish; rather than a second set of patterns, an English
message is glossed into the Danish words the catalogues and the question patterns use
("anonym stoffer behandling", "hvor lang tid", "mine forældre"), word for word, phrases
first, after the message itself. Words with no gloss stay as they are; a Danish message is
left untouched.
"""

from __future__ import annotations

import re
from typing import Dict, Tuple

_ENGLISH = frozenset("""the is are am was my i i'm im can could what how where when who which do does
    there for to and with of it you your have has been about any someone anyone he she his her
    they their we our this that if or but not get need want would should help""".split())
_DANISH = frozenset("""og jeg er det en et at til på paa med kan hvad hvor min mit mine der ikke som har
    for den de han hun vi man hvordan hvornår hvornaar noget nogen skal vil må maa""".split())

# Phrases first (longest wins by order), then single words. Values use the catalogues' words.
_PHRASES: Tuple[Tuple[str, str], ...] = (
    (r"how long does (it|the \w+) (take|last)", "hvor lang tid varer det"),
    (r"how long is the wait(ing time| list)?|how long (do|would|will) (i|we|you|he|she) (have to )?wait",
     "hvor lang er ventetiden"),
    (r"where (are you|is your (centre|center|office|place))( located)?|where can i find you", "hvor ligger centret"),
    (r"(i |we )?live in", "er fra"),
    (r"how long", "hvor lang tid"), (r"how often", "hvor tit"), (r"how many times", "hvor mange gange"),
    (r"how many (sessions|conversations|meetings|talks)", "hvor mange samtaler"),
    (r"how much does (it|this|that) cost", "hvad koster det"), (r"how much", "hvor meget"),
    (r"what does (it|this|that) cost", "hvad koster det"), (r"is (it|this|that) free", "er det gratis"),
    (r"free of charge", "gratis"), (r"opening hours", "åbningstider"), (r"phone (number|hours)", r"telefon \1"),
    (r"phone number", "telefonnummer"), (r"waiting (time|list)", "ventetid"),
    (r"how (do|can) (i|we|you|he|she|they) (get|start|sign up|begin|join)", "hvordan kommer man i gang"),
    (r"get started", "komme i gang"), (r"sign up", "skrive sig op"),
    (r"without (my|his|her|their) parents knowing", "uden forældrene ved det"),
    (r"my parents", "mine forældre"), (r"my (mom|mum|mother)", "min mor"), (r"my (dad|father)", "min far"),
    (r"my (son|boy)", "min søn"), (r"my (daughter|girl)", "min datter"), (r"my brother", "min bror"),
    (r"my sister", "min søster"), (r"my (boyfriend|girlfriend|partner)", "min kæreste"),
    (r"my wife", "min kone"), (r"my husband", "min mand"), (r"my friend", "min ven"),
    (r"my (kid|child)", "mit barn"), (r"my (kids|children)", "mine børn"),
    (r"drug (treatment|rehab)", "stofbehandling"), (r"alcohol (treatment|rehab)", "alkoholbehandling"),
    (r"residential (treatment|care|rehab)", "døgnbehandling"), (r"in-?patient", "døgnbehandling"),
    (r"out-?patient", "ambulant"), (r"after-?care", "efterbehandling"), (r"day (treatment|program)", "dagbehandling"),
    (r"intro(duction|ductory)? course", "introkursus"), (r"relatives'? course", "pårørendekursus"),
    (r"support group", "gruppe"), (r"group (sessions|therapy)", "gruppe"), (r"young people", "unge"),
    (r"next of kin", "pårørende"), (r"family members?", "pårørende"), (r"full[- ]time", "fuld tid"),
    (r"i am|i'm|im", "jeg er"), (r"years old|yrs old|y/o", "år"), (r"is there", "er der"),
    (r"are there", "er der"), (r"can i", "kan jeg"), (r"can we", "kan vi"), (r"do you", "har i"),
    (r"how (do|can|should) (i|we|you) (reach|contact|get in touch with)", "hvordan kontakter jeg"),
    (r"what'?s the (phone )?number", "hvad er nummeret"), (r"what'?s", "hvad er"),
    (r"(?<=\w) who (?=\w)", " som "), (r"talk to", "snakke med"), (r"a lot", "meget"),
    (r"right now", "lige nu"), (r"tonight", "i aften"), (r"at night", "om natten"),
)
_WORDS: Dict[str, str] = {
    "anonymous": "anonym", "anonymously": "anonymt", "anonymity": "anonymitet", "drug": "stof",
    "drugs": "stoffer", "weed": "hash", "cannabis": "hash", "alcohol": "alkohol", "drinking": "drikker",
    "drinks": "drikker", "drink": "drikke", "drunk": "fuld", "treatment": "behandling",
    "rehab": "behandling", "therapy": "behandling", "counselling": "rådgivning", "counseling": "rådgivning",
    "advice": "rådgivning", "group": "gruppe", "groups": "grupper", "session": "samtale",
    "sessions": "samtaler", "conversation": "samtale", "talk": "snakke", "relatives": "pårørende",
    "relative": "pårørende", "family": "familie", "families": "familier", "young": "unge", "youth": "unge",
    "teenager": "ung", "teenagers": "unge", "kids": "børn", "children": "børn", "child": "barn",
    "parents": "forældre", "parent": "forælder", "free": "gratis", "cost": "koster", "costs": "koster",
    "price": "pris", "pay": "betale", "address": "adresse", "where": "hvor", "located": "ligger",
    "when": "hvornår", "open": "åben", "closed": "lukket", "call": "ringe", "phone": "telefon",
    "email": "mail", "e-mail": "mail", "course": "kursus", "wait": "vente", "waiting": "ventetid", "start": "starte",
    "stop": "stoppe", "quit": "stoppe", "help": "hjælp", "age": "alder", "old": "gammel",
    "week": "uge", "weeks": "uger", "month": "måned", "months": "måneder", "pregnant": "gravid",
    "medicine": "medicin", "medication": "medicin", "methadone": "metadon", "doctor": "læge",
    "nurse": "sygeplejerske", "complain": "klage", "complaint": "klage", "consent": "samtykke",
    "appointment": "tid", "book": "booke", "teacher": "lærer", "student": "elev", "pupil": "elev",
    "school": "skole", "relapse": "tilbagefald", "withdrawal": "abstinenser", "detox": "afgiftning",
    "what": "hvad", "how": "hvordan", "who": "hvem", "which": "hvilke", "work": "arbejder",
    "works": "arbejder", "job": "job", "confidential": "tavshedspligt", "secret": "hemmeligt",
    "tell": "fortælle", "know": "vide", "find": "finde", "out": "ud", "and": "og", "or": "eller",
    "for": "for", "with": "med", "without": "uden", "there": "der", "is": "er", "are": "er",
    "my": "min", "i": "jeg", "you": "i", "your": "jeres", "he": "han", "she": "hun", "they": "de",
    "we": "vi", "can": "kan", "also": "også", "only": "kun", "center": "centret", "centre": "centret",
    "the": "", "number": "nummer", "lives": "bor", "live": "bor", "someone": "nogen", "anyone": "nogen",
    "somewhere": "et sted", "place": "sted", "son": "søn", "daughter": "datter", "brother": "bror",
    "sister": "søster", "friend": "ven", "boyfriend": "kæreste", "girlfriend": "kæreste",
}
_PHRASE_RE = tuple((re.compile(r"\b" + p + r"\b", re.IGNORECASE), d) for p, d in _PHRASES)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")


def looks_english(text: str) -> bool:
    """More English than Danish function words, and at least two of them."""
    tokens = [t.lower() for t in re.findall(r"[A-Za-zæøåÆØÅ']+", text)]
    english = sum(t in _ENGLISH for t in tokens)
    danish = sum(t in _DANISH for t in tokens)
    return english >= 2 and english > danish


def gloss(text: str) -> str:
    """An English message followed by its Danish gloss on a line of its own (the English words
    stay for the few English patterns the core knows); the text itself when it is not English."""
    if not looks_english(text):
        return text
    out = text
    for pattern, danish in _PHRASE_RE:
        out = pattern.sub(danish, out)
    return text + "\n" + _TOKEN.sub(lambda m: _WORDS.get(m.group(0).lower(), m.group(0)), out)

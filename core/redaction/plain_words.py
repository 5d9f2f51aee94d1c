"""Ordinary words the shipped lists miss in the forms people type, and the word shapes that
tell a verb from a name.

- Danish written without æ, ø and å: "bornene" (børnene), "gredt" (grædt), "slar" (slår),
  "tommermend" (tømmermænd), "hjalp" (hjælp). :func:`plain_forms` gives every word of the
  list as it reads with "a"/"o"/"e" for the three letters, and the lexicon checks inflected
  forms and compounds against that.
- English and loan words of this field that the lists lack ("naloxone", "hangxiety",
  "self-harm", "od'd"), and chat abbreviations ("mby", "ngl").
- Words that follow a verb and never a subject ("slår mig", "blacker ud", "dør hvis"): the
  word before them after "min mor" is the verb, not the mother's name.

The lists of ``core/data/`` are built by ``scripts/build_name_lists.py``; these additions
live here so that a rebuild keeps them.
"""

from __future__ import annotations

import re
from typing import FrozenSet, Iterable

from core.language.normalize import fold

_FOLDED_LETTERS = re.compile("aa|oe|ae")


def plain_forms(words: Iterable[str]) -> FrozenSet[str]:
    """The folded ``words`` that hold å, ø or æ ("aa", "oe", "ae"), written with "a", "o"
    and "a" or "e" instead: "boern" -> "born", "graede" -> "grade", "grede"."""
    out = set()
    for word in words:
        if _FOLDED_LETTERS.search(word) is None:
            continue
        base = word.replace("aa", "a").replace("oe", "o")
        out.add(base.replace("ae", "a"))
        out.add(base.replace("ae", "e"))
    return frozenset(out)


# English and loan words of drugs, drink and health that the English list lacks; the names
# of the week's days in the plural ("on Fridays").
EXTRA_ENGLISH = frozenset(w.lower() for w in """
    naloxone naloxon narcan nyxoid hangxiety hangover hangovers selfharm self-harm cutting
    od od'd od'ed oded overdosed overdosing relapsing detoxing sober-curious benzos xanax
    fentanyl oxy oxys tramadol ketamine ketamin lean
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends
""".split())

# Chat abbreviations in no dictionary (Danish and English).
CHAT_ABBREVIATIONS = frozenset(fold(w) for w in """
    mby mbh ngl imo imho irl rn smh afaik iirc tbf jk nvm omw wyd hbu fyi asap ikr idc idgaf
    ffs stfu gg brb ttyl lmk hmu icl istg fr frfr bc cuz pga mvh hvh evt vh kh hh
""".split())

# Words that stand right after a verb and never right after a subject: object pronouns,
# particles, "hele", conjunctions. "min mor X mig", "min mand X det", "min far X hvis":
# X is a verb there.
VERB_OBJECTS = frozenset(fold(w) for w in """
    mig dig ham hende os jer dem sig det den denne dette af ud op ned hjem ind over ihjel
    hele alt noget nogen ingenting aldrig helt fordi hvis når mens selvom at
    me him her us them it out up down
""".split())

# Adverbs that follow a subject ("min mor lige er", "min ven heldigvis ringede"): no name.
SUBJECT_ADVERBS = frozenset(fold(w) for w in """
    lige også bare altid aldrig nu stadig stadigvæk snart kun selv ikke tit ofte igen nok vel
    jo da sgu heldigvis desværre faktisk egentlig måske vist endelig endnu allerede pludselig
    næsten sikkert bestemt virkelig netop godt just still always never also
""".split())

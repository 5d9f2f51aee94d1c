"""Workplaces: companies after a word of work ("arbejder i", "ansat hos"), and names with
a company form ("ApS", "A/S")."""

from __future__ import annotations

import re
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks

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


_WORK_HINTS = ("arbejd", "job", "ansat", "praktik", "lærling", "elev", "vikar", "frivillig",
               "chef", "leder", "mester", "firma")
_COMPANY_HINTS = ("ApS", "A/S", "I/S", "IVS", "K/S", "P/S", "amba", "A.m.b.a", "Ltd", "GmbH",
                  " AB", " AS")



def find_workplaces(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in COMPANY_WITH_FORM.finditer(text):
        start = match.start()
        # drop a sentence-initial "Jeg"/"Han" or a trigger word in front
        lead = re.match(r"(?:[A-ZÆØÅ][a-zæøå]+\s+)", match.group(0))
        while lead and fold_word(lead.group(0).strip()) in STOP:
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
        if all(t in lex.allow or t in STOP for t in tokens) or tokens[0] in STOP:
            continue
        if (len(tokens) <= 2 and all(t in lex.first or t in lex.last for t in tokens)
                and fold_word(tokens[0]) not in _EMPLOYERS and not re.search(
                    _COMPANY_FORMS + r"$", found)):
            continue  # "hos Mette Hansen": a person, left to the names
        marks.add(pos, end, "workplace")


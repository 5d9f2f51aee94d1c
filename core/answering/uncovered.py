"""Practical things people ask about that a catalogue may not mention at all.

"Har I tolk?", "kan man parkere?", "kan I også hjælpe med spil?", "er der adgang for
kørestole?": when nothing in the municipality's catalogue speaks of the thing asked, the
honest answer is that the catalogue does not say, and whom to ask. Guessing from a
neighbouring offer ("Åben rådgivning: ...") or "Det kan jeg desværre ikke svare på" is
wrong both ways.

Each :class:`Thing` has the words that ask about it (matched against
:func:`core.answering.text.skeleton` of the message, so with or without æ, ø, å) and the
words that would show the catalogue covers it (matched against every fact, offer name and
FAQ answer of the municipality, in the same spelling: ``OfferIndex.catalogue_text``). When the catalogue has any of
them, :func:`uncovered_answer` returns None and the ordinary answer (which then finds it)
is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Pattern, Tuple

from core.answering.answer import Answer
from core.answering.index import index_for
from core.answering.reach import contact_hint
from core.answering.text import skeleton, skeleton_pattern
from core.knowledge.base import Municipality


@dataclass(frozen=True)
class Thing:
    what: str            # Danish, after "Det står ikke i kataloget, "
    asked: Pattern[str]  # the message asks about it
    covered: Pattern[str]  # the catalogue speaks of it
    unless: Optional[Pattern[str]] = None  # ... but not when the message says this


def _p(pattern: str) -> Pattern[str]:
    return re.compile(skeleton_pattern(pattern))


THINGS: Tuple[Thing, ...] = (
    Thing("om centret har tolk eller samtaler på andre sprog end dansk",
          _p(r"\b(tolk\w*|oversætter\w*|interpreter|translator|translate|"
             r"(på|paa|in) (engelsk|english|arabisk|polsk|tyrkisk|somali\w*|ukrainsk|tysk|"
             r"persisk|farsi|kurdisk|russisk|rumænsk|litauisk)|"
             r"(taler|snakker|forstår) (ikke|kun|næsten kun|dårligt|ikke så godt) (\w+ )?"
             r"(dansk|arabisk|polsk|tyrkisk|engelsk|somali|ukrainsk|tysk|russisk)|"
             r"(dårligt|ikke godt|ikke så godt) dansk|"
             r"(speak|talk|talks|sessions?|treatment|help) in english|"
             r"(my|his|her) danish is)\b"),
          _p(r"\btolk\w*|\bengelsk|\bsprog\w*|\bandet modersmål")),
    Thing("om der er parkering eller hjælp til transport",
          _p(r"\b(parkere\w*|parkering\w*|p-plads\w*|p plads\w*|parking|"
             r"befordring|bus(sen|forbindelse)?|toget|offentlig transport)\b"),
          _p(r"\bparker\w*|\bbefordring|\bkørselsgodtgørelse|\bbuskort|\bp-plads")),
    Thing("om der er adgang for kørestole og gangbesværede",
          _p(r"\b(kørestol\w*|rollator|handicapadgang|handicapvenlig\w*|handicaptoilet|"
             r"elevator|rampe|trapper|wheelchair|gangbesvær\w*|tilgængelig\w*)\b"),
          _p(r"\bkørestol\w*|\bhandicapvenlig\w*|\bhandicapadgang|\belevator|\badgangsforhold|"
             r"\bniveaufri")),
    Thing("om centret også hjælper med spil og gambling",
          _p(r"\b(ludoman\w*|gambling|gamble\w*|betting\w*|bettingsider?|casino\w*|"
             r"poker|spilleafhængig\w*|spillemaskine\w*|spilleproblem\w*|odds(ere|er)?)\b"),
          _p(r"\bludoman\w*|\bgambl\w*|\bspilleafhængig\w*|\bpengespil")),
    Thing("om centret også hjælper med gaming og skærm",
          _p(r"\b(gaming|gamer|gamer\w*|computerspil\w*|skærmtid|skærmafhængig\w*|"
             r"spiller (for meget |hele natten |hele tiden )?(fortnite|computer|playstation|"
             r"xbox|konsol))\b"),
          _p(r"\bgaming|\bcomputerspil\w*|\bskærm\w*")),
    Thing("om centret hjælper med rygestop, nikotin eller snus",
          _p(r"\b(rygestop|nikotin\w*|snus|vape|vaper|vaping|e-cigaret\w*|ecigaret\w*|"
             r"cigaret\w*|smøger|tobak\w*|stoppe med at ryge( smøger| cigaretter)?\??$)\b"),
          _p(r"\brygestop|\bstoppe med at ryge|\bnikotin\w*|\btobak\w*|\bsnus")),
    Thing("om centret kan skrive en lægeerklæring, en attest eller en udtalelse",
          _p(r"\b(lægeerklæring\w*|erklæring\w*|attest\w*|udtalelse\w*|statusattest)\b"),
          _p(r"\berklæring\w*|\battest\w*|\budtalelse\w*|\bsygemeld\w*")),
    Thing("hvad behandling betyder for et kørekort",
          _p(r"\b(kørekort\w*|driving licen[cs]e)\b"),
          _p(r"\bkørekort\w*")),
    Thing("om centret kommer ud og underviser elever om rusmidler",
          _p(r"(\bundervis\w*|\boplæg\w*|\bforedrag\w*|\bforebyggende \w+|\bforebyggelse\w*)\b.*"
             r"\b(elev\w*|klass\w*|skole\w*|udskoling\w*|gymnasi\w*|efterskole\w*)\b|"
             r"\b(elev\w*|klass\w*|skole\w*)\b.*\b(undervis\w*|oplæg\w*|foredrag\w*)"),
          _p(r"\bunderviser\b.{0,25}\belev\w*|\bforebyggelse, formidling og undervisning|"
             r"\b(oplæg|foredrag|undervisning) (for|på|i) (skole\w*|klasse\w*|elever)")),
    Thing("om du kan få samtaler online eller på video",
          _p(r"\b(online|video\w*|videosamtale\w*|zoom|teams|skype|facetime|"
             r"over (nettet|computeren))\b"),
          _p(r"\bonline\w*|\bvideo\w*|\bdigitale? (samtale|behandling|forløb)\w*"),
          unless=_p(r"\b(book\w*|bestil\w*|tidsbestil\w*|hjemmeside\w*)")),
)


def uncovered(m: Municipality, text: str) -> Optional[Thing]:
    """The thing asked about that the catalogue says nothing of, or None."""
    asked = skeleton(text)
    catalogue = index_for(m).catalogue_text
    for thing in THINGS:
        if thing.asked.search(asked) and not thing.covered.search(catalogue) and \
                not (thing.unless is not None and thing.unless.search(asked)):
            return thing
    return None


def uncovered_answer(m: Municipality, text: str) -> Optional[Answer]:
    """"Det står ikke i kataloget, om ..." and whom to ask, or None (see the module)."""
    thing = uncovered(m, text)
    if thing is None:
        return None
    return Answer(lines=[f"Det står ikke i kataloget, {thing.what}. Spørg centret, de ved det.",
                         contact_hint(m)], found=False)


__all__ = ["THINGS", "Thing", "uncovered", "uncovered_answer"]

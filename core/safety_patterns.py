"""The compiled crisis pattern tables of :mod:`core.safety` and the patterns that refine a kind."""

from __future__ import annotations

import re
from typing import Dict, Pattern, Sequence, Tuple

from core.safety_patterns_classes import _CLASS_SELF_HARM, _CLASS_SUICIDE, _CLASS_VIOLENCE
from core.safety_patterns_classes_5 import CLASS_5_SELF_HARM, CLASS_5_VIOLENCE
from core.safety_patterns_farewell import _FAREWELL_SUICIDE
from core.safety_patterns_harm import _OVERDOSE, _SELF_HARM, _VIOLENCE
from core.safety_patterns_indirect import _INDIRECT_SUICIDE, _INDIRECT_VIOLENCE
from core.safety_patterns_signs import _OVERDOSE_SIGNS, _SELF_HARM_SIGNS, _SUICIDE_SIGNS
from core.safety_patterns_suicide import _SUICIDE


def _compile(patterns: Sequence[str]) -> Tuple[Pattern[str], ...]:
    # ".*" in a pattern spans at most 150 characters, also across clause boundaries
    return tuple(re.compile(p.replace(".*", ".{0,150}")) for p in patterns)


_PATTERNS: Dict[str, Tuple[Pattern[str], ...]] = {
    "suicide": _compile(_SUICIDE + _SUICIDE_SIGNS + _INDIRECT_SUICIDE + _CLASS_SUICIDE + _FAREWELL_SUICIDE),
    "self_harm": _compile(_SELF_HARM + _SELF_HARM_SIGNS + _CLASS_SELF_HARM + CLASS_5_SELF_HARM),
    "overdose": _compile(_OVERDOSE + _OVERDOSE_SIGNS),
    "violence": _compile(_VIOLENCE + _INDIRECT_VIOLENCE + _CLASS_VIOLENCE + CLASS_5_VIOLENCE),
}
_ORDER = ("suicide", "self_harm", "overdose", "violence")

_GENERAL = re.compile(r"(?<!i stedet for )(?<!eller )\b112\b(?!.*\b(?:hvornaar|skal man|maa man|hvad)\b)|"
                      r"\bjeg er i fare\b|\bvi er i fare\b|"
                      r"\bnoedhjaelp\b|\bring (?:efter )?(?:en )?ambulance\b|\bkald (?:paa )?(?:en )?ambulance\b|"
                      r"\bcall an ambulance\b|\bin danger\b|\bemergency\b")

# Pills already taken, or the body already failing: an overdose, whatever the intent was
_TAKEN = re.compile(r"\b(?:(?:har (?:\w+ )?(?:taget|slugt|spist)|tog|slugte|took|swallowed|has taken) (?:\w+,? ){0,4}"
                    r"(?:piller|tabletter|pills|for mange|too many|en masse|\d+)|(?:vaagner|reagerer) (?:ikke|ik)|"
                    r"not (?:waking|breathing|responding)|bevidstl\w*|traekker (?:naesten )?(?:ikke|ik) vejret)\b")
_SELF_HARM_DEPTH = re.compile(r"\bhvor (?:dybt|meget|haardt)\b.{0,40}\b(?:skaere|skaerer|braende|snitte|cutte)\b"
                              r"(?!.{0,60}\b(?:doe|pulsaare\w*|ihjel|ende)\b)")
# A farewell keeps the suicide answer even when pills are taken: it names Livslinien and 112
_FAREWELL = re.compile(r"\b(?:farvel|tak for alt|afskedsbrev\w*|breve til|det er nu|bedre saadan|goodbye)\b")

_SPIKED = re.compile(r"\b(?:drink|drinks|glas|puttet noget|puttede noget|drugged|spiked)\b")

# A threat against the writer's family as well as oneself
_OTHERS_TOO = re.compile(r"\b(?:skyde|draebe|slaa|stikke|tage livet af) sig selv og (?:os|mig|boernene|hende|ham|"
                         r"familien|resten)\b|"
                         r"\b(?:skyde|draebe|slaa|stikke) (?:os|mig|boernene) og (?:sig|ham|hende) selv\b")

# Words of danger: the trained second reader (core.safety_model) may only add a crisis
# answer where one of them stands in a clause that the guards leave open.
_CRISIS_WORDS = re.compile(
    r"selvmord|suicid|\bdoe\b|\bdoer\b|\bdoed|\bliv(?:et)?\b|ihjel|skaer|cutt|skade|overdos|piller|"
    # waking rested or on time is no danger ("for at vågne udhvilet")
    r"vaagn(?!\w* (?:udhvilet|frisk|tidligt|om morgenen|i tide|af vaekkeuret))|"
    r"bevidstl|besvim|vejret|blaa|kramp|slaar|slog|bank|spark|kvael|tru|kniv|vold|fare|"
    r"alene|112|ambulance|die|kill|dead|breath|hurt|hits?\b|pills")

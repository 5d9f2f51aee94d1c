"""Signs of danger added after set J, by class (pattern strings, compiled in :mod:`core.safety_patterns`).

Farewells said to someone else ("du skal ikke bekymre dig om mig mere"), means saved up or
bought and laid out, a cut deeper than meant or that will not stop bleeding, an overdose
whose danger comes later (paracetamol taken yesterday, "I feel fine now"), and the body
failing now (seizures, pauses in breathing, lips turning blue), with and without æ/ø/å.
"""

from __future__ import annotations

import re

from core.safety_patterns_fragments import _DRUG

# Paracetamol and other painkillers named in a dose
_PAINKILLER = r"(?:panodil\w*|pamol\w*|paracetamol\w*|pinex\w*|ipren\w*|ibuprofen\w*|treo\w*|kodimagnyl\w*)"
_PILLS = r"(?:" + _DRUG + r"|" + _PAINKILLER + r"|sovetablet\w*|tablet\w*|piller\w*|medicin\w*)"

_SUICIDE_SIGNS = [
    # a farewell to someone who worries: "du behøver ikke tænke på mig længere", "I slipper for mig"
    r"\b(?:(?:ikke|ik|ikk|aldrig) (?:\w+ )?(?:skal|skulle|behoever|behoeve|maa|kommer til at)|(?:skal|skulle|behoever|"
    r"maa) (?:\w+ )?(?:ikke|ik|ikk|aldrig)(?: \w+)?) (?:at )?(?:bekymre|taenke paa|spekulere over|passe paa|"
    r"lede efter|vente paa) (?:\w+ ){0,2}(?:mig|ham|hende)? ?(?:mere|laengere|igen|efter i dag|efter i nat)\b",
    r"\b(?:i|du|de|alle|familien) (?:\w+ )?(?:slipper|er fri|bliver fri) for mig\b(?! (?:i|paa|til|et|en)\b)",
    r"\b(?:ikke|ik) (?:\w+ )?(?:jeres|dit|din|deres|hans|hendes|nogens) problem (?:mere|laengere|efter i (?:dag|nat|"
    r"morgen))\b",
    # pills saved up over time: "har sparet sine sovetabletter op", "har gemt medicinen i ugevis"
    r"\b(?:samlet|gemt|sparet|hamstret|opsparet|lagt til side) (?:\w+ ){0,3}?" + _PILLS
    + r"(?! (?:mod|for at sove|til (?:hovedpine|smerter|ryggen)))(?: op)?\b",
    r"\bsparet (?:\w+ ){0,2}op (?:paa|af) (?:\w+ ){0,2}" + _PILLS,
]

_SELF_HARM_SIGNS = [
    # a cut deeper than meant: "skar dybere end meningen var", "kom til at skære for dybt i håndleddet"
    r"\b(?:skar|skaaret|skaret|skaere|skaerer|snittede|snittet|snitte|cuttede|cuttet|cutte|ridsede|ridset)"
    r"(?: (?:mig|i mig|\w+)){0,3} (?:alt )?(?:for dybt|dybere end|helt ind til|saa dybt at)\b",
    # what is seen in the wound: "kan se noget hvidt i såret", "man kan se fedtet i snittet"
    r"\b(?:kan se|ser|se) (?:noget )?(?:hvidt|gult|fedt\w*|sen\w*|knogle\w*)\b(?: \w+){0,3} (?:i|inde i|i bunden af) "
    r"(?:saar\w*|snit\w*|flaen\w*|armen|laaret|haandleddet)\b",
    r"\b(?:saar\w*|snit\w*|flaen\w*)\b.{0,60}\b(?:kan se|ser) (?:noget )?(?:hvidt|gult|fedt\w*|sen\w*|knogle\w*)\b",
    # a self-inflicted wound that keeps bleeding or gapes
    r"\b(?:skar|skaaret|skaret|snit\w*|cutte\w*|cuttede|cuttet|skaerer)\b.{0,80}\b(?:stopper (?:ikke|ik|ikk) med at "
    r"(?:bloede|blo)|vil (?:ikke|ik|ikk) (?:stoppe|holde op) med at (?:bloede|blo)|bloeder (?:stadig|helt vildt|"
    r"voldsomt|som et svin|igennem)|gaber|staar aabent|skal (?:nok |vel )?syes)\b",
]

_OVERDOSE_SIGNS = [
    # a whole pack swallowed: "slugte en hel pakke panodil i nat"
    r"\b(?:tog|taget|slugt|slugte|spiste|spist) (?:\w+ ){0,2}(?:en hel|hele|to|tre|fire|\d+) (?:pakke|pakker|pakken|"
    r"aeske|aesker|glas|boette|boetter|plade|plader|blister\w*)\b(?: (?:\w+ ){0,2}" + _PILLS + r")?",
    # seizures and twitching: "rykker i hele kroppen", "får trækninger"
    r"\b(?:rykker|sitrer|spjaetter|vrider sig) (?:\w+ ){0,2}(?:i hele kroppen|ukontrolleret)\b",
    r"\boejne\w* (?:er |bliver )?(?:\w+ )?(?:rullet|vendt|drejet|ruller|vender) (?:\w+ )?(?:op|tilbage)\b",
    # breathing badly: "trækker vejret med lange pauser", "snapper efter luft", "rallende vejrtrækning"
    r"\b(?:traekker|trakker) (?:\w+ )?vejret (?:\w+ ){0,2}(?:pauser|uregelmaessigt|overfladisk\w*|svagt|"
    r"mærkeligt|rallende|hivende)\b|\b(?:snapper|gisper|hiver) efter (?:vejret|luft|vejr)\b|\brallende?\b|"
    r"\bvejrtraek\w* (?:\w+ ){0,3}(?:pauser|stoppe[rt]|rallende|overfladisk)\b",
    # lips and skin turning blue or grey, also without æ/ø/å: "læberne er blålige", "laber er lilla"
    r"\bl(?:ae|a|e)ber\w* (?:er |bliver |er blevet )?(?:helt |lidt |sådan )?(?:blaa\w*|bla|blalig\w*|lilla|graa|"
    r"gra|hvide|blege)\b",
    r"\b(?:blaa\w*|bla|lilla|graa) (?:\w+ )?(?:om|paa|i) (?:l(?:ae|a|e)ber\w*|munden|fingrene|neglene)\b",
    # cannot be woken or reached: "kan ikke få ham vækket", "ligger livløs"
    r"\b(?:kan|kunne) (?:ikke|ik|ikk) (?:faa|fa) (?:ham|hende|dem|min \w+|mit \w+|liv i \w+) (?:\w+ )?(?:vaekket|"
    r"vaakket|til at vaagne|til at reagere|til at svare)\b",
    r"\blivloes\w*\b|\bligger (?:helt )?(?:stille|slap) og (?:er )?(?:kold|bleg|reagerer (?:ikke|ik))\b",
]

# An overdose whose harm comes later: a large dose of a painkiller taken yesterday or last
# night stays an emergency although the writer feels fine now.
_DELAYED_OVERDOSE = re.compile(
    r"\b(?:tog|taget|slugt|slugte|spiste|spist)\b(?: \w+){0,3} (?:[1-9]\d+|en hel (?:pakke|aeske|plade)|hele "
    r"(?:pakken|aesken|glasset)|alle|en masse|mange|en haandfuld) (?:\w+ )?" + _PAINKILLER
    + r".{0,80}\b(?:i gaar|igaar|i nat|i aftes|i forgaars|i morges|for (?:\w+|\d+) timer siden|"
    r"i eftermiddags|i formiddags)\b|\b(?:i gaar|igaar|i nat|i aftes|i forgaars|i morges|for (?:\w+|\d+) timer "
    r"siden)\b.{0,60}\b(?:tog|taget|slugt|slugte|spiste|spist)\b(?: \w+){0,3} (?:[1-9]\d+|en hel (?:pakke|aeske)|"
    r"hele (?:pakken|aesken)|alle|en masse|mange|en haandfuld) (?:\w+ )?" + _PAINKILLER)
# The recent times of such a dose, taken out before looking for a past long ago
_RECENT_TIME = re.compile(r"\b(?:i gaar(?: aftes)?|igaar|i nat|i aftes|i forgaars|i morges|for (?:\w+|\d+) timer siden|"
                          r"i eftermiddags|i formiddags)\b")

# Means bought or gathered in quantity, or laid out before the writer
_MEANS_GATHERED = re.compile(
    r"\b(?:koebt|kobt|koebte|samlet|hentet|skaffet|stjaalet)\b(?: \w+){0,4} (?:\d+|to|tre|fire|fem|"
    r"flere|mange|en masse|alle|hele) (?:\w+ ){0,2}?(?:pakker|aesker|glas|boetter|plader|" + _PILLS + r")\b")

# A dose question said to serve a decision: "det er planen", "jeg har besluttet mig" (read only
# with a method question that names a medicine or a drug, ``_A_DRUG``)
_RESOLVE = re.compile(r"\b(?:det er (?:planen|min plan|besluttet)(?! (?:at|for|om|med|til)\b)|"
                      r"(?:jeg )?har (?:besluttet|bestemt) mig|min beslutning (?:er|staar) (?:taget|fast)|"
                      r"(?:min|planen) (?:plan )?er klar|that'?s the plan|i'?ve (?:decided|made up my mind))\b")
_A_DRUG = re.compile(r"\b(?:" + _DRUG + r")\b")
# A count that is no dose: "hvor mange dage tager det", "hvor mange gange skal der til"
_NOT_A_DOSE = re.compile(r"\b(?:hvor mange|how many) (?:gange|dage|doegn|uger|timer|minutter|aar|maaneder|kroner|penge|"
                         r"samtaler|mennesker|personer|times|days|weeks|hours|years|months|sessions)\b")

"""Crisis and guard patterns added by class after sets M, N and O (pattern strings, compiled in
:mod:`core.safety_patterns` and :mod:`core.safety_patterns_guards`), written for the
normalised text (æ/ø/å folded to ae/oe/aa).

Crises: a method question that names a death one cannot be saved from; wanting it to stop or to
work this time; a weapon drawn at a workplace or a shelter now; the writer about to hit someone
now; a threat to come tonight to hurt the writer, or to share pictures unless the writer comes;
self-harm in the short form "sh" done again or deeper.
Guards: "ren selvmord" about a training, "kms" about a project, words of others quoted from
comments, a threat to kill written without å ("slar mig ihjel hvis"), a teacher listing what
pupils ask.
"""

from __future__ import annotations

# A method question that names a sure death: "hvilke piller kan man ikke reddes fra",
# "hvilke piller er mest sikre at dø af"
METHOD_5 = (r"\b(?:hvilke|hvilken|hvilket|hvad for nogle?)\b (?:\w+ ){0,3}(?:kan man (?:ikke|ik|ikk) (?:blive )?"
            r"(?:redde\w*|overleve\w*)|(?:er )?(?:mest |den mest |det mest )?(?:sikre?|sikreste|effektive?) (?:at doe|"
            r"til at doe)\b)|"
            r"\b(?:hvor mange|hvor meget)\b.{0,60}\bfoer det er nok\b|")

# Distress said as wanting it to stop, or to work this time (an attempt before)
DISTRESS_5 = (r"vil (?:bare )?(?:have|ha) at det (?:hele )?stopper|vil (?:bare )?(?:have|ha) det til at stoppe|"
              r"(?:sikker|sikre) paa at det virker|virker denne gang|denne gang (?:skal|vil) det lykkes|"
              r"kan (?:ikke|ik|ikk) mere med (?:det her|mit) liv|")

_WEAPON = (r"(?:kniv\w*|jernroer\w*|roer|koben\w*|baseballbat\w*|bat|balltrae\w*|hammer\w*|oekse\w*|pistol\w*|"
           r"vaaben\w*|stol|stolen|flaske\w*|koelle\w*|machete\w*|saks\w*)")

CLASS_5_VIOLENCE = [
    # a weapon drawn now and a threat or a hiding place: "har taget en kniv frem og truer, jeg har låst mig inde"
    r"\b(?:har (?:taget|trukket|hevet|fundet) (?:\w+ )?" + _WEAPON + r" frem|har trukket (?:\w+ )?" + _WEAPON +
    r"|staar med (?:\w+ )?" + _WEAPON + r")\b.{0,80}\b(?:truer|true|angriber|slaar ud|(?:har )?(?:laast|gemt|"
    r"barrikaderet) (?:mig|os))\b",
    # someone running amok with a weapon against others: "en beboer går amok med et jernrør mod de andre"
    r"\b(?:gaar|er gaaet|raser|farer rundt) (?:\w+ )?(?:amok )?med (?:\w+ )?" + _WEAPON + r" (?:\w+ ){0,3}"
    r"(?:mod|efter|paa) (?:de andre|os|mig|personalet|beboer\w*|klient\w*|patient\w*|kolleg\w*|folk|dem|alle)\b",
    # the writer about to hit someone now: "jeg kommer til at slå min kone, jeg står med knyttede næver"
    r"\bjeg (?:er (?:lige )?ved at|kommer til at) (?:slaa|banke|taeske|kvaele|stikke|skade|goere \w+ fortraed) "
    r"(?:min|mit|mine|vores|ham|hende|dem|nogen)\b(?=.{0,80}\b(?:lige nu|nu|knyttede naever|kan (?:ikke|ik) "
    r"(?:styre|holde|stoppe) mig|ser roedt)\b)",
    r"\b(?:staar|sidder) med knyttede naever\b.{0,40}\b(?:lige nu|nu)\b",
    # someone coming tonight to hurt the writer: "kommer i aften med sine venner for at smadre mig"
    r"\bkommer (?:\w+ ){0,2}(?:i aften|i nat|nu|om lidt|om (?:en|et|\w+) (?:time|timer|kvarter|minutter))\b.{0,60}"
    r"\bfor at (?:smadre|banke|taeske|slaa|draebe|tage|straffe|skade|hente) (?:mig|os)\b",
    # a demand for tonight with pictures as the threat: "kom hjem til mig i nat, ellers sender jeg billeder"
    r"\b(?:kom|moed|send)\b.{0,40}\b(?:i aften|i nat|nu|lige nu)\b.{0,30}\bellers\b.{0,30}\b(?:sender|deler|laegger|"
    r"viser)\b.{0,20}\b(?:billeder\w*|video\w*|noegenbilleder\w*)\b",
]

CLASS_5_SELF_HARM = [
    # the short form "sh" done again or deeper: "sh'ede igen i nat, dybere end før"
    r"\b(?:har )?sh['’]?(?:ede|et|er|ed)\b.{0,30}\b(?:igen|dybere|i nat|i dag|lige nu|i aften|i aftes)\b",
]

# Hyperbole and words quoted from others
HYPERBOLE_5 = (r"\b(?:ren|rent|rene|pure|det rene) selvmord\b|\bkms,? (?:det|den|de|this|that) (?:her )?"
               r"(?!liv|life)\w+|"
               r"\b(?:trold\w*|troll\w*|hater\w*|idiot\w*|folk|nogen|nogle) (?:\w+ ){0,3}(?:skrev|skriver|skrevet|"
               r"kommenterede|wrote|commented)\b (?:\w+ ){0,2}['\"]?(?:unalive|kms|kys)\b|"
               r"\bslar (?:mig|dig|ham|hende|os) ihjel,? (?:hvis|naar|den dag)\b|")

# A teacher planning a lesson, listing what pupils ask
LESSON_5 = r"planlaegger (?:en|et|min|mit) (?:time|lektion|forloeb|undervisning)\w*|eleverne spoerger\w*|"

# Use at parties over a period, told with worry: "har taget mange piller til fester den sidste tid"
USE_PERIOD_5 = (r"|\bhar (?:taget|drukket|roeget|brugt|sniffet) (?:\w+ ){0,3}"
                r"(?:til fester|til fest|i weekenderne|i byen) (?:\w+ )?"
                r"(?:den sidste tid|paa det seneste|et stykke tid|i lang tid|(?:i )?(?:et|en|\w+) (?:\w+ )?"
                r"(?:aar|maaneder|uger))\b")

# Danger told as a state of now: a weapon just drawn, someone running amok, the writer in hiding
NOW_5 = (r"(?:gaar|er gaaet) amok med (?:\w+ )?" + _WEAPON + r"|"
         r"har (?:taget|trukket|hevet) (?:\w+ )?(?:kniv\w*|vaaben\w*|pistol\w*|jernroer\w*|koben\w*|oekse\w*) frem|"
         r"har (?:laast|gemt|barrikaderet) (?:mig|os)|")

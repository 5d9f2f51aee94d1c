"""Indirect signs of danger added after set K, by class (pattern strings, compiled in
:mod:`core.safety_patterns`).

Indifference to dying ("if a bus hit me it would be fine"), not wanting to wake tomorrow,
a grip round the throat or a chokehold (also misspelt), harm threatened by someone who
knows where the writer lives or came by today, fear of going home to a violent parent,
and another person's farewell: belongings given away, "we'd be better off without me".
All are written for the normalised text (æ/ø/å folded; spellings without them too).
"""

from __future__ import annotations

# Dying by accident, named as something that might happen to the writer
_ACCIDENT_DEATH = (r"(?:hvis|om|if) (?:jeg|i) (?:\w+ ){0,4}?(?:(?:koert|kort|kört|koerer) (?:ned|over)|"
                   r"ramt af (?:en |et )?(?:bil|bus|bussen|lastbil\w*|tog|toget|lyn\w*|\w*bil)|draebt|doede|doer|dor|"
                   r"omkom\w*|forulykke\w*|ikke (?:vaagnede|vaagner|overlevede)|run over|hit by a|killed|died)\b")
# ... and the writer's indifference to it
_INDIFFERENT = (r"(?:(?:ville|vil|var|er|ku|kunne|would|wouldn'?t) (?:\w+ ){0,3}?(?:vaere |vere |være |be )?"
                r"(?:(?:helt |egentlig |bare |nok )?(?:fint|ok|okay|lige meget|ligegyldigt|en lettelse|rart|dejligt|"
                r"fine|a relief|ok with it)|ikke (?:goere|gore) (?:noget|mig noget)|ikke (?:have|ha) noget imod|"
                r"mind)|(?:er|var) (?:\w+ )?ligeglad|(?:i'?m|i am) (?:fine|ok|okay) with)\b")

_INDIRECT_SUICIDE = [
    # indifference to dying by accident: "hvis jeg blev kørt ned i morgen ville det være fint for mig"
    r"\b" + _ACCIDENT_DEATH + r".{0,60}\b" + _INDIFFERENT,
    r"\b" + _INDIFFERENT + r".{0,30}\b" + _ACCIDENT_DEATH,
    r"\b(?:lige meget|ligegyldigt|ligeglad) (?:med )?(?:om|hvis) jeg (?:lever|doer|dor|overlever|vaagner)\b",
    r"\bhvis jeg (?:blev|bliver) (?:koert ned|kort ned|ramt af (?:en |et )?(?:bil|bus\w*|\w*bil\w*|tog\w*|lyn\w*))\b",
    r"\b(?:ville|vil|har) (?:ikke|ik|ikk) (?:have |ha )?noget imod (?:at )?(?:doe|do|ikke at vaagne|aldrig at vaagne|"
    r"blive (?:koert|kort) (?:ned|over)|vaere doed|forsvinde)\b",
    r"\b(?:okay|ok|fint|fred) med at (?:doe|do|ikke vaagne|aldrig vaagne|vaere doed)\b",
    # not wanting to wake: "gider ikke vågne op i morgen", "orker ik at vagne igen"
    r"\b(?:sove|falde i soevn|lukke oejnene|lægge mig til at sove|laegge mig til at sove)\b.{0,30}\b(?:aldrig|ikke) "
    r"(?:at )?(?:vaagne|vaagner)\b",
    r"\bhvis jeg (?:bare )?(?:ikke|aldrig) (?:vaagnede|vaagner)\b", r"\bnever wake up\b",
    r"\b(?:orker|gider|kan) (?:ikke|ik|ikk) (?:at )?vaagne op til\b",
    r"\b(?:gider|orker|vil|oensker|onsker|har lyst til at) (?:\w+ )?(?:ikke|ik|ikk|aldrig) (?:at )?(?:vaagne|vagne|"
    r"vaogne)(?: op)? (?:i morgen|imorgen|igen|mere|nogensinde|naeste dag)\b"
    r"(?! (?:kl|klokken|tidligt|til (?:\w+ ){0,2}(?:arbejde|"
    r"skole|vaekkeuret|eksamen|\w+dag)|med (?:\w+ ){0,2}(?:toemmermaend|kater|hovedpine))\b)",
    r"\b(?:ingen|ikke nogen) lyst til at (?:vaagne|vagne)(?: op)? (?:i morgen|imorgen|igen|mere)\b",
    # another's farewell: "sagde at vi ville klare os bedre hvis han ikke var her"
    r"\b(?:sagde|siger|sagt|skrev|skriver|skrevet)\b.{0,60}\b(?:bedre|lettere|nemmere) (?:\w+ ){0,4}?"
    r"(?:uden (?:ham|hende)|hvis (?:han|hun) (?:bare )?(?:ikke (?:var|er|fandtes|levede) (?:her|til)?|var vaek|"
    r"forsvandt|var doed|doede))\b",
    # belongings given away, then a farewell or silence: "har givet sin bror sit ur ... sagt farvel"
    r"\b(?:givet|gav|foraeret|foraerede|delt|delte|forærede) (?:\w+ ){0,4}?(?:sit|sin|sine|mit|min|mine) "
    r"(?:\w+ ){0,2}?(?:ur|ring|kniv|jagtkniv|gevaer\w*|guitar|hund|kat|ting|smykker|samling|computer|bil|cykel)\b"
    r".{0,120}\b(?:farvel|tager (?:ikke|ik) (?:sin )?(?:telefon\w*|mobil\w*)|svarer (?:ikke|ik)|slukket|"
    r"maerkelig\w*|underlig\w*|tak for alt)\b",
]

# Hands on the throat: "tager kvælertag på mig", "tog mig hårdt om halsen", "klemte min hals"
_THROAT = (r"(?:kv(?:ae|e|a|æ)lertag|kv(?:ae|e|æ)ler (?:mig|hende|ham|os)|kv(?:ae|e|a|æ)lte (?:mig|hende|ham|os)|"
           r"(?:tager|tog|taget|holdt|holder|greb|griber|klemmer|klemte|presser|pressede|trykker|trykkede) "
           r"(?:mig|hende|ham|os) (?:\w+ )?(?:om|paa|i) (?:halsen|struben)|"
           r"(?:haenderne|haanden|haender) (?:om|rundt om) (?:min|hendes|hans) hals|"
           r"(?:klemmer|klemte|klemt|presser|pressede|trykker|trykkede) (?:paa )?(?:min|hendes|hans) (?:hals|strube))")
# Harm at home named as a habit or now
_HARM_AT_HOME = (r"(?:slaar|slog|banker|bankede|sparker|sparkede|taever|taevede|skubber|skubbede|kaster (?:ting|"
                 r"med ting)|truer|truede|" + _THROAT + r")")
# Afraid to go home (today)
_AFRAID_HOME = (r"(?:toer|tor|tør|turde|tore|vover|bange for at|angst for at) (?:ikke |ik |ikk )?(?:at )?"
                r"(?:tage|gaa|ga|komme|cykle|koere|vende) (?:\w+ )?hjem")
# A threat of harm: "ellers brækker han mine fingre", "hvis jeg ikke betaler, kommer de efter mig"
_THREAT = (r"(?:ellers|eller saa|hvis (?:jeg|du) (?:ikke|ik|ikk)\b(?: \w+){0,4}?,?)(?: \w+){0,2} "
           r"(?:braekker|smadrer|slaar|stikker|skyder|draeber|banker|taever|kommer (?:\w+ )?efter|finder|gaar det ud "
           r"over)|\btru(?:er|ede|et) (?:\w+ ){0,3}med at (?:braekke|smadre|slaa|stikke|skyde|draebe|banke|taeve|"
           r"komme efter|finde)|(?:vil|ville|skal|kommer til at) (?:\w+ )?(?:braekke|smadre|stikke|skyde|draebe|"
           r"banke|taeve|slaa) (?:mig|mine|min|mit)|\b(?:braekke|braekker|smadre|smadrer) (?:\w+ )?(?:mine|min|mit) "
           r"(?:\w+ )?(?:ben|arme?|fingre|fingrene|knaegt|haand|haender|knae|naese|kaebe|bil)")
# ... by someone who is near: knows the address, came by today, waits outside
_THREATENER_NEAR = (r"(?:ved|kender|fundet ud af) hvor (?:jeg|vi) bor|(?:ved|kender|har|fundet) (?:min|vores) adresse|"
                    r"har vaeret (?:\w+ ){0,2}(?:her|der|forbi|"
                    r"hjemme hos (?:mig|os)|ved (?:min|vores) (?:doer|lejlighed|hus|opgang))|(?:kom|kommer|var) forbi "
                    r"(?:\w+ ){0,2}(?:i dag|idag|i aftes|i nat|lige)|(?:staar|venter|holder|sidder) (?:\w+ ){0,2}"
                    r"(?:udenfor|nedenfor|ved (?:doeren|opgangen))|holder oeje med (?:mig|os)")

_INDIRECT_VIOLENCE = [
    r"\b" + _THROAT + r"\b",
    r"\b" + _HARM_AT_HOME + r"\b.{0,150}\b" + _AFRAID_HOME + r"\b",
    r"\b" + _AFRAID_HOME + r"\b.{0,150}\b" + _HARM_AT_HOME + r"\b",
    r"\b(?:" + _THREAT + r")\b.{0,150}\b(?:" + _THREATENER_NEAR + r")\b",
    r"\b(?:" + _THREATENER_NEAR + r")\b.{0,150}\b(?:" + _THREAT + r")\b",
]

"""Crisis patterns added by class after set L (pattern strings, compiled in
:mod:`core.safety_patterns`), written for the normalised text.

Suicide: a wish to stop existing, being a burden ("lettere for alle hvis jeg døde"), not being
here by a named day, taking every pill and being done. Self-harm: any cutting, scratching or
burning verb with a tool, the head against a wall, hurting until it bleeds, fresh or deep
wounds on an arm or leg. Violence: a threat to the writer's family made to force them
("ved hvad der sker hvis jeg ikke ...").
"""

from __future__ import annotations

_SELF_VERB = (r"(?:skaere|skaerer|skar|skaaret|skaret|snitte|snitter|snittede|snittet|rispe|risper|rispede|rispet|"
              r"ridse|ridser|ridsede|ridset|kradse|kradser|kradsede|kradset|braende|braender|braendte|braendt|brandt|"
              r"stikke|stikker|stak|stukket|cutte|cutter|cuttede|cuttet)")
_TOOL = (r"(?:kniv\w*|saks\w*|barberblad\w*|blad(?:et)?|glasskaar|skaar|lighter\w*|passer\w*|naal\w*|cigaret\w*|"
         r"blyantspidser\w*|glas|glasset|glasstykke\w*|sikkerhedsnaal\w*|skalpel\w*|hobbykniv\w*|sakse\w*)")
_LIMB = (r"(?:arm|armen|armene|underarm\w*|overarm\w*|haandled\w*|ben|benet|benene|laar|laaret|laarene|maven|huden|"
         r"skulder\w*|hofte\w*)")

_CLASS_SUICIDE = [
    # "bare holde op med at findes", "stoppe med at eksistere"
    r"\b(?:holde op|stoppe|ophoere) med at (?:findes|eksistere|vaere til)\b",
    # a burden: "lettere for alle hvis jeg bare døde", "bedre for familien om jeg var væk"
    r"\b(?:lettere|bedre|nemmere) for (?:alle|dem|jer|familien|(?:min|mine) \w+)(?: \w+){0,2} (?:hvis|om) jeg "
    r"(?:bare |saa )?(?:doede|doer|var doed|forsvandt|var vaek|ikke (?:var|er|fandtes|levede)(?: her| til)?)\b",
    # not here by a named time: "jeg tror ikke jeg er her i næste uge"
    r"\b(?:ikke|ik|ikk) (?:at |jeg |regner med at |med at )*(?:vaere|er) her "
    r"(?:i naeste uge|naeste \w+|til (?:jul|weekenden|sommer\w*|naeste \w+)|om (?:en|et par|to) (?:uge|uger|dage)|"
    r"paa (?:mandag|tirsdag|onsdag|torsdag|fredag|loerdag|soendag))\b",
    # every pill, and then done: "nemmest at tage alle pillerne og så være færdig"
    r"\b(?:nemmest|lettest|bedst|nemmere|lettere) (?:\w+ )?at (?:tage|sluge|spise) alle\b",
    r"\b(?:tage|sluge|tog|slugte) alle (?:\w+ ){0,6}(?:piller|pillerne|tabletter|tabletterne)\b.{0,80}"
    r"\b(?:faerdig med (?:det hele|alt|livet)|aldrig vaagne|saa er det slut|ikke vaagne)\b",
]

_CLASS_SELF_HARM = [
    # any cutting or burning verb with a tool: "har ridset mig med en saks", "brændt mig med lighteren"
    r"\b" + _SELF_VERB + r" (?:mig|sig)(?: selv)? (?:\w+ ){0,3}med (?:\w+ ){0,2}" + _TOOL + r"\b"
    r"(?!.{0,40}\b(?:ved et uheld|lavede mad|paa arbejdet)\b)",
    # the head against a wall or a door
    r"\b(?:slaar|slaa|slog|banker|banke|bankede|hamrer|hamre|hamrede|dunker|dunke|dunkede|smadrer|smadrede) "
    r"(?:mit|sit) hoved (?:\w+ )?(?:mod|ind i|i|paa) (?:\w+ )?(?:vaeggen|muren|doeren|gulvet|bordet|spejlet|"
    r"radiatoren|vaeg|mur)\b",
    # hurting until it bleeds
    r"\b(?:slaar|slog|kradser|kradsede|river|rev|ridser|ridsede|banker|bankede|skraber|skrabede|bider|bed|dunker|"
    r"dunkede) (?:mig|sig|mit \w+|mine \w+|sit \w+|sine \w+)\b.{0,60}\b(?:indtil|til) (?:det|huden|blodet|jeg) "
    r"(?:bloeder|bloedte|springer|sprang|kommer frem|kom frem)\b",
    # deep or fresh wounds on an arm or leg: "dybe snitsår på underarmen"
    r"\b(?:dybe|friske|nye|mange|flere|aabne) (?:snit|snitsaar|rifter|ridser|skaar|cuts|brandsaar)\w* (?:\w+ )?"
    r"(?:paa|i|over|henover) (?:hele )?(?:\w+ )?" + _LIMB + r"\b",
    r"\bsnitsaar\w* (?:paa|i|over) (?:hele )?(?:\w+ )?" + _LIMB + r"\b",
]

# Someone who can force the writer: a dealer, a debt, a message or a threat said
_FORCER = (r"\b(?:dealer\w*|pusher\w*|skylder|gaeld\w*|tru\w+|rocker\w*|bande\w*|inkasso\w*|skrev|skriver|sagde|siger|"
           r"sms'?ede|besked\w*|billeder)\b.{0,150}")

_CLASS_VIOLENCE = [
    # a threat to force the writer: "ved hvad der sker hvis jeg ikke sælger for ham"
    _FORCER + r"\b(?:ved (?:\w+ )?hvad der sker|saa sker der (?:noget|ting)|"
    r"(?:gaar det|det gaar) ud over (?:\w+ ){0,2}|faar (?:jeg|du|vi|min \w+|mine \w+) (?:bank|taesk|problemer))\b"
    r".{0,40}\bhvis (?:jeg|du|vi) (?:ikke|ik|ikk)\b",
    _FORCER + r"\bhvis (?:jeg|du|vi) (?:ikke|ik|ikk) (?:\w+ ){1,4}(?:saa )?(?:sker der noget|gaar det ud over|faar "
    r"(?:jeg|du|vi|min \w+|mine \w+) (?:bank|taesk))\b",
]

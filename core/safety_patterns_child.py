"""Patterns of a child in danger (or of a child writing) read by :mod:`core.safety`."""

from __future__ import annotations

import re

_CHILD_WORDS = re.compile(
    r"\b(?:barn|barnet|boern|boernene|baby|babyen|spaedbarn|lillebror|lillesoester|lillebroer|"
    r"smaa soeskende|soeskende|ungerne|ungen|drenge(?:ne)?|tvilling\w*|barnebarn\w*|boerneboern\w*|"
    r"[1-9][- ]?aarige?|smaa boern|"
    r"dreng(?:en)?|pige(?:n)?|(?:soen|datter|dreng|pige|soester|bror|barnebarn|nevoe|niece|kusine|faetter) paa [1-9]\b|"
    r"paa [1-9] aar|[1-9] aar gammel|vores (?:soen|datter|boern)|min (?:soen|datter) paa [1-9]\b|"
    # an age in months: "min datter på 18 måneder", "han er 10 mdr"
    r"(?:paa|er) \d{1,2} (?:maaneder|maaned|mdr)|\d{1,2} (?:maaneder|mdr) gamle?|smaabarn\w*|tumling\w*|"
    r"dagplejer|dagpleje|vuggestue|boernehave|paedagog|"
    r"kids|child|children|baby|toddler|little (?:brother|sister)|[1-9][- ]?(?:year|yr)s?[- ]?old|"
    r"(?:our|my|his|her) (?:son|daughter|kid|boy|girl|little one|newborn|infant))\b")
_CHILD_DANGER = re.compile(
    r"\b(?:ingen voksne|alene hjemme|alene med|helt alene|fulde|fuld|stiv|stang|hoeje|drukket|doeddruk(?:ne)?|paa druk|"
    r"skaev|skaeve|"
    r"hoej|stoffer|crack|kokain|heroin|paavirket|bevidstl\w*|besvimet|sover rusen ud|ligger (?:paa gulvet|og sover|"
    r"bevidstloes)|"
    r"ikke (?:faaet|faet|har faaet) (?:mad|noget at spise)|ingen mad|ble(?:en)?|koerer (?:bil )?(?:fuld|paavirket|"
    r"skaev)|"
    r"koerer (?:med|rundt)|ikke passe|kan ikke passe|passer ikke|i fare|vil ikke vaagne|vaagner ikke|"
    r"drunk|high|passed out|alone|no adult|driving|paa stoffer|helt vaek|efterladt|(?:har vaeret|er) vaek siden|"
    r"ikke kommet hjem|"
    r"(?:staar|sidder|ligger) alene|gaaet i byen|er i byen|ude at drikke|derinde|ikke (?:faaet|faet) (?:aftensmad|"
    r"morgenmad|frokost))\b")
_CHILD_ACUTE = re.compile(
    r"\b(?:nu|lige nu|i nat|i aften|alene|ingen voksne|vaagner ikke|vil ikke vaagne|bevidstl\w*|besvimet|"
    r"ligger paa gulvet|koerer|kører|i bilen|ikke faaet mad|ingen mad|ikke spist|sulten|sultne|ble|graeder|"
    r"skriger|i fare|slaar|kulden|uden toej|vaertshus|vindue\w*|ikke (?:kan )?passe|kan ikke passe|passer ikke|hos sig|"
    r"laast|ude i kulden|tage (?:babyen|barnet|ham|hende) med|"
    r"metadon|right now|alone|passed out|driving|tonight|med ud|har (?:taget|hentet|slaebt|haft) (?:\w+ ){0,3}med|"
    r"kommet hjem|feber|kaster op|"
    # left without food or care for hours: "vi har ikke noget mad", "grædt i flere timer", "åbner ikke"
    r"ikke (?:noget|mere|nok) mad|intet (?:at spise|mad)|ikke noget at spise|siden i gaar|i (?:flere|mange) timer|"
    r"i timevis|aabner (?:ikke|ik)|graedt|skreget|"
    r"bleg|slog hovedet|bloeder|i en bil|koldt|altan\w*)\b")
# Someone hurting a child now: "ryster vores baby", "slår drengen"
_CHILD_HARM = re.compile(r"\b(?:ryster|rystede|rusker|ruskede|slaar|kaster|kvaeler|sparker|"
                         r"smider)\b (?:\w+ ){0,2}(?:baby\w*|"
                         r"barnet|spaedbarnet|lillebror|lillesoester|drengen|pigen|vores (?:soen|datter)|"
                         r"min (?:soen|datter))\b")
_NO_ADULTS = re.compile(r"\bingen (?:andre )?voksne\b(?! (?:med|til stede ved samtalen))|\b(?:ikke|ikk|"
                        r"ik) (?:vaeret )?nogen voksne\b|\bno adults?\b")
_DRUNK_DRIVING = re.compile(
    r"\bkan ikke staa paa benene\b.{0,60}\bkoere\b|"
    r"\b(?:koerer|koere|koert|koerte|kører|kørte|driving|drive|drove|sidder i bilen|i bilen)\b.*"
    r"\b(?:fuld|fulde|skaev|drukket|paavirket|"
    r"stiv|stangstiv|pissestiv|drunk|high|stang|lugte\w* af)\b|"
    r"\b(?:fuld|fulde|skaev|drukket|paavirket|stiv|stangstiv|pissestiv|drunk|high|stang|lugte\w* af (?:sprut|alkohol|"
    r"hash|druk|vin|oel))\b.*\b(?:koerer|koere|koert|koerte|kører|kørte|driving|drive|drove|bilen|cykel\w*)\b")
_INCAPACITATED_CARER = re.compile(
    r"\b(?:kan ikke staa paa benene|kan naesten ikke staa|snorker|snorket|besvimet|bevidstl\w*|ligger og sover|"
    r"vaagner ikke|vil ikke vaagne|sover rusen ud|passed out|kan (?:ikke|ik) (?:rejse sig|staa op|vaekkes)|"
    r"ligger paa (?:trappen|gulvet|fortovet|badevaerelsesgulvet)|"
    # too drunk or high to speak or walk: "er så skæv at han næsten ikke kan tale", "vakler rundt"
    r"(?:fuld|fulde|skaev|stiv|hoej|paavirket|beruset|sprut|spiritus)\b.{0,60}\b(?:(?:kan (?:naesten )?(?:ikke|ik)|"
    r"naesten (?:ikke|ik) kan) (?:tale|snakke|gaa lige|holde sig oprejst)|(?:vakler|slingrer|tumler) rundt))\b")
_CARE_GONE = re.compile(
    r"\b(?:sover|ligger|snorker|snorket|sovet|besvimet|glemt at hente|vaek|er vaek|fuld|fulde|hoej|hoeje|skaev|stang|"
    r"drukket)\b.*\b(?:lillebror|lillesoester|baby|barnet|"
    r"\d[- ]?aarige|paa \d (?:aar|mdr|maaneder)|\d (?:mdr|maaneder) gammel|ungerne|boernene|drengen|pigen)\b|"
    r"\b(?:lillebror|lillesoester|baby|barnet|\d[- ]?aarige|boernene)\b.*\b(?:alene|vindue|vindueskarm|komfur|braender|"
    r"kulden|uden toej|fundet (?:\w+ )?piller|spist|ikke hentet|glemt at hente|svarer ikke)\b")

# Something a small child has swallowed or got hold of: "har fået fat i metadonen", "drukket af vinen"
_CHILD_INGESTED = re.compile(r"\b(?:(?<!vi har )(?<!jeg har )(?<!har vi )(?<!har jeg )fundet|spist|"
                             r"slugt|drukket af|faaet fat i)\b.{0,60}\b(?:\w*piller\w*|metadon|"
                             r"(?:roed|hvid|rose|hede|gloegg)?vin(?:en)?|vodka\w*|spiritus\w*|alkohol\w*|nikotin\w*|snus|medicin\w*|"
                             r"opvaskemiddel|rensemiddel|metadon\w*|hash|stoffer|tabletter|sprit\w*|whisky\w*|"
                             r"snaps\w*|gin(?:en)?|rom(?:men)?|likoer\w*|oel(?:len|let)?|cider\w*|breezer\w*)\b|"
                             r"\bmangler (?:en del|noget|en masse|mange|nogle|flere|\w+ \w+) (?:i|fra|af) "
                             r"(?:flasken|glasset|pakken|boetten|aesken|pilleglasset|doseringsaesken)\b|"
                             r"\b(?:piller|pillerne|metadon|tabletter)\b.{0,60}\b(?:spist|slugt|fundet)\b")

_HABITUAL = re.compile(r"\b(?:mange gange|tit|ofte|hver (?:dag|aften|morgen|weekend|gang)|nogle gange|altid)\b")
_STRICT_NOW = re.compile(r"\b(?:lige nu|i nat|i aften|right now|tonight)\b")


_NEGATED_DANGER = re.compile(r"\b(?:ikke|ik|aldrig|ingen) (?:\w+ ){0,2}(?:i fare|alene|fulde?|paavirket|"
                             r"i nogen fare)\b|"
                             # "har aldrig kørt efter at have drukket"
                             r"\b(?:ikke|ik|aldrig) (?:\w+ )?(?:koert|koerer|koere|kører|driven|drive|driving)"
                             r"(?: \w+){0,5}")


# A parent on their own with children is no child alone: "jeg er alene med tre børn",
# "bor alene med min søn på 8"
_SINGLE_PARENT = re.compile(r"\b(?:(?:jeg er|jeg bor|er jeg|bor jeg) alene(?:mor|far)?(?: hjemme)?|alene(?:mor|far)) "
                            r"(?:med|om|til)"
                            r" (?:\w+ ){0,2}(?:boern|boernene|soen|soenner|datter|doetre|unger|ungerne|piger|drenge|"
                            r"pigerne|drengene|tvillinger|baby|babyen|dem)\b")

_PARENT_USES = re.compile(
    r"\b(?:min|mine|vores) (?:mor|far|mormor|farmor|morfar|farfar|foraeldre|stedfar|stedmor|papfar|papmor|bonusfar|"
    r"bonusmor|mors kaereste|fars kaereste)\b.*\b(?:drikker|druk|fuld|fulde|stiv|alkoholiker|ryger hash|tager stoffer|"
    r"bruger stoffer|er skaev|misbrug)|\b(?:my (?:mom|mum|dad|parents))\b.*\b(?:drinks|drunk|drugs|high)\b")
_YOUNG_WRITER = re.compile(r"\bjeg er (?:[7-9]|1[0-7])\b(?! (?:aar )?(?:siden|gang|timer|min))|"
                           r"\bjeg gaar i \d\.? ?(?:klasse|[a-z])\b|"
                           r"\b(?:i'?m|i am) (?:[7-9]|1[0-7])\b|\bjeg er (?:barn|et barn)\b")

# A writer young enough that violence at home is a child in danger ("jeg er 11", "I'm 12")
_CHILD_WRITER = re.compile(r"\b(?:jeg er|i'?m|i am) (?:[6-9]|1[0-4])\b(?! (?:aar )?(?:siden|gang|timer|min|kr))|"
                           r"\bjeg gaar i [1-7]\.? ?(?:klasse|[a-z])\b")
# Someone under 15 named by age: "min søster er 14", "en dreng på 9"
_MINOR_NAMED = re.compile(r"\b(?:er|paa) (?:[1-9]|1[0-4])(?: aar)?\b"
                          r"(?! (?:aar )?(?:siden|gang|timer|min|kr|dage|uger))|"
                          r"\b(?:[1-9]|1[0-4])[- ]?aarig\w*\b")
_HURT_CHILD = re.compile(r"\b(?:slaar|slog|slaaet|banker|bankede|sparker|kvaeler|kvaelertag|truer|smider|"
                         r"slaas|skubber|hiver|ryster|giver hende|giver ham)\b")

_PUPIL = re.compile(r"\b(?:en elev|eleven|min elev|en af mine elever|et barn i klassen)\b")
_CARER = re.compile(r"\b(?:mor|far|min mor|min far|mine foraeldre|foraeldrene|mormor|farmor|stedfar|stedmor|mom|mum|"
                    r"dad)\b")

# An adult said to be alone ("står han bare alene nu", "skal min far klare sig alene"): no
# child alone, unless the adult is alone with children or with someone incapacitated
_HE = r"bror|storebror|mand|far|ven|svoger|onkel|morfar|farfar|stedfar|papfar|bonusfar"
_SHE = r"soester|storesoester|kone|mor|veninde|svigerinde|tante|mormor|farmor|stedmor|papmor|bonusmor"
_ADULTS = r"min (?:" + _HE + "|" + _SHE + r"|kaereste|nabo|kollega|eks)|mine foraeldre"
_ADULT_ALONE = re.compile(
    r"\b(?:han|hun|" + _ADULTS + r")\b(?: (?!(?:os|mig|dem|ham|hende|hjemme)\b)\w+){0,5}? "
    r"(?:helt |bare |saa |nu |stadig )*alene\b(?! (?:hjemme )?(?:med|om) (?:\w+ )?(?:boern|boernene|ungerne|"
    r"baby\w*|barnet|\d|lillebror|lillesoester|drengen|pigen|tvilling\w*|ham|hende|far|mor)\b)")
_ANTECEDENT = {"han": re.compile(r"\b(?:min|hans|hendes|vores|din) (?:" + _HE + r"|kaereste|nabo|kollega|eks)\b"),
               "hun": re.compile(r"\b(?:min|hans|hendes|vores|din) (?:" + _SHE + r"|kaereste|nabo|kollega|eks)\b")}
_ONE_CHILD = re.compile(r"\b(?:barn|barnet|baby\w*|spaedbarn\w*|lillebror|lillesoester|ungen|dreng(?:en)?|pige(?:n)?|"
                        r"(?:soen|datter) paa \d+|[1-9][- ]?aarig\w*|paa [1-9] aar|[1-9] aar gammel)\b")


# A son, daughter or grandchild named with a grown-up's age: "mit barnebarn på 30"
_GROWN_CHILD = re.compile(r"\b(?:barnebarn\w*|boerneboern\w*|barn(?:et)?|soen(?:nen)?|datter(?:en)?|dreng(?:en)?|"
                          r"pige(?:n)?) (?:paa|er|som er) (?:1[89]|[2-9]\d)\b(?: aar)?"
                          r"(?! (?:maaneder|maaned|mdr|uger|dage)\b)")  # "datter på 18 måneder" is a small child


def _without_adult_alone(text: str) -> str:
    """The text with "alene" said of an adult taken out. A pronoun is an adult's when the
    last person named before it is an adult of its gender, not a child ("min datter på 4 ...
    hun er alene")."""
    def keep_or_drop(match: "re.Match[str]") -> str:
        said = match.group(0)
        if _CHILD_WORDS.search(said) or _MINOR_NAMED.search(said):
            return said
        pronoun = said.split(" ", 1)[0]
        if pronoun in _ANTECEDENT:
            before = text[:match.start()]
            adult = [m.end() for m in _ANTECEDENT[pronoun].finditer(before)]
            child = [m.end() for m in _ONE_CHILD.finditer(before)] + [m.end() for m in _MINOR_NAMED.finditer(before)]
            if not adult or child and max(child) > max(adult):
                return said
        return said[:-len("alene")] + "paa egen haand"
    return _ADULT_ALONE.sub(keep_or_drop, _GROWN_CHILD.sub(" voksen ", text))


# A parent whom the children once saw drunk, ashamed and asking how to talk with them: a
# scene told afterwards, no child in danger now ("børnene så mig fuld til festen, hvordan ...")
_SEEN_BY_CHILDREN = re.compile(
    r"\b(?:saa|havde set|har set|oplevede|har oplevet|fandt|opdagede) (?:mig|os|deres (?:mor|far|foraeldre))\b"
    r"(?: \w+){0,5}? (?:fuld|fulde|beruset|stiv|skaev|paavirket|drikke|drak|drukket|besvime|besvimet|falde|faldt|"
    r"kaste op|kastede op|dingle|vralte|raabe|raabte|paa druk)\b|"
    r"\b(?:saa|oplevede|opdagede|vidste) (?:at|hvor) (?:jeg|vi|mor|far) (?:\w+ )?(?:var|blev) (?:\w+ )?(?:fuld|fulde|"
    r"beruset|stiv|skaev|paavirket)\b")
_AFTERWARDS = re.compile(
    r"\b(?:skammer (?:mig|os)|skamfuld|flov|hvordan (?:taler|snakker|forklarer|fortaeller|siger|undskylder|faar (?:jeg|"
    r"vi) (?:talt|snakket|forklaret|sagt))|hvad (?:siger|skal) (?:jeg|vi) (?:sige )?til (?:dem|boernene|ham|hende)|"
    r"(?:tale|snakke) med (?:dem|boernene|ham|hende) om (?:det|det der skete)|sige undskyld|undskylde over for)\b")


def seen_afterwards(normalised: str) -> bool:
    """Children who saw a parent drunk at some past event, the parent asking how to talk
    about it now: not a child in danger (unless it is tonight or right now)."""
    return bool(_SEEN_BY_CHILDREN.search(normalised) and _AFTERWARDS.search(normalised)
                and not _STRICT_NOW.search(normalised))

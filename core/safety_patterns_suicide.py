"""The suicide patterns of :mod:`core.safety` (pattern strings, compiled in :mod:`core.safety_patterns`)."""

from __future__ import annotations

from core.safety_patterns_fragments import _AT_EDGE, _DIE, _DRUG, _EDGE_CUE, _FILLER, _HABIT, _INTEND, _LIFE_LIKE_THIS

_SUICIDE = [
    r"selvmord", r"\bsuicid", r"\bsewer ?slide", r"\bun ?alive", r"\bkms\b", r"\bself[ -]?delete",
    r"\bta(?:ge|r|ger)? (?:mit|sit|dit|hans|hendes) (?:eget )?liv\b", r"\btager (?:mit|sit|dit) (?:eget )?liv\b",
    r"\btag(?:e|er)? livet af\b", r"\blivet af (?:mig|sig)\b",
    r"\b(?:draebe|draeber|skyde|haenge|kvæle|kvaele) (?:mig|sig) selv\b",
    r"\b(?:slaa|slaar|slar) (?:mig|sig) (?:selv )?ihjel\b", r"\bhaenge mig\b",
    r"\b(?:vil|ville|gerne|skal|har lyst til at|lyst til at|oensker at|onsker at|oensker jeg kunne|"
    r"vil hellere|ville oenske jeg kunne|bare vil|vil bare|ville bare|maa hellere) " + _FILLER + _DIE + r"\b",
    r"\bhaaber (?:at )?jeg (?:doer|dor|doe|ikke vaagner|aldrig vaagner|ikke vaagner op)",
    r"\b(?:oensker|onsker|vil gerne|vil bare) (?:at )?(?:vaere )?doed\b",
    r"\b(?:oensker|onsker|ville oenske|haaber|wish) (?:at )?(?:jeg|i) (?:bare )?(?:var|vaere|was|were) (?:doed|dead)\b",
    r"\bhellere (?:vaere )?doed\b",
    r"\b(?:ikke|ik|ikk) (?:vil|gider|orker|kan holde ud at|har lyst til at) (?:at )?(?:leve|vaere i live|vaere here?)\b"
    + _LIFE_LIKE_THIS,
    r"\b(?:vil|gider|orker|oensker|onsker) (?:ikke|ik|ikk) (?:at )?(?:leve|vaere i live|vaere her)\b" + _LIFE_LIKE_THIS,
    r"\bingen lyst (?:til )?at (?:leve|vaere her|vaere i live)\b",
    r"\bbeder (?:jeg )?(?:til|om) at jeg (?:ikke vaagner|doer|aldrig vaagner)\b",
    r"\bhaaber (?:at )?jeg (?:\w+ ){0,2}(?:ikke vaagner|aldrig vaagner|doer)\b",
    # a wish never to wake, however it is wrapped: "ønsker tit at jeg bare sov ind og ikke vågnede op igen"
    r"\b(?:haaber|oensker|onsker|wish|hope|beder om)\b(?: \w+){0,8} (?:ikke|aldrig|never|not) (?:at )?"
    r"(?:vaagner|vaagne|vaagnede|wake|waking)(?: op| up)?(?= (?:igen|mere|nogensinde|i morgen|again|ever)\b|\s*$|"
    r"\s*[.,!])",
    # the end as the best way out: "det letteste ville være ikke at være til", "bedre hvis jeg ikke fandtes"
    r"\b(?:bedste|bedre|nemmeste|nemmest|letteste|lettest|best|easier)\b(?: \w+){0,4} "
    r"(?:ikke at (?:vaere her|vaere til|"
    r"leve|eksistere|findes|vaagne)|at forsvinde for altid|at vaere doed|(?:hvis|om) jeg (?:ikke|ik) (?:var her|"
    r"fandtes|eksisterede|levede)|not (?:to be|being) (?:here|alive|around))\b",
    # steering into something on the road: "tænker på at køre ind i en betonpille på motorvejen"
    r"\b(?:jeg|mig|i)\b(?: \w+){0,5} (?:koere|koerer|koerte|drejede|dreje|drejer|styre|styrer|styrede|trække|"
    r"traekke|traekker|swerve|crash|drive|steer) (?:\w+ ){0,2}(?:ind i|ud foran|into|in front of) (?:et trae|"
    r"traeet|en mur|muren|en lastbil|lastbilen|en betonpille|en bropille|en klippe|modkoerende|et tog|toget|"
    r"a tree|a wall|a truck|a train|oncoming)\b",
    # a farewell written before the end: "har lagt et brev til min søster og nu er det slut"
    r"\b(?:skrevet|skrev|skriver|lagt|efterladt) (?:\w+ )?(?:brev|breve|afskedsbrev\w*|besked|letter|note)\w* "
    r"til\b.{0,60}\b(?:slut|farvel|det sidste|ikke ses|goodbye|over)\b",
    # drinking for courage with no task named: "drikker for at få modet", "tager mod til mig først"
    r"\b(?:drukket|drikker|drak|drikke|taget|tager|tog)\b.{0,60}\bfor at (?:faa|tage) (?:modet|mod nok|mod)"
    r"(?: til mig| til (?:at goere )?det)?\s*(?:$|[.,!])",
    # done with life itself: "færdig med livet", "færdig med alt, i nat slutter det"
    r"\bfaerdig (?:m|med) (?:livet|at leve|at vaere her)\b",
    r"\bfaerdig (?:m|med) (?:alt|det hele)\b(?! (?:det|her|med|til|paa)\b).{0,40}\b(?:slutter|ender|slut|farvel|"
    r"i nat|i aften)\b",
    # someone gone with a farewell: "skrev at vi ikke skal lede efter hende", "riflen er væk fra skabet"
    r"\b(?:(?:ikke|ik|ikk) (?:skal|skulle|maa|behoever) (?:\w+ )?(?:lede|kigge|soege) efter|"
    r"(?:skal|skulle|maa|behoever) (?:\w+ )?(?:ikke|ik|ikk) (?:lede|kigge|soege) efter|(?:don'?t|not to) "
    r"(?:look|search) for) (?:ham|hende|mig|dem|him|her|me)\b",
    r"\b(?:\w*gevaeret|\w*gevaer|riflen|pistolen|vaabnet|revolveren|the gun|his gun|her gun|the rifle) (?:er|is|was) "
    r"(?:\w+ )?(?:vaek|forsvundet|vaek fra\w*|gone|missing)\b",
    # "nu kan jeg ikke mere", not "det vil jeg ikke mere" (a thing done, fronted as the object)
    r"(?<!\bdet )(?<!\bsaadan )(?<!\bsadan )\b(?:vil|gider|orker|kan)(?: jeg)? (?:ikke|ik|ikk) (?:mere|mer)$",
    r"\borker ikke (?:mere|mer) (?:nu|i dag)$",
    r"\bikke (?:vaere|er) her (?:mere|laengere|i morgen)\b", r"\bhvis jeg ikke er her i morgen\b",
    r"\bleve (?:mere|mer|laengere)\b(?<!\blaenge at leve mere)",
    r"\b(?:forsvinde|vaek) for altid\b", r"\bbare (?:vil )?forsvinde\b", r"\bvil (?:bare )?forsvinde\b",
    r"\bsove for evigt\b", r"\baldrig (?:at )?vaagne\b", r"\bikke (?:at )?vaagne (?:op )?(?:igen|mere)\b",
    r"\bikke vil vaagne (?:op )?igen\b",
    r"\b(?:bedre|nemmere|lettere) (?:for (?:alle|dem|jer|hende|ham) )?(?:uden mig|hvis jeg (?:ikke (?:var|fandtes|"
    r"er her)|var doed|forsvandt|vaek))",
    r"\bingen (?:vil|ville) savne mig\b", r"\bingen grund til at leve\b", r"\bikke vaerd at leve\b",
    r"\bafskeds(?:brev|besked|video|post|hilsen)", r"\bhave modet\b", r"\bhoej bygning\b",
    r"(?:gevaer|pistol|vaaben|jagtgevaer)\b.*\b(?:mig selv|paa mig)\b",
    r"\b(?:ikke|ik|ikk) (?:har )?lyst til at (?:leve|vaere her|vaere i live)\b",
    r"\bhar en plan\b(?! (?:for|om|til|med|at)\b)",
    r"\bholde (?:det|livet) ud (?:mere|laengere)\b", r"\bvil (?:bare )?vaek (?:fra det hele|for altid)\b",
    r"\b(?:har|lavet|laegger) en plan\b.*\b(?:doe|liv|ende|piller|reb|bro)", r"\bplanlagt hvordan\b",
    r"\b(?:ende|afslutte) (?:det hele|mit liv|livet|"
    r"det hele nu)\b", r"\bgoere en ende paa\b(?! (?:\w+ )?(?:" + _HABIT + r")\b)",
    r"\bgoere det af med (?:mig|sig)\b", r"\bfaerdig med (?:livet|at leve)\b",
    r"\b(?:samlet|gemt|sparet) (?:mine |alle |nogle |en masse )?(?:sove)?piller\b(?!.*\b(?:mod|for at sove)\b)",
    r"\bpillerne (?:er |ligger )?klar\b", r"\btage dem alle\b", r"\bet reb\b", r"\breb(?:et)? (?:og|klar|op)\b",
    r"\b(?:springe|hoppe|kaste mig) (?:ud fra|ned fra|ud foran|foran|ud over|ud)\b(?!.{0,40}\b(?:faldskaerm|bungee|"
    r"pool|vandet|vippe\w*|trampolin\w*|svoemme\w*|badebro\w*|flyet)\b)",
    r"\bforan (?:toget|et tog|en bil|en lastbil|bussen)\b",
    r"\b(?:koere|styre) (?:bilen )?(?:ind i|galt med vilje)\b",
    # ending it, farewells, being a burden, last day, not waking up
    r"\b(?:slutte|slutter|ende|ender|afslutte|afslutter) det(?: hele)?\b(?! (?:forhold|med (?:ham|hende|druk|at)|"
    r"kursus|forloeb))",
    r"\bdet hele (?:slutter|ender|stopper)\b", r"\b(?:i aften|i nat|snart|i dag|idag) er det slut\b(?! med)",
    r"\bslut for altid\b(?! (?:med|fra)\b)",
    r"\bhvordan det skal (?:slutte|ende)\b",
    r"\b(?:besluttet|bestemt) (?:mig )?(?:for )?at det skal (?:stoppe|slutte|ende)\b",
    r"\bha(?:ve)? det (?:hele )?til at (?:stoppe|slutte|ende)\b",
    r"\b(?:min|er min) sidste dag\b(?! som (?!levende\b))",
    r"\bikke (?:skal )?(?:vaere|er) her (?:efter|mere|laengere|i morgen|naeste)\b",
    r"\bikke (?:skal |vil )?(?:vaagne|staa op|staar op|stod op) (?:op )?(?:mere|igen|nogensinde)\b",
    r"\b(?:naar|hvis) jeg er doed\b", r"\b(?:ikke nogen|ingen) (?:vil|ville|ville nok) (?:savne|opdage) (?:mig|det)\b",
    r"\bhvis jeg (?:bare )?(?:forsvandt|var vaek|ikke var her|ikke fandtes|lagde mig til at sove)\b",
    r"\b(?:bedre|lettere|nemmere|bedst) (?:\w+ ){0,6}?(?:uden mig|hvis jeg (?:bare )?(?:forsvandt|var vaek|"
    r"ikke var her|ikke fandtes|var doed|lod mig falde))\b",
    r"\baldrig (?:var|blev|havde vaeret) (?:blevet )?foedt\b", r"\bslukke (?:for )?mig selv\b",
    r"\bbyrde for (?:alle|jer|dem|min familie|familien)\b",
    r"\b(?:skuffet|ked af det) (?:over )?at jeg (?:stadig )?(?:er her|lever|vaagner|er i live)\b",
    r"\bhaaber (?:at )?(?:jeg )?(?:bare )?(?:at )?(?:mit hjerte|hjertet) stopper\b",
    r"\blyst til at foelge efter (?:ham|hende|dem|min|mor|far)\b",
    r"\b(?:\d|to|seks) (?:meter|fod) under jorden\b",
    r"\bden lange lur\b",
    r"\btraet af at leve\b",
    r"\bblive ved med at leve\b",
    r"\b(?:lod|lade) mig falde\b",
    r"\b(?:vil|skal|truer med at|siger (?:han|hun) vil) (?:springe|hoppe)\b(?! over| paa| med|"
    r" ind)(?!.{0,40}\b(?:ud som|vandet|vippe\w*|poolen|trampolin\w*|faldskaerm|bungee|havnen om sommeren|sommer\w*|"
    r"med vennerne|bade|svoemme)\b)",
    r"\b(?:lastbil\w*|toget|togskinner\w*|broen|motorvejen)\b.*\bville vaere (?:saa )?(?:nemt|let)\b",
    r"\bbruge (?:et )?reb\b",
    r"\breb(?:et)?\b.*\b(?:i aften|i nat|nu|klar|loft|bjaelke)\b",
    r"\bloekke\b.*\b(?:holder|hals|reb)\b",
    r"\bmotoren (?:er )?taendt\b.*\bgarage|\bgarage\w*\b.*\bmotoren (?:er )?taendt",
    r"\bhar taenkt mig at (?:tage dem|goere det|ende|doe|drikke mig ihjel|springe)\b", r"\bdrikke mig ihjel\b",
    r"\b(?:gevaer|jagtgevaer|pistol|vaaben)\b.*\b(?:slutte|ende|laast|alene|derude|farvel|forsikring)",
    r"\b(?:snakket|talt|snakker|taler|skrevet|skriver) om at (?:doe|tage sit liv|slaa sig ihjel|ende det)\b",
    r"\b(?:sagde|siger|sagt|skrevet|skriver|skrev|sige|sendt) (?:\w+ ){0,3}farvel\b(?! (?:og tak|"
    r"for i dag))(?! til (?!(?:alle|jer|dig|mig|os|mine|min|mit|familien|verden|dem|ham|hende|livet)\b))",
    r"\b(?:skrevet|efterladt|skrev|lagt) (?:et )?(?:brev|afskedsbrev|besked)\b.*\b(?:vaek|forsvundet|kan ikke finde|"
    r"slukket)",
    r"\b(?:undskyld|tilgiv mig)\b.*\bslukket (?:sin|for sin|telefonen|mobilen)", r"\bforsikringspenge",
    r"\b(?:burde|skal|vil) (?:bare )?kys\b",
    r"\b(?:siger|sagde|skriver|skrev) (?:at )?(?:\w+ ){0,4}bedre uden (?:ham|hende|mig)\b",
    r"\b(?:vil|skal|truer med at) (?:tage|sluge) (?:alle|alle sine|alle mine|alle hans|en masse|"
    r"mange) (?:\w+ )?(?:piller|sovepiller|tabletter)\b",
    # an intention to take all of someone's pills: "har tænkt mig at tage alle min mors sovepiller i nat"
    r"\b(?:har taenkt mig at|har besluttet (?:mig for )?at|planlaegger at|taenker paa at|overvejer at|vil|skal) "
    r"(?:\w+ )?(?:tage|sluge|spise) (?:alle|hele|resten af) (?:\w+ ){0,3}(?:" + _DRUG + r")\b",
    r"\bctb\b",
    r"\bsui\b(?! generis)",
    r"\b(?:ikke|ik) (?:vaagnede|vaagner|vaagne) (?:i morgen|igen|mere|op igen)\b",
    r"\bville oenske jeg (?:bare )?(?:ikke|aldrig) (?:vaagnede|var foedt|fandtes)\b",
    r"\b(?:ingen|kan ikke se nogen|ikke nogen) grund til at (?:leve|fortsaette|blive ved)\b",
    r"\bhvad er pointen (?:med (?:det hele|at leve|livet))?",
    r"\bses aldrig\b", r"\b(?:en|min) sidste tur\b", r"\bhele lortet paa en gang\b", r"\bsove for evigt\b",
    r"\b(?:hurtigste|nemmeste|sikreste|mindst smertefulde|mest smertefri\w*) (?:maade|maaden|made) at (?:doe|do|"
    r"slaa mig ihjel)\b",
    r"\b(?:vil|skal) doe i soevne\b", r"\bfalde\b.{0,40}\b(?:doer|doe|sikker paa)\b", r"\bkommer ikke hjem igen\b",
    r"\bbesluttet at tage (?:alle|dem|mine|hele)\b",
    r"\bikke (?:taenkt mig at|tænkt mig at) (?:vaere|være) her\b",
    r"\b(?:koere|koerer|styre) (?:bilen )?ind i (?:et trae|en mur|en lastbil|traeet|muren)\b",
    r"\b(?:saa |så )?er det slut for mig\b", r"\bfundet ud af hvordan jeg skal goere det\b",
    r"\b(?:lastbil\w*|toget|bilen)\b.{0,40}\b(?:bremser for sent|rammer mig|koerer mig ned)\b",
    r"\b(?:bedre|lettere|nemmere) hvis jeg (?:ikke levede|var doed|ikke var her|var vaek|doede)\b",
    r"\btraet af at (?:vaere i live|leve|eksistere)\b",
    r"\b(?:vaere|blive) borte\b",
    r"\blogge[rt]? af for (?:good|altid)\b",
    r"\bpermanent pause\b", r"\bingen genstart\b", r"\bsidste gang (?:du|i|jeg) hoerer fra\b",
    r"\b(?:don'?t|dont|do not) (?:want to|wanna) exist\b", r"\b(?:vil|gider) ikke (?:eksistere|findes)\b",
    # passive wishes, by frame rather than by phrase (not waking: core.safety_patterns_indirect)
    r"\b(?:lukke oejnene|forsvinde|sove ind) og (?:bare )?(?:vaere vaek|aldrig|forsvinde|ikke)\b",
    r"\bbare (?:at )?(?:vaere|blive) vaek\b(?! (?:fra|et|i|en|lidt|herfra|hjemmefra|nogle|til)\b)",
    r"\b(?:ville|vil) (?:ikke|ik) (?:goere|vaere) (?:noget|saa slemt) hvis (?:\w+ ){0,5}(?:koerte|ramte|doede|vaagnede|"
    r"styrtede|faldt)\b",
    r"\bhvis (?:en|et|toget|bussen|bilen|lastbilen) (?:\w+ ){0,2}(?:koerte|ramte|koerer|rammer) mig\b",
    r"\b(?:ingen|ikke (?:nogen|se nogen|en)|kan ikke se (?:nogen|en)) (?:\w+ )?mening med (?:at (?:leve|fortsaette|"
    r"blive ved|"
    r"vaere her|vaere i live)|livet|det her liv|mit liv|at vaagne)\b",
    r"\bmeningen med at (?:blive ved|leve|fortsaette|vaere her|vaagne)\b",
    r"\baldrig (?:var |havde |var blevet |havde vaeret )?(?:blevet )?(?:til|foedt)\b(?! (?:at|noget|en))",
    r"\b(?:stopper|slutter|ender|stoppe|slutte|ende) (?:\w+ ){0,2}for (?:evigt|altid|good)\b(?!.{0,30}\b(?:med|fra)\b)",
    r"\b(?:forsvinde|forsvinder|vaek) for (?:evigt|good)\b",
    r"\bvalgt (?:dagen|datoen|stedet|metoden)\b", r"\b(?:saa|og saa) er det slut\b(?! med)",
    r"\b(?:samlet|gemt|sparet|hamstret) (?:\w+ ){0,5}?(?:sove)?piller\w*\b(?!.*\b(?:mod|for at sove)\b)",
    r"\b(?:lagt|talt|hentet) (?:alle )?(?:mine |sine )?\w*piller\w* (?:frem|op|ud)\b",
    r"\bpiller\w*\b.{0,80}\b(?:taenker paa at|skal|vil|goer mig klar til at) (?:tage|sluge) dem\b",
    # coded and game slang: leaving, with a mark that it is final
    r"\b(?:slukke[rt]?|lukke[rt]? ned|logge[rt]? (?:af|ud)|checke[rt]? ud|tjekke[rt]? ud|melde[rt]? (?:mig )?ud|"
    r"forlade[rt]? (?:det hele|verden|spillet)|gaa(?:r)? ud af spillet|slutte[rt]? (?:mit|"
    r"min) (?:\w+ )?(?:playthrough|run|"
    r"spil|game|save)|afsked\w*|rage ?quit\w*)\b.{0,50}\b(?:for (?:altid|evigt|good)|permanent\w*|for sidste gang|"
    r"respawn\w*|game over|for real)\b",
    r"\b(?:for sidste gang|permanent\w*)\b.{0,30}\b(?:logge[rt]? (?:af|ud)|checke[rt]? ud|tjekke[rt]? ud|"
    r"slukke[rt]?)\b",
    r"\bgame over for mig\b", r"\b(?:ingen|ikke mere|ikke flere) respawn",
    r"\b(?:begaa|begaar|commit|committe) (?:sudoku|seppuku|harakiri|selvmord|toaster bath)\b",
    r"\b(?:tur|vej|hop) ned fra (?:broen|taget|altanen|\d+\.? ?sal)\b",
    r"\b(?:gonna|going to|wanna|want to|skal|vil|burde|taenker paa at|lyst til at|klar til at|bare) (?:\w+ )?kys\b",
    r"\b(?:vil|gider|orker)(?: bare| helst)? (?:ikke|ik|ikk) (?:\w+ )?(?:eksistere|findes|vaere til)\b",
    r"\b(?:ikke|ik|ikk) (?:vaer|vaere|va|være) her (?:mer|mere|laengere)\b",
    r"\b(?:springe|hoppe|kaste mig) (?:ud )?fra (?:\d+\.? ?sal|taget|broen|altanen|toppen|vinduet|parkeringshuset)\b",
    # at a height, on a bridge or by the tracks, with a thought of the drop: by frame, not by phrase
    _AT_EDGE + r".{0,80}" + _EDGE_CUE, _EDGE_CUE + r".{0,80}" + _AT_EDGE,
    r"\b(?:klatret|kravlet|klatrer|kravler|klatre|kravle|climbed) (?:\w+ )?over (?:gelaenderet|raekvaerket|hegnet|"
    r"kanten|the railing|the fence)\b",
    r"\b(?:staar|sidder|ligger|venter) (?:\w+ ){0,2}(?:paa|ved|mellem) (?:togskinnerne|skinnerne|sporet|banelegemet)\b",
    r"\b(?:gaa|gaar|traede|hoppe) (?:ud )?foran (?:naeste|det naeste|et) tog\b",
    r"\b(?:vil|taenker paa at|overvejer at|lyst til at|skal) (?:bare )?gaa ud i (?:vandet|havet|havnen|soeen|fjorden)\b"
    r"(?!.{0,30}\b(?:bade|svoemme|vinterbad\w*|dyppe)\b)",
    # driving to die: an intention and a car steered into something hard or off the road
    _INTEND + r" (?:\w+ ){0,3}?(?:koere|styre|dreje|smadre|drive|crash|steer|speede op og koere) (?:\w+ ){0,3}?"
    r"(?:ind i|ind foran|ud foran|ud over|over i|mod|i|af|into|off|ind under) (?:\w+ ){0,2}?(?:et trae|traeet|trae|"
    r"en mur|muren|lastbil\w*|en bro\w*|bro ?pille\w*|betonpille\w*|havnen|vandet|\w*kanten|kajen|klinten|fjorden|"
    r"kanalen|soeen|modsatte vejbane|"
    r"modkoerende|rabatten|vejen|en klippe|a tree|a wall|a truck|the road|a bridge|noget)\b",
    _INTEND + r" (?:\w+ ){0,3}?(?:give slip paa rattet|slippe rattet|(?:koere|drive) (?:\w+ ){0,3}(?:uden at|og ikke) "
    r"bremse)\b",
    r"\b(?:koere|koerer|drikke|sulte) (?:mig|sig) (?:selv )?ihjel\b(?! (?:en dag|til sidst|paa et tidspunkt|med tiden|"
    r"paa sigt|hvis (?:han|hun|det|de) (?:bliver|fortsaetter)))",
    r"\b(?:koerer|styrer|drejer) (?:jeg|han|hun) (?:\w+ ){0,2}(?:ind i|ind under|ud foran) "
    r"(?:et trae|traeet|en mur|muren|en lastbil|lastbilen|modkoerende|en bropille|bropillen|en betonpille)\b",
    # ideation in words of its own: present "hænger mig", "skal ikke leve længere", "træt af at være til",
    # "falde i søvn for evigt", "vil bare ud af det hele", "forsvinde og aldrig komme tilbage"
    r"\bhaenger mig(?: selv)?\b(?! (?:\w+ ){0,2}(?:i|op i|ved|paa) (?:det|den|detaljer|smaating|ord|\w+ ting|hvad|"
    r"andres|folks|\w+s meninger|fortiden|kassen|baren)\b)",
    r"\b(?:skal|kommer til at|vil|kan) (?:ikke|ik|ikk) leve (?:mere|mer|laengere|meget laengere|til|efter)\b",
    r"\b(?:ikke|ik|ikk) (?:se mig selv|forestille mig at) leve (?:\w+ )?(?:laengere|mere|\w+ aar)\b",
    r"\btraet af at (?:vaere til|findes|eksistere|vaagne (?:op )?hver)\b",
    r"\b(?:falde i soevn|sove ind|lukke oejnene) (?:\w+ ){0,2}for (?:evigt|altid|good)\b",
    r"\b(?:vil|ville|gider|skal) (?:bare |helst )?ud af det hele\b",
    r"\b(?:forsvinde|vaek|disappear|sove|sove ind|lukke oejnene|gaa|tage afsted) (?:og|and) (?:aldrig|ikke|never) "
    r"(?:komme|vende|come) (?:tilbage|back)\b",
    r"\b(?:ikke|ik|ikk) (?:jeg )?(?:gider|orker|vil|har lyst til at) (?:at )?vaagne (?:op )?(?:i morgen|igen|mere)\b",
    r"\b(?:fred|ro) for (?:altid|evigt|good)\b(?! (?:fra|for|med)\b)|\bevig (?:fred|ro)\b",
    r"\b(?:ikke (?:mere|noget|nogen ting)|intet|ingenting) (?:tilbage )?at leve for\b|"
    r"\bnothing (?:left )?to live for\b",
    r"\b(?:skrevet|skrev) (?:et |nogle |mine )?(?:brev|breve|afskedsbrev\w*) til (?:\w+ ){1,3}.{0,40}\b(?:jeg|og) er "
    r"(?:klar|faerdig)\b",
    r"\b(?:hvilke|hvilken|hvad for nogle|hvor mange) (?:\w+ ){0,3}(?:piller|tabletter|medicin|pills)\b.{0,40}"
    r"\b(?:ikke (?:vil )?vaagne|aldrig vaagne|sove for (?:altid|evigt)|not wake up|never wake up)\b",
    r"\b(?:springer|hopper|kaster (?:mig|sig)) (?:ud )?fra (?:\d+\.? ?sal|taget|broen|altanen|toppen|vinduet|"
    r"parkeringshuset)\b",
    r"\bkys (?:tonight|now|fr|for real)\b", r"\bending (?:it|my life|things)\b(?! with)",
    r"\b(?:evig|permanent|uendelig) lur\b|\blur for evigt\b|\bforever ?nap\b|\bdirt ?nap\b",
    r"\b(?:ctrl|control)[ -]?alt[ -]?del(?:ete)?\b.{0,20}\b(?:mig|myself|me)\b",
    r"\blog(?:ging|ge)? (?:off|af) (?:for good|forever|permanently|for altid)\b",
    r"\b(?:i'?m|i am) (?:going to|gonna|about to) jump\b(?! (?:in|into|on|over|the)\b)",
    # a farewell and then no answer: "sendte 'undskyld for alt' og tager ikke telefonen"
    r"\b(?:undskyld for alt|tak for alt|jeg elsker jer|pas (?:godt )?paa (?:hinanden|jer selv|dig selv)|det er ikke "
    r"(?:jeres|din|din egen) skyld|ked af (?:alt|det hele)|farvel|goodbye|sorry for everything)\b.{0,150}"
    r"\b(?:tager (?:ikke|ik) (?:telefon\w*|mobil\w*|den)|svarer (?:ikke|ik)|(?:er )?(?:telefonen|mobilen) (?:er )?"
    r"slukket|slukket "
    r"(?:sin |for )?(?:telefon\w*|mobil\w*)|kan (?:ikke|ik) (?:faa fat i|finde) (?:hende|ham|dem)|er (?:koert|gaaet) "
    r"(?:sin vej|vaek)|forsvundet|not answering|phone is off)",
    r"\b(?:lagt|skrevet|efterladt) (?:\w+ ){0,2}(?:breve|brev|afskedsbreve) (?:til|for) (?:os|mig|alle|hver)\b.{0,80}"
    r"\b(?:koert|gaaet|vaek|forsvundet|svarer (?:ikke|ik))",
    r"\b(?:jagtgevaer\w*|gevaer\w*|pistol\w*|vaaben\w*)\b.{0,80}\b(?:skrev|skriver|sagde|siger|sendt) (?:\w+ )?"
    r"(?:undskyld|farvel|tak for alt)\b",
    # exhaust in a closed garage
    r"\bmotoren (?:er )?(?:taendt|koerende|koerer|i gang|paa|startet)\b.{0,80}\bgarage|\bgarage\w*\b.{0,80}"
    r"\bmotoren (?:er )?(?:taendt|koerende|koerer|i gang|paa|startet)\b|\bslange\b.{0,40}\budstoedning",
    # method seeking
    r"\bfor (?:ikke at vaagne|aldrig at vaagne|at sove for evigt|ikke at vaagne igen)\b",
    r"\bhvor lang tid (?:tager det|gaar der) (?:\w+ ){0,2}(?:at |foer man )?(?:bloede[rt]? ihjel|doe|doer)\b",
    r"\b(?:hvor mange|hvor meget|hvor hoejt|hvor dybt|hvor lang tid)\b.*\b(?:for at (?:doe|do|doe af|ende|slaa|"
    r"ikke vaagne|vaere sikker)|doedelig\w*|doer man(?: af)?|slaar en ihjel|er nok til at (?:doe|ende)|stoppe hjertet|"
    r"pulsaare\w*|foer man doer|er slut)\b",
    r"\bdoedelig (?:dosis|mængde|maengde)\b", r"\bsmertefri(?:t)? (?:maade|doed|at doe)\b",
    r"\bhvordan (?:kan man|man|jeg) (?:doe|slaa mig ihjel|ende det)\b",
    # English
    r"\bkill(?:ing|ed)? (?:myself|my self|herself|himself)\b",
    r"\b(?:pills|rope|gun) (?:are |is )?ready\b",
    r"\b(?:want|wanna|going|gonna|wish i could|would rather|rather) (?:to )?die\b",
    r"\bwant to be dead\b", r"\bend (?:it all|my life|it tonight|things)\b", r"\bsuicidal\b",
    r"\b(?:don'?t|do not|dont) want to (?:live|be alive|be here|wake up)\b", r"\bno reason to live\b",
    r"\bbetter off (?:dead|without me)\b", r"\bnot (?:wake|waking) up\b", r"\btake my (?:own )?life\b",
    r"\b(?:lethal|deadly) dose\b", r"\bhow many .* to die\b", r"\bgoodbye (?:letter|note)\b",
    r"\bjump (?:off|in front)\b", r"\bdisappear forever\b", r"\bsleep forever\b",
    r"\b(?:don'?t|do not|dont) (?:wanna|want to) be alive\b",
    r"\brope\b",
    r"\b(?:texted|said|wrote|sent) (?:me )?goodbye\b",
    r"\bon the (?:bridge|roof|edge)\b", r"\bend it\b", r"\bunalive\b",
]

# Method-seeking by construction: a question of amount, kind or time, and an outcome that is
# the end ("før man ikke vågner", "hvis man ik vil vågne igen", "før man forbløder")
_NOT_WAKING = (r"(?:(?:ikke|ik|ikk|aldrig) (?:vil |skal |kan |at )?(?:vaagne|vaagner|vaagnede|staar op)(?: op)?|"
               r"sove for (?:altid|evigt)|forbloede[rt]?|bloede[rt]? ihjel|hjertet stopper|er doed|"
               r"not wake|never wake)")
_SUICIDE += [
    r"\b(?:hvor mange|hvor meget|hvilke|hvilken|hvad for (?:nogle|en|et)|hvor lang tid|hvad skal der til)\b.{0,80}"
    r"\b(?:foer|for|hvis|saa|til) (?:man|jeg|du|en) (?:\w+ ){0,2}" + _NOT_WAKING + r"\b",
    r"\b(?:hvor lang tid|hvor hurtigt|hvor meget)\b.{0,60}\b(?:forbloede[rt]?|bloede[rt]? ihjel|bloeder (?:man )?ud)\b",
    r"\bskaere[rt]? (?:paa langs|dybt nok)\b(?!.{0,30}\b(?:broed|koed|loeg|groent\w*|traeet|braedt)\b)",
    # a ligature fixed to a point: "bundet et bælte fast i bjælken", "hængt et kabel op i krogen"
    r"\b(?:bundet|bandt|binder|hængt|haengt|haenger|sat|fastgjort|knyttet|lavet|strammet|strammede|spaendt|"
    r"spaendte) (?:\w+ ){0,3}?(?:reb\w*|baelte\w*|"
    r"ledning\w*|kabel\w*|kablet|toerklaede\w*|snor\w*|lagen\w*|slips\w*|hundesnor\w*|strop\w*|loekke\w*)\b.{0,40}"
    r"\b(?:fast|op|om)\b.{0,30}\b(?:loft\w*|bjaelke\w*|\w*bjaelken|krog\w*|doer\w*|gelaender\w*|trae\w*|lampe\w*|"
    r"ror\w*|roer\w*|halsen|min hals)\b",
    r"\b(?:loekke|snare)\b.{0,60}\b(?:loft\w*|bjaelke\w*|krog\w*|hals\w*|klar)\b",
    # a loaded gun and a time: "har ladt jagtgeværet, det bliver i aften"
    r"\b(?:ladt|ladet|ladede|loaded) (?:\w+ ){0,2}(?:\w*gevaer\w*|pistol\w*|riffel|riflen|revolver\w*|vaaben\w*|"
    r"gun)\b.{0,60}\b(?:i aften|i nat|nu|snart|tonight|farvel|det bliver)\b",
    # wanting it over tonight: "vil bare have det hele overstået i nat" (without a time it is often an exam)
    r"\b(?:vil|skal) (?:bare )?(?:ha|have) det (?:hele )?overstaaet (?:\w+ )?(?:i nat|i aften)\b",
    # on the way to a drop, and jumping: "i aften går jeg ud på broen og springer"
    r"\b(?:gaar|gaa|koerer|koere|cykler|tager|tage|klatrer|kravler|kører) (?:jeg |han |hun )?(?:\w+ ){0,2}?"
    r"(?:ud|op|hen|ned)? ?(?:paa|til|ved|op paa) (?:\w+ ){0,2}?(?:broen|\w+broen|taget|tagkanten|altanen|"
    r"parkeringshuset|p huset|klinten|skraenten|toppen|havnen|\d+\.? ?sal)\b.{0,40}\b(?:springer|hopper|springe|hoppe|"
    r"kaster mig|lader mig falde|jump)\b(?!.{0,40}\b(?:bade|svoemme|i vandet|vandet|sommer\w*|faldskaerm|bungee|"
    r"med vennerne|for sjov)\b)",
    # a wish to be killed: "gid jeg blev kørt ned", "håber en bil rammer mig"
    r"\b(?:gid|ville oenske|oensker|onsker|haaber|wish) (?:at )?(?:jeg|i) (?:bare )?(?:\w+ ){0,2}?(?:blev|bliver|"
    r"ville blive|got) (?:\w+ )?(?:koert ned|ramt|draebt|slaaet ihjel|skudt|hit|killed)\b",
    r"\bgid (?:at )?(?:jeg|det hele) (?:bare )?(?:\w+ )?(?:var doed|doede|doer|ikke vaagnede|aldrig vaagnede|"
    r"ikke fandtes|ikke var her|aldrig var foedt|forsvandt|sluttede|var slut|faldt doed|sov ind for altid)\b",
    r"\b(?:haaber|gid|oensker|ville oenske)\b.{0,20}\b(?:en bil|bilen|lastbil\w*|toget|et tog|bussen|en bus)\b.{0,20}"
    r"\b(?:rammer|ramte|koerer mig ned|koerte mig ned|tager mig)\b",
    # those who depend on the writer better off without them
    r"\b(?:boernene|mine boern|mine unger|ungerne|min familie|familien|min datter|min soen|min mand|min kone)\b"
    r".{0,30}\b(?:klare sig|have det|faa det|vaere) (?:\w+ )?bedre uden (?:mig|en mor|en far|deres mor|deres far)\b",
]

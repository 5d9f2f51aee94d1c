"""The self-harm, overdose and violence patterns of :mod:`core.safety` (pattern strings)."""

from __future__ import annotations

from core.safety_patterns_fragments import _NOT_ALWAYS, _PERSON, _WEAPON

_SELF_HARM = [
    r"\bselvskad", r"\bself[ -]?harm", r"\bcut(?:ting|ter|te|tet|s)? (?:myself|mig|i mig)\b",
    r"\bcutte[rt]?\b", r"\bcuttet\b", r"\bcuttede\b", r"\bskal syes\b",
    r"\b(?:skaere|skaerer|skaaret|skar|snitte|snitter|rispe|risper|ridse|ridser|kradse|kradser|braende|"
    r"braender|braendt|brandt|slaa|slaar|slog|slaaet|banke|banker|skade|skader|skadet|sulte|sulter) "
    r"(?:i |paa )?(?:mig|sig|dig) selv\b(?!.* (?:paa cyklen|ved et uheld|i koekkenet))",
    r"\b(?:jeg|at) (?:(?!(?:ikke|ik|ikk|aldrig|never|not)\b)\w+ ){0,3}?(?:skaere|skaerer|skaaret|skar|snitte|"
    r"snitter|rispe|risper|ridse|ridser|kradse|"
    r"kradser|braende|braender|braendt|brandt) (?:i |paa )?(?:mig|mine arme|min arm|mine ben|mit ben|mine haandled)\b"
    r"(?!.* (?:paa cyklen|ved et uheld|i koekkenet))",
    r"\b(?:goere|gjort|goer) (?:mig selv|mig) (?:fortraed|ondt|noget)\b",
    # fresh wounds on one's own body: "benet er dækket af friske rifter", "nye snit i armen i nat"
    r"\b(?:min|mine|mit) (?:arm|arme|ben|laar|haandled|mave)\w* (?:er )?(?:helt )?(?:fuld|fulde|fyldt|daekket|"
    r"overdaekket) (?:af|med) (?:\w+ )?(?:snit|skaar|rifter|ridser|cuts|saar)\b",
    r"\b(?:nye|friske|dybe) (?:snit|skaar|rifter|cuts)\b.{0,40}\b(?:i nat|i aften|lige nu|nu|i dag|idag)\b",
    r"\b(?:my|mine) (?:arm|arms|legs?|thighs?|wrists?) (?:is|are) (?:\w+ )?(?:full of|covered in) (?:\w+ )?"
    r"(?:cuts|wounds)\b",
    r"\bbarberblad",
    r"\b(?:bruge|goere) (?:det|den) paa mig selv\b",
    r"\b(?:ridset|ridser|rispet|kradset) (?:mig|sig) selv\b",
    r"\bsnit\b.{0,60}\b(?:igen nu|goere det igen|i nat)\b",
    r"\b(?:nu|lige nu) (?:\w+ ){0,2}(?:med|holder) (?:kniven|barberbladet|saksen|pillerne|rebet)\b",
    r"\btrang(?:en)?\b.*\b(?:kniv\w*|barberblad\w*|saks|lighter)\b",
    r"\bstraffe (?:mig|sig) selv\b", r"\b(?:vil|skal|truer med at|siger (?:han|hun) vil) (?:skaere|snitte|cutte) "
    r"(?:i )?(?:sig|sine arme|sin arm)\b",
    r"\btrang(?:en)? til at (?:skaere|cutte|skade)\b",
    r"\b(?:lyst|trang) til at (?:skaere|cutte|braende|skade)(?: (?:igen|mig|i mig|nu))?\b",
    r"\b(?:skaaret|skaret|skar|skaerer|skaere|cuttet|braendt|braendte|brandt|rispet|ridset|snittet|snitter|"
    r"kradset)(?: \w+){0,2} "
    r"(?:i|paa|med) (?:armen|armene|min arm|mine arme|benet|benene|mine ben|laaret|laarene|haandleddet|haandleddene|"
    r"huden|maven|sine arme|sin arm|hendes arm|hans arm)\b",
    r"\b(?:skaaret|skaret|skar|skaerer|braendt|braendte|brandt) (?:mig|sig)\b(?! (?:paa (?:papir|et|en|kniven|glas|"
    r"panden|komfuret|ovnen|kogepladen)|i fingeren|ved et uheld))(?!.{0,40}\b(?:lavede mad|intet slemt|"
    r"ved et uheld)\b)",
    r"\b(?:har (?:lige )?|lige )(?:skaaret|skaret|cuttet)\b", r"\bskaerer jeg\b", r"\bskaaret dybere\b",
    r"\bmed vilje\b.*\b(?:braendt|braendte|brandt|slaaet|slog|skaaret|skar|rude|vaeggen)\b|\b(?:braendt|braendte|"
    r"brandt|slaaet|slog|skaaret|skar)\b.*\bmed vilje\b",
    r"\bhovedet (?:ind )?i (?:vaeggen|muren)\b",
    r"\b(?:snit|sår|saar) (?:paa|i) (?:armen|armene|haandled\w*|benene|laaret)\b",
    r"\bhaandled\w*\b.*\bsnit\b|\bsnit\b.*\bhaandled\w*\b",
    r"\bsh\b(?= (?:igen|i nat|i aften|nu|lige nu))|\b(?:lyst til at|trang til at|vil) sh\b",
    r"\b(?:hurt|hurting|burn|burning|cut|cutting) myself\b",
    r"\bcut (?:too|so|really) deep\b|\bblood everywhere\b|\b(?:won'?t|can'?t) stop (?:the )?bleeding\b",
    r"\b(?:kan|kunne) (?:ikke|ik|ikk) (?:stoppe|lade vaere|holde op) med at (?:skaere|cutte|skade mig|braende mig|"
    r"ridse|snitte)\b",
    r"\bbloed(?:er|te) (?:fra|fra mine|fra min) (?:arm|haandled|sår|saar)",
    # wounds by their result: "kradset mig til blods", "ridset armen op"
    r"\b(?:kradset|kradser|kradsede|ridset|ridser|ridsede|rispet|risper|skaaret|skaerer|skar|snittet|snitter|slaaet|"
    r"slaar|slog|bidt|bider|klippet|skrabet|skraber) (?:\w+ ){0,2}(?:mig|sig|armen|armene|benet|benene|laaret|huden|"
    r"haandleddet|haandleddene) (?:selv )?til blods\b",
    r"\b(?:kradset|ridset|ridsede|rispet|skaaret|skar|snittet|skrabet) (?:\w+ )?(?:armen|armene|benet|benene|laaret|"
    r"laarene|huden|haandleddet|haandleddene|maven) op\b",
    # slang for cuts and the blade made ready: "lave stregkoder", "bladet ligger klar"
    r"\b(?:lave|laver|lavet|lavede|faa|flere|nye) stregkode\w*|\bstregkode\w* (?:paa|i) (?:armen|armene|laaret|"
    r"laarene|benet|huden|haandled\w*)\b",
    r"\b(?:bladet|barberbladet|kniven|saksen|glasskaaret) (?:ligger|er|ligger allerede) (?:klar|fremme|parat)\b",
    # swallowing what harms: "slugt batterier med vilje", "drukket rensemiddel"
    r"\b(?:slugt|slugte|sluger|sluge|spist|spiste|drukket|drak|drikke) (?:\w+ ){0,2}(?:batteri\w*|glasskaar|"
    r"knappenaale?|naale|soem|skruer|magneter|rensemiddel|opvaskemiddel|klor\w*|blegemiddel|afloebsrens|lampeolie|"
    r"frostvaeske|sprit til rengoering)\b",
]
_OVERDOSE = [
    r"\boverdos", r"\bod'?(?:et|ede|ed|ing)?\b", r"\bforgiftet\b",
    r"\b(?:har|have) (?:\w+ )?(?:taget|slugt|spist) (?:[\w,]+ ){0,4}(?:alle|hele) (?:mine |sine |hans |hendes )?"
    r"(?:piller|pillerne|tabletter|sovepiller|pakken|glasset|bøtten|boetten)\b",
    r"\b(?:en masse|en hel bunke|en bunke|en haandfuld|en hel masse) "
    r"(?:af )?(?:mine |hans |hendes )?(?:piller|tabletter|pamol|panodil|sovepiller|ipren|kodimagnyl|xanax|benzo|oxy)",
    r"\b(?:taget|slugt|spist|sniffet|tog|slugte) (?:alt )?(?:for meget|alt for meget|en hel|alle|en masse|"
    r"mange)\b(?! (?:i|de sidste|igennem|om|hver|(?:af|fra) (?:mit|min|mine|hans|hendes|vores|dit|din|deres|sit|sin)|"
    r"paa (?:mig|ham|hende|os))\b)"
    # "har taget mange benzo'er" (a history of use, asked about withdrawal) is not a dose now
    r"(?!(?<=mange) (?:benzo\w*|joints?|streger|linjer|bajere|oel|oeller|piller i|gange)\b)",
    r"\b(?:kan|kunne|vil) (?:ikke|ik|ikk) (?:vaekke|vaekkes|faa liv i|faa kontakt til) (?:ham|hende|dem|min|mit)",
    r"\b(?:ikke|ik|ikk) (?:vaekke|vaekkes|faa liv i|faa kontakt til) (?:ham|hende|dem|min|mit|hans|hendes)\b",
    r"\bvil (?:ikke|ik) vaagne\b(?! op igen)", r"\bikke kan vaagne\b",
    r"\b(?:kan|kunne) (?:naesten )?(?:ikke|ik) (?:vaagne|holde mig vaagen|holde sig vaagen)\b(?! (?:om morgenen|uden|"
    r"efter|foer|tidligt|til|i tide|naar))",
    r"\b(?:taget|slugt|spist|tog|slugte) (?:alt )?for mange\b",
    # "har taget for mange piller" is now; "tager (alt) for mange piller" is a habit
    r"(?<!tager )(?<!tager alt )\bfor mange (?:piller|tabletter|pamol|panodil)\b",
    r"\bdrukket af (?:en |hans |hendes |min |mors |fars )?(?:flaske )?(?:metadon|sprit|opvaskemiddel)\b",
    r"\bspist (?:noget af )?(?:min|mit|mine|hans|hendes|mors|fars) (?:hash|piller|stoffer|metadon|tabletter)\b",
    r"\b(?:vaagner|vagner|reagerer|svarer) (?:ikke|ik|ikk)\b" + _NOT_ALWAYS,
    r"\b(?:ikke|ik) (?:til at|kan) vaekke\b", r"\bfaa liv i\b",
    r"\bbevidstl", r"\bbesvime[tr]\b", r"\bbesvimede\b", r"\bfaldet om\b", r"\bfaldt om\b", r"\bhelt slap\b",
    r"\b(?:traekker|trakker|traekke|aander|aande) (?:naesten )?(?:ikke|ik|ikk|underligt|maerkeligt|meget langsomt|"
    r"helt langsomt) ?(?:vejret|vejr)?\b(?<!traekke)",
    r"\b(?:traekker|trakker) (?:naesten )?(?:ikke|ik|ikk) vejret\b", r"\bikke (?:kan )?(?:faa|fa) luft\b",
    r"\bvejrtraekning(?:en)? (?:er )?(?:helt )?(?:langsom|maerkelig|underlig|stoppet|svag|uregelmaessig)",
    r"\b(?:blaa|graa|lilla|blaalig\w*) (?:i hovedet|i ansigtet|i laeberne|laeber|om munden|om laeberne|omkring munden|"
    r"omkring laeberne|paa laeberne|om neglene|i fingrene)\b",
    r"\blaeber(?:ne)? er (?:helt )?blaa",
    r"\bkramper?\b|\bkrampeanfald|\bkrampe(?:r)? (?:nu|og)\b", r"\bfraader\b", r"\bskum om munden\b",
    r"\bryster over hele kroppen\b", r"\bsnorker (?:maerkeligt|underligt|tungt)\b",
    r"\b(?:ondt|smerter) i brystet\b",
    r"\bhjerte(?:t)? (?:hamrer|banker|slaar|racer) (?:helt )?(?:vildt|sindsygt|meget|afsindigt|som sindssyg)",
    r"\b(?:har det|foeler mig) (?:virkelig|rigtig|helt|mega|sindssygt|super) (?:skidt|daarligt|daarlig)\b.*\b(?:taget|"
    r"drukket|sniffet|piller|kokain|ghb|mdma|ecstasy|molly|ketamin)",
    r"\b(?:taget|drukket|sniffet|blandet)\b.*\b(?:har det|foeler mig) (?:virkelig|rigtig|helt|mega|sindssygt) (?:skidt|"
    r"daarligt)",
    r"\b(?:han|hun|de|jeg|min \w+) (?:er )?ved at doe\b",
    r"\b\d{2,} (?:panodil|pamol|piller|tabletter|ipren)\w*\b",
    r"\b(?:tog|taget|slugt|slugte) \d+ (?:piller|tabletter|panodil|pamol|ipren|mg)\w*\b",
    r"\b(?:han|hun|mor|far|de|min \w+|mit \w+)\b(?: \w+){0,4} (?:vil|kan) (?:ikke|ik) vaagne\b",
    r"\bikke vil vaagne\b(?! op igen)",
    r"\b(?:vaagner|reagerer|svarer|traekker) (?:han|hun|de|hen) (?:naesten )?(?:ikke|ik|ikk)\b" + _NOT_ALWAYS,
    r"\bligger (?:paa gulvet|paa sengen|paa sofaen|i sengen)\b.{0,60}\b(?:ryster|kaster op|kramper|reagerer ikke|"
    r"svarer ikke|blaa|langsomt|smaa pupiller)",
    r"\b(?:meget varm|overophedet|forvirret|kan (?:ik|ikke) stoppe med at svede|"
    r"svede[rt]? helt vildt)\b.{0,80}\b(?:taget|tog|pinger|piller|mdma|ecstasy|molly|kokain|speed)|"
    r"\b(?:taget|tog|pinger|piller|mdma|ecstasy|molly)\b.{0,80}\b(?:meget varm|overophedet|forvirret|kan (?:ik|"
    r"ikke) stoppe med at svede)\b",
    r"\btraekker vejret (?:meget |helt )?(?:langsomt|maerkeligt|underligt)\b",
    r"\bhjertet hamrer\b.{0,60}\b(?:varm|brandvarm|ryste|sved|forvirret)\b",
    r"\bbrandvarm\b.{0,60}\b(?:ryste|hjerte|sved)\b",
    r"\bsmaa pupiller\b",
    r"\bhjerte\w* (?:\w+ ){0,5}stopper\b",
    r"\b(?:taget|tog) noget\b.*\b(?:vaagner|hjerte|vejret|kan ikke se|naesten ikke tale|besvim|vaek|ryster|kramper|"
    r"svarer)",
    r"\bskum (?:ud )?(?:af|om) mund", r"\bgurgl",
    # blood in the vomit, or too drunk to stand after litres of spirits
    r"\bkaster (?:\w+ )?blod op\b|\bkast(?:er)? op med blod\b|\bblod i (?:opkastet|braekket|kastet)\b|"
    r"\bbraekker (?:mig )?blod\b|\bvomiting blood\b",
    r"\b(?:drukket|drak|bundet|bundede) (?:\w+ ){0,2}(?:\d+|en hel|to|tre|fire|halv\w*) (?:liter|flasker?)\b.{0,80}"
    r"\b(?:kan (?:ikke|ik|ikk) (?:staa|gaa|rejse mig|holde mig vaagen|faa vejret)|kaster (?:\w+ )?op|besvim\w*|"
    r"ryster|vaagner (?:ikke|ik))",
    r"\b(?:mit|hans|hendes) hjerte (?:\w+ ){0,3}(?:stopper|hamrer|banker (?:saa )?hurtigt|springer|"
    r"slaar (?:helt )?(?:underligt|maerkeligt|uregelmaessigt))\b",
    r"\b(?:tog|taget|slugt|slugte) (?:jeg |han |hun )?(?:alle|\d+)\b.{0,40}\b(?:piller|sovepiller|tabletter|stykker)\b",
    r"\bkan (?:naesten )?(?:ikke|ik) holde oejnene aabne\b", r"\btror jeg doer\b",
    r"\b(?:kan ikke|kan ik) (?:maerke|faa kontakt|vaekke)\b", r"\bslap og kold\b|\bkold og slap\b",
    r"\boejnene ruller\b",
    r"\b(?:han|hun|de|hen|min \w+) (?:er )?helt vaek\b(?! (?:fra|i|med))",
    r"\bsnorker (?:helt )?(?:maerkeligt|underligt|tungt|unormalt|maerkelig)\b",
    r"\b(?:roget|taget|drukket) (?:\w+ ){0,3}og (?:mit|hans|hendes) hjerte\b",
    r"\b(?:blandet|taget) (?:\w+ ){0,3}og (?:kan ikke|kan ik) (?:maerke|staa|traekke|se)\b",
    r"\b(?:not|isn'?t|is not|stopped|can'?t|cannot) breath",
    r"\bwon'?t wake up\b",
    r"\bcan'?t wake (?:him|her|them|up)\b",
    r"\bunconscious\b", r"\bunresponsive\b",
    # "took too many pills" now, not "takes a lot of pills" as a habit
    r"(?<!takes )(?<!uses )(?<!take )(?<!use )(?<!taking )\b(?:too many|a lot of|loads of|a bunch of) "
    r"(?:pills|tablets)\b",
    r"\btook too much\b",
    r"\bblue lips\b",
    r"\blips are blue\b",
    r"\bseizure",
    r"\bpassed out\b.*\b(?:wake|breath|respond)",
    r"\bfoaming\b", r"\boverdos",
]
# A weapon at hand or a place or time that means now: "med en kølle", "kører derover", "foran hans hus"
_ARMED_OR_GOING = ("(?:" + _WEAPON[3:-1] + r"|lige nu|nu|i nat|i aften|derhen|derover|"
                   r"foran (?:hans|hendes|deres) (?:hus|doer|lejlighed))")
_VIOLENCE = [
    r"\bvoldtag", r"\bvoldtaeg(?!tsofre|tscent| ?center)", r"\bvoldtog\b", r"\bmisbrugt mig\b", r"\bbefamlet\b",
    r"\b(?:slaar|slog|slaaet|slaet|slar|taever|taevet|taesker|taeskede|banker|bankede|bankes|sparker|sparket|"
    r"sparkede|kvaeler|kvalte|kvalt|kvaelertag|skubber|skubbede|hiver|rev|truer|truede|trusler mod|angriber|"
    r"angreb|jager|forfoelger|holder fast i) " + _PERSON + r"\b",
    # the writer about to hurt someone, armed or now: "vil gå over og banke naboen ihjel, har taget et bat med"
    r"\b(?:lyst til at|vil|skal|har taenkt mig at|gaar over og|gaa over og|paa vej (?:over )?for at) (?:\w+ ){0,3}"
    r"(?:banke|slaa|draebe|stikke|skyde|taeske) (?:\w+ ){1,2}(?:ihjel|ned)\b.{0,80}\b(?:" + _WEAPON[3:-1] + r"|"
    r"allerede|lige nu|nu)\b",
    r"\b(?:slaas|slaaes) (?:nu|lige nu|derhjemme)\b",
    # the writer armed or on the way, about to hurt someone: "har en kølle med og vil tæve ham",
    # "skal banke hendes nye kæreste, kører derover nu"
    r"\b" + _ARMED_OR_GOING + r"\b.{0,80}\b(?:skal|vil|gaar over og|gaar ud og|har lyst til at) (?:\w+ ){0,2}"
    r"(?:smadre|taeve|taeske|banke|stikke|skyde|slaa|tampe) (?:ham|hende|dem|min \w+|hans \w+|hendes \w+|\w+en)\b|"
    r"\b(?:skal|vil|gaar over og|gaar ud og|har lyst til at) (?:\w+ ){0,2}(?:smadre|taeve|taeske|banke|stikke|"
    r"skyde|slaa|tampe) (?:ham|hende|dem|min \w+|hans \w+|hendes \w+|\w+en)\b.{0,80}\b" + _ARMED_OR_GOING + r"\b",
    # "vil gøre ham noget", "skal gøre min eks fortræd": harm meant for someone
    r"\b(?:vil|skal|har lyst til at|kommer til at|is going to|want to|gonna) (?:\w+ )?(?:(?:goere|gore) "
    r"(?:ham|hende|dem|min \w+|hans \w+|hendes \w+) (?:noget|fortraed|ondt|skade)|hurt (?:him|her|them|my \w+))\b"
    r"(?! (?:godt|rart|saerligt|paent|soedt|glad|til|for|med)\b).{0,80}\b(?:nu|lige nu|i nat|i aften|derhen|"
    r"derover|now|tonight)\b",
    r"\b(?:slaar|slog|banker|sparker) (?:mig|os|hende|ham) (?:naar|hvis)\b(?=.*\b(?:nu|igen|i aften|i nat)\b)",
    r"\bslaar ud efter\b",
    r"\bkvaelertag\b",
    r"\bsmadrer (?:alt|ting|doeren)\b",
    r"\b(?:bliver|blev|er blevet) (?:taevet|slaaet|banket|sparket|kvalt|truet|overfaldet)\b",
    r"\b(?:han|hun|de) (?:slaar|slaas)$",
    r"\b(?:er|bliver) (?:blevet )?(?:slaaet|banket|sparket|truet|overfaldet)\b",
    r"\btruer (?:\w+ )?(?:med at (?:slaa|draebe|stikke|skyde|smide (?:mig|os) ud|tage boernene|tage mig)|"
    r"med (?:en )?(?:kniv|kniven|pistol|vaaben|tæsk|taesk|bank|vold))\b",
    r"\b(?:viftede|vifter|truer|truede) (?:\w+ )?med (?:en )?(?:kniv|kniven|pistol|vaaben|gevaer|oekse)\b",
    r"\b(?:han|hun|de|den ene|en af dem|fyren|manden|min \w+|hans \w+)\b(?: \w+){0,3} (?:har|holder|tog|tager|fandt|"
    r"viftede med|henter|hentet) "
    r"(?:en |sin |et |sit )?(?:kniv|kniven|pistol|pistolen|vaaben|gevaer|gevaeret|oekse|oeksen)\b",
    r"\b(?:has|have|got|holding|with) a (?:knife|gun|weapon)\b",
    r"\b(?:han|hun|de|fyren|manden|min \w+)\b(?: \w+){0,4} med (?:en |sin |et |sit )?" + _WEAPON + r"\b",
    # chasing or going for someone with a weapon: "jagter sin søster rundt i huset med en kniv"
    r"\b(?:jagter|jagtede|jager|loeber efter|gaar efter|gik efter|gaar loes paa|gik loes paa|angriber|svinger)\b"
    r"(?: \w+){0,6} med (?:en |et |sin |sit |\w+ )?" + _WEAPON + r"\b",
    r"\b(?:draeber|slaar|stikker|skyder) (?:han|hun|de) (?:mig|os|hende|ham)\b",
    r"\b(?:kniv|kniven|pistol|vaaben|oekse)\b.{0,80}\b(?:truer|mod mig|mod os|efter mig|efter os|skrig\w*|raaber|bange|"
    r"stikke|draebe)\b|"
    r"\b(?:truer|raaber|skriger|bange)\b.{0,60}\b(?:kniv|kniven|pistol|vaaben|oekse)\b",
    r"\b(?:er|bliver) voldelig\b.*\b(?:nu|lige nu|i aften|i nat|igen)\b", r"\bvold\b.*\b(?:lige nu|nu|i aften|i nat)\b",
    r"\b(?:laast|spaerret) (?:mig|os) inde\b",
    # held against one's will: "bliver holdt fast i en lejlighed", "låser mig inde når han drikker"
    r"\b(?:bliver|blevet|er|blev) (?:holdt|spaerret|laast) (?:fast|inde|fanget|indespaerret)\b",
    r"\b(?:holder|holdt|spaerrer|spaerret|laaser|laaste|laast) (?:mig|os|hende|ham) (?:\w+ )?(?:inde|fanget|"
    r"indespaerret)\b",
    # touched against one's will, afraid or now
    r"\b(?:roerer|roerte|roert|befamler|befamlede|befoeler|befoelte|beroerer) (?:ved )?mig\b.{0,80}\b(?:bange|om "
    r"natten|stadig|nu|vil (?:ikke|ik)|uden at jeg)\b|\b(?:bange|om natten)\b.{0,60}\b(?:roerer|roerte|befamler|"
    r"befoeler) (?:ved )?mig\b",
    # a fight in which someone lies still or bleeds
    r"\b(?:slagsmaal|slaas|masseslagsmaal|slaaskamp)\b.{0,60}\b(?:ligger (?:helt )?(?:stille|ned|paa jorden)|bloeder|"
    r"reagerer (?:ikke|ik)|vaagner (?:ikke|ik)|kniv\w*)\b",
    r"\bhamrer paa (?:\w+ )?doer\w*\b", r"\bgemmer (?:mig|os)\b", r"\bleder efter (?:mig|os)\b",
    r"\bslaar (?:min|vores|sin) (?:mor|far|kone|mand|kaereste|boern|soen|datter|lillebror|lillesoester)",
    r"\bbange for (?:at )?(?:han|hun|min \w+) (?:slaar|draeber|goer|kommer)\b",
    r"\b(?:draebe|draeber|slaa) (?:mig|os|hende|ham|dem)(?: ihjel)?\b",
    r"\bovergreb\b.*\b(?:nu|i nat|i aften|lige)\b",
    r"\bgjort noget ved mig\b",
    r"\bkastet (?:mig|hende|ham|os) (?:ind i|mod|ned)\b",
    r"\bsmadret doeren\b",
    r"\b(?:tog|taget|tager|holdt|holder) (?:mig|hende|ham|os) om halsen\b",
    r"\bsmadre[rt] (?:alt|ting|doeren|fjernsynet|\w+et|\w+en)\b.{0,80}\b(?:nu|lige nu|bange|skriger)\b|\b(?:lige nu|"
    r"nu)\b.{0,40}\bsmadre[rt]\b",
    r"\bgoer det faerdigt\b",
    r"\b(?:braekke|braekker|smadre|smadrer) (?:mine|dine|hans|hendes|dine) (?:ben|arme|fingre|knaegt)\b",
    r"\bkommer og (?:slaar|braekker|tager|draeber|henter) (?:mig|os|hende|ham|mine)\b",
    r"\bbryde[rt]? ind (?:hos|i|paa)\b.{0,40}\b(?:nu|lige nu|i nat|i aften|bange|gemmer)\b|\bindbrud\b.{0,20}"
    r"\b(?:lige nu|i gang)\b|\bbreaking in\b",
    r"\bslaas\b.{0,60}\b(?:bange|nu|skriger|raaber|lige nu)\b",
    r"\btvunget (?:mig )?til (?:sex|at)\b",
    r"\b(?:lige|netop) blevet (?:overfaldet|voldtaget|tvunget|slaaet|stukket)\b",
    r"\b(?:vaagnet|vaagnede)\b.*\b(?:fremmed|ikke kender|uden toej|ikke mit toej|goer ondt)\b",
    r"\b(?:foelger|fulgt|fulgte) efter mig\b",
    r"\bstikke[rt]? (?:\w+ )?(?:mig|os|ham|hende) ned\b",
    r"\b(?:trukket|trak|hevet|hev) mig (?:ind|med)\b",
    r"\b(?:gemt|gemte) (?:mig|os)\b", r"\bsmider mig ud af\b",
    r"\bholder mig (?:nede|fast)\b", r"\bvil ikke lade mig gaa\b", r"\blaast doeren\b.*\b(?:bange|mig|fyr)\b",
    r"\bhamrer paa (?:vores |min )?doer\b", r"\b(?:overfaldet|stukket ned|slaaet ned)\b",
    # violence now, by construction
    r"\b(?:skubbet|skubbede|smidt|smed|slaebt|slaebte|hevet|vaeltet|vaeltede) (?:mig|hende|ham|os) (?:ned|ind|ud|"
    r"omkuld|"
    r"mod|i gulvet|rundt)\b",
    r"\bfat (?:i|om) (?:mig (?:i|om) )?(?:min |mit |mine |hendes |hans )?(?:hals|halsen|haaret|haar|nakken|struben)\b",
    r"\b(?:faar|faa) (?:jeg |du )?(?:taev|taesk|bank|kloe|en skalle|en lussing)\b",
    r"\b(?:presser|pressede|presset|tvinger|tvang) (?:mig|hende) (?:\w+ )?til (?:at have |at )?(?:sex|"
    r"ting jeg ikke vil)\b",
    r"\b(?:sagde|siger|truer|truede|skrev|skriver)\b.{0,20}\bhvis jeg\b.{0,60}\b(?:er jeg doed|slaar (?:han|hun|"
    r"de) mig|"
    r"draeber (?:han|hun|de) mig|faar jeg)\b",
    r"\b(?:de|nogen|nogle \w+|en fyr|en mand|han|hun|fyren|manden|gutterne|drengene)\b (?:\w+ ){0,2}(?:venter|staar|"
    r"holder oeje)\b.{0,40}\b(?:kniv\w*|vaaben|pistol|boksejern|bat)\b",
    r"\b(?:kniv\w*|vaaben|pistol)\b.{0,60}\b(?:toer (?:ikke|ik)|tor ik|bange)\b",
    r"\bhamrer paa (?:vores |min )?doer\w*\b",
    r"\bnoget i (?:min|sin|hendes|hans) (?:drink|oel|glas|sodavand|cola)\b", r"\bputtet noget i\b",
    r"\bfollowing me\b", r"\bhe'?s going to\b", r"\bdrugged\b",
    # English
    r"\b(?:hits|hit|hitting|beats|beating|beat|kicks|kicking|chokes|choking|strangling|threatens|threatening|attacking|"
    r"attacked) "
    r"(?:me|us|my|her|him|mom|mum|dad)\b", r"\braped\b", r"\brape\b", r"\bsexually assaulted\b",
    r"\b(?:has|with|holding|got) a (?:knife|gun)\b", r"\blocked (?:me|us) in\b",
    r"\bgoing to kill (?:me|us|her|him)\b",
    r"\b(?:says|said|threatens|threatened|swears|swore) (?:that )?(?:he|she|they)(?:'ll| will| is going to| is gonna|"
    r"'s gonna|'s going to| are going to) kill (?:me|us|her|him|my)\b",
    r"\bhiding from\b", r"\bafraid he will\b",
]

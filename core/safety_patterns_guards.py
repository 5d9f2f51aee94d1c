"""Guard patterns of :mod:`core.safety`: negation, the past, the present, information
questions, hyperbole, hypotheticals, method-seeking and distress."""

from __future__ import annotations

import re

from core.safety_patterns_fragments import _DRUG

_NEGATION = re.compile(r"\b(?:ikke|ik|ikk|aldrig|ingen|intet|not|never|no|nej)\b")
_NEGATION_SKIP = re.compile(r"\b(?:ikke|ik) (?:lade vaere|kan lade|kan stoppe|kan slippe|kan faa)\b")
_PAST = re.compile(
    r"\b(?:for \d+ aar siden|\d+ aar siden|som \d+[- ]?aarig|(?<!siden )i gaar|(?<!siden )igaar|sidste (?:vinter|"
    r"sommer|foraar|efteraar|weekend|uge)|i weekenden(?= da| hvor)|for (?:omkring|cirka|ca) (?:et|en|\w+) (?:aar|uger?|"
    r"maaneder)|nu hvor (?:han|hun|jeg) er (?:stoppet|clean|aedru)|de er vaek nu|i (?:mandags|tirsdags|onsdags|"
    r"torsdags|fredags|loerdags|soendags|sommers|vinters|foraars|foraaret|efteraaret|julen|paasken|gymnasiet|"
    r"folkeskolen)|"
    r"for (?:et|en|\w+) (?:halvt )?(?:aar|uger?|maaned(?:er)?|dage?) siden|da jeg gik i|"
    r"har (?:ikke|ik|ikk) gjort det i|"
    r"ikke gjort det (?:i|siden)|"
    r"men (?:han|hun|jeg|de) (?:er|har det) (?:helt )?(?:ok|okay|fint|godt)|men overlevede|intet slemt|last (?:month|"
    r"week|year|summer|winter)|"
    r"har faaet hjaelp|de hjaelper mig|havde det (?:\w+ )?(?:fint|godt|ok|okay) (?:igen |dagen efter|bagefter)|"
    r"dagen efter|fortalte bagefter|havde (?:\w+ ){0,2}(?:besvimet|taget|drukket|faaet|vaeret (?:helt )?vaek)|"
    r"har vaeret hos laegen|de er vaek nu|for (?:mange|nogle|flere|et par|to|tre|fire|"
    r"fem) (?:aar|maaneder|uger) siden|"
    r"sidste (?:aar|sommer|vinter|maaned|jul)|tidligere haft|doede af|doede for|doede i|var indlagt|overlevede|"
    r"da (?:vi|jeg|han|hun) var (?:smaa|lille|barn|yngre|teenager|\d+)|for aar tilbage|dengang|i sin tid|"
    r"som barn|i min barndom|years ago|last year|when i was|(?<!siden )i morges|i forgaars|i aftes|"
    r"(?:et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|mange|flere|nogle|par|\d+) (?:aar|maaneder|uger) siden|"
    r"tidligere har|"
    # thoughts or urges gone after help: "tankerne forsvandt efter terapien", "trangen er væk siden behandlingen"
    r"(?:tankerne|trangen|lysten|de) (?:er|forsvandt|gik) (?:heldigvis )?(?:vaek|forsvundet)? ?(?:efter|siden|takket)|"
    r"(?:meget |rigtig )?laenge siden|tilbage i (?:\d{4}|\w+erne|tiden)|i (?:19|20)\d\d\b|i \d{4}|"
    r"tidligere (?:vaeret|haft|forsoegt|gjort|skaaret|taget)|har (?:\w+ )?tidligere|i en periode|engang(?! imellem|"
    r" i mellem)|"
    r"da (?:vi|jeg|han|hun|de) var (?:\w+ ){0,2}(?:smaa|lille|barn|boern|yngre|teenager\w*|ung|unge|\d+|\w+aarig)|"
    r"som (?:teenager|teen|ung|yngre|\d+[- ]?aarig)|i mine teenageaar|i min ungdom|"
    r"(?:det )?er (?:heldigvis )?(?:ovre|forbi)|kommet (?:godt )?igennem|"
    # "så var det overstået" wished, not past
    r"(?<!saa var det )(?<!saa er det )(?<!var det hele )(?<!er det hele )(?<!ville det vaere )overstaaet|"
    r"haft (?:\w+ ){0,2}foer|"
    r"(?:aedru|clean|stoffri) (?:lige )?siden|efter (?:mit|min|hans|hendes) (?:\w+ )?(?:selvmordsforsoeg|forsoeg|"
    r"overdosis)|"
    r"used to|back in|as a (?:teen|kid|child)|in (?:19|20)\d\d|in high school|i gymnasiet)\b")
_NOW = re.compile(r"\b(?:nu(?! hvor)|lige nu|kom lige|har lige|er lige|lige (?:kommet|hentet|koert|set|fundet|ringet)|"
                  r"i nat|i aften|akut|her hos mig|right now|now|tonight)\b")
_RECOVERED = re.compile(
    r"\b(?:nu (?:gaar det|har jeg det|er jeg) (?:\w+ )?(?:godt|fint|bedre|okay|ok|aedru|clean|stoffri)|"
    r"(?:har det|gaar det|er) (?:\w+ )?(?:godt|fint|bedre|aedru|clean|stoffri) nu|(?:er|har vaeret) (?:aedru|clean|"
    r"stoffri) nu|"
    r"(?:i'?m|i am|doing) (?:fine|well|good|better|sober|clean) now|now i'?m (?:fine|well|sober|clean)|"
    r"nu (?:\w+ ){0,3}(?:hjaelp|behandling|stoppe|drikke mindre|ryge mindre))\b")


def _now(clause: str) -> bool:
    "A marker of the present in the clause, other than one saying things are well now."
    return bool(_NOW.search(_RECOVERED.sub(" ", clause)))


_INFO = re.compile(
    # counting questions about people in general: "hvor mange dør af overdosis hvert år"
    r"^hvor mange (?:\w+ ){0,4}(?:doer|doede|faar|fik|tager|tog|begaar|begik|proever|forsoeger|bliver|ender)\b|"
    r"^(?:hvad er|hvad betyder|hvad sker|hvad goer man|hvad skal (?:jeg|man) goere hvis|hvad gor man hvis|"
    r"findes der|hvornaar skal man|hvordan (?:ser|kan man se|laegger|hjaelper man|spotter|genkender|opdager|"
    r"forebygger|undgaar|taler man|snakker man|ved man)|hvilke|hvad er tegn|hvad er symptom|er det farligt|"
    r"kan man doe af|kan man faa en overdosis|hvad hedder|hvad hvis|what (?:is|are|happens|to do)|how do (?:you|i) "
    r"(?:know|recognise|recognize|spot|help)|is it dangerous|can you die)\b"
    r"|\bhvad (?:man|vi|jeg|de|hun|han) (?:skal )?(?:goer|goere) (?:hvis|naar)\b|\bwhat to do (?:if|when)\b"
    r"|\bhvis (?:en|ens|nogen|man|et) (?:\w+ ){0,2}(?:besvimer|falder om|kaster op|faar|tager|bliver (?:syg|daarlig))\b"
    r"|\b(?:naloxon|foerstehjaelp|first aid|hvis (?:nogen|man|en ven|min ven|han|hun) (?:nogensinde|en dag|engang)?\s?"
    r"(?:faar|tager|har taget)|if (?:someone|somebody|a friend)|kursus|undervisning|foredrag|tegn paa|"
    r"symptomer paa|signs of|forebygge|(?:er der|findes der|is there) (?:en |a )?(?:sammenhaeng|forbindelse|link|"
    r"connection) (?:mellem|between))\b")
_HYPERBOLE = re.compile(
    # anger at a discovery: "far slår mig ihjel når han ser regningen",
    # "mor kommer til at dræbe mig hvis hun finder ud af det"
    r"\b(?:kommer til at |vil )?(?:draebe|draeber|slaa|slaar|myrde|myrder|flaa|kill) (?:mig|me|dig|ham|hende|os) "
    r"(?:ihjel )?,?(?:naar|hvis|when|if) (?:\w+ ){0,3}(?:ser|finder ud af|opdager|hoerer|faar at vide|laeser|sees?|"
    r"finds? out|hears?)\b|"
    # regret over a thing done: "kunne sparke mig selv over at have glemt", "could kill myself for saying that"
    r"\b(?:kunne|kan|could) (?:godt |bare )?(?:skyde|slaa|sparke|draebe|kick|shoot|kill) (?:mig|myself)(?: selv)? "
    r"(?:for|over|fordi) (?:at have|at jeg (?:har|havde)|jeg (?:har|havde|glemte|sagde)|having|saying|doing)\b|"
    r"\b(?:doer|dor|doede|dode|doe|die|dying|dead|died) (?:af|of|from) (?:grin|griner|latter|kedsomhed|skam|skraek|"
    r"angst|nerver|"
    r"varme|sult|nervoesitet|spaending|kulde|laughter|laughing|boredom|embarrassment|cringe|flovhed)\b|"
    r"\bi'?m dead\b|\bim dead\b|\b(?:lol|lmao|haha\w*|hihi|xd|😂|🤣)\b|\bikke bogstaveligt\b|\bpjat\b|"
    r"(?<!ikke )\bfor sjov\b|"
    # a conditional threat to kill: "slår mig ihjel hvis", "dræber ham hvis" (plain "slår mig når" and
    # "kvæler mig når han er fuld" are violence)
    r"(?<!med at )\b(?:slaar|slår|draeber|dræber|kvaeler|myrder|flaar|kills?|murder) (?:mig|me|dig|ham|hende|"
    r"dem|jer|you|him|her) ihjel,? (?:hvis|if|naar|når|den dag)\b|"
    r"(?<!med at )\b(?:draeber|dræber|kvaeler|myrder|flaar|kills?|murder) (?:mig|me|dig|ham|hende|dem|jer|you|him|"
    r"her) (?:hvis|if|den dag)\b|\b(?:kill|murder) (?:my|his|her) \w+ (?:if|when)\b|"
    r"\b(?:tager|tog|tage) livet af mig med\b|\b(?:hellere|rather) (?:vil )?(?:doe|die) end\b|"
    r"\btoemmermand\w*\b.{0,40}\b(?:slaa|slaar|draebe|draeber) mig\b|"
    r"\b(?:ihjel|doed|kill me) hvis (?:hun|han|de|mine|min|mor|far) (?:finder|ser|opdager|faar)\b|"
    r"\b(?:mit|mine) (?:livs vaerste|livs)\b|\bvil doe for\b|\bville doe for\b|\bdie for (?:a|some|this)\b|"
    r"\b(?:telefon|mobil|batteri|computer|pc|bil|plante)\w* (?:er )?(?:ved at )?(?:doe|doer|doed)\b|"
    r"\bdoer (?:for at|efter at) (?:se|hoere|vide|faa)\b|\bdying to\b|\bkiller\b|\bslaa tiden ihjel\b|"
    r"\bdet slaar mig\b|\bhvis\b.{0,60}\bsaa er jeg doed\b|\b(?:filmen|serien|bogen|hovedpinen|min hovedpine|"
    r"toemmermaend\w*|mandagen|ugen|det her med \w+(?: \w+){0,3})\b.{0,40}\b(?:tog|tager|"
    r"tage) (?:fuldstaendig )?livet af mig\b|"
    r"\b(?:hovedpine\w*|toemmermaend\w*|kater\w*|det her med \w+(?: \w+){0,4}) (?:\w+ ){0,3}(?:draeber|slaar|"
    r"slaa) mig(?: ihjel)?\b|"
    r"\b(?:karriere\w*|socialt?|politisk\w*|rent|reneste) selvmord\b|"
    # idioms: "skyde sig selv i foden", "det er jo selvmord at gå til eksamen skæv"
    r"\bskyde (?:mig|sig|dig|os) selv i (?:foden|benet)\b|"
    r"\b(?:det|det her|det ville|det vil|det er) (?:\w+ ){0,3}selvmord (?:at|for (?:karakteren|snittet|\w+en))\b|"
    r"\bselvmordsmission\w*|\btoemmermaend\w*\b.{0,60}\b(?:vil doe|doer)\b|"
    r"\b(?:ved at doe|doer|doede|dying) af (?:bekymring|grin|skam|kedsomhed|nervoesitet|irritation|stress|traethed|"
    r"toerst|jalousi|misundelse|forventning|utaalmodighed|flovhed|pinlighed|spaending|sult|varme|kulde)\b|\b(?:eksamen|kater|katten|toemmermaend\w*|"
    r"lektier\w*|skolen|jobbet|chefen|arbejdet|trafikken|\w+en|\w+et) (?:(?!han |hun |de |"
    r"som )\w+ ){0,4}(?:slaar mig ihjel|"
    r"tage livet af mig|tager livet af mig|draeber mig)\b|\b(?:slaar|slaa|draeber|draebe|"
    r"slog) (?:\w+ ){0,2}(?:ihjel )?med (?:alle|sine|mine|hans|hendes|de|det|den|afleveringer|lektier|spoergsmaal|"
    r"snak)\b|"
    r"\bslog (?:mig|os) (?:\w+ )?ud\b|\bude paa at (?:draebe|slaa) (?:os|mig)\b.{0,20}\bmed\b|"
    r"\b(?:det|den|han|hun|du) (?:var |er )?(?:ved at )?(?:tage|tager|tog) livet af mig\b|\b(?:jobbet|job|arbejdet|"
    r"skolen|lektierne|lektier|eksamen|chefen|stress|det her|det) (?:tager|slaar) livet af mig\b|"
    r"\b(?:ihjel|draebe|draeber|myrde|myrder|smadre|smadrer|taeske|taesker|banke|banker|slaa|slaar|skyde|skyder) "
    r"(?:\w+ ){0,3}i (?:fifa|fortnite|cs|counter ?strike|minecraft|spillet|skak|padel|tennis|matchen|kampen|ludo|"
    r"kortspil|poker|paintball|laser ?tag|wrestling|mario ?kart|cod|lol)\b|"
    r"\boverdosis af (?!\w*(?:piller|heroin|kokain|stoffer|alkohol|metadon|sprit|benzo|hash|ghb|tabletter|medicin|"
    r"fentanyl|opioid|amfetamin|speed))\w+|\bslaar (?:til|op|igennem|ned paa|sig ned|et slag)\b|\bslaa (?:op|et slag|"
    r"til)\b")
_METHOD_QUESTION = re.compile(
    # where the drop is highest: "hvilken bro er den højeste", "højeste p-hus i byen"
    r"\b(?:hvilken|hvilket|hvilke|hvor er (?:den|det)|hvad er (?:den|det)) (?:\w+ ){0,3}(?:bro|bygning|hus|tag|p ?hus|"
    r"phus\w*|parkeringshus\w*|klippe|skraent|taarn|hoejhus|altan)\w* (?:\w+ ){0,4}(?:hoejeste?|hoejest|hoejt nok|"
    r"dybeste?)\b|\bhoejeste (?:bro|bygning|sted|klippe|tag|taarn|parkeringshus|p ?hus|hus)\b|"
    r"\bkan man doe af\b|\b(?:hvor mange|hvor meget)\b.{0,80}\b(?:skal man ta(?:ge)?|skal der til|doedelig\w*)\b|"
    r"\bhvor (?:hoejt|dybt)\b|\bbinder man en loekke\b|\bhvad sker der hvis man tager alle\b|"
    r"\bstoppe vejrtraekningen\b|"
    r"\bikke maerker noget hvis man tager\b|\bkan man doe af\b|\bblander\b.{0,40}\bi store maengder\b|\b(?:hvilke|"
    r"hvad for nogle) piller\b.{0,40}\bdoe\b|\bhow (?:many|much)\b.{0,60}\b(?:die|lethal|deadly|kill)\b|"
    # a dose question, by construction: "what happens / does it work if one takes ALL / 30 / a whole pack of ..."
    r"\b(?:hvad sker der|hvad sker der med kroppen|virker det|doer man|hvad hvis|what happens|does it work)\b.{0,30}"
    r"\b(?:hvis|naar|if|when) (?:man|jeg|du|you|i|one) (?:\w+ ){0,2}(?:tager|drikker|sluger|blander|spiser|take|"
    r"swallow|mix)\b.{0,40}\b(?:\d{2,}|alle|hele|en hel|hel|mange|en masse|all|whole|a bunch|" + _DRUG + r")|"
    r"\b(?:hvor mange|hvor meget|how many|how much)\b.{0,40}\b(?:er for mange|er for meget|kan man taale|"
    r"skal der til|skal man tage|tager det|would it take|does it take|is too many|is too much|er en overdosis|"
    r"til en overdosis)\b|"
    r"\bhvor lang tid (?:tager det|gaar der) (?:at|foer man) (?:doe|doer|ikke vaagne)\b|"
    r"\b(?:piller|pills)\b.{0,40}\b(?:ikke (?:vil )?vaagne|sove for altid|aldrig vaagne|never wake)\b|"
    r"\b(?:tage|tager|take) (?:alle|hele|all) (?:\w+ ){0,2}(?:piller|pillerne|tabletter|pills)\b.{0,30}\b(?:sove ind|"
    r"sove|doe|og saa)\b|\bhvordan (?:goer|gor) man\b.{0,30}\b(?:ikke goer ondt|smertefrit|hurtigt)\b")
_CHILD_INGESTED = re.compile(r"\b(?:fundet|spist|slugt|drukket af|faaet fat i)\b.{0,60}\b(?:\w*piller\w*|metadon|"
                             r"roedvin|vin|vodka|spiritus|alkohol|nikotin\w*|snus|medicin|opvaskemiddel|rensemiddel|"
                             r"metadonen|hash|stoffer|tabletter|sprit)\b|\bmangler (?:en del|noget) i flasken\b|"
                             r"\b(?:piller|pillerne|metadon|tabletter)\b.{0,60}\b(?:spist|slugt|fundet)\b")
_QUESTION_START = re.compile(r"^(?:kan|skal|maa|hvornaar|hvad|hvordan|hvem|hvilke|er det|boer|hvis|can|should|when|"
                             r"what|how)\b")
_HYPOTHETICAL = re.compile(r"\b(?:skoleprojekt\w*|projektuge\w*|statistik|socialraadgiver|borger(?:e|en)?|herberg\w*|"
                           r"personalet|patient(?:er|en)?|opgave|temadag|temauge|materialer|forebyggende|"
                           r"undervisningsforloeb|akutmodtagelsen|henvise dem|mistede en elev|forberedt|"
                           r"for en sikkerheds skyld|hypotetisk|just in case|be prepared|til en opgave|"
                           r"til min opgave|til et projekt|i undervisningen|for a school|"
                           # a professional teaching the subject: "undervise i selvmordsforebyggelse"
                           r"undervise (?:\w+ )?i|\w+forebyggelse|(?:holde )?et oplaeg|et forloeb om|"
                           r"elevernes spoergsmaal|"
                           # study, teaching and fiction: "skriver speciale om det", "et kursus jeg underviser på",
                           # "et teaterstykke hvor en karakter ..."
                           r"speciale\w*|bachelor\w*|afhandling\w*|eksamensopgave\w*|kursus|underviser (?:paa|i)|"
                           r"teaterstykke\w*|skuespil\w*|roman(?:en)?|novelle\w*|manuskript\w*|en karakter|"
                           r"karakteren|hovedperson\w*|rollespil\w*|dokumentar\w*|i timen|i klassen|"
                           r"hvis det (?:nu )?(?:skulle|sker|skete)(?: ske)?|if (?:it|that) (?:ever )?happens|"
                           r"school project|project (?:about|on)|assignment|essay|presentation (?:about|on)|"
                           # worry about some day: "bange for at hun en dag får en overdosis"
                           r"(?:bange for|bekymret for|frygter|nervoes for|angst for|afraid|worried)(?: \w+){0,6} "
                           r"(?:en dag|engang|paa et tidspunkt|ender med at|kan ende med|one day|some day))\b")
# The danger as a subject of talk or text: "en folder om overdosis", "en dokumentar om heroin
# og overdoser", "spørgsmål om selvmord"; as a name: "et band der hedder Overdose"
_TOPIC = re.compile(
    # a scene in fiction: "i den serie jeg ser bliver ...", "i spillet vi spiller ..."
    r"\bi (?:den |en |det |et |denne |dette )?(?:\w+ )?(?:serie\w*|film\w*|bog\w*|roman\w*|spil\w*|afsnit\w*|"
    r"episode\w*|show\w*) (?:jeg|vi|han|hun|de|man) (?:ser|saa|har set|laeser|laeste|spiller|spillede|hoerer)\b|"
    # a campaign or leaflet about it: "en kampagne på skolen om at ringe ..."
    r"\b(?:kampagne\w*|plakat\w*|folder\w*|pjece\w*|oplaeg\w*|projekt\w*) (?:paa \w+ )?(?:om|omkring) (?:\w+ ){0,8}$|"
                    r"\b(?:dokumentar\w*|film\w*|folder\w*|pjece\w*|artikel|artikler|bog|bogen|foredrag\w*|"
                    r"oplaeg\w*|podcast\w*|program\w*|kampagne\w*|spoergsmaal|undervisning\w*|forloeb\w*|tema\w*|"
                    r"opgave\w*|projekt\w*|emne\w*|viden|info\w*|materiale\w*|statistik\w*|tal|forskning\w*|"
                    r"rapport\w*|plakat\w*|video\w*|serie\w*|sang\w*|kursus|kurser|brochure\w*|hjemmeside\w*|"
                    r"avis\w*|nyhed\w*|historie\w*|leg|spil) (?:om|omkring|angaaende|about|on) (?:\w+ ){0,3}$|"
                    r"\b(?:hedder|kaldet|kaldes|ved navn|navnet|titlen|named|called) (?:\w+ )?$")
# Figures about the danger, asked about others: "hvor høj er selvmordsrisikoen hos ..."
_STATISTIC = re.compile(r"\b(?:selvmords|overdosis|selvskade)(?:risiko\w*|rate\w*|tal(?:let)?|statistik\w*|"
                        r"hyppighed\w*|doedsfald\w*)\b|\b(?:risiko\w*|rate\w*) for (?:selvmord|overdos\w*)\b")
_FIRST_PERSON = re.compile(r"\b(?:jeg|mig|min|mit|mine|i'?m|me|my)\b")
# A clause that depends on the one before it: "hvilke tegn kan tyde på, at en ung skader sig selv"
_SUBORDINATE = re.compile(r"^(?:at|om|hvis|naar|hvordan|hvorfor|hvornaar|that|if|whether)\b")
_METHOD_SEEKING = re.compile(
    r"\b(?:hvor mange|hvor meget)\b.*\b(?:for at (?:doe|do|ende|ikke vaagne)|er doedelig|doer man|slaar en ihjel)\b|"
    r"\bdoedelig (?:dosis|maengde)\b|\b(?:lethal|deadly) dose\b|\b(?:hurtigste|nemmeste|sikreste|"
    r"mest smertefri\w*) (?:maade|maaden|made) at doe\b|"
    r"\bdoe i soevne\b|\bhvor hoejt\b.{0,40}\bfalde\b|\bhow many\b.*\bto die\b|"
    r"\bsmertefri\w* (?:maade|doed)|"
    # the question says what for: "hvilke piller er bedst hvis man ikke vil vågne"
    r"\b(?:for|hvis (?:man|jeg)) (?:ikke|aldrig) (?:vil |skal )?(?:at )?vaagne\b|"
    r"\bso (?:i|you) (?:don'?t|never) wake\b")
_DISTRESS = re.compile(r"\b(?:orker ikke|kan ikke mere|har det (?:\w+ )?(?:skidt|lort|ad helvede til|daarligt|fucked)|"
                       r"alt er lort|"
                       r"ked af det|ingen (?:vil|gider)|hader mit liv|hate my life|can'?t take it|vil bare (?:vaek|"
                       r"have det|ha det)|"
                       r"jeg er faerdig|faerdig med det her|ikke kan mere|maa spoerge nogen|traet af det hele|"
                       r"haaber det|har fortjent det|"
                       r"ingen (?:der )?ville savne mig|faaet nok af|holde det ud|til at stoppe|er slut|sidste (?:gang|"
                       r"dag)|staar (?:oppe )?paa|"
                       # despair about oneself and one's life, not about a topic
                       r"hader mig selv|alt er (?:sort|meningsloest|haablost|noget lort)|ingen forstaar mig|"
                       r"(?:er|foeler mig som) en byrde|(?:kan ikke|kan ik) se (?:nogen|en) (?:vej ud|udvej|fremtid)|"
                       r"mit liv er (?:\w+ )?(?:lort|noget lort|meningsloest|slut|oedelagt)|"
                       r"ingen (?:vil|gider) (?:have|ha) mig|"
                       r"foeler mig (?:saa |helt )?(?:tom|alene|vaerdiloes|ubrugelig)|"
                       r"graeder hele tiden|"
                       r"feel like a burden|i'?m a burden|no way out|hate myself|i can'?t anymore|"
                       r"kan (?:ikke|ik|ikk) mere|orker (?:ikke|ik|ikk) mere|fucked|ad helvede til|"
                       r"(?:saa|helt|mega) (?:traet|traet) af (?:det hele|alt|livet)|"
                       # the question itself says what for: "ro for evigt", "så jeg ikke kommer tilbage"
                       r"(?:ro|sove|vaek) for (?:evigt|altid)|(?:ikke|ik|ikk|aldrig) (?:kommer|vaagner) (?:tilbage|op)|"
                       r"det er det jeg (?:har lyst til|vil)|det jeg har lyst til)\b")

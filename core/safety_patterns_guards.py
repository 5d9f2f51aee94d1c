"""Guard patterns of :mod:`core.safety`: negation, the past, the present, information
questions, hyperbole, hypotheticals, method-seeking and distress."""

from __future__ import annotations

import re

from core.safety_patterns_classes_5 import DISTRESS_5, HYPERBOLE_5, LESSON_5, METHOD_5, NOW_5
from core.safety_patterns_fragments import _DRUG

_NEGATION = re.compile(r"\b(?:ikke|ik|ikk|aldrig|ingen|intet|not|never|no|nej|nobody|noone|nothing|none)\b")
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
    r"sidste (?:aar|sommer|vinter|maaned|jul)|tidligere haft|(?<!hvis jeg )(?<!om jeg )(?<!jeg bare )doede (?:af|for)|"
    r"tidligere i (?:\w+ )?(?:forloebet|behandlingen|livet|perioden|aaret|aar)|"
    r"(?<!hvis jeg )(?<!om jeg )doede i(?! (?:morgen|soevne|nat|aften|dag)\b)|var indlagt|overlevede|"
    r"da (?:vi|jeg|han|hun) var (?:smaa|lille|barn|yngre|teenager|\d+)|for aar tilbage|dengang|i sin tid|"
    r"som barn|i min barndom|years ago|last year|when i was|(?<!siden )i morges|i forgaars|i aftes|"
    r"(?:et|en|to|tre|fire|fem|seks|syv|otte|ni|ti|mange|flere|nogle|par|\d+) (?:aar|maaneder|uger) siden|"
    r"tidligere har|"
    # thoughts or urges gone after help: "tankerne forsvandt efter terapien", "trangen er væk siden behandlingen"
    r"(?:tankerne|trangen|lysten|de) (?:er|forsvandt|gik) (?:heldigvis )?(?:vaek|forsvundet)? ?(?:efter|siden|takket)|"
    r"(?:meget |rigtig )?laenge siden|tilbage i (?:\d{4}|\w+erne|tiden)|i (?:19|20)\d\d\b|i \d{4}|"
    r"tidligere (?:vaeret|haft|forsoegt|gjort|skaaret|taget)|har (?:\w+ )?tidligere|(?:i|der var) en (?:\w+ )?periode|"
    r"plejede (?:at|og)|(?<!ikke )(?<!ik )(?<!ikk )(?<!not )engang(?! imellem|"
    r" i mellem)|"
    r"da (?:vi|jeg|han|hun|de) var (?:\w+ ){0,2}(?:smaa|lille|barn|boern|yngre|teenager\w*|ung|unge|\d+|\w+aarig)|"
    r"som (?:teenager|teen|ung|yngre|\d+[- ]?aarig)|i mine teenageaar|i min ungdom|"
    r"(?:det )?er (?:heldigvis )?(?:ovre|forbi)|kommet (?:godt )?igennem|"
    # "så var det overstået" wished, not past
    r"(?<!saa var det )(?<!saa er det )(?<!var det hele )(?<!er det hele )(?<!ville det vaere )"
    r"(?<!ha det )(?<!have det )(?<!ha det hele )(?<!have det hele )overstaaet|"
    r"haft (?:\w+ ){0,2}foer|"
    r"(?:aedru|clean|stoffri) (?:lige )?siden|efter (?:mit|min|hans|hendes) (?:\w+ )?(?:selvmordsforsoeg|forsoeg|"
    r"overdosis)|"
    r"used to|back in|as a (?:teen|kid|child)|in (?:19|20)\d\d|in high school|i gymnasiet|"
    # a time named by what someone did then: "da han drak", "da jeg stoppede med benzo"
    r"da (?:jeg|han|hun|de|vi|mor|far|min \w+) (?:\w+ )?(?:drak|roeg|brugte|tog stoffer|var (?:fuld|paa stoffer|i "
    r"misbrug|aktiv)|stoppede|holdt op|droppede|trappede ud)|"
    # the event is over and cared for: "ambulancen kom og tog ham", "blev udskrevet"
    r"ambulancen (?:kom|hentede|tog|koerte)(?! (?:ikke|ik|aldrig)\b)|(?:er|blev) (?:nu |lige |netop )?udskrevet|"
    r"har vaeret (?:aedru|clean|stoffri) i)\b")
_NOW = re.compile(r"\b(?:" + NOW_5 +
                  r"nu(?! hvor)|lige nu|(?:kommer|er) (?:tilbage|hjem) (?:om lidt|om et oejeblik|snart)|"
                  # afraid to go home is now: "tør ikke gå hjem efter skole"
                  r"(?:toer|tor|tør) (?:ikke|ik|ikk) (?:at )?(?:gaa|tage|komme|cykle) hjem|"
                  r"for (?:et|en|\w+|\d+) (?:kvarter|minut|minutter) siden|"
                  r"kom lige|har lige|er lige|lige (?:kommet|hentet|koert|set|fundet|ringet)|"
                  r"(?:fortalte|sagde|ringede|skrev|viste (?:mig|os)|opdagede|fandt) (?:lige|netop)|"
                  r"i nat|i aften|akut|her hos mig|right now|now|tonight)\b")
_RECOVERED = re.compile(
    r"\b(?:nu (?:gaar det|har jeg det|er jeg) (?:\w+ )?(?:godt|fint|bedre|okay|ok|aedru|clean|stoffri)|"
    r"(?:har det|gaar det|er) (?:\w+ )?(?:godt|fint|bedre|aedru|clean|stoffri) nu|(?:er|har vaeret) (?:aedru|clean|"
    r"stoffri) nu|"
    r"(?:i'?m|i am|doing) (?:fine|well|good|better|sober|clean) now|now i'?m (?:fine|well|sober|clean)|"
    r"nu (?:\w+ ){0,3}(?:hjaelp|behandling|stoppe|drikke mindre|ryge mindre)|"
    r"(?:nu )?(?:er )?udskrevet (?:og )?(?:er )?(?:stabil|hjemme|okay|ok)|(?:er|nu) stabil (?:nu)?)\b")


# Something just seen, read or heard about: "har lige set en dokumentar om ..."
_JUST_MEDIA = re.compile(r"\b(?:har |er )?lige (?:set|laest|hoert|lyttet til|vaeret til|faaet) (?:en |et |den |det )?"
                         r"(?:\w+ )?(?:dokumentar|film|artikel|podcast|foredrag|video|program|serie|udsendelse|oplaeg|"
                         r"afsnit|reportage|indslag|klip)\w*")


def _now(clause: str) -> bool:
    "A marker of the present in the clause, other than one saying things are well now or media just seen."
    return bool(_NOW.search(_JUST_MEDIA.sub(" ", _RECOVERED.sub(" ", clause))))


_INFO = re.compile(
    # counting questions about people in general: "hvor mange dør af overdosis hvert år"
    r"^hvor mange (?:\w+ ){0,4}(?:doer|doede|faar|fik|tager|tog|begaar|begik|proever|forsoeger|bliver|ender)\b|"
    r"^how many (?:\w+ )?(?:people|persons|danes|users|teens|teenagers|kids|children|adults|men|women|of them) "
    r"(?:\w+ )?(?:die|died|get|got|take|took|commit|attempt|overdose|end up)\b|^how many (?:die|died) (?:of|from)\b|"
    r"^(?:hvad er|hvad betyder|hvad sker|hvad goer man|hvad skal (?:jeg|man) goere hvis|hvad gor man hvis|"
    r"findes der|hvornaar skal man|hvordan (?:ser|kan man se|laegger|hjaelper man|spotter|genkender|opdager|"
    r"forebygger|undgaar|taler man|snakker man|ved man)|hvilke|hvad er tegn|hvad er symptom|er det farligt|"
    r"kan man (?:\w+ ){0,2}(?:doe af|faa en overdosis|faa overdosis|overdosere)|"
    r"hvad hedder|hvad hvis|what (?:is|are|happens|to do)|how do (?:you|i) "
    r"(?:know|recognise|recognize|spot|help)|is it dangerous|can you die)\b"
    r"|\bhvad (?:man|vi|jeg|de|hun|han) (?:skal )?(?:goer|goere) (?:hvis|naar)\b|\bwhat to do (?:if|when)\b"
    r"|\bhvis (?:en|ens|nogen|man|et) (?:\w+ ){0,2}(?:besvimer|falder om|kaster op|faar|tager|bliver (?:syg|daarlig))\b"
    r"|\b(?:naloxon|foerstehjaelp|first aid|hvis (?:nogen|man|en ven|min ven|han|hun) (?:nogensinde|en dag|engang)?\s?"
    r"(?:faar|tager|har taget)|if (?:someone|somebody|a friend)|kursus|undervisning|foredrag|tegn paa|"
    r"symptomer paa|signs of|forebygge|(?:er der|findes der|is there) (?:en |a )?(?:sammenhaeng|forbindelse|link|"
    r"connection) (?:mellem|between)|(?:paa|til|fra) kurs(?:et|erne|er)|laerte (?:vi|de) (?:om |at )?)\b")
_HYPERBOLE = re.compile(
    # anger at a discovery: "far slår mig ihjel når han ser regningen",
    # "mor kommer til at dræbe mig hvis hun finder ud af det"
    HYPERBOLE_5 +
    r"\b(?:kommer til at |vil )?(?:draebe|draeber|slaa|slaar|myrde|myrder|flaa|kill) (?:mig|me|dig|ham|hende|os) "
    r"(?:ihjel )?,?(?:naar|hvis|when|if) (?:\w+ ){0,3}(?:ser|finder ud af|opdager|hoerer|faar at vide|laeser|sees?|"
    r"finds? out|hears?)\b|"
    # regret over a thing done: "kunne sparke mig selv over at have glemt", "could kill myself for saying that"
    r"\b(?:kunne|kan|could) (?:godt |bare )?(?:skyde|slaa|sparke|draebe|kick|shoot|kill) (?:mig|myself)(?: selv)? "
    r"(?:for|over|fordi) (?:at have|at jeg (?:har|havde)|jeg (?:har|havde|glemte|sagde)|having|saying|doing)\b|"
    r"\b(?:doer|dor|doede|dode|doe|die|dying|dead|died) (?:af|of|from) (?:grin|griner|latter|kedsomhed|skam|skraek|"
    r"angst|nerver|"
    r"varme|sult|nervoesitet|spaending|kulde|laughter|laughing|boredom|embarrassment|cringe|flovhed)\b|"
    r"\bi'?m dead\b|\bim dead\b|\b(?:lol|lmao|haha\w*|hihi|xd)\b|[😂🤣]|"
    # a thing that "kills" the writer: "det her møde dræber mig", "den her uge slår mig ihjel"
    r"\b(?:det|den) her \w+ (?:\w+ )?(?:draeber|slaar) mig\b|"
    # so good or so dull that one dies: "så sjov at jeg er ved at dø" (not "så dårligt at jeg vil dø")
    r"\b(?:saa|so) (?!(?:daarlig\w*|skidt|ondt|ked|traet|ensom|alene|bange|haabloes)\b)\w+ at jeg "
    r"(?:er ved at )?(?:doer|doe)\b|"
    r"\bikke bogstaveligt\b|\bpjat\b|"
    r"(?<!ikke )\bfor sjov\b|"
    # a conditional threat to kill: "slår mig ihjel hvis", "dræber ham hvis" (plain "slår mig når" and
    # "kvæler mig når han er fuld" are violence)
    # (also after "kommer til at", "vil": "far kommer til at slå mig ihjel hvis jeg taber nøglerne")
    r"(?<!med at )\b(?:slaar|slår|slaa|draeber|dræber|draebe|kvaeler|kvaele|myrder|myrde|flaar|flaa|kills?|murder) "
    r"(?:mig|me|dig|ham|hende|dem|jer|you|him|her) ihjel,? (?:hvis|if|naar|når|den dag)\b|"
    r"(?<!med at )\b(?:draeber|dræber|draebe|kvaeler|kvaele|myrder|myrde|flaar|flaa|kills?|murder) (?:mig|me|dig|ham|"
    r"hende|dem|jer|you|him|her) (?:hvis|if|den dag)\b|\b(?:kill|murder) (?:my|his|her) \w+ (?:if|when)\b|"
    r"\b(?:tager|tog|tage) livet af mig med\b|\b(?:hellere|rather) (?:vil |ville )?(?:doe|die) end\b|"
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
    r"lektier\w*|skolen|jobbet|chefen|arbejdet|trafikken|vejret|(?<!har )(?<!havde )(?<!jeg )\w+en|"
    r"(?<!har )(?<!havde )(?<!jeg )\w+et) (?:(?!han |hun |de |"
    r"som |jeg |i |vi )\w+ ){0,5}(?:slaar mig ihjel|"
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
    r"til)\b|"
    # another's fear for the writer, no wish: "min mor tror jeg dør af det"
    r"\b(?:mor|far|min \w+|mine \w+|han|hun|de) (?:\w+ )?(?:tror|mener|er bange for|frygter) (?:at )?jeg "
    r"(?:doer|kommer til at doe) af\b")
_METHOD_QUESTION = re.compile(
    # where the drop is highest: "hvilken bro er den højeste", "højeste p-hus i byen"
    METHOD_5 +
    r"\b(?:hvilken|hvilket|hvilke|hvor er (?:den|det)|hvad er (?:den|det)) (?:\w+ ){0,3}(?:bro|bygning|hus|tag|p ?hus|"
    r"phus\w*|parkeringshus\w*|klippe|skraent|taarn|hoejhus|altan)\w* (?:\w+ ){0,4}(?:hoejeste?|hoejest|hoejt nok|"
    r"dybeste?)\b|\bhoejeste (?:bro|bygning|sted|klippe|tag|taarn|parkeringshus|p ?hus|hus)\b|"
    r"\bkan man doe af\b|\b(?:hvor mange|hvor meget)\b.{0,80}\b(?:skal man ta(?:ge)?|skal (?:der )?(?:saa |egentlig |"
    r"cirka |mon )?til|doedelig\w*)\b"
    # a limit asked for safety, not a dose: "hvor meget skal der til før det er farligt"
    r"(?! (?:foer|for at|inden) (?:det (?:er|bliver) (?:farligt|for meget)|man (?:bliver|er) (?:fuld|skaev|syg|"
    r"paavirket)|blive (?:fuld|skaev|paavirket)|man maerker))|"
    r"\bhvor (?:hoejt|dybt)\b|\bbinder man en loekke\b|\bhvad sker der hvis man tager alle\b|"
    r"\bstoppe vejrtraekningen\b|"
    r"\bikke maerker noget hvis man tager\b|\bkan man doe af\b|\bblander\b.{0,40}\bi store maengder\b|\b(?:hvilke|"
    r"hvad for nogle) piller\b.{0,40}\bdoe\b|\bhow (?:many|much)\b.{0,60}\b(?:die|lethal|deadly|kill)\b|"
    # a dose question, by construction: "what happens / does it work if one takes ALL / 30 / a whole pack of ..."
    r"\b(?:hvad sker der|hvad sker der med kroppen|virker det|doer man|hvad hvis|what happens|does it work)\b.{0,30}"
    r"\b(?:hvis|naar|if|when) (?:man|jeg|du|you|i|one) (?:\w+ ){0,2}(?:tager|drikker|sluger|blander|spiser|take|"
    r"swallow|mix)\b.{0,40}\b(?:\d{2,}|alle|hele|en hel|hel|mange|en masse|all|whole|a bunch|" + _DRUG + r")|"
    r"\b(?:hvor mange|hvor meget|how many|how much)\b.{0,40}\b(?:er for mange|er for meget|kan man taale|"
    r"skal der (?:saa |egentlig |cirka |mon )?til(?! (?:foer|for at|inden) (?:det|man|at|blive))|skal man tage|"
    r"tager det|would it take|does it take|"
    r"is too many|is too much|er en overdosis|til en overdosis)\b|"
    r"\bhvor lang tid (?:tager det|gaar der) (?:at|foer man) (?:doe|doer|ikke vaagne)\b|"
    r"\b(?:piller|pills)\b.{0,40}\b(?:ikke (?:vil )?vaagne|sove for altid|aldrig vaagne|never wake)\b|"
    r"\b(?:tage|tager|take) (?:alle|hele|all) (?:\w+ ){0,2}(?:piller|pillerne|tabletter|pills)\b.{0,30}\b(?:sove ind|"
    r"sove|doe|og saa)\b|\bhvordan (?:goer|gor) man\b.{0,30}\b(?:ikke goer ondt|smertefrit|hurtigt)\b")
_QUESTION_START = re.compile(r"^(?:kan|skal|maa|hvornaar|hvad|hvordan|hvem|hvilke|er det|boer|hvis|can|should|when|"
                             r"what|how)\b")
_HYPOTHETICAL = re.compile(r"\b(?:" + LESSON_5 +
                           r"skoleprojekt\w*|projektuge\w*|sikkerhedsplan\w*|kriseplan\w*|"
                           r"laver (?:et )?projekt|projekt i skolen|"
                           # a plan for if: "hvis selvmordstankerne vender tilbage"
                           r"(?:hvis|til hvis|i tilfaelde af at|in case) (?:\w+ ){0,3}(?:tanker\w*|trang\w*|"
                           r"selvmordstanker\w*) (?:\w+ )?(?:kommer|vender) (?:igen|tilbage)|"
                           r"statistik|socialraadgiver|borger(?:e|en)?|herberg\w*|"
                           r"personalet|patient(?:er|en)?|opgave|temadag|temauge|materialer|forebyggende|"
                           r"undervisningsforloeb|akutmodtagelsen|henvise dem|mistede en elev|forberedt|"
                           # news, a school subject, a procedure or policy: "så i nyhederne at ...",
                           # "lærte i biologi at ...", "hvad er proceduren hvis en elev ..."
                           r"i (?:\w+ )?\w*(?:nyhederne|avisen)|i radioen|i biologi\w*|i kemi\w*|i samfundsfag|"
                           r"laerte om|der stod (?:at|i bogen)|in the news|in biology|procedure\w*|underretning\w*|"
                           r"retningslinje\w*|handleplan\w*|skolepolitik\w*|\w*politik (?:om|for)|policy|guidelines|"
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
                           r"school paper|(?:paper|report|thesis) (?:about|on)|\w+ prevention|"
                           # worry about some day: "bange for at hun en dag får en overdosis"
                           r"(?:bange for|bekymret for|frygter|nervoes for|angst for|afraid|worried)(?: \w+){0,6} "
                           r"(?:en dag|engang|paa et tidspunkt|ender med (?:at|en|et)|kan ende med|one day|"
                           r"some day))\b")
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
                    r"avis\w*|nyhed\w*|historie\w*|leg|spil) (?:(?:i|paa|til|for) (?:\w+ )?\w+ )?(?:om|omkring|"
                    r"angaaende|about|on) (?:\w+ ){0,3}$|"
                    r"\b(?:hedder|kaldet|kaldes|ved navn|navnet|titlen|named|called) (?:\w+ )?$")
# Figures about the danger, asked about others: "hvor høj er selvmordsrisikoen hos ..."
_STATISTIC = re.compile(r"\b(?:selvmords|overdosis|selvskade)(?:risiko\w*|rate\w*|tal(?:let)?|statistik\w*|"
                        r"hyppighed\w*|doedsfald\w*)\b|\b(?:risiko\w*|rate\w*) for (?:selvmord|overdos\w*)\b|"
                        r"\b(?:overdose|suicide|drug) (?:deaths|rates?|statistics|figures|numbers)\b")
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
    r"\b(?:for|foer|hvis|saa|til) (?:man|jeg|du|en)? ?(?:\w+ )?(?:ikke|ik|ikk|aldrig) (?:vil |skal |kan )?(?:at )?"
    r"vaagne\w*\b|\b(?:forbloede[rt]?|bloede[rt]? ihjel)\b|\bskaere[rt]? paa langs\b|"
    r"\bso (?:i|you) (?:don'?t|never) wake\b")
_DISTRESS = re.compile(r"\b(?:" + DISTRESS_5 +
                       r"orker ikke|kan ikke mere|har det (?:\w+ ){0,3}(?:skidt|lort|ad helvede til|daarligt|"
                       r"fucked)|"
                       r"alt er lort|"
                       r"ked af det|ingen (?:vil|gider)|hader mit liv|hate my life|can'?t take it|vil bare (?:vaek|"
                       r"have det|ha det)|"
                       r"jeg er faerdig|faerdig med (?:det her|alt|det hele|livet)|ikke kan mere|maa spoerge nogen|"
                       r"traet af det hele|"
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
                       r"(?:kan|orker)(?: jeg)? (?:ikke|ik|ikk) mere|fucked|ad helvede til|"  # "nu kan jeg ikke mere"
                       r"(?:saa|helt|mega) (?:traet|traet) af (?:det hele|alt|livet)|"
                       # the question itself says what for: "ro for evigt", "så jeg ikke kommer tilbage"
                       r"(?:ro|sove|vaek) for (?:evigt|altid)|(?:ikke|ik|ikk|aldrig) (?:kommer|vaagner) (?:tilbage|op)|"
                       r"det er det jeg (?:har lyst til|vil)|det jeg har lyst til|"
                       r"(?:vil|skal) (?:bare )?(?:ha|have) det (?:hele )?overstaaet|"
                       r"vil (?:bare )?(?:ha|have) (?:ro|fred)(?: nu| for altid| for evigt)?$|er det smertefrit|"
                       # "tror ikke jeg kan mere", an urge that must out now: "skal bare have det ud"
                       r"(?:ikke|ik|ikk) (?:\w+ ){0,2}(?:kan|orker) (?:mere|mer)|"
                       r"(?:skal|maa|traenger til at|traenger til) (?:bare )?(?:have det ud|"
                       r"maerke (?:det|smerten|noget))|"
                       r"trangen er (?:for |alt for )?(?:stor|staerk)|kan (?:ikke|ik|ikk) (?:styre|holde) trangen)\b")
# The purpose a method question names: dying, not waking, sleeping for ever
_LETHAL_PURPOSE = re.compile(r"\b(?:for at|saa|hvis|til at|foer|saadan at) (?:\w+ ){0,4}?(?:(?:ikke|ik|ikk|aldrig) "
                             r"(?:\w+ )?(?:vaagne\w*|vagne\w*|kommer tilbage)|doe|doer|dor|sove\w* (?:ind )?for "
                             r"(?:altid|evigt)|(?:ikke|ik) (?:er|vaere) her (?:mere|i morgen))\b")
# The means at hand: "har begge dele stående her", "pillerne ligger foran mig"
_MEANS_AT_HAND = re.compile(r"\b(?:har (?:\w+ ){0,3}(?:staaende|liggende) (?:her|klar|foran mig|ved siden af mig|"
                            r"paa bordet)|"
                            r"(?:ligger|staar) (?:\w+ ){0,2}(?:klar|foran mig|ved siden af mig|lige her|"
                            r"her paa bordet)|"
                            r"har (?:dem|det|begge dele|pillerne|flasken|kniven|rebet|det hele) (?:lige )?(?:her|klar|"
                            r"foran mig|i haanden)|"
                            r"(?:fundet|har adgang til|staar foran) (?:\w+ ){0,2}\w*medicinskab\w*)\b")
# ... and a dose question about all of it or about dying, not a dose for a headache
_ALL_OR_LETHAL = re.compile(r"\b(?:alle|hele|for mange|for meget|skal der til|doedelig\w*|doe|doer|overdosis|"
                            r"paa (?:en|én) gang|samtidig|\d{2,}|vaagne\w*)\b")

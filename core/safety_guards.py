"""Guards of :mod:`core.safety`: when a pattern's hit in a clause is not about danger now
(negated, past, hypothetical, information, hyperbole, a habit stopped ...)."""

from __future__ import annotations

import re

from core.safety_clauses import _SENTENCE_SPLIT, _clause_and_after, _clause_before, _sentence_of
from core.safety_guards_change import REST_OF_LIFE, changing_life
from core.safety_guards_frames import (
    _COERCIVE_CONDITION,
    _PAST_TIME,
    _PAST_VERB,
    _WELL_NOW,
    everyday_threatener,
    framed_by_opening,
    idiom,
    in_past_narrative,
    later_today,
    ongoing_harm,
    only_recent_past,
    past_governs,
    reported_now,
)
from core.safety_patterns_classes_5 import USE_PERIOD_5
from core.safety_patterns_farewell import LEFT_WITH_MEANS
from core.safety_patterns_fragments import _DRUG, _HABIT
from core.safety_patterns_guards import (
    _DISTRESS,
    _FIRST_PERSON,
    _HYPERBOLE,
    _HYPOTHETICAL,
    _INFO,
    _METHOD_SEEKING,
    _NEGATION,
    _NEGATION_SKIP,
    _PAST,
    _STATISTIC,
    _SUBORDINATE,
    _TOPIC,
    _now,
)
from core.safety_patterns_signs import _DELAYED_OVERDOSE, _RECENT_TIME

# Patterns whose own words carry a negation ("vil ikke leve"): the negation guard skips them.
_SELF_NEGATED = re.compile(r"\b(?:ikke|ik|ikk|aldrig|ingen|not|don'?t|dont|won'?t|can'?t|isn'?t|no)\b")
_NEGATION_JUST_BEFORE = re.compile(r"\b(?:aldrig|never)(?: (?:nogensinde|rigtig))? $")
# Negations that do not negate what follows: despair ("kan ikke mere") and rhetoric
# ("kan jeg ikke bare ...").
_NOT_A_NEGATION = re.compile(r"\b(?:ikke|ik|ikk) (?:mere|mer|bare)\b")
_NEGATED_THOUGHT = re.compile(r"\b(?:ingen|ikke|aldrig|ik)\b(?: \w+){0,2} (?:tanker|taenkt|tanke|planer|lyst|"
                              r"intention\w*|trang)"
                              r" (?:om|paa|til) (?:at )?(?!andet|noget andet|other)(?:\w+ ){0,6}$")
# The thought itself denied before what it is about: "jeg tænker ikke på at gøre skade på mig selv"
_NOT_THINKING_OF = re.compile(r"\b(?:taenker|tanker|overvejer|planlaegger|taler) (?:\w+ )?(?:ikke|ik|ikk|aldrig)"
                              r"(?: \w+)? (?:paa|om) (?!andet|noget andet|andre ting|other)(?:at )?(?:\w+ ){0,3}$")
_PRESENT_WISH = re.compile(r"\b(?:har jeg|jeg har) (?:\w+ )?lyst\b|\bjeg vil\b|\bvil jeg\b|\bjeg taenker paa at\b|"
                           r"\btaenker jeg paa at\b|\bjeg skal\b")


def _negated(clause: str, start: int, matched: str) -> bool:
    # a pattern that spans clauses ("vold ... nu") carries its own negation only within its first clause
    prefix = clause[:start]
    if _SELF_NEGATED.search(matched[:len(clause) - start]):
        return bool(_NEGATION_JUST_BEFORE.search(prefix))  # "har aldrig rørt mig og jeg er ikke bange"
    window = _NOT_A_NEGATION.sub(" ", " ".join(prefix.split()[-3:]))
    if _NEGATED_THOUGHT.search(prefix) or _NEGATED_FRAME.search(prefix) or _NOT_THINKING_OF.search(prefix):
        return True
    return bool(_NEGATION.search(window)) and not _NEGATION_SKIP.search(clause)


# A negation whose scope runs further than three words: "det er ikke sådan at jeg vil ...",
# "uden at", "ingen planer eller tanker om ..."
_NEGATED_FRAME = re.compile(r"\b(?:det er (?:ikke|ik) (?:saadan|fordi|som om|fordi at)|(?:ikke|ik) (?:fordi|at) jeg|"
                            r"uden at|(?:ingen|ikke nogen|aldrig haft) (?:\w+ ){0,4}(?:tanker|planer|trang|lyst)|"
                            r"not (?:that|like) i|i'?m not|i am not|i have no|i never|(?:ikke|ik) tale om at|"
                            r"(?:ikke|ik)(?: \w+){0,3} (?:saadan|sådan) at)\b|"
                            # "har ikke sagt at nogen truer ham": what no one said
                            r"\b(?:ikke|ik|aldrig) (?:\w+ )?(?:sagt|skrevet|naevnt|fortalt|set tegn paa)(?: \w+){0,2} "
                            r"(?:at|om)(?: \w+){0,2} $|"
                            # a possibility in general: "fordi man kan få kramper"
                            r"\b(?:man|en|nogen|folk) (?:\w+ )?(?:kan|kunne|risikerer at|risikerer) "
                            r"(?:faa|fa|komme til at faa) (?:en )?$|"
                            # "ingen har taget en overdosis": no one is the subject of the danger
                            r"^(?:og |men )?(?:ingen|ikke nogen|nobody|no one)(?: af (?:os|dem))? (?:har|havde|tog|"
                            r"er blevet|has|had)(?: \w+){0,2} $")
# Danish puts the negation after the finite verb: "jeg skærer ikke i mig selv"
_NEGATION_AFTER = re.compile(r"^\w*(?: (?:jeg|du|han|hun|vi|de|man|mig|dig|os|ham|hende|dem))? "
                             r"(?:ikke|ik|ikk|aldrig|overhovedet ikke)\b")


def _negated_word(clause: str, start: int, word: str) -> bool:
    """A word of danger that is negated before it or, in Danish word order, just after it."""
    return _negated(clause, start, word) or bool(_NEGATION_AFTER.search(clause[start:]))


_STOPPING_USE = re.compile(r"\b(?:(?:skal|vil|maa|skulle) (?:\w+ )?(?:ud af|vaek fra|fri af|fri for) "
                           r"(?:det|mit|den|de|min) (?:\w+ )?(?:miljoe|kreds|omgangskreds|klike|bande|misbrug)\w*|"
                           r"komme ud af|stoppe (?:helt )?med|holde op med|trappe ud|blive clean|vaere clean|"
                           r"vaere aedru|"
                           r"blive aedru|drikke mindre|skaere ned|aldrig mere (?:druk|hash|stoffer|alkohol))\b")
_STOP_HABIT = re.compile(r"\b(?:drikker (?:ikke|aldrig) (?:mere|igen)|(?:aldrig|ikke) (?:mere )?(?:drikke|ryge|tage|"
                         r"roere)"
                         r" (?:\w+ )?(?:mere|igen)|(?:(?:slut|faerdig|stop|af|vaek|afsked) (?:med|fra)|farvel til|"
                         r"ingen (?:mere|mer|flere)|(?:afslutte|afslutter|slutte|ende|ender) (?:\w+ )?forhold\w* "
                         r"(?:til|med)) (?:min |mit |mine |de |"
                         r"det |den )?"
                         r"(?:" + _HABIT + r")|smider (?:dem|det|den|resten|pillerne|flasken|flaskerne) ud|"
                         r"haelder (?:\w+ )?ud|i behandling|(?:stoppe|holde op|slutte|faerdig)(?: \w+){0,3} (?:med|"
                         r"fra) "
                         r"(?:at )?(?:drikke|ryge|tage|" + _HABIT + r")|(?:quit|stop) (?:" + _HABIT + r"))\b")
_ENDING_WORDS = re.compile(r"\b(?:gider|slutte|slutter|ende|ender|afslutte|afslutter|farvel|slut|altid|evigt|"
                           r"good|vaek|forsvinde)\b")
# A cut by accident at work or in the kitchen, not a cut made to hurt oneself
_ACCIDENT = re.compile(r"\b(?:ved et uheld|lave\w* (?:\w+ )?\w*mad|lavede mad|laver mad|broedkniv\w*|kartofler|"
                       r"med (?:\w+ )?(?:te|kaffe|kakao|vand|suppe|olie|damp)|opvask\w*|"
                       r"loeget|(?:paa|i|over) (?:et |nogle |noget )?glasskaar|daasen|barberede mig)\b")
_CUT_DOWN = re.compile(r"\b(?:skaaret|skaerer|skaere|skar|skaret) (?:\w+ )?ned\b")
# Dying as the goal of a sober life: "jeg vil dø som ædru mand"
_DEATH_AS_GOAL = re.compile(r"\b(?:doe|die) (?:som (?:en )?(?:\w+ )?(?:aedru|clean|gammel|lykkelig|glad)|aedru|gammel|"
                            r"af alderdom|sober|old)\b")
# Hyperbole frames do not hide a threat that is present now ("står udenfor og råber at han slår mig ihjel")
_PRESENT_DANGER = re.compile(r"\b(?:udenfor|uden for doeren|lige nu|hamrer|kniv\w*|pistol\w*|"
                             r"(?:toer|tor) (?:ikke|ik|ikk) (?:at )?(?:gaa|tage|komme|cykle) hjem|"
                             r"har (?:lige )?(?:slaaet|smidt|skubbet|sparket|kastet|kvalt|revet)|"
                             r"(?:kommer|er) (?:tilbage|hjem) (?:om lidt|om et oejeblik|snart|lige om lidt)|"
                             r"sidder (?:lige )?(?:udenfor|derude)|venter (?:paa mig )?(?:udenfor|derude|nedenfor))\b")
_LAUGH = re.compile(r"(?:\b(?:lol|haha\w*|hihi|xd|jk|for sjov)\b|[\U0001f602\U0001f923\U0001f605\U0001f606\U0001f61c])")


# Hitting and kicking in sport and music: "slår på sækken", "blev sparket i kampen", "slår på trommer"
_SPORT = re.compile(r"\b(?:\w*boks\w*|kickboks\w*|sparring|sparrede|traening\w*|kampsport|mma|karate|judo|taekwondo|"
                    r"haandbold|fodbold\w*|ishockey|tackling|rugby|saekken|\w*saek(?:ken)?|trommer?|trommesaet\w*|"
                    r"bolden|golf\w*|tennis|squash|padel|puder|puden|boxing|the bag|sparring|training)\b")


# Dying of a cause that is no danger, said anywhere in the sentence: "tømmermændene er
# sindssyge, jeg er ved at dø"
_HARMLESS_CAUSE = re.compile(r"\b(?:toemmermaend\w*|kater(?:en)?|hovedpine\w*|influenza\w*|forkoelelse\w*|"
                             r"kedsomhed|varme(?:n)?|hedebolge\w*|traening\w*|eksamen|lektie\w*|muskelfeber|"
                             r"hangover|jetlag|spinning\w*|crossfit|sult(?:en)?|grin)\b")
_DYING_WORDS = re.compile(r"^(?:(?:jeg|han|hun) )?(?:er )?(?:ved at doe|doer|doe|vil doe|skal (?:bare )?doe|dying|"
                          r"dead)$")
_INGESTED = re.compile(r"\b(?:taget|tog|slugt|slugte|spist|sniffet|blandet|" + _DRUG + r")\b"
                       r"(?! (?:mig|hende|ham|os|dem|fat)\b)")


# "jeg vil stoppe for altid, ikke mere sprut": the writer quits a habit named in the sentence
# The next sentence names the habit to end: "... for altid. ikke mere hash", "... slut med druk"
_HABIT_NEXT = re.compile(r"^\W*(?:(?:ikke|ik|ingen) (?:mere|mer)|slut med|farvel til|no more|bye bye) (?:\w+ )?"
                         r"(?:" + _HABIT + r")\b")


def _after_sentence(whole: str, clause: str) -> str:
    """What follows the sentence that holds the clause."""
    position = whole.find(clause)
    if position < 0:
        return ""
    parts = _SENTENCE_SPLIT.split(whole[position + len(clause):], maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


# Someone started using at parties or with friends: worry about a habit, no danger now
_USE_ONSET = re.compile(r"\bbegyndt at (?:tage|ryge|drikke|bruge|sniffe|eksperimentere med) (?:\w+ ){0,2}(?:til fester|"
                        r"til fest|i weekend\w*|i byen|sammen med|med (?:sine|hans|hendes|nogle) \w+)" + USE_PERIOD_5)
_QUIT_WISH = re.compile(r"\bjeg (?:\w+ ){0,3}stop(?:pe|per)\b")
_HABIT_WORD = re.compile(r"\b(?:" + _HABIT + r"|behandling\w*|aedru|clean)\b")
# A knife or tool as a thing in use, with no threat in the sentence
_TOOL = re.compile(r"\b(?:til at (?:spejde|skaere|snitte|fiske|lave mad|smoere)|spejd\w*|fisk\w*|jagt\w*|lommekniv\w*|"
                   r"koekkenkniv\w*|laver mad|madlavning|skaerer (?:\w+ ){0,2}(?:loeg|broed|groent\w*|koed|frugt)|"
                   r"i (?:sin|sit|min|mit|hans|hendes) (?:taske|lomme|skuffe|rygsaek|vaerktoejskasse)|vaerktoej\w*|"
                   r"haandvaerker|toemrer|kok|slagter)\b")
_THREAT_CUE = re.compile(r"\b(?:tru\w*|bange|raab\w*|skrig\w*|efter (?:mig|os|hende|ham)|mod (?:mig|os|hende|ham)|"
                         r"fuld|fulde|skaev|paavirket|psykotisk|vred|aggressiv|stikke|draebe|slaa|vifte\w*|jagter|"
                         r"selvmord|skade|gemmer|laast)\b")


# Taken earlier today and unwell now: an overdose still going on
_SAME_DAY = re.compile(r"\b(?:i morges|i nat|i eftermiddags|i formiddags|for (?:en|\w+|\d+) (?:halv )?(?:time|timer|"
                       r"minutter) siden|tidligere i dag)\b")
_SYMPTOM_NOW = re.compile(r"\b(?:nu|lige nu|stadig)\b.{0,60}\b(?:svimmel|ondt i maven|kaster op|kvalm|forvirret|sloev|"
                          r"doesig|gul|bleg|kan (?:ikke|ik) holde sig vaagen|sover hele tiden)\b")
# The next sentence dates or closes what was told: "det er 2 år siden", "ambulancen kom og tog ham"
_OVER_AFTER = re.compile(r"^\W*(?:og |men )?(?:(?:det|dette|det hele) (?:er|var) (?:(?:et|en|\w+|\d+|mange|flere|"
                         r"nogle|et par) )?(?:(?:aar|maaneder|uger) siden|laenge siden|ovre|forbi|fortid)\b|"
                         r"(?:det|dette) var (?:da jeg (?:gik|var)|i \d+\.? ?klasse|tilbage i)\b|"
                         r"ambulancen (?:kom|hentede|tog)\b(?! (?:ikke|ik|aldrig)\b))")
# A wish said and taken back: "..., men det mente jeg ikke"
_RETRACTED = re.compile(r"\b(?:det mente jeg (?:ikke|ik)|jeg mente det (?:ikke|ik)|det var (?:ikke|ik) (?:ment )?"
                        r"(?:alvorligt|serioest) ment|det var (?:bare )?sagt i (?:vrede|affekt))\b")
# Quitting, said with the writer as the one who stops: "jeg vil stoppe for altid"
_I_STOP = re.compile(r"\bjeg (?:\w+ ){0,3}stop(?:pe|per) (?:\w+ )?for (?:altid|evigt|good)\b")
_ALL_STOPS = re.compile(r"\b(?:det hele|alt|livet|mit liv|hjertet|farvel|tak for alt)\b")


def _guarded(clause: str, kind: str, whole: str, matched: str = "") -> bool:
    """True when the clause itself shows this is not about danger now."""
    sentence = _sentence_of(whole, clause)
    if matched and idiom(clause, clause.find(matched)):
        return True  # "chefen hænger mig til tørre", "kunne dræbe for en kop kaffe"
    if kind == "overdose" and _DELAYED_OVERDOSE.search(sentence) and \
            not _PAST.search(_RECENT_TIME.sub(" ", sentence)):
        return False  # "tog 30 pamol i går, nu har jeg det fint": paracetamol harms later
    if kind == "self_harm" and _ACCIDENT.search(sentence):
        return True  # "skar mig på brødkniven, det bløder stadig"
    following = _after_sentence(whole, clause)
    if _OVER_AFTER.match(following) and not _now(clause) and not _now(following.split(".")[0]) and \
            not _PRESENT_WISH.search(clause):
        return True  # "da jeg stoppede fik jeg kramper. det er 2 år siden"
    if _RETRACTED.search(whole[whole.find(clause):]) and not _now(sentence):
        return True  # "sagde at jeg hellere ville dø, men det mente jeg ikke"
    if re.search(r"\bstop", matched) and _I_STOP.search(clause) and \
            not _ALL_STOPS.search(REST_OF_LIFE.sub(" ", whole)) and not _DISTRESS.search(whole):
        return True  # "jeg vil stoppe for altid (resten af livet)": the writer quits
    if changing_life(clause, matched):
        return True  # "gøre en ende på mit forhold til alkohol", "forsvinde fra det miljø"
    if _DYING_WORDS.search(matched) and _HARMLESS_CAUSE.search(sentence) and not _INGESTED.search(sentence):
        return True
    if kind == "violence" and _TOOL.search(clause) and not _THREAT_CUE.search(sentence):
        return True  # "min datter har en kniv i tasken til spejder"
    if kind in ("violence", "self_harm", "general") and _SPORT.search(clause) and \
            not _PRESENT_DANGER.search(clause):
        return True
    if _HYPERBOLE.search(_clause_and_after(whole, clause)) and \
            (not _COERCIVE_CONDITION.search(_clause_and_after(whole, clause))
             or everyday_threatener(whole, clause)) and \
            not (_PRESENT_DANGER.search(_sentence_of(whole, clause)) and not _LAUGH.search(whole)) and \
            not LEFT_WITH_MEANS.search(whole):
        return True  # (unless someone has left with the means: "hellere dø end ... løb ud med pillerne")
    if _ENDING_WORDS.search(matched) and _HYPERBOLE.search(_clause_before(whole, clause)):
        return True  # "det her møde dræber mig, hvornår slutter det": the meeting ends
    if _DEATH_AS_GOAL.search(clause) or _STOP_HABIT.search(clause) and not LEFT_WITH_MEANS.search(matched):
        return True  # (not "hellere dø end at gå i behandling, og løb ud med pillerne")
    if kind == "self_harm" and _CUT_DOWN.search(clause):
        return True  # "har skåret ned på øllerne"
    scope = whole if len(whole) < 300 else sentence  # a long message's other sentences quit their own habits
    if _ENDING_WORDS.search(matched) and (_STOPPING_USE.search(scope) or _STOP_HABIT.search(scope)) or \
            re.search(r"\bstop", matched) and (_STOP_HABIT.search(whole) or _QUIT_WISH.search(clause)
                                               and (_HABIT_WORD.search(sentence)
                                                    or _HABIT_NEXT.match(_after_sentence(whole, clause)))
                                               and not _DISTRESS.search(sentence)):
        return True  # "afslutte det hele ... altså stoppe med de beroligende"
    now = _now(clause)
    if _USE_ONSET.search(clause) and not now:
        return True  # "tror min søster er begyndt at ryge hash i weekenderne": worry about a new habit
    if not now and not _PRESENT_WISH.search(clause) and _PAST_VERB.search(clause) and \
            _PAST_TIME.search(sentence) and _WELL_NOW.search(whole, whole.find(clause) + len(clause)):
        return True  # "skar i mig selv i 8. klasse, nu er jeg 22 og har det fint"
    if kind == "overdose" and _SAME_DAY.search(sentence) and _SYMPTOM_NOW.search(whole):
        return False  # "tog 20 panodiler i morges ... nu er hun svimmel": taken today, the harm goes on
    still_now = ongoing_harm(kind, sentence, _PAST) or \
        reported_now(clause, matched) and only_recent_past(sentence, _PAST)
    if past_governs(sentence, clause) and not now and not still_now and not _PRESENT_WISH.search(clause) and \
            not later_today(clause, bool(_PAST.search(clause))):
        return True  # "for syv år siden ..., og det endte med et selvmordsforsøg"
    if not now and not still_now and not _PRESENT_WISH.search(clause) and in_past_narrative(whole, clause):
        return True  # "For et år siden var jeg til en fest ... Han blev blå i ansigtet"
    if kind == "general" and _INFO.search(sentence) and not now:
        return True  # "lærte førstehjælp: sideleje og ringe 112"
    if kind != "suicide" or not (_METHOD_SEEKING.search(clause) or _DESPAIR_QUESTION.search(clause)):
        hypothetical = _HYPOTHETICAL.search(whole if len(whole) < 300 else sentence) or \
            len(whole) >= 300 and framed_by_opening(whole)
        if (_INFO.search(clause) or hypothetical) and not now:
            return True
        head = _clause_before(whole, clause)
        if head and _SUBORDINATE.search(clause) and _INFO.search(head) and not now and \
                not _FIRST_PERSON.search(clause):
            return True  # "hvilke tegn kan tyde på, at en ung skader sig selv?"
    position = clause.find(matched) if matched else -1
    if position >= 0 and _TOPIC.search(clause[:position]) and not now:
        return True
    if _STATISTIC.search(clause) and not _FIRST_PERSON.search(clause) and not now:
        return True
    return False


# Questions of despair, not of information: "hvad er meningen med at blive ved"
_DESPAIR_QUESTION = re.compile(r"\bhvad er (?:meningen|pointen) med (?:at (?:blive ved|leve|fortsaette|vaere her|"
                               r"vaagne)|"
                               r"det hele|livet)\b")


# "han slår mig ikke": the negation after the object
_OBJECT_LAST = re.compile(r"\b(?:mig|dig|os|ham|hende|dem)$")
_NEGATION_AFTER_OBJECT = re.compile(r"(?: (?:jo|heller))? (?:ikke|ik|ikk|aldrig)\b")
# "jeg cutter ikke", "jeg tænker aldrig på selvmord": the negation after the verb, unless it
# only limits how much ("har cuttet ikke så dybt", "ikke for sjov", "ikke kun")
_NEGATION_AFTER_VERB = re.compile(r"(?: (?:jo|heller|overhovedet))? (?:ikke|ik|ikk|aldrig)\b(?! (?:mere|mer|bare|"
                                  r"kun|blot|engang|for sjov|saa|dybt|meget|slemt|haardt|alvorligt|laengere|igen|"
                                  r"nok|helt|spoeg|joke)\b)")
_OTHER_DOER = re.compile(r"\b(?:han|hun|de|den|min \w+|mor|far|fyren|manden|dealeren|pusheren)(?: \w+){0,2} $|"
                         r"(?<!jeg )\btru(?:er|ede|et)? (?:\w+ )?med at (?:komme og )?$")

"""Crisis patterns added by class after set O (pattern strings, compiled in
:mod:`core.safety_patterns`), written for the normalised text (æ/ø/å folded).

A farewell that says it is the last: "det her er min sidste besked", "farvel til jer alle ...
jeg går ud til broen nu", "ses på den anden side" said with finality, "this is goodbye".
A closing greeting alone ("tak for hjælpen, farvel") and a last message *for today* stay
ordinary; a farewell needs the last message, a place to fall from, or words of an end.

Another person leaving with the means after saying they want to die: "han sagde han hellere
vil dø end at gå i behandling og løb ud med pillerne" (the idiom "hellere dø end" is then no
hyperbole: see ``LEFT_WITH_MEANS``, read by :mod:`core.safety_guards`).
"""

from __future__ import annotations

import re

from core.safety_patterns_fragments import _HABIT

# A farewell to everyone: "farvel til jer alle", "tak for alt", "goodbye everyone"
_GOODBYE = (r"(?:farvel(?: til (?:jer(?: alle)?|alle(?:sammen)?|jer allesammen|verden|livet(?! som)|dem alle)|"
            r" allesammen| alle| verden| venner)?|tak for alt(?! (?:det|hjaelpen|jeres|din|dit|i goer|du goer)\b)|"
            r"undskyld for alt|pas (?:godt )?paa (?:hinanden|jer selv)|jeg elsker jer(?: alle)?|"
            r"goodbye(?: everyone| all| world| all of you| guys)?|bye everyone|sorry for everything|"
            r"this is goodbye|love you all)")
# Words left for those who stay
_LAST_WORDS = (r"(?:jeg elsker jer(?: alle)?|undskyld for alt|tilgiv mig|det er ikke jeres skyld|i love you all|"
               r"tell (?:\w+ ){1,2}i love (?:her|him|them|you)|sorry for everything|forgive me)")
# ... and not a closing greeting: "farvel for i dag", "farvel og tak", "farvel til sprutten"
_NOT_CLOSING = r"(?! (?:for nu|for i dag|for denne gang|og tak|og god|til (?!jer\b|alle\b|verden\b|livet\b|dem\b)))"
# A place to fall from or to be hit at
_DROP_PLACE = (r"(?:broen|\w+broen|en bro|skinnerne|togskinnerne|togsporet|sporene|jernbanen|banelegemet|"
               r"havnen|kajen|klinten|skraenten|taget|tagkanten|"
               r"(?:the |a )?(?:bridge|tracks|train tracks|railway|rails|roof|cliff))")
# On the way there: "går ud til", "kører hen på", "i'm walking to", "heading for"
_GOING = (r"(?:gaar|gaa|gik|koerer|koere|cykler|cykle|tager|tage|er paa vej|paa vej|smutter|"
          r"going|heading|walking|driving|on my way|off)(?: \w+){0,2}? (?:ud |ned |hen |op |over |out |down )?"
          r"(?:til|paa|mod|ved|to|towards|onto|for) (?:\w+ )?" + _DROP_PLACE + r"\b")
# Words that make a farewell the last one (not "færdig med behandlingen", "kan ikke mere i dag")
_FINAL = (r"(?:det er (?:slut|forbi)(?! med\b)|det er nu(?= *(?:[.!,]|$))|er slut for mig|"
          r"jeg er faerdig(?! med (?!alt\b|det hele\b|livet\b)\w)|faerdig med (?:alt|det hele|livet)|"
          r"(?:orker|kan) (?:ikke|ik) mere(?! (?:i dag|for i dag|lige nu|nu i dag)\b)|"
          r"ses (?:aldrig|ikke) (?:igen|mere)|vi ses (?:aldrig|ikke)(?: igen| mere)?|"
          r"min(?: allersidste| sidste) besked|i'?m done(?! with)|never see (?:you|me)|"
          r"ses paa den anden side(?! af)|see you on the other side(?! of))")
# "this is my last message", "det her bliver min sidste besked" (not "for i dag", "før ferien")
_LAST_MESSAGE = (r"(?:(?:det her|dette|det|denne|her) (?:er|bliver|bliver nok|kommer) (?:\w+ )?(?:min|mit) "
                 r"(?:allersidste|sidste) (?:besked|sms|hilsen|indlaeg|opslag|ord)|"
                 r"(?:min|mit) (?:allersidste|sidste) (?:besked|sms|hilsen|ord) til (?:jer(?: alle)?|alle|verden|"
                 r"nogen|nogen af jer|jer allesammen)|"
                 r"(?:(?:min|mit) )?(?:allersidste|sidste) (?:besked|sms|hilsen|ord) (?:herfra|nogensinde|fra mig)|"
                 r"(?:this is|this will be|here is|here'?s) my (?:very )?(?:last|final) (?:message|text|post|words)|"
                 r"my (?:last|final) (?:message|words) (?:to (?:you all|anyone|everyone|the world)|ever))\b"
                 r"(?! (?:i dag|i aften|for i dag|for nu|for denne gang|i denne omgang|foer|inden|indtil|"
                 r"i denne traad|om det|herom|today|tonight|for now|for today|before|until|in this thread|about)\b)")

_FAREWELL_SUICIDE = [
    # a farewell and the way to a drop: "farvel til jer alle, jeg går ud til broen nu"
    r"\b" + _GOODBYE + r"\b" + _NOT_CLOSING + r".{0,150}\b" + _GOING,
    r"\b" + _GOING + r".{0,150}\b" + _GOODBYE + r"\b" + _NOT_CLOSING,
    # the last message, however framed
    r"\b" + _LAST_MESSAGE,
    # a farewell and words of an end: "tak for alt, ses på den anden side. det er slut for mig nu"
    r"\b" + _GOODBYE + r"\b" + _NOT_CLOSING + r".{0,150}\b" + _FINAL + r"\b",
    r"\b" + _FINAL + r"\b.{0,150}\b" + _GOODBYE + r"\b" + _NOT_CLOSING,
    # a farewell to the world or to life itself (not "farvel til livet som misbruger")
    r"\b(?:farvel (?:til )?(?:verden|livet)(?! som)|goodbye (?:cruel )?world)\b",
    # the other side as the end: "ses på den anden side ✌️ jeg er færdig her" (not "... af ferien")
    r"\b(?:ses|vi ses|see you) (?:paa|on) (?:den anden side|the other side)\b(?! af| of)(?=.{0,150}\b(?:faerdig|"
    r"slut|farvel|tak for alt|sidste|orker ikke|kan ikke mere|for altid|undskyld|det er nu|goodbye|done|"
    r"last|forever)\b)",
    r"\b(?:faerdig|slut|farvel|tak for alt|sidste|orker ikke|kan ikke mere|for altid|undskyld|det er nu|goodbye|"
    r"done|last|forever)\b.{0,150}\b(?:ses|vi ses|see you) (?:paa|on) (?:den anden side|the other side)\b(?! af| of)",
    r"\b(?:det her|dette) er (?:et )?farvel\b(?! (?:til|for nu|for i dag|for denne gang)\b)",
    r"\bthis is goodbye\b(?! (?:to|for now|for today|for a while)\b)",
    # a farewell that names itself the last: "mit sidste farvel", "this is my goodbye"
    r"\b(?:(?:mit|min) (?:sidste|allersidste) (?:farvel|hilsen)|(?:this is|here'?s) my (?:last |final )?goodbye)\b"
    r"(?! (?:to (?:drinking|alcohol|drugs|weed|booze)|til (?:\w+ )?(?:" + _HABIT + r"))\b)",
    # a farewell and a word of love or forgiveness to those left: "farvel mor og far. jeg elsker jer"
    r"\b(?:farvel|goodbye)\b" + _NOT_CLOSING + r".{0,150}\b" + _LAST_WORDS + r"\b",
    r"\b" + _LAST_WORDS + r"\b.{0,150}\b(?:farvel|goodbye)\b" + _NOT_CLOSING,
]

# Someone said they want to die (also "hellere dø end ...") ...
_SAID_DEATH = (r"\b(?:sagde|siger|sagt|skrev|skriver|skrevet|raabte|raaber|texted|said|told (?:me|us))\b.{0,80}"
               r"\b(?:vil doe|ville doe|vil vaere doed|ville vaere doed|(?:vil |ville )?hellere (?:doe|vaere doed)|"
               r"(?:ikke|ik) (?:vil|gider|orker) leve|vil ende det|vil (?:ikke|ik) vaere her|"
               r"wants? to die|wanted to die|(?:would )?rather (?:die|be dead))\b")
# ... and has left with the means: "løb ud med pillerne", "er gået med et reb", "ran off with the pills"
_MEANS = (r"(?:\w*piller\w*|pillerne|medicin\w*|tabletter\w*|pakke\w* \w+|reb|rebet|et reb|kniv\w*|gevaer\w*|"
          r"pistol\w*|vaaben\w*|metadon\w*|insulin\w*|(?:the |his |her )?(?:pills|meds|rope|knife|gun|medication))")
_LEFT_WITH_MEANS = (r"\b(?:loeb|loebet|gik|gaaet|koerte|koert|stak af|stukket af|smuttede|smuttet|forsvandt|"
                    r"forsvundet|styrtede|ran|left|drove|took off|stormed out)\b(?: \w+){0,3}? "
                    r"(?:ud |af sted |afsted |hjemmefra |vaek |ud af doeren |out |off |away )?"
                    r"(?:med|og tog|with|taking) (?:\w+ ){0,3}?" + _MEANS + r"\b")
LEFT_WITH_MEANS = re.compile(_LEFT_WITH_MEANS)

_FAREWELL_SUICIDE += [
    _SAID_DEATH + r".{0,150}" + _LEFT_WITH_MEANS,
]

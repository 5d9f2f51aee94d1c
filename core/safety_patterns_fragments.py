"""Pieces of regular expressions shared by the crisis pattern tables of :mod:`core.safety`."""

from __future__ import annotations

_ME = r"(?:mig|mig selv)"
_PERSON = (r"(?:mig|os|hende|ham|dem|min \w+|mine \w+|mit \w+|mor|far|barnet|boernene|ungerne|"
           r"lillebror|lillesoester|storebror|storesoester|vores \w+|sin \w+|sine \w+|hans \w+|hendes \w+|naboen|"
           r"kaeresten|konen|manden|vennen|en (?:pige|dreng|mand|kvinde|fyr|ven|veninde))")
_WEAPON = (r"(?:kniv\w*|pistol\w*|vaaben|gevaer\w*|oekse\w*|bat|baseballbat\w*|koelle\w*|hammer\w*|machete\w*|"
           r"jernstang\w*|boksejern)")
# "vil ikke leve sådan her (med druk)": a life to change, not to end
_LIFE_LIKE_THIS = (r"(?! (?:saadan|paa den (?:her )?maade|som nu|med (?:druk|hash|stoffer|alkohol|misbrug)|"
                   r"et liv (?:med|som)))")
# "svarer ikke altid / så tit / på sms": worry, not a person who does not respond
_NOT_ALWAYS = (r"(?! (?:altid|saa tit|saa ofte|ret tit|tit|ofte|saa meget|saa hurtigt|hurtigt|med det samme|som foer|"
               r"laengere paa|paa (?:mine|min|sms|beskeder|telefon|opkald|\w+ sms)|om morgenen|foer|tidligt)\b)")
_FILLER = r"(?:(?:bare|gerne|egentlig|helst|hellere|virkelig|saa|nu|ogsaa|faktisk|tit|ofte|mest|allerhelst) ){0,3}"
_DIE = r"(?:doe|do|doer|dor|vaere doed|vaere dod)"
# What a wish to stop is about: a drink, a drug, a habit (never a life)
_HABIT = (r"druk\w*|drikkeri\w*|drikke\w*|alkohol\w*|sprut\w*|oel\w*|vin|vinen|misbrug\w*|hash\w*|joint\w*|"
          r"kokain\w*|coke|stoffer\w*|stofferne|piller|pillerne|benzo\w*|rygning\w*|smoeger\w*|cigaret\w*|snus|"
          r"spil\w*|gambling|afhaengighed\w*|forbrug\w*|vane\w*|fest\w*|drinking|drugs|weed|ketamin\w*|ghb|mdma|"
          r"amfetamin\w*|speed|ecstasy|heroin\w*|opioid\w*|nikotin\w*|vape\w*|ryger|smoking")

# Being at a drop ("står ved rækværket på broen", "er oppe på taget af p-huset")
_AT_EDGE = (r"\b(?:staar|sidder|sad|stod|er|er gaaet|er kravlet|er klatret|kravlet|klatret|gaaet|standing|sitting|"
            r"i'?m|jeg er) (?:\w+ ){0,3}?(?:paa|ved|over|op paa|oppe paa|ud paa|oppe i|on|at) (?:\w+ ){0,3}?"
            r"(?:taget|tagkanten|broen|en bro|\w+broen|parkeringshuset|phuset|p huset|kanten|klinten|skraenten|"
            r"raekvaerket|gelaenderet|altanen|et hoejhus|hoejhuset|toppen|\d+\.? ?sal|bridge|roof|edge|ledge)\b")
# ... with the drop in mind
_EDGE_CUE = (r"\b(?:kigger ned(?! paa)|ser ned(?! paa)|langt ned|(?:taenker|overvejer) (?:\w+ ){0,3}(?:springe|hoppe|"
             r"falde|det er nu)|springe|hoppe|lade mig falde|det er nu|(?:nemt|let) herfra|farvel|et skridt (?:frem|ud|"
             r"mere)|hopp\w*|spring\w*|genvejen|den hurtige vej|ned herfra|"
             r"ingen ved hvor jeg er|toer|tor|benene ud over|"
             r"foedderne ud over|ud over kanten|jump\w*|"
             r"thinking about|looking down|goodbye|vinduet er aabent|vil (?:ikke|ik) (?:komme|gaa|klatre) ned|"
             r"won'?t come down)\b")
_INTEND = (r"\b(?:vil|ville|lyst til at|taenker paa at|taenker paa|overvejer at|overvejer|skal|kunne (?:bare )?|"
           r"har taenkt mig at|want to|wanna|going to|gonna|leder efter (?:et|en) \w+ at)")

# Medicines and drugs named in dose questions
_DRUG = (r"piller|pillerne|tabletter|sovepiller|panodil|pamol|paracetamol|ipren|stesolid|oxapax|tramadol|morfin|"
         r"metadon|kodimagnyl|xanax|benzo\w*|antidepressiv\w*|heroin|fentanyl|oxy\w*|insulin|pills|tablets")

"""The words of work and of businesses that the workplace finders look for: words of a
job and of employment, kinds of business, chains, employers, public places, and the cheap
hints that tell whether a message can hold a workplace at all."""

from __future__ import annotations

import re

from core.redaction.lexicon import fold_word

_WORK_WORDS = (r"arbejder|arbejdede|arbejdet|arbejde|jobber|jobbede|job|jobbet|ansat|ansatte"
               r"|praktik|lærling|elev|studiejob|fritidsjob|deltidsjob|weekendjob|sommerjob"
               r"|vikar|vikarierer|frivillig|chef|leder|mester|chauffør|kok|tjener|sælger"
               r"|ekspedient|kassedame|kassemedarbejder|opvasker|rengøringsassistent|pædagog"
               r"|kollega|kollegaer|kolleger|medarbejder|assistent|mekaniker|lagermedarbejder"
               r"|sygeplejerske|læge|tømrer|elektriker|murer|maler|frisør|bager|slagter"
               r"|sosu-assistent|sosu-hjælper|hjælper|pædagogmedhjælper|butiksassistent"
               r"|lagerarbejder|buschauffør|taxachauffør|bartender|barista|konsulent|ingeniør"
               r"|programmør|udvikler|revisor|advokat|sekretær|receptionist|vagt|portør|postbud"
               r"|smed|gartner|håndværker|elev|lærling|trainee|student|studentermedhjælper"
               r"|employed|employee|intern")
# Kinds of business that name a workplace with a place before them ("skovbo hotel").
_BUSINESS = (r"hotel|hotellet|kro|kroen|svømmehal|svømmehallen|hallen|hal|pizzeria|bageri"
             r"|bageriet|kiosk|kiosken|restaurant|restauranten|café|cafe|caféen|grill|grillen"
             r"|bar|baren|camping|autoværksted|værksted|værkstedet|frisør|salon|klinik|apotek"
             r"|plejehjem|plejecenter|plejecentret|børnehave|vuggestue|sfo|fritidsklub|tømrerfirma"
             r"|murerfirma|malerfirma|vvs|el|auto|biler|slagter|slagteren|fitness|center|centret"
             r"|centeret|lager|lageret|bryggeri|mejeri|slagteri|gartneri|zoo|biograf|bowling"
             r"|tankstation|marina|havn|golfklub|stadion")
# Being hired, fired, sick-listed or a shop steward somewhere: "fyret fra X", "startet hos X".
_EMPLOYMENT = (r"fyret|fyre|fyrede|opsagt|afskediget|sygemeldt|sygemeldte|raskmeldt|startet"
               r"|begyndt|ansat|genansat|tillidsrepræsentant|tillidsmand|arbejdsmiljørepræsentant"
               r"|medarbejderrepræsentant|står\s+i\s+kassen|stod\s+i\s+kassen|sidder\s+i\s+kassen"
               r"|[\wæøå]*job|[\wæøå]+medarbejder|[\wæøå]+assistent|[\wæøå]+chef|[\wæøå]+leder")
_EMPLOYERS = frozenset(fold_word(w) for w in """
    netto føtex bilka fakta rema lidl aldi coop brugsen superbrugsen dagli'brugsen kvickly
    irma meny spar min købmand lego danfoss vestas maersk mærsk novo arla carlsberg grundfos
    ecco bestseller jysk ikea matas normal elgiganten power salling dsb postnord mcdonalds
    mcdonald's burger king sunset max kfc subway starbucks joe baresso espresso house
    7-eleven circle k q8 shell ok ingo harald nyborg bauhaus silvan xl-byg stark davidsen
    jem fix hm h&m zara vero moda only jack jones tiger flying netflix google apple
    danske bank nordea jyske sydbank nykredit tdc telenor telia yousee
    isø lagkagehuset bagel sticks sushi wok dominos domino's pizza hut
""".split())
_GENERIC = frozenset(fold_word(w) for w in """
    en et den det de min mit mine vores hans hendes deres jeres sin sit samme nogle noget
    nogen flere mange forskellige anden andet andre hjemme hjemmet weekenden weekender
    aftenen natten dagen dag nat aften morgen fuld fuldtid deltid tiden tid lige stadig
    hver kommunen kommune regionen staten byen butik butikken firma firmaet fabrik fabrikken
    lager lageret kontoret kontor skolen skole hospitalet sygehuset plejehjemmet hjemmeplejen
    børnehaven vuggestuen institution institutionen restaurant restauranten hotel hotellet
    bar baren byggeplads byggepladsen værksted værkstedet supermarked supermarkedet cafe
    café tankstation havnen posthuset banken rådhuset jobcentret jobcenteret
""".split())


# Chains whose names are ordinary words in lower case ("max burgers", "circle k").
_CHAINS = re.compile(
    r"(?:max\s+burgers|sunset\s+boulevard|joe\s*(?:&|and|og)\s*the\s+juice|burger\s+king"
    r"|circle\s+k|h\s?&\s?m|7-eleven|seven\s+eleven|espresso\s+house|rema\s+1000|coop\s+365"
    r"|dagli'?\s?brugsen|harald\s+nyborg|jack\s*&\s*jones|vero\s+moda|flying\s+tiger"
    r"|danske\s+bank|danish\s+crown|novo\s+nordisk|pizza\s+hut|sticks\s*'?n'?\s*sushi"
    r"|mcdonald'?s|domino'?s|lagkagehuset|normal|netto|føtex|bilka|fakta|lidl|kvickly|meny"
    r"|spar|matas|jysk|ikea|bauhaus|silvan|elgiganten|power|salling|starbucks|baresso|subway"
    r"|kfc|q8|shell|ingo|lego|vestas|arla|carlsberg|grundfos|danfoss|postnord|dsb"
    r"|min\s+købmand|super\s?brugsen|brugsen|fitness\s+world|fitness\s+dk|sats|pure\s?gym"
    r"|loop\s+fitness|imerco|søstrene\s+grene|tiger|jem\s*(?:&|og)\s*fix|biltema|xl-byg|stark"
    r"|bygma|johannes\s+fog|davidsen|ilva|bolia|sinnerup|magasin|illum|intersport"
    r"|sportmaster|sport\s?24|expert|punkt\s?1|bog\s*&\s*idé|thiele|synoptik|louis\s+nielsen"
    r"|løvbjerg|abc\s+lavpris|let-?køb|nærkøb|ok\s+plus|uno-?x|f24|jensens\s+bøfhus"
    r"|bone'?s|flammen|emmerys|letz\s+sushi|burger\s?king|max|aldi|irma|coop|rema"
    r"|elgiganten|fakta|salling|jysk|normal)(?:'?s)?"
    r"(?![\wæøå])", re.I)
# Chains whose name is also an ordinary word: only with a capital, a branch or a work cue.
_CHAIN_WORDS = frozenset(fold_word(w) for w in """
    normal power spar fakta netto tiger stark expert magasin flammen sats max coop irma
    shell jysk brugsen salling illum
""".split())
_PUBLIC = frozenset(fold_word(w) for w in """
    kommune kommunes region regionen sygehus sygehuset politi politiet
""".split())


# Kinds of business before their name ("børnehaven Egebo", "vognmand Nielsen",
# "Pizzeria Padborg") and after it ("Jyllinge Bowling", "Iversens Rengøring").
_TYPE_BEFORE = re.compile(
    r"\b(?:børnehave|børnehaven|vuggestue|vuggestuen|dagpleje|dagplejen|integreret\s+institution"
    r"|institutionen|plejecenter|plejecentret|plejecenteret|plejehjem|plejehjemmet|bosted"
    r"|bostedet|opholdssted|opholdsstedet|fritidsklub|fritidsklubben|ungdomsklub|ungdomsklubben"
    r"|pizzeria|pizzeriaet|restaurant|restauranten|café|cafe|caféen|cafeen|hotel|hotellet|kro"
    r"|kroen|bageri|bageriet|vognmand|vognmandsfirma|malerfirma|malerfirmaet|tømrerfirma"
    r"|tømrerfirmaet|murerfirma|murerfirmaet|vvs-firma|vvs-firmaet|elfirma|rengøringsfirma"
    r"|revisionsfirma|advokatfirma|entreprenørfirma|autoværksted|autoværkstedet|frisør|frisøren|frisørsalon"
    r"|frisørsalonen|tandklinik|tandklinikken|dyreklinik|fitnesscenter|fitnesscentret"
    r"|bowlingcenter|kiosk|kiosken|grill|grillen|slagter|slagteren|købmand|tankstation"
    r"|gartneri|gartneriet|bryggeri|bryggeriet|mejeri|mejeriet|bodega|bodegaen|værtshus"
    r"|værtshuset|bistro)[ \t]+", re.I)
_TYPE_AFTER = re.compile(
    r"[ \t]+(?:bowling|biograf|bio|rengøring|transport|auto|autoværksted|bilcenter|biler|vvs"
    r"|el-service|elservice|entreprise|byg|tømrer|tømrerfirma|maler|malerfirma|murer"
    r"|cykler|revision|fitness|grill|kiosk|camping|marina|golfklub|frisør|salon|tandklinik"
    r"|dyreklinik|blomster|hotel|kro|bageri|pizzeria|restaurant|café|cafe|bryghus"
    r"|bryggeri|mejeri|slagteri|gartneri|taxa|taxi|logistik|catering|kebab|sushi|bistro"
    r"|bodega|pub|bar|værtshus|tankstation|vognmandsforretning|busser|maskinstation"
    r"|byggemarked|møbler|tæpper|køkkener|rideskole|ridecenter|kennel|planteskole)\b", re.I)
# Public places after their town ("Tinglev Sygehus", "Gudme Svømmehal"): a workplace only in
# a message about work; "vi mødes på Vejle Svømmehal" is a place.
_PUBLIC_AFTER = re.compile(
    r"[ \t]+(?:sygehus|hospital|svømmehal|idrætscenter|skøjtehal|bibliotek|rådhus|lufthavn"
    r"|plejecenter|plejehjem|museum|teater)\b", re.I)


_WORK_HINTS = ("arbejd", "kasse", "opvask", "rengøring", "assistent", "mekaniker", "lager",
               "pædagog", "kok ", "tjener", "ekspedient", "sælger", "vikar", "job", "ansat",
               "praktik", "lærling", "elev", "frivillig", "chef", "leder", "mester", "firma",
               "kollega", "kolleg", "chauffør", "work", "hotel", "svømmehal", "kro",
               "pizzeria", "bageri", "kiosk", "restaurant", "café", "cafe", "camping", "kok",
               "medarbejder", "employer", "a/s", "aps", "i/s", "ivs")
# Words of a job that are no work hint of their own.
_JOB_CUES = ("fyret", "fyresed", "sygemeld", "sagde op", "opsagt", "vagt", "portør", "pedel",
             "gør rent", "elev på", "elev i")
_JOB_WORDS = _JOB_CUES + ("arbejd", "job", "ansat", "kolleg", "chef", "praktik", "lærling",
                          "vikar", "medarbejder", "leder", "mester", "work", "employer")
_COMPANY_HINTS = ("ApS", "A/S", "I/S", "IVS", "K/S", "P/S", "amba", "A.m.b.a", "Ltd", "GmbH",
                  " AB", " AS", " HB", " BA", "LLC", "Inc", "PLC", " AG", "e.V.")

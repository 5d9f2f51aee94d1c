"""Danish towns, and where a town stands after an address, a workplace or a school.

The list is written by hand from the map of Denmark (towns and villages in every region,
not a generator's list); it is a cue, not a limit: a capitalised word or a word in no
dictionary in the same place counts as a town too. A town is never taken alone: only in
a tail after something that is redacted anyway ("Lindevej 4, tarm", "Netto på Vestergade
i østbirk", "htx valby", "Vestre Skole i Glesborg"), so that a town in a question ("er
der hjælp i Vejle?") survives.
"""

from __future__ import annotations

import re
from typing import Optional

from core.redaction.cues import (
    CHAT_WORDS,
    CONSUME_VERBS,
    FUNCTION_WORDS,
    SUBJECT_VERBS,
    TOWN_ENDINGS,
)
from core.redaction.lexicon import STOP, Lexicon, fold_word


def plain(key: str) -> str:
    """A folded word as it is written without æøå ("soenderborg" and "sonderborg" alike)."""
    return key.replace("oe", "o").replace("ae", "a").replace("aa", "a")


_TOWNS_TEXT = """
København Frederiksberg Aarhus Århus Odense Aalborg Esbjerg Randers Kolding Horsens Vejle
Roskilde Herning Silkeborg Hørsholm Helsingør Næstved Fredericia Viborg Køge Holstebro
Taastrup Slagelse Hillerød Sønderborg Svendborg Hjørring Holbæk Frederikshavn Nørresundby
Ringsted Haderslev Skive Ølstykke Stenløse Nykøbing Falster Smørumnedre Smørum Farum
Birkerød Kalundborg Ballerup Lillerød Allerød Ikast Greve Strand Aabenraa Thisted Hobro
Varde Middelfart Frederikssund Haslev Skanderborg Hedensted Grenaa Grenå Struer Brønderslev
Vordingborg Lemvig Korsør Nyborg Odder Ringkøbing Skjern Tønder Faaborg Fåborg Nakskov Assens
Skagen Sæby Hadsten Bjerringbro Ebeltoft Kerteminde Sorø Hinnerup Lystrup Galten Brande
Rødekro Ribe Grindsted Bramming Vojens Kjellerup Hammel Ry Tarm Holsted Vamdrup Give
Egtved Jelling Børkop Bredsten Thyregod Tørring Gedved Brædstrup Juelsminde Glud Daugård
Uldum Hornsyld Barrit Stouby Rask Mølle Juelsminde Løsning Østbirk Hovedgård Gedser
Nordborg Augustenborg Gråsten Broager Egernsund Kruså Padborg Bov Tinglev Bylderup Løgumkloster
Toftlund Gram Christiansfeld Skodborg Rødding Agerskov Hoptrup Genner Sønderhav Rinkenæs
Guderup Havnbjerg Lysabild Kegnæs Høruphav Sydals Ulkebøl Dybbøl Sottrup Vester Sottrup
Blans Avnbøl Nybøl Aabenraa Kliplev Felsted Varnæs Bolderslev Hellevad Uge Bjolderup
Skærbæk Bredebro Højer Møgeltønder Løgumgårde Abild Visby Hviding Gredstedbro
Esbjerg Tjæreborg Sædding Gjesing Hjerting Oksbøl Billum Janderup Ho Blåvand Nørre Nebel
Lunde Outrup Horne Tistrup Ølgod Ansager Sig Agerbæk Starup Vejen Lintrup Gesten Jordrup
Lunderskov Bække Foldingbro Ødis Taps Sønder Bjert Bjert Strandhuse Viuf Almind Harte
Bramdrupdam Seest Vonsild Eltang Erritsø Taulov Snoghøj Pjedsted Bredstrup Skærbæk Fredericia
Børkop Brejning Gårslev Vinding Nørre Bjert Ødsted Jerlev Bredballe Hover Gauerslund Smidstrup
Skanderborg Stilling Hørning Solbjerg Mårslet Malling Beder Tranbjerg Viby Højbjerg Skåde
Brabrand Hasle Åbyhøj Tilst Sabro Lystrup Elsted Risskov Skejby Trige Skødstrup Hjortshøj
Lisbjerg Egå Todbjerg Mundelstrup Harlev Stjær Galten Skovby Låsby Ry Gl. Rye Alken Skjørring
Voerladegård Fruering Virring Hylke Boes Veng Mesing Adslev Ejer Bavnehøj Stjær Gjern
Sorring Laven Virklund Kjellerup Thorning Grauballe Funder Resenbro Sejs Svejbæk Them
Bryrup Vrads Nørre Snede Ejstrupholm Klovborg Brande Blåhøj Engesvang Bording Sunds Hammerum
Gjellerup Tjørring Lind Aulum Haderup Vildbjerg Timring Sørvad Ørnhøj Videbæk Spjald
Hvide Sande Søndervig Ringkøbing Hee Tim Hvidbjerg Lemvig Thyborøn Harboøre Bækmarksbro
Vinderup Sevel Ulfborg Vemb Struer Hjerm Holstebro Idom Mejrup Tvis Skive Roslev Balling
Spøttrup Rødding Lem Durup Glyngøre Jebjerg Breum Fur Sundsøre Hvidbjerg Thyholm Hurup
Snedsted Bedsted Vestervig Agger Hanstholm Klitmøller Nors Vorupør Frøstrup Vesløs Østerild
Fjerritslev Brovst Aabybro Åbybro Pandrup Blokhus Løkken Saltum Hjørring Hirtshals Tårs
Sindal Bindslev Tversted Ålbæk Skagen Frederikshavn Strandby Jerup Elling Sæby Dronninglund
Hjallerup Flauenskjold Dybvad Østervrå Vrå Vester Hassing Hals Vodskov Vestbjerg Sulsted
Tylstrup Vadum Nørresundby Lindholm Vejgaard Hasseris Gistrup Klarup Storvorde Sejlflod
Svenstrup Ellidshøj Støvring Skørping Terndrup Arden Hadsund Hobro Mariager Arden Rørbæk
Ravnkilde Aars Farsø Løgstør Ranum Aalestrup Nibe Vestbjerg Brønderslev Hjallerup
Randers Assentoft Spentrup Havndal Mellerup Langå Fårup Ørum Tjele Rødkærsbro Bjerringbro
Hald Ege Viborg Stoholm Karup Frederiks Møldrup Skals Løgstrup Ørum Tjele Kjellerup
Grenaa Trustrup Auning Allingåbro Ørsted Rønde Kolind Hornslet Mørke Ryomgård Ebeltoft
Knebel Tirstrup Femmøller Balle Nimtofte Pindstrup Feldballe
Odense Dalum Hjallese Bolbro Tarup Vollsmose Bellinge Brændekilde Højby Fraugde Seden
Bullerup Næsby Korup Ubberud Blommenslyst Tommerup Vissenbjerg Aarup Årup Glamsbjerg
Haarby Assens Tommerup Ejby Nørre Aaby Nørre Åby Middelfart Strib Gelsted Brenderup
Bogense Otterup Søndersø Morud Veflinge Munkebo Kerteminde Langeskov Ullerslev Nyborg
Ørbæk Ringe Årslev Kværndrup Ryslinge Gislev Faaborg Korinth Horne Vester Skerninge
Svendborg Tåsinge Troense Vindeby Stenstrup Oure Gudbjerg Gudme Hesselager Marstal
Ærøskøbing Søby Rudkøbing Tranekær Humble Bagenkop Lohals
Roskilde Himmelev Svogerslev Viby Sjælland Gundsømagle Jyllinge Veddelev Ejby Osted
Lejre Hvalsø Kirke Hyllinge Gadstrup Borup Havdrup Solrød Karlslunde Karlstrup Greve
Tune Køge Herfølge Bjæverskov Ølby Hårlev Haslev Faxe Fakse Ladeplads Rønnede Karise
Dalby Store Heddinge Strøby Egede Klippinge Præstø Vordingborg Kalvehave Stensved Nyråd
Lundby Mern Tappernøje Næstved Fensmark Holme-Olstrup Rønnebæk Glumsø Fuglebjerg Tystrup
Skælskør Korsør Slagelse Vemmelev Sorø Dianalund Munke Bjergby Stenlille Tølløse Ugerløse
Kirke Eskilstrup Ringsted Jystrup Vigersted Benløse Holbæk Tuse Jyderup Mørkøv Svinninge
Gislinge Vipperød Regstrup Nykøbing Sjælland Asnæs Fårevejle Hørve Vig Egebjerg Højby
Rørvig Sjællands Odde Grevinge Kalundborg Høng Gørlev Svebølle Ruds Vedby Store Merløse
Hundested Frederiksværk Ølsted Helsinge Gilleleje Hornbæk Espergærde Humlebæk Nivå
Kokkedal Fredensborg Kvistgård Snekkersten Tikøb Græsted Vejby Tisvildeleje Ramløse
Slangerup Jægerspris Skibby Kulhuse Gerlev Store Rørbæk Veksø Ganløse Måløv Jonstrup
Værløse Bagsværd Lyngby Virum Holte Nærum Vedbæk Rungsted Kyst Hørsholm Gentofte
Charlottenlund Klampenborg Hellerup Søborg Gladsaxe Herlev Skovlunde Brøndby Rødovre
Hvidovre Vallensbæk Ishøj Albertslund Glostrup Avedøre Kastrup Dragør Tårnby Valby Vanløse
Brønshøj Husum Bispebjerg Nordvest Amager Christianshavn Nørrebro Østerbro Vesterbro
Sydhavn Nordhavn Ørestad Kongens Nyborg Birkerød Tåstrup Hedehusene Fløng Torslunde
Maribo Sakskøbing Nysted Rødby Rødbyhavn Holeby Horbelev Stubbekøbing Nørre Alslev Eskilstrup
Errindlev Idestrup Væggerløse Marielyst Guldborg Stege Borre Klintholm Askeby Fanefjord
Rønne Nexø Svaneke Gudhjem Allinge Hasle Aakirkeby Åkirkeby Klemensker Østermarie Nylars
Vestermarie Lobbæk Tejn Sandvig Olsker Rø Snogebæk Pedersker Arnager Aakirkeby
Rømø Fanø Nordby Sønderho Læsø Byrum Vesterø Samsø Tranebjerg Anholt Endelave Tunø
Langeland Ærø Mors Nykøbing Mors Thy Salling Djursland Himmerland Vendsyssel
Sønder Omme Hejnsvig Billund Vorbasse Grindsted Filskov Give Farre Kollemorten
Horsens Hatting Torsted Lund Stensballe Brædstrup Egebjerg Gedved Nim Tamdrup
Bjerre Vorbasse Kolding Christiansfeld Sjølund Hejls Aller Vamdrup Skanderup Jels
Vestbirk Sønderskov Bodum Aakjær
Rude Hampen Lemming Vils Fejø Årre Aarre Fuglede Haraldsted Bælum Sporup Ferritslev Tornby
Femø Askø Omø Agersø Venø Hjarnø Orø Sejerø Nekselø Lyø Avernakø Strynø Bjørnø Drejø Skarø
Ulstrup Hammershøj Ulsted Tranum Gandrup Nørager Suldrup Haverslev Skals Hvam Bislev
Vebbestrup Aabybro Biersted Tårs Hørby Understed Egense Farstrup Kongerslev Øster Hurup
Skals Hjerl Ikast Bording Ejstrup Kibæk Sdr Felding Tarm Lønborg Nørre Vium Astrup
Hampen Nørre Snede Thorsø Fårvang Gjerlev Enslev Ålum Hinge Vinderslev Kragelund Funder
Bjerregrav Haslund Ommersyssel Rinds Lundby Holbøl Bov Frøslev Smedager Hjordkær Genner
Stubbæk Ensted Varnæs Loit Vedsted Mjolden Hellevad Ravsted Øster Højst Visby Emmerlev
Ballum Døstrup Arrild Branderup Gabøl Hammelev Sommersted Skrydstrup Maugstrup Jerstal
Vedsted Bevtoft Agerskov Ullerup Tandslet Mommark Asserballe Oksbøl Notmark Fynshav
Dalmose Sandved Ørslev Hashøj Boeslunde Kirkerup Gudum Vester Egesborg Sværdborg Jungshoved
Allerslev Everdrup Tågerup Sandby Herlufmagle Holsteinborg Eggeslevmagle Vedde Kongsted
Lynge Uggeløse Kirke Værløse Tølløse Soderup Kirke Såby Kirke Hvalsø Rye Ramsø Viby
Skuldelev Selsø Sønderby Oppesundby Ferslev Hyllinge Torkilstrup Ønslev Nørre Kirkeby
Væggerløse Bøtø Idestrup Nørre Tvede Sollested Nagelsti Vester Ulslev Kramnitse Dannemare
Stokkemarke Bandholm Torrig Horslunde Nakskov Harpelunde Vindeby Fejø Sundby Bogø Kalvehave
Damsholte Keldby Elmelunde Magleby Hårbølle Lendemarke Ulvshale Nyord Tureby Bårse Udby
Hvidesande Vorgod Barde Sønder Felding Assing Kibæk Gullestrup Tjørring Lind Snejbjerg
Tvis Borbjerg Måbjerg Sevel Vinderup Ejsingholm Hjerm Gimsing Humlum Nees Bøvling Fjaltring
Ferring Nørre Nissum Gudum Bøvlingbjerg Klinkby Bonnet Vestervig Hurup
Sjørring Hundborg Tilsted Nors Hørdum Koldby Snedsted Hassing Villerslev Stagstrup
Mørkøv Skamstrup Kundby Sønder Jernløse Ugerløse Kvanløse Nørre Jernløse Åmosen
"""
TOWNS = frozenset(fold_word(w) for w in _TOWNS_TEXT.split())
TOWNS_PLAIN = frozenset(plain(k) for k in TOWNS)
# First words of two-word towns ("Kirke Eskilstrup", "Store Merløse", "Nørre Nebel").
TOWN_PREFIXES = frozenset(fold_word(w) for w in """
    kirke store lille nørre nr søndre sønder vester øster østre vestre nordre ny nye gammel
    gl gamle over neder øvre nedre sankt skt munke hvide sjællands rungsted hørsholm kongens
    ruds
""".split())
# Second words of towns ("Hirtshals Øst", "Horslunde C", "Rungsted Kyst", "Nykøbing F").
TOWN_PARTS = frozenset(fold_word(w) for w in """
    nord syd øst vest midt centrum c n s v ø k nv sv nø sø strand kyst st f m sj mors falster
    sjælland fyn jylland j thy by havn ladeplads stationsby sand sande odde huse bro mark
""".split())
# Words after "i" that are times, not towns ("i dag", "i weekenden", "i Påsken").
_TIME_WORDS = frozenset(fold_word(w) for w in """
    dag går morgen morges aften aftes nat nat' nætter weekenden weekend weekends sommer
    sommers vinter vinters ferien ferier påske påsken jul julen pinse pinsen uge ugen
    mandags tirsdags onsdags torsdags fredags lørdags søndags mandag tirsdag onsdag torsdag
    fredag lørdag søndag januar februar marts april maj juni juli august september oktober
    november december forgårs overmorgen eftermiddag formiddag frikvarteret pausen timen
    timer skolen klassen alt alle hele
""".split())
_WORD = re.compile(r"\s+([^\W\d_][\w'-]*\.?)")


def not_a_place(key: str) -> bool:
    """A little word, a verb or a time: never a town ("i dag", "i weekenden")."""
    return (key in STOP or key in FUNCTION_WORDS or key in SUBJECT_VERBS or key in CONSUME_VERBS
            or key in _TIME_WORDS or key in CHAT_WORDS)


def town_like(word: str, lex: Lexicon, strong: bool = False) -> bool:
    """``word`` can be a town where a town stands: a town of the list, a place of the word
    lists, a capitalised word, or a word in no dictionary; with ``strong`` (after a street
    and a comma) also a word with a town's ending."""
    bare = word.rstrip(".")
    key = fold_word(bare)
    if len(key) < 2 or not_a_place(key) or key.endswith("'s"):
        return False
    if key in TOWNS or plain(key) in TOWNS_PLAIN:
        return True
    if key in lex.allow:
        # a place of the word lists, but in lower case an ordinary word is a word:
        # "i Netto koster vodka", not a village called Koster
        return not (bare.islower() and key in lex.words)
    if bare[:1].isupper():
        return len(key) >= 3
    if len(key) >= 4 and not lex.is_known(key, strict=True) and key not in lex.english:
        return True
    return strong and len(key) >= 5 and key.endswith(TOWN_ENDINGS) and key not in lex.words


def town_end(text: str, pos: int, lex: Lexicon, strong: bool = False) -> Optional[int]:
    """The end of a town whose first word follows ``pos`` after white space, or ``None``:
    "østbirk", "Storvorde Nord", "kirke eskilstrup", "rungsted kyst", "Nykøbing F"."""
    first = _WORD.match(text, pos)
    if first is None:
        return None
    key = fold_word(first.group(1).rstrip("."))
    end = first.start(1) + len(first.group(1).rstrip("."))
    if key in TOWN_PREFIXES:
        second = _WORD.match(text, end)
        if second and (town_like(second.group(1), lex, True) or _second_word(second.group(1), lex)):
            return _town_part(text, second.start(1) + len(second.group(1).rstrip(".")), lex)
    if not town_like(first.group(1), lex, strong):
        part = _town_part(text, end, lex, quarters_only=True)
        if part == end or not_a_place(key) or len(key) < 3:
            return None
        return part  # "horslunde c", "vejle øst": a quarter says town
    return _town_part(text, end, lex)


def _second_word(word: str, lex: Lexicon) -> bool:
    """After "store", "ny", "nørre" where a town stands, a word with a town's ending that is
    no dictionary's base word is the town's second word ("store fuglede"), not "store
    mængder"."""
    key = fold_word(word.rstrip("."))
    return (len(key) >= 4 and key not in lex.words and key not in lex.english
            and not not_a_place(key) and key.endswith(TOWN_ENDINGS + ("ede", "up")))


def _town_part(text: str, end: int, lex: Lexicon, quarters_only: bool = False) -> int:
    """A town's next words: "Øst", "C", "Kyst", "Thy", "Fyn Vest", or a capitalised word."""
    for _ in range(2):
        second = re.match(r"[ \t]([^\W\d_][\w-]*)\b\.?", text[end:end + 30])
        if not second:
            break
        word = second.group(1)
        key = fold_word(word)
        if key in TOWN_PARTS or (not quarters_only and word[:1].isupper() and len(key) > 2
                                 and not not_a_place(key) and key not in lex.english):
            end += 1 + len(word)
        else:
            break
    return end

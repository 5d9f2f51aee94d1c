"""Build the word lists in ``core/data/`` that ``core/redaction/`` reads.

Writes (one entry a line, ``#`` lines are comments):

- ``first_names.txt``  first names common in Denmark, including names of immigrant origin
- ``surnames.txt``     surnames common in Denmark, including names of immigrant origin
- ``name_words.txt``   names that are also ordinary words ("Bent", "Dag", "Sol", "Per"):
                       the redactor only removes these with a cue from the context
- ``rare_names.txt``   names outside the common tier: also only with a capital or a cue
- ``da_words.txt``     Danish base words; the redactor also knows inflected forms and
                       compounds of them ("behandlingen", "alkoholbehandling"); also every
                       lower-case word of the NLU data, the knowledge base and the catalogues
- ``en_words.txt``     common English words that are no Danish words ("brother", "need",
                       "friday"): ordinary words in an English or mixed message, so no name
- ``allow_words.txt``  proper nouns that must survive: towns, places, weekdays, months,
                       medicines, brands, offer names from ``knowledge/*.yml``, the NLU
                       data and the municipal catalogues
- ``common_abroad_names.txt``  common first names (``[first]``) and surnames (``[last]``)
                       of the countries many people in Denmark come from or that are near,
                       and Denmark's own names past the common tier: ``core/redaction/
                       lexicon.py`` takes them as common names, in lower case too, unless
                       one is an ordinary word (its ``_word_like``). Built from the two name
                       packages and the supplement only (see ``ABROAD_LIST_*`` below), never
                       from the generator that fills the PII evaluation sets (Faker), so
                       that the recall measured with those sets is not circular

Sources, all offline:

- ``names-dataset`` 3.3.1 (PyPI): top first and last names for Denmark (``DK``) and,
  Latin script only, for countries many people in Denmark come from.
- ``gender-guesser`` 0.4.0 (PyPI), its ``nam_dict.txt``: first names with a frequency
  in the Danish, Turkish, Arabia/Persia, India/Sri Lanka, Bosnia, Poland and Vietnam
  columns (for ``common_abroad_names.txt`` also Sweden, Norway, Germany, Britain,
  Romania, Lithuania and Ukraine).
- ``spacy-lookups-data`` 1.0.5 (the project's requirement): the Danish lemma table and
  the English word probabilities (words written in lower case more often than
  capitalised, so not names).
- A short hand-written supplement (``SUPPLEMENT_*`` below) of Pakistani, Somali,
  Bosnian, Vietnamese, Kurdish and Eritrean names that the two name packages lack.
- ``knowledge/*.yml``, ``data/nlu/*.yml`` and ``../shared/catalogues/*.txt``.

The name packages are only needed to run this script, not by the project. Usage::

    python3 -m venv /tmp/names && /tmp/names/bin/pip install names-dataset==3.3.1 \\
        gender-guesser==0.4.0
    /tmp/names/bin/python scripts/build_name_lists.py [--spacy-lookups PATH] [--check]

``--check`` builds into memory and exits 1 when the committed files differ. ``--only
en_words`` builds just the English list, which needs no name package; ``--only
common_abroad_names`` writes (or checks) just that list.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import re
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Set

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.language.normalize import fold  # noqa: E402
from core.redaction import word_in  # noqa: E402

DATA = ROOT / "core" / "data"
CATALOGUES = ROOT.parent / "shared" / "catalogues"

DK_TOP_FIRST = 3100          # per gender; names-dataset has about 3000 for DK
DK_TOP_LAST = 3000
# The common tier: taken as names even in lower case. Names past it need a cue.
DK_COMMON_FIRST = 1000       # per gender
DK_COMMON_LAST = 1500
ABROAD_COMMON = ("TR", "PL", "IQ", "SY", "LB", "IR", "AF", "MA", "PS", "GB", "US", "DE",
                 "SE", "NO")
ABROAD_COMMON_FIRST = 100    # per gender
ABROAD_COMMON_LAST = 40
DANISH_COMMON_FREQUENCY = 2  # nam_dict's Danish column, 1 (rare) to 13
TWO_LETTER_NAMES = "Bo Ib Ea My Ly Le Do Ho Vo Vu Vy An"
ABROAD_TOP_FIRST = 250       # per gender and country
ABROAD_TOP_LAST = 200
# Countries many people in Denmark come from (names-dataset codes; IR also holds Czech
# names, which does no harm). Pakistan, Somalia, Bosnia and Vietnam are not in
# names-dataset: gender-guesser and the supplement cover them.
ABROAD = ("TR", "PL", "IQ", "SY", "LB", "IR", "AF", "MA", "EG", "PS", "JO", "DZ", "TN",
          "SD", "ET", "YE", "SA", "RS", "HR", "AL", "DE", "SE", "NO", "IS", "LT", "BG",
          "RU", "IN", "BD", "PH", "GB", "US", "NL", "IT", "ES", "FR", "GR", "CN", "HK",
          "ID", "GH", "NG")
# common_abroad_names.txt: the top names of these names-dataset countries (Latin script),
# per gender for first names. Sweden, Norway, Germany, Britain, Turkey, Poland, Iraq,
# Syria, Iran, Afghanistan, Lithuania, Lebanon, Morocco, India and the Philippines are in
# names-dataset 3.3.1; Pakistan, Somalia, Bosnia, Romania, Ukraine, Vietnam, Eritrea, Sri
# Lanka and Thailand are not, so near neighbours stand in where they share names (Croatia
# and Serbia for Bosnia, Moldova for Romania, Russia for Ukraine, Djibouti for Somalia,
# Ethiopia and Sudan for Eritrea, Bangladesh for Pakistan and Sri Lanka), and
# gender-guesser's columns and the supplement add first names (Thailand has no source).
ABROAD_LIST_COUNTRIES = ("SE", "NO", "DE", "GB", "TR", "PL", "IQ", "SY", "IR", "AF", "LT",
                         "LB", "MA", "IN", "PH", "HR", "RS", "MD", "RU", "DJ", "ET", "SD",
                         "BD")
ABROAD_LIST_FIRST = 400      # per gender and country
ABROAD_LIST_LAST = 400       # per country
# Denmark's own names past the common tier (DK_COMMON_FIRST, DK_COMMON_LAST) up to these.
ABROAD_LIST_DK_FIRST = 3000  # per gender
ABROAD_LIST_DK_LAST = 3000
# gender-guesser columns and the least frequency (1 = isolated cases, 13 = very common).
ABROAD_LIST_NAM_DICT = {"denmark": 2, "sweden": 2, "norway": 2, "germany": 2,
                        "great_britain": 2, "turkey": 2, "poland": 2, "romania": 2,
                        "bosniaand": 2, "lithuania": 2, "ukraine": 2, "arabia": 2,
                        "india": 2, "vietnam": 1}
NAM_DICT_COUNTRIES = {"denmark": 1, "turkey": 3, "arabia/persia": 3, "india/sri lanka": 4,
                      "bosnia and herzegovina": 3, "kosovo": 3, "albania": 3, "poland": 4,
                      "vietnam": 2, "norway": 5, "sweden": 5, "iceland": 6}

SUPPLEMENT_FIRST = """
William Noah Oscar Lucas Oliver Victor Malthe Alfred Carl Emil Valdemar Aksel Elias August
Magnus Frederik Arthur Felix Anton Otto Vigo Theo Liam Milas Hugo Benjamin Johan Villads
Mads Alexander Sebastian Marius Mikkel Christian Adam Viggo Bertram Konrad Nohr Lauge Storm
Emma Ida Clara Alma Freja Ella Sofia Karla Anna Laura Josefine Olivia Agnes Lærke Nora Luna
Frida Mathilde Ellen Esther Isabella Sofie Alberte Lea Maja Asta Vilma Aya Emily Liva Saga
Mille Silje Lily Astrid Ronja Vera Aurora Thea Signe Marie Ingrid Karen Celina Victoria
Ellie Filippa Gry Hannah Hanna Johanne Selma Sara Sarah Lily Merle Rosa Nanna Malou Cecilie
Muhammad Mohammad Mohammed Mohamed Muhammed Imran Asif Bilal Usman Ayesha Aisha Sana Faisal
Tariq Kashif Naveed Shahid Zeeshan Adnan Waqas Umar Omar Hamza Amna Saima Nadia Rabia
Sadia Farah Hina Mehwish Uzma Shazia Naila Sidra Iqra Mahnoor Zainab Fatima Khadija Hira
Abdi Abdullahi Abdirahman Abdikarim Abdirizak Abdiaziz Abdiwali Mahad Liban Guled Hodan
Halima Faduma Fadumo Hawa Ayaan Sahra Hibo Ubah Amran Ifrah Sagal Nimo Khadra Deeqa Ilhan
Yasmin Jibril Hamdi Bashir Warsame Mohamud Nasra Ikran Idil Hamda Filsan Ayan Ladan Zamzam
Emir Amir Edin Mirza Senad Elvir Jasmin Haris Armin Nermin Adis Almir Damir Kemal Samir
Semir Enis Dino Tarik Amra Lejla Amela Selma Aida Alma Emina Azra Merima Elma Ajla Belma
Sanela Jasmina Mirela Sabina Edina Nermina Sead Mustafa Ermin Eldin Nedim Muhamed Esad Emin
Anh Minh Linh Thanh Huong Hoa Hung Tuan Dung Hai Duc Trang Thao Hanh Quang Khanh Phuong Ngoc
Thuy Hien Hieu Trung Vinh Binh Huy Bao Phuc Tien Nhung Yen Vy Uyen Quynh Thuong Loan Nga
Rojin Roj Dilan Berivan Zozan Azad Baran Rezan Sherwan Rojda Viyan Delal Hevin Jiyan Rojhat
Sipan Diyar Dilovan Zana Shirin Nazdar Helin Lorin Berfin Rozerin Dersim Ciwan Kawa Serhat
Yonas Filmon Semhar Senait Mehari Tekle Kidane Tesfay Tesfaye Haile Berhane Mulugeta Merhawi
Yohannes Dawit Selam Saron Eden Aster Tsega Winta Rahwa Feven Mussie Ermias Habtom Biniam
"""
SUPPLEMENT_LAST = """
Khan Ahmed Ahmad Hussain Hussein Butt Malik Chaudhry Chaudhary Choudhry Iqbal Shah Akhtar
Mirza Qureshi Sheikh Raza Rana Bhatti Javed Aslam Anwar Bashir Mahmood Mehmood Rashid
Siddiqui Abbasi Baig Gill Cheema Arshad Nawaz Saleem Yousaf Zafar Rehman Rahman Riaz Haider
Jamil Ashraf Hanif Latif Majeed Mughal Nadeem Naseem Rafiq Sabir Shafiq Tahir Waheed
Abdi Ali Mohamed Hassan Farah Omar Osman Ahmed Yusuf Warsame Jama Aden Abdullahi Nur Ibrahim
Ismail Duale Egal Hirsi Mohamud Samatar Shire Dahir Hersi Gedi Elmi Adan Abdille Barre
Hodžić Hadžić Kovačević Begić Delić Husić Mujić Halilović Hasanović Mehmedović Ibrahimović
Alić Šarić Omerović Babić Jukić Muratović Salihović Hukić Selimović Osmanović Zukić Smajić
Avdić Mešić Husejnović Karić Hrnjić Ćosić Džafić Bešić Pašić Imamović Mahmutović Ahmetović
Suljić Kadrić Čolić Hodzic Hadzic Kovacevic Begic Delic Husic Mujic Halilovic Hasanovic
Mehmedovic Ibrahimovic Alic Saric Omerovic Babic Jukic Muratovic Salihovic Hukic Selimovic
Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng Bui
Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Truong Trương Dinh Đinh Lam Trinh Luong Quach Ton
Tesfay Tesfaye Haile Berhane Mulugeta Tekle Kidane Gebre Gebremedhin Ghebremedhin Habte
Tewolde Weldu Asmerom Yemane Kahsay Kiros Ghebre Mehari Andemariam
"""

# Words that are never taken as names, whatever the name lists say: Danish function words,
# family words, greetings and chat words that the Facebook-derived lists contain as names.
NEVER_NAMES = """
a af al alle alt altid andet anden andre at bare begge blev bliver da de dem den denne der
deres det dette dig din dine dit du efter eller en end eneste er et for fordi fra før ham han
har havde hele hende hendes her hos hun hvad hvem hver hvilken hvis hvor hvordan hvorfor
i ikke ind jeg jer jo kan kom kun lidt man med meget men mig min mine mit mod må ned nej nogen
noget nok nu når og også om op os over på sig sin sine sit skal som så sådan til ud uden under
ved vi vil vores være været mor far mama mamma mami mom mum dad daddy papa pappa bror broder
søster søs farmor farfar mormor morfar bedste bedstemor bedstefar oldemor oldefar moster
faster onkel tante barn baby babe søn datter mand kone kæreste ven veninde venner familie
hej hejsa hey hi hello hallo halløj goddag davs dav tak mvh hilsen kh knus kram ok okay nå
ja jep jo nope yes no yo lol haha hihi wow omg fuck shit love lille store stor ny gamle
bruger profil admin test intet ingen aldrig nogle alle anonym anonymous unknown ukendt
privat chat chatten navn min mit mine prinsesse princess prince king queen lady boss
the to familien bestyrelsen murermester holdleder formand frisør snedker præst lærer
træner underviser rengøring stutteri jagttegn kimplanter galleri cirkus salami persille
timian kaffe pølse jordbær islam islamisk muslim jihad ramadan dansk danske danmarks fakta
polak thai jugoslav frivillig hemmelig slettet slet rehab logi mentor job dk com mks wac
kcha kech ell fru frk spil skole
"""

# Names that are also words, but whose word sense is rare in chat: even in lower case
# these are taken as names ("jeg er bekymret for jens").
NAME_FIRST = """
jens mads kim rune helle lise lotte mille palle svend tove trine malte ebbe kaj karl
nils tim agnes ellen helen maren verner stig espen mats arne alf aksel asger frede jon
knut iver jarl ester erika erica iris jasmin maya oscar noah henry benjamin sidse nette
nynne tue tilde gry nelson norman dirk ellert evert bob bitten aase dan frank lis jane
lærke oscar viggo lauge malou
"""

# Capitalised words of the catalogues that are also in the name lists but must survive
# (offer and method names such as NADA, "Blå Kors", "Råd og vejledning").
CATALOGUE_KEEP = "NADA Blå Råd Tal Klare Borgen Koster Skander Gorski CENAPS"

# Places that are also surnames: kept in the surname list.
PLACE_SURNAMES = "lund"

# Common English and chat words found among names (they need a cue, like "Bent").
ENGLISH_WORDS = """
all an and any april august baby be bee best big bill blue bo boy brook buddy can candy
cash chance cherry chip christmas city cool crystal dale dawn day dean destiny dot dream
early echo eve faith fanny fern fine fox frank gay gift glen glory golden grace grant guy
happy harmony hazel heart heaven honey hope hunter ivy jack jade jay jewel joy june justice
king lady lane lee lily love lucky mark mars may melody merry miles misty moon nick noble
ocean page pat patience penny pepper pink precious prince princess queen rain raven red
reed rich river robin rock rose ruby rush sage sandy scott sky snow soul spring star stone
storm summer sunny sweet sweetie taylor terry trinity true victory violet wade ward wells
west white will win winter wolf young bent mai dag sol have meme soso even odd gun sue
nine wood hill palm plum wind paw ho gaming game gamer
"""

# Drug slang that is also a name: only a name with a cue ("min veninde Molly").
SLANG_NAMES = "molly mandy tina charlie lucy mary jane keta crystal ice snow speed"

PLACES = """
Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør Egedal
Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn Frederikssund
Furesø Faaborg-Midtfyn Faaborg Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund
Haderslev Halsnæs Hedensted Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro
Horsens Hvidovre Høje-Taastrup Taastrup Hørsholm Ikast-Brande Ikast Brande Ishøj Jammerbugt
Kalundborg Kerteminde Kolding København Køge Langeland Lejre Lemvig Lolland Lyngby-Taarbæk
Lyngby Læsø Mariagerfjord Middelfart Morsø Norddjurs Nordfyns Nyborg Næstved Odder Odense
Odsherred Randers Rebild Ringkøbing-Skjern Ringkøbing Skjern Ringsted Roskilde Rudersdal
Rødovre Samsø Silkeborg Skanderborg Skive Slagelse Solrød Sorø Stevns Struer Svendborg
Syddjurs Sønderborg Thisted Tønder Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerland
Viborg Vordingborg Ærø Aabenraa Aalborg Aarhus Århus Ålborg Nykøbing Grenaa Ebeltoft Skagen
Hobro Kolind Ry Galten Hørning Brabrand Viby Risskov Hasle Åbyhøj Tilst Lystrup Hinnerup
Hadsten Hammel Skødstrup Egå Beder Malling Solbjerg Stilling Skovby Låsby Kjellerup Bjerringbro
Brædstrup Gedved Tørring Juelsminde Børkop Give Jelling Egtved Bredsten Thyregod Gadbjerg
Vonge Kollerup Taulov Erritsø Snoghøj Pjedsted Skærbæk Nordborg Augustenborg Gråsten Broager
Sydals Guderup Egernsund Kruså Padborg Rødekro Vojens Christiansfeld Rødding Ribe Bramming
Oksbøl Tjele Hvide Sande Nørresundby Vadum Hals Brovst Fjerritslev Løgstør Aars Hadsund
Støvring Skørping Sæby Brønderslev Dronninglund Hirtshals Løkken Blokhus Frederikssund
Valby Vanløse Amager Nørrebro Østerbro Vesterbro Christianshavn Brønshøj Bispebjerg Sydhavn
Nordhavn Ørestad Hellerup Charlottenlund Klampenborg Bagsværd Søborg Herlev Ballerup
Glostrup Albertslund Ishøj Avedøre Kastrup Dragør Holte Birkerød Farum Værløse Stenløse
Hundested Nakskov Maribo Nykøbing Falster Møn Stege Korsør Skælskør Haslev Faxe Præstø
Tølløse Jyderup Nykøbing Sjælland Sjælland Fyn Jylland Sønderjylland Nordjylland Midtjylland
Vestjylland Østjylland Sydjylland Djursland Himmerland Vendsyssel Thy Mors Salling Als Ærø
Syddanmark Midtjylland Hovedstaden Nordsjælland Danmark Grønland Færøerne Tyskland Sverige
Norge Finland Island Polen Tyrkiet Irak Iran Syrien Libanon Afghanistan Pakistan Somalia
Bosnien Serbien Kroatien Kosovo Albanien Rumænien Bulgarien Ukraine Rusland Vietnam
Thailand Filippinerne Kina Indien Eritrea Etiopien Marokko Egypten Spanien Frankrig Italien
Holland England Skotland Irland Amerika USA Europa Berlin Hamborg Flensborg Malmö Malmø
Stockholm Oslo Lund Göteborg Gøteborg London Paris Amsterdam Christiania Tivoli Fyn
Region Kommune Nordfyn Vestegnen Sydhavnen Gellerup Vollsmose Tingbjerg Mjølnerparken Bispehaven
"""
# "August" and "Jul" are left out: first names too; the redactor reads them as the month
# or Christmas after "i", "til", "efter", "god" and the like.
CALENDAR = """
Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Januar Februar Marts April Maj Juni Juli
September Oktober November December Juleaften Nytår Nytårsaften Påske Pinse
Fastelavn Halloween Sankthans Weekend Weekenden Eid Ramadan Bajram
"""
SUBSTANCES = """
Antabus Campral Naltrexon Selincro Metadon Methadon Subutex Suboxone Buprenorfin Ritalin
Concerta Stesolid Rivotril Xanax Valium Tramadol Oxycodon OxyContin Oxynorm Morfin Kodimagnyl
Panodil Pamol Ipren Lyrica Pregabalin Gabapentin Fentanyl Zolpidem Imovane Zopiclon
Ketamin Kokain Heroin Hash Skunk Amfetamin Speed MDMA Ecstasy LSD GHB Spice Svampe Snus
Zopiclone Quetiapin Seroquel Olanzapin Zyprexa Sertralin Zoloft Cipralex Escitalopram
Citalopram Fluoxetin Prozac Venlafaxin Efexor Mirtazapin Remeron Elvanse Strattera Melatonin
Circadin Atarax Phenergan Nozinan Truxal Risperdal Risperidon Abilify Aripiprazol Lamictal
Lithium Valproat Oxapax Alopam Sobril Tradolan Contalgin Dolol Temgesic Naloxon Nalokson
Nyxoid Kodein Codein Viagra Modafinil Adderall Vyvanse Medikinet Equasym Kratom Lean Xtc
Codeine Oxycodone Tilidin Lyrica Nitrous Lattergas Poppers Crystal Meth Crack Hashish Oxy
Benzo Benzoer Xanor Sobril
Tuborg Carlsberg Heineken Faxe Albani Smirnoff Absolut Bacardi Jägermeister Fernet Branca
Gammel Dansk Ga-Jol Baileys Somersby Breezer Mokai Cult Shaker Booster Monster Redbull
Red Bull Nikotin Vape Juul Elf Bar Zyn Velo Marlboro
Snapchat Snap Instagram Insta Facebook Messenger WhatsApp Discord TikTok Telegram Signal
Twitter YouTube Google Netflix Spotify Twitch Reddit LinkedIn Tinder iPhone Android Apple
Samsung MitID NemID eBoks E-boks Borger Sundhed Minlæge Chatten Chat Bot Robot
Alkolinjen Livslinien BørneTelefonen Børnetelefonen Headspace Ventilen Sind Lænken Lænke
AA NA CA Al-Anon Alateen Blå Kors Kirkens Korshær Frelsens Hær Red Barnet Børns Vilkår
Hus Forbi SSP UU Jobcenter Jobcentret Ungdommens Uddannelsesvejledning Psykiatrien
Sundhedsstyrelsen Socialstyrelsen Ankestyrelsen Politiet Skat Udbetaling Kriminalforsorgen
Familieafdelingen Familiehuset Ungehuset Ungeenheden Rusmiddelcenter Rusmiddelcentret
Misbrugscenter Misbrugscentret Ungerådgivningen Ungdomsrådgivningen CRAFT MOVE BRUS
Cannabiscafé Cannabiscaféen Motivationsgruppen Forandringsgruppen Efterbehandlingsgruppen
Gud Allah Jesus Kristus Koranen Biblen Dansk Danske Engelsk Arabisk Tyrkisk Polsk
Kvindehjemmet Krisecenter Røde Kors Sygehus Hospital Skadestuen Rigshospitalet
Hvidovre Bispebjerg Herlev Gentofte Glostrup Psykiatrisk Akutmodtagelsen
"""


_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-Ỹ][a-zß-öø-ÿā-žơưạ-ỹ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-Ỹ]"
                         r"[a-zß-öø-ÿā-žơưạ-ỹ'’]+)?$")


def good_name(name: str, min_len: int = 2) -> bool:
    """A single, Latin-script, capitalised name ("Anne-Mette", "Öznur"), no initials."""
    name = name.strip()
    if not _LATIN_NAME.match(name) or len(name) < min_len:
        return False
    return not any(len(part) < 2 for part in name.split("-"))


def words_of(text: str) -> List[str]:
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)


def spacy_table(path: Path) -> Dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def find_spacy_lookups() -> Path:
    candidates = sorted(glob.glob(str(ROOT / ".venv" / "lib" / "python*" / "site-packages" /
                                      "spacy_lookups_data" / "data" / "da_lemma_lookup.json.gz")))
    try:
        import spacy_lookups_data  # type: ignore
        candidates.insert(0, str(Path(spacy_lookups_data.__file__).parent / "data" /
                                 "da_lemma_lookup.json.gz"))
    except ImportError:
        pass
    for candidate in candidates:
        if Path(candidate).exists():
            return Path(candidate)
    raise SystemExit("da_lemma_lookup.json.gz not found: pass --spacy-lookups PATH")


def names_dataset_names() -> Dict[str, List[str]]:
    """Names by tier: "common" ones are taken as names even in lower case."""
    from names_dataset import NameDataset  # type: ignore

    nd = NameDataset()
    out: Dict[str, List[str]] = {"first_common": [], "first_rare": [], "last_common": [],
                                 "last_rare": []}
    top = nd.get_top_names(n=DK_TOP_FIRST, country_alpha2="DK")["DK"]
    for gender in ("M", "F"):
        names = [n for n in top.get(gender, []) if good_name(n)]
        out["first_common"].extend(names[:DK_COMMON_FIRST])
        out["first_rare"].extend(names[DK_COMMON_FIRST:])
    names = [n for n in nd.get_top_names(n=DK_TOP_LAST, use_first_names=False,
                                         country_alpha2="DK")["DK"] if good_name(n)]
    out["last_common"].extend(names[:DK_COMMON_LAST])
    out["last_rare"].extend(names[DK_COMMON_LAST:])
    for country in ABROAD:
        try:
            top = nd.get_top_names(n=ABROAD_TOP_FIRST, country_alpha2=country)[country]
            lasts = nd.get_top_names(n=ABROAD_TOP_LAST, use_first_names=False,
                                     country_alpha2=country)[country]
        except KeyError:
            continue
        common = country in ABROAD_COMMON
        for gender in ("M", "F"):
            names = [n for n in top.get(gender, []) if good_name(n, 3)]
            cut = ABROAD_COMMON_FIRST if common else 0
            out["first_common"].extend(names[:cut])
            out["first_rare"].extend(names[cut:])
        names = [n for n in lasts if good_name(n, 3)]
        cut = ABROAD_COMMON_LAST if common else 0
        out["last_common"].extend(names[:cut])
        out["last_rare"].extend(names[cut:])
    return out


def gender_guesser_names() -> Dict[str, List[str]]:
    """First names of nam_dict.txt: "common" when frequent in the Danish column."""
    import gender_guesser.detector as detector  # type: ignore

    path = Path(detector.__file__).parent / "data" / "nam_dict.txt"
    countries = [c.replace("_", " ") for c in detector.Detector.COUNTRIES]
    columns = {}
    for label, minimum in NAM_DICT_COUNTRIES.items():
        matches = [i for i, c in enumerate(countries) if c.startswith(label.split()[0].split("/")[0])]
        if matches:
            columns[matches[0]] = (minimum, label == "denmark")
    out: Dict[str, List[str]] = {"first_common": [], "first_rare": []}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "=")) or len(line) < 31:
                continue
            name = line[3:29].strip().replace("+", "-")
            if not good_name(name):
                continue
            values = line[30:-1]
            tier = None
            for column, (minimum, danish) in columns.items():
                if column < len(values) and values[column] != " ":
                    frequency = int(values[column], 16)
                    if danish and frequency >= DANISH_COMMON_FREQUENCY:
                        tier = "first_common"
                        break
                    if frequency >= minimum:
                        tier = "first_rare"
            if tier:
                out[tier].append(name)
    return out


def abroad_list_names() -> Dict[str, List[str]]:
    """The sources of ``common_abroad_names.txt``, best known first: names-dataset's top
    names of ``ABROAD_LIST_COUNTRIES``, Denmark's names past the common tier, gender-guesser's
    first names of ``ABROAD_LIST_NAM_DICT`` and the supplement."""
    import gender_guesser.detector as detector  # type: ignore
    from names_dataset import NameDataset  # type: ignore

    nd = NameDataset()
    first: List[str] = []
    last: List[str] = []
    top = nd.get_top_names(n=ABROAD_LIST_DK_FIRST, country_alpha2="DK")["DK"]
    for gender in ("M", "F"):
        first.extend(n for n in top.get(gender, [])[DK_COMMON_FIRST:] if good_name(n, 4))
    last.extend(n for n in nd.get_top_names(n=ABROAD_LIST_DK_LAST, use_first_names=False,
                                            country_alpha2="DK")["DK"][DK_COMMON_LAST:]
                if good_name(n, 4))
    for country in ABROAD_LIST_COUNTRIES:
        top = nd.get_top_names(n=ABROAD_LIST_FIRST, country_alpha2=country)[country]
        for gender in ("M", "F"):
            first.extend(n for n in top.get(gender, []) if good_name(n, 4))
        last.extend(n for n in nd.get_top_names(n=ABROAD_LIST_LAST, use_first_names=False,
                                                country_alpha2=country)[country]
                    if good_name(n, 4))
    path = Path(detector.__file__).parent / "data" / "nam_dict.txt"
    columns = {detector.Detector.COUNTRIES.index(c): m for c, m in ABROAD_LIST_NAM_DICT.items()}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "=")) or len(line) < 31:
                continue
            name = line[3:29].strip().replace("+", "-")
            values = line[30:-1]
            if good_name(name, 4) and any(
                    column < len(values) and values[column] != " "
                    and int(values[column], 16) >= minimum
                    for column, minimum in columns.items()):
                first.append(name)
    first.extend(SUPPLEMENT_FIRST.split())
    last.extend(SUPPLEMENT_LAST.split())
    return {"first": first, "last": last}


# English words lower case that are written capitalised in English too, and so are not
# in the probability table's lower-case entries: weekdays, months, countries, languages.
ENGLISH_PROPER = """
monday tuesday wednesday thursday friday saturday sunday january february march april
june july september october november december denmark danish dane danes english
england britain british scotland scottish ireland irish wales welsh america american
americans europe european sweden swedish norway norwegian germany german poland polish
turkey turkish arabic arab syria syrian iraq iraqi iran iranian persian afghanistan
afghan pakistan pakistani somalia somali russia russian ukraine ukrainian romania
romanian bosnia bosnian serbia serbian croatia croatian vietnam vietnamese china chinese
india indian spain spanish france french italy italian greece greek netherlands dutch
finland finnish iceland icelandic eritrea eritrean ethiopia ethiopian morocco moroccan
egypt egyptian lebanon lebanese kurdish kurd thai thailand philippines filipino africa
african asia asian internet christmas easter i'm i've i'll i'd im ive ill
copenhagen jutland zealand funen elsinore
"""
ENGLISH_MIN_LOG_PROB = -15.0


def english_words(spacy_data: Path, danish: Set[str]) -> List[str]:
    """Lower-case English words above a frequency that are written in lower case at least
    as often as capitalised ("brother" but not "brady"), less the Danish words."""
    table = spacy_table(spacy_data / "en_lexeme_prob.json.gz")
    words = set(ENGLISH_PROPER.split())
    for word, prob in table.items():
        if (prob >= ENGLISH_MIN_LOG_PROB and len(word) > 1
                and re.fullmatch(r"[a-z]+(?:'[a-z]+)?", word)
                and prob >= table.get(word.capitalize(), -99.0)):
            words.add(word)
    danish_set = frozenset(danish)
    return sorted(w for w in words if not word_in(fold(w), danish_set))


def knowledge_texts() -> List[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "knowledge").glob("*.yml"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "nlu").glob("*.yml"))]
    if CATALOGUES.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CATALOGUES.glob("*.txt"))]
    else:
        print(f"warning: {CATALOGUES} not found; allow list without the catalogues",
              file=sys.stderr)
    return texts


def build(spacy_path: Path) -> Dict[str, List[str]]:
    table = spacy_table(spacy_path)
    all_forms: Set[str] = {fold(k) for k in table} | {fold(v) for v in table.values()}
    lemmas = {v.lower() for v in table.values() if re.fullmatch(r"[^\W\d_]+", v)}

    never = {fold(w) for w in NEVER_NAMES.split()}
    places = {fold(w) for w in PLACES.split()} - {fold(w) for w in PLACE_SURNAMES.split()}

    nd = names_dataset_names()
    gg = gender_guesser_names()
    two_letter = {fold(w) for w in TWO_LETTER_NAMES.split()}

    def dedupe(names: Iterable[str]) -> Dict[str, str]:
        seen: Dict[str, str] = {}
        for name in names:
            key = fold(name)
            if key in never or key in places or (len(key) < 3 and key not in two_letter):
                continue
            seen.setdefault(key, name)
        return seen

    first_map = dedupe(nd["first_common"] + gg["first_common"] + SUPPLEMENT_FIRST.split()
                       + nd["first_rare"] + gg["first_rare"])
    last_map = dedupe(nd["last_common"] + SUPPLEMENT_LAST.split() + nd["last_rare"])
    common = set(dedupe(nd["first_common"] + gg["first_common"] + SUPPLEMENT_FIRST.split()
                        + nd["last_common"] + SUPPLEMENT_LAST.split()))
    first = sorted(first_map.values(), key=lambda n: (fold(n), n))
    last = sorted(last_map.values(), key=lambda n: (fold(n), n))
    name_keys = set(first_map) | set(last_map)

    # Names that need a cue: ordinary words among the names (Danish word forms, English
    # and slang words, words the NLU data, the knowledge base or the catalogues use in
    # lower case) and names outside the common tier.
    texts = knowledge_texts()
    nlu_lower = set()
    for text in texts:
        for word in words_of(text):
            if word.islower():
                nlu_lower.add(fold(word))
    extra_words = {fold(w) for w in (ENGLISH_WORDS + " " + SLANG_NAMES).split()}
    name_first = {fold(w) for w in NAME_FIRST.split()}
    ordinary = ({k for k in name_keys if k in all_forms or k in nlu_lower} - name_first)
    name_words = sorted(ordinary | (extra_words & name_keys)
                        | {fold(w) for w in SLANG_NAMES.split()})
    rare_names = sorted(name_keys - common)

    # Danish base words: lemmas that are not a compound of two other lemmas (the redactor
    # splits compounds itself), plus inflected forms it could not derive by suffix.
    def compound(word: str) -> bool:
        for i in range(3, len(word) - 2):
            head, tail = word[:i], word[i:]
            if tail in lemmas and (head in lemmas or (head[-1] in "se" and head[:-1] in lemmas)):
                return True
        return False

    base = {w for w in lemmas if not compound(w)}
    base_folded = frozenset(fold(w) for w in base)
    irregular = {fold(k) for k, v in table.items()
                 if v.lower() in base and re.fullmatch(r"[^\W\d_]+", k)
                 and not word_in(fold(k), base_folded)}
    da_words = sorted(base_folded | irregular | nlu_lower)

    # Proper nouns that must survive: curated lists plus capitalised words of the
    # knowledge base, the NLU data and the catalogues that are not names.
    allow: Set[str] = set()
    for word in (PLACES + CALENDAR + SUBSTANCES + " " + CATALOGUE_KEEP + " "
                 + ENGLISH_PROPER).split():
        allow.add(fold(word))
    catalogue_names = set()
    for text in texts:
        for word in words_of(text):
            if word[:1].isupper():
                key = fold(word)
                if key in name_keys:
                    catalogue_names.add(word)
                elif key not in all_forms or word.isupper():
                    allow.add(key)
    allow_words = sorted(allow)
    en_words = english_words(spacy_path.parent, set(da_words))

    # Names abroad taken as common names: no ordinary word (a Danish or English word form,
    # a word of the NLU data, the knowledge base or the catalogues, a proper noun that must
    # survive) and no word of three letters or fewer; the lexicon checks again on loading.
    not_names = (never | places | all_forms | nlu_lower | extra_words | set(en_words)
                 | allow)
    abroad = abroad_list_names()
    abroad_lists: Dict[str, List[str]] = {}
    for section in ("first", "last"):
        kept: Dict[str, str] = {}
        for name in abroad[section]:
            key = fold(name)
            if len(key) > 3 and key not in not_names:
                kept.setdefault(key, name)
        abroad_lists[section] = sorted(kept.values(), key=lambda n: (fold(n), n))
    return {"first_names": first, "surnames": last, "name_words": name_words,
            "rare_names": rare_names,
            "da_words": da_words, "en_words": en_words, "allow_words": allow_words,
            "common_abroad_names": ["[first]"] + abroad_lists["first"]
                                   + ["[last]"] + abroad_lists["last"],
            "_catalogue_names": sorted(catalogue_names)}


HEADERS = {
    "first_names": "First names common in Denmark (names-dataset DK and Latin-script top names of "
                   "countries many people in Denmark come from; gender-guesser nam_dict; a short "
                   "supplement). Built by scripts/build_name_lists.py.",
    "surnames": "Surnames common in Denmark (names-dataset DK and abroad; a short supplement). "
                "Built by scripts/build_name_lists.py.",
    "name_words": "Folded names that are also ordinary words (\"Bent\", \"Dag\", \"Per\"): "
                  "removed only with a cue from the context (a capital letter inside a "
                  "sentence, a verb after it, \"min søn\" before it). Built by "
                  "scripts/build_name_lists.py.",
    "rare_names": "Folded names outside the common tier (past the top of the Danish lists): "
                  "like name_words, they need a capital letter or a cue. Built by "
                  "scripts/build_name_lists.py.",
    "da_words": "Folded Danish base words (spacy-lookups-data da lemma table, compounds of two "
                "lemmas left out; lower-case words of the NLU data, knowledge base and "
                "catalogues). Built by scripts/build_name_lists.py.",
    "en_words": "Common English words that are no Danish words (spacy-lookups-data en "
                "lexeme probabilities: more often lower case than capitalised; weekdays, "
                "months, countries and languages). Built by scripts/build_name_lists.py.",
    "allow_words": "Folded proper nouns that are never names: places, calendar words, medicines, "
                   "brands and the capitalised words of knowledge/, data/nlu/ and the catalogues. "
                   "Built by scripts/build_name_lists.py.",
    "common_abroad_names": "Common first names ([first]) and surnames ([last]) of the countries "
                           "many people in Denmark come from or that are near, and Denmark's "
                           "names past the common tier (names-dataset 3.3.1 top names, Latin "
                           "script; gender-guesser 0.4.0 nam_dict; the script's supplement; "
                           "ordinary words left out). Not from Faker, which fills the PII "
                           "evaluation sets. core/redaction/lexicon.py takes them as common "
                           "names. Built by scripts/build_name_lists.py.",
}


def render(name: str, entries: List[str]) -> str:
    if name == "common_abroad_names":
        split = entries.index("[last]")
        return (f"# {HEADERS[name]}\n# {split - 1} first names, {len(entries) - split - 1} "
                "surnames\n" + "\n".join(entries) + "\n")
    return f"# {HEADERS[name]}\n# {len(entries)} entries\n" + "\n".join(entries) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spacy-lookups", type=Path, default=None)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", choices=["en_words", "common_abroad_names"], default=None)
    args = ap.parse_args()
    spacy_path = args.spacy_lookups or find_spacy_lookups()
    if args.only == "en_words":
        danish = {line for line in (DATA / "da_words.txt").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")}
        built = {"en_words": english_words(spacy_path.parent, danish), "_catalogue_names": []}
    else:
        built = build(spacy_path)
        if args.only:
            built = {args.only: built[args.only], "_catalogue_names": built["_catalogue_names"]}
    print("catalogue words that are names (kept as names unless listed in allow_words):",
          ", ".join(built.pop("_catalogue_names")))
    DATA.mkdir(parents=True, exist_ok=True)
    differ = []
    for name, entries in built.items():
        path = DATA / f"{name}.txt"
        text = render(name, entries)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(name)
        else:
            path.write_text(text, encoding="utf-8")
        print(f"{name}: {len(entries)}")
    if differ:
        print("differ from the committed files:", ", ".join(differ))
        sys.exit(1)


if __name__ == "__main__":
    main()

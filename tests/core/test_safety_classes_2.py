"""The crisis detector on the classes fixed after set K (own sentences, never a set's).

Crises: indifference to dying or a wished-for accident, not wanting to wake tomorrow, a
dose or a drop asked for with despair, a grip round the throat or a chokehold, harm
threatened by someone near (knows the address, came by today), another person's farewell
told in a long message. Ordinary: idioms with "hænge" and "dræbe", a wish to stop a
substance said with words of ending, a teacher asking for the procedure, news and
school subjects, stories that are over and recovered, long project and planning messages.
Spellings without æ/ø/å and with typos are part of each class.
"""

import pytest

from core.safety import detect_crisis


@pytest.mark.parametrize("text", [
    "Hvis en lastbil ramte mig på vej hjem i aften, ville jeg egentlig være ligeglad",
    "om jeg blev kørt over af toget i morgen er helt lige meget for mig",
    "det ville ærligt talt være en lettelse hvis jeg døde i søvne",
    "jeg har ikke noget imod at dø, det må komme når det kommer",
    "hvis jeg blev ramt af en bil imorgen ville det vaere helt ok",
    "ville ikk ha noget imod at do ærlig talt",
    "er efterhånden lige meget om jeg lever eller dør",
    "hvis jeg bare faldt om og døde i morgen ville det ikke gøre noget",
    "gider ik at vågne op igen i morgen",
    "har ingen lyst til at vågne i morgen, alt er gråt",
    "orker ikke vaagne imorgen",
    "hvis jeg døde i en ulykke ville det vaere en lettelse",
    "det ville ikke være så slemt hvis flyet styrtede ned med mig i",
])
def test_indifference_to_dying_and_not_wanting_to_wake_is_suicide(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "hvor mange sovepiller skal der egentlig til hvis man bare vil sove og aldrig vågne, jeg er færdig med det hele",
    "hvilket parkeringshus i aarhus er det højeste? har det virkelig rigtig dårligt",
    "hvor meget vodka og stesolid skal der mon til før man ikke vågner op, er faerdig med alt",
])
def test_method_questions_with_fillers_and_despair(text):
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    "far kvæler mig når han drikker og jeg tør ikke gå hjem efter træning",
    "min kæreste holdt mig om struben til jeg ikke kunne få luft",
    "hun tog kvaelertag paa mig igen",
    "han tog kvelertag på mig, jeg er bange",
    "han pressede sine hænder om min hals da han kom hjem fuld",
    "stedfar slår mig når han har drukket, tor ik tage hjem i dag",
    "kæresten klemte min hals i aftes og han kommer hjem om lidt",
    "min far holder mig fast om halsen når han er stiv, og jeg tør ikk gå hjem nu",
])
def test_choking_and_fear_of_going_home_is_violence(text):
    assert detect_crisis(text) == "violence"


@pytest.mark.parametrize("text", [
    "jeg skylder en fyr 8000 og han smadrer min bil og mig hvis jeg ikke betaler, nu står han nede ved opgangen",
    "dealeren siger han vil brække mine arme og han kender min adresse",
    "de sagde de ville stikke mig hvis jeg ikke betaler og de var forbi min lejlighed i dag",
    "hvis jeg ikke skaffer pengene så banker han mig, han ved hvor jeg bor",
])
def test_threats_from_someone_near_are_violence(text):
    assert detect_crisis(text) == "violence"


def test_a_farewell_told_late_in_a_long_message_is_found():
    text = ("Hej, jeg skriver fordi jeg ikke ved hvad jeg skal gøre med min far. Han har drukket hele mit liv, "
            "mest whisky, og efter mor døde for fire år siden er det blevet meget værre. Jeg bor selv i Odense og "
            "kommer hjem hver anden weekend for at handle ind og gøre rent for ham. I søndags sad han og sagde at "
            "vi allesammen havde det lettere hvis han ikke var her mere, og i dag har han foræret min bror sin "
            "guitar og sagt farvel til naboen på en underlig måde. Nu svarer han ikke. Findes der et sted hvor "
            "pårørende kan få råd om at få en forælder i behandling?")
    assert len(text) > 300
    assert detect_crisis(text) == "suicide"


@pytest.mark.parametrize("text", [
    # idioms
    "min mor hænger mig ud foran hele familien hvis hun finder ud af jeg har røget",
    "læreren kommer til at hænge os til tørre for den aflevering, kan man få hjælp til at drikke mindre",
    "chefen haenger mig til toerre hvis jeg kommer for sent igen efter en bytur",
    "jeg kunne dræbe for en kold øl lige nu, men jeg holder pause i januar",
    "min mor hænger mig op på alt hvad jeg siger når hun har drukket",
    "det har taget for meget af min ungdom, nu vil jeg stoppe med hash",
    "jeg tør ikke tage hjem og fortælle mine forældre at jeg har røget hash, hvad gør jeg?",
    # a wish to stop a substance, said with words of ending
    "afslutter mit forhold til kokain i dag, det har taget for meget af min tid",
    "sidste øl var i lørdags. jeg vil ikke mere. nu er det nok",
    "sidste dag som ryger i dag, så er det slut med det",
    "ingen mere ghb for mig. hvordan kommer jeg igennem første weekend",
    "tager afsked med hashen i aften og så er det slut. kan i hjælpe mig videre",
    "i går røg jeg min sidste joint. jeg vil ikke mere og jeg mener det",
    # professionals asking for the procedure
    "Jeg er pædagog på et opholdssted og en af de unge cutter sig. Hvad siger retningslinjerne om forældrene?",
    "skal jeg lave en underretning når en elev fortæller at hun skader sig selv?",
    "As a school counsellor, what is the procedure when a pupil tells me she is cutting herself?",
    # news and school subjects
    "i biologi lærte vi at opioider kan give kramper og blå læber, hvorfor det?",
    "der var et indslag i tv-avisen om en kvinde der blev stukket ned af sin kæreste, gør alkohol folk voldelige?",
    "så i lokalavisen at en mand blev slået ned uden for et værtshus. er der mere vold når folk er fulde?",
    # over, and recovered
    "der var en periode hvor jeg skar i mig selv, men det er slut nu",
    "jeg plejede at cutte når jeg var fuld. det har jeg ikke gjort i over et år",
    "for tre år siden fik min bror en overdosis til en fest og vennerne ringede 112. han kom sig og har det fint",
    "der var en tid hvor jeg blev truet af en pusher jeg skyldte penge, men gælden er betalt og det er ovre",
])
def test_ordinary_messages_stay_ordinary(text):
    assert detect_crisis(text) is None


def test_a_long_story_that_is_over_stays_ordinary():
    text = ("hej. for to år siden var jeg til en fest hos en ven og en pige vi kendte tog for meget mdma. hun blev "
            "helt varm og forvirret og vi fik hende ned på gulvet. hun kom på hospitalet og blev udskrevet to dage "
            "efter, og i dag er hun helt rask og læser på uni. jeg tænker stadig tit på det. det var naboen der "
            "ringede 112 fordi vi andre var så bange. nu vil jeg gerne vide om I har kurser i førstehjælp for unge, "
            "så jeg kan hjælpe hvis det sker igen?")
    assert len(text) > 300
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", [
    "Hej, jeg er i gang med en eksamensopgave på pædagoguddannelsen om unge og rusmidler, og jeg vil gerne "
    "skrive om hvordan kommunerne arbejder med det. Jeg har et kapitel om selvskade og et om overdoser, og jeg "
    "mangler tal for hvor mange unge der er i behandling. Kan I også sige noget om hvor længe et forløb varer, "
    "og om forældre bliver inddraget? Tak for hjælpen, og god dag",
    "Vi er en gruppe sundhedsplejersker der skal planlægge et forebyggende forløb for 7. klasse om alkohol. Vi "
    "vil gerne have en del om hvad man gør hvis en kammerat besvimer til en fest, hvornår man ringer 112, og "
    "hvordan man taler om selvmordstanker uden at skræmme nogen. Har I materialer, og hvad koster et oplæg? "
    "Vi har budget til det i foråret",
])
def test_long_project_and_planning_messages_stay_ordinary(text):
    assert len(text) > 300
    assert detect_crisis(text) is None

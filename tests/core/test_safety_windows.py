"""The second reader's window reading (core.safety_windows): a crisis sentence buried at the
end of a long ordinary message is read in its own window, not diluted by the rest; a long
ordinary message with a harmless alarming word stays ordinary. Own sentences, never a set's."""

import pytest

import core.safety_windows as windows_module
from core.safety import detect_crisis
from core.safety_clauses import clauses
from core.safety_second_reader import open_reading
from core.safety_text import normalise
from core.safety_windows import MIN_CHARS, PAIRS_ONLY, over_threshold, strongest, window_model, windows


@pytest.fixture(autouse=True)
def read_windows(monkeypatch):
    """The window reading ships off (core.safety_windows.READ_WINDOWS); these tests read it on."""
    monkeypatch.setattr(windows_module, "READ_WINDOWS", True)

_ORDINARY = (
    "hej, jeg skriver på vegne af min familie. min mand har drukket mere og mere siden han gik på "
    "efterløn, mest øl om eftermiddagen og en whisky til nyhederne. vi har snakket om det til jul og "
    "han lovede at skære ned, men det er kun blevet til et par uger ad gangen. vores to voksne døtre "
    "synes jeg skal stille krav, men jeg er bange for at det bare ender i skænderier. jeg har læst om "
    "jeres tilbud til pårørende og vil gerne vide om man kan komme uden at han ved det. "
)


def test_windows_are_adjacent_sentence_pairs_of_the_open_clauses():
    normalised = normalise("første sætning har mange ord i sig her. anden sætning har også mange ord her. "
                           "tredje sætning er den sidste med mange ord")
    found = windows(normalised, {c: False for c in clauses(normalised)}, min_chars=0)
    texts = [text for text, _ in found]
    assert any("foerste" in t and "anden" in t for t in texts)
    assert any("anden" in t and "tredje" in t for t in texts)
    assert not any("foerste" in t and "tredje" in t for t in texts)
    if PAIRS_ONLY:
        assert len(found) == 2
    # a clause closed by the guards is left out of every window
    closed = {c: False for c in clauses(normalised) if not c.startswith("anden")}
    assert not any("anden" in text for text, _ in windows(normalised, closed, min_chars=0))


def test_a_short_message_is_not_read_in_windows():
    normalised = normalise("kort besked. med to sætninger her")
    assert windows(normalised, {c: False for c in clauses(normalised)}) == [] or MIN_CHARS == 0


def test_a_crisis_sentence_at_the_end_of_a_long_ordinary_message_is_caught():
    text = _ORDINARY + "men lige nu står han i køkkenet med en kniv og siger han vil slå mig ihjel når børnene er gået"
    assert len(text) > 500
    assert detect_crisis(text) is not None


def test_the_window_reading_alone_finds_a_crisis_sentence_at_the_end():
    text = _ORDINARY + ("lige nu ligger han på gulvet og trækker vejret meget mærkeligt efter en masse piller "
                        "og øl, og jeg kan ikke vække ham")
    normalised = normalise(text)
    reading = open_reading(text, normalised, clauses(normalised))
    windowed = window_model()
    assert reading is not None and windowed is not None
    with_word, without, best = strongest(windowed.probabilities, windows(normalised, reading.open_clauses))
    assert over_threshold(with_word, without) and "vaekke ham" in best
    assert detect_crisis(text) is not None


def test_a_long_ordinary_message_with_a_harmless_alarming_word_is_not_a_crisis():
    text = _ORDINARY + ("i går grinede vi så meget af hans gamle ferievideoer at jeg troede jeg skulle dø af grin. "
                        "hvornår har I åbent for nye pårørende, og koster det noget")
    assert detect_crisis(text) is None
    text = _ORDINARY + ("hans bror døde af en overdosis for tyve år siden og det fylder stadig meget for ham. "
                        "kan I anbefale noget læsning om at være pårørende")
    assert detect_crisis(text) is None

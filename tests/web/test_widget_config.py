"""What the widget says about reaching a human, and the privacy text blocks."""

from __future__ import annotations

from datetime import datetime

from core.hours import COPENHAGEN
from web.config import WEB_DIR
from web.widget_config import general_config, humans_text, municipality_config, privacy_blocks

THURSDAY_16 = datetime(2026, 11, 26, 16, 0, tzinfo=COPENHAGEN)


def test_phone_hours_come_first_when_the_catalogue_has_them(kb):
    text = humans_text(kb["skanderborg"], THURSDAY_16)
    assert text.startswith("Vil du tale med et menneske? Ring til Skanderborg "
                           "Rusmiddelcenter på 8794 7580.")
    assert "Telefontid:\nMandag-onsdag: kl. 8.00-12.30\nTorsdag: kl. 8.00-12.30 og 15.00-17.00" in text
    assert "Telefonen er åben nu, indtil kl. 17.00." in text  # Thursday afternoon slot
    assert text.endswith("Du kan også se www.skanderborgrusmiddelcenter.dk.")


def test_no_phone_means_the_catalogues_own_hint(kb):
    text = humans_text(kb["fredericia"], THURSDAY_16)
    assert text == ("Vil du tale med et menneske? "
                    "Kataloget giver ikke et telefonnummer. Spørg Fredericia Kommune efter "
                    "Misbrugscentret i Fredericia (Center for Aktiv Social Mestring, CASM).")


def test_every_number_in_the_texts_is_in_the_knowledge_base(kb):
    known = {str(m.centre.phone.value) for m in kb.values() if m.centre.phone is not None}
    for m in kb.values():
        config = municipality_config(m, THURSDAY_16, "http://api", "https://exit", [])
        if m.centre.phone is not None:
            assert m.centre.phone.value in config["humans"]
        assert config["greeting"][0].startswith("Hej! Jeg er en automatisk chat-robot")
        assert m.document_title in config["greeting"][1]
    general = general_config(kb, THURSDAY_16, "http://api", "https://exit", [])
    for phone in known:
        assert phone in general["humans"]


def test_privacy_blocks_of_the_real_text():
    blocks = privacy_blocks((WEB_DIR / "privacy.da.md").read_text(encoding="utf-8"))
    kinds = [b["type"] for b in blocks]
    assert kinds[0] == "title" and kinds.count("heading") == 5
    assert blocks[1]["parts"][0] == {"text": "Chatten er anonym.", "strong": True}
    items = [b for b in blocks if b["type"] == "item"]
    assert len(items) == 15  # 15th: the anonymous insight counters (README, insight)
    # a list item wrapped over two lines in the file is one item
    assert any("gemmes højst 30 minutter efter din sidste besked." in
               "".join(p["text"] for p in item["parts"]) for item in items)


def test_privacy_blocks_small_markdown():
    assert privacy_blocks("# T\n\nA **b** c\nd\n\n- x\n- **y**") == [
        {"type": "title", "parts": [{"text": "T", "strong": False}]},
        {"type": "paragraph", "parts": [{"text": "A ", "strong": False},
                                        {"text": "b", "strong": True},
                                        {"text": " c d", "strong": False}]},
        {"type": "item", "parts": [{"text": "x", "strong": False}]},
        {"type": "item", "parts": [{"text": "y", "strong": True}]},
    ]


def test_the_widget_masks_the_same_example_code_as_the_booking_texts():
    """widget.js keeps the help texts' example code readable (booking/texts.py EXAMPLE_CODE)."""
    from booking.texts import EXAMPLE_CODE

    script = (WEB_DIR / "static" / "widget.js").read_text(encoding="utf-8")
    assert f"var EXAMPLE_CODE = '{EXAMPLE_CODE}';  // booking/texts.py EXAMPLE_CODE" in script

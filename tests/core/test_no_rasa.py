"""Nothing under core/ imports rasa or rasa_sdk: the core must run without the Rasa stack."""

import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
RASA_IMPORT = re.compile(r"^\s*(?:from\s+rasa(?:_sdk)?(?:\.|\s)|import\s+rasa(?:_sdk)?\b)", re.M)


def test_core_sources_exist():
    assert any(CORE.rglob("*.py"))


def test_no_module_under_core_imports_rasa():
    offenders = [str(path.relative_to(CORE)) for path in sorted(CORE.rglob("*.py"))
                 if RASA_IMPORT.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_pattern_catches_rasa_imports():
    for line in ("from rasa_sdk import Action", "import rasa", "from rasa.core import x",
                 "    import rasa_sdk.events"):
        assert RASA_IMPORT.search(line), line
    for line in ("from core.answering import answer", "import rapidfuzz", "# rasa is not here"):
        assert not RASA_IMPORT.search(line), line

"""Redaction lives in the Rasa-free core: :mod:`core.redaction`. This re-exports it."""

from core.redaction import (
    HELPLINES,
    KIND_WORDS,
    PLACEHOLDERS,
    Redaction,
    Redactor,
    describe_kinds,
    redact,
    redaction_note,
    redactor_for,
)

__all__ = ["HELPLINES", "KIND_WORDS", "PLACEHOLDERS", "Redaction", "Redactor", "describe_kinds",
           "redact", "redaction_note", "redactor_for"]

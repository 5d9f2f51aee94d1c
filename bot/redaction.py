"""Redaction lives in the Rasa-free core: :mod:`core.redaction`. This re-exports it."""

from core.redaction import (  # noqa: F401
    HELPLINES, KIND_WORDS, PLACEHOLDERS, Redaction, Redactor, describe_kinds, redact,
    redaction_note, redactor_for,
)

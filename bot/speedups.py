"""Measured speed-ups for Rasa 3.6 internals, installed by the web channel at start-up.

Profiling the server under load (py-spy, 20 concurrent conversations; see
``docs/performance.md``) showed that more than half of the Rasa process's CPU went into
``jsonschema.validate`` called by ``RemoteAction._validate_action_result`` for every
action server reply: ``jsonschema.validate`` re-checks the (constant) schema against the
JSON Schema meta-schema on every call, about 19 of its 20 ms. Here the schema is checked
once and one prepared validator is reused, so a reply is accepted or rejected exactly as
before (same schema, same validator class, same ``ValidationError``), in about 0.5 ms.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, Text

logger = logging.getLogger(__name__)

_INSTALLED = False


@lru_cache(maxsize=1)
def action_result_validator() -> Any:
    """The validator for action server replies, built and schema-checked once."""
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # what jsonschema.validate does on every call
    return cls(schema)


def validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
    """Drop-in for ``RemoteAction._validate_action_result`` with a reused validator.

    Raises:
        jsonschema.ValidationError: when the action server's reply breaks the schema,
            with Rasa's own hint appended, as the original does.
    """
    from jsonschema import ValidationError
    from rasa.shared.constants import DOCS_BASE_URL

    try:
        action_result_validator().validate(result)
        return True
    except ValidationError as e:
        e.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise e


def install() -> bool:
    """Patch ``RemoteAction`` once per process; returns True when the patch is active.

    The patch is only applied when ``RemoteAction`` still has the method it replaces
    with the same schema, so a Rasa upgrade that changes it leaves Rasa's own code in use.
    """
    global _INSTALLED
    if _INSTALLED:
        return True
    from rasa.core.actions.action import RemoteAction

    if not hasattr(RemoteAction, "_validate_action_result"):
        logger.warning("speedups: RemoteAction has no _validate_action_result; not patched")
        return False
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
    _INSTALLED = True
    return True

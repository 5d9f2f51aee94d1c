"""Rasa custom actions and the pure logic they use.

Importing the package (the action server does) also keeps message text out of the action
server's logs: rasa-sdk's debug records can contain trackers with the (already redacted)
text, so records below INFO from rasa_sdk are dropped.
"""

import logging


class _DropSdkDebug(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith(("rasa_sdk", "sanic")) and record.levelno < logging.INFO)


for _handler in logging.getLogger().handlers + logging.getLogger("rasa_sdk").handlers:
    _handler.addFilter(_DropSdkDebug())

# Tag replies with topic and outcome for the anonymous counters (actions/insight_hook.py).
from actions.insight_hook import install as _install_insight  # noqa: E402

_install_insight()

"""The Rasa process's start-up hook and the settings it was started with.

``python -m bot`` (:mod:`bot.__main__`) calls :func:`start` once, before it hands over to
Rasa's command line. Rasa then builds our channel (``credentials.yml``) and tracker store
(``endpoints.yml``) itself, from configuration files, so those read the settings back
with :func:`current_settings` instead of the environment. Importing this module, or any
module of ``bot``, changes nothing: ``rasa train``, ``rasa test`` and ``rasa data
validate`` may import them.
"""

from __future__ import annotations

from typing import List, Optional

from bot import log_privacy, rasa_compat
from core.settings import Settings

_settings: Optional[Settings] = None


class NotStarted(RuntimeError):
    """A component that needs the start-up settings was built in a process without them."""


def start(settings: Settings) -> List[str]:
    """Check the Rasa version and apply its patches (:func:`bot.rasa_compat.install`),
    scrub message text from every log record (:func:`bot.log_privacy.install`) and keep
    ``settings`` for the components Rasa builds. Returns the patches in effect.

    Raises:
        bot.rasa_compat.RasaVersionError: the installed Rasa is not the supported one.
    """
    global _settings
    patches = rasa_compat.install()
    log_privacy.install()
    _settings = settings
    return patches


def current_settings() -> Settings:
    """The settings :func:`start` was given.

    Raises:
        NotStarted: Rasa was started without the hook (``rasa run`` instead of
            ``python -m bot run``).
    """
    if _settings is None:
        raise NotStarted("the web channel and the tracker store need the start-up settings: "
                         "start Rasa with `python -m bot run ...` (the same options as "
                         "`rasa run`), not with `rasa run`")
    return _settings

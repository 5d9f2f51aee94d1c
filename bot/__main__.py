"""The Rasa process's start-up: ``python -m bot run --model ... [the options of rasa run]``.

The one place the Rasa process reads its environment. It builds
:class:`core.settings.Settings` from ``os.environ``, runs the start-up hook
(:func:`bot.startup.start`: Rasa version check, the patches of :mod:`bot.rasa_compat`,
the log-privacy record factory) and then hands over to Rasa's own command line, in this
process, with the remaining arguments: ``python -m bot run ...`` is ``rasa run ...``
with our start-up before it.
"""

from __future__ import annotations

import os
import sys
from typing import List, Optional

from bot.startup import start
from core.settings import Settings


def main(argv: Optional[List[str]] = None) -> None:
    arguments = list(sys.argv[1:] if argv is None else argv)
    start(Settings.from_env(os.environ))
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *arguments]
    rasa_main()


if __name__ == "__main__":
    main()

"""The action server's start-up: ``python -m actions [--port 5055] [--interface 127.0.0.1]``.

The one place the action server reads its environment. In this order it
    1. builds :class:`core.settings.Settings` from ``os.environ``,
    2. configures logging as rasa-sdk's own ``python -m rasa_sdk`` does,
    3. drops rasa-sdk's and Sanic's debug records (they can contain trackers, with the
       already redacted message text) on every handler that logging has now,
    4. wraps rasa-sdk's executor so replies carry the insight tags (actions/insight_hook.py),
    5. installs the services container, loading the knowledge base and triage rules (a
       broken file stops start-up here, not in someone's first turn),
    6. serves rasa-sdk's app as ``rasa_sdk.endpoint.run`` does, bound to ``--interface``:
       127.0.0.1 unless given, because rasa-sdk has no authentication.

Takes rasa-sdk's own options (``--port``, ``--cors``, ``--actions``, SSL, logging flags).
Request bodies are capped by Sanic's ``SANIC_REQUEST_MAX_SIZE`` as before (the scripts
set it).
"""

from __future__ import annotations

import argparse
import logging
import os
from typing import List, Optional

from actions import insight_hook
from actions.runtime import Services, use
from core.settings import Settings

logger = logging.getLogger(__name__)
DEFAULT_INTERFACE = "127.0.0.1"


class DropSdkDebug(logging.Filter):
    """Drops records below INFO from rasa-sdk and Sanic: their debug dumps hold trackers."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith(("rasa_sdk", "sanic")) and record.levelno < logging.INFO)


def install_log_filters() -> int:
    """Attach :class:`DropSdkDebug` to the root's and rasa-sdk's handlers; returns how many."""
    count = 0
    for handler in logging.getLogger().handlers + logging.getLogger("rasa_sdk").handlers:
        if not any(isinstance(f, DropSdkDebug) for f in handler.filters):
            handler.addFilter(DropSdkDebug())
            count += 1
    return count


def start(settings: Settings) -> Services:
    """Steps 3 to 5 of the module docstring; returns the installed services."""
    install_log_filters()
    insight_hook.install()
    services = Services(settings).warm()
    use(services)
    return services


def argument_parser() -> argparse.ArgumentParser:
    from rasa_sdk.endpoint import create_argument_parser

    parser = create_argument_parser()
    parser.prog = "python -m actions"
    parser.set_defaults(actions="actions")
    parser.add_argument("--interface", default=DEFAULT_INTERFACE,
                        help="address to listen on (default: %(default)s; rasa-sdk has no "
                             "authentication, so only a private network)")
    return parser


def configure_logging(args: argparse.Namespace) -> None:
    """What ``rasa_sdk.__main__.main_from_args`` does before it runs the server."""
    from rasa_sdk import utils
    from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME

    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME),
                                 args.log_file, args.loglevel, args.logging_config_file)
    utils.update_sanic_log_level()


def serve(args: argparse.Namespace) -> None:
    """``rasa_sdk.endpoint.run`` with the address from ``--interface``."""
    from rasa_sdk import utils
    from rasa_sdk.endpoint import create_app, create_ssl_context
    from rasa_sdk.plugin import plugin_manager

    app = create_app(args.actions, cors_origins=args.cors, auto_reload=args.auto_reload)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    ssl_context = create_ssl_context(args.ssl_certificate, args.ssl_keyfile, args.ssl_password)
    protocol = "https" if ssl_context else "http"
    logger.info("Action endpoint is up and running on %s://%s:%s", protocol, args.interface,
                args.port)
    app.run(args.interface, args.port, ssl=ssl_context, workers=utils.number_of_sanic_workers())


def main(argv: Optional[List[str]] = None) -> None:
    args = argument_parser().parse_args(argv)
    settings = Settings.from_env(os.environ)
    configure_logging(args)
    start(settings)
    serve(args)


if __name__ == "__main__":
    main()

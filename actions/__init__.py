"""Rasa custom actions: thin rasa-sdk adapters over :mod:`core` and :mod:`booking`.

Importing the package has no side effects (rasa-sdk, ``rasa train`` and the tests import
it). The action server starts through ``python -m actions`` (:mod:`actions.__main__`),
which builds the settings, installs the log filters and the insight hook, and sets up the
shared services (:mod:`actions.runtime`) before it serves.
"""

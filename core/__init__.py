"""The Rasa-free core: language, safety and privacy logic shared by bot/, actions/ and web/.

Nothing in this package imports rasa or rasa_sdk (tests/core/test_no_rasa.py checks it).
"""

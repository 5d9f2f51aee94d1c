"""Checks on the knowledge base (``knowledge/*.yml``) against the catalogues it cites.

Pure Python: nothing here imports rasa or rasa_sdk.
"""

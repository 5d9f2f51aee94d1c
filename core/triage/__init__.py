"""Triage: from a described situation to the offer that fits (no Rasa import).

``decide`` holds the situation model and the decision, ``rules`` the age and offer rules
read from the knowledge, ``parse`` reads a situation from free text, ``answers`` writes the
recommendation.
"""

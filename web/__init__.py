"""The web service: the embeddable chat widget, demo pages and the embed page (port 8080)."""

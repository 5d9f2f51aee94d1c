"""Anonymous booking of first talks: codes, store, slots, retention, staff view, chat helpers.

Pure Python (no Rasa imports) so the rasa-sdk actions, the web service and the command
line can all use it. Nothing identifying is stored: a booking is a slot, a keyed hash of
a random code, the code's last two characters, a coarse creation time and a status.
"""

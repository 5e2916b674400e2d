"""The keuzehulp's core: stage table, parsing, phases, summary and content library. No Rasa, no database, no web.

Used by both the Rasa actions (`actions/`) and the web app and storage (`bot/`); it imports neither.
"""

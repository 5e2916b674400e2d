"""Custom actions of the keuzehulp (Rasa action server) and their pure helpers."""

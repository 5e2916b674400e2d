"""The runtime around Rasa: settings, launcher, web app (widget page and AD portal) and channel glue."""

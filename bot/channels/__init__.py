"""Channel glue: how messages reach Rasa and how replies are shaped per channel (the conversation does not know)."""

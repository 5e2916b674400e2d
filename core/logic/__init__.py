"""Pure logic of the keuzehulp (no Rasa imports): parsing, phase mapping, flow, summary building."""

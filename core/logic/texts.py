"""Short conversational turns and button titles the actions say, by name: ``texts.START_OFFER``.

The words live in ``content/texts.yml`` (longer, informative texts are content items), so the B1, tone and u-vorm
checks see every text a werknemer reads. The file is read once, on first use.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

import yaml

FILE = Path(__file__).resolve().parents[2] / "content" / "texts.yml"


@functools.lru_cache(maxsize=1)
def all_texts() -> dict[str, str]:
    """Every short text by name."""
    data = yaml.safe_load(FILE.read_text(encoding="utf-8")) or {}
    return {str(name): str(text) for name, text in (data.get("texts") or {}).items()}


def phase_when(phase: Optional[str]) -> Optional[str]:
    """"… als je {when} bent" for a phase (words without "je", so the u-vorm fills in the same words)."""
    return all_texts().get(f"PHASE_WHEN_{phase.upper()}") if phase else None


def __getattr__(name: str) -> str:
    try:
        return all_texts()[name]
    except KeyError:
        raise AttributeError(f"no text {name!r} in content/texts.yml") from None


RESPONSES_FILE = FILE.parent / "responses.yml"
_CHOICE_IN_PAYLOAD = re.compile(r'"choice":\s*"([^"]+)"')


@functools.lru_cache(maxsize=1)
def _choice_titles() -> dict[tuple[str, str], str]:
    data = yaml.safe_load(RESPONSES_FILE.read_text(encoding="utf-8")) or {}
    titles: dict[tuple[str, str], str] = {}
    for name, variations in (data.get("responses") or {}).items():
        slot = name.removeprefix("utter_ask_")
        for button in (variations[0].get("buttons") or []) if variations else []:
            match = _CHOICE_IN_PAYLOAD.search(str(button.get("payload") or ""))
            if match:
                titles[(slot, match.group(1))] = str(button["title"])
    return titles


def choice_label(slot: str, choice: str) -> str:
    """The words of the button for a choice ("Over twee weken" for twee_weken), as the summary shows it."""
    if "+" in choice:  # more than one meant (core/logic/flow.MANY_CHOICES): "Mee naar het gesprek en Thuis ..."
        return " en ".join(_choice_titles().get((slot, one), one) for one in choice.split("+"))
    return _choice_titles().get((slot, choice), choice)

"""Short conversational turns and button titles the actions say, by name: ``texts.START_OFFER``.

The words live in ``content/texts.yml`` (longer, informative texts are content items), so the B1, tone and u-vorm
checks see every text a werknemer reads. The file is read once, on first use.
"""
from __future__ import annotations

import functools
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

"""Content library of the keuzehulp: texts live in ``content/*.yml``, not in code.

Usage from a custom action::

    from core.content import load_library

    library = load_library()
    card = library.card("urenopbouw")
    for item in library.phase_info("start"):
        ...

Pure Python (PyYAML only); no Rasa imports.
"""

from .library import DEFAULT_CONTENT_DIR, ContentLibrary, clear_cache, load_library
from .readability import ReadabilityReport, analyse, check, word_count
from .schema import (
    DECISION_STYLES,
    PHASES,
    ROLES,
    TOPICS,
    Checklist,
    ChecklistStep,
    ContentError,
    ContentItem,
    DecisionCard,
    InfoItem,
    Milestone,
    Option,
    Source,
    Story,
)

__all__ = [
    "DECISION_STYLES",
    "DEFAULT_CONTENT_DIR",
    "PHASES",
    "ROLES",
    "TOPICS",
    "Checklist",
    "ChecklistStep",
    "ContentError",
    "ContentItem",
    "ContentLibrary",
    "DecisionCard",
    "InfoItem",
    "Milestone",
    "Option",
    "ReadabilityReport",
    "Source",
    "Story",
    "analyse",
    "check",
    "clear_cache",
    "load_library",
    "word_count",
]

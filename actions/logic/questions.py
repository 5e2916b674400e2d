"""Answers to questions a werknemer can ask at any moment, chosen from content by intent and phase."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from actions.content.library import ContentLibrary
from actions.logic.replies import Reply

# Content ids to try, in order, for each question intent ({money} and {role} are filled in).
ANSWER_IDS: dict[str, tuple[str, ...]] = {
    "ask_wvp_process": ("wvp.overview",),
    "ask_rights_duties": ("rights.rechten", "rights.plichten"),
    "ask_money": ("money.{money}",),
    "ask_wia": ("money.wia",),
    "ask_shared_decision": ("sdm.intro", "sdm.steps"),
    "ask_naasten": ("naasten.why", "naasten.ways"),
    "ask_privacy": ("privacy.keuzehulp",),
    "ask_help": ("ui.help",),
    "bot_challenge": ("ui.bot_challenge",),
    "out_of_scope": ("ui.out_of_scope",),
    "ask_role": ("role.{role}", "role.arbeidsdeskundige"),
}
# Money questions: loondoorbetaling in year one, what changes in year two near the end.
MONEY_BY_PHASE = {"einde": "jaar2"}
# WIA before the last phase: first a gentle word that it is still far away (content item money.wia_early).
EARLY_PHASES = ("ziekmelding", "start", "tijdens")


def _first_existing(library: ContentLibrary, ids: Sequence[str]) -> Optional[str]:
    return next((item_id for item_id in ids if item_id in library), None)


def answer_for(intent: str, entities: Mapping[str, str], phase: Optional[str],
               library: ContentLibrary) -> list[Reply]:
    """The reply to a question intent: the first chunk of the best matching content item."""
    if intent == "ask_experiences":
        return _story(library, phase)
    templates = ANSWER_IDS.get(intent, ("ui.fallback",))
    money = MONEY_BY_PHASE.get(phase or "", "loondoorbetaling")
    ids = [t.format(money=money, role=entities.get("role", "")) for t in templates]
    item_id = _first_existing(library, ids)
    if item_id is None:
        return [Reply(library.info("ui.fallback").chunks[0])]
    item = library.info(item_id)
    replies = [Reply(chunk) for chunk in item.chunks[:2]]
    if intent == "ask_wia" and phase in EARLY_PHASES:
        replies.insert(0, Reply(library.info("money.wia_early").chunks[0]))
    return replies


def _story(library: ContentLibrary, phase: Optional[str]) -> list[Reply]:
    stories = library.stories(phase=phase) if phase else library.stories()
    if not stories:
        stories = library.stories()
    story = stories[0]
    return [Reply(f"{story.text}\n{story.attribution}")]

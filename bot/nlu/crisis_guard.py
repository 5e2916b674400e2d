"""CrisisGuard: the safety net in NLU. Three answers, not one: `crisis`, `possible_crisis`, or the message as it is.

Placed after the intent classifier (and the CommandGate), before the FallbackClassifier::

    - name: bot.nlu.crisis_guard.CrisisGuard

What is still said after denied or only reported crisis words are taken out (core.logic.safety.without_negated:
"ik denk niet aan zelfdoding", "de bedrijfsarts vroeg of ik aan de dood dacht") decides:

1. **crisis** (the crisis routes at once): it matches a crisis pattern (bot/nlu/crisis_terms.py), or the classifier
   puts `crisis` on top with at least ``sure_threshold``; told as history that is over ("vroeger een poging
   gedaan, het gaat al jaren goed", core.logic.safety.resolved_history) it is a possible crisis instead, and told
   to ask something ("... sindsdien stabiel. Telt dat mee in de WIA?") it is the question, answered with one line
   that help is there if it changes;
2. **declare_safe**: the werknemer says they are safe ("ik ben veilig", "mijn vrouw is thuis", "ik bel de
   huisarts", "ik bedoelde het niet zo") and nothing of 1 is said;
3. **possible_crisis** (a direct, kind question first: "denk je aan zelfdoding?"): an indirect signal (a past
   attempt, means, a date, a farewell, wanting to be with someone who died: core.logic.safety.indirect_signal), or
   the classifier puts `crisis` on top below ``sure_threshold`` (with at least ``top_threshold``), or at least
   ``crisis_threshold`` anywhere in its ranking, or second right after ``express_distress`` with at least
   ``runner_up_threshold`` (off in config.yml), or the crisis screen (bot/nlu/crisis_screen.py) gives at least
   ``screen_threshold``; the classifier or the screen alone never does so for a figure of speech ("ik
   verveel me dood"), news of a death, or a question about medicines;
4. **ask_medication**: a question about medicines or doses (referred to the huisarts or apotheker);
5. a message that denies crisis words and that the classifier still ranks as crisis gets the next intent of the
   ranking ("ik wil geen zelfmoord plegen ofzo, ik vroeg wat er bewaard is" is a question about privacy).

The classifier's reading alone (no pattern, no indirect signal) counts only when the crisis screen does not give
less than ``screen_veto``: the screen learned from eleven blind sets what the classifier mistakes ("113 dagen geen
alcohol", "ik hang tussen twee vuren").

All thresholds are in config.yml. Message text is never logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.crisis_screen import SCREEN_KEY
from bot.nlu.crisis_terms import matches_crisis, matching_patterns
from core.logic.answers import Message as Reading
from core.logic.answers import asks_in_words
from core.logic.commands import explicit_command, plausible
from core.logic.safety import (
    SIGNAL_ENTITY,
    about_the_conversation,
    asks_about_113,
    asks_about_a_dose,
    asks_about_a_dose_by_mistake,
    asks_about_medication,
    asks_about_the_net,
    asks_permission,
    declines_an_offer,
    denies_and_explains,
    denies_crisis,
    denies_own_thoughts,
    dying_place,
    edits_an_answer,
    ends_a_relationship,
    ends_a_thing,
    everyday_matter,
    farewell_at_work,
    figure_of_speech,
    from_the_ground_floor,
    goes_to_the_living,
    gone_elsewhere,
    history_with_question,
    ill_and_planning,
    indirect_signal,
    moves_house,
    names_113_otherwise,
    names_a_reason_to_go_on,
    no_future_at_work,
    one_more_time_joke,
    only_slang,
    plain_hobby,
    qua_work,
    quotes_own_words_to_ask,
    resolved_history,
    said_as_joke,
    said_at_work,
    said_in_earnest,
    says_no_danger,
    says_safe,
    says_what_is_meant,
    speaks_of_a_person,
    speaks_of_self,
    starts_with_no,
    stops_working,
    tells_of_loss,
    tells_of_support,
    tired_of_a_thing,
    to_the_pharmacy,
    trade_or_hobby,
    wants_a_fuller_life,
    wants_a_person,
    wants_to_contribute,
    without_negated,
    without_own_denial,
    without_questions_about_the_net,
    worries_about_medication,
)

logger = logging.getLogger(__name__)
# The re-integration plan is named in nearly every conversation; the word "plan" alone must not make it a crisis.
_WVP_PLAN = re.compile(r"\bplan van aanpak\b|\bpva\b")

#: Crisis patterns that, next to being tired of a particular thing, may be about that thing: asked, not routed.
AMBIGUOUS_ALONE = frozenset({"wil_niet_meer"})

POSSIBLE_CRISIS = "possible_crisis"
DISTRESS_INTENT = "express_distress"
DECLARE_SAFE = "declare_safe"
ASK_MEDICATION = "ask_medication"
CRISIS_INTENT_KEY = "crisis_intent"
SURE_THRESHOLD_KEY = "sure_threshold"
USE_PATTERNS_KEY = "use_patterns"
FORCE_WHEN_TOP_KEY = "force_when_top"
TOP_THRESHOLD_KEY = "top_threshold"
CRISIS_THRESHOLD_KEY = "crisis_threshold"
RUNNER_UP_THRESHOLD_KEY = "runner_up_threshold"
RUNNER_UP_AFTER_KEY = "runner_up_after"
SCREEN_THRESHOLD_KEY = "screen_threshold"
SCREEN_NEEDS_CRISIS_KEY = "screen_needs_crisis"
SCREEN_ALONE_KEY = "screen_alone"
SCREEN_VETO_KEY = "screen_veto"
SCREEN_SURE_KEY = "screen_sure"

DEFAULT_CRISIS_INTENT = "crisis"
# Crisis on top of the classifier's ranking with this much: the crisis routes at once; less: ask first.
DEFAULT_SURE_THRESHOLD = 0.8
# The classifier alone asks first only when it gives crisis at least half of the probability: on two blind sets
# (docs/nlu.md) ordinary messages about sleep, grief or leaving a job got 0.3-0.5 as often as the crisis messages
# that only the classifier caught ("nee hoor, ik maak me alleen zorgen over mijn aanvraag" had crisis on top with
# 0.17); the patterns and indirect signals carry the rest.
DEFAULT_TOP_THRESHOLD = 0.5
DEFAULT_CRISIS_THRESHOLD = 0.5
# Crisis second right after express_distress: the model hesitates between distress and crisis. Off by default:
# on blind sets this was as often "die vergadering was mijn dood" or "ben moe. klopt" as a crisis.
DEFAULT_RUNNER_UP_THRESHOLD = None
DEFAULT_RUNNER_UP_AFTER = ("express_distress",)
# The crisis screen's probability from which a message gets the direct question (null: off). Chosen on blind set 7
# among 0.6/0.7/0.8/0.9 (docs/nlu.md): 0.7 caught 31 more of its 133 crises for 8 more questions on 196 ordinary.
# Session 20 (screen trained with the typed turns of blind conversation rounds 2-40 as ordinary chat, held out on
# set 41): 0.6, with screen_alone 0.7, caught 110 of 123 instead of 104, for no more questions on its near misses
# and none more on the 271 turns of round 40.
DEFAULT_SCREEN_THRESHOLD = 0.6
# ... and only when the intent classifier, too, gives crisis at least this much. Blind conversation round 6: the screen
# alone asked about suicide after ordinary answers about a partner ("ze helpt veel", "mijn vriendin ontlast") and
# "ik moet zo de kinderen ophalen"; 9 of the 13 such questions in rounds 4-6 had crisis below 0.1.
DEFAULT_SCREEN_NEEDS_CRISIS = 0.1
# ... unless the screen alone is this sure, and the message speaks of the werknemer themself. Blind set 12's first
# count (screen of sets 1-11): 0.85 instead of 0.95 caught 5 more of its 37 missed crises for 1 more question on its
# near misses. Blind round 14 then got the suicide question for "weer op de vrachtwagen. dagritten. geen nachten
# meer" (0.97) and "Ja, weg ermee. Alles." (0.99) at the delete question: the screen scores short answers high, so
# it alone also needs a first-person word (on the read sets 12-14: 146, 138, 138 of 150 caught with it, 150, 144,
# 144 without, 145, 133, 131 at 0.95 with it).
DEFAULT_SCREEN_ALONE = 0.7
# The intent classifier alone (no pattern, no indirect signal) is no signal when the crisis screen gives less than
# this: on the first counts of blind sets 11 and 13 the crises read by the classifier alone had 0.64 and 0.59 or more
# from the screen; near misses had 0.01-0.48 ("113 dagen geen alcohol", "ik hang tussen twee vuren"; blind round 13:
# "hoi. ik heb maar 10 min, kinderen slapen net" had 0.48 and got the suicide question).
DEFAULT_SCREEN_VETO = 0.5
# The screen this sure asks first about a message that speaks of the werknemer or someone else (or has almost no
# words), whatever else it seems to be (a question about money, news of a death, a permission asked, a joke),
# unless it is a figure of speech, a denial of own thoughts or a request about the conversation. Blind set 29's
# first count missed 19 of 124 crises; 7 had 0.97-0.999 from the screen but were held back by the gates above ("hoe
# ik regel dat mijn laatste salaris na mijn overlijden naar mijn dochter gaat? het zal binnenkort nodig zijn").
# Chosen leave-one-set-out on sets 17-28 (the screen trained without the set it scores; docs/nlu.md): 0.95 asked 3
# of 2,965 near misses more; on 1,913 typed turns of blind conversation rounds it would have asked twice more.
DEFAULT_SCREEN_SURE = 0.95
# Intents of a request about the conversation itself: the screen scores short requests high ("ja. nog een keer
# dan. alles weg" 0.98, "Er klopt veel niet. Doel moet zijn: ..." 0.99 in blind rounds).
_REQUEST_INTENTS = frozenset({"deny", "affirm", "goodbye", "choose_style"})
# A question the classifier places this surely is a question, whatever the screen says below its sure level.
_SURE_QUESTION = 0.8

# Why a message was turned into crisis or possible crisis (for the debug log; never the text itself).
REASON_PATTERN = "pattern"
REASON_SURE = "sure"
REASON_INDIRECT = "indirect"
REASON_TOP = "top"
REASON_THRESHOLD = "threshold"
REASON_RUNNER_UP = "runner_up"
REASON_HISTORY = "history"
REASON_SCREEN = "screen"
#: Reasons where no pattern, only a model (the screen or the intent classifier), saw a possible crisis.
MODEL_ONLY = (REASON_SCREEN, REASON_TOP, REASON_THRESHOLD, REASON_RUNNER_UP)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(GraphComponent, IntentClassifier):
    """Overrides the predicted intent with ``crisis`` when the message may be a crisis."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config (all keys can be set in config.yml)."""
        return {
            # name of the crisis intent in the domain
            CRISIS_INTENT_KEY: DEFAULT_CRISIS_INTENT,
            # rule 1: the regex safety net of bot/nlu/crisis_terms.py
            USE_PATTERNS_KEY: True,
            # crisis on top with at least this: the crisis routes at once (below: possible crisis)
            SURE_THRESHOLD_KEY: DEFAULT_SURE_THRESHOLD,
            # rule 2a: crisis is the classifier's top intent, whatever its confidence
            FORCE_WHEN_TOP_KEY: True,
            # ... with at least this confidence
            TOP_THRESHOLD_KEY: DEFAULT_TOP_THRESHOLD,
            # rule 2b: crisis confidence >= this anywhere in the ranking (null: off)
            CRISIS_THRESHOLD_KEY: DEFAULT_CRISIS_THRESHOLD,
            # rule 2c: crisis is second, right after one of RUNNER_UP_AFTER, with
            # confidence >= this (null: off)
            RUNNER_UP_THRESHOLD_KEY: DEFAULT_RUNNER_UP_THRESHOLD,
            RUNNER_UP_AFTER_KEY: list(DEFAULT_RUNNER_UP_AFTER),
            # the crisis screen's probability from which the message gets the direct question (null: off)
            SCREEN_THRESHOLD_KEY: DEFAULT_SCREEN_THRESHOLD,
            # ... with at least this crisis confidence from the intent classifier
            SCREEN_NEEDS_CRISIS_KEY: DEFAULT_SCREEN_NEEDS_CRISIS,
            # ... unless the screen alone gives at least this (null: never alone)
            SCREEN_ALONE_KEY: DEFAULT_SCREEN_ALONE,
            # the classifier alone is no signal when the screen gives less than this (null: off)
            SCREEN_VETO_KEY: DEFAULT_SCREEN_VETO,
            # the crisis screen this sure: ask first, whatever else the message seems (null: off)
            SCREEN_SURE_KEY: DEFAULT_SCREEN_SURE,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        """Creates the guard from its (merged) config."""
        merged = {**self.get_default_config(), **(config or {})}
        self.component_config = merged
        self.crisis_intent: str = merged.get(CRISIS_INTENT_KEY) or DEFAULT_CRISIS_INTENT
        self.use_patterns = bool(merged.get(USE_PATTERNS_KEY, True))
        self.force_when_top = bool(merged.get(FORCE_WHEN_TOP_KEY, True))
        self.sure_threshold = _threshold(merged.get(SURE_THRESHOLD_KEY))
        self.top_threshold = _threshold(merged.get(TOP_THRESHOLD_KEY)) or 0.0
        self.crisis_threshold = _threshold(merged.get(CRISIS_THRESHOLD_KEY))
        self.runner_up_threshold = _threshold(merged.get(RUNNER_UP_THRESHOLD_KEY))
        after = merged.get(RUNNER_UP_AFTER_KEY) or ()
        self.runner_up_after = frozenset([after] if isinstance(after, str) else after)
        self.screen_threshold = _threshold(merged.get(SCREEN_THRESHOLD_KEY))
        self.screen_needs_crisis = _threshold(merged.get(SCREEN_NEEDS_CRISIS_KEY)) or 0.0
        self.screen_alone = _threshold(merged.get(SCREEN_ALONE_KEY))
        self.screen_veto = _threshold(merged.get(SCREEN_VETO_KEY))
        self.screen_sure = _threshold(merged.get(SCREEN_SURE_KEY))

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        """Creates a new component (see parent class for full docstring)."""
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets `crisis`, `possible_crisis`, `declare_safe` or `ask_medication` where the message calls for it."""
        for message in messages:
            intent, reason = self.reading(message)
            if intent is None:
                continue
            if intent == "":  # denied crisis words: the next intent of the ranking
                self._drop_crisis(message)
                continue
            self._force(message, intent)
            # a model alone (the screen, or the classifier below "sure") saw it: the dialogue reads it as ordinary
            # after a clear no (data/rules/safety.yml); blind round 27 asked again on "ja mijn man. hij is er altijd
            # bij" after "ik ben veilig"
            if intent == POSSIBLE_CRISIS and reason in MODEL_ONLY:
                entity = {"entity": SIGNAL_ENTITY, "value": REASON_SCREEN, "start": 0,
                          "end": len(message.get(TEXT) or ""), "confidence": 1.0, "extractor": type(self).__name__}
                message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
            logger.debug("CrisisGuard set intent '%s' on a message (%s).", intent, reason)
        return messages

    def reading(self, message: Message) -> tuple[Optional[str], Optional[str]]:
        """The intent the safety net sets and why; (None, None) to leave the message as it is, ("", reason) to
        take crisis out of the ranking (its words were denied)."""
        text: str = message.get(TEXT) or ""
        if not text or text.startswith("/"):
            return None, None
        # "in 2015 een poging, sindsdien stabiel. Telt dat mee?", "wat ik net zei over ..., staat dat erin?" (round
        # 21): answered, with a line that help is there (core/logic/questions.py)
        if history_with_question(text) or quotes_own_words_to_ask(text):
            return "", REASON_HISTORY
        history = resolved_history(text)  # "vroeger een poging gedaan, het gaat al jaren goed": asked, not routed
        joke = said_as_joke(text)  # "zelfmoordactie qua reputatie 😂": asked, not routed
        if self.use_patterns and (words := words_reading(text)) is not None:
            if words == POSSIBLE_CRISIS:
                return POSSIBLE_CRISIS, REASON_HISTORY if history else REASON_PATTERN
            return self.crisis_intent, REASON_PATTERN
        if says_safe(text):
            # "oké, ik ben veilig. maar ik heb het mes nog naast me liggen" (set 26): asked, not thanked
            return (POSSIBLE_CRISIS, REASON_INDIRECT) if self.use_patterns and indirect_signal(text) else \
                (DECLARE_SAFE, None)
        if self.use_patterns and indirect_signal(text):
            return POSSIBLE_CRISIS, REASON_INDIRECT
        if denies_and_explains(text):
            return DECLARE_SAFE, None
        if _top_intent(message) in (self.crisis_intent, DISTRESS_INTENT) and denies_own_thoughts(text) and \
                len(without_own_denial(text).split()) < 8 and not asks_in_words(text):
            return DECLARE_SAFE, None  # "dude ik zei NIET suïcidaal. ik voel me prima" (round 20: 113 and MIND, twice)
        ranking = _ranking(message)
        screen = message.get(SCREEN_KEY)  # the crisis screen (bot/nlu/crisis_screen.py)
        plan_van_aanpak = bool(_WVP_PLAN.search(text.lower()))
        reason = None if plan_van_aanpak or self._screen_vetoes(screen) else \
            self._ranking_reason(ranking)
        # ... not a question about what is stored that names a medicine ("wat heb je van mij opgeslagen? je weet wel
        # dat ik medicatie gebruik", round 40 got the dose warning twice)
        medicine = asks_about_medication(text) and not about_the_conversation(text)
        # the classifier alone, on an idiom or a joke, news of a death, a medicine question, a request about the
        # conversation or a plain "no danger" is no signal ("dat project is een doodlopende weg", "mijn hond is
        # doodgegaan", "haal 'wat nodig is' weg", "ik wil zeker blijven leven"): the patterns above still catch what
        # is said in them
        # ... news of a death and a permission asked are no signal either, unless the screen is very sure
        # ("hoe regel ik dat mijn laatste salaris na mijn overlijden naar mijn dochter gaat?", set 29)
        no_signal_even_if_sure = figure_of_speech(text) or medicine or about_the_conversation(text) or \
            says_no_danger(text) or names_113_otherwise(text) or ends_a_relationship(text) or ends_a_thing(text) or \
            no_future_at_work(text) or edits_an_answer(text) or starts_with_no(text) or stops_working(text) or \
            only_slang(text) or asks_about_the_net(text) or says_what_is_meant(text) or farewell_at_work(text) or \
            ill_and_planning(text) or everyday_matter(text) or to_the_pharmacy(text) or \
            worries_about_medication(text) or plain_hobby(text)
        if reason is not None and denies_crisis(text):
            # ... unless the screen is sure and the danger words were someone else's, now ("mijn moeder zit naast me
            # en zegt dat ze niet meer wil leven. ze heeft haar pillen al op tafel", set 34: 0.999, no question)
            # ... and not a figure of speech ("het maakt me niet meer uit of het spoor 1 of 2 wordt", set 36)
            if not denies_own_thoughts(text) and not says_safe(text) and not no_signal_even_if_sure and \
                    self._screen_is_sure(screen, message, text):
                return POSSIBLE_CRISIS, REASON_SCREEN
            return "", reason
        # ... and a joke ("grapje hoor, maar als ik morgen van de flat 'val' ... 11 hoog is wel genoeg", set 30)
        # ... and the plan van aanpak named ("ik heb net een plan van aanpak gemaakt": screen 0.61 after set 44)
        alone_is_no_signal = no_signal_even_if_sure or joke or tells_of_loss(text) or asks_permission(text) or \
            plan_van_aanpak or \
            self._asked_about_the_process(ranking, text) or names_a_reason_to_go_on(text) or trade_or_hobby(text) or \
            declines_an_offer(text) or tells_of_support(text)
        if reason == REASON_SURE and not alone_is_no_signal and not history:
            return self.crisis_intent, reason
        if reason is not None and not alone_is_no_signal:
            return POSSIBLE_CRISIS, reason
        # the crisis screen likely enough, or very sure: ask first, unless the message is a request ("ik wil iets
        # aanpassen. ..."); the request is read only when the screen would ask (this runs on every message)
        screen_likely = self.screen_threshold is not None and screen is not None and \
            screen >= self.screen_threshold and \
            (_confidence_of(ranking, self.crisis_intent) >= self.screen_needs_crisis or
             (self.screen_alone is not None and screen >= self.screen_alone and speaks_of_self(text))) and \
            not alone_is_no_signal and not history and not denies_crisis(text)
        if (screen_likely or (not no_signal_even_if_sure and self._screen_is_sure(screen, message, text))) and \
                explicit_command(Reading(text, "", 0.0, {})) is None:
            return POSSIBLE_CRISIS, REASON_SCREEN
        if medicine:
            return ASK_MEDICATION, None
        if ranking and ranking[0].get(INTENT_NAME_KEY) == self.crisis_intent:
            return "", None  # crisis on top, but too unsure to ask: the next intent of the ranking
        return None, None

    def crisis_reason(self, message: Message) -> Optional[str]:
        """Why ``message`` gets `crisis` or `possible_crisis`, or None when it gets neither."""
        intent, reason = self.reading(message)
        return reason if intent in (self.crisis_intent, POSSIBLE_CRISIS) else None

    def _screen_is_sure(self, screen: Any, message: Message, text: str) -> bool:
        """The crisis screen is so sure that the direct question comes for a message about the werknemer or someone
        else ("mijn vriendin zei net dat ze al haar pillen heeft ingenomen", set 31: 0.999) or almost without words,
        unless it is a request about the conversation ("alles weg", "doel moet zijn: ...") or a denial of own
        thoughts (a request in so many words is read by the caller where it matters)."""
        if self.screen_sure is None or not isinstance(screen, (int, float)) or screen < self.screen_sure:
            return False
        intent = _top_intent(message)
        return speaks_of_a_person(text) and not (
            intent.startswith("request_") or intent in _REQUEST_INTENTS or denies_own_thoughts(text))

    @staticmethod
    def _asked_about_the_process(ranking: Sequence[dict[str, Any]], text: str) -> bool:
        """A question the classifier surely places among the questions about re-integration ("als ik de WIA niet
        in week 93 aanvraag, loop ik dan het risico dat mijn uitkering later ingaat?", round 32: 0.86 from the
        screen, 0.89 for ask_wia)."""
        return bool(ranking) and str(ranking[0].get(INTENT_NAME_KEY) or "").startswith("ask_") and \
            _confidence(ranking[0]) >= _SURE_QUESTION and "?" in text

    def _screen_vetoes(self, screen: Any) -> bool:
        """The crisis screen is so sure there is no crisis that the classifier's reading alone does not count."""
        return self.screen_veto is not None and isinstance(screen, (int, float)) and screen < self.screen_veto

    def _ranking_reason(self, ranking: Sequence[dict[str, Any]]) -> Optional[str]:
        if not ranking:
            return None
        names = [entry.get(INTENT_NAME_KEY) for entry in ranking]
        if self.crisis_intent not in names:
            return None
        position = names.index(self.crisis_intent)
        confidence = _confidence(ranking[position])
        if position == 0 and self.sure_threshold is not None and confidence >= self.sure_threshold:
            return REASON_SURE
        if position == 0 and self.force_when_top and confidence >= self.top_threshold:
            return REASON_TOP
        if self.crisis_threshold is not None and confidence >= self.crisis_threshold:
            return REASON_THRESHOLD
        if (
            position == 1
            and self.runner_up_threshold is not None
            and names[0] in self.runner_up_after
            and confidence >= self.runner_up_threshold
        ):
            return REASON_RUNNER_UP
        return None

    def _force(self, message: Message, intent: str) -> None:
        forced = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
        # the classifier's own crisis confidence stays in the ranking (for measurements), except under `crisis`
        ranking = [dict(entry) for entry in (message.get(INTENT_RANKING_KEY) or [])
                   if entry.get(INTENT_NAME_KEY) not in (intent, intent if intent != self.crisis_intent else "")]
        message.set(INTENT, dict(forced), add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(forced)] + ranking, add_to_output=True)

    def _drop_crisis(self, message: Message) -> None:
        """Crisis out of the ranking, the rest scaled up to what it would be without it (so the next intent is not
        taken for a low-confidence guess)."""
        text = message.get(TEXT) or ""
        ranking = [dict(entry) for entry in _ranking(message) if entry.get(INTENT_NAME_KEY) != self.crisis_intent
                   and plausible(entry.get(INTENT_NAME_KEY) or "", text)]  # the CommandGate's check, again
        total = sum(_confidence(entry) for entry in ranking)
        if total > 0:
            for entry in ranking:
                entry[PREDICTED_CONFIDENCE_KEY] = _confidence(entry) / total
        if ranking:
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


# Patterns that are no signal in these contexts: the emergency numbers named in a question about the keuzehulp ("wat
# doe je als iemand 113 noemt?"), and a threat by someone else said as a joke ("mijn baas vermoordt me ... haha").
def _safe_or_over(text: str) -> bool:
    """Said to be safe now, or told as history that is over."""
    return says_safe(text) or resolved_history(text)


_HARMLESS_IN_CONTEXT = {
    # "wat doe je als iemand 113 typt?", and "ik heb 113 gebeld, ik ben nu veilig" (blind round 5: the routes again)
    "noodnummers": lambda text: about_the_conversation(text) or says_safe(text) or names_113_otherwise(text) or
    asks_about_113(text) or resolved_history(text) or asks_about_the_net(text),
    # "al mijn spullen aan het opruimen en weggeven, we gaan kleiner wonen na de scheiding" (set 50)
    "spullen_weggeven": moves_house,
    # "maak er een einde aan, aan dit gesprek" (set 11)
    "eind_eraan": lambda text: about_the_conversation(text) or ends_a_relationship(text) or ends_a_thing(text),
    # set 20; "dit is mijn laatste bericht, per 1 maart ben ik hersteld en begin ik bij een nieuwe werkgever" (set 35)
    "laatste_bericht": lambda text: about_the_conversation(text) or wants_a_person(text) or gone_elsewhere(text),
    # "tegen die tijd ben ik er niet meer, ik ga in augustus met pensioen"; "ik zei dat ik 'er even niet meer wil zijn'.
    # ik bedoelde gewoon dat ik een weekend naar zee wilde" (set 46)
    "er_niet_meer_zijn": lambda text: gone_elsewhere(text) or says_what_is_meant(text) or denies_and_explains(text),
    # "het team is beter af zonder mij, zegt mijn manager" (set 32); "... qua planning beter af zonder mij" (set 46)
    "beter_af_zonder_mij": lambda text: said_at_work(text) or qua_work(text),
    "naar_overledene": goes_to_the_living,  # "ik wil naar mijn vrouw toe, ze is net bevallen!" (set 37)
    # "ik zie bij dit bedrijf geen toekomst meer voor mezelf" (set 16)
    "geen_uitweg": no_future_at_work,
    # "even van de aardbodem verdwijnen, een weekje naar een huisje" (set 11)
    # ... and "als ik schrijf dat ik wil verdwijnen, bedoel ik dat ik even op een hutje op de hei wil zitten" (set 48)
    "verdwijnen": lambda text: figure_of_speech(text) or says_what_is_meant(text),
    # "mijn testament geregeld bij de notaris, omdat we een huis kochten", "die deadline hangt als een strop om mijn
    # nek" (set 25)
    "alles_geregeld": figure_of_speech,
    "ophangen_touw": lambda text: figure_of_speech(text) or trade_or_hobby(text),  # climbing gear (set 43)
    "dood_willen": dying_place,  # "mijn mailbox is de plek waar hoop naartoe gaat om te sterven" (set 43)
    # "kill me now, weer een teams meeting van 2 uur" (set 29), not "'kill me now' is geen grapje meer" (set 31)
    "english": lambda text: figure_of_speech(text) and not said_in_earnest(text),
    # "... spring ik uit het raam. begane grond gelukkig" (set 31), "nog één keer ... spring ik uit het raam haha"
    # ... the reddingsbrigade's exercise jump from a bridge (set 47)
    "springen": lambda text: from_the_ground_floor(text) or one_more_time_joke(text) or trade_or_hobby(text),
    # "niet tot last zijn, daarom wil ik snel weer bijdragen" (set 39); "ik voel me soms een last, maar hij zegt dat
    # het goed voelt om te kunnen helpen" (set 43)
    "tot_last": lambda text: wants_to_contribute(text) or tells_of_support(text),
    # "mijn ex had me bedreigd, maar er is nu een contactverbod ... ik voel me eindelijk veilig thuis" (set 12)
    "dreiging": _safe_or_over,
    "gevaar": _safe_or_over,
    # "hoeveel mg ibuprofen mag ik tegelijk nemen" (question set 8): answered as a medicine question
    "pillen_innemen": asks_about_a_dose,
    "overdosis": asks_about_a_dose_by_mistake,  # "... per ongeluk mijn ochtendpil twee keer neem?" (set 45)
    "niet_meer_zien_zitten": no_future_at_work,  # "bij mijn huidige werkgever zie ik het niet meer zitten" (set 45)
    # "mijn baas vermoordt me haha", "mijn rug vermoordt me na die lange zit" (set 8)
    "iemand_wil_me_iets_aandoen": lambda text: said_as_joke(text) or figure_of_speech(text) or only_slang(text),
    "zelf_doden": only_slang,  # "mijn moeder gaat me vermoorden als ik dit ook nog verpruts" (set 19)
    "middelen_klaar": figure_of_speech,  # "mijn medicijnen in de pillendoos klaargezet"
    # "een doos oude pillen, waar kan ik die inleveren?", "... kan ik die terugbrengen naar de apotheek?" (set 38)
    "pillen_sparen": lambda text: figure_of_speech(text) or to_the_pharmacy(text),
}


def _top_intent(message: Message) -> str:
    return str((message.get(INTENT) or {}).get(INTENT_NAME_KEY) or "")


def words_reading(text: str) -> Optional[str]:
    """What the crisis words of a message call for, read alike by the guard and the channels (bot/channels/
    limits.py): `crisis`, the routes at once; `possible_crisis`, the direct question first (history told as over, a
    joke, or "ik wil niet meer" next to a thing one is tired of); None without crisis words."""
    if not crisis_in_words(text):
        return None
    patterns = set(matching_patterns(without_negated(text)))
    # ... or no wish to live "like this", next to what the werknemer wants instead (set 47)
    ambiguous = (tired_of_a_thing(text) and patterns <= AMBIGUOUS_ALONE) or \
        (wants_a_fuller_life(text) and patterns <= {"geen_zin"})
    return POSSIBLE_CRISIS if resolved_history(text) or said_as_joke(text) or ambiguous else DEFAULT_CRISIS_INTENT


def crisis_in_words(text: str) -> bool:
    """A crisis pattern in what is still said once denials are taken out, and not one this message's context makes
    harmless. The channels read the same (bot/channels/limits.py), so they never send the routes for a message
    the guard reads as safe."""
    if resolved_history(text) and says_no_danger(text):
        return False  # "in mijn vorige depressie dacht ik dat ... nu is het anders: ik ben moe, maar ik wil leven"
    said = without_negated(text)
    if asks_about_the_net(said):  # "als ik 'zelfdoding' schrijf, wat gebeurt er dan?": the rest is read
        said = without_questions_about_the_net(said)
    return matches_crisis(said) and not _only_harmless(set(matching_patterns(said)), text)


def _only_harmless(patterns: set[str], text: str) -> bool:
    """Every matching pattern is one that this message's context makes harmless."""
    return all(name in _HARMLESS_IN_CONTEXT and _HARMLESS_IN_CONTEXT[name](text) for name in patterns)


def _confidence_of(ranking: Sequence[dict[str, Any]], intent: str) -> float:
    """The classifier's confidence for `intent` in the ranking (0 when it is not there)."""
    return next((_confidence(entry) for entry in ranking if entry.get(INTENT_NAME_KEY) == intent), 0.0)


def _threshold(value: Any) -> Optional[float]:
    """A threshold from the config; None (or a value that is not a number) switches the rule off."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _confidence(entry: dict[str, Any]) -> float:
    try:
        return float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _ranking(message: Message) -> list[dict[str, Any]]:
    """The classifier's ranking, highest confidence first (the predicted intent when there is none)."""
    ranking = [entry for entry in (message.get(INTENT_RANKING_KEY) or []) if entry.get(INTENT_NAME_KEY)]
    if not ranking:
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY):
            ranking = [intent]
    return sorted(ranking, key=_confidence, reverse=True)

"""Tests for the content library (content/*.yml) and its loader (core/content).

Run: python -m pytest tests/test_content.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # so that `pytest tests/test_content.py` works from anywhere
    sys.path.insert(0, str(ROOT))

from core.content import (  # noqa: E402
    DECISION_STYLES,
    PHASES,
    ROLES,
    TOPICS,
    Checklist,
    ContentError,
    DecisionCard,
    InfoItem,
    Milestone,
    Story,
    load_library,
    readability,
)
from core.content.library import EXPECTED_FILES, clear_cache  # noqa: E402
from core.content.schema import (  # noqa: E402
    FORBIDDEN_MARKUP,
    MAX_LABEL_WORDS,
    MAX_WORDS,
    PHASE_INFO_PARTS,
    parse_file,
)

CONTENT = ROOT / "content"
LIB = load_library()


def _short_texts() -> list[tuple[str, str, str]]:
    """The short turns (content/texts.yml) and the Rasa responses (content/responses.yml): read by werknemers too."""
    short = yaml.safe_load((CONTENT / "texts.yml").read_text(encoding="utf-8"))["texts"]
    out = [(f"texts.{name}", "text", text) for name, text in short.items()]
    responses = yaml.safe_load((CONTENT / "responses.yml").read_text(encoding="utf-8"))["responses"]
    for name, variations in responses.items():
        for number, variation in enumerate(variations):
            if variation.get("text"):
                out.append((f"responses.{name}", f"text {number}", variation["text"]))
            out += [(f"responses.{name}", "button", button["title"]) for button in variation.get("buttons") or []]
    return out


ALL_TEXTS = list(LIB.texts()) + _short_texts()


def _raw_items() -> list[tuple[str, dict]]:
    out = []
    for name in EXPECTED_FILES:
        data = yaml.safe_load((CONTENT / name).read_text(encoding="utf-8"))
        out.extend((name, item) for item in data["items"])
    return out


# --------------------------------------------------------------------------- files and schema


@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_every_file_exists_and_matches_schema(name: str) -> None:
    path = CONTENT / name
    assert path.is_file(), f"missing content file {name}"
    items = parse_file(yaml.safe_load(path.read_text(encoding="utf-8")), name)
    assert items, f"{name} has no items"


def test_every_raw_item_has_id_phase_and_a_source() -> None:
    for name, raw in _raw_items():
        assert raw.get("id"), f"{name}: item without id"
        assert raw.get("phase"), f"{name}: {raw['id']} has no phase"
        assert isinstance(raw.get("sources"), list) and raw["sources"], f"{raw['id']}: no source"


def test_ids_are_unique_across_files() -> None:
    ids = [raw["id"] for _, raw in _raw_items()]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"duplicate ids: {sorted(duplicates)}"
    assert len(LIB.all_ids()) == len(ids)


def test_general_sources_name_url_and_checked_date() -> None:
    for item in LIB.items():
        for src in item.sources:
            if src.type == "general":
                assert src.name and src.url and src.checked, item.id
                assert src.url.startswith("https://"), item.id
                checked = dt.date.fromisoformat(src.checked)
                assert checked <= dt.date(2026, 12, 31), f"{item.id}: checked date in the future"
            elif src.type == "seed":
                assert re.match(r"^00[0-4] ", src.ref or ""), f"{item.id}: bad seed ref {src.ref}"
                assert re.search(r"L\d+", src.ref or ""), f"{item.id}: seed ref needs line numbers"
            else:
                assert src.type == "product" and src.note, item.id


# --------------------------------------------------------------------------- coverage


def test_every_topic_has_a_decision_card() -> None:
    for topic in TOPICS:
        card = LIB.card(topic)
        assert card.topic == topic
        assert 2 <= len(card.options) <= 4
        assert card.ask_yourself and card.you_decide and card.others_decide
        for opt in card.options:
            assert readability.word_count(opt.label) <= MAX_LABEL_WORDS, opt.label
            assert opt.voordelen and opt.nadelen and opt.gevolgen
        assert any(s.type == "seed" for s in card.sources), f"{card.id} has no seed source"
    assert [c.topic for c in LIB.cards()] == list(TOPICS)


def test_every_role_has_an_info_item() -> None:
    for role in ROLES:
        item = LIB.role(role)
        assert isinstance(item, InfoItem)
        assert len(item.chunks) >= 2, f"role.{role}: say who they are and what they decide"


@pytest.mark.parametrize("phase", PHASES)
def test_every_phase_has_its_info_items(phase: str) -> None:
    ids = [i.id for i in LIB.phase_info(phase)]
    assert ids == [f"phase.{phase}.{part}" for part in PHASE_INFO_PARTS]
    for item in LIB.phase_info(phase):
        assert item.phases == (phase,)


def test_at_least_14_stories_covering_all_phases() -> None:
    stories = LIB.stories()
    assert len(stories) >= 14
    for phase in PHASES:
        assert LIB.stories(phase=phase), f"no story for phase {phase}"
    for story in stories:
        assert story.attribution and story.theme
        assert "AKC" in story.attribution, f"{story.id}: name the research in the attribution"


def test_required_ids_exist() -> None:
    required = [
        "wvp.overview",
        "rights.plichten",
        "rights.rechten",
        "rights.diagnosis",
        "rights.second_opinion",
        "rights.deskundigenoordeel",
        "money.loondoorbetaling",
        "money.jaar2",
        "money.loonsanctie",
        "money.wia",
        "privacy.keuzehulp",
        "sdm.intro",
        "sdm.steps",
        "sdm.step.team",
        "sdm.step.option",
        "sdm.step.decision",
        "sdm.step.afspraken",
        "sdm.styles",
        "sdm.misunderstandings",
        "sdm.wat_wil_je",
        "naasten.why",
        "naasten.ways",
        "naasten.keep_out",
        "naasten.pushing",
        "naasten.choice",
        "prep.intro",
        "safety.crisis",
        "safety.distress",
        "safety.limits",
        "ui.welcome",
        "ui.consent_store",
        "ui.consent_share",
        "ui.checkin",
        "ui.help",
        "ui.bot_challenge",
        "ui.out_of_scope",
        "ui.fallback",
    ]
    for item_id in required:
        assert isinstance(LIB.info(item_id), InfoItem), item_id
    for style in DECISION_STYLES:
        LIB.info(f"sdm.style.{style}")
    assert isinstance(LIB.checklist("prep.checklist"), Checklist)
    assert isinstance(LIB.checklist("naasten.kernvragen"), Checklist)


def test_timeline_has_all_moments_sorted_with_basis() -> None:
    ids = [m.id for m in LIB.timeline()]
    for moment in (
        "ziekmelding",
        "probleemanalyse",
        "plan_van_aanpak",
        "bijstellingen",
        "melding_42",
        "eerstejaarsevaluatie",
        "spoor2",
        "wia_aanvraag",
        "loonsanctie",
        "deskundigenoordeel",
    ):
        assert f"timeline.{moment}" in ids
    weeks = [m.week_from for m in LIB.timeline() if m.week_from is not None]
    assert weeks == sorted(weeks)
    assert LIB.timeline()[-1].week_from is None  # moments without a fixed week come last
    for m in LIB.timeline():
        assert isinstance(m, Milestone) and m.basis in ("seed", "general")
        wanted = "general" if m.basis == "general" else "seed"
        assert any(s.type == wanted for s in m.sources), f"{m.id}: basis {m.basis} without source"
    assert LIB.get("timeline.probleemanalyse").week_from == 6
    assert LIB.get("timeline.plan_van_aanpak").week_from == 8
    assert LIB.get("timeline.melding_42").week_from == 42
    assert LIB.get("timeline.eerstejaarsevaluatie").week_to == 52
    wia = LIB.get("timeline.wia_aanvraag")
    assert (wia.week_from, wia.week_to) == (88, 93)


# --------------------------------------------------------------------------- safety and privacy


def test_crisis_text_is_recognition_then_every_route_and_no_choice_yet() -> None:
    recognition, routes, *rest = LIB.info("safety.crisis").chunks
    assert recognition.startswith("Goed dat je het vertelt")
    for needle in ("113", "0800-0113", "113.nl", "112", "huisarts", "huisartsenpost"):
        assert needle in routes, f"safety.crisis chunk 2 misses {needle!r}"
    assert not any("verder" in chunk.lower() for chunk in [recognition, routes, *rest]), \
        "the choice to go on comes in a later turn (safety.crisis_after)"


def test_distress_text_offers_a_pause_and_a_line_that_is_no_crisis_line() -> None:
    """Issue 19: the crisis routes only on crisis signals (blind rounds 22 and 23 read 113 here as a false alarm)."""
    text = " ".join(LIB.info("safety.distress").chunks).lower()
    assert "pauze" in text and "0900-1450" in text
    assert "113" not in text and "zelfdoding" not in text


def test_privacy_and_welcome_say_what_the_product_promises() -> None:
    privacy = " ".join(LIB.info("privacy.keuzehulp").chunks).lower()
    promises = ("toestemming", "versleuteld", "arbeidsdeskundige", "verwijder", "90 dagen")
    for needle in promises + ("geschiedenis",):
        assert needle in privacy, needle
    welcome = " ".join(LIB.info("ui.welcome").chunks).lower()
    expectations = ("weet ik niet", "later", "stop", "geen account", "geen arts")
    for needle in expectations + ("10 tot 20 minuten",):
        assert needle in welcome, needle
    assert "computerprogramma" in LIB.info("ui.bot_challenge").chunks[0]
    assert "hoeft" in LIB.info("rights.diagnosis").chunks[0]


def test_wia_is_only_for_the_last_phase() -> None:
    assert LIB.info("money.wia").phases == ("einde",)


# --------------------------------------------------------------------------- every text


@pytest.mark.parametrize("item_id,field,text", ALL_TEXTS, ids=[f"{i}:{f}" for i, f, _ in ALL_TEXTS])
def test_text_is_short_plain_and_b1(item_id: str, field: str, text: str) -> None:
    assert readability.word_count(text) <= MAX_WORDS
    for char in FORBIDDEN_MARKUP:
        assert char not in text, f"markup {char!r} in {item_id} {field}"
    assert "http" not in text and "**" not in text
    problems = readability.check(text)
    assert not problems, f"{item_id} {field}: {'; '.join(problems)}"


def test_je_vorm_not_u_vorm() -> None:
    for item_id, field, text in ALL_TEXTS:
        assert not re.search(r"\b(u|uw|U|Uw)\b", text), f"{item_id} {field}: use je/jouw, not u"


# --------------------------------------------------------------------------- library API


def test_get_raises_keyerror_naming_the_id() -> None:
    with pytest.raises(KeyError, match=r"does\.not\.exist"):
        LIB.get("does.not.exist")
    with pytest.raises(KeyError):
        LIB.card("no_such_topic")
    with pytest.raises(KeyError):
        LIB.info("card.urenopbouw")  # a card is not an info item


def test_lookup_helpers() -> None:
    assert isinstance(LIB.get("card.urenopbouw"), DecisionCard)
    assert LIB.card("urenopbouw").option("rustig").label
    assert all(c.in_phase("einde") for c in LIB.cards_for_phase("einde"))
    assert "card.contact_werk" in [c.id for c in LIB.cards_for_phase("ziekmelding")]
    assert "card.contact_werk" not in [c.id for c in LIB.cards_for_phase("einde")]
    stories = LIB.stories(phase="start", topic="urenopbouw")
    assert stories and all(isinstance(s, Story) and s.topic == "urenopbouw" for s in stories)
    theme = LIB.stories()[0].theme
    assert all(s.theme == theme for s in LIB.stories(theme=theme))
    with pytest.raises(ValueError):
        LIB.phase_info("week3")


def test_default_library_is_cached() -> None:
    assert load_library() is load_library()
    clear_cache()
    assert load_library() is not LIB
    assert load_library().all_ids() == LIB.all_ids()


def _write(tmp_path: Path, items: list[dict]) -> Path:
    (tmp_path / "test.yml").write_text(yaml.safe_dump({"items": items}, allow_unicode=True))
    return tmp_path


GOOD = {
    "id": "ui.test",
    "kind": "info",
    "phase": "all",
    "title": "Test",
    "chunks": ["Een korte zin."],
    "sources": [{"type": "product", "note": "test"}],
}


@pytest.mark.parametrize(
    "change,message",
    [
        ({"sources": []}, "source"),
        ({"phase": "week3"}, "unknown phase"),
        ({"kind": "poster"}, "kind"),
        ({"id": "NoDots"}, "id must be"),
        ({"chunks": ["woord " * 61]}, "61 words"),
        ({"chunks": ["Dit is **vet**."]}, "plain text"),
        ({"sources": [{"type": "general", "name": "UWV", "url": "https://www.uwv.nl"}]}, "checked"),
        ({"sources": [{"type": "seed", "ref": "zie digest"}]}, "seed source"),
    ],
)
def test_schema_violations_raise_content_error(tmp_path: Path, change: dict, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        load_library(_write(tmp_path, [{**GOOD, **change}]))


def test_duplicate_ids_raise_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="used twice"):
        load_library(_write(tmp_path, [GOOD, GOOD]))


def test_card_needs_two_to_four_options(tmp_path: Path) -> None:
    card = LIB.card("urenopbouw")
    raw = next(r for _, r in _raw_items() if r["id"] == card.id)
    with pytest.raises(ContentError, match="options"):
        load_library(_write(tmp_path, [{**raw, "options": raw["options"][:1]}]))
    with pytest.raises(ContentError, match="label"):
        long_label = [{**raw["options"][0], "label": "een twee drie vier vijf zes zeven"}]
        load_library(_write(tmp_path, [{**raw, "options": long_label + raw["options"][1:]}]))


def test_good_minimal_file_loads(tmp_path: Path) -> None:
    lib = load_library(_write(tmp_path, [GOOD]))
    assert lib.info("ui.test").chunks == ("Een korte zin.",)
    assert lib.get("ui.test").phases == PHASES


# --------------------------------------------------------------------------- readability helpers


def test_readability_helpers() -> None:
    assert readability.syllables("werk") == 1
    assert readability.syllables("ideeën") == 3
    assert readability.syllables("samenvatting") == 4
    assert readability.is_long_word("werkhervattingsgesprek")
    assert not readability.is_long_word("arbeidsdeskundige")  # domain term, explained in content
    assert not readability.is_long_word("0800-0113")
    split = readability.sentences("Bel 113.nl. Of bel 112!\n• punt")
    assert split == ["Bel 113.nl.", "Of bel 112!", "• punt"]
    long_sentence = " ".join(["woord"] * 25) + "."
    assert any("langste zin" in p for p in readability.check(long_sentence))
    hard = (
        "Ondoorzichtige werkhervattingsgesprekken veroorzaken "
        "onoverzichtelijke arbeidsverhoudingen vandaag."
    )
    assert any("lange woorden" in p for p in readability.check(hard))
    assert readability.check("Je mag altijd stoppen. Dat is goed.") == []


def test_the_days_the_texts_promise_are_the_days_answers_are_kept() -> None:
    """The texts say "maximaal 90 dagen": a RETENTION_DAYS that differs stops the start with a clear message, and
    every text that names a number of days for keeping says that number."""
    from bot.settings import RETENTION_DAYS_IN_TEXTS, SettingsError, load_settings

    with pytest.raises(SettingsError, match="RETENTION_DAYS"):
        load_settings(environ={"RETENTION_DAYS": "30"})
    promised = set()
    for path in (ROOT / "content").glob("*.yml"):
        for match in re.finditer(r"(?:maximaal|hooguit|hoogstens|standaard maximaal) (\d+) dagen",
                                 path.read_text(encoding="utf-8")):
            promised.add(int(match.group(1)))
    assert promised == {RETENTION_DAYS_IN_TEXTS}

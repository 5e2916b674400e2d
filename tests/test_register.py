"""U-vorm mirroring: how a werknemer writes is recognised, and every text a werknemer can see has a u-vorm."""
from __future__ import annotations

import importlib.util

import pytest

from bot.settings import REPO_ROOT
from core.logic import register


def visible_texts() -> list[str]:
    spec = importlib.util.spec_from_file_location("visible_texts", REPO_ROOT / "scripts" / "visible_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.visible_texts()


@pytest.mark.parametrize("text", ["Kunt u mij helpen met mijn gesprek?", "Goedemiddag, ik wil graag uw hulp",
                                  "Heeft u informatie over de WIA?", "Wat raadt u mij aan?"])
def test_u_vorm_is_recognised(text: str) -> None:
    assert register.detect(text) == register.U


@pytest.mark.parametrize("text", ["kun je me helpen?", "wat vind jij", "ik snap jouw vraag niet"])
def test_je_vorm_is_recognised(text: str) -> None:
    assert register.detect(text) == register.JE


@pytest.mark.parametrize("text", ["ja", "ik ben sinds drie weken ziek", "uur", "uwv belde", "/affirm", ""])
def test_messages_without_address_leave_the_form_as_it_was(text: str) -> None:
    assert register.detect(text) is None


def test_convert_replaces_each_sentence_and_fills_templates() -> None:
    forms = register.UForms({"Hoe gaat het met je?": "Hoe gaat het met u?",
                             "{name} kan je samenvatting nu lezen.": "{name} kan uw samenvatting nu lezen."})
    text = "Dank voor het vertellen. Hoe gaat het met je?\nAnna de Vries kan je samenvatting nu lezen."
    expected = "Dank voor het vertellen. Hoe gaat het met u?\nAnna de Vries kan uw samenvatting nu lezen."
    assert forms.convert(text) == expected
    assert register.in_register(text, register.JE, forms) == text


def test_every_visible_sentence_has_a_u_vorm() -> None:
    missing = register.load().missing(visible_texts())
    assert not missing, f"{len(missing)} sentences without a u-vorm in content/u_vorm.yml, e.g. {missing[:5]}"


def test_u_vorm_table_is_u_vorm_and_current() -> None:
    table = register.load().table
    needed = {s for text in visible_texts() for s in register.sentences(text) if register.needs_u_form(s)}
    assert not set(table) - needed, f"u-vorm entries for sentences no longer used: {sorted(set(table) - needed)[:5]}"
    for je, u in table.items():
        assert register.placeholders(je) == register.placeholders(u), je
        if u != je:  # identical: a quote of someone else's words, kept on purpose
            assert not register.needs_u_form(u), f"still je-vorm: {u!r}"


def test_labels_and_sentences_after_a_colon_are_converted() -> None:
    forms = register.UForms({"Hoe wil je beslissen": "Hoe wilt u beslissen", "Je kiest zelf.": "U kiest zelf."})
    assert forms.convert("• Hoe wil je beslissen: samen met je zus") == "• Hoe wilt u beslissen: samen met je zus"
    assert forms.convert("Gevolgen van mogelijkheid 1: Je kiest zelf.") == "Gevolgen van mogelijkheid 1: U kiest zelf."


def test_every_option_card_reads_in_u_vorm_for_who_writes_so() -> None:
    """Blind round 5: the pros and cons came in je-vorm to a werknemer who wrote u-vorm (issue 20)."""
    from core.content.library import load_library
    from core.logic.replies import option_card

    library = load_library()
    still_je = [sentence for card in library.cards() for option in card.options
                for reply in option_card(card, option.id)
                for sentence in register.sentences(register.in_register(reply.text, register.U))
                if register.needs_u_form(sentence)]
    assert not still_je, still_je[:5]

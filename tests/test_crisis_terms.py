"""Unit tests for the pure crisis matcher in bot/nlu/crisis_terms.py."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.nlu.crisis_terms import matches_crisis, matching_patterns, normalise  # noqa: E402

CRISIS = [
    # suicide, spelled many ways
    "ik wil niet meer leven",
    "Ik denk aan zelfmoord.",
    "ik denk aan zelfmoort",
    "zelf moord",
    "SUÏCIDE",
    "ik heb suicidale gedachten",
    "ik ben suïcidaal",
    "ik overweeg zelfdoding",
    "zelfmoordgedachten",
    "ik wil nie meer leve",
    "ik wil niet meer bestaan",
    "ik wil er niet meer zijn",
    "ik wil niet meer wakker worden",
    "ik wil dood",
    "ik wil gewoon echt dood",
    "ik ben liever dood",
    "was ik maar dood",
    "het leven heeft geen zin meer",
    "ik zie geen reden om te leven",
    "ik zie het echt niet meer zitten",
    "ik denk aan de dood als uitweg",
    "iedereen is beter af zonder mij",
    "niemand zal me missen",
    "ik ben een last voor mijn gezin",
    "ik wil er een eind aan maken",
    "ik maak er vanavond een eind aan",
    "ik wil een einde aan mijn leven maken",
    "ik wil m'n leven beëindigen",
    "ik wil uit het leven stappen",
    "ik heb een afscheidsbrief geschreven",
    "I want to kill myself",
    "i want to die",
    # self-harm
    "ik wil mezelf iets aandoen",
    "ik ben bang dat ik mezelf iets aandoe",
    "ik heb me zelf wat aangedaan",
    "mijn collega wil zichzelf iets aandoen",
    "ik wil mezelf pijn doen",
    "ik snijd mezelf",
    "ik snij in mijn armen",
    "ik heb in mijn polsen gesneden",
    "ik kras mezelf",
    "ik heb last van zelfbeschadiging",
    "ik brand mezelf met een aansteker",
    # methods
    "ik heb pillen verzameld",
    "ik heb al mijn slaappillen gespaard",
    "ik ga al mijn pillen slikken",
    "ik heb een overdosis paracetamol genomen",
    "hoeveel oxazepam is dodelijk",
    "ik sta op het dak en wil springen",
    "ik wil van de brug springen",
    "ik spring zo van het balkon",
    "ik ga voor de trein springen",
    "ik wil voor de trein",
    "ik lig op het spoor",
    "ik wil mezelf ophangen",
    "ik ga mezelf van kant maken",
    "ik wil mezelf doden",
    "ik wil mijn auto tegen een boom rijden",
    # acute danger and violence
    "bel 112",
    "ik ben in acuut gevaar",
    "ik ben niet veilig thuis",
    "hij slaat me",
    "zij slaat me elke dag",
    "mijn vriend mishandelt me",
    "mijn ex bedreigt me",
    "ik word thuis geslagen",
    "iemand wil me vermoorden",
]

NOT_CRISIS = [
    # distress and figures of speech
    "ik zie het niet zitten om maandag te beginnen",
    "ik zie het gesprek met mijn baas niet zitten",
    "ik ga dood van de stress",
    "ik ga bijna dood van de zenuwen",
    "ik word gek",
    "ik word gek van dat uwv",
    "ik ben er klaar mee",
    "ik ben er helemaal klaar mee met dat gedoe",
    "ik ben doodmoe",
    "ik schrok me dood",
    "ik werk me dood",
    "ik verveel me dood",
    "dat gesprek maakt me doodsbang",
    "ik word er doodziek van",
    "ik kan niet meer",
    "ik ben helemaal op",
    "ik heb het gevoel dat ik verdrink in het werk",
    "ik kan mezelf wel voor mijn kop slaan",
    "ik heb mezelf helemaal opgebrand",
    "ik brand mezelf op aan dit werk",
    "het is me allemaal te veel",
    "ik heb een paniekaanval",
    "ik ben bang dat ik ontslagen word",
    # everyday re-integration talk that shares words with crisis phrasings
    "ik kan straks niet meer leven van mijn uitkering",
    "mijn functie zal na de reorganisatie niet meer bestaan",
    "mijn baas bedreigt me met ontslag",
    "mijn leidinggevende slaat me over bij het overleg",
    "vrijdag is mijn laatste dag bij dit bedrijf",
    "dat was een flinke strop voor ons",
    "ik moet pillen slikken van de huisarts",
    "ik slik medicijnen tegen de angst",
    "ik neem de trein naar mijn werk",
    "ik sta op het perron voor de trein van acht uur",
    "ik wil de telefoon ophangen",
    "ik ben in week 12 van mijn ziekte",
    "ik ben sinds 12 maart ziek",
    "ik heb geen zin in dat gesprek",
    "ik werk bij de spoorwegen",
    "wat doet de bedrijfsarts",
    "",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_phrasings_match(text: str) -> None:
    assert matches_crisis(text), f"not detected: {text!r} (normalised: {normalise(text)!r})"


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_distress_and_near_misses_do_not_match(text: str) -> None:
    assert not matches_crisis(text), f"false alarm: {text!r} via {matching_patterns(text)}"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ik wil m'n leven BEËINDIGEN!", "ik wil mijn leven beeindigen"),
        ("suïcide", "suicide"),
        ("zelfmoort", "zelfmoord"),
        ("me zelf", "mezelf"),
        ("  veel   spaties\n", "veel spaties"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_lists_are_large_enough() -> None:
    assert len(CRISIS) >= 40
    assert len(NOT_CRISIS) >= 25


def _examples(intent: str) -> list:
    """Plain texts of one intent's examples in data/nlu (entity markup removed)."""
    import re

    import yaml

    texts = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if block.get("intent") != intent:
                continue
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(re.sub(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})", r"\1", line[2:]))
    return texts


def test_every_crisis_training_example_is_caught_by_the_guard() -> None:
    examples = _examples("crisis")
    assert len(examples) >= 90
    missed = [text for text in examples if not matches_crisis(text)]
    assert not missed, f"crisis examples the guard would miss: {missed}"


def test_no_distress_training_example_triggers_the_guard() -> None:
    examples = _examples("express_distress")
    assert len(examples) >= 90
    flagged = [(text, matching_patterns(text)) for text in examples if matches_crisis(text)]
    assert not flagged, f"distress examples the guard would turn into crisis: {flagged}"

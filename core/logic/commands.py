"""Explicit requests that interrupt a form: pause, delete, restart, summary, withdraw.

Inside a form, whatever the werknemer types is their answer, unless it clearly is something else. "Clearly" is
decided here, by the words themselves and never by a classifier's guess: a button payload of a command intent, or a
message that is nothing but a command ("stop", "ik wil even pauzeren", "laat mijn samenvatting zien"). An answer
that only contains such a word ("stoppen met overwerken", "meer pauzes op een dag", "opnieuw leren vertrouwen")
stays an answer. Crisis is not handled here: it interrupts everything, through NLU and the rules.
"""
from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import Optional

from core.logic import texts
from core.logic.answers import (
    Message,
    clean_answer,
    complains_unanswered,
    normalise,
    plain_words,
    thing_at_part_goes,
)


class Command(StrEnum):
    """What an interrupting request asks for."""

    PAUSE = "pause"
    DELETE = "delete"
    RESTART = "restart"
    SUMMARY = "summary"
    WITHDRAW = "withdraw"
    CORRECT_PHASE = "correct_phase"
    STORE = "store"
    REMOVE_WORD = "remove_word"
    EDIT = "edit"
    SHARE = "share"
    STOP_STORING = "stop_storing"
    OTHER_TOPIC = "other_topic"


# Button payloads (and `/intent` typed by hand) are commands by definition.
PAYLOAD_COMMANDS: dict[str, Command] = {
    "request_pause": Command.PAUSE, "goodbye": Command.PAUSE, "request_delete": Command.DELETE,
    "request_restart": Command.RESTART, "request_summary": Command.SUMMARY, "request_withdraw": Command.WITHDRAW,
    "correct_phase": Command.CORRECT_PHASE, "request_store": Command.STORE, "request_remove_word": Command.REMOVE_WORD,
}

# Politeness and filler around a command: "ik wil nu even ...", "... voor vandaag graag".
_LEAD = (r"(?:(?:en|wil ik|daarna|vervolgens|sla de rest over en|sla alles over en|de rest overslaan en|"
         r"ik wil|ik zou graag|ik zou willen|ik wil graag|ik ga|ik wil nu|mag ik|kan ik|kunnen we|kunnen wij|"
         r"laten we|zullen we|wil je|kun je|kunt u|wilt u|zou je|zou u|graag|nu|even|eerst|liever|maar|nou|toch|"
         r"oke|ok|okay|ja|nee|sorry|dan|hoi|hallo|alsjeblieft|aub|svp|we|wij|ik|mijn|de|het|alles|al|willen|kunnen|"
         r"zou|zouden|u|je|jullie|dat|eigenlijk|echt|wel|hier|nu meteen|meteen|liefst|het liefst|pff+|zucht|tja|hm+|ff|"
         r"wacht|wacht even|wacht ff|mij|me|alleen|nog)"  # round 46: "wacht, eerst nog even de samenvatting zien"
         r"\s+)*")
_TAIL = (r"(?:\s+(?:voor nu|voor vandaag|voor even|nu|even|nog|maar|graag|hoor|trouwens|aub|alsjeblieft|alstublieft|"
         r"svp|"
         r"dan|hiermee|ermee|er mee|daarmee|met dit gesprek|met het gesprek|met de vragen|met deze vragen|met de chat|"
         r"met deze chat|met de keuzehulp|van dit gesprek|van de vragen|van al die vragen|het gesprek|dit gesprek|"
         r"de chat|deze chat|a u b|doen|zien|tonen|laten zien|lezen|bekijken|zou je dat willen doen|krijgen|"
         r"zou u dat willen doen|alstublieft|wel|toch|please|pls|ajb|willen|gaan|kunnen|zien|inzien|"
         r"als dat kan|als het kan|indien mogelijk|tot nu toe|tot nu|tot nog toe|tot nu toe zien|"
         r"zei ik|zeg ik|zei ik al|zei ik toch|zei ik net|zoals ik zei|en opnieuw|en opnieuw beginnen|"
         # "ik wil dat je alles verwijdert wat je van mij hebt" (blind round 47: "Sorry")
         r"wat (?:je|u|jullie) (?:allemaal )?(?:van|over) (?:me|mij) (?:hebt|heeft|hebben|weet|weten|bewaart|"
         r"bewaren|hebt opgeslagen|heeft opgeslagen|hebt bewaard)|"
         # "... alles verwijdert wat ik heb ingevuld" (blind round 11: "Sorry")
         r"wat ik (?:hier )?(?:heb )?(?:ingevuld|gezegd|getypt|verteld|geschreven)(?: heb)?))*")

_MY_DATA = (r"(?:alles|al mijn gegevens|mijn gegevens|al mijn antwoorden|mijn antwoorden|mijn data|al mijn data|"
            r"al mijn informatie|mijn informatie|dit gesprek|het gesprek|dit hele gesprek|wat ik heb gezegd|"
            r"wat ik heb getypt|alles wat ik heb gezegd|alles wat ik heb getypt|alles wat ik typte|"
            r"alles wat ik heb verteld|mijn persoonsgegevens|al mijn persoonsgegevens)")
_LATER = (r"(?:morgen|overmorgen|later|straks|vanavond|een andere keer|volgende week|na het weekend|"
          r"(?:a\.?s\.? |komende )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))")
_TO_THE_AD = r"(?:met|naar|aan)\s+(?:(?:de|mijn|m'n)\s+)?(?:arbeidsdeskundige|ad)"
_AGAIN = r"(?:nu|toch|alsnog|wel|graag|meteen|al|weer|opnieuw|nog een keer|nog eens)"
#: A break said as making a drink ("ik ga koffie zetten"), whole or as a part of a longer message.
_TAKES_A_DRINK = r"ik ga (?:even |ff |eerst )*(?:koffie|thee) (?:zetten|halen)"
_CORES: dict[Command, str] = {
    Command.PAUSE: (
        r"(?:stop|stoppen|stoppe|pauze|pauzeren|pauzeer|pauze nemen|een pauze nemen|een pauze|ophouden|kappen|"
        r"stop dit|stop hiermee|hou op|houd op|(?:wij|we) stoppen (?:hier|nu|ermee)|ik stop hier|"
        r"stoppen we (?:hier|nu)|"
        r"afbreken|later verder|later verdergaan|later verder gaan|een andere keer verder|morgen verder|"
        r"ik stop|stop ik|ik kap|kap ik|ik ben moe|brb|be right back|"
        r"het is genoeg|genoeg voor nu|genoeg voor vandaag|het is even genoeg|"
        r"ik kom later terug|ik kom morgen terug|tot later|tot morgen|doei|dag|tot ziens|bye|fijne dag|"
        r"ik ga ervandoor|ik moet gaan|ik moet weg|even niet meer|ik wil niet meer verder met dit gesprek|"
        r"ik moet (?:nu |even |ff |er |helaas )*(?:stoppen|ophouden|weg|gaan|ophangen|pauzeren)|"
        # blind round 17: a pause in other words than "pauze" ("ik laat het hier even bij", "we gaan morgen verder")
        r"ik laat het (?:hier|er|daar|nu) (?:even |ff |maar )*bij|"
        r"(?:we gaan|ik ga|gaan we|ga ik) (?:(?:morgen|later|straks|vanavond|een andere keer|volgende week)\s+)+"
        r"(?:verder|weer verder)|"
        r"ik ben er (?:even |ff |nu )*klaar mee voor (?:vandaag|nu|even)|klaar voor vandaag|"
        rf"{_TAKES_A_DRINK}|"
        # blind round 48: "Ik wil graag een kwartier pauzeren, als dat kan." (stored as the agreement)
        r"(?:een |even |ff )*(?:kwartier|kwartiertje|half uur|half uurtje|uurtje|uur|paar minuten|minuutje|"
        r"momentje|tijdje|paar uur|paar dagen|dag) (?:pauze|pauzeren|pauze nemen|stoppen)|"
        # "kan ik even pauzeren en vanavond verder?" (blind round 11: "Sorry")
        r"(?:pauzeren|pauze|stoppen|stop|ophouden) en (?:vanavond|morgen|straks|later|een andere keer|volgende week|"
        r"na het weekend) (?:verder|verdergaan|verder gaan)|"
        # blind round 12: "Mag ik dit even onderbreken? ... Ik kom er vanavond op terug."
        r"(?:mag|kan) ik (?:dit|het)(?: gesprek)? (?:even )?onderbreken|"
        r"(?:ik )?kom (?:er )?(?:later|vanavond|morgen|straks|een andere keer) (?:op )?terug|"
        # blind round 23: "nee nu niet. kan ik volgende week verder?" ("Sorry")
        rf"(?:kan|mag|kunnen|mogen|zullen) (?:ik|we|wij) (?:{_LATER}\s+)+(?:weer )?(?:verder|verdergaan|verder gaan))"),
    Command.DELETE: (
        rf"(?:(?:verwijder|verwijderen|wis|wissen|gooi weg|weggooien|vergeet|vergeten|delete|deleten)\s+{_MY_DATA}|"
        r"verwijder|verwijderen|wissen|"  # round 21: the word the welcome names, alone ("Sorry")
        r"(?:mijn\s+)?toestemming\s+(?:intrekken|in trekken|terugtrekken)\s+en\s+(?:dat\s+)?(?:alles|mijn gegevens|"
        r"mijn antwoorden)\s+(?:gewist|verwijderd|weg)(?:\s+(?:wordt|worden))?|"
        rf"{_MY_DATA}\s+(?:verwijderen|verwijdert|verwijderd|wissen|wist|gewist|weggooien|weggooit|vergeten|"
        r"weg gooien|weg doen|wegdoen|"
        r"vergeet|weghalen|weghaalt|laten verwijderen|laten wissen|verwijderd worden|gewist worden|"
        r"worden verwijderd|worden gewist|wordt verwijderd|wordt gewist|verwijderd wordt|gewist wordt|"
        r"verwijderd hebben|weg|kwijt)|"
        r"gegevens verwijderen|data verwijderen|alles weg)"),
    Command.RESTART: (
        r"(?:opnieuw|opnieuw beginnen|opnieuw starten|begin opnieuw|start opnieuw|overnieuw|over nieuw|"
        r"helemaal opnieuw|helemaal opnieuw beginnen|van voren af aan|van voor af aan|opnieuw van start|"
        r"terug naar het begin|naar het begin|reset|restart|nog een keer vanaf het begin|vanaf het begin)"),
    Command.SUMMARY: (
        r"(?:samenvatting|de samenvatting|mijn samenvatting|een samenvatting|(?:de |mijn )?same?n?vat+i?n+g|"
        # "Ik wil naar de samenvatting." (blind round 25: stored as an answer)
        r"(?:ga |gaan |door )?naar (?:de |mijn )?(?:samenvatting|het overzicht|het einde)|"
        r"(?:hele|volledige|complete|totale)\s+(?:same?n?vat+i?n+g|overzicht)|"  # "Graag nu de volledige samenvatting."
        r"overzicht|het overzicht|mijn overzicht|(?:een |het |mijn )?overzicht van (?:al )?(?:mijn|de) antwoorden|"
        r"(?:zien|weten) wat er (?:van mij )?(?:is |wordt )?(?:opgeslagen|bewaard)(?: is| wordt)?|"
        # blind round 49: "nee. laat eerst zien wat er in mijn samenvatting staat" (the goodbye came instead)
        r"(?:(?:laat|toon)\s+(?:me\s+|mij\s+)?)?(?:(?:eerst|even|ff|nog|eens|maar|graag)\s+)*zien\s+wat\s+er\s+"
        r"(?:nu\s+|allemaal\s+)?(?:in|op)\s+(?:de|mijn)\s+(?:samenvatting|overzicht|lijst)\s+staat|"
        r"(?:wat\s+er\s+)(?:nu\s+|allemaal\s+)?(?:in|op)\s+(?:de|mijn)\s+(?:samenvatting|overzicht)\s+staat|"
        # blind round 29: "Toont u mij alstublieft de samenvatting."
        r"(?:laat|toon|toont|geef|geeft)\s+(?:u\s+)?(?:me\s+|mij\s+)?(?:(?:alstublieft|alsjeblieft|even|graag|eens|"
        r"nu)\s+)*(?:de|het|mijn|een)\s+(?:hele\s+|volledige\s+)?"
        r"(?:opgeslagen\s+|bewaarde\s+)?(?:same?n?vat+i?n+g|overzicht|antwoorden|"
        r"lijstje|lijst|gegevens(?=\s+zien))"  # round 37: "nee. laat het lijstje zien"
        r"(?:\s+(?:nog een keer|nog eens|opnieuw|nog even|even|ff))?|"
        # rounds 21 and 22: "laat zien wat je bewaar", "laat eens zien wat je van mij opgeslagen hebt", "laat eerst ff
        # zien wat je allemaal hebt opgeslagen", "ik vroeg wat je opgeslagen hebt", "wat staat er nu van mij"
        r"(?:laat|toon)\s+(?:me\s+|mij\s+)?(?:(?:eens|even|ff|eerst|nu|dan)\s+)*(?:me\s+|mij\s+)?zien\s+wat\s+"
        r"(?:je|u|jullie)\s+(?:(?:nu|allemaal|tot nu toe|al)\s+)*(?:van\s+(?:me|mij)\s+)?(?:allemaal\s+)?"
        r"(?:hebt\s+|heeft\s+)?(?:bewaar\w*|opgeslagen|opslaat|weet|weten|opgeschreven|genoteerd)"
        r"(?:\s+(?:hebt|heeft))?"
        r"(?:\s+van\s+(?:me|mij))?|"
        # round 37: "wat heb je nu opgeschreven over mij?"
        r"wat\s+(?:heb|hebt|heeft)\s+(?:je|u|jullie)\s+(?:(?:nu|allemaal|tot nu toe|al)\s+)*(?:over|van)\s+"
        r"(?:me|mij)\s+(?:opgeschreven|opgeslagen|bewaard|genoteerd)|"
        r"(?:ik vroeg|ik vraag|ik wil weten)\s+wat\s+(?:je|u)\s+(?:van\s+(?:me|mij)\s+)?(?:(?:hebt|heeft)\s+)?"
        r"(?:opgeslagen|bewaard)(?:\s+(?:hebt|heeft))?|"
        r"wat staat er (?:nu |allemaal )*(?:van mij|over mij)(?: in)?|"
        r"(?:(?:mijn|al mijn|de)\s+)?(?:opgeslagen\s+|bewaarde\s+)?antwoorden\s+(?:bekijken|zien|inzien|lezen|tonen)|"
        # blind round 17: "ik wil graag zien wat je hebt bewaard" was stored as an answer
        r"(?:zien|weten|lezen) wat (?:je|u|jullie) (?:nu |tot nu toe )?(?:van mij )?(?:hebt|heeft|hebben) "
        r"(?:opgeslagen|bewaard|opgeschreven|genoteerd)|"
        r"samenvatten|kun je het samenvatten|wat heb ik tot nu toe gezegd|wat heb ik ingevuld|"
        r"(?:laat|toon)\s+(?:me\s+|mij\s+)?(?:het\s+|die\s+|dat\s+)?(?:nog een keer|nog eens|opnieuw|nog even)\s+zien|"
        # blind round 31: "nee. laat maar zien wat je hebt"
        r"(?:laat|toon)\s+(?:maar\s+|eens\s+|even\s+|me\s+|mij\s+)*zien\s+wat\s+(?:je|u)\s+(?:al\s+|nu\s+)?"
        r"(?:hebt|heeft)|"
        r"(?:mag|kan) ik zien wat er (?:nu )?staat|wat staat er (?:nu )?in (?:mijn|de) samenvatting|"
        r"wat heb ik tot nu toe ingevuld|wat heb je bewaard|wat heb je van mij bewaard|"
        # blind round 39: "kun je me eerst laten zien wat ik al heb ingevuld?", "mag ik zien wat u tot nu toe heeft
        # vastgelegd?", "kun je kort zeggen wat ik al heb gekozen?", "wat heb je nu van me", "wat heeft u bij
        # afspraken genoteerd?" (all "Sorry", one the suicide question)
        r"(?:(?:kort|even|nog eens|nog een keer)\s+)?(?:laten zien|zien|zeggen|vertellen|herhalen|noemen) wat ik "
        r"(?:(?:al|tot nu toe|allemaal|nu|eerder)\s+)*"
        r"(?:heb\s+)?(?:ingevuld|gezegd|gekozen|geantwoord|verteld|opgegeven)(?:\s+heb)?|"
        r"(?:zien|weten|lezen|laten zien) wat (?:je|u|jullie) (?:(?:nu|tot nu toe|al|allemaal)\s+)*(?:van mij\s+)?"
        r"(?:hebt|heeft|hebben) (?:vastgelegd|genoteerd|opgeschreven|opgeslagen|bewaard)|"
        r"wat\s+(?:heb|hebt|heeft)\s+(?:je|u|jullie)\s+(?:(?:nu|allemaal|al|eigenlijk|tot nu toe)\s+)*(?:van|over)\s+"
        r"(?:me|mij)|"
        r"wat\s+(?:heb|hebt|heeft)\s+(?:je|u|jullie)\s+bij\s+[a-z' ]{2,40}?\s+(?:genoteerd|opgeschreven|staan|"
        r"bewaard|opgeslagen|ingevuld|vastgelegd)|"
        r"(?:mijn|al mijn)\s+antwoorden|"
        r"(?:laat|toon)\s+(?:me\s+|mij\s+)?(?:nu\s+|eerst\s+|dan\s+)?(?:maar\s+)?(?:eens\s+|even\s+|ff\s+)?(?:me\s+|mij\s+)?"
        r"(?:zien\s+)?wat\s+(?:je|u|jullie)\s+(?:nu\s+|tot nu toe\s+)?(?:van mij\s+)?"
        r"(?:hebt|heeft|hebben)\s+(?:opgeslagen|bewaard)|"
        r"wat\s+(?:heb je|hebt u|heeft u|hebben jullie)\s+(?:nu\s+|tot nu toe\s+)?(?:eigenlijk\s+)?(?:allemaal\s+)?"
        r"(?:van mij\s+)?(?:opgeslagen|bewaard)(?:\s+van mij)?)"),
    Command.WITHDRAW: (
        r"(?:intrekken|delen intrekken|het delen intrekken|deel intrekken|trek (?:het delen|mijn samenvatting|"
        r"de samenvatting) in|niet meer delen|stop met delen|delen stoppen)"),
    # Consent after all, for who first said no to keeping answers.
    Command.STORE: (
        r"(?:(?:je )?(?:mag|mogen|kun|kan|wil)\s+(?:mijn|de)\s+antwoorden(?:\s+toch)?(?:\s+wel)?(?:\s+weer)?\s+"
        r"(?:bewaren|opslaan)|"
        r"(?:bewaar|sla)\s+(?:mijn|de)\s+antwoorden(?:\s+toch)?(?:\s+maar)?(?:\s+wel)?(?:\s+op)?|"
        r"(?:toch|alsnog)(?:\s+wel)?\s+(?:bewaren|opslaan|toestemming geven)|(?:ik geef )?(?:toch|alsnog) toestemming|"
        r"(?:mijn\s+)?antwoorden\s+(?:toch|alsnog)(?:\s+wel)?\s+(?:bewaren|opslaan)|"
        r"(?:wil|kun|kan|mag|kunt|wilt)\s+(?:je|u|jij)\s+(?:(?:toch|wel|alsnog|nu|ze)\s+)*"
        r"(?:(?:mijn|mn|m'n|de)\s+antwoorden\s+)?"
        r"(?:(?:toch|wel|alsnog|weer)\s+)*(?:bewaren|opslaan)|"
        r"(?:ik wil\s+)?(?:(?:toch|wel|nu|alsnog)\s+)*dat\s+(?:je|u|jullie)\s+(?:(?:toch|wel|alsnog|weer)\s+)*"
        r"(?:mijn|de)\s+"
        r"antwoorden\s+(?:(?:toch|wel|alsnog|weer)\s+)*(?:bewaart|bewaren|opslaat|opslaan)|"
        r"(?:ik geef\s+|ik wil\s+)?(?:(?:toch|wel|alsnog|nu)\s+)*toestemming(?:\s+geven)?(?:\s+(?:om|voor)\s+"
        r"(?:het\s+|mijn antwoorden\s+)?(?:op te slaan|opslaan|te bewaren|bewaren))|"
        r"(?:hoe\s+)?(?:zet ik|kan ik)\s+(?:dat|het)\s+bewaren\s+(?:(?:nou|nu|toch)\s+)*aan(?:zetten)?|"
        r"bewaren aanzetten|(?:je|u)\s+(?:mag|mogen)\s+(?:(?:toch|wel|alsnog|weer)\s+)+(?:bewaren|opslaan)|"
        r"(?:je|u)\s+(?:mag|mogen|kunt|kan|kun)\s+(?:ze|die|mijn antwoorden|de antwoorden)\s+"
        r"(?:(?:toch|wel|alsnog|weer)\s+)*(?:bewaren|opslaan)|"
        r"(?:mijn\s+)?antwoorden\s+(?:mogen|mag)\s+(?:(?:toch|wel|alsnog|weer)\s+)*(?:bewaard|opgeslagen)(?:\s+worden)?|"
        # blind rounds 32-33: "je mag toch mijn antwoorden bewaren", "kan ik nu toch ja zeggen zodat ik een
        # samenvatting krijg" (Sorry, or "typ dan 'bewaar mijn antwoorden toch'")
        r"(?:je|u)\s+(?:mag|mogen)\s+(?:(?:toch|wel|alsnog|nu)\s+)+(?:mijn|de)\s+antwoorden\s+(?:bewaren|opslaan)|"
        # round 36: "kan ik nu toch mijn antwoorden laten bewaren?"
        r"(?:kan|mag|wil)\s+ik\s+(?:(?:nu|nog|dan|toch|alsnog|wel)\s+)*(?:mijn|mn|m'n|de)\s+antwoorden\s+"
        r"(?:(?:toch|wel|alsnog)\s+)*(?:laten\s+)?(?:bewaren|opslaan)|"
        r"(?:kan|mag)\s+ik\s+(?:(?:nu|nog|dan)\s+)*(?:toch|alsnog)\s+(?:(?:nu|nog|dan)\s+)*ja\s+zeggen"
        r"(?:\s+(?:tegen|op)\s+(?:het\s+)?bewaren)?"
        r"(?:\s+zodat\s+ik\s+(?:toch\s+)?een\s+samenvatting\s+(?:krijg|heb))?)"),
    # "ik wil iets aanpassen": what was stored, and how to change it (at the summary: the edit menu itself)
    Command.EDIT: (
        r"(?:(?:iets|een antwoord|mijn antwoord|een van mijn antwoorden|mijn antwoorden|wat|dat antwoord|het antwoord|"
        r"een paar antwoorden|een paar dingen|wat dingen|dingen|dat|mijn doel|(?:mijn|m'n|de|die|deze) samenvatting)\s+"
        r"(?:aanpassen|veranderen|wijzigen|verbeteren|"
        r"corrigeren|anders)|(?:aanpassen|veranderen|wijzigen) van (?:een|mijn) antwoord(?:en)?|"
        r"(?:iets|wat|het|dat|mijn afspraken|de afspraken|afspraken|mijn doel|het doel|een stuk|dat stuk)\s+"
        r"(?:aanpassen|weghalen|veranderen|wijzigen)(?:\s+in (?:de|mijn) samenvatting)?|aanpassen|"
        r"(?:wacht\s+)?(?:dat|dit) (?:was|is) (?:helemaal )?geen antwoord(?: bedoeld)?)"),
    # "ik wil mijn samenvatting delen (met de arbeidsdeskundige)": to the summary's check and the share question
    # (blind round 15: "Sorry", a topic about the arbeidsdeskundige, and a request stored as an answer)
    # blind round 26: "ik wil toch weer delen met mijn arbeidsdeskundige, graag een nieuwe code", "delen", "ik wil
    # mijn samenvatting opnieuw delen" after withdrawing got print tips, "Sorry" and the topic list
    Command.SHARE: (
        rf"(?:(?:mijn|de|m'n|die|deze)\s+samenvatting\s+(?:{_AGAIN}\s+)*"
        rf"(?:delen|sturen|doorsturen|opsturen|versturen)(?:\s+{_TO_THE_AD})?|"
        rf"(?:hem|het|mijn antwoorden)\s+(?:{_AGAIN}\s+)*"
        rf"(?:delen|sturen|doorsturen|opsturen|versturen)\s+{_TO_THE_AD}|"
        rf"(?:{_AGAIN}\s+)*(?:delen|sturen)(?:\s+{_TO_THE_AD})?|(?:{_AGAIN}\s+)*(?:een|de|die|mijn)\s+(?:nieuwe\s+)?(?:deel)?code(?:\s+(?:voor|van)\s+"
        rf"(?:de|mijn|m'n)\s+(?:arbeidsdeskundige|samenvatting))?|"
        rf"(?:deel|stuur)\s+(?:mijn|de|m'n)\s+samenvatting(?:\s+{_TO_THE_AD})?|"
        rf"(?:delen|sturen)\s+{_TO_THE_AD}|"
        rf"(?:mijn|de)\s+samenvatting\s+{_TO_THE_AD}\s+(?:sturen|delen|doorsturen))"),
    # Consent to keep answers taken back (blind round 16: "toestemming intrekken", "stop met bewaren pls" got "Sorry").
    Command.STOP_STORING: (
        r"(?:(?:mijn\s+)?toestemming(?:\s+(?:voor|om)\s+(?:het\s+)?(?:bewaren|opslaan|te bewaren|op te slaan))?\s+"
        r"(?:intrekken|terugtrekken|in trekken|stoppen)|"
        r"trek\s+(?:mijn\s+)?toestemming(?:\s+(?:voor|om)\s+(?:het\s+)?(?:bewaren|opslaan|te bewaren|"
        r"op te slaan)|\s+(?:daarvoor|hiervoor|ervoor|daarvan))?\s+in|"
        r"(?:stop|stoppen)\s+(?:met\s+)?(?:het\s+)?(?:bewaren|opslaan)(?:\s+van\s+(?:mijn|m n|mn)\s+antwoorden)?|"
        r"(?:niks|niets)\s+meer\s+(?:bewaren|opslaan)|"
        r"(?:je|u)\s+(?:mag|mogen)\s+(?:(?:mijn|m n|mn)\s+)?(?:antwoorden\s+)?niet\s+meer\s+(?:bewaren|opslaan)|"
        r"(?:dat\s+)?(?:je|u)\s+(?:mijn|m n|mn)\s+antwoorden\s+niet\s+meer\s+(?:bewaart|opslaat|bewaren|opslaan)|"
        r"(?:mijn|m n|mn)\s+antwoorden\s+niet\s+meer\s+(?:bewaren|opslaan))"),
    # Leaving the topic of this round for another (blind round 20: "ik wil ANDER onderwerp kiezen", "kan ik ander
    # onderwerp kiezen of niet" and three more were ignored, and two were stored as answers).
    Command.OTHER_TOPIC: (
        r"(?:(?:(?:een|n|'n)\s+)?(?:ander|andere)\s+(?:onderwerp|thema)(?:\s+(?:kiezen|bekijken|doen|nemen|graag|aub|"
        r"alsjeblieft|svp|of niet|pls))*|"
        r"(?:van|naar)\s+(?:een\s+)?(?:ander|andere)\s+onderwerp(?:\s+(?:gaan|wisselen|switchen|over))?|"
        r"(?:terug\s+)?naar\s+(?:de|het)\s+(?:lijst met\s+|lijst van\s+|keuze uit de\s+)?onderwerpen|"
        r"(?:dit|dat|het|deze|die)\s+(?:\w+\s+){0,2}onderwerp\s+(?:niet|wil ik niet|hoef ik niet|is het niet|"
        r"klopt niet|past niet|is niet goed|is verkeerd|bedoelde ik niet|bedoel ik niet)|"
        r"(?:niet|niet over)\s+(?:dit|dat|het|deze|die)\s+onderwerp|(?:wou|wilde|wil|bedoelde)\s+(?:niet|geen)\s+"
        r"(?!nieuw)(?:(?:dit|dat|het|deze|die)\s+)?(?:\w+\s+){0,2}onderwerp|"  # "geen nieuw onderwerp" (round 26)
        r"(?:verkeerd|verkeerde|fout)\s+onderwerp|ik wil het onderwerp|"
        r"(?:ik heb\s+)?(?:dit|dat|deze|die)\s+(?:onderwerp\s+)?(?:heb ik\s+)?niet\s+(?:gekozen|gekies|gekozen hoor)|"
        r"(?:over|op)\s+(?:een\s+)?(?:ander|andere)\s+onderwerp\s+(?:hebben|praten|overstappen|over)|"
        # blind round 23: "Geen afspraak. Stop met dit onderwerp.", "Ik zei net dat ik deze keuze niet verder wil
        # uitwerken." (both stored as answers)
        r"(?:stop|stoppen|kap|kappen|klaar)\s+met\s+(?:dit|dat|het|deze|die)\s+(?:onderwerp|thema|keuze)|"
        r"(?:ik zei (?:net |al |toch )?dat\s+)?(?:ik\s+)?(?:dit|dat|deze|die)\s+(?:keuze|onderwerp)\s+niet\s+"
        r"(?:verder\s+)?(?:(?:wil|hoef)\s+)?(?:uitwerken|bespreken|uitzoeken)(?:\s+(?:wil|hoef))?|"
        r"(?:ik\s+)?(?:wil|hoef)\s+(?:dit|dat|deze|die)\s+(?:keuze|onderwerp)\s+niet\s+(?:verder\s+)?"
        r"(?:uit\s+te\s+werken|uitwerken|bespreken|uitzoeken)|"
        # blind round 33: "Nee wacht, ik wil niet over stoppen praten. Ik wil over het tempo ...", "Andere keuze: ..."
        # (stored as what feels feasible, and the summary said the opposite of what he wanted)
        r"(?:ik\s+)?(?:wil|wou|wilde)\s+(?:het\s+)?(?:niet|liever niet)\s+over\s+(?:\w+\s+){1,4}(?:praten|hebben|"
        r"beslissen|nadenken)|(?:een\s+)?(?:ander|andere)\s+keuze(?:\s+(?:kiezen|bekijken|graag|aub))?|"
        r"(?:ik\s+)?(?:wil|wou)\s+(?:het\s+)?over\s+iets\s+anders\s+(?:hebben|praten))"),
    # Only honoured right after the phase was played back (the check-in's first question).
    Command.CORRECT_PHASE: (
        r"(?:(?:nee\s+)?(?:dat\s+|het\s+)?klopt (?:niet|helemaal niet|nie)|dat is (?:niet goed|fout|verkeerd)|"
        r"(?:dat\s+)?(?:is\s+)?(?:niet juist|onjuist)|verkeerde fase|(?:de\s+)?fase klopt niet|"
        r"dat klopt niet helemaal)"),
}
# "ik wil de samenvatting zien en daarna stoppen": the summary, then a pause
_THEN_STOP_TAIL = (r"(?:\s+(?:en\s+)?(?:daarna|dan|vervolgens|meteen daarna)\s+(?:wil ik\s+|ga ik\s+)?"
                   r"(?:stoppen|stop ik|stop|pauzeren|ophouden)(?:\s+(?:graag|voor vandaag|voor nu))?)?")
_PATTERNS: dict[Command, re.Pattern[str]] = {
    command: re.compile(rf"^{_LEAD}{core}{_TAIL}{_THEN_STOP_TAIL if command == Command.SUMMARY else ''}$")
    for command, core in _CORES.items()
}


# Where a longer message is cut into parts that can each be a request: "te veel tekst. ik wil stoppen".
# ... not "toch maar", "dan maar", "doe maar": no new clause ("marloes heeft meegelezen, toch maar delen", round 42)
_CLAUSES = re.compile(r"[.!?;:\n]+|,\s+|(?<!toch)(?<!dan)(?<!doe)\s+(?:maar|dus|en dan|want)\s+")
#: A part of a longer message counts as a request only with at least this many words ("meer rust, stoppen" is an
#: answer listing two things; "te veel tekst, ik wil stoppen" is a request).
MIN_CLAUSE_WORDS = 2
#: Requests read in a part of a longer message. The summary is not: "een overzicht" is too often part of an answer.
CLAUSE_COMMANDS = (Command.PAUSE, Command.DELETE, Command.RESTART, Command.WITHDRAW, Command.CORRECT_PHASE,
                   Command.STORE, Command.EDIT, Command.SHARE, Command.STOP_STORING, Command.OTHER_TOPIC)
# In a part of a message, a pause needs a word for stopping ("ik ben moe" there is how someone feels).
_STOP_WORD = re.compile(r"\b(stop\w*|pauze\w*|pauzeer\w*|ophouden|kap\w*|afbreken|later verder|morgen verder|"
                        # blind round 43: "ok duidelijk. klaar voor vandaag" got a card
                        r"genoeg voor|klaar voor (vandaag|nu|vanavond)|onderbreken|"
                        # blind round 49: "dit wordt me even te veel, ik ga koffie zetten" (a text on medicines)
                        rf"{_TAKES_A_DRINK}|"
                        r"kom (er )?(later|vanavond|morgen|straks) (op )?terug)\b|"
                        rf"\b{_LATER} (weer )?verder\b")


def explicit_command(message: Message) -> Optional[Command]:
    """The command a message clearly is, or None when it should be read as an answer: the whole message is a
    request, or one of its parts is ("weet je wat, verwijder alles maar")."""
    text = message.text.strip()
    if text.startswith("/"):
        return PAYLOAD_COMMANDS.get(text[1:].split("{", 1)[0].strip())
    words = plain_words(text)
    if not words or len(words) > 300:
        return None
    if word_to_remove(text):
        return Command.REMOVE_WORD
    for command, pattern in _PATTERNS.items():
        if pattern.match(words):
            return command
    clauses = [plain_words(clause) for clause in _CLAUSES.split(normalise(text))]
    if _FIRST_A_QUESTION.search(normalise(text)):  # "ik wil stoppen, maar eerst: ben ik te laat met de WIA?"
        return None
    for clause in clauses if len(clauses) > 1 else ():
        if len(clause.split()) < MIN_CLAUSE_WORDS:
            continue
        for command in CLAUSE_COMMANDS:
            if _PATTERNS[command].match(clause) and (command != Command.PAUSE or _STOP_WORD.search(clause)):
                return command
        # "nee, dank u. Ik wil graag de samenvatting zien", "nee, verder. laat even zien wat je hebt opgeslagen": a
        # part that is only a request for the summary
        if _ABOUT_STORED.search(clause) and \
                _PATTERNS[Command.SUMMARY].match(clause):
            return Command.SUMMARY
    # "klopt wel. stop": a last sentence of one stop word (after a comma it is part of an answer: "meer rust, stoppen")
    sentences = [plain_words(sentence) for sentence in _SENTENCES.split(normalise(text)) if plain_words(sentence)]
    if len(sentences) > 1 and _LAST_STOP.match(sentences[-1]):
        return Command.PAUSE
    if len(words.split()) > 1 and _LAST_GOODBYE.search(normalise(text)) and "?" not in text:
        return Command.PAUSE
    if _PAUSE_ASKED.search(normalise(text)):  # "pff moet ff weg. kan k later verder?" (blind round 29: "Sorry")
        return Command.PAUSE
    if _PAUSE_THEN_LATER.search(words) and "?" not in text:  # "ik wil er even mee ophouden en vanavond ... verder"
        return Command.PAUSE
    if _PAUSE_THEN_REASON.match(words) and "?" not in text:
        return Command.PAUSE  # "ff pauze ik word er moe van" (blind round 48: stored as the agreement)
    if len(sentences) > 1 and _FIRST_PAUSE.match(sentences[0]) and "?" not in text:
        return Command.PAUSE  # "pauze. ik kom later" (blind round 12: stored as "weet ik niet")
    if len(sentences) > 1 and _PATTERNS[Command.WITHDRAW].match(sentences[-1]):  # "nee toch niet. intrekken"
        return Command.WITHDRAW
    return None


_SENTENCES = re.compile(r"[.!?;\n]+")
#: A pause asked first, then why, in one breath ("ff pauze ik word er moe van").
_PAUSE_THEN_REASON = re.compile(r"^(?:ff|even|effe|eventjes|nu|eerst)\s+(?:pauze|pauzeren|stoppen)\s+"
                                r"(?:want|ik|mijn|m'n|mn|het|dit|dat)\b.{0,80}$")
#: Why a werknemer pauses is no answer to the question in view ("ik ben er even klaar mee, mijn hoofd zit vol.
#: pauze": blind round 48 stored the reason as what is needed).
_PAUSE_REASON = re.compile(r"\b(klaar mee|hoofd (zit|is) (vol|overvol)|(word|ben) (er )?(zo |erg |heel )?moe|te ?veel|"
                           r"genoeg|uitgeput|kapot|op\W*$|kan (het )?niet meer|trek het niet|even niet)\b")
#: A pause asked as a question; the pause says that the werknemer can go on later.
_PAUSE_ASKED = re.compile(r"\b(kan|mag|kun) (ik|k|we) (\w+ )?(later|morgen|straks|vanavond|een andere keer) (\w+ )?"
                          r"(verder|verdergaan|verder gaan|doorgaan)( (hier|met (dit|het) gesprek|met de chat))?\W*$")
_ABOUT_STORED = re.compile(r"same?n?vat|opgeslagen|bewaard|opgeschreven|genoteerd|^(laat|toon)\b.*\bantwoorden\b|"
                           r"\bantwoorden (zien|bekijken|inzien)\b|\bwat ik (\w+ ){0,3}(ingevuld|gekozen)\b")
_THEN_STOP = re.compile(r"\b(?:daarna|dan|vervolgens)\s+(?:wil ik\s+)?(?:stoppen|stop ik|stop|pauzeren|ophouden)\b")


def then_stop(text: str) -> bool:
    """"Ik wil de samenvatting zien en daarna stoppen": after the request, the werknemer wants to stop."""
    return not text.startswith("/") and bool(_THEN_STOP.search(normalise(text)))


_CLAUSES_ANY_CASE = re.compile(_CLAUSES.pattern, re.IGNORECASE)


def answer_before_request(text: str) -> Optional[str]:
    """The answer in front of a request, in the werknemer's own words: "Zekerheid over mijn inkomen. Ik wil nu de
    samenvatting zien" answers with "Zekerheid over mijn inkomen". None when there is no such answer."""
    if text.strip().startswith("/"):
        return None
    answer = None
    for separator in _CLAUSES_ANY_CASE.finditer(text):  # the longest answer whose rest is a request
        before, after = text[:separator.start()], text[separator.end():]
        command = explicit_command(Message(after, "", 0.0, {}))
        if command is not None and explicit_command(Message(before, "", 0.0, {})) is None:
            answer = None if command == Command.PAUSE and _PAUSE_REASON.search(normalise(before)) else \
                clean_answer(before).rstrip(" ,.;:!-") or None
    return None if answer is None or _ABOUT_ASKING.match(normalise(answer)) else answer


def besides(text: str, command: Command) -> str:
    """The parts of a message that are not `command`: "ander onderwerp. terug naar eigen werk" gives "terug naar
    eigen werk"."""
    parts = [part.strip() for part in _CLAUSES_ANY_CASE.split(text)
             if plain_words(part) and not _PATTERNS[command].match(plain_words(part))]
    return ". ".join(parts)


# Words about the asking itself are no answer: "Ik vraag nu voor de derde keer: laat mijn antwoorden zien" (round 17).
_ABOUT_ASKING = re.compile(r"^\W*(ik (vraag|zeg|zei|vroeg) (het |dit |dat )?(nu |je |u )?(al |toch |net |nog )*"
                           r"(voor de \w+ keer|nog een keer|nog eens|nogmaals|opnieuw|al|toch|net)|nogmaals|"
                           r"voor de \w+ keer|zoals ik (al )?(zei|vroeg)|nog een keer|(nou|nu) (dan|nog) een keer)\b")
# A request with a question that must come first: the question is answered (a stop can follow it).
_FIRST_A_QUESTION = re.compile(r"\b(maar |eerst |voor(dat)? ik stop\w*)\b.{0,40}\b(eerst )?(wil ik )?"
                               r"(weten|vragen|vraag)\b|\bmaar eerst\b(?!.{0,30}\b(pauze\w*|pauzeer\w*|stop\w*)\b)|"
                               # blind round 30: "mijn zoon zegt: stop even met deze vragen. wij willen weten: ...?"
                               r"\b(wij|we) (willen|wil) (eerst |nog |wel )?weten\b.*\?")
_FIRST_PAUSE = re.compile(r"^(?:pauze|pauzeren|even pauze|pauze graag|ik wil pauzeren|ff pauze|stop|stoppen|ik stop|"
                          r"stop maar|stop dit)"  # round 21: "stop. ik ben moe. zoon kijkt later"
                          # round 39: "Pauze, alstublieft. Ik heb om half elf een afspraak." (the help menu)
                          r"(?: (?:alstublieft|alsjeblieft|aub|graag|please|pls))?$")
_LAST_STOP = re.compile(r"^(?:stop|stoppen|pauze|ik stop|ik wil stoppen|nu stoppen|stop maar)$")
# "thanks, doei", "... en kom straks terug" (blind round 18: "Sorry", then "Goed, we pauzeren" only for "pauze")
# ... also after an "ok" or an emoji ("had je dat niet meteen kunnen zeggen 😅 ok doei", round 35: the helpline)
_LAST_GOODBYE = re.compile(r"(?:^|,\s*|[.!]\s*|\ben\s+|[^\w\s,.!]\s*)(?:(?:ok|oke|oké|okee|nou|thanks|bedankt|"
                           r"dank je(?: wel)?)[,!]?\s+)?(?:doei|doeg|bye|tot ziens|tot later|tot morgen|fijne dag|"
                           r"(?:ik )?kom (?:er )?(?:straks|later|vanavond|morgen) (?:op )?terug|"
                           # round 20: "ff wachten moet naar fysio. straks verder"
                           r"(?:straks|later|vanavond|morgen) (?:weer )?verder|"
                           # round 28: "sorry phone rings, brb"; "ik moet even weg, kom zo terug"
                           r"brb|be right back|(?:ik )?kom (?:zo|zometeen|zo meteen) (?:weer )?terug|"
                           r"(?:ik )?(?:moet|ben) (?:even|ff) weg)\W*$")


# "Haal het woord depressie weg", "kun je 'burn-out' uit mijn antwoorden halen", "schrap het woord angst".
# a single word, or several words in quotes ("haal de woorden 'en mijn inkomen' weg": blind round 18 took out "en")
_QUOTED = r"(?:['\"‘’“”]([^'\"‘’“”]{2,60}?)['\"‘’“”]|['\"‘’“”]?([\w-]{2,40})['\"‘’“”]?)"
#: A piece of an answer in quotes, a sentence long at most.
_QUOTED_PIECE = r"['\"‘’“”]([^'\"‘’“”]{2,120}?)['\"‘’“”]"
#: A typed word, with an apostrophe inside ("collega's"), not around it.
_TYPED_WORD = r"[\w-]+(?:['’]\w+)?"
_REMOVE_WORD = re.compile(
    # "haal het woord hij maakt me gek weg": the words up to "weg" at the end, not only the first (blind round 23)
    r"\b(?:haal|haalt|halen|verwijder|verwijderen|schrap|schrappen|wis|wissen)\s+(?:(?:even|ook|nog|aub|graag|eerst|dan|maar)\s+)*"
    # ... also a phrase with an apostrophe ("de woorden en ik voel me schuldig tegenover mijn collega's weg", round 39
    # took out every "en")
    rf"(?:het woord|de woorden|het woordje|dat woord|woord)\s+({_TYPED_WORD}(?:\s+{_TYPED_WORD}){{1,9}}?)\s+"
    r"(?:weg|eruit|er uit)\W*$|"
    rf"\b(?:haal|haalt|halen|verwijder|verwijderen|schrap|schrappen|wis|wissen)\s+(?:(?:even|ook|nog|aub|graag|eerst|dan|maar)\s+)*"
    rf"(?:het woord|de woorden|het woordje|dat woord|woord)\s+{_QUOTED}(?:\s+(?:weg|eruit|er uit|uit\b.*|bij\b.*)|"
    r"\W*$)|"
    rf"\bhet woord\s+{_QUOTED}\s+(?:mag|moet|wil ik)\s+(?:weg|eruit|er uit)\b|"
    # blind round 44: "het woord somberheid wil ik liever niet delen. Kan dat eruit?"
    rf"\bhet woord\s+{_QUOTED}\s+(?:wil ik|mag|moet)\s+(?:liever\s+|echt\s+)?niet\s+"
    r"(?:delen|gedeeld worden|laten lezen|in de samenvatting|erin)\b|"
    # blind round 34: "Je hebt 'daar krijg ik paniek van' niet weggehaald." (got the distress reply, twice)
    rf"\b(?:je hebt|jij hebt|u heeft)\s+{_QUOTED}\s+(?:nog\s+)?(?:steeds\s+)?niet\s+(?:weggehaald|verwijderd|"
    r"eruit gehaald|geschrapt)\b|"
    # blind round 33: "en dat woord maar achteraan bij wat haalbaar voelt ... moet weg"
    r"\b(?:het|dat) woord(?:je)?\s+([\w-]{2,40})\b[^.?!]{0,80}\b(?:moet|mag|kan)\s+(?:ook\s+)?(?:weg|eruit|er uit)\b|"
    rf"\b(?:haal|schrap|verwijder)\s+(?:(?:even|ook|nog|aub|graag|maar)\s+)*{_QUOTED}\s+(?:weg|eruit|er uit)\b|"
    rf"\b(?:kun|kan|kunt|wil)\s+(?:je|jij|u)\s+(?:het woord\s+)?{_QUOTED}\s+(?:weghalen|eruit halen|er uit halen|"
    rf"schrappen|verwijderen|uit mijn (?:antwoorden|samenvatting) halen)\b|"
    # blind round 29: "bij hoe het nu gaat moet 'mijn man vraagt' eraf", "bij steun de zin '...' weghalen"
    rf"\b(?:moet|mag|kan|de zin|die zin|het stuk|het stukje|de woorden|het zinnetje)\s+{_QUOTED_PIECE}\s*"
    rf"(?:eraf|er af|weg|eruit|er uit|weghalen|verwijderen|schrappen|eruit halen)\b|"
    # blind round 43: "Bij Afspraken wil ik de eerste zin weghalen, 'Het is niet zoals net, ...'" (kept only that)
    rf"\b(?:weghalen|verwijderen|schrappen|eruit halen)\s*[,:]\s*{_QUOTED_PIECE}|"
    # blind round 42: "bij doel staat 'yasmina hier. ze snapte de vraag niet.' dat moet weg" (made it the goal)
    rf"{_QUOTED_PIECE}\s*[,.]?\s*(?:en\s+)?(?:dat|die|dit)\s+(?:moet|mag|kan)\s+(?:ook\s+)?(?:weg|eruit|er uit|eraf|"
    r"er af)\b")


def word_to_remove(text: str) -> Optional[str]:
    """The word the werknemer wants taken out of their stored answers ("haal het woord depressie weg"), if any."""
    if text.strip().startswith("/"):
        return None
    if (thing := thing_at_part_goes(text)) is not None:  # "bij 'Hoe het nu gaat' wil ik de psycholoog weghalen"
        return thing
    match = _REMOVE_WORD.search(text.lower())
    piece = _REMOVE_PIECE.search(text.lower()) or \
        (None if _MORE_CHANGES.search(text.lower()) else _PIECE_GOES.search(text.lower()))
    if piece is not None and _SAID_GONE.search(text.lower()[:piece.start()]):
        piece = None  # "nu is de zin over mijn moeder weg": told, not asked (blind round 48)
    if not match and piece:  # "haal dat over dood van verveling eruit", "verwijder dat van de diëtist" (round 22)
        return piece.group("piece").strip(" '\"") or None
    if not match:
        return None
    word = next((group for group in match.groups() if group), None)
    if word and _summary_labels().fullmatch(normalise(word.strip())) and \
            (" " in word.strip() or not re.search(r"\bhet woord\b", text.lower())):
        # "haal 'Hoe het nu gaat' weg" (blind round 19), "haal 'Doel' weg uit mijn antwoorden" (round 40: "Ik vind
        # 'doel' niet"): a part of the summary by its label; "het woord doel" is the word
        return None
    return word if word and word not in _NOT_A_WORD else None


_REMOVE_PIECE = re.compile(
    r"\b(?:haal|verwijder|schrap|wis)\s+(?:(?:even|ook|nog|aub|graag|maar)\s+)*(?:bij\s+[^.?!,]{2,40}?\s+)?"
    r"(?:dat|het stuk|het stukje|dat stuk|"
    r"dat stukje|de zin|die zin|dat deel)\s+(?:over|van|met)\s+(?:de\s+|het\s+|die\s+|dat\s+)?"
    r"(?P<piece>[^.?!,]{2,60}?)\s*(?:(?:weg|eruit|er uit|uit (?:de|mijn) samenvatting)\b|\W*$)")


# "bij doel wil ik dat stukje over de laptop eruit", "het stuk over mijn moeder mag weg" (blind round 32: the whole
# goal went)
_PIECE_GOES = re.compile(
    r"\b(?:dat|het|die|de) (?:stuk|stukje|deel|deeltje|zin|zinnetje) (?:over|van|met) "
    r"(?:de |het |die |dat |mijn |m'n )?(?P<piece>[^.?!,]{2,60}?)\s+"
    # "het stuk over die nacht mag helemaal weg" (blind round 48 took out "nacht mag helemaal" elsewhere)
    r"(?:(?:mag|moet|kan)\s+(?:(?:helemaal|ook|wel|gewoon|maar|echt|liever|best)\s+)*)?"
    r"(?:eruit|er uit|eraf|er af|weg|halen|weghalen|schrappen|verwijderen)\b")


#: What comes right before a piece that is told to be gone already ("nu is de zin over X weg").
_SAID_GONE = re.compile(r"\b(?:is|zijn|was|waren)\s+(?:nu\s+|al\s+|ook\s+|toch\s+)*$")


# "ik wil een paar dingen aanpassen. bij doel moet het stukje over koffie eruit": the edit menu (blind round 8)
_MORE_CHANGES = re.compile(r"\b(aanpassen|wijzigen|veranderen)\b")


# "haal alles weg" is deleting everything, "haal dat weg" points at an answer: no single word to remove
_NOT_A_WORD = frozenset(("het", "de", "een", "dat", "dit", "die", "woord", "alles", "ze", "hem", "haar", "mij", "me",
                         "mijn", "je", "jouw", "uw", "wat", "iets", "niks", "niets", "er", "hier", "daar"))


# Words without which a message cannot be one of these requests, whatever a classifier guesses: starting over or
# deleting everything is only offered when the werknemer used a word for it ("ja, laten we beginnen" is no restart).
REQUIRED_WORDS: dict[str, re.Pattern[str]] = {
    "request_restart": re.compile(
        r"opnieuw|opniew|overnieuw|over nieuw|overdoen|herstart|reset|restart|start over|nog een keer|"
        r"(bij|vanaf|van|naar) (het|de) (begin|start|eerste vraag)|vraag 1|vanaf nul|van voren|van voor af|vooraan|"
        r"terug naar (de )?start|nieuw gesprek|nieuwe start|nieuw begin|frisse start|fris beginnen"),
    "request_delete": re.compile(
        r"verwijder|wis|weg|vergeet|vergeten|gooi|gegevens|data|delete|verdwijn|vernietig|opruimen|schrappen|leeg|"
        r"(niks|niets) (van mij |meer )*(bewaren|bewaard|achter)|uit (uw|het|jullie) systeem"),
    # withdrawing needs a word for undoing or not: "kan ik de samenvatting ook met mijn bedrijfsarts delen?" is no
    # withdrawal (blind round 10: "niets om in te trekken", three times)
    "request_withdraw": re.compile(
        r"intrek|trek\w* (\w+ ){0,8}in\b|afsl|terug|ongedaan|bedacht|bedenk|spijt|\bniet\b|\bgeen\b|"
        r"\bstop|\buit\b|\baf\b|"
        r"privé|prive|mezelf|mijzelf|ongeldig|voorkomen|niet langer|nooit"),
}


# "ik wilde niet pauzeren", "nee, niet stoppen": whatever a classifier guesses, no pause.
_NOT_A_PAUSE = re.compile(r"\b(niet|geen|nog niet)\s+(?:(?:willen|wilde|wil|gaan)\s+)?"
                          r"(pauze\w*|stoppen|stop|ophouden)\b")
PAUSE_INTENTS = frozenset({"request_pause", "goodbye"})


def plausible(intent: str, text: str) -> bool:
    """False when `intent` is one of the guarded requests and the text has none of its words, or a pause the text
    says it is not."""
    if text.startswith("/"):
        return True
    folded = normalise(text)
    if intent in PAUSE_INTENTS:
        # "kan ik halverwege stoppen en later verder?" asks; "ik wil niet meer die brieven" is about the letters
        # (blind round 30 paused both)
        return not (_NOT_A_PAUSE.search(folded) or _ASKS_IF_I_CAN_STOP.search(folded) or
                    _NO_MORE_OF_A_THING.search(folded))
    # never delete-all for one part ("haal 'hoe het nu gaat' weg", round 8), a no ("nee niks verwijderen") or the
    # question whether it is gone ("dus alles wat ik zei is weg?"; blind round 10: the confirmation again)
    if intent == "request_delete" and (((_PART_NAMED.search(folded) or names_a_label(folded)) and
                                        not _ALL_OF_IT.search(folded)) or
                                       _NOT_DELETING.search(folded) or _ASKS_IF_GONE.search(folded)):
        return False
    if intent == "request_summary" and _SOMEONE_ELSE_READS.search(folded):
        return False  # "kan mijn manager mijn samenvatting zien?" asks about privacy (blind round 10: it was shown)
    if intent in GUARDED_BY_IF and only_asked(folded, _GUARDED_WORDS) and \
            (intent == "request_withdraw" or _WHETHER_POSSIBLE.search(folded)):
        return False  # "dan is intrekken toch zinloos?", "kan ik alles weer laten verwijderen?" (blind round 30: the
        # share was withdrawn, the deletion asked)
    if intent == "request_delete" and _EARLIER_ROUND.search(folded):
        return False  # "haal eerder bekeken keuze weg" is that part of the summary (blind round 30)
    if intent in GUARDED_BY_IF and (_ASKS_WHAT_IF.search(folded) or _ASKS_HOW_TO.search(folded)):
        # "als ik het intrek, is het dan bij hem ook weg?" asks, it does not withdraw (blind round 24); nor does
        # "hoe trek ik het delen in?" (blind round 28 withdrew the share)
        return False
    if intent == "ask_medication" and not _MEDICINE_WORDS.search(folded):
        return False  # "hoe lang? max hoeveel weken?" about the Ziektewet got the text about pills (blind round 28)
    if intent == "request_withdraw" and not _UNDOING.search(folded) and \
            ("?" in folded or _SOMEONE_ELSE_READS.search(folded)):
        return False  # "Nee dat bedoel ik niet. Kan mijn werkgever mijn gedeelde samenvatting lezen?" (blind round 11)
    pattern = REQUIRED_WORDS.get(intent)
    return pattern is None or bool(pattern.search(folded))


def names_a_label(folded: str) -> bool:
    """The message names a part of the summary by its label ("doel weghalen": that part, not everything; blind round
    12 asked "Weet je zeker dat je alles wilt verwijderen?")."""
    return bool(_summary_labels().search(folded))


@functools.lru_cache(maxsize=1)
def _summary_labels() -> re.Pattern[str]:
    """Any of the summary's labels (LABEL_ texts longer than three letters), as whole words."""
    labels = (normalise(text) for name, text in texts.all_texts().items()
              if name.startswith("LABEL_") and len(text) > 3)
    return re.compile(rf"\b(?:{'|'.join(re.escape(label) for label in labels)})\b")


# A question about what would happen if the werknemer did it: asked, not done.
GUARDED_BY_IF = frozenset({"request_withdraw", "request_delete", "request_restart"})
_GUARDED_WORDS = re.compile(r"intrek\w*|in ?trekken|verwijder\w*|wissen|gewist|opnieuw\w*")
_EARLIER_ROUND = re.compile(r"\beerder bekeken keuze\b")
#: Deleting or starting over asked about as a possibility ("kan ik alles weer laten verwijderen, ook na delen?"); a
#: bare "kan je alles verwijderen" is a polite request, and the confirmation follows.
_WHETHER_POSSIBLE = re.compile(r"\b(weer|ook|later|altijd|straks|achteraf|na het delen|na delen|op elk moment|ooit)\b")
_ASKS_IF_I_CAN_STOP = re.compile(r"\b(kan|mag|kun) (ik|je|we|u) (\w+ ){0,3}(stoppen|pauzeren|pauze nemen|ophouden)\b")
_NO_MORE_OF_A_THING = re.compile(r"\bwil (ik )?niet meer (die|de|dat|deze|al die|al dat|zulke|zo'?n) \w+")


def only_asked(folded: str, words: re.Pattern[str]) -> bool:
    """Every sentence that has one of `words` is a question ("dan is intrekken toch zinloos?"): asked, not
    requested."""
    sentences = [sentence for sentence in re.findall(r"[^.!?]+[.!?]*", folded) if words.search(sentence)]
    return bool(sentences) and all(sentence.rstrip().endswith("?") or _QUESTION_FIRST.match(sentence.strip())
                                   for sentence in sentences)


#: A sentence that starts as a question, with or without its question mark.
_QUESTION_FIRST = re.compile(r"^(?:(?:en|maar|ok|oke|dus|dan)\s+)*(kan|kun|mag|moet|hoe|wat|waarom|wanneer|is|werkt|"
                             r"blijft|wordt)\b")
_ASKS_WHAT_IF = re.compile(r"(^|[,.!]\s*|\b(en|maar) )(als|wanneer|stel dat|wat als|wat gebeurt er als)\b[^?.!]*\?")
_ASKS_HOW_TO = re.compile(r"(^|[,.!]\s*|\b(en|maar) )(hoe|waar|op welke manier) (\w+ ){0,3}(ik|je|u|men)\b[^?.!]*\?")
#: An intent about medicines needs a word for one (the classifier heard "max hoeveel" as a dose question).
_MEDICINE_WORDS = re.compile(r"\b(medic\w*|pil|pillen|pilletje\w*|tablet\w*|slaappil\w*|slaapmiddel\w*|dosis|"
                             r"dosering|mg|milligram|\w*azepam|\w*pine|\w*xetine|\w*pram|sertraline|lithium|ritalin|"
                             r"antidepressiv\w*|kalmerings\w*|bijwerking\w*|apotheek|apotheker|recept|melatonine|"
                             r"ibuprofen|paracetamol|drugs|alcohol|wiet|cbd|middel\w*|capsule\w*|druppels|spuit\w*|"
                             r"insuline|vitamine\w*)\b")
_SOMEONE_ELSE_READS = re.compile(
    r"\b(kan|mag|kunnen|mogen|krijgt|krijgen|ziet|zien|leest|lezen)\b[^?.]{0,30}\b(mijn |de |je )?(manager|werkgever|"
    r"baas|leidinggevende|bedrijfsarts|collega\w*|hr|arbodienst|uwv|casemanager|partner|man|vrouw)\b[^?.]{0,40}"
    r"\b(samenvatting|antwoorden|gegevens|dit|het)\b")
# Words that undo a share in so many words; without one, a question is no withdrawal.
_UNDOING = re.compile(r"intrek|trek\w* (\w+ ){0,8}in\b|ongedaan|terugdraai|terug ?draaien|terugtrek|terug te trekken|"
                      r"spijt|bedacht|bedenk|niet (meer )?(gedeeld|delen)|stop\w* (met )?(het )?delen|"
                      r"niet langer")
_NOT_DELETING = re.compile(r"\b(niks|niets|niet|geen|nooit)\s+((?!en\b|maar\b|dan\b)\w+\s+)?"
                           r"(verwijder\w*|wissen|wis|weg\w*|weggooien)\b")
_ASKS_IF_GONE = re.compile(r"\b(is|zijn|ben ik|raak ik)\b[^?]*\b(weg|verwijderd|kwijt|gewist)\b[^?]*\?|"
                           # how deleting works, later ("kan ik het later laten verwijderen?", blind round 15: the
                           # confirmation came, and "goed, laten we beginnen" then deleted everything)
                           r"\b(kan|kun|mag|kunnen|moet|hoe)\b[^?.]{0,30}\b(later|straks|altijd|zelf|op elk moment|"
                           r"achteraf|ooit|wanneer)\b[^?.]{0,30}\b(verwijder\w*|wissen|laten wissen)\b[^?]*\?|"
                           r"\bhoe (kan|kun|moet) ik\b[^?]{0,40}\b(verwijder\w*|wissen)\b[^?]*\?|"
                           r"\b(controleren|checken|nagaan|kijken|zeker weten)\b[^?]*\bof\b[^?]*"
                           r"\b(weg|verwijderd|kwijt|gewist)\b[^?]*(\?|$)|"
                           # done before, told or asked about (blind round 29: "je had toch alles gewist", "blijft
                           # er een kopie?" got the confirmation again)
                           r"\b(had|heb|hebt|heeft|was|waren)\b[^.?!]{0,25}\b(gewist|verwijderd)\b|"
                           r"\b(blijft|bewaar\w*)\b[^.?!]{0,30}\b(kopie|back-?up|reservekopie)\b")
_PART_NAMED = re.compile(r"\b(het woord|een woord|een antwoord|dat antwoord|dat ene|alleen|een deel|dat stuk|"
                         r"het stuk|die regel|een regel)\b|['\"‘’“”]")
_ALL_OF_IT = re.compile(r"\b(alles|al mijn|mijn gegevens|gegevens|data|mijn antwoorden|het gesprek|account)\b")


# Typed ways to go on where the bot offers it ("nee verder gaan" after "meer weten, of verder?" means go on).
_GO_ON = re.compile(
    # ... "ik wil wel verder" (blind round 43 paused after "ik zei een beetje, niet nee. ik wil wel verder")
    r"^(?:(?:nee|neen|ja|oke|ok|okay|prima|goed|nou|dan|laten we|we|ik wil|ik wil graag|ik wil wel|wel|graag|liever|"
    r"maar|even|"
    r"gewoon|toch|hoeft niet|niet meer weten|geen meer|nee dank je|nee dank u|nee bedankt|dank je|dank u|"
    r"oke dan|ok dan|goed dan|prima dan|jawel|ja hoor|ja graag|zeker|top|mooi|fijn|super|laat maar)\s+)*"
    r"(?:verder|verder gaan|ga verder|ga maar verder|ga door|ga maar door|doorgaan|door|gaan we door|"
    r"we gaan door|gaan we verder|we gaan verder|volgende|de volgende|volgende vraag|naar de volgende vraag|"
    r"next|verdergaan|door gaan|ga je gang|ga uw gang|verder met de vragen|ga verder met de vragen|"
    r"beginnen|begin maar|we beginnen|wij beginnen|laten we beginnen|laten wij beginnen|laten we maar beginnen|"
    # round 39: "Goedemiddag, ik ben terug. Laten wij verdergaan." got a text about two jobs, twice
    r"laten (?:we|wij) (?:maar )?(?:verder|verdergaan|verder gaan|doorgaan)|"
    # blind round 48: "Ik ben er weer. We kunnen verder." (got a text on reporting fit for work)
    r"(?:we|wij) kunnen (?:weer |nu )*(?:verder|verdergaan|verder gaan|doorgaan)|"
    r"start|starten|start maar|"
    r"laten we starten|toch maar beginnen|dan maar beginnen|we kunnen beginnen|ik wil beginnen|ik begin|"
    r"beginnen we|beginnen wij|starten we|gaan we beginnen|"
    # "Verder. Ik wil dit wel afmaken", "Nee! Ik zei verder, niet pauzeren" (blind round 25: paused twice)
    r"(?:ik wil |ik ga |we gaan |laten we )?(?:dit |het |deze chat |het gesprek )?(?:wel |graag |nog |gewoon )*"
    r"(?:afmaken|afronden|verder doen)|(?:ik zei|ik zeg|zei ik) (?:toch |al |net )?verder)"
    r"(?:\s+(?:graag|maar|aub|alsjeblieft|alstublieft|hoor|dan|nu|met het gesprek|met de vragen|ermee))*$")


def is_go_on(text: str) -> bool:
    """A message that only says "go on", in any of its typed forms (never a button payload), also after saying it
    is no pause ("nee ik wilde niet pauzeren. verder")."""
    if text.strip().startswith("/"):
        return False
    words = plain_words(text)
    if not words or len(words.split()) > 30:
        return False
    if _GO_ON.match(words):
        return True
    parts = _go_on_parts(text)
    go_on = [part for part in parts if _GO_ON.match(part)]
    return len(parts) > 1 and bool(go_on) and (bool(_GO_ON.match(parts[-1])) or _NOT_A_PAUSE.search(parts[-1])
                                               is not None or bool(_SHORT_PLEASE.match(parts[-1])) or
                                               bool(_SAYS_NOTHING_MORE.match(parts[-1]))) and \
        all(_GO_ON.match(part) or _NOT_A_PAUSE.search(part) or _ONLY_NO.match(part) or _NOT_SAID.search(part) or
            _ONLY_FILLER.match(part) or complains_unanswered(part) or _HELP_IN_PLACE.match(part) or
            _SHORT_PLEASE.match(part) or _SAYS_NOTHING_MORE.match(part) or says_back(part) for part in parts)


# "Goedemiddag, ik ben terug. Laten wij verdergaan." (blind round 39: a text about two jobs, twice); "het gaat wel
# hoor. verder" (blind round 48: the helpline, twice)
_SAYS_NOTHING_MORE = re.compile(r"^(?:het )?gaat (?:wel|prima|goed|best)(?: hoor)?$|"
                                r"^(?:hoi|hallo|hey|hee|goedemorgen|goedemiddag|goedenavond|dag|daar|hier)$|"
                                # blind round 48: "Ik ben er weer. We kunnen verder.", "verder. (jeroen typt weer)"
                                r"^(?:(?:hoi|hallo|oke|ok|zo) )*(?:ik ben er weer|ik ben terug|daar ben ik weer|"
                                r"hier ben ik weer|ik ben weer terug)$|"
                                r"^(?:ik|\w+) (?:typ|typt) (?:zelf )?(?:weer|nu)(?: zelf)?$")


def also_goes_on(text: str) -> bool:
    """The first or last sentence of a longer message only says "go on" ("Verder. Sorry dat ik zoveel vraag, ik ben
    gewoon zenuwachtig.", "... Gewoon verder graag."): what else it says is no reason to stop (blind round 39 offered
    a pause twice)."""
    if text.strip().startswith("/"):
        return False
    parts = _go_on_parts(text)
    return len(parts) > 1 and bool(_GO_ON.match(parts[0]) or _GO_ON.match(parts[-1]))


def _go_on_parts(text: str) -> list[str]:
    """The sentences and clauses of a message, as plain words, each to be read on its own for "go on"."""
    return [plain_words(part) for part in _GO_ON_PARTS.split(normalise(text)) if plain_words(part)]


# "Laten we beginnen. Wel graag korte teksten, ik kan me slecht concentreren." (round 36: the helpline, then a pause)
_SHORT_PLEASE = re.compile(r"^(?:(?:wel|maar|dan|en|ook) )*(?:graag )?(?:korte teksten|kort|korter|kort houden|"
                           r"weinig tekst|niet te lang|niet te veel tekst)"
                           r"(?: (?:graag|aub|alstublieft|alsjeblieft|please|houden))?$|"
                           r"^(?:want |omdat )?ik kan (?:me|mij) (?:slecht|moeilijk|niet (?:goed|zo goed|lang)) "
                           r"concentreren$")
# "Nee, niet nodig. Ik heb een behandelaar. Verder." at the offer of a pause (round 36 paused the conversation)
_HELP_IN_PLACE = re.compile(r"^(?:(?:dat is |is )?niet nodig|hoeft niet|ik heb (?:al )?(?:een |mijn |m'n )?(?:eigen )?"
                            r"(?:behandelaar|psycholoog|huisarts|therapeut|coach|hulp|begeleider|poh)(?: al)?)"
                            r"(?: (?:hoor|dank je|dank u|bedankt))?$")


# "oke chill. beginnen dan" (blind round 22: "Sorry")
_ONLY_FILLER = re.compile(r"^(?:oke|ok|okay|oké|chill|top|prima|goed|nice|fijn|mooi|tja|nou|hm+|ja|jawel|prima dan|"
                          r"laat maar|laat ook maar|dank u|dank je|dank u wel|dank je wel|dankjewel|dankuwel|bedankt|"
                          # blind round 31: "oke dan snap ik het denk ik. verder", "nou vooruit dan. beginnen"
                          r"(?:nou )?vooruit|(?:oke |ok )?(?:dan )?(?:snap|begrijp) ik het(?: denk ik| wel| nu)?)"
                          r"(?: (?:oke|ok|chill|top|prima|goed|dan|hoor|joh|man))*$")


# "Nee! Niet pauzeren. Verder.", "Ik heb niet gezegd dat ik geen energie heb hoor. Toch even verder graag." (blind
# round 19: both paused the conversation)
_PAUSE_THEN_LATER = re.compile(r"\b(?:stoppen|ophouden|pauzeren|stop|ik stop)\b(?: (?:er|even|nu|mee|ermee|hiermee|ff|"
                               r"maar|voor nu|voor even)){0,3} en(?: \w+){0,2} (?:vanavond|"
                               r"morgen|straks|later|een andere keer|volgende week|na het weekend)\b(?: \w+){0,5} "
                               r"(?:verder|verdergaan|verder gaan|weer verder)\b")
_GO_ON_PARTS = re.compile(r"[.!?;,\n]+")
_ONLY_NO = re.compile(r"^(?:nee+|neen|nope|nee hoor|nee joh|nee nee)$")
_NOT_SAID = re.compile(r"\b(?:niet gezegd|heb ik niet gezegd|bedoelde ik niet|bedoel ik niet|zei ik niet)\b|"
                       r"^(?:waarom|hoezo|huh|wat)\s+(?:pauze|pauzeren|stop|stoppen|gepauzeerd|gestopt)$")  # round 21


_BACK = re.compile(r"\b(ik ben|daar ben ik|hier ben ik|ben)\s+(er\s+|ik\s+)?(weer|terug|back)\b|^\W*(back|terug)\b|"
                   r"\bwaar waren we\b")


def says_back(text: str) -> bool:
    """"Ik ben er weer", "daar ben ik weer": the werknemer comes back (a welcome back, then where we were)."""
    return not text.startswith("/") and bool(_BACK.search(normalise(text)))

"""One complete conversation through the REST channel: hello to a shared summary that only the invited AD gets."""
from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookiejar import CookieJar

from sqlalchemy import select

from bot.storage.crypto import TextCipher
from bot.storage.database import session_scope
from bot.storage.models import Invite, Summary
from bot.web.portal.accounts import create_account
from core import handover
from core.content.library import load_library
from tests.conftest import ARTIFACTS, Inbox, RunningStack, texts

PASSWORD = "een lang wachtwoord voor de test"


def make_ad(stack: RunningStack, name: str) -> tuple[int, str]:
    """An AD account, as `python -m bot ad create` makes it; returns (id, email)."""
    email = f"{uuid.uuid4().hex[:8]}@example.nl"
    return create_account(stack.settings.database_url, email, name, PASSWORD).id, email


def make_invite(stack: RunningStack, ad_id: int) -> str:
    """An invite of that AD, as the portal creates it; returns the signed token of the link."""
    token_id = handover.new_token_id()
    expires = handover.invite_expiry()
    with session_scope(stack.settings.database_url) as session:
        session.add(Invite(token_id=token_id, ad_id=ad_id, expires_at=expires))
    return handover.create_invite_token(stack.settings.secret_key, token_id, expires)


def portal_login(stack: RunningStack, email: str) -> urllib.request.OpenerDirector:
    """Log in to the portal over real HTTP, with the login form's CSRF token and the session cookie."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    page = opener.open(f"{stack.settings.web_url}/portaal/login", timeout=30).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"csrf_token": token, "next": "/portaal", "email": email, "password": PASSWORD})
    opener.open(f"{stack.settings.web_url}/portaal/login", data=form.encode(), timeout=30).read()
    return opener


def portal_status(opener: urllib.request.OpenerDirector, url: str) -> tuple[int, str]:
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_complete_conversation_ends_in_a_summary_shared_with_the_invited_ad(running_stack: RunningStack,
                                                                           smtp_inbox: tuple[Inbox, int]) -> None:
    ad_id, email = make_ad(running_stack, "Sanne de Vries")
    _, other_email = make_ad(running_stack, "Karel Jansen")
    token = make_invite(running_stack, ad_id)
    sender = f"full-{uuid.uuid4().hex}"
    option = load_library().card("urenopbouw").options[0]

    def say(text: str) -> str:
        return texts(running_stack.say(sender, text, metadata={"invite": token}))

    rasa_log = ARTIFACTS / "logs" / "rasa.log"
    log_start = rasa_log.stat().st_size if rasa_log.exists() else 0

    assert "keuzehulp" in say("hoi").lower()
    assert "Mag ik je antwoorden bewaren?" in say("ja")
    assert "Hoe lang ben je al ziek gemeld?" in say("ja")
    assert "hoe gaat het nu met je?" in say("sinds 8 weken")
    assert "genoeg energie" in say("redelijk, wel moe")
    assert "meer over weten" in say("ja")
    assert "meepraten" in say("verder")
    assert "Wat wil je zelf bereiken?" in say("ja")
    assert "Over welke keuze wil je nadenken?" in say("weer structuur in mijn week")
    option_talk = say('/choose_topic{"topic": "urenopbouw"}')
    assert option.label in option_talk and "Voordelen" not in option_talk and "haalbaar" in option_talk
    card = say(f'/ask_option{{"choice": "{option.id}"}}')  # one option's card, then the question again
    assert "Voordelen" in card and option.gevolgen in card and "Wat is voor jou haalbaar?" in card
    assert "belangrijkst" in say("rustig beginnen met een paar uur")
    assert "voorkeur" in say("dat ik niet terugval")
    assert "Hoe wil je deze keuze maken?" in say(f'/choose_option{{"choice": "{option.id}"}}')
    assert "Wat heb je nodig" in say('/choose_style{"decision_style": "samen"}')
    assert "afspraak" in say("een vast aanspreekpunt")
    assert "Wanneer wil je kijken" in say("elke week evalueren met mijn leidinggevende")
    assert "ander onderwerp" in say('/choose_option{"choice": "maand"}')
    assert "iemand uit hun omgeving" in say("nee")
    assert "Aan wie denk je?" in say("ja")
    assert "Hoe wil je deze persoon betrekken?" in say("mijn partner")
    assert "Hoe helpt deze persoon je nu?" in say('/choose_option{"choice": "thuis"}')
    assert "Hoe kijkt deze persoon" in say("ze denkt mee")
    assert "liever niet bespreekt" in say("ze vindt dat ik rustig aan moet doen")
    assert "voorbereiden" in say("mijn gezondheid")
    assert "tweegesprek" in say("ja")
    assert "iemand meenemen" in say('/choose_option{"choice": "twee"}')
    assert "Waar en hoe" in say("niemand")
    assert "Wat wil je na het gesprek" in say("via video")
    assert "ideeën" in say("weten wat ik kan verwachten")
    assert "Welke vragen" in say("eerst ochtenden werken")
    assert "verslag" in say("wat gebeurt er als de opbouw niet lukt?")
    summary = say("ik wil het verslag eerst lezen")
    assert "weer structuur in mijn week" in summary and "mijn partner" in summary and "Klopt dit?" in summary
    assert "Sanne de Vries" in say("ja")
    assert "Gedeeld" in say("ja")

    with session_scope(running_stack.settings.database_url) as session:
        shared = session.execute(select(Summary).where(Summary.sender_id == sender)).scalar_one()
        assert shared.status == "shared" and shared.ad_id == ad_id
        assert shared.invite_token_id is not None, "shared through the invite: the AD's label for it applies"
        body = handover.decode_summary(TextCipher(running_stack.settings.encryption_key).decrypt(
            shared.body_encrypted))
    new_log = rasa_log.read_bytes()[log_start:].decode(errors="replace") if rasa_log.exists() else ""
    assert " ERROR " not in new_log, "a normal conversation logs no errors (button payloads are not templates)"
    lines = {line["key"]: line["value"] for section in body["sections"] for line in section["lines"]}
    assert lines["goal"] == "weer structuur in mijn week"
    assert lines["prep_questions"] == "wat gebeurt er als de opbouw niet lukt?"
    assert lines["naaste_keep_out"] == "mijn gezondheid"
    assert body["meta"]["phase"] == "start"

    # in the portal: the invited AD reads it; another AD cannot, not even with the exact URL
    page_url = f"{running_stack.settings.web_url}/portaal/samenvatting/{shared.public_id}"
    status, page = portal_status(portal_login(running_stack, email), page_url)
    assert status == 200 and "weer structuur in mijn week" in page
    status, page = portal_status(portal_login(running_stack, other_email), page_url)
    assert status == 404 and "weer structuur" not in page

    # the AD was told by e-mail that a summary waits, with nothing of the werknemer in it
    mail = smtp_inbox[0].wait_for(email).content.decode()
    assert "Er is een samenvatting voor je klaar" in mail and "/portaal" in mail
    assert "structuur" not in mail and "partner" not in mail and "gezondheid" not in mail


def test_forged_invite_is_not_trusted_and_a_share_code_is_given(running_stack: RunningStack) -> None:
    sender = f"code-{uuid.uuid4().hex}"
    running_stack.say(sender, "hoi", metadata={"invite": "forged.token.value"})
    for text in ("ja", "ja", "sinds 3 weken", "gaat wel", "nee"):
        running_stack.say(sender, text, metadata={"invite": "forged.token.value"})
    # low energy: rest is offered; someone else decides for now, then the summary check
    check = texts(running_stack.say(sender, '/choose_style{"decision_style": "ander"}'))
    assert "Klopt dit?" in check
    share_question = texts(running_stack.say(sender, "ja"))
    assert "code" in share_question
    answer = texts(running_stack.say(sender, "ja"))
    assert "De code voor je arbeidsdeskundige:" in answer
    code = answer.split("De code voor je arbeidsdeskundige:")[1].split()[0]
    with session_scope(running_stack.settings.database_url) as session:
        shared = session.execute(select(Summary).where(Summary.sender_id == sender)).scalar_one()
        assert shared.ad_id is None and shared.status == "shared"
    assert len(handover.normalise_share_code(code)) == handover.SHARE_CODE_LENGTH

    assert "ingetrokken" in texts(running_stack.say(sender, "ik wil het delen intrekken"))
    with session_scope(running_stack.settings.database_url) as session:
        assert session.execute(select(Summary.status).where(Summary.sender_id == sender)).scalar_one() == "withdrawn"

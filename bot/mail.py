"""E-mail to an arbeidsdeskundige that a summary is waiting in the portal: never any health data, never a name or a
word of the werknemer; only that there is something to read and where to log in. SMTP from the settings (SMTP_HOST
empty: no e-mail)."""
from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage

from bot.settings import Settings
from core.logic import texts

logger = logging.getLogger(__name__)
SMTP_TIMEOUT = 10


def new_summary_message(settings: Settings, to_address: str, ad_name: str) -> EmailMessage:
    """The notification: a subject and a few lines with the portal address."""
    message = EmailMessage()
    message["Subject"] = texts.MAIL_NEW_SUMMARY_SUBJECT
    message["From"] = settings.smtp_from
    message["To"] = to_address
    message.set_content(texts.MAIL_NEW_SUMMARY_BODY.format(name=ad_name,
                                                           portal=f"{settings.public_web_url}/portaal"))
    return message


def send_new_summary_mail(settings: Settings, to_address: str, ad_name: str) -> bool:
    """Send the notification; False (and a log line without any address) when there is no SMTP server or it fails."""
    if not settings.smtp_host:
        return False
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(new_summary_message(settings, to_address, ad_name))
        return True
    except (OSError, smtplib.SMTPException):
        logger.warning("the e-mail that a summary is waiting could not be sent")
        return False

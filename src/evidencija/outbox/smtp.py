"""Sending one message with smtplib: STARTTLS or implicit TLS, optional login, timeouts.

`SmtpTransport.deliver` calls `on_accepted(reply)` the moment the server has answered 250 to the
end of DATA — before QUIT — so the caller can record the acknowledgement at once. Every failure
is raised as `DeliveryFailed`: a message id for people, a short technical detail (an SMTP code and
reply, an exception name — never personal data), whether it is permanent (the server refused this
message: 5xx to MAIL, RCPT or DATA) and whether it concerns the connection rather than the item
(then there is no point trying the next item now).

Security: the server's certificate is always verified (system CAs, plus the `ca_file` setting
for a private CA); STARTTLS is required when chosen — a server that does not offer it is an
error, never a silent downgrade; a login is refused over an unencrypted connection (settings).
"""

from __future__ import annotations

import email.policy
import logging
import re
import secrets
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol

from .settings import MailSettings

log = logging.getLogger(__name__)

DETAIL_MAX = 200
_UNFOLDED = email.policy.SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class OutgoingMessage:
    sender: str
    recipient: str
    message_id: str
    data: bytes  # the whole message (RFC 5322, CRLF line ends)


class DeliveryFailed(Exception):
    """The message was not accepted by the server (as far as we can tell)."""

    def __init__(
        self, reason: str, detail: str, *, permanent: bool = False, connection: bool = False
    ) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason  # message id, e.g. outbox_error_auth
        self.detail = detail[:DETAIL_MAX]
        self.permanent = permanent
        self.connection = connection


class Transport(Protocol):
    """What `queue.send_due` needs to deliver one message (tests may pass their own)."""

    def deliver(
        self,
        settings: MailSettings,
        message: OutgoingMessage,
        on_accepted: Callable[[str], None],
    ) -> None: ...


# --------------------------------------------------------------------------- the message
def new_message_id(sender: str) -> str:
    """A globally unique Message-ID in the sender's domain (96 random bits; no DNS lookup)."""
    domain = sender.rpartition("@")[2] or "evidencija.invalid"
    return f"<evidencija.{secrets.token_hex(12)}@{domain}>"


def build_message(
    *,
    sender: str,
    recipient: str,
    subject: str,
    body: str,
    message_id: str,
    date: datetime,
    attachment_name: str,
    attachment: bytes,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A text/plain note with the package attached as application/octet-stream (base64)."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    # Quoted-printable keeps the message 7-bit clean for servers without 8BITMIME.
    msg.set_content(body, cte="quoted-printable")
    msg.add_attachment(
        attachment, maintype="application", subtype="octet-stream", filename=attachment_name
    )
    # Parts are encoded at 76 characters a line above; headers are written unfolded (up to
    # RFC 5322's 998) so Message-ID and the SHA-256 header read back exactly as given.
    return msg.as_bytes(policy=_UNFOLDED)


# --------------------------------------------------------------------------- the connection
def tls_context(settings: MailSettings) -> ssl.SSLContext:
    """Verify certificates and host names; trust the system's CAs plus `ca_file`, if set."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context


def _ehlo_name() -> str:
    # smtplib's default is socket.getfqdn(), a DNS lookup that can hang on a poor connection.
    name = re.sub(r"[^A-Za-z0-9.-]", "", socket.gethostname()).strip(".-")
    return name or "localhost"


def _text(reply: bytes | str) -> str:
    value = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(value.split())


def _exc_detail(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()))
        return f"{code} {_text(reply)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _response_code(exc: BaseException) -> int | None:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return int(next(iter(exc.recipients.values()))[0])
    if isinstance(exc, smtplib.SMTPResponseException):
        return int(exc.smtp_code)
    return None


def classify(exc: BaseException, *, connected: bool) -> DeliveryFailed:
    """Turn what smtplib, ssl or socket raised into a `DeliveryFailed`.

    `connected`: whether the SMTP session had been established (a reset then means the server
    dropped us; before, the server could not be reached).
    """
    if isinstance(exc, DeliveryFailed):
        return exc
    detail = _exc_detail(exc)
    # smtplib's exceptions are OSErrors: test them first.
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return DeliveryFailed("outbox_error_disconnected", detail, connection=True)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return DeliveryFailed("outbox_error_auth", detail, connection=True)
    if isinstance(
        exc, smtplib.SMTPSenderRefused | smtplib.SMTPRecipientsRefused | smtplib.SMTPDataError
    ):
        code = _response_code(exc) or 0
        if code in (530, 535):  # "authentication required" at MAIL: a settings problem
            return DeliveryFailed("outbox_error_auth", detail, connection=True)
        if 500 <= code < 600:
            return DeliveryFailed("outbox_error_rejected", detail, permanent=True)
        return DeliveryFailed("outbox_error_temporary", detail)
    if isinstance(exc, smtplib.SMTPNotSupportedError):  # login: no mechanism we can use
        return DeliveryFailed("outbox_error_auth", detail, connection=True)
    if isinstance(exc, smtplib.SMTPResponseException):  # greeting, HELO, STARTTLS replies …
        return DeliveryFailed("outbox_error_temporary", detail, connection=True)
    if isinstance(exc, smtplib.SMTPException):
        return DeliveryFailed("outbox_error_unexpected", detail, connection=True)
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return DeliveryFailed("outbox_error_tls", detail, connection=True)
    if isinstance(exc, TimeoutError):
        return DeliveryFailed("outbox_error_timeout", detail, connection=True)
    if isinstance(exc, OSError):
        reason = "outbox_error_disconnected" if connected else "outbox_error_connection"
        return DeliveryFailed(reason, detail, connection=True)
    return DeliveryFailed("outbox_error_unexpected", detail)


class SmtpTransport:
    """The real transport: one SMTP session per message."""

    def deliver(
        self,
        settings: MailSettings,
        message: OutgoingMessage,
        on_accepted: Callable[[str], None],
    ) -> None:
        context = None
        if settings.smtp_security != "none":
            try:
                context = tls_context(settings)
            except (OSError, ValueError) as exc:  # an unreadable or invalid ca_file
                raise DeliveryFailed("outbox_error_tls", _exc_detail(exc), connection=True) from exc
        try:
            client = self._connect(settings, context)
        except Exception as exc:
            raise classify(exc, connected=False) from exc
        accepted = False
        try:
            try:
                self._prepare(client, settings, context)
                options = [f"SIZE={len(message.data)}"] if client.has_extn("size") else []
                code, reply = client.mail(message.sender, options)
                if code != 250:
                    raise smtplib.SMTPSenderRefused(code, reply, message.sender)
                code, reply = client.rcpt(message.recipient)
                if code not in (250, 251):
                    raise smtplib.SMTPRecipientsRefused({message.recipient: (code, reply)})
                # data() raises on a refused DATA command but returns whatever the server
                # answers to the final "." — only 250 means the server took the message.
                code, reply = client.data(message.data)
                if code != 250:
                    raise smtplib.SMTPDataError(code, reply)
            except Exception as exc:
                raise classify(exc, connected=True) from exc
            accepted = True
            on_accepted(f"{code} {_text(reply)}"[:DETAIL_MAX])
        finally:
            _finish(client, polite=accepted)

    @staticmethod
    def _connect(settings: MailSettings, context: ssl.SSLContext | None) -> smtplib.SMTP:
        timeout = float(settings.timeout_seconds)
        if settings.smtp_security == "tls":
            return smtplib.SMTP_SSL(
                settings.smtp_host,
                settings.smtp_port,
                local_hostname=_ehlo_name(),
                timeout=timeout,
                context=context,
            )
        return smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, local_hostname=_ehlo_name(), timeout=timeout
        )

    @staticmethod
    def _prepare(
        client: smtplib.SMTP, settings: MailSettings, context: ssl.SSLContext | None
    ) -> None:
        client.ehlo()
        if settings.smtp_security == "starttls":
            if not client.has_extn("starttls"):
                raise DeliveryFailed(
                    "outbox_error_tls", "the server does not offer STARTTLS", connection=True
                )
            client.starttls(context=context)
            client.ehlo()
        if settings.smtp_username:
            if not client.has_extn("auth"):
                raise DeliveryFailed(
                    "outbox_error_auth", "the server does not offer AUTH", connection=True
                )
            client.login(settings.smtp_username, settings.smtp_password)


def _finish(client: smtplib.SMTP, *, polite: bool) -> None:
    """Say goodbye after a delivery; after a failure just close (the session may be dead)."""
    if polite:
        try:
            client.quit()
            return
        except (smtplib.SMTPException, OSError) as exc:
            log.info("QUIT after an accepted message failed: %s", type(exc).__name__)
    client.close()

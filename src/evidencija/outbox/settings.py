"""How the outbox sends mail: the NGO address and the SMTP settings, inside the encrypted register.

The password is stored in the `outbox_settings` row of the encrypted database — never in a plain
file, a log line or an audit entry (the audit records only that it changed). The UI reads a view
without it (`mail_settings`); only the sending code reads it (`read`). Administrators change the
settings; every change is audited field by field.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..db.models import OutboxItem, OutboxSettings
from ..db.models.base import utcnow
from ..db.models.outbox import SMTP_SECURITY_MODES
from ..db.register import Register
from ..errors import InvalidInput
from ..services import audit
from ..services.roles import ADMIN, require

PORT_RANGE = (1, 65535)
TIMEOUT_RANGE = (1, 600)
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}

# An addr-spec without display name, comments or whitespace (so nothing can be smuggled into a
# header); deliberately simple: the mail server is the judge of the rest.
_ADDRESS = re.compile(
    r"^[^@\s<>\"(),;:\\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}$"
)
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.:-]*[A-Za-z0-9])?$")


@dataclass(frozen=True)
class MailSettings:
    """Everything the outbox needs to send. `smtp_host` empty: no SMTP ("Prepare e-mail" only)."""

    ngo_address: str = ""
    sender_address: str = ""
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls | tls (implicit, "SMTPS") | none (no login then)
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    ca_file: str = ""  # PEM file of extra CAs to trust; empty = the system's
    timeout_seconds: int = 60

    @property
    def smtp_configured(self) -> bool:
        return bool(self.smtp_host and self.sender_address and self.ngo_address)


@dataclass(frozen=True)
class MailSettingsView:
    """The settings as the UI shows them: the password only as "set" or not."""

    ngo_address: str
    sender_address: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_username: str
    has_password: bool
    ca_file: str
    timeout_seconds: int
    smtp_configured: bool


_FIELDS = tuple(f.name for f in fields(MailSettings))


def read(session: Session) -> MailSettings:
    """The settings with the password, for sending (inside the caller's session)."""
    row = session.get(OutboxSettings, 1)
    if row is None:
        return MailSettings()
    return MailSettings(**{name: getattr(row, name) for name in _FIELDS})


def _view(values: MailSettings) -> MailSettingsView:
    shown = {k: v for k, v in asdict(values).items() if k != "smtp_password"}
    return MailSettingsView(
        **shown, has_password=bool(values.smtp_password), smtp_configured=values.smtp_configured
    )


def mail_settings(register: Register) -> MailSettingsView:
    """The settings for display (any unlocked user); never the password."""
    register.require_user()
    with register.session() as session:
        return _view(read(session))


def is_address(value: str) -> bool:
    return bool(_ADDRESS.match(value)) and len(value) <= 254


def _validate(values: MailSettings) -> None:
    for name in ("ngo_address", "sender_address"):
        value = getattr(values, name)
        if value and not is_address(value):
            raise InvalidInput(detail=name)
    if values.smtp_host and (not _HOST.match(values.smtp_host) or len(values.smtp_host) > 253):
        raise InvalidInput(detail="smtp_host")
    if values.smtp_security not in SMTP_SECURITY_MODES:
        raise InvalidInput(detail=f"smtp_security {values.smtp_security}")
    low, high = PORT_RANGE
    if not low <= values.smtp_port <= high:
        raise InvalidInput(detail=f"smtp_port {low}–{high}")
    low, high = TIMEOUT_RANGE
    if not low <= values.timeout_seconds <= high:
        raise InvalidInput(detail=f"timeout_seconds {low}–{high}")
    if values.smtp_security == "none" and values.smtp_username:
        # A password must never cross the network in the clear.
        raise InvalidInput("outbox_login_needs_tls", modes="STARTTLS / TLS")
    if any(c in values.smtp_username for c in "\r\n") or any(
        c in values.smtp_password for c in "\r\n"
    ):
        raise InvalidInput(detail="smtp_username / smtp_password")
    if values.ca_file and not Path(values.ca_file).is_file():
        raise InvalidInput(detail=f"ca_file {values.ca_file}")


def update_mail_settings(register: Register, **changes: Any) -> MailSettingsView:
    """Change some settings (administrators only). `smtp_password=""` clears the password.

    Changing them makes every waiting item due at once: a fixed setting should not wait for the
    backoff of the attempts made with the wrong one.
    """
    admin = require(register, ADMIN)
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise InvalidInput(detail=", ".join(sorted(unknown)))
    changes = {
        k: v.strip() if isinstance(v, str) and k != "smtp_password" else v
        for k, v in changes.items()
    }
    with register.session(write=True) as session, session.begin():
        before = read(session)
        after = replace(before, **changes)
        _validate(after)
        diff = audit.diff(asdict(before), asdict(after))
        if "smtp_password" in diff:
            diff["smtp_password"] = [
                "(set)" if before.smtp_password else "",
                "(set)" if after.smtp_password else "",
            ]
            if diff["smtp_password"][0] == diff["smtp_password"][1]:
                diff["smtp_password"] = ["(set)", "(changed)"]
        if diff:
            row = session.get(OutboxSettings, 1) or OutboxSettings(id=1)
            for name in _FIELDS:
                setattr(row, name, getattr(after, name))
            row.updated_at = utcnow()
            session.add(row)
            session.execute(
                update(OutboxItem).where(OutboxItem.state == "queued").values(next_attempt_at=None)
            )
            audit.record(
                session, user_id=admin.id, action="UPDATE", entity="outbox_settings", changes=diff
            )
        return _view(after)

"""The outbox items, their states, and sending the ones that are due.

States (`OutboxItem.state`):

    queued ──claim──► sending ──server's 250 to DATA──► sent
      ▲   ◄─transient failure (backoff)─┘   │
      │                                     ├─permanent refusal (5xx to MAIL/RCPT/DATA)──► failed
      │                                     └─found by a later run without an ack──► interrupted
      └────────────── retry ◄── failed                                    (re-sent, same Message-ID)

- A transient failure (no connection, TLS, login refused, the server dropped us, 4xx) leaves the
  item `queued` with its reason and the next attempt after an exponential backoff (1 min, 2, 4 …
  at most 4 h). `retry` makes a queued, interrupted or failed item due now.
- Before the SMTP transaction the item is marked `sending` (attempts + 1, Message-ID fixed at the
  first attempt) and committed; the server's 250 to the end of DATA is recorded at once, before
  QUIT. An item found in `sending` when nothing in this process is sending was left by a process
  that died: it becomes `interrupted` and is re-sent with the same Message-ID. A kill between the
  server's 250 and our commit therefore gives the NGO a duplicate with the same Message-ID.
- `send_due` is what the UI's worker thread calls (it blocks on the network, up to the configured
  timeout per step); it never runs twice at once in a process, and a second call while one is
  running returns at once with no results.

Only export packages get in (see `check_package`); the check is repeated before every send.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, undefer

from ..db.models import Centre, OutboxItem
from ..db.register import Register
from ..errors import InvalidInput, KnownError
from ..messages import CATALOGUE, text
from ..services import audit, clock
from ..services.roles import ADMIN, CASE_MANAGER, CASEWORKER, require
from . import letter
from . import settings as mail
from .errors import NotAPackage
from .smtp import (
    DeliveryFailed,
    OutgoingMessage,
    SmtpTransport,
    Transport,
    build_message,
    new_message_id,
)

log = logging.getLogger(__name__)

# Who may put a package in, take it out or record it as sent by hand; and who may ask for a
# retry. Sending what is already queued is the program's own work: any unlocked user's session.
MAY_QUEUE = (ADMIN, CASE_MANAGER)
MAY_RETRY = (ADMIN, CASE_MANAGER, CASEWORKER)

AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_HEADER_LIMIT = 64 * 1024
FILE_PATTERN = "<centre>-<YYYY-MM>.xlsx.age"
# docs/export-format.md §1: the centre code with characters other than letters, digits, - and _
# replaced by _, then the period.
_FILE_NAME = re.compile(
    r"^(?P<centre>[\w-]{1,40})-(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])\.xlsx\.age$"
)
# Mail servers commonly refuse messages over 20–25 MB; base64 adds a third.
MAX_PACKAGE_BYTES = 15 * 1024 * 1024

BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=4)

WAITING = ("queued", "interrupted")  # states that send_due picks up when due

_SEND_LOCK = threading.Lock()


# --------------------------------------------------------------------------- what may go in
@dataclass(frozen=True)
class PackageName:
    centre: str  # the centre code as it appears in file names
    period: str  # YYYY-MM


def file_safe(centre_code: str) -> str:
    """The centre code as the export writes it into file names (docs/export-format.md §1)."""
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in centre_code)


def parse_file_name(file_name: str) -> PackageName:
    match = _FILE_NAME.match(file_name)
    if match is None:
        raise NotAPackage(pattern=FILE_PATTERN, detail=f"file name {file_name!r}")
    return PackageName(match["centre"], f"{match['year']}-{match['month']}")


def is_age_file(data: bytes) -> bool:
    """Whether `data` has the shape of an age v1 binary file: the version line, at least one
    recipient stanza, the header MAC line, and a payload of at least a nonce and one tag."""
    if not data.startswith(AGE_MAGIC) or not data[len(AGE_MAGIC) :].startswith(b"-> "):
        return False
    mac = data.find(b"\n--- ", len(AGE_MAGIC) - 1, AGE_HEADER_LIMIT)
    if mac < 0:
        return False
    end_of_header = data.find(b"\n", mac + 1)
    return end_of_header >= 0 and len(data) - (end_of_header + 1) >= 16 + 16


def check_package(file_name: str, data: bytes, centre_code: str) -> PackageName:
    """The package's name parts, if this is an export package of this centre; else
    `NotAPackage`. The outbox never holds or sends anything that fails this check."""
    name = parse_file_name(file_name)
    if name.centre != file_safe(centre_code):
        raise NotAPackage(pattern=FILE_PATTERN, detail=f"centre {name.centre} ≠ {centre_code}")
    if not is_age_file(data):
        raise NotAPackage(pattern=FILE_PATTERN, detail="no age-encryption.org/v1 header")
    return name


# --------------------------------------------------------------------------- what comes out
@dataclass(frozen=True)
class OutboxItemInfo:
    """One outbox item as the UI shows it (no package bytes)."""

    id: str
    file_name: str
    centre_code: str
    period: str
    size: int
    sha256: str
    created_at: datetime
    state: str
    attempts: int
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    last_error: str | None  # message id
    last_error_detail: str | None
    message_id: str | None
    sent_at: datetime | None
    sent_via: str | None

    def reason(self, lang: str | None = None) -> str | None:
        """The last failure in words, with its technical detail in brackets."""
        if not self.last_error:
            return None
        # An id from a newer version (the item travelled in a backup) still reads as an error.
        known = self.last_error in CATALOGUE
        words = text(self.last_error if known else "error_generic", lang)
        return f"{words} ({self.last_error_detail})" if self.last_error_detail else words

    def status(self, lang: str | None = None) -> str:
        """queued / queued — reason; next attempt … / sending / interrupted — will be re-sent /
        sent at … / failed: reason."""
        if self.state == "sent" and self.sent_at is not None:
            key = "outbox_state_sent_manual" if self.sent_via == "manual" else "outbox_state_sent"
            return text(key, lang, at=clock.format_moment(self.sent_at))
        if self.state == "failed":
            return text("outbox_state_failed", lang, reason=self.reason(lang) or "—")
        if self.state == "queued" and self.last_error and self.next_attempt_at is not None:
            return text(
                "outbox_state_queued_retry",
                lang,
                reason=self.reason(lang),
                at=clock.format_moment(self.next_attempt_at),
            )
        if self.state == "queued" and self.last_error:
            return f"{text('outbox_state_queued', lang)} — {self.reason(lang)}"
        return text(f"outbox_state_{self.state}", lang)


@dataclass(frozen=True)
class SendResult:
    """What happened to one item in a `send_due` round."""

    item_id: str
    file_name: str
    state: str  # after the attempt: sent, queued or failed
    message_id: str | None
    reason: str | None = None  # message id
    detail: str | None = None

    @property
    def delivered(self) -> bool:
        return self.state == "sent"


def _info(item: OutboxItem) -> OutboxItemInfo:
    return OutboxItemInfo(
        id=item.id,
        file_name=item.file_name,
        centre_code=item.centre_code,
        period=item.period,
        size=item.size,
        sha256=item.sha256,
        created_at=item.created_at,
        state=item.state,
        attempts=item.attempts,
        last_attempt_at=item.last_attempt_at,
        next_attempt_at=item.next_attempt_at,
        last_error=item.last_error,
        last_error_detail=item.last_error_detail,
        message_id=item.message_id,
        sent_at=item.sent_at,
        sent_via=item.sent_via,
    )


def backoff(attempts: int) -> timedelta:
    """Wait after the `attempts`-th failed attempt: 1 min, 2, 4, 8 … at most 4 h."""
    doublings = min(max(attempts - 1, 0), 16)  # 2**16 min is past the cap; no overflow later
    return min(BACKOFF_FIRST * (1 << doublings), BACKOFF_MAX)


# --------------------------------------------------------------------------- user actions
def enqueue(register: Register, file_name: str, data: bytes) -> OutboxItemInfo:
    """Put an export package in the outbox (due at once). Adding the same bytes again returns
    the item already there. Anything but an age-encrypted package of this centre is refused."""
    user = require(register, *MAY_QUEUE)
    if len(data) > MAX_PACKAGE_BYTES:
        raise InvalidInput(
            "outbox_package_too_large",
            file=file_name,
            size=f"{len(data) / 2**20:.1f}",
            limit=f"{MAX_PACKAGE_BYTES / 2**20:.0f}",
        )
    digest = hashlib.sha256(data).hexdigest()
    with register.session(write=True) as session, session.begin():
        centre_code = session.scalars(select(Centre.code)).one()
        name = check_package(file_name, data, centre_code)
        existing = session.scalars(select(OutboxItem).where(OutboxItem.sha256 == digest)).first()
        if existing is not None:
            return _info(existing)
        item = OutboxItem(
            file_name=file_name,
            centre_code=centre_code,
            period=name.period,
            package=data,
            size=len(data),
            sha256=digest,
            created_at=clock.now(),
            created_by=user.id,
            state="queued",
            attempts=0,
        )
        session.add(item)
        session.flush()
        audit.record(
            session,
            user_id=user.id,
            action="CREATE",
            entity="outbox_item",
            entity_id=item.id,
            changes={
                "file_name": [None, file_name],
                "sha256": [None, digest],
                "size": [None, len(data)],
            },
        )
        return _info(item)


def enqueue_file(register: Register, path: Path) -> OutboxItemInfo:
    """Put the package at `path` in the outbox (the bytes are copied into the register)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(detail=f"{path}: {exc.strerror or type(exc).__name__}") from exc
    return enqueue(register, path.name, data)


def list_items(register: Register) -> list[OutboxItemInfo]:
    """Every item, newest first (any unlocked user)."""
    register.require_user()
    with register.session() as session:
        rows = session.scalars(select(OutboxItem).order_by(OutboxItem.created_at.desc())).all()
        return [_info(item) for item in rows]


def get_item(register: Register, item_id: str) -> OutboxItemInfo:
    register.require_user()
    with register.session() as session:
        return _info(_load(session, item_id))


def find_item(register: Register, ref: str) -> OutboxItemInfo:
    """An item by its id, a unique prefix of its id (at least 4 characters) or its file name."""
    items = list_items(register)
    exact = [i for i in items if ref in (i.id, i.file_name)]
    found = exact or ([i for i in items if i.id.startswith(ref)] if len(ref) >= 4 else [])
    if not found:
        raise KnownError("outbox_item_missing", item=ref)
    if len(found) > 1:
        raise KnownError("outbox_item_ambiguous", item=ref)
    return found[0]


def package_bytes(register: Register, item_id: str) -> bytes:
    register.require_user()
    with register.session() as session:
        item = session.scalars(
            select(OutboxItem).options(undefer(OutboxItem.package)).where(OutboxItem.id == item_id)
        ).one_or_none()
        if item is None:
            raise KnownError("outbox_item_missing", item=item_id)
        return item.package


def _load(session: Session, item_id: str) -> OutboxItem:
    item = session.get(OutboxItem, item_id)
    if item is None:
        raise KnownError("outbox_item_missing", item=item_id)
    return item


def _require_state(item: OutboxItem, *states: str) -> None:
    if item.state not in states:
        raise InvalidInput(
            "outbox_wrong_state",
            item=item.file_name,
            state=text(f"outbox_state_{item.state}", at="…"),
        )


def retry(register: Register, item_id: str) -> OutboxItemInfo:
    """Make a queued, interrupted or failed item due now (a failed one becomes queued again)."""
    user = require(register, *MAY_RETRY)
    with register.session(write=True) as session, session.begin():
        item = _load(session, item_id)
        _require_state(item, "queued", "interrupted", "failed")
        before = item.state
        item.state = "interrupted" if before == "interrupted" else "queued"
        item.next_attempt_at = None
        audit.record(
            session,
            user_id=user.id,
            action="UPDATE",
            entity="outbox_item",
            entity_id=item.id,
            changes={"state": [before, item.state], "retry": [None, True]},
        )
        return _info(item)


def discard(register: Register, item_id: str) -> None:
    """Take an unsent item out of the outbox (its bytes go with it)."""
    user = require(register, *MAY_QUEUE)
    with register.session(write=True) as session, session.begin():
        item = _load(session, item_id)
        _require_state(item, "queued", "interrupted", "failed")
        audit.record(
            session,
            user_id=user.id,
            action="DELETE",
            entity="outbox_item",
            entity_id=item.id,
            changes={"file_name": [item.file_name, None]},
        )
        session.delete(item)


def mark_sent_by_hand(
    register: Register, item_id: str, now: datetime | None = None
) -> OutboxItemInfo:
    """Record that the user sent this package from their own mail program ("Prepare e-mail")."""
    user = require(register, *MAY_QUEUE)
    with register.session(write=True) as session, session.begin():
        item = _load(session, item_id)
        _require_state(item, "queued", "interrupted", "failed")
        before = item.state
        item.state, item.sent_via, item.sent_at = "sent", "manual", now or clock.now()
        item.next_attempt_at = None
        audit.record(
            session,
            user_id=user.id,
            action="SEND",
            entity="outbox_item",
            entity_id=item.id,
            changes={"state": [before, "sent"], "sent_via": [None, "manual"]},
        )
        return _info(item)


# --------------------------------------------------------------------------- sending
def is_sending() -> bool:
    """Whether a `send_due` round is running in this process (e.g. to delay locking)."""
    return _SEND_LOCK.locked()


def _recover(session: Session, user_id: str | None) -> int:
    """Mark items left in `sending` by a process that died. Call only while holding the lock:
    then nothing in this process is sending, and no other process has this register open.
    Commits; each write transaction starts with its UPDATE (no stale read snapshot to upgrade)."""
    stale = session.execute(
        select(OutboxItem.id, OutboxItem.attempts, OutboxItem.last_attempt_at).where(
            OutboxItem.state == "sending"
        )
    ).all()
    session.rollback()
    for item_id, attempts, started_at in stale:
        started = f"{started_at:%Y-%m-%d %H:%M:%S} UTC" if started_at else "?"
        changed = session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item_id, OutboxItem.state == "sending")
            .values(
                state="interrupted",
                last_error="outbox_error_interrupted",
                next_attempt_at=None,
                last_error_detail=f"attempt {attempts} started {started}; no acknowledgement",
            )
        )
        if changed.rowcount == 1:  # type: ignore[attr-defined]
            audit.record(
                session,
                user_id=user_id,
                action="UPDATE",
                entity="outbox_item",
                entity_id=item_id,
                changes={"state": ["sending", "interrupted"]},
            )
        session.commit()
    return len(stale)


def recover_interrupted(register: Register) -> int:
    """After unlocking: mark items a killed process left in `sending` as interrupted (they are
    re-sent with the same Message-ID). Returns how many; 0 while a send is running."""
    user = register.require_user()
    if not _SEND_LOCK.acquire(blocking=False):
        return 0
    try:
        with register.session() as session:
            return _recover(session, user.id)
    finally:
        _SEND_LOCK.release()


def send_due(
    register: Register, now: datetime | None = None, transport: Transport | None = None
) -> list[SendResult]:
    """Send every item that is due, oldest first; for the UI's worker thread and the CLI.

    Returns one result per item tried. Nothing is tried (empty list) when SMTP is not set up or
    another round is running in this process. After a problem with the connection, the server
    or the login, the round stops: the other items would fail the same way. The round works on
    one database connection of its own, so an acknowledgement is still recorded if the register
    is locked meanwhile.
    """
    user = register.require_user()
    start_moment = now or clock.now()
    started = time.monotonic()

    def moment() -> datetime:
        return start_moment + timedelta(seconds=time.monotonic() - started)

    if not _SEND_LOCK.acquire(blocking=False):
        return []
    try:
        with (
            register.engine.connect() as conn,
            Session(bind=conn, expire_on_commit=False) as session,
        ):
            _recover(session, user.id)
            settings = mail.read(session)
            due = session.scalars(
                select(OutboxItem.id)
                .where(OutboxItem.state.in_(WAITING))
                .where(
                    or_(
                        OutboxItem.next_attempt_at.is_(None),
                        OutboxItem.next_attempt_at <= start_moment,
                    )
                )
                .order_by(OutboxItem.created_at)
            ).all()
            session.rollback()
            if not settings.smtp_configured:
                return []
            sender = transport or SmtpTransport()
            results: list[SendResult] = []
            for item_id in due:
                result, stop = _send_one(session, item_id, settings, sender, moment, user.id)
                if result is not None:
                    results.append(result)
                if stop:
                    break
            return results
    finally:
        _SEND_LOCK.release()


@dataclass(frozen=True)
class _Claimed:
    id: str
    file_name: str
    centre_code: str
    period: str
    sha256: str
    package: bytes
    message_id: str
    attempts: int


def _send_one(
    session: Session,
    item_id: str,
    settings: mail.MailSettings,
    transport: Transport,
    moment: Callable[[], datetime],
    user_id: str,
) -> tuple[SendResult | None, bool]:
    """One attempt. Returns the result (None if the item went away) and whether to stop.

    Every write transaction here starts with its UPDATE, guarded by the state it expects.
    """
    item = session.scalars(
        select(OutboxItem).options(undefer(OutboxItem.package)).where(OutboxItem.id == item_id)
    ).one_or_none()
    if item is None or item.state not in WAITING:
        session.rollback()
        return None, False
    claim = _Claimed(
        id=item.id,
        file_name=item.file_name,
        centre_code=item.centre_code,
        period=item.period,
        sha256=item.sha256,
        package=item.package,
        attempts=item.attempts + 1,
        message_id=item.message_id or new_message_id(settings.sender_address),
    )
    previous_state = item.state
    session.rollback()
    try:
        check_package(claim.file_name, claim.package, claim.centre_code)
    except NotAPackage:
        failure = DeliveryFailed(
            "outbox_error_not_package", "age header or file name", permanent=True
        )
        return _record_failure(session, claim, previous_state, failure, moment(), user_id), False

    # Claim: `sending`, attempt counted, Message-ID fixed — committed before any byte is sent.
    claimed = session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == claim.id, OutboxItem.state == previous_state)
        .values(
            state="sending",
            message_id=claim.message_id,
            attempts=claim.attempts,
            last_attempt_at=moment(),
        )
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        return None, False
    session.commit()

    outgoing = OutgoingMessage(
        sender=settings.sender_address,
        recipient=settings.ngo_address,
        message_id=claim.message_id,
        data=build_message(
            sender=settings.sender_address,
            recipient=settings.ngo_address,
            subject=letter.subject(claim.centre_code, claim.period),
            body=letter.body(claim.centre_code, claim.period, claim.file_name, claim.sha256),
            message_id=claim.message_id,
            date=moment(),
            attachment_name=claim.file_name,
            attachment=claim.package,
            headers={
                "X-Evidencija-Centre": claim.centre_code,
                "X-Evidencija-Period": claim.period,
                "X-Evidencija-Package-SHA256": claim.sha256,
            },
        ),
    )
    acknowledged: list[str] = []
    entered_ack = False

    def on_accepted(reply: str) -> None:
        # The server has taken responsibility for the message: record it before anything else.
        nonlocal entered_ack
        entered_ack = True
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == claim.id, OutboxItem.state == "sending")
            .values(
                state="sent",
                sent_at=moment(),
                sent_via="smtp",
                server_reply=reply[:200],
                last_error=None,
                last_error_detail=None,
                next_attempt_at=None,
            )
        )
        audit.record(
            session,
            user_id=user_id,
            action="SEND",
            entity="outbox_item",
            entity_id=claim.id,
            changes={"state": ["sending", "sent"], "message_id": [None, claim.message_id]},
        )
        session.commit()
        acknowledged.append(reply)

    sent = SendResult(claim.id, claim.file_name, "sent", claim.message_id)
    try:
        transport.deliver(settings, outgoing, on_accepted)
    except DeliveryFailed as failure:
        if acknowledged:  # a fault after the acknowledgement (a fake transport's QUIT …)
            return sent, False
        log.info("outbox item %s not delivered: %s", claim.id, failure.reason)
        result = _record_failure(session, claim, "sending", failure, moment(), user_id)
        return result, failure.connection
    except Exception as exc:
        if acknowledged:
            return sent, False
        session.rollback()
        if entered_ack:
            # The server accepted the message but recording it failed; the item stays `sending`
            # and a later run re-sends it with the same Message-ID (see the module docstring).
            raise
        log.exception("outbox item %s: unexpected error while sending", claim.id)
        unexpected = DeliveryFailed("outbox_error_unexpected", type(exc).__name__)
        return _record_failure(session, claim, "sending", unexpected, moment(), user_id), True
    log.info("outbox item %s delivered", claim.id)
    return sent, False


def _record_failure(
    session: Session,
    claim: _Claimed,
    from_state: str,
    failure: DeliveryFailed,
    at: datetime,
    user_id: str,
) -> SendResult:
    state = "failed" if failure.permanent else "queued"
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == claim.id, OutboxItem.state == from_state)
        .values(
            state=state,
            last_error=failure.reason,
            last_error_detail=failure.detail[:200],
            next_attempt_at=None if failure.permanent else at + backoff(claim.attempts),
        )
    )
    if failure.permanent:
        audit.record(
            session,
            user_id=user_id,
            action="SEND",
            entity="outbox_item",
            entity_id=claim.id,
            changes={"state": [from_state, "failed"], "reason": [None, failure.reason]},
        )
    session.commit()
    return SendResult(
        claim.id, claim.file_name, state, claim.message_id, failure.reason, failure.detail
    )

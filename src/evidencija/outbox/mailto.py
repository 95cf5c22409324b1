"""Prepare e-mail, for centres without SMTP (webmail): a mailto: link and the package in a folder.

`prepare_email` writes the package (it is age-encrypted: safe on disk) into a folder — by default
`outbox/` inside the register folder — and returns the mailto: URL with the NGO's address, the
subject and the short text filled in, the folder for the UI to open and the file to select.
mailto: cannot carry an attachment, so the user attaches the file by hand (`hint` says so) and
then records the item as sent (`queue.mark_sent_by_hand`).

The URL follows RFC 6068: the address, subject and body are UTF-8 and percent-encoded (space is
%20, never +), and line breaks in the body are written as %0D%0A.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..db.register import Register
from ..errors import InvalidInput, write_error
from ..fsutil import atomic_write
from ..messages import text
from ..services import audit
from ..services.roles import require
from . import letter, queue
from . import settings as mail

OUTBOX_FOLDER = "outbox"


@dataclass(frozen=True)
class PreparedEmail:
    url: str  # mailto:…
    folder: Path  # to open in the file manager
    file_path: Path  # the package in it, to select
    to: str
    subject: str
    body: str
    hint: str  # what the user does next, in their language


def _encode(value: str) -> str:
    return quote(value, safe="")


def mailto_url(to: str, subject: str, body: str) -> str:
    """`mailto:` + address + subject and body as RFC 6068 percent-encoded header fields."""
    crlf_body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    # In the address part "@" stays as it is; everything outside RFC 3986 "unreserved" is
    # encoded, which RFC 6068 allows for any character.
    return f"mailto:{quote(to, safe='@')}?subject={_encode(subject)}&body={_encode(crlf_body)}"


def prepare_email(
    register: Register, item_id: str, folder: Path | None = None, lang: str | None = None
) -> PreparedEmail:
    """Write the item's package into `folder` and build the mailto: link for it."""
    user = require(register, *queue.MAY_RETRY)
    view = mail.mail_settings(register)
    if not view.ngo_address:
        raise InvalidInput("outbox_no_ngo_address")
    item = queue.get_item(register, item_id)
    data = queue.package_bytes(register, item_id)
    target_folder = Path(folder) if folder is not None else register.paths.root / OUTBOX_FOLDER
    try:
        target_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, target_folder) from exc
    target = target_folder / item.file_name
    atomic_write(target, data)
    with register.session(write=True) as session, session.begin():
        audit.record(
            session,
            user_id=user.id,
            action="PREPARE_MAIL",
            entity="outbox_item",
            entity_id=item.id,
            changes={"file_name": [None, item.file_name]},
        )
    subject = letter.subject(item.centre_code, item.period)
    body = letter.body(item.centre_code, item.period, item.file_name, item.sha256, lang)
    return PreparedEmail(
        url=mailto_url(view.ngo_address, subject, body),
        folder=target_folder,
        file_path=target,
        to=view.ngo_address,
        subject=subject,
        body=body,
        hint=text("outbox_attach_hint", lang, file=item.file_name),
    )

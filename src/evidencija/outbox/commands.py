"""`evidencija outbox …`: the outbox from the command line, e.g. for scheduled sending.

    evidencija outbox list     --data-dir D --user U
    evidencija outbox send     --data-dir D --user U            # send what is due now
    evidencija outbox retry    --data-dir D --user U [ITEM …]   # make items due now, then send
    evidencija outbox add FILE --data-dir D --user U            # put an export package in
    evidencija outbox settings --data-dir D --user ADMIN [--ngo-address A] [--sender A]
        [--host H] [--port N] [--security starttls|tls|none] [--username U]
        [--set-password [--smtp-password-file F] | --clear-password] [--ca-file F] [--timeout S]

ITEM is an item's id, a unique prefix of it (4+ characters) or its file name; `retry` without
ITEM takes every unsent item. The SMTP password is never an argument: it comes from
--smtp-password-file, the EVIDENCIJA_SMTP_PASSWORD variable or a no-echo prompt.

`send` and `retry` exit 0 when every item they tried was delivered (or nothing was due), 22 when
some item is still waiting or failed, 21 when SMTP is not set up.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..console import examples

SMTP_PASSWORD_ENV = "EVIDENCIJA_SMTP_PASSWORD"
EXIT_NOT_ALL_SENT = 22


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    def with_user(p: argparse.ArgumentParser) -> None:
        p.add_argument("--user", required=True, help="username")
        p.add_argument("--passphrase-file", help="read the passphrase from the first line of FILE")

    p = sub.add_parser("outbox", parents=[common], help="e-mail export packages to the NGO",
                       epilog=examples("evidencija outbox list --data-dir D --user ana",
                                       "evidencija outbox send --data-dir D --user ana"))
    outbox_sub = p.add_subparsers(dest="outbox_command", required=True)
    q = outbox_sub.add_parser("list", parents=[common], help="every item and its state",
                                epilog=examples("evidencija outbox list --data-dir D --user ana"))
    with_user(q)
    q = outbox_sub.add_parser("send", parents=[common], help="send the items that are due",
                                epilog=examples("evidencija outbox send --data-dir D --user ana"))
    with_user(q)
    q = outbox_sub.add_parser("retry", parents=[common], help="make items due now, then send",
                                epilog=examples("evidencija outbox retry --data-dir D --user ana"))
    with_user(q)
    q.add_argument("items", nargs="*", metavar="ITEM")
    q = outbox_sub.add_parser("add", parents=[common], help="put an export package in the outbox",
                                epilog=examples(
                                    "evidencija outbox add --data-dir D --user ana izvoz/CSR-NS-2026-11.xlsx.age"))
    with_user(q)
    q.add_argument("file", type=Path)
    q = outbox_sub.add_parser("settings", parents=[common], help="show or change the mail settings",
                                epilog=examples("evidencija outbox settings --data-dir D --user ana",
                                                "evidencija outbox settings --data-dir D --user ana "
                                                "--host smtp.example.org --port 587 --security starttls "
                                                "--username csr --set-password"))
    with_user(q)
    q.add_argument("--ngo-address")
    q.add_argument("--sender", dest="sender_address")
    q.add_argument("--host", dest="smtp_host")
    q.add_argument("--port", dest="smtp_port", type=int)
    q.add_argument("--security", dest="smtp_security", choices=["starttls", "tls", "none"])
    q.add_argument("--username", dest="smtp_username")
    q.add_argument("--set-password", action="store_true", help="read a new SMTP password")
    q.add_argument("--smtp-password-file", help="read the SMTP password from FILE")
    q.add_argument("--clear-password", action="store_true")
    q.add_argument("--ca-file", help="PEM file of extra certificate authorities to trust")
    q.add_argument("--timeout", dest="timeout_seconds", type=int)
    p.set_defaults(func=cmd_outbox)


def _write(line: str) -> None:
    sys.stdout.write(line + "\n")


def cmd_outbox(args: argparse.Namespace) -> int:
    from ..console import open_unlocked

    with open_unlocked(args) as register:
        handler = {
            "list": _list,
            "send": _send,
            "retry": _retry,
            "add": _add,
            "settings": _settings,
        }[args.outbox_command]
        return handler(register, args)


def _list(register: Any, args: argparse.Namespace) -> int:
    from ..messages import text
    from . import queue

    items = queue.list_items(register)
    if not items:
        _write(text("outbox_empty"))
    for item in items:
        _write(
            f"{item.id[:8]}\t{item.period}\t{item.file_name}\t{item.state}\t"
            f"{item.attempts}\t{item.status()}"
        )
    return 0


def _report(results: list[Any]) -> int:
    from ..messages import text

    for r in results:
        reason = f"\t{text(r.reason)} ({r.detail})" if r.reason else ""
        _write(f"{r.item_id[:8]}\t{r.file_name}\t{r.state}{reason}")
    counts = {s: sum(1 for r in results if r.state == s) for s in ("sent", "queued", "failed")}
    _write(
        text(
            "outbox_send_report",
            sent=counts["sent"],
            queued=counts["queued"],
            failed=counts["failed"],
        )
    )
    return 0 if counts["sent"] == len(results) else EXIT_NOT_ALL_SENT


def _send(register: Any, args: argparse.Namespace) -> int:
    from . import queue
    from . import settings as mail
    from .errors import OutboxNotConfigured

    if not mail.mail_settings(register).smtp_configured:
        raise OutboxNotConfigured()
    queue.recover_interrupted(register)
    return _report(queue.send_due(register))


def _retry(register: Any, args: argparse.Namespace) -> int:
    from . import queue
    from . import settings as mail
    from .errors import OutboxNotConfigured

    if not mail.mail_settings(register).smtp_configured:
        raise OutboxNotConfigured()
    queue.recover_interrupted(register)
    if args.items:
        chosen = [queue.find_item(register, ref) for ref in args.items]
    else:
        chosen = [
            i for i in queue.list_items(register) if i.state in ("queued", "interrupted", "failed")
        ]
    for item in chosen:
        queue.retry(register, item.id)
    return _report(queue.send_due(register))


def _add(register: Any, args: argparse.Namespace) -> int:
    from ..messages import text
    from . import queue

    item = queue.enqueue_file(register, args.file)
    _write(text("outbox_added", file=item.file_name) + f" ({item.id[:8]})")
    return 0


def _settings(register: Any, args: argparse.Namespace) -> int:
    from ..console import read_secret
    from ..errors import InvalidInput
    from ..messages import text
    from . import settings as mail

    names = (
        "ngo_address",
        "sender_address",
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "smtp_username",
        "ca_file",
        "timeout_seconds",
    )
    changes: dict[str, Any] = {n: getattr(args, n) for n in names if getattr(args, n) is not None}
    if args.clear_password and (args.set_password or args.smtp_password_file):
        raise InvalidInput(detail="--clear-password / --set-password")
    if args.clear_password:
        changes["smtp_password"] = ""
    elif args.set_password or args.smtp_password_file:
        changes["smtp_password"] = read_secret(
            args.smtp_password_file, SMTP_PASSWORD_ENV, "SMTP lozinka / SMTP password: "
        )
    if changes:
        view = mail.update_mail_settings(register, **changes)
        _write(text("outbox_settings_saved"))
    else:
        view = mail.mail_settings(register)
    for name, value in vars(view).items():
        _write(f"{name}\t{value}")
    return 0

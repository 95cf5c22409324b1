"""`evidencija export` and `evidencija centre-card` (discovered by `evidencija.cli`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..console import examples, say
from ..messages import text


def cmd_export(args: argparse.Namespace) -> int:
    from ..console import open_unlocked
    from .api import run_export, set_recipients
    from .period import Period

    period = Period.parse(args.period) if args.period else Period.last_month()
    with open_unlocked(args) as register:
        if args.recipient and args.save_recipients:
            set_recipients(register, args.recipient)
        if args.plain:
            sys.stderr.write(text("export_plain_warning") + "\n")
        result = run_export(register, period, Path(args.out).absolute(),
                            recipients=args.recipient or None, plain=args.plain)
    d = result.disclosure
    say("export_done", period=result.period, path=result.path, sha256=result.sha256,
         suppressed=d.suppressed, records=d.records)
    for step in d.steps:
        sys.stdout.write(f"  [{step.stage}] {step.detail}\n")
    return 0


def cmd_centre_card(args: argparse.Namespace) -> int:
    from ..console import open_unlocked
    from .api import write_centre_card

    with open_unlocked(args) as register:
        card = write_centre_card(register, Path(args.out).absolute())
    say("centre_card_done", path=args.out, fingerprint=card.fingerprint)
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help="write the month's anonymised, signed and encrypted export (admins)",
                       epilog=examples("evidencija export --data-dir D --user ana --period 2026-11 --out izvoz/",
                                       "evidencija export --data-dir D --user ana --out izvoz/ --recipient age1… "
                                       "--save-recipients"))
    p.add_argument("--user", required=True, help="username")
    p.add_argument("--passphrase-file", help="read the passphrase from the first line of FILE")
    p.add_argument("--period", help="month YYYY-MM (default: last month)")
    p.add_argument("--out", required=True, help="folder for <centre>-<YYYY-MM>.xlsx.age")
    p.add_argument("--recipient", action="append", default=[],
                   help="the NGO's age public key (age1…); repeat for several")
    p.add_argument("--save-recipients", action="store_true",
                   help="also store the given recipients in the register for later exports")
    p.add_argument("--plain", action="store_true",
                   help="write an UNENCRYPTED (but signed) workbook when no recipient is set")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("centre-card", parents=[common],
                       help="write the centre card (code, name, signing public key) for the NGO",
                       epilog=examples("evidencija centre-card --data-dir D --user ana --out CSR-NS.card.json"))
    p.add_argument("--user", required=True, help="username")
    p.add_argument("--passphrase-file", help="read the passphrase from the first line of FILE")
    p.add_argument("--out", required=True, help="card file to write (JSON)")
    p.set_defaults(func=cmd_centre_card)

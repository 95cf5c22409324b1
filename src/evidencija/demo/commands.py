"""`evidencija demo`: create a register full of synthetic cases (discovered by `evidencija.cli`).

The register is created exactly as `init` creates one (same passphrase sources, same admin and
recovery key), then filled by `generator.generate`. The demo's messages are registered in the
core catalogue here, beside the feature that says them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from ..console import examples, say
from ..messages import CATALOGUE

DEFAULT_MUNICIPALITY = "RS-70645"  # Kragujevac, one of the AŽC project municipalities

# message id → (Serbian Latin, English, Albanian)
MESSAGES: dict[str, tuple[str, str, str]] = {
    "demo_progress": (
        "  {done} / {total} slučajeva ({rate} slučajeva/s)",
        "  {done} / {total} cases ({rate} cases/s)",
        "  {done} / {total} raste ({rate} raste/s)",
    ),
    "demo_done": (
        "Demo evidencija u {path}: {cases} slučajeva, {rows} redova za {seconds} s "
        "({rate} slučajeva/s), seme {seed}, dan {today}.",
        "Demo register in {path}: {cases} cases, {rows} rows in {seconds} s "
        "({rate} cases/s), seed {seed}, day {today}.",
        "Regjistri demo në {path}: {cases} raste, {rows} rreshta në {seconds} s "
        "({rate} raste/s), fara {seed}, dita {today}.",
    ),
    "demo_users_note": (
        "Korisnici {users} nemaju lozinku; administrator im je može dodeliti komandom "
        "„users reset”.",
        "The users {users} have no passphrase; an administrator can give them one with "
        "“users reset”.",
        "Përdoruesit {users} nuk kanë fjalëkalim; një administrator mund t'u japë një me "
        "„users reset”.",
    ),
}
for _id, _texts in MESSAGES.items():
    CATALOGUE.setdefault(_id, _texts)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..console import passphrase as read_passphrase
    from ..db.models import User
    from ..db.municipalities import municipality
    from ..db.register import Register
    from ..errors import InvalidInput
    from .generator import generate

    if args.cases < 1:
        raise InvalidInput(detail="--cases")
    try:
        muni = municipality(args.municipality)
    except KeyError:
        raise InvalidInput(detail=f"--municipality {args.municipality}") from None
    passphrase = read_passphrase(args, confirm=True)
    register, recovery_key = Register.create(
        args.data_dir,
        centre_code=args.centre_code,
        centre_name=args.centre_name or f"Centar za socijalni rad {muni.name_sr}",
        admin_username=args.admin,
        admin_display_name=args.admin_name or args.admin,
        passphrase=passphrase,
        municipality_code=muni.code,
    )
    with register:
        result = generate(
            register, cases=args.cases, seed=args.seed, today=args.today,
            progress=lambda done, total, seconds: say(
                "demo_progress", done=done, total=total, rate=f"{done / max(seconds, 1e-9):.0f}"),
        )  # fmt: skip
        with register.session() as session:
            others = sorted(session.scalars(select(User.username).where(User.role != "ADMIN")))
    say("demo_done", path=args.data_dir, cases=result.cases, rows=result.total_rows,
         seconds=f"{result.seconds:.1f}", rate=f"{result.rate:.0f}", seed=result.seed,
         today=result.today)
    say("demo_users_note", users=", ".join(others))
    say("recovery_key_notice")
    sys.stdout.write(f"\n    {recovery_key}\n\n")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common],
                       help="create a register full of synthetic demo cases",
                       epilog=examples("evidencija demo --data-dir /tmp/demo --cases 500 --seed 7",
                                       "evidencija demo --data-dir /tmp/demo-kosovo --municipality 90042"))
    p.add_argument("--cases", type=int, default=1000, help="number of cases (default 1000)")
    p.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    p.add_argument("--today", type=_day, default=None,
                   help="the day the data ends on, YYYY-MM-DD (default: today)")
    p.add_argument("--centre-code", default="CSR-DEMO", help="centre code (default CSR-DEMO)")
    p.add_argument("--centre-name", help="centre name (default: from the municipality)")
    p.add_argument("--municipality", default=DEFAULT_MUNICIPALITY,
                   help=f"municipality code of the centre (default {DEFAULT_MUNICIPALITY})")
    p.add_argument("--admin", default="admin", help="the administrator's username (default admin)")
    p.add_argument("--admin-name", help="the administrator's display name")
    p.add_argument("--passphrase-file", help="read the passphrase from the first line of FILE")
    p.set_defaults(func=cmd_demo)


__all__ = ["MESSAGES", "add_commands", "cmd_demo"]

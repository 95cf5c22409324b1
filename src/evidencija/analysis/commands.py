"""`evidencija analysis …` (discovered by `evidencija.cli`).

    evidencija analysis keygen --out IDENTITY_FILE
    evidencija analysis centres add CARD [--replace-key] [--store URL]
    evidencija analysis centres list [--store URL]
    evidencija analysis import --identity FILE [--store URL] PATH…
    evidencija analysis grid [--period 2026] [--store URL]
    evidencija analysis report [--period 2026] [--centre C…] --out report.xlsx [--charts DIR] [--store URL]
    evidencija analysis dataset --out FILE.xlsx|.csv [--period P] [--store URL]

`--store`: a SQLite file path or URL, or `postgresql://…` for a shared server; default: the
SQLite store in the analyst's data folder (or EVIDENCIJA_ANALYSIS_STORE). Without `--period`,
`grid` and `report` cover every month imported so far. `analysis import` exits
with 0 when every file was accepted or already present, 2 when any file was rejected.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..console import examples
from .errors import UsageError, atext


def _say(message_id: str, **params: object) -> None:
    sys.stdout.write(atext(message_id, **params) + "\n")


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .store import open_store

    return open_store(args.store, args.data_dir)


def cmd_keygen(args: argparse.Namespace) -> int:
    from .keys import generate_identity

    recipient = generate_identity(Path(args.out))
    _say("keygen_done", path=args.out)
    sys.stdout.write(f"\n    {recipient}\n\n")
    return 0


def cmd_centres(args: argparse.Namespace) -> int:
    from .centres import add_centre, list_centres

    with _store(args) as store:
        if args.centres_command == "add":
            for card in args.card:
                result = add_centre(store, Path(card), replace_key=args.replace_key)
                _say(
                    "centre_added" if result.changed else "centre_unchanged",
                    centre=result.centre_code,
                    name=result.name,
                    fingerprint=result.fingerprint,
                )
        else:
            for c in list_centres(store):
                retired = f"\t({c.retired_keys} retired)" if c.retired_keys else ""
                sys.stdout.write(f"{c.code}\t{c.fingerprint}\t{c.name}{retired}\n")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .importer import REJECTED, collect_files, import_files
    from .keys import load_identity

    identity = load_identity(Path(args.identity))
    paths = [Path(p) for p in args.paths]
    if not collect_files(paths):
        raise UsageError("no_files", paths=", ".join(args.paths))
    with _store(args) as store:

        def progress(done: int, total: int, outcome: Any) -> None:
            marks = {"accepted": "✓", "replaced": "✓", "unchanged": "=", "rejected": "✗"}
            sys.stdout.write(
                f"[{done}/{total}] {marks[outcome.status]} {outcome.path}: {outcome.message}\n"
            )
            sys.stdout.flush()

        summary = import_files(store, identity, paths, progress=progress)
    sys.stdout.write(summary.headline() + "\n")
    return 2 if summary.count(REJECTED) else 0


def cmd_grid(args: argparse.Namespace) -> int:
    from .grid import submission_grid
    from .report import imported_period

    with _store(args) as store:
        grid = submission_grid(store, args.period or imported_period(store), args.centre or None)
    for line in grid.as_table():
        sys.stdout.write("\t".join(line) + "\n")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .periods import months_of
    from .report import imported_period, write_report

    if args.period:
        months_of(args.period)  # validate before opening anything
    with _store(args) as store:
        result = write_report(
            store,
            args.period or imported_period(store),
            Path(args.out),
            centres=args.centre or None,
            charts_dir=Path(args.charts) if args.charts else None,
            grain=args.grain,
            lang="en" if (args.lang or "") == "en" else "sr",
        )
    _say("report_done", path=result.path)
    for chart in result.charts:
        sys.stdout.write(f"  {chart}\n")
    return 0


def cmd_dataset(args: argparse.Namespace) -> int:
    from .dataset import write_dataset
    from .periods import months_of

    months = months_of(args.period) if args.period else None
    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError("no_files", paths=args.out)
    with _store(args) as store:
        counts = write_dataset(store, out, months=months, centres=args.centre or None)
    _say("dataset_done", path=out, rows=sum(counts.values()))
    return 0


def cmd_window(args: argparse.Namespace) -> int:  # pragma: no cover - starts the GUI
    from ..ui.analysis.window import run_window

    return run_window(
        getattr(args, "data_dir", None), getattr(args, "store", None), getattr(args, "lang", None)
    )


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("analysis", parents=[common], help="the NGO's analysis workbench",
                       epilog=examples("evidencija analysis", "evidencija analysis import --identity ngo.key inbox/",
                                       "evidencija analysis report --out izvestaj.xlsx"))
    p.set_defaults(func=cmd_window)
    asub = p.add_subparsers(dest="analysis_command")

    def with_store(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--store", help="SQLite file/URL or postgresql://… (default: the data folder)"
        )

    q = asub.add_parser("keygen", parents=[common], help="make the organisation's age key",
                        epilog=examples("evidencija analysis keygen --out ngo.key"))
    q.add_argument("--out", required=True, help="identity file to write (never overwritten)")
    q.set_defaults(func=cmd_keygen)

    q = asub.add_parser("centres", parents=[common], help="registered centres",
                        epilog=examples("evidencija analysis centres add CSR-NS.card.json",
                                        "evidencija analysis centres list"))
    csub = q.add_subparsers(dest="centres_command", required=True)
    r = csub.add_parser("add", parents=[common], help="register centres from their cards",
                        epilog=examples("evidencija analysis centres add cards/*.card.json"))
    r.add_argument("card", nargs="+")
    r.add_argument(
        "--replace-key",
        action="store_true",
        help="accept a changed key (after checking its fingerprint with the centre)",
    )
    with_store(r)
    r = csub.add_parser("list", parents=[common], epilog=examples("evidencija analysis centres list"))
    with_store(r)
    q.set_defaults(func=cmd_centres)

    q = asub.add_parser(
        "import", parents=[common], help="import export packages (files or folders)",
        epilog=examples("evidencija analysis import --identity ngo.key inbox/",
                        "evidencija analysis import --identity ngo.key --store postgresql://analiza@server/evidencija "
                        "inbox/")
    )
    q.add_argument("--identity", required=True, help="the organisation's age identity file")
    q.add_argument("paths", nargs="+", metavar="PATH")
    with_store(q)
    q.set_defaults(func=cmd_import)

    q = asub.add_parser("grid", parents=[common], help="which centres sent which months",
                        epilog=examples("evidencija analysis grid", "evidencija analysis grid --period 2026"))
    q.add_argument("--period", help="YYYY, YYYY-Qn or YYYY-MM (default: every imported month)")
    q.add_argument("--centre", action="append", default=[])
    with_store(q)
    q.set_defaults(func=cmd_grid)

    q = asub.add_parser("report", parents=[common], help="the consolidated report workbook",
                        epilog=examples("evidencija analysis report --out izvestaj.xlsx",
                                        "evidencija analysis report --period 2026-Q3 --grain quarter --out q3.xlsx "
                                        "--charts grafikoni/"))
    q.add_argument("--period", help="YYYY, YYYY-Qn, YYYY-MM or A..B (default: every imported month)")
    q.add_argument("--centre", action="append", default=[], help="only these centres (repeat)")
    q.add_argument("--out", required=True)
    q.add_argument("--charts", help="also write PNG and SVG charts into this folder")
    q.add_argument("--grain", choices=("month", "quarter", "year"), default="month")
    with_store(q)
    q.set_defaults(func=cmd_report)

    q = asub.add_parser("dataset", parents=[common], help="the consolidated anonymised rows",
                        epilog=examples("evidencija analysis dataset --out podaci.xlsx",
                                        "evidencija analysis dataset --period 2026 --out podaci.csv"))
    q.add_argument("--out", required=True, help="FILE.xlsx, or FILE.csv (one file per sheet)")
    q.add_argument("--period")
    q.add_argument("--centre", action="append", default=[])
    with_store(q)
    q.set_defaults(func=cmd_dataset)

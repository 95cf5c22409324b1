"""Benchmarks of the register on synthetic data: `python -m bench.run` (or `make bench ARGS=…`).

Each figure is reported against a floor measured in the same run on the same machine, as
ARCHITECTURE §10 asks, plus the absolute medians:

* ``generation`` — `evidencija.demo.generator.generate` (rows into the encrypted register,
  SQLAlchemy Core executemany, one transaction per 1,000 cases) against the floor: the very
  same rows built in memory and written with stdlib ``sqlite3`` executemany into a plain file.
* ``search`` — ~50 typical case-list queries (name prefixes with and without diacritics, full
  names, JMBGs, file numbers) through the services' `count_cases` + `search_cases`, against the
  floor: the exact SQL statements those calls issued (captured from the engine), replayed on
  bare ``sqlite3`` over a plain, unencrypted copy of the same database. The same replay on the
  encrypted file through the raw SQLCipher connection splits encryption from our overhead.
* ``export`` — the monthly anonymised export (`export.run_export`, encrypted to an age
  recipient) of the last three months, against the floor: bare openpyxl write-only mode writing
  the very same rows into memory; plus the peak traced memory of one export.
* ``edit`` — saving one case edit through `services.cases.update_case` (role check, validation,
  optimistic version, audit entry, commit), against its captured statements replayed on the
  plain copy in one transaction with the same durability (WAL, synchronous=FULL).

Results go to ``bench/RESULTS.md`` (with the machine, versions and date) and to stdout.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

BENCHMARKS = ("generation", "search", "edit", "desktop", "mywork", "export")
EXPORT_MONTHS = ("2025-11", "2025-12", "2026-01")  # the last three months of the demo data
DEFAULT_SIZES = (1_000, 10_000)
PASSPHRASE = "Bench-lozinka-2026-dugacka"
TODAY = date(2026, 1, 31)
SEED = 2026
RESULTS = Path(__file__).with_name("RESULTS.md")


# ------------------------------------------------------------------------------ small tools
def median_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


@contextmanager
def captured(engine: Any) -> Iterator[list[tuple[str, Any]]]:
    """The DB-API statements (and parameters) the engine sends while the block runs."""
    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
               executemany: bool) -> None:  # fmt: skip
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def replay(conn: Any, statements: list[tuple[str, Any]]) -> None:
    """Run captured statements on a DB-API connection (autocommit mode), reading every row."""
    began = False
    for sql, params in statements:
        if sql.strip().upper() in ("BEGIN", "BEGIN IMMEDIATE"):
            if began:  # the previous session's transaction ended on the DB-API connection
                conn.execute("COMMIT")
            began = True
        conn.execute(sql, params or ()).fetchall()
    if began:
        conn.execute("COMMIT")


@dataclass
class Row:
    benchmark: str
    size: int
    figure: str
    ours: float  # seconds (or cases/s for rates, see `unit`)
    floor: float
    unit: str  # "s" (lower is better) or "cases/s" (higher is better)
    notes: str = ""

    @property
    def ratio(self) -> float:
        if self.unit == "cases/s":
            return self.floor / self.ours if self.ours else float("inf")
        return self.ours / self.floor if self.floor else float("inf")


@dataclass
class Context:
    size: int
    workdir: Path
    register: Any = None
    result: Any = None
    plain: Path | None = None
    rows: list[Row] = field(default_factory=list)
    reuse: bool = False


# ------------------------------------------------------------------------------ the register
def make_register(ctx: Context) -> None:
    from evidencija.db.register import Register

    target = ctx.workdir / f"register-{ctx.size}"
    shutil.rmtree(target, ignore_errors=True)
    ctx.register, _ = Register.create(
        target, centre_code="CSR-KG", centre_name="Centar za socijalni rad Kragujevac",
        admin_username="admin", admin_display_name="Admin", passphrase=PASSPHRASE,
        municipality_code="RS-70645",
    )  # fmt: skip


def bench_generation(ctx: Context) -> None:
    from evidencija.demo import generator

    make_register(ctx)
    say(f"  generating {ctx.size:,} cases …")
    ctx.result = generator.generate(ctx.register, cases=ctx.size, seed=SEED, today=TODAY)
    ours = ctx.result.rate
    say(f"  {ctx.result.total_rows:,} rows in {ctx.result.seconds:.1f} s ({ours:.0f} cases/s)")
    floor = generation_floor(ctx)
    ctx.rows.append(Row("generation", ctx.size, "cases per second", ours, floor, "cases/s",
                        f"{ctx.result.total_rows:,} rows, {ctx.result.seconds:.1f} s"))


def generation_floor(ctx: Context) -> float:
    """The same rows, built in memory and written by stdlib sqlite3 into a plain file."""
    from sqlalchemy import create_engine

    from evidencija.db.models import Base
    from evidencija.db.municipalities import municipality
    from evidencija.demo import generator

    path = ctx.workdir / f"floor-{ctx.size}.db"
    path.unlink(missing_ok=True)
    schema = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(schema)
    schema.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    gen = generator._Generator(SEED, TODAY, municipality("RS-70645"), "CSR-KG")
    started = time.perf_counter()
    gen.users(ctx.size, {"admin"})
    first = gen.limit - generator.SPAN_DAYS * generator.DAY
    minutes = sorted(gen.rng.randrange(generator.SPAN_DAYS * 1440) for _ in range(ctx.size))

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
        if isinstance(value, date):
            return value.isoformat()
        return value

    for i, minute in enumerate(minutes, 1):
        gen.case(first + minute * generator.MINUTE)
        if i % generator.DEFAULT_BATCH == 0 or i == ctx.size:
            conn.execute("BEGIN")
            for table in generator.TABLES:
                batch = gen.rows[table.name]
                if batch:
                    cols = list(batch[0])
                    sql = (f"INSERT INTO {table.name} ({', '.join(cols)}) "  # noqa: S608
                           f"VALUES ({', '.join('?' * len(cols))})")
                    conn.executemany(sql, [tuple(plain(r[c]) for c in cols) for r in batch])
                    batch.clear()
            conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    path.unlink(missing_ok=True)
    say(f"  floor: same rows by bare sqlite3 into a plain file: {ctx.size / seconds:.0f} cases/s")
    return ctx.size / seconds


def ensure_register(ctx: Context) -> None:
    if ctx.register is not None:
        return
    kept = ctx.workdir / f"register-{ctx.size}"
    if ctx.reuse and kept.is_dir():
        from evidencija.db.register import Register

        say(f"  reusing {kept}")
        ctx.register = Register.open(kept)
        ctx.register.unlock("admin", PASSPHRASE)
        return
    bench_generation(ctx)


def plain_copy(ctx: Context) -> Path:
    """An unencrypted copy of the register's database (sqlcipher_export)."""
    if ctx.plain is not None:
        return ctx.plain
    path = ctx.workdir / f"plain-{ctx.size}.db"
    path.unlink(missing_ok=True)
    with ctx.register.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(path),))
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
    ctx.plain = path
    return path


def open_plain(path: Path) -> sqlite3.Connection:
    """The plain copy, opened by the SQLite inside sqlcipher3 with no key: the same SQLite version
    as the register's (the stdlib's may be too old for its schema: FTS5 contentless_delete needs
    3.43), without encryption."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


# ------------------------------------------------------------------------------ search
def typical_queries(ctx: Context, n: int = 50) -> list[str]:
    """Queries a caseworker types, drawn (deterministically) from the register itself."""
    import random

    from sqlalchemy import select

    from evidencija.db.models import Case, Participant, Person
    from evidencija.translit import fold

    rng = random.Random(7)
    with ctx.register.session() as session:
        people = session.execute(
            select(Person.first_name, Person.last_name, Person.jmbg)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.role == "VICTIM").order_by(Person.id).limit(2000)
        ).all()
        files = list(session.scalars(select(Case.file_number).order_by(Case.id).limit(2000)))
    queries: list[str] = []
    with_dj = [p for p in people if "đ" in (p.last_name + p.first_name).lower()]
    for p in rng.sample(people, 12):
        queries.append(p.last_name[:4])  # a prefix as typed, diacritics and all
    for p in rng.sample(with_dj or people, min(6, len(with_dj or people))):
        folded = fold(p.last_name)  # "djordjevic" and "dordevic"
        queries += [folded[:6], folded.replace("dj", "d")[:6]]
    for p in rng.sample(people, 8):
        queries.append(f"{fold(p.first_name)} {fold(p.last_name)}")
    numbers = [p.jmbg for p in people if p.jmbg]
    for number in rng.sample(numbers, 8):
        queries.append(number)
    for f in rng.sample(files, 6):
        queries.append(f)
        queries.append(f[-9:])  # "2025-00123": year and number only
    return queries[:n]


def bench_search(ctx: Context) -> None:
    from evidencija.services import search
    from evidencija.services.dto import CaseQuery

    ensure_register(ctx)
    queries = typical_queries(ctx)
    plain = open_plain(plain_copy(ctx))
    engine = ctx.register.engine
    ours, floor, cipher, hits = [], [], [], []
    for q in queries:  # one warm-up pass: the figures are for a register in use
        search.count_cases(ctx.register, CaseQuery(text=q))
    for q in queries:
        query = CaseQuery(text=q)
        gc.collect()
        with captured(engine) as statements:
            started = time.perf_counter()
            found = search.count_cases(ctx.register, query)
            search.search_cases(ctx.register, query, 0, 100)
            ours.append(time.perf_counter() - started)
        hits.append(found)
        started = time.perf_counter()
        replay(plain, statements)
        floor.append(time.perf_counter() - started)
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            started = time.perf_counter()
            replay(raw, statements)
            cipher.append(time.perf_counter() - started)
    plain.close()
    (om, op), (fm, fp), (cm, cp) = median_p95(ours), median_p95(floor), median_p95(cipher)
    note = (f"{len(queries)} queries, median {statistics.median(hits):.0f} hits; same SQL on "
            f"SQLCipher raw: median {ms(cm)}, p95 {ms(cp)}")
    ctx.rows.append(Row("search", ctx.size, "median latency (count + first page)", om, fm, "s",
                        note))
    ctx.rows.append(Row("search", ctx.size, "p95 latency (count + first page)", op, fp, "s"))
    say(f"  search: median {ms(om)} (floor {ms(fm)}, SQLCipher raw {ms(cm)}), "
        f"p95 {ms(op)} (floor {ms(fp)})")


# ------------------------------------------------------------------------------ edit
def bench_edit(ctx: Context, n: int = 50) -> None:
    import dataclasses

    from sqlalchemy import select

    from evidencija.db.models import Case, User
    from evidencija.services import cases, records, users

    ensure_register(ctx)
    reg = ctx.register
    with reg.session() as session:
        manager = session.scalar(select(User.username).where(User.role == "CASE_MANAGER")
                                 .order_by(User.username).limit(1))
        ids = list(session.scalars(select(Case.id).where(Case.status.in_(cases.OPEN_STATUSES))
                                   .order_by(Case.id).limit(n)))
    if reg.user.role != "CASE_MANAGER":
        users.reset_passphrase(reg, manager, PASSPHRASE)
        reg.lock()
        reg.unlock(manager, PASSPHRASE)
    plain = open_plain(plain_copy(ctx))
    ours, floor = [], []
    for case_id in (ids * (n // max(1, len(ids)) + 1))[:n]:
        info = cases.get_case(reg, case_id)
        data = cases.CASE.data(**records.values_of(cases.CASE, info))
        data = dataclasses.replace(data, internal_team=not data.internal_team)
        gc.collect()
        with captured(reg.engine) as statements:
            started = time.perf_counter()
            cases.update_case(reg, case_id, data, expected_version=info.version_id)
            ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        replay(plain, statements)
        floor.append(time.perf_counter() - started)
    plain.close()
    (om, op), (fm, _fp) = median_p95(ours), median_p95(floor)
    ctx.rows.append(Row("edit", ctx.size, "save one case edit (median)", om, fm, "s",
                        f"{n} saves, p95 {ms(op)}"))
    say(f"  edit: median {ms(om)} (floor {ms(fm)}), p95 {ms(op)}")


# ------------------------------------------------------------------------------ desktop
def bench_desktop(ctx: Context, n: int = 20) -> None:
    """What a caseworker waits for in the app: unlock → first page of the case list (beyond the
    KDF), and opening a case file (the case with every record, and its history)."""
    from sqlalchemy import select

    from evidencija.db.models import Case
    from evidencija.services import casefile, history, search
    from evidencija.services.dto import CaseQuery

    ensure_register(ctx)
    reg = ctx.register
    username = reg.require_user().username
    plain_path = plain_copy(ctx)
    ours, floor, kdf = [], [], []
    for _ in range(7):
        reg.lock()
        gc.collect()
        started = time.perf_counter()
        from evidencija.db import keys

        keys.forget(reg.keyfile.unlock(username, PASSPHRASE))
        kdf.append(time.perf_counter() - started)
        started = time.perf_counter()
        reg.unlock(username, PASSPHRASE, verify=False)  # as the desktop app does
        with captured(reg.engine) as statements:
            search.count_cases(reg, CaseQuery())
            search.search_cases(reg, CaseQuery(), 0, 100)
        ours.append(time.perf_counter() - started - kdf[-1])
        started = time.perf_counter()
        plain = open_plain(plain_path)
        replay(plain, statements)
        plain.close()
        floor.append(time.perf_counter() - started)
    (om, _), (fm, _), (km, _) = median_p95(ours), median_p95(floor), median_p95(kdf)
    ctx.rows.append(Row("desktop", ctx.size, "unlock → case list shown, beyond the KDF (median)", om,
                        fm, "s", f"7 unlocks; KDF of the (test-strength) slot {ms(km)} excluded; "
                        "floor: open the plain copy and run the same SQL; the page check runs "
                        "afterwards in the background"))
    say(f"  unlock to case list: median {ms(om)} beyond the KDF (floor {ms(fm)})")
    with reg.session() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.opened_on.desc()).limit(n)))
    plain = open_plain(plain_path)
    ours, floor = [], []
    for case_id in ids:
        gc.collect()
        with captured(reg.engine) as statements:
            started = time.perf_counter()
            casefile.get_case_file(reg, case_id)
            history.case_history(reg, case_id)
            ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        replay(plain, statements)
        floor.append(time.perf_counter() - started)
    plain.close()
    (om, op), (fm, _) = median_p95(ours), median_p95(floor)
    ctx.rows.append(Row("desktop", ctx.size, "open a case file with its history (median)", om, fm,
                        "s", f"{len(ids)} recent cases, p95 {ms(op)}"))
    say(f"  open case file: median {ms(om)} (floor {ms(fm)}), p95 {ms(op)}")


# ------------------------------------------------------------------------------ my work
def bench_mywork(ctx: Context, n: int = 7) -> None:
    """The My work page's read: for the colleague who manages the most open cases (what a
    caseworker waits for when her window opens), and for the whole centre (a case manager's)."""
    from sqlalchemy import func, select

    from evidencija.db.models import Case
    from evidencija.services import cases, my_work

    ensure_register(ctx)
    reg = ctx.register
    with reg.session() as session:
        busiest, count = session.execute(
            select(Case.case_manager_id, func.count())
            .where(Case.status.in_(cases.OPEN_STATUSES), Case.case_manager_id.is_not(None))
            .group_by(Case.case_manager_id).order_by(func.count().desc()).limit(1)).one()
    plain = open_plain(plain_copy(ctx))
    for who, person, runs in (("one colleague", busiest, n), ("whole centre", None, 3)):
        my_work.my_work(reg, person)  # warm-up: the figures are for a register in use
        ours, floor, sizes = [], [], []
        for _ in range(runs):
            gc.collect()
            with captured(reg.engine) as statements:
                started = time.perf_counter()
                work = my_work.my_work(reg, person)
                ours.append(time.perf_counter() - started)
            sizes.append(len(work.open_cases) + len(work.due))
            started = time.perf_counter()
            replay(plain, statements)
            floor.append(time.perf_counter() - started)
        (om, op), (fm, _) = median_p95(ours), median_p95(floor)
        note = (f"{runs} reads; {len(work.open_cases):,} open cases, {len(work.due):,} due, "
                f"{len(work.quiet):,} quiet; floor: the same SQL on the plain copy")
        if person is not None:
            note += f" (the busiest colleague: {count:,} open cases)"
        ctx.rows.append(Row("my work", ctx.size, f"open My work, {who} (median)", om, fm, "s",
                            note))
        say(f"  my work ({who}): median {ms(om)} (floor {ms(fm)}), p95 {ms(op)}")
    plain.close()


# ------------------------------------------------------------------------------ export
def bench_export(ctx: Context) -> None:
    """One month's export end to end (extraction, gate, aggregates, workbook, signature, age,
    atomic write, history) against bare openpyxl write-only writing the same rows."""
    import tracemalloc
    from io import BytesIO

    import openpyxl
    import pyrage

    from evidencija.export import api
    from evidencija.export.schema import SHEETS

    ensure_register(ctx)
    reg = ctx.register
    if reg.require_user().role != "ADMIN":  # the edit benchmark works as a case manager
        reg.lock()
        reg.unlock("admin", PASSPHRASE)
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    out = ctx.workdir / f"export-{ctx.size}"

    def bare(sheets: dict[str, list[dict[str, Any]]]) -> None:
        wb = openpyxl.Workbook(write_only=True)
        for sheet in SHEETS:
            ws = wb.create_sheet(sheet.name)
            ws.append(list(sheet.column_names))
            for row in sheets[sheet.name]:
                ws.append([row[c] for c in sheet.column_names])
        wb.save(BytesIO())

    ours, floor, rows = [], [], []
    for month in EXPORT_MONTHS:
        gc.collect()
        started = time.perf_counter()
        result = api.run_export(reg, month, out, recipients=[recipient])
        ours.append(time.perf_counter() - started)
        sheets = api._build(reg, api.Period.parse(month), api._Ticker(None, None)).sheets
        rows.append(sum(len(v) for v in sheets.values()))
        gc.collect()
        started = time.perf_counter()
        bare(sheets)
        floor.append(time.perf_counter() - started)
        say(f"  export {month}: {ours[-1]:.2f} s (floor {floor[-1]:.2f} s), {rows[-1]:,} rows, "
            f"{result.row_counts['victims']:,} victims")
    gc.collect()
    tracemalloc.start()
    api.run_export(reg, EXPORT_MONTHS[-1], out, recipients=[recipient])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    shutil.rmtree(out, ignore_errors=True)
    (om, _), (fm, _) = median_p95(ours), median_p95(floor)
    ctx.rows.append(Row("export", ctx.size, "export one month, encrypted (median)", om, fm, "s",
                        f"{len(EXPORT_MONTHS)} months, {min(rows):,}–{max(rows):,} rows each; "
                        f"peak traced memory {peak / 1e6:.0f} MB"))
    say(f"  export: median {om:.2f} s (floor {fm:.2f} s), peak traced memory {peak / 1e6:.0f} MB")


# ------------------------------------------------------------------------------ report
def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def machine() -> list[str]:
    import sqlalchemy
    import sqlcipher3

    probe = sqlcipher3.connect(":memory:")
    cipher = probe.execute("PRAGMA cipher_version").fetchone()
    engine_sqlite = probe.execute("SELECT sqlite_version()").fetchone()[0]
    probe.close()
    return [
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs",
        f"- Python {platform.python_version()}; SQLAlchemy {sqlalchemy.__version__}",
        f"- SQLCipher {cipher[0] if cipher else '?'} (SQLite {engine_sqlite}); "
        f"stdlib sqlite3 (the floor): SQLite {sqlite3.sqlite_version}",
    ]


def write_results(rows: list[Row], sizes: list[int], only: list[str], seconds: float,
                  out: Path) -> None:
    lines = [
        "# Benchmark results",
        "",
        "Produced by `python -m bench.run "
        f"--sizes {','.join(map(str, sizes))} --only {','.join(only)}` "
        f"in {seconds / 60:.1f} min. See `bench/README.md` for what each figure measures. The "
        "ratio is ours ÷ floor (how many times slower than the floor; 1.0 = as fast).",
        "",
        *machine(),
        "",
        "| benchmark | cases | figure | ours | floor | ratio | notes |",
        "|---|---:|---|---:|---:|---:|---|",
    ]
    for r in rows:
        if r.unit == "cases/s":
            a, b = f"{r.ours:,.0f} cases/s", f"{r.floor:,.0f} cases/s"
        else:
            a, b = ms(r.ours), ms(r.floor)
        lines.append(f"| {r.benchmark} | {r.size:,} | {r.figure} | {a} | {b} | "
                     f"{r.ratio:.1f}× | {r.notes} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="register sizes in cases, comma-separated (e.g. 1000,10000,100000)")
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help=f"benchmarks to run, comma-separated: {', '.join(BENCHMARKS)}")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file (Markdown)")
    parser.add_argument("--workdir", type=Path, help="where to build the registers (temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the registers afterwards")
    parser.add_argument("--reuse", action="store_true",
                        help="open the register an earlier run left in --workdir "
                        "instead of generating it again")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    only = [b.strip() for b in args.only.split(",") if b.strip()]
    unknown = set(only) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    # Key slots are made once per register here and are not what is measured.
    os.environ.setdefault("EVIDENCIJA_TEST_WEAK_KDF", "1")
    runs: dict[str, Callable[[Context], None]] = {
        "generation": bench_generation, "search": bench_search, "edit": bench_edit,
        "desktop": bench_desktop, "mywork": bench_mywork, "export": bench_export,
    }
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="evidencija-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows: list[Row] = []
    try:
        for size in sizes:
            say(f"== {size:,} cases")
            ctx = Context(size, workdir, reuse=args.reuse)
            try:
                for name in only:
                    runs[name](ctx)
            finally:
                if ctx.register is not None:
                    ctx.register.close()
            rows += ctx.rows
            write_results(rows, sizes, only, time.perf_counter() - started, args.out)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    say(f"results: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

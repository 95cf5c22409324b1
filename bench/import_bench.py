"""Benchmark of the analysis import and indicators (ARCHITECTURE §10, issue 6).

    .venv/bin/python bench/import_bench.py [--centres 150] [--months 12] [--no-postgres]

1. Three demo registers are generated and each exports twelve months (the real export).
2. N synthetic centres are made from those workbooks: each gets its own Ed25519 key and centre
   card, its centre code written into the workbook metadata, and its own signed, age-encrypted
   packages (N × months files).
3. Import all files into a fresh SQLite store (and into a private PostgreSQL server, when the
   binaries are installed): files per second, and the ratio against the floor measured in the
   same run — just reading the same workbooks with python-calamine (every sheet to Python).
4. Indicator computation over the whole store (load the rows + every indicator by centre and
   month + publication with suppression), for SQLite and PostgreSQL.

Prints the results; nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from datetime import date
from pathlib import Path


def _relabel(members: list[tuple[str, bytes]], old: str, new: str, export_id: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            data = data.replace(f">{old}<".encode(), f">{new}<".encode())
            data = data.replace(b">@EXPORT_ID@<", f">{export_id}<".encode())
            z.writestr(
                zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return out.getvalue()


def build_corpus(
    root: Path, n_centres: int, n_months: int
) -> tuple[Path, Path, list[Path], list[bytes]]:
    os.environ["EVIDENCIJA_TEST_WEAK_KDF"] = "1"
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    from evidencija.analysis.keys import generate_identity, load_identity
    from evidencija.db.register import Register
    from evidencija.demo.generator import generate
    from evidencija.export import package as P
    from evidencija.export.api import run_export
    from evidencija.export.workbook import read_workbook

    recipient = generate_identity(root / "ngo.key")
    identity = load_identity(root / "ngo.key")
    months = [f"2026-{m:02d}" for m in range(1, n_months + 1)]
    templates: list[tuple[str, dict[str, list[tuple[str, bytes]]]]] = []
    for i, (code, muni) in enumerate(
        (("CSR-KG", "RS-70645"), ("CSR-LO", "RS-70734"), ("QPS-PR", "XK-PRISHTINE"))
    ):
        reg, _ = Register.create(
            root / f"reg-{code}",
            centre_code=code,
            centre_name=code,
            admin_username="admin",
            admin_display_name="Admin",
            passphrase="Sigurna-lozinka-2026",
            municipality_code=muni,
        )
        generate(reg, cases=300, seed=100 + i, today=date(2027, 1, 20))
        per_month = {}
        for m in months:
            pkg = run_export(reg, m, root / "templates", recipients=[recipient]).path
            plain = pyrage.decrypt(pkg.read_bytes(), [identity])
            with zipfile.ZipFile(io.BytesIO(plain)) as z:
                wb = z.read(next(n for n in z.namelist() if n.endswith(".xlsx")))
            export_id = str(read_workbook(wb, ["metadata"])["metadata"][3]["value"])
            with zipfile.ZipFile(io.BytesIO(wb)) as z:
                members = [
                    (x.filename, z.read(x).replace(f">{export_id}<".encode(), b">@EXPORT_ID@<"))
                    for x in z.infolist()
                ]
            per_month[m] = members
        reg.close()
        templates.append((code, per_month))

    files: list[Path] = []
    workbooks: list[bytes] = []
    cards = root / "cards"
    cards.mkdir()
    out = root / "packages"
    out.mkdir()
    for c in range(n_centres):
        code = f"C{c:03d}"
        key = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        public = P.public_key_bytes(key)
        (cards / f"{code}.json").write_bytes(
            P.CentreCard(code, code, public, P.fingerprint(public)).to_json()
        )
        src_code, per_month = templates[c % len(templates)]
        for m in months:
            export_id = str(uuid.uuid4())
            wb = _relabel(per_month[m], src_code, code, export_id)
            name = P.file_stem(code, m) + ".xlsx"
            manifest = P.build_manifest(
                centre_code=code,
                period=m,
                export_id=export_id,
                created_at="2027-01-05T10:00:00+00:00",
                sequence=1,
                software_version="bench",
                schema_version=1,
                workbook_name=name,
                workbook=wb,
                signing_key=key,
                metadata={},
            )
            path = out / (name + ".age")
            path.write_bytes(
                P.encrypt(P.envelope(manifest, P.sign(manifest, key), name, wb), [recipient])
            )
            files.append(path)
            workbooks.append(wb)
    return root / "ngo.key", cards, files, workbooks


def calamine_floor(workbooks: list[bytes]) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    for wb in workbooks:
        book = CalamineWorkbook.from_filelike(io.BytesIO(wb))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return time.perf_counter() - started


def run_store(
    url: str, identity_file: Path, cards: Path, files: list[Path], label: str
) -> dict[str, float]:
    from evidencija.analysis import indicators as I
    from evidencija.analysis.centres import add_centre
    from evidencija.analysis.importer import REJECTED, import_files
    from evidencija.analysis.keys import load_identity
    from evidencija.analysis.rowsets import load_rowset
    from evidencija.analysis.store import open_store

    store = open_store(url)
    for card in sorted(cards.glob("*.json")):
        add_centre(store, card)
    identity = load_identity(identity_file)
    started = time.perf_counter()
    summary = import_files(store, identity, files)
    imported = time.perf_counter() - started
    assert summary.count(REJECTED) == 0, summary.lines("en")[:5]
    per_file = [o.seconds for o in summary.outcomes]
    started = time.perf_counter()
    rs = load_rowset(store)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    tables = I.compute_all(rs, rows="centre", grain="month")
    computed = time.perf_counter() - started
    started = time.perf_counter()
    for t in tables:
        t.published()
    published = time.perf_counter() - started
    rows = sum(store.table_counts().values())
    store.dispose()
    print(
        f"[{label}] import {len(files)} files: {imported:.1f} s = {len(files) / imported:.1f} files/s "
        f"(median {statistics.median(per_file) * 1000:.0f} ms, max {max(per_file) * 1000:.0f} ms per file); "
        f"{rows} store rows"
    )
    print(
        f"[{label}] indicators over the whole store: load rows {loaded:.2f} s, compute "
        f"{len(tables)} indicators by centre × month {computed:.2f} s, publish (suppression) "
        f"{published:.2f} s; total {loaded + computed + published:.2f} s"
    )
    return {"import": imported, "load": loaded, "compute": computed, "publish": published}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--centres", type=int, default=150)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args(argv)
    import sqlalchemy

    print(
        f"machine: {platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}, "
        f"SQLAlchemy {sqlalchemy.__version__}"
    )
    with tempfile.TemporaryDirectory(prefix="evidencija-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        identity, cards, files, workbooks = build_corpus(root, args.centres, args.months)
        print(
            f"corpus: {len(files)} packages ({args.centres} centres × {args.months} months), "
            f"median workbook {statistics.median(len(w) for w in workbooks) / 1024:.0f} KiB, "
            f"built in {time.perf_counter() - started:.0f} s"
        )
        floor = calamine_floor(workbooks)
        print(
            f"floor: python-calamine reads the same {len(workbooks)} workbooks (every sheet) in "
            f"{floor:.2f} s = {len(workbooks) / floor:.0f} files/s"
        )
        res = run_store(f"sqlite:///{root / 'store.db'}", identity, cards, files, "sqlite")
        print(f"[sqlite] import / calamine floor = {res['import'] / floor:.1f}×")
        if not args.no_postgres:
            from evidencija.analysis.store.pgserver import PostgresUnavailable, running_postgres

            try:
                with running_postgres() as server:
                    url = server.create_database("bench")
                    res = run_store(url, identity, cards, files, "postgresql")
                    print(f"[postgresql] import / calamine floor = {res['import'] / floor:.1f}×")
            except PostgresUnavailable as exc:
                print(f"[postgresql] skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

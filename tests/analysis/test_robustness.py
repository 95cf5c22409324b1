"""Robustness of the import: more than 10,000 mutated or malformed files per run.

Mutants are made in memory from a few valid workbooks (real exports, re-labelled for a test
centre whose signing key the test holds) and re-wrapped in a package signed by that registered
centre, so the mutations reach the workbook checks; others mutate the package itself. Kinds:
truncation, bit flips, byte splices, zip bombs (honest and lying sizes, in the workbook and in
the package), XML entity bombs (billion laughs), DTDs, cells far outside the sheet, huge
shared-string counts, wrong cell types, missing and renamed sheets, dropped and duplicated
members, huge strings, many members.

Every file must end in a clean accept or a `Rejected` (never another exception), within 1 s.
The bulk is checked without a database write (`check_file`); a sample goes through the full
transaction path on both stores, and the store's row counts must be unchanged after every
rejected file.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from analysis_support import make_test_centre, workbook_of

from evidencija.analysis.errors import Rejected
from evidencija.analysis.importer import REJECTED, check_file, import_file
from evidencija.analysis.limits import DEFAULT_LIMITS

pytestmark = pytest.mark.slow

SEED = 20261122
TOTAL_MUTANTS = 10_200
SAMPLE_THROUGH_STORE = 120
MAX_SECONDS = 1.0
PERIOD = "2026-03"
KEEP_ROWS = 12

LOL = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)


# ------------------------------------------------------------------------------ base workbooks
def _relabel(workbook: bytes, centre: str) -> bytes:
    """The same workbook with the metadata naming `centre` (rewritten by the export's writer)."""
    from evidencija.export.schema import SHEETS
    from evidencija.export.workbook import WorkbookWriter, read_workbook

    sheets = read_workbook(workbook)
    # Small but complete: a few rows of every sheet keep each mutant cheap to check.
    for name, rows in sheets.items():
        if name != "metadata":
            del rows[KEEP_ROWS:]
    for row in sheets["metadata"]:
        if str(row["key"]).startswith("rows_") and row["key"][5:] in sheets:
            row["value"] = len(sheets[row["key"][5:]])
        if row["key"] == "centre_code":
            row["value"] = centre
        if row["key"] == "period":
            row["value"] = PERIOD
        if row["key"] == "export_id":
            row["value"] = "EXPORT-ID"
    writer = WorkbookWriter()
    for sheet in SHEETS:
        writer.add_sheet(sheet, sheets[sheet.name])
    return writer.finish()


def _members(workbook: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _zip(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    import warnings

    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", method, compresslevel=1) as z:
        warnings.simplefilter("ignore")  # duplicate member names are one of the mutations
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, compress_type=method)
    return out.getvalue()


def _set_export_id(members: list[tuple[str, bytes]], export_id: str) -> list[tuple[str, bytes]]:
    return [(n, d.replace(b"EXPORT-ID", export_id.encode())) for n, d in members]


# ------------------------------------------------------------------------------ mutators
def _sheet_names(members: list[tuple[str, bytes]]) -> list[int]:
    return [i for i, (n, _d) in enumerate(members) if n.startswith("xl/worksheets/")]


def _mutate_member(
    rng: random.Random, members: list[tuple[str, bytes]]
) -> tuple[str, list[tuple[str, bytes]]]:
    m = list(members)
    sheets = _sheet_names(m)
    i = rng.choice(sheets)
    name, data = m[i]
    kind = rng.choice(
        [
            "xml_bitflip",
            "xml_bitflip",
            "xml_truncate",
            "cell_text",
            "cell_number",
            "cell_type",
            "huge_string",
            "entity_bomb",
            "dtd_only",
            "far_cell",
            "far_row",
            "no_ref",
            "sst_count",
            "drop_member",
            "rename_sheet",
            "remove_sheet",
            "duplicate_member",
            "many_members",
            "header_change",
            "empty_sheet",
            "unicode_junk",
            "negative_int",
        ]
    )
    if kind == "xml_bitflip":
        b = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(len(b))
            b[pos] ^= 1 << rng.randrange(8)
        m[i] = (name, bytes(b))
    elif kind == "xml_truncate":
        m[i] = (name, data[: rng.randrange(len(data))])
    elif kind == "cell_text":
        tags = [p for p in range(len(data)) if data.startswith(b"<t>", p)][:400] or [0]
        p = rng.choice(tags)
        m[i] = (
            name,
            data[:p]
            + b"<t>"
            + rng.choice([b"ZZZ", b"", b"=1+1", b"A" * 50, "Ž".encode()])
            + data[p + 3 :],
        )
    elif kind == "cell_number":
        m[i] = (
            name,
            data.replace(
                b"<v>", rng.choice([b"<v>1e308", b"<v>-", b"<v>0.5", b"<v>nan", b"<v>x"]), 1
            ),
        )
    elif kind == "cell_type":
        m[i] = (
            name,
            data.replace(
                b't="n"',
                rng.choice([b't="s"', b't="b"', b't="e"', b't="d"', b't="str"']),
                rng.randint(1, 3),
            ),
        )
    elif kind == "huge_string":
        size = rng.choice([20_000, 300_000, 3_000_000])
        filler = bytes(rng.getrandbits(8) % 26 + 65 for _ in range(64)) * (size // 64)
        m[i] = (name, data.replace(b"<t>", b"<t>" + filler, 1))
    elif kind == "entity_bomb":
        body = data.split(b"?>", 1)[-1]
        m[i] = (name, b'<?xml version="1.0"?>' + LOL + body.replace(b"<t>", b"<t>&lol9;", 1))
    elif kind == "dtd_only":
        m[i] = (
            name,
            b'<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "http://example.invalid/x.dtd">'
            + data.split(b"?>", 1)[-1],
        )
    elif kind == "far_cell":
        ref = rng.choice([b"XFD1048576", b"ZZ70000", b"A1048576", b"BZ2"])
        m[i] = (
            name,
            data.replace(
                b"</sheetData>",
                b'<row r="3"><c r="' + ref + b'" t="n"><v>1</v></c></row></sheetData>',
            ),
        )
    elif kind == "far_row":
        m[i] = (name, data.replace(b"</sheetData>", b'<row r="999999"/></sheetData>'))
    elif kind == "no_ref":
        m[i] = (name, data.replace(b'<c r="', b'<c x="', rng.randint(1, 5)))
    elif kind == "sst_count":
        sst = (
            b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'count="%d" uniqueCount="%d"><si><t>x</t></si></sst>'
            % ((rng.choice([4_000_000_000, 99_999_999, 2]),) * 2)
        )
        m.append(("xl/sharedStrings.xml", sst))
        m = [
            (
                n,
                d.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdZ" Type="http://schemas.openxmlformats.org/officeDocument'
                    b'/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                )
                if n == "xl/_rels/workbook.xml.rels"
                else d,
            )
            for n, d in m
        ]
    elif kind == "drop_member":
        del m[rng.randrange(len(m))]
    elif kind == "rename_sheet":
        m = [
            (n, d.replace(b'name="cases"', b'name="kases"') if n == "xl/workbook.xml" else d)
            for n, d in m
        ]
    elif kind == "remove_sheet":
        victim = rng.choice([b"victims", b"metadata", b"dictionary", b"closures"])
        m = [(n, _drop_sheet(d, victim) if n == "xl/workbook.xml" else d) for n, d in m]
    elif kind == "duplicate_member":
        m.append(m[rng.randrange(len(m))])
    elif kind == "many_members":
        m.extend((f"xl/media/x{j}.bin", b"x") for j in range(rng.choice([70, 500])))
    elif kind == "header_change":
        m[i] = (name, data.replace(b"case_code", b"case_kode", 1))
    elif kind == "empty_sheet":
        m[i] = (name, data.split(b"<sheetData>")[0] + b"<sheetData/></worksheet>")
    elif kind == "unicode_junk":
        m[i] = (name, data.replace(b"<t>", b"<t>\xff\xfe\x00", 1))
    elif kind == "negative_int":
        m[i] = (name, data.replace(b"<v>", b"<v>-", rng.randint(1, 10)))
    return kind, m


def _drop_sheet(workbook_xml: bytes, sheet: bytes) -> bytes:
    start = workbook_xml.find(b'<sheet name="' + sheet + b'"')
    if start < 0:
        return workbook_xml
    end = workbook_xml.find(b"/>", start) + 2
    return workbook_xml[:start] + workbook_xml[end:]


def _raw_mutation(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(["truncate", "bitflip", "splice", "overwrite", "prefix"])
    if kind == "truncate":
        return kind, data[: rng.randrange(len(data))]
    b = bytearray(data)
    if kind == "bitflip":
        for _ in range(rng.randint(1, 8)):
            pos = rng.randrange(len(b))
            b[pos] ^= 1 << rng.randrange(8)
    elif kind == "splice":
        pos = rng.randrange(len(b))
        b[pos : pos + rng.randint(0, 64)] = bytes(
            rng.getrandbits(8) for _ in range(rng.randint(0, 64))
        )
    elif kind == "overwrite":
        pos = rng.randrange(len(b))
        b[pos : pos + 16] = b"\x00" * 16
    else:
        b = bytearray(rng.choice([b"", b"PK\x03\x04", b"age-encryption.org/v1\n"]) + bytes(b[:200]))
    return kind, bytes(b)


def _zip_bomb(lying: bool) -> bytes:
    """A workbook-shaped zip whose sheet inflates to 200 MiB; `lying`: it declares 1 KiB."""
    import struct

    name = "xl/worksheets/sheet1.xml"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("xl/workbook.xml", b"<workbook/>")
        info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as handle:
            chunk = b"\x00" * (1 << 20)
            for _ in range(200):
                handle.write(chunk)
    data = bytearray(out.getvalue())
    if lying:
        encoded = name.encode()
        pos = data.find(b"PK\x03\x04" + data[4:4], 0)
        while (pos := data.find(b"PK\x03\x04", pos)) >= 0:
            if data[pos + 30 : pos + 30 + len(encoded)] == encoded:
                struct.pack_into("<I", data, pos + 22, 1024)
            pos += 4
        pos = 0
        while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
            if data[pos + 46 : pos + 46 + len(encoded)] == encoded:
                struct.pack_into("<I", data, pos + 24, 1024)
            pos += 4
    return bytes(data)


# ------------------------------------------------------------------------------ the run
def _scratch(tmp: Path) -> Path:
    """Mutants are written to memory-backed storage when there is some (/dev/shm)."""
    import tempfile

    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="evidencija-mutants-", dir=shm))
    return tmp


class Harness:
    def __init__(self, tmp: Path, corpus, identity, store=None) -> None:  # type: ignore[no-untyped-def]
        self.tmp = _scratch(tmp)
        self.identity = identity
        self.recipient = corpus.recipient
        self.centre = make_test_centre(tmp)
        self.trusted = {self.centre.code: self.centre.key_public}
        self.bases = [
            _members(_relabel(workbook_of(corpus.packages[c][m], identity), self.centre.code))
            for c, m in (("CSR-KG", "2026-03"), ("CSR-LO", "2026-07"), ("QPS-PR", "2026-11"))
        ]
        self.times: list[float] = []
        self.kinds: Counter[str] = Counter()
        self.outcomes: Counter[str] = Counter()
        self.failures: list[str] = []
        self.n = 0

    def wrap(self, workbook: bytes, export_id: str, sequence: int = 1) -> bytes:
        path = self.tmp / "w.xlsx.age"
        self.centre.package(
            workbook,
            path,
            self.recipient,
            period=PERIOD,
            export_id=export_id,
            sequence=sequence,
            created_at="2027-01-05T10:00:00+00:00",
        )
        return path.read_bytes()

    def check(self, kind: str, data: bytes) -> None:
        path = self.tmp / f"m{self.n % 4}.xlsx.age"
        path.write_bytes(data)
        self.n += 1
        self.kinds[kind] += 1
        started = time.perf_counter()
        try:
            check_file(path, self.identity, self.trusted)
            self.outcomes["accepted"] += 1
        except Rejected as exc:
            self.outcomes[exc.reason] += 1
        except BaseException as exc:  # noqa: BLE001 - anything else is the defect we look for
            if isinstance(exc, KeyboardInterrupt):
                raise
            self.failures.append(f"{kind}: {type(exc).__name__}: {exc}"[:300])
        self.times.append(time.perf_counter() - started)


def _key_public(self):  # type: ignore[no-untyped-def]
    from evidencija.export.package import public_key_bytes

    return public_key_bytes(self.key)


@pytest.fixture
def harness(tmp_path, corpus, identity):  # type: ignore[no-untyped-def]
    from analysis_support import SigningCentre

    SigningCentre.key_public = property(_key_public)  # type: ignore[attr-defined]
    h = Harness(tmp_path, corpus, identity)
    yield h
    if h.tmp != tmp_path:
        shutil.rmtree(h.tmp, ignore_errors=True)


def test_ten_thousand_mutants_are_refused_cleanly_and_fast(harness):
    rng = random.Random(SEED)
    h = harness
    started = time.perf_counter()
    # The valid bases are accepted (so the mutants below start from real, valid files).
    for members in h.bases:
        h.check("valid", h.wrap(_zip(_set_export_id(members, "E0")), "E0"))
    assert h.outcomes["accepted"] == 3, h.outcomes
    # Bombs, each a few times.
    honest, lying = _zip_bomb(False), _zip_bomb(True)
    for _ in range(3):
        h.check("zip_bomb", h.wrap(honest, "EB"))
        h.check("zip_bomb_lying", h.wrap(lying, "EB"))
    envelope_bomb = _envelope_bomb(h, honest)
    h.check("package_zip_bomb", envelope_bomb)
    h.check("empty", b"")
    h.check(
        "too_large", b"age-encryption.org/v1\n" + b"\x00" * (DEFAULT_LIMITS.max_package_bytes + 10)
    )
    h.check(
        "many_stanzas", b"age-encryption.org/v1\n" + b"-> X25519 AAAA\nAAAA\n" * 5000 + b"--- x\n"
    )
    valid_packages = [h.wrap(_zip(_set_export_id(m, "EV")), "EV") for m in h.bases]
    while h.n < TOTAL_MUTANTS:
        if rng.random() < 0.8:
            base = rng.choice(h.bases)
            export_id = "EM"
            kind, members = _mutate_member(rng, _set_export_id(base, export_id))
            if rng.random() < 0.15:
                raw_kind, wb = _raw_mutation(rng, _zip(members))
                kind = f"{kind}+wb_{raw_kind}"
            else:
                wb = _zip(members)
            h.check(kind, h.wrap(wb, export_id))
        else:
            kind, data = _raw_mutation(rng, rng.choice(valid_packages))
            h.check(f"package_{kind}", data)
    elapsed = time.perf_counter() - started
    assert not h.failures, h.failures[:20]
    assert h.n >= 10_000
    worst = max(h.times)
    assert worst < MAX_SECONDS, f"slowest file took {worst:.2f} s"
    # The mutants did reach the workbook checks (not all stopped at the envelope).
    assert h.outcomes["invalid_workbook"] > 1000, h.outcomes
    assert h.outcomes["xml_entities"] > 50 and h.outcomes["zip_limits"] > 50, h.outcomes
    print(  # noqa: T201 - the fuzz run's size and speed, shown with -s
        f"\n{h.n} files in {elapsed:.1f} s; slowest {worst * 1000:.0f} ms; outcomes {dict(h.outcomes)}"
    )


def _envelope_bomb(h: Harness, inner: bytes) -> bytes:
    """A package whose decrypted zip holds a 200 MiB (deflated) member."""
    import pyrage

    from evidencija.export import package as P

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(P.MANIFEST, b"{}")
        z.writestr(P.SIGNATURE, b"AAAA")
        z.writestr("x.xlsx", b"\x00" * (64 << 20))
    del inner
    return pyrage.encrypt(out.getvalue(), [h.identity.to_public()])


def test_rejected_files_leave_nothing_behind(store, corpus, identity, tmp_path):
    """A sample through the full transaction path, on both stores."""
    from analysis_support import SigningCentre

    from evidencija.analysis.centres import add_centre

    SigningCentre.key_public = property(_key_public)  # type: ignore[attr-defined]
    h = Harness(tmp_path, corpus, identity)
    add_centre(store, h.centre.card)
    rng = random.Random(SEED + 1)

    def counts() -> dict[str, int]:
        return {k: v for k, v in store.table_counts().items() if k != "import_log"}

    rejected = accepted = 0
    for i in range(SAMPLE_THROUGH_STORE):
        export_id = f"S{i}"
        base = rng.choice(h.bases)
        if i % 10 == 0:
            kind, members = "valid", _set_export_id(base, export_id)
        else:
            kind, members = _mutate_member(rng, _set_export_id(base, export_id))
        path = tmp_path / f"s{i}.xlsx.age"
        h.centre.package(
            _zip(members),
            path,
            corpus.recipient,
            period=PERIOD,
            export_id=export_id,
            sequence=i + 1,
            created_at="2027-01-05T10:00:00+00:00",
        )
        before = counts()
        started = time.perf_counter()
        outcome = import_file(store, identity, path)
        assert time.perf_counter() - started < MAX_SECONDS + 1.0  # including the store write
        if outcome.status == REJECTED:
            rejected += 1
            assert counts() == before, (kind, outcome)
        else:
            accepted += 1
            assert counts()["submissions"] == before["submissions"] + 1
    assert rejected > SAMPLE_THROUGH_STORE // 2 and accepted >= SAMPLE_THROUGH_STORE // 10

"""Entry points for the GUI and the CLI: preview an export, write it, the centre card, history.

Every function needs an unlocked register and an administrator (the export is admin-only). Long
work reports `progress(done, total, stage)` and stops with `ExportCancelled` when `cancel()`
returns true; both are optional and are called from the calling (worker) thread.
"""

from __future__ import annotations

import gc
import hashlib
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from .. import __version__
from ..db.models import Centre, Municipality
from ..db.register import Register
from ..errors import InvalidInput
from ..fsutil import atomic_output, atomic_write
from ..services import audit
from ..services.roles import ADMIN, require
from . import history as hist
from .aggregates import (
    COUNT,
    NOT_RECORDED,
    TOTAL,
    Table,
    build_tables,
    suppression_summary,
    table_rows,
)
from .anonymise import GateResult, Step, run_gate
from .errors import ExportCancelled, ExportRefused
from .package import (
    CentreCard,
    build_manifest,
    detached_signature,
    encrypt,
    envelope,
    file_stem,
    fingerprint,
    parse_recipients,
    public_key_bytes,
    sign,
)
from .period import Period
from .rows import MonthData, Row, extract_month
from .schema import (
    SCHEMA_VERSION,
    SHEETS,
    SUPPRESSED,
    any_code_list,
)
from .workbook import WorkbookWriter, read_workbook

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

_STAGES = ("cases", "victims", "incidents", "reports", "risk_assessments", "services", "meetings",
           "plans", "urgent_measures", "protection_measures", "criminal_proceedings", "referrals",
           "closures", "feedback", "coordination", "gate", "aggregates", "workbook", "package", "write")


@dataclass(frozen=True)
class SheetPreview:
    name: str
    title_en: str
    title_sr: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class Disclosure:
    """What the gate and the table protection did, for the preview and the metadata sheet."""

    k: int
    k_note: str | None
    level: int
    level_description: str
    records: int
    suppressed: int
    suppressed_share: float
    generalised: int
    generalised_share: float
    smallest_month_group: int | None
    smallest_union_group: int | None
    residual_union_groups: int
    union_released_rows: int
    aggregate_cells: int
    aggregate_primary: int
    aggregate_secondary: int
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class ExportPreview:
    centre_code: str
    period: str
    schema_version: int
    export_id: str  # provisional: a new id is drawn when the export is written
    sheets: tuple[SheetPreview, ...]
    disclosure: Disclosure
    row_counts: dict[str, int]
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    signature_path: Path | None
    file_name: str
    sha256: str
    export_id: str
    period: str
    encrypted: bool
    recipients: tuple[str, ...]
    signer_fingerprint: str
    disclosure: Disclosure
    row_counts: dict[str, int]
    seconds: float


@dataclass
class _Built:
    centre_code: str
    period: Period
    export_id: str
    created_at: str
    sequence: int
    k: int
    disclosure: Disclosure
    gate: GateResult
    data: MonthData
    sheets: dict[str, list[Row]] = field(default_factory=dict)
    signing_key: bytes = b""


class _Ticker:
    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self.progress, self.cancel, self.done = progress, cancel, 0

    def __call__(self, stage: str) -> None:
        if self.cancel is not None and self.cancel():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(self.done, len(_STAGES), stage)
        self.done += 1


def _period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


# ------------------------------------------------------------------------------ building
@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The gate builds and drops millions of small tuples and dicts with no reference cycles;
    the cyclic collector would rescan the month's whole working set over and over (≈45 % of
    the gate's time at 100,000 cases). Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(register: Register, period: Period, tick: _Ticker) -> _Built:
    with register.session() as session:
        centre = session.scalars(select(Centre)).one()
        k, k_note = hist.read_k(session)
        past = hist.load_released(session, period)
        sequence = len(hist.read_history(session)) + 1
        data = extract_month(session, period, bytes(centre.pseudonym_key), centre.code,
                             centre.municipality_code, tick)
        names = {code: name for code, name in
                 session.execute(select(Municipality.code, Municipality.name_sr))}
        centre_code, signing_key = centre.code, bytes(centre.signing_key)
    tick("gate")
    with _cyclic_gc_paused():
        gate = run_gate(data.victims, past, k)
    victims = _victim_rows(data, gate)
    suppressed_cases = {v["case_code"] for v in victims if v["qi_suppressed"] == "YES"}
    for row in data.sheets["cases"]:
        if row["case_code"] in suppressed_cases:
            row["case_type"] = None  # a case type can hint at the suppressed relationship
    tick("aggregates")
    tables = build_tables(data, victims)
    summary = suppression_summary(tables)
    n = gate.records
    disclosure = Disclosure(
        k=k, k_note=k_note, level=gate.level.number, level_description=gate.level.describe(),
        records=n, suppressed=len(gate.suppressed), suppressed_share=gate.suppressed_share,
        generalised=gate.generalised, generalised_share=gate.generalised / n if n else 0.0,
        smallest_month_group=gate.smallest_month_group,
        smallest_union_group=gate.smallest_union_group,
        residual_union_groups=gate.residual_union_groups, union_released_rows=len(past),
        aggregate_cells=summary["cells"], aggregate_primary=summary["primary"],
        aggregate_secondary=summary["secondary"],
        steps=(*gate.steps, Step("AGGREGATE", f"{summary['tables']} tables, {summary['cells']} "
                                 f"cells: {summary['primary']} small counts (1–4) and "
                                 f"{summary['secondary']} further cells suppressed so that none "
                                 "can be worked out from the totals",
                                 summary["primary"] + summary["secondary"])),
    )
    built = _Built(centre_code, period, str(uuid.uuid4()),
                   datetime.now(UTC).isoformat(timespec="seconds"), sequence, k, disclosure, gate,
                   data, signing_key=signing_key)
    sheets: dict[str, list[Row]] = {"disclosure": [
        {"step": i, "stage": s.stage, "detail": s.detail, "records": s.records}
        for i, s in enumerate(disclosure.steps, 1)]}
    for name in ("cases", "victims", "incidents", "reports", "risk_assessments", "services",
                 "meetings", "plans", "urgent_measures", "protection_measures",
                 "criminal_proceedings", "referrals", "closures"):
        sheets[name] = victims if name == "victims" else data.sheets[name]
    sheets["aggregates"] = table_rows(tables)
    sheets["dictionary"] = _dictionary_rows(victims, tables, names)
    sheets["metadata"] = _metadata_rows(built, sheets)
    built.sheets = sheets
    return built


def _victim_rows(data: MonthData, gate: GateResult) -> list[Row]:
    rows = []
    for i, v in enumerate(data.victims):
        hidden = i in gate.suppressed
        mun, opened, sex, age, rel = gate.tuples[i]
        rows.append({
            "case_code": v.case_code, "person_code": None if hidden else v.person_code,
            "municipality": SUPPRESSED if hidden else mun,
            "opened_period": SUPPRESSED if hidden else opened,
            "sex": SUPPRESSED if hidden else sex, "age_band": SUPPRESSED if hidden else age,
            "relationship_group": SUPPRESSED if hidden else rel, "disability": v.disability,
            "qi_suppressed": "YES" if hidden else "NO",
        })
    return rows


def _metadata_rows(b: _Built, sheets: dict[str, list[Row]]) -> list[Row]:
    d, level = b.disclosure, b.gate.level
    items: list[tuple[str, str | int | None]] = [
        ("schema_version", SCHEMA_VERSION), ("centre_code", b.centre_code),
        ("period", str(b.period)), ("export_id", b.export_id), ("created_at", b.created_at),
        ("software_version", __version__), ("package_sequence", b.sequence),
        ("time_zone", "Europe/Belgrade"), ("k", d.k), ("k_note", d.k_note),
        ("generalisation_level", d.level), ("generalisation", d.level_description),
        ("municipality_coding", "WITHHELD" if level.municipality_withheld else
         "RARE_TO_OTHER" if level.rare_municipalities else "AS_RECORDED"),
        ("period_coding", level.period), ("age_coding", level.age),
        ("relationship_coding", level.relationship),
        ("victim_records", d.records), ("victim_records_suppressed", d.suppressed),
        ("suppressed_share", f"{d.suppressed_share:.1%}"),
        ("victim_records_generalised", d.generalised),
        ("generalised_share", f"{d.generalised_share:.1%}"),
        ("smallest_group_month", d.smallest_month_group),
        ("smallest_group_union", d.smallest_union_group),
        ("residual_union_groups", d.residual_union_groups),
        ("union_window", f"{b.period.shift(-11)}..{b.period}"),
        ("union_released_rows", d.union_released_rows),
        ("aggregate_cells", d.aggregate_cells),
        ("aggregate_suppressed_primary", d.aggregate_primary),
        ("aggregate_suppressed_secondary", d.aggregate_secondary),
    ]
    items += [(f"rows_{name}", len(rows)) for name, rows in sheets.items()
              if name not in ("metadata", "dictionary", "disclosure")]
    return [{"key": key, "value": value} for key, value in items]


def _dictionary_rows(victims: Sequence[Row], tables: Sequence[Table],
                     names: dict[str, str]) -> list[Row]:
    rows: list[Row] = []
    used: list[str] = []
    for sheet in SHEETS:
        rows.append({"sheet": sheet.name, "column": None, "code": None, "type": "sheet",
                     "code_list": None, "label_sr": sheet.sr, "label_en": sheet.en})
        for col in sheet.columns:
            rows.append({"sheet": sheet.name, "column": col.name, "code": None,
                         "type": col.type + (" (quasi-identifier)" if col.qi else ""),
                         "code_list": col.code_list, "label_sr": col.sr, "label_en": col.en})
            if col.code_list and col.code_list not in used:
                used.append(col.code_list)
    for name in used:
        cl = any_code_list(name)
        for c in cl.codes:
            rows.append({"sheet": "codes", "column": name, "code": c.code, "type": "code",
                         "code_list": name, "label_sr": c.sr, "label_en": c.en})
        if name == "municipality_qi":
            present = sorted({v["municipality"] for v in victims} - {c.code for c in cl.codes})
            for m in present:
                label = names.get(m, m)
                rows.append({"sheet": "codes", "column": name, "code": m, "type": "code",
                             "code_list": name, "label_sr": label, "label_en": label})
    for t in tables:
        rows.append({"sheet": "codes", "column": "aggregate_table", "code": t.id, "type": "code",
                     "code_list": "aggregate_table", "label_sr": t.title_sr,
                     "label_en": t.title_en})
    for code, sr, en in ((TOTAL, "Ukupno", "Total"), (COUNT, "Broj", "Count"),
                         (NOT_RECORDED, "Nije upisano", "Not recorded")):
        rows.append({"sheet": "codes", "column": "aggregate_margin", "code": code, "type": "code",
                     "code_list": "aggregate_margin", "label_sr": sr, "label_en": en})
    return rows


def _workbook(b: _Built) -> tuple[bytes, dict[str, int]]:
    writer = WorkbookWriter()
    for sheet in SHEETS:
        writer.add_sheet(sheet, b.sheets[sheet.name])
    return writer.finish(), dict(writer.row_counts)


# ------------------------------------------------------------------------------ public API
def preview_export(register: Register, period: Period | str, *, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> ExportPreview:
    """Every sheet exactly as it would be written, and the disclosure report. Writes nothing."""
    require(register, ADMIN)
    p = _period(period)
    built = _build(register, p, _Ticker(progress, cancel))
    with register.session() as session:
        recipients = tuple(hist.read_recipients(session))
    sheets = tuple(
        SheetPreview(s.name, s.en, s.sr, s.column_names,
                     [tuple(r[c] for c in s.column_names) for r in built.sheets[s.name]])
        for s in SHEETS)
    return ExportPreview(built.centre_code, str(p), SCHEMA_VERSION, built.export_id, sheets,
                         built.disclosure, {s.name: len(built.sheets[s.name]) for s in SHEETS},
                         recipients)


def run_export(register: Register, period: Period | str, out_dir: str | Path,
               recipients: Sequence[str] | None = None, plain: bool = False,
               progress: Progress | None = None, cancel: Cancel | None = None) -> ExportResult:
    """Build, sign, encrypt (unless `plain`) and write the month's export into `out_dir`.

    `recipients`: the NGO's age recipients for this export; when None, those stored in the
    register (`export_recipients`). Without any recipient the export is refused unless `plain`
    is true (an explicit administrator's choice: an unencrypted workbook, still signed).
    """
    started = time.perf_counter()
    admin = require(register, ADMIN)
    p = _period(period)
    with register.session() as session:
        chosen = list(recipients) if recipients else hist.read_recipients(session)
    if not plain:
        if not chosen:
            raise ExportRefused()
        parse_recipients(chosen)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InvalidInput(detail=f"--out {out}")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from ..errors import write_error

        raise write_error(exc, out) from exc
    tick = _Ticker(progress, cancel)
    built = _build(register, p, tick)
    tick("workbook")
    workbook, counts = _workbook(built)
    tick("package")
    stem = file_stem(built.centre_code, str(p))
    wb_name = stem + ".xlsx"
    d = built.disclosure
    manifest = build_manifest(
        centre_code=built.centre_code, period=str(p), export_id=built.export_id,
        created_at=built.created_at, sequence=built.sequence, software_version=__version__,
        schema_version=SCHEMA_VERSION, workbook_name=wb_name, workbook=workbook,
        signing_key=built.signing_key,
        metadata={"k": d.k, "generalisation_level": d.level, "victim_records": d.records,
                  "victim_records_suppressed": d.suppressed, "rows": counts})
    signature = sign(manifest, built.signing_key)
    sig_path: Path | None = None
    if plain:
        payload, file_name = workbook, wb_name
    else:
        payload, file_name = encrypt(envelope(manifest, signature, wb_name, workbook), chosen), \
            stem + ".xlsx.age"
    digest = hashlib.sha256(payload).hexdigest()

    def verify(tmp: Path) -> None:
        written = tmp.read_bytes()
        if hashlib.sha256(written).hexdigest() != digest:
            raise InvalidInput(detail="written file differs")
        if plain:
            read_workbook(written, ["metadata"])

    tick("write")
    target = out / file_name
    with atomic_output(target, verify=verify) as handle:
        handle.write(payload)
    if plain:
        sig_path = out / (wb_name + ".sig")
        atomic_write(sig_path, detached_signature(manifest, signature))
    with register.session(write=True) as session, session.begin():
        hist.store_released(session, p, d.level, built.gate.released(built.data.victims))
        hist.append_history(session, hist.HistoryEntry(
            export_id=built.export_id, period=str(p), created_at=built.created_at,
            username=admin.username, file_name=file_name, sha256=digest, encrypted=not plain,
            recipients=0 if plain else len(chosen), level=d.level, k=d.k,
            suppressed=d.suppressed, records=d.records))
        audit.record(session, user_id=admin.id, action="EXPORT", entity="export",
                     entity_id=built.export_id,
                     changes={"period": str(p), "file": file_name, "sha256": digest,
                              "encrypted": not plain, "recipients": 0 if plain else len(chosen),
                              "k": d.k, "level": d.level, "suppressed": d.suppressed,
                              "records": d.records})
    return ExportResult(
        path=target, signature_path=sig_path, file_name=file_name, sha256=digest,
        export_id=built.export_id, period=str(p), encrypted=not plain,
        recipients=tuple(() if plain else chosen),
        signer_fingerprint=fingerprint(public_key_bytes(built.signing_key)), disclosure=d,
        row_counts=counts, seconds=time.perf_counter() - started)


def export_history(register: Register) -> list[hist.HistoryEntry]:
    """Every export written from this register (month, when, who, file and its SHA-256)."""
    require(register, ADMIN)
    with register.session() as session:
        return hist.read_history(session)


def get_recipients(register: Register) -> list[str]:
    require(register, ADMIN)
    with register.session() as session:
        return hist.read_recipients(session)


def set_recipients(register: Register, recipients: Sequence[str]) -> list[str]:
    """Store the NGO's age recipients (validated); audited as a settings change."""
    admin = require(register, ADMIN)
    clean = [r.strip() for r in recipients if r.strip()]
    parse_recipients(clean)
    with register.session(write=True) as session, session.begin():
        before = hist.read_recipients(session)
        hist.write_recipients(session, clean)
        if before != clean:
            audit.record(session, user_id=admin.id, action="UPDATE", entity="settings",
                         changes={hist.RECIPIENTS_KEY: [before, clean]})
    return clean


def centre_card(register: Register) -> CentreCard:
    require(register, ADMIN)
    with register.session() as session:
        centre = session.scalars(select(Centre)).one()
        public = public_key_bytes(bytes(centre.signing_key))
        return CentreCard(centre.code, centre.name, public, fingerprint(public))


def write_centre_card(register: Register, path: str | Path) -> CentreCard:
    card = centre_card(register)
    atomic_write(Path(path), card.to_json())
    with register.session(write=True) as session, session.begin():
        audit.record(session, user_id=register.require_user().id, action="EXPORT",
                     entity="centre_card", changes={"fingerprint": card.fingerprint})
    return card


__all__ = [
    "Disclosure", "ExportPreview", "ExportResult", "SheetPreview", "centre_card",
    "export_history", "get_recipients", "preview_export", "run_export", "set_recipients",
    "write_centre_card",
]

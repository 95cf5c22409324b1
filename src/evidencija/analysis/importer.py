"""Import monthly exports into the consolidated store: check everything, then one transaction.

For each file, in this order (each step refuses the file with its own reason code):

1. **limits** before any parsing: the file size; for an age package the header (bounded number
   of recipient stanzas); after decryption the inner zip (three members, their sizes and
   compression); then the workbook's own zip (member count, sizes, ratio, lying sizes, XML
   declarations, cell bounds) — `limits.py`. A zip bomb is refused after reading its directory.
2. **decrypt** with the NGO's identity (`not_for_us`, `damaged`);
3. **verify** the Ed25519 signature against the centre's registered key, with the export's own
   `export.package.verify_package` (`unknown_centre`, `wrong_signer`, `bad_signature`,
   `tampered`);
4. **schema_version** supported (`schema_version`);
5. **validate** every sheet against the contract with python-calamine (`invalid_workbook`), and
   the workbook's metadata against the signed manifest (`metadata_mismatch`);
6. **load** in one transaction: a re-sent export for the same centre and month (newer
   `created_at`, or same time and higher `sequence`) replaces the current one, which is kept as
   `superseded`; an older export, or one whose export id was already superseded, is a `replay`
   and refused; the very same export again changes nothing (`unchanged`). Every file, accepted
   or not, is written to the import log (in its own short transaction).

Steps 1–5 never touch the store (`check_file`), which is what the robustness tests hammer.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from .contract import MONTH_RE, ROW_SHEETS, SUPPORTED_SCHEMA_VERSIONS
from .errors import Rejected, atext
from .limits import DEFAULT_LIMITS, Limits, check_age_header, check_package_size, check_workbook
from .store import Store
from .store.models import COORDINATION_COUNTS, DATA_TABLES, Centre, ImportLogEntry, Submission
from .validate import ValidatedWorkbook, validate_workbook

log = logging.getLogger(__name__)

ACCEPTED = "accepted"
REPLACED = "replaced"
UNCHANGED = "unchanged"
REJECTED = "rejected"

PACKAGE_SUFFIXES = (".age",)
PLAIN_SUFFIX = ".xlsx"

ENVELOPE_MEMBERS = 3
MAX_MANIFEST_BYTES = 256 * 1024
MAX_SIGNATURE_BYTES = 1024


# ============================================================================ results
@dataclass(frozen=True)
class CheckedFile:
    """A file that passed every check (nothing stored yet)."""

    path: Path
    file_sha256: str
    file_size: int
    centre_code: str
    period: str
    export_id: str
    created_at: datetime
    sequence: int
    schema_version: int
    software_version: str | None
    workbook_sha256: str
    key_fingerprint: str
    manifest: dict[str, Any]
    workbook: ValidatedWorkbook


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # accepted, replaced, unchanged, rejected
    reason: str | None = None  # the reason code of a rejection
    message: str = ""
    centre_code: str | None = None
    period: str | None = None
    export_id: str | None = None
    rows: int = 0
    seconds: float = 0.0


@dataclass
class ImportSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def accepted(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status in (ACCEPTED, REPLACED)]

    @property
    def rejected(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == REJECTED]

    def headline(self, lang: str | None = None) -> str:
        return atext(
            "summary",
            lang,
            accepted=len(self.accepted),
            unchanged=self.count(UNCHANGED),
            rejected=self.count(REJECTED),
        )

    def lines(self, lang: str | None = None) -> list[str]:
        marks = {ACCEPTED: "✓", REPLACED: "✓", UNCHANGED: "=", REJECTED: "✗"}
        out = [f"{marks[o.status]} {o.path}: {o.message}" for o in self.outcomes]
        out.append(self.headline(lang))
        return out


class Deadline:
    """A time budget per file, checked between steps (a parser cannot be interrupted)."""

    def __init__(self, seconds: float | None) -> None:
        self.end = None if seconds is None else time.perf_counter() + seconds

    def __call__(self) -> None:
        if self.end is not None and time.perf_counter() > self.end:
            raise Rejected("too_slow")


# ============================================================================ checking
def _decrypt(data: bytes, identity: Any) -> bytes:
    import pyrage

    try:
        return bytes(pyrage.decrypt(data, [identity]))
    except Exception as exc:  # pyrage.DecryptError and friends
        if "No matching keys" in str(exc):
            raise Rejected("not_for_us") from None
        raise Rejected("damaged") from None


def _check_envelope(plain: bytes, limits: Limits) -> str:
    """The decrypted package: a zip of exactly manifest.json, manifest.sig and one .xlsx."""
    import io
    import zipfile

    from ..export.package import MANIFEST, SIGNATURE

    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as z:
            infos = z.infolist()
    except Exception:
        raise Rejected("not_a_package", detail="the decrypted content is not a package") from None
    names = [i.filename for i in infos]
    workbooks = [n for n in names if n.endswith(".xlsx")]
    if (
        len(infos) != ENVELOPE_MEMBERS
        or MANIFEST not in names
        or SIGNATURE not in names
        or len(workbooks) != 1
    ):
        raise Rejected("not_a_package", detail="unexpected package contents")
    for info in infos:
        cap = {MANIFEST: MAX_MANIFEST_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES}.get(
            info.filename, limits.max_workbook_bytes
        )
        if info.file_size > cap:
            raise Rejected("zip_limits", detail=f"{info.filename} is {info.file_size} bytes")
        if (
            info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
            or info.flag_bits & 0x1
        ):
            raise Rejected("not_a_package", detail="unsupported package member")
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise Rejected("zip_limits", detail=f"{info.filename} compression ratio")
    return workbooks[0]


def _manifest_signer(plain: bytes) -> tuple[str | None, str | None]:
    """(centre code, signer public key base64) as the (unverified) manifest claims them."""
    import io
    import zipfile

    from ..export.package import MANIFEST

    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as z:
            doc = json.loads(z.read(MANIFEST).decode("utf-8"))
        return str(doc.get("centre_code"))[:40], str(doc["signer"]["public_key"])[:100]
    except Exception:
        return None, None


def _fingerprint_b64(key_b64: str | None) -> str:
    from ..export.package import fingerprint

    try:
        return fingerprint(base64.b64decode(key_b64 or "", validate=True))
    except Exception:
        return "?"


def _parse_created(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        raise Rejected("metadata_mismatch", detail=f"created_at {str(value)[:40]!r}") from None
    if moment.tzinfo is None:
        raise Rejected("metadata_mismatch", detail="created_at without a time zone")
    return moment.astimezone(UTC)


_META_KEYS = {
    "centre_code": "centre_code",
    "period": "period",
    "export_id": "export_id",
    "schema_version": "schema_version",
}


def _cross_check(manifest: Mapping[str, Any], wb: ValidatedWorkbook) -> None:
    """The workbook's metadata sheet must say what the signed manifest says."""
    for key, mkey in _META_KEYS.items():
        if key in wb.metadata and str(wb.metadata[key]) != str(manifest.get(mkey)):
            raise Rejected(
                "metadata_mismatch",
                detail=f"{key}: workbook {str(wb.metadata[key])[:40]!r}, "
                f"manifest {str(manifest.get(mkey))[:40]!r}",
            )
    signed = manifest.get("metadata")
    if isinstance(signed, Mapping):
        for key, value in signed.items():
            if key in wb.metadata and str(wb.metadata[key]) != str(value):
                raise Rejected(
                    "metadata_mismatch", detail=f"{str(key)[:40]}: workbook and manifest differ"
                )
    counts = wb.row_counts
    for key, value in wb.metadata.items():
        if (
            isinstance(key, str)
            and key.startswith("rows_")
            and key[5:] in counts
            and value != counts[key[5:]]
        ):
            raise Rejected(
                "metadata_mismatch", detail=f"{key} says {value}, the sheet has {counts[key[5:]]}"
            )


def check_file(
    path: Path,
    identity: Any,
    trusted: Mapping[str, bytes],
    *,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline | None = None,
    retired: Callable[[str, str], str | None] | None = None,
) -> CheckedFile:
    """Steps 1–5 of the module doc for one file; raise `Rejected` with the reason, store untouched."""
    from ..export.errors import PackageInvalid
    from ..export.package import verify_package

    deadline = deadline or Deadline(None)
    path = Path(path)
    try:
        size = path.stat().st_size
        check_package_size(size, limits)
        raw = path.read_bytes()
    except OSError as exc:
        raise Rejected("unreadable", detail=exc.strerror or type(exc).__name__) from None
    check_package_size(len(raw), limits)
    file_sha = hashlib.sha256(raw).hexdigest()
    encrypted = path.suffix != PLAIN_SUFFIX
    plain = b""
    if encrypted:
        check_age_header(raw, limits)
        plain = _decrypt(raw, identity)
        _check_envelope(plain, limits)
    else:
        sig = path.with_name(path.name + ".sig")
        if not sig.is_file() or sig.stat().st_size > MAX_MANIFEST_BYTES * 2:
            raise Rejected("not_a_package", detail="a plain workbook without its .sig file")
        check_workbook(raw, limits, deadline)  # before verify_package opens it
    deadline()
    try:
        package = verify_package(path, identity, trusted)
    except PackageInvalid as exc:
        reason = exc.reason
        centre = str(exc.params.get("centre", "?"))
        if reason == PackageInvalid.UNKNOWN_CENTRE:
            raise Rejected("unknown_centre", centre=centre) from None
        if reason == PackageInvalid.WRONG_SIGNER:
            claimed_centre, key_b64 = _manifest_signer(plain) if encrypted else (centre, None)
            when = retired(centre, key_b64) if (retired and key_b64) else None
            fp = _fingerprint_b64(key_b64)
            if when:
                fp += f", retired {when}"
            raise Rejected("wrong_signer", centre=centre, fingerprint=fp) from None
        if reason == PackageInvalid.BAD_SIGNATURE:
            raise Rejected("bad_signature") from None
        if reason == PackageInvalid.TAMPERED:
            raise Rejected("tampered") from None
        raise Rejected("not_a_package", detail="unreadable package") from None
    except Rejected:
        raise
    except Exception as exc:  # verify_package is not ours: anything else is a bad file too
        log.info("verify_package raised %s on %s", type(exc).__name__, path.name)
        raise Rejected("not_a_package", detail=type(exc).__name__) from None
    deadline()
    if package.schema_version not in SUPPORTED_SCHEMA_VERSIONS:
        raise Rejected(
            "schema_version",
            found=package.schema_version,
            supported=", ".join(map(str, sorted(SUPPORTED_SCHEMA_VERSIONS))),
        )
    if not MONTH_RE.match(package.period):
        raise Rejected("metadata_mismatch", detail=f"period {package.period[:20]!r}")
    if not package.export_id or len(package.export_id) > 64:
        raise Rejected("metadata_mismatch", detail="export id")
    created = _parse_created(package.created_at)
    if encrypted:
        check_workbook(package.workbook, limits, deadline)
    deadline()
    workbook = validate_workbook(package.workbook, limits)
    deadline()
    _cross_check(package.manifest, workbook)
    signer = package.manifest.get("signer") or {}
    return CheckedFile(
        path=path,
        file_sha256=file_sha,
        file_size=len(raw),
        centre_code=package.centre_code,
        period=package.period,
        export_id=package.export_id,
        created_at=created,
        sequence=package.sequence,
        schema_version=package.schema_version,
        software_version=str(package.manifest.get("software_version") or "")[:40] or None,
        workbook_sha256=hashlib.sha256(package.workbook).hexdigest(),
        key_fingerprint=str(signer.get("fingerprint") or "")[:64],
        manifest=package.manifest,
        workbook=workbook,
    )


# ============================================================================ loading
def _lock_centre(conn: Connection, centre: str) -> None:
    """Serialise imports of one centre on a shared PostgreSQL server (SQLite: BEGIN IMMEDIATE)."""
    stmt = select(Centre.code).where(Centre.code == centre)
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    conn.execute(stmt)


def load(conn: Connection, checked: CheckedFile) -> tuple[str, int | None, str]:
    """Store a checked file inside the caller's transaction: (status, submission id, detail).

    Raises `Rejected` for replays (the caller's transaction is then rolled back, so nothing of
    the file remains).
    """
    _lock_centre(conn, checked.centre_code)
    same = conn.execute(
        select(
            Submission.id,
            Submission.status,
            Submission.workbook_sha256,
            Submission.superseded_by_id,
            Submission.centre_code,
            Submission.period,
        ).where(Submission.export_id == checked.export_id)
    ).first()
    if same is not None:
        if (
            same.workbook_sha256 != checked.workbook_sha256
            or same.centre_code != checked.centre_code
            or same.period != checked.period
        ):
            raise Rejected("export_id_reused", export_id=checked.export_id)
        if same.status == "current":
            return UNCHANGED, same.id, ""
        newer = conn.execute(
            select(Submission.export_id, Submission.created_at).where(
                Submission.id == same.superseded_by_id
            )
        ).first()
        detail = "this export was already replaced" + (
            f" by {newer.export_id} ({newer.created_at.isoformat(timespec='seconds')})"
            if newer
            else ""
        )
        raise Rejected("replay", centre=checked.centre_code, period=checked.period, detail=detail)
    current = conn.execute(
        select(
            Submission.id, Submission.export_id, Submission.created_at, Submission.sequence
        ).where(
            Submission.centre_code == checked.centre_code,
            Submission.period == checked.period,
            Submission.status == "current",
        )
    ).first()
    if current is not None and (checked.created_at, checked.sequence) <= (
        current.created_at,
        current.sequence,
    ):
        raise Rejected(
            "replay",
            centre=checked.centre_code,
            period=checked.period,
            detail=f"it was made {checked.created_at.isoformat(timespec='seconds')}, before the export "
            f"already imported ({current.export_id}, {current.created_at.isoformat(timespec='seconds')})",
        )
    now = datetime.now(UTC)
    if current is not None:
        conn.execute(
            update(Submission)
            .where(Submission.id == current.id)
            .values(status="superseded", superseded_at=now)
        )
    metadata = {str(k): v for k, v in checked.workbook.metadata.items()}
    result = conn.execute(
        insert(Submission)
        .values(
            centre_code=checked.centre_code,
            period=checked.period,
            export_id=checked.export_id,
            created_at=checked.created_at,
            sequence=checked.sequence,
            schema_version=checked.schema_version,
            software_version=checked.software_version,
            file_sha256=checked.file_sha256,
            workbook_sha256=checked.workbook_sha256,
            file_name=checked.path.name[:500],
            file_size=checked.file_size,
            key_fingerprint=checked.key_fingerprint,
            imported_at=now,
            status="current",
            row_counts=json.dumps(checked.workbook.row_counts, sort_keys=True),
            metadata_json=json.dumps(metadata, ensure_ascii=False, sort_keys=True, default=str),
        )
        .returning(Submission.id)
    )
    sub_id = int(result.scalar_one())
    if current is not None:
        conn.execute(
            update(Submission).where(Submission.id == current.id).values(superseded_by_id=sub_id)
        )
    for sheet in ROW_SHEETS:
        rows = checked.workbook.sheets.get(sheet) or []
        if rows:
            conn.execute(
                insert(DATA_TABLES[sheet]),
                [{"submission_id": sub_id, "row_no": i, **row} for i, row in enumerate(rows)],
            )
    if checked.workbook.coordination:
        conn.execute(insert(COORDINATION_COUNTS), [
            {"submission_id": sub_id, "row_no": i, "table_id": r["table"], "row_code": r["row"],
             "column_code": r["column"], "count": r["count"]}
            for i, r in enumerate(checked.workbook.coordination)])
    return (
        (REPLACED if current is not None else ACCEPTED),
        sub_id,
        current.export_id if current else "",
    )


# ============================================================================ the import
def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files to import: given files as they are; folders searched (recursively) for packages
    (`*.age`) and plain signed workbooks (`*.xlsx` with a `.xlsx.sig` beside them)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if not child.is_file():
                    continue
                if child.suffix in PACKAGE_SUFFIXES or (
                    child.suffix == PLAIN_SUFFIX and child.with_name(child.name + ".sig").exists()
                ):
                    out.append(child)
        else:
            out.append(p)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.absolute()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _log(
    store: Store, path: Path, outcome: FileOutcome, sha: str | None, sub_id: int | None
) -> None:
    try:
        with store.begin() as conn:
            conn.execute(
                insert(ImportLogEntry).values(
                    at=datetime.now(UTC),
                    file_name=str(path.name)[:500],
                    file_sha256=sha,
                    outcome=outcome.status,
                    reason=outcome.reason,
                    detail=outcome.message[:2000],
                    centre_code=(outcome.centre_code or None) and outcome.centre_code[:40],
                    period=(outcome.period or None) and outcome.period[:7],
                    export_id=(outcome.export_id or None) and outcome.export_id[:64],
                    submission_id=sub_id,
                )
            )
    except Exception:  # the log must never turn an import result into a crash
        log.exception("could not write the import log")


def _file_sha(path: Path, limit: int) -> str | None:
    try:
        if path.stat().st_size > limit:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def import_file(
    store: Store,
    identity: Any,
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    time_budget: float | None = None,
    trusted: Mapping[str, bytes] | None = None,
) -> FileOutcome:
    """Check and load one file; never raises for a bad file (the outcome says why)."""
    from .centres import retired_key_of, trusted_keys

    started = time.perf_counter()
    path = Path(path)
    sub_id: int | None = None
    checked: CheckedFile | None = None
    try:
        if trusted is None:
            with store.connect() as conn:
                trusted = trusted_keys(conn)

        def retired(centre: str, key_b64: str) -> str | None:
            with store.connect() as conn:
                return retired_key_of(conn, centre, key_b64)

        checked = check_file(
            path, identity, trusted, limits=limits, deadline=Deadline(time_budget), retired=retired
        )
        try:
            with store.begin() as conn:
                status, sub_id, replaced = load(conn, checked)
        except IntegrityError:
            raise Rejected("store_conflict") from None
        rows = sum(checked.workbook.row_counts.values())
        message = atext(
            f"outcome_{status}", centre=checked.centre_code, period=checked.period, rows=rows
        )
        outcome = FileOutcome(
            str(path),
            status,
            None,
            message,
            checked.centre_code,
            checked.period,
            checked.export_id,
            rows if status != UNCHANGED else 0,
            time.perf_counter() - started,
        )
    except Rejected as exc:
        outcome = FileOutcome(
            str(path),
            REJECTED,
            exc.reason,
            exc.message(),
            checked.centre_code if checked else None,
            checked.period if checked else None,
            checked.export_id if checked else None,
            0,
            time.perf_counter() - started,
        )
    except OperationalError:
        raise  # the store itself failed: not the file's fault, stop the import
    _log(
        store,
        path,
        outcome,
        checked.file_sha256 if checked else _file_sha(path, limits.max_package_bytes),
        sub_id,
    )
    return outcome


def import_files(
    store: Store,
    identity: Any,
    paths: Sequence[Path],
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int, FileOutcome], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import every file of `paths` (folders expanded), one transaction per file."""
    from .centres import trusted_keys

    files = collect_files(paths)
    summary = ImportSummary()
    with store.connect() as conn:
        trusted = trusted_keys(conn)
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        outcome = import_file(store, identity, path, limits=limits, trusted=trusted)
        summary.outcomes.append(outcome)
        if progress is not None:
            progress(i + 1, len(files), outcome)
    return summary

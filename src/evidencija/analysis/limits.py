"""Safety limits checked before any parser sees a file.

An import file comes from outside (e-mail), so before it is parsed it must be shown to be small
and simple enough that parsing cannot exhaust the machine:

* the package file and the decrypted workbook are size-capped;
* the age header is bounded (a header of a million recipient stanzas would cost a million X25519
  operations);
* the workbook (a zip) is checked from its central directory — member count, names, declared
  sizes, total uncompressed size, compression ratio — and then every member is inflated here in
  bounded steps, so a member that inflates past what it declared (a lying zip bomb) is caught
  after at most the declared number of bytes;
* every XML member is refused if it carries a DOCTYPE or ENTITY declaration (the export never
  writes one, and an entity bomb must never reach a parser), is not UTF-8, or names a cell or row
  outside the bounds of a real export (python-calamine builds a dense grid from the sparse cells:
  two cells at A1 and XFD1048576 would ask for half a terabyte and abort the process), or declares
  a count attribute (shared strings) large enough to make a reader pre-allocate gigabytes.

All limits are generous for a real month of a large centre (a few thousand rows per sheet).
Every check here is linear in the bytes it reads, and bounded.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from .errors import Rejected


@dataclass(frozen=True)
class Limits:
    max_package_bytes: int = 32 * 1024 * 1024
    max_age_header_bytes: int = 16 * 1024
    max_age_stanzas: int = 16
    max_workbook_bytes: int = 32 * 1024 * 1024
    max_members: int = 64
    max_member_bytes: int = 48 * 1024 * 1024  # uncompressed
    max_total_bytes: int = 96 * 1024 * 1024  # uncompressed
    max_ratio: float = 100.0  # uncompressed / compressed, per member and overall
    ratio_floor_bytes: int = 64 * 1024  # members smaller than this may compress better
    max_rows: int = 50_000  # per sheet
    max_cols: int = 64  # the widest contract sheet has ~20 columns
    max_cells: int = 1_500_000  # rows × columns over all sheets (a dense grid)
    max_count_attr: int = 1_000_000
    max_string_chars: int = 10_000  # any text cell; codes are far shorter


DEFAULT_LIMITS = Limits()

_NAME_OK = re.compile(r"^[A-Za-z0-9_./\[\]\-]{1,200}$")
# Every `<c …>` / `<row …>` tag; group 1 is its reference when it comes first, as the export writes it.
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?=[\s/>])(?:\s+r=\"([A-Z]{1,3}[0-9]{1,7})\")?")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])(?:\s+r=\"([0-9]{1,7})\")?")
_REF = re.compile(rb"([A-Z]+)([0-9]+)")
_COUNT_ATTR = re.compile(rb"(?:count|uniqueCount)\s*=\s*[\"']\s*([0-9]+)", re.IGNORECASE)
_DECL = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)
_ENTITY_REF = re.compile(rb"&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)")


def check_package_size(size: int, limits: Limits = DEFAULT_LIMITS) -> None:
    if size > limits.max_package_bytes:
        raise Rejected("too_large", size=size, limit=limits.max_package_bytes)
    if size == 0:
        raise Rejected("not_a_package", detail="empty file")


def check_age_header(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """The binary age header: version line, at most a few stanzas, a MAC line, within bounds."""
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise Rejected("not_a_package", detail="not an age-encrypted file")
    end = data.find(b"\n---", 0, limits.max_age_header_bytes)
    if end < 0:
        raise Rejected("not_a_package", detail="age header too long or damaged")
    stanzas = data.count(b"\n-> ", 0, end + 1)
    if stanzas == 0 or stanzas > limits.max_age_stanzas:
        raise Rejected("not_a_package", detail=f"age header with {stanzas} recipient stanzas")


def col_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ch - 64)
    return n


@dataclass
class MemberInfo:
    name: str
    size: int
    compressed: int


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, declared: int) -> bytes:
    """Inflate a member, never producing more than `declared` + 1 bytes."""
    out = bytearray()
    with zf.open(info) as handle:
        while True:
            chunk = handle.read(min(1 << 20, declared + 1 - len(out)))
            if not chunk:
                break
            out += chunk
            if len(out) > declared:
                raise Rejected(
                    "zip_limits", detail=f"{info.filename} inflates past its declared size"
                )
    return bytes(out)


def _check_xml(name: str, data: bytes, limits: Limits, grid_sizes: list[int]) -> None:
    head = data[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:64]:
        raise Rejected("invalid_workbook", detail=f"{name}: not UTF-8 XML")
    if _DECL.search(data):
        raise Rejected("xml_entities", member=name)
    if _ENTITY_REF.search(data):
        raise Rejected("xml_entities", member=name)
    for m in _COUNT_ATTR.finditer(data):
        if len(m.group(1)) > 9 or int(m.group(1)) > limits.max_count_attr:
            raise Rejected(
                "zip_limits", detail=f"{name}: count attribute {m.group(1)[:12].decode()}"
            )
    if not name.startswith("xl/worksheets/"):
        return
    # Every row and cell must carry its reference first (as the export writes them); the
    # largest reference bounds the dense grid a reader will build.
    rows = _ROW.findall(data)
    if b"" in rows:
        raise Rejected("invalid_workbook", detail=f"{name}: a row without its number")
    refs = _CELL.findall(data)
    if b"" in refs:
        raise Rejected("invalid_workbook", detail=f"{name}: a cell without its reference")
    max_row = max(map(int, rows), default=0)
    max_col = 0
    if refs:
        cells = _REF.findall(b" ".join(refs))
        max_row = max(max_row, max(map(int, (r for _c, r in cells))))
        max_col = max(col_number(c) for c in {c for c, _r in cells})
    if max_row > limits.max_rows or max_col > limits.max_cols:
        raise Rejected("zip_limits", detail=f"{name}: {max_row} rows × {max_col} columns")
    grid_sizes.append(max_row * max_col)
    if sum(grid_sizes) > limits.max_cells:
        raise Rejected("zip_limits", detail=f"more than {limits.max_cells} cells")


def check_workbook(
    data: bytes, limits: Limits = DEFAULT_LIMITS, deadline: Callable[[], None] | None = None
) -> list[MemberInfo]:
    """Check an xlsx (zip) held in memory against the limits; raise `Rejected` if it fails."""
    if len(data) > limits.max_workbook_bytes:
        raise Rejected("too_large", size=len(data), limit=limits.max_workbook_bytes)
    if not data.startswith(b"PK\x03\x04"):
        raise Rejected("invalid_workbook", detail="not an xlsx file")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # zipfile raises many types on damaged archives
        raise Rejected("invalid_workbook", detail=f"damaged zip ({type(exc).__name__})") from None
    with zf:
        if len(infos) > limits.max_members:
            raise Rejected("zip_limits", detail=f"{len(infos)} members")
        names = set()
        total = 0
        for info in infos:
            if info.filename in names:
                raise Rejected("zip_limits", detail=f"duplicate member {info.filename[:80]!r}")
            names.add(info.filename)
            if not _NAME_OK.match(info.filename) or ".." in info.filename:
                raise Rejected(
                    "invalid_workbook", detail=f"unexpected member {info.filename[:80]!r}"
                )
            if info.flag_bits & 0x1:
                raise Rejected("invalid_workbook", detail="encrypted zip member")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise Rejected("invalid_workbook", detail="unsupported compression")
            if info.file_size > limits.max_member_bytes:
                raise Rejected(
                    "zip_limits", detail=f"{info.filename} is {info.file_size} bytes uncompressed"
                )
            if (
                info.file_size > limits.ratio_floor_bytes
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise Rejected(
                    "zip_limits",
                    detail=f"{info.filename} compression ratio {info.file_size / max(info.compress_size, 1):.0f}:1",
                )
            total += info.file_size
        if total > limits.max_total_bytes:
            raise Rejected("zip_limits", detail=f"{total} bytes uncompressed in all")
        if total > limits.ratio_floor_bytes and total > limits.max_ratio * len(data):
            raise Rejected(
                "zip_limits", detail=f"overall compression ratio {total / len(data):.0f}:1"
            )
        for required in ("[Content_Types].xml", "xl/workbook.xml"):
            if required not in names:
                raise Rejected("invalid_workbook", detail=f"{required} is missing")
        members: list[MemberInfo] = []
        grid_sizes: list[int] = []
        for info in infos:
            if deadline is not None:
                deadline()
            try:
                body = _inflate(zf, info, info.file_size)
            except Rejected:
                raise
            except Exception as exc:
                raise Rejected(
                    "invalid_workbook", detail=f"{info.filename}: damaged ({type(exc).__name__})"
                ) from None
            if info.filename.endswith((".xml", ".rels")):
                _check_xml(info.filename, body, limits, grid_sizes)
            members.append(MemberInfo(info.filename, info.file_size, info.compress_size))
        return members

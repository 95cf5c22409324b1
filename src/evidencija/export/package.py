"""The signed and encrypted package, its verification, and the centre card.

Package = age( ZIP{ manifest.json, manifest.sig, <centre>-<YYYY-MM>.xlsx } ), named
`<centre>-<YYYY-MM>.xlsx.age`. `manifest.json` names the workbook with its SHA-256 and size and
carries the export's metadata; `manifest.sig` is the base64 Ed25519 signature of the exact bytes
of `manifest.json` made with the centre's key. Encryption is age (X25519 recipients) via pyrage;
`age -d -i IDENTITY FILE.xlsx.age > FILE.zip` and any unzip tool open it.

A plain export (explicit admin choice) is the workbook `<centre>-<YYYY-MM>.xlsx` plus a detached
`<centre>-<YYYY-MM>.xlsx.sig` (JSON: the manifest, base64, and its signature).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import InvalidInput
from .errors import PackageInvalid

PACKAGE_FORMAT = "evidencija-export-package"
PACKAGE_VERSION = 1
CARD_FORMAT = "evidencija-centre-card"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MEMBER_BYTES = 256 * 1024 * 1024


def file_stem(centre_code: str, period: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in centre_code)
    return f"{safe}-{period}"


# ------------------------------------------------------------------------------ keys
def public_key_bytes(private_raw: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, first 128 bits as 8 groups of 4 hex digits."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def parse_recipients(recipients: list[str]) -> list[Any]:
    parsed = []
    for r in recipients:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(r.strip()))
        except Exception as exc:  # pyrage raises its own RecipientError
            raise InvalidInput("export_bad_recipient", value=r) from exc
    return parsed


# ------------------------------------------------------------------------------ building
def build_manifest(*, centre_code: str, period: str, export_id: str, created_at: str,
                   sequence: int, software_version: str, schema_version: int,
                   workbook_name: str, workbook: bytes, signing_key: bytes,
                   metadata: Mapping[str, Any]) -> bytes:
    public = public_key_bytes(signing_key)
    doc = {
        "format": PACKAGE_FORMAT,
        "package_version": PACKAGE_VERSION,
        "schema_version": schema_version,
        "centre_code": centre_code,
        "period": period,
        "export_id": export_id,
        "created_at": created_at,
        "sequence": sequence,
        "software_version": software_version,
        "workbook": {"name": workbook_name, "sha256": hashlib.sha256(workbook).hexdigest(),
                     "size": len(workbook)},
        "signer": {"algorithm": "Ed25519", "public_key": _b64(public),
                   "fingerprint": fingerprint(public)},
        "metadata": dict(metadata),
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2).encode("utf-8")


def sign(manifest: bytes, signing_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(signing_key).sign(manifest)


def envelope(manifest: bytes, signature: bytes, workbook_name: str, workbook: bytes) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for name, data in ((MANIFEST, manifest), (SIGNATURE, _b64(signature).encode("ascii")),
                           (workbook_name, workbook)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    return buffer.getvalue()


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    return pyrage.encrypt(data, parse_recipients(recipients))


def detached_signature(manifest: bytes, signature: bytes) -> bytes:
    return json.dumps({"format": PACKAGE_FORMAT + "-signature", "manifest": _b64(manifest),
                       "signature": _b64(signature)}, indent=2).encode("utf-8")


# ------------------------------------------------------------------------------ verifying
@dataclass(frozen=True)
class VerifiedPackage:
    centre_code: str
    period: str
    export_id: str
    created_at: str
    sequence: int
    schema_version: int
    manifest: dict[str, Any]
    workbook_name: str
    workbook: bytes


def _identity(identity: Any) -> Any:
    if isinstance(identity, pyrage.x25519.Identity):
        return identity
    if isinstance(identity, os.PathLike):
        lines = Path(identity).read_text(encoding="utf-8").splitlines()
        secret = next((ln.strip() for ln in lines if ln.strip().startswith("AGE-SECRET-KEY-")), "")
        return pyrage.x25519.Identity.from_str(secret)
    return pyrage.x25519.Identity.from_str(str(identity).strip())


def _trusted_key(value: bytes | str) -> bytes:
    if isinstance(value, bytes):
        return value
    return _unb64(value)


def verify_package(path: str | os.PathLike[str], identity: Any,
                   trusted_centre_public_keys: Mapping[str, bytes | str]) -> VerifiedPackage:
    """Decrypt, unpack and verify a package; raise `PackageInvalid` with a reason otherwise.

    `identity`: the NGO's age identity (AGE-SECRET-KEY-1… text, a pyrage identity, or the path
    of an identity file); ignored for a plain workbook (`.xlsx` with its `.xlsx.sig`).
    `trusted_centre_public_keys`: centre code → raw Ed25519 public key (bytes or base64), as
    registered from the centres' cards.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackageInvalid(PackageInvalid.UNREADABLE, path=str(path)) from exc
    if path.suffix == ".xlsx":
        manifest_bytes, signature, members = _plain(path, raw)
    else:
        try:
            plain = pyrage.decrypt(raw, [_identity(identity)])
        except Exception as exc:  # wrong identity, corrupted, truncated, not age at all
            raise PackageInvalid(PackageInvalid.UNREADABLE, path=str(path)) from exc
        manifest_bytes, signature, members = _unpack(plain, path)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if manifest.get("format") != PACKAGE_FORMAT:
            raise ValueError("format")
        centre = str(manifest["centre_code"])
        embedded = _unb64(manifest["signer"]["public_key"])
        wb_name = str(manifest["workbook"]["name"])
        wb_hash = str(manifest["workbook"]["sha256"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise PackageInvalid(PackageInvalid.UNREADABLE, path=str(path)) from exc
    if centre not in trusted_centre_public_keys:
        raise PackageInvalid(PackageInvalid.UNKNOWN_CENTRE, path=str(path), centre=centre)
    trusted = _trusted_key(trusted_centre_public_keys[centre])
    try:
        Ed25519PublicKey.from_public_bytes(trusted).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        signed_by_other = False
        try:
            Ed25519PublicKey.from_public_bytes(embedded).verify(signature, manifest_bytes)
            signed_by_other = embedded != trusted
        except (InvalidSignature, ValueError):
            pass
        reason = PackageInvalid.WRONG_SIGNER if signed_by_other else PackageInvalid.BAD_SIGNATURE
        raise PackageInvalid(reason, path=str(path), centre=centre) from exc
    if embedded != trusted:
        raise PackageInvalid(PackageInvalid.WRONG_SIGNER, path=str(path), centre=centre)
    workbook = members.get(wb_name)
    if workbook is None or hashlib.sha256(workbook).hexdigest() != wb_hash \
            or len(workbook) != manifest["workbook"].get("size"):
        raise PackageInvalid(PackageInvalid.TAMPERED, path=str(path), centre=centre)
    return VerifiedPackage(centre, str(manifest["period"]), str(manifest["export_id"]),
                           str(manifest["created_at"]), int(manifest.get("sequence", 0)),
                           int(manifest["schema_version"]), manifest, wb_name, workbook)


def _unpack(plain: bytes, path: Path) -> tuple[bytes, bytes, dict[str, bytes]]:
    try:
        with zipfile.ZipFile(BytesIO(plain)) as z:
            infos = z.infolist()
            if len(infos) != 3 or any(i.file_size > MAX_MEMBER_BYTES for i in infos):
                raise ValueError("members")
            members = {i.filename: z.read(i) for i in infos}
        manifest = members.pop(MANIFEST)
        signature = _unb64(members.pop(SIGNATURE).decode("ascii").strip())
    except (zipfile.BadZipFile, KeyError, ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise PackageInvalid(PackageInvalid.UNREADABLE, path=str(path)) from exc
    return manifest, signature, members


def _plain(path: Path, workbook: bytes) -> tuple[bytes, bytes, dict[str, bytes]]:
    sig_path = path.with_name(path.name + ".sig")
    try:
        doc = json.loads(sig_path.read_text(encoding="utf-8"))
        return _unb64(doc["manifest"]), _unb64(doc["signature"]), {path.name: workbook}
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise PackageInvalid(PackageInvalid.UNREADABLE, path=str(path)) from exc


# ------------------------------------------------------------------------------ centre card
@dataclass(frozen=True)
class CentreCard:
    centre_code: str
    centre_name: str
    public_key: bytes
    fingerprint: str

    def to_json(self) -> bytes:
        return json.dumps({
            "format": CARD_FORMAT, "version": 1, "centre_code": self.centre_code,
            "centre_name": self.centre_name, "algorithm": "Ed25519",
            "public_key": _b64(self.public_key), "fingerprint": self.fingerprint,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }, ensure_ascii=False, indent=2).encode("utf-8")


def load_centre_card(path: str | os.PathLike[str]) -> CentreCard:
    """Read a centre card; the fingerprint is recomputed and must match."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        if doc.get("format") != CARD_FORMAT or doc.get("algorithm") != "Ed25519":
            raise ValueError("format")
        key = _unb64(doc["public_key"])
        if len(key) != 32 or fingerprint(key) != doc["fingerprint"]:
            raise ValueError("fingerprint")
        return CentreCard(str(doc["centre_code"]), str(doc["centre_name"]), key, doc["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise InvalidInput("export_bad_card", path=str(path)) from exc

"""The package: the standard `age` tool decrypts it; a flipped byte, a swapped workbook, a wrong
signer, an edited manifest and an unknown centre are each detected; export needs a recipient or
an explicit plain choice; pseudonyms are stable within a centre and unrelated across centres;
the CLI, the centre card, history, audit, progress and cancel."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pyrage
import pytest
from export_helpers import PASSPHRASE
from sqlalchemy import select

from evidencija.cli import main
from evidencija.db.models import AuditEntry
from evidencija.errors import PermissionDenied
from evidencija.export import (
    centre_card,
    export_history,
    load_centre_card,
    preview_export,
    run_export,
    set_recipients,
    verify_package,
)
from evidencija.export.errors import ExportCancelled, ExportRefused, PackageInvalid
from evidencija.export.package import MANIFEST, SIGNATURE, envelope, sign
from evidencija.export.rows import pseudonym
from evidencija.export.workbook import read_workbook


@pytest.fixture(scope="module")
def exported(registers, ngo_identity, tmp_path_factory):
    reg = registers(150, 41)
    out = tmp_path_factory.mktemp("pkg")
    result = run_export(reg, "2026-04", out, recipients=[str(ngo_identity.to_public())])
    card = centre_card(reg)
    return reg, result, {card.centre_code: card.public_key}


def _reencrypt(plain_zip: bytes, identity) -> bytes:
    return pyrage.encrypt(plain_zip, [identity.to_public()])


def _unpack(path: Path, identity) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [identity])
    with zipfile.ZipFile(BytesIO(plain)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_name_and_verification(exported, ngo_identity) -> None:
    _reg, result, trusted = exported
    assert result.file_name == "CSR-KG-2026-04.xlsx.age"
    pkg = verify_package(result.path, ngo_identity, trusted)
    assert (pkg.centre_code, pkg.period, pkg.schema_version) == ("CSR-KG", "2026-04", 1)
    meta = {r["key"]: r["value"] for r in read_workbook(pkg.workbook)["metadata"]}
    assert meta["export_id"] == pkg.export_id == result.export_id
    assert meta["centre_code"] == "CSR-KG" and meta["period"] == "2026-04"
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256


@pytest.mark.skipif(shutil.which("age") is None,
                    reason="the `age` command-line tool is not installed (.ci/run installs it)")
def test_standard_age_tool_decrypts(exported, ngo_identity, tmp_path) -> None:
    _reg, result, _ = exported
    key = tmp_path / "ngo.key"
    key.write_text(str(ngo_identity) + "\n")
    out = tmp_path / "package.zip"
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(out), str(result.path)], check=True)
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read(MANIFEST))
        workbook = z.read("CSR-KG-2026-04.xlsx")
    assert names == {MANIFEST, SIGNATURE, "CSR-KG-2026-04.xlsx"}
    assert hashlib.sha256(workbook).hexdigest() == manifest["workbook"]["sha256"]
    assert read_workbook(workbook)["metadata"][0] == {"key": "schema_version", "value": 1}


def test_flipped_byte_is_detected(exported, ngo_identity, tmp_path) -> None:
    _reg, result, trusted = exported
    data = bytearray(result.path.read_bytes())
    for where in (len(data) // 2, len(data) - 5, 40):
        bad = tmp_path / f"flip{where}.xlsx.age"
        changed = bytearray(data)
        changed[where] ^= 0x01
        bad.write_bytes(bytes(changed))
        with pytest.raises(PackageInvalid) as err:
            verify_package(bad, ngo_identity, trusted)
        assert err.value.reason == PackageInvalid.UNREADABLE


def test_swapped_workbook_is_detected(exported, ngo_identity, registers, tmp_path) -> None:
    _reg, result, trusted = exported
    members = _unpack(result.path, ngo_identity)
    other = run_export(registers(150, 41), "2026-03", tmp_path / "other", plain=True)
    swapped = envelope(members[MANIFEST], __import__("base64").b64decode(members[SIGNATURE]),
                       "CSR-KG-2026-04.xlsx", other.path.read_bytes())
    bad = tmp_path / "swapped.xlsx.age"
    bad.write_bytes(_reencrypt(swapped, ngo_identity))  # anyone can encrypt to the NGO
    with pytest.raises(PackageInvalid) as err:
        verify_package(bad, ngo_identity, trusted)
    assert err.value.reason == PackageInvalid.TAMPERED


def test_edited_manifest_is_detected(exported, ngo_identity, tmp_path) -> None:
    _reg, result, trusted = exported
    members = _unpack(result.path, ngo_identity)
    manifest = json.loads(members[MANIFEST])
    manifest["period"] = "2026-05"  # replaying it as another month
    edited = json.dumps(manifest).encode()
    import base64

    env = envelope(edited, base64.b64decode(members[SIGNATURE]), "CSR-KG-2026-04.xlsx",
                   members["CSR-KG-2026-04.xlsx"])
    bad = tmp_path / "edited.xlsx.age"
    bad.write_bytes(_reencrypt(env, ngo_identity))
    with pytest.raises(PackageInvalid) as err:
        verify_package(bad, ngo_identity, trusted)
    assert err.value.reason == PackageInvalid.BAD_SIGNATURE


def test_wrong_signer_and_unknown_centre(exported, ngo_identity, registers, tmp_path) -> None:
    reg, result, trusted = exported
    impostor = registers(150, 42, code="CSR-KG", municipality="RS-70645")  # same code, own key
    fake = run_export(impostor, "2026-04", tmp_path / "fake",
                      recipients=[str(ngo_identity.to_public())])
    with pytest.raises(PackageInvalid) as err:
        verify_package(fake.path, ngo_identity, trusted)
    assert err.value.reason == PackageInvalid.WRONG_SIGNER
    # a manifest re-signed by another key but naming the trusted key is a wrong signer too
    members = _unpack(result.path, ngo_identity)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    other_key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                            NoEncryption())
    env = envelope(members[MANIFEST], sign(members[MANIFEST], other_key), "CSR-KG-2026-04.xlsx",
                   members["CSR-KG-2026-04.xlsx"])
    bad = tmp_path / "resigned.xlsx.age"
    bad.write_bytes(_reencrypt(env, ngo_identity))
    with pytest.raises(PackageInvalid) as err:
        verify_package(bad, ngo_identity, trusted)
    assert err.value.reason in (PackageInvalid.BAD_SIGNATURE, PackageInvalid.WRONG_SIGNER)
    with pytest.raises(PackageInvalid) as err:
        verify_package(result.path, ngo_identity, {"CSR-NS": trusted["CSR-KG"]})
    assert err.value.reason == PackageInvalid.UNKNOWN_CENTRE
    with pytest.raises(PackageInvalid) as err:
        verify_package(result.path, pyrage.x25519.Identity.generate(), trusted)
    assert err.value.reason == PackageInvalid.UNREADABLE


def test_refused_without_recipient_unless_plain(registers, tmp_path) -> None:
    reg = registers(150, 43)
    with pytest.raises(ExportRefused):
        run_export(reg, "2026-01", tmp_path / "a")
    assert not (tmp_path / "a").exists() or list((tmp_path / "a").iterdir()) == []
    result = run_export(reg, "2026-01", tmp_path / "b", plain=True)
    assert result.file_name == "CSR-KG-2026-01.xlsx" and not result.encrypted
    card = centre_card(reg)
    pkg = verify_package(result.path, None, {card.centre_code: card.public_key})
    assert pkg.workbook == result.path.read_bytes()
    # the stored recipients are used when none are given
    ident = pyrage.x25519.Identity.generate()
    set_recipients(reg, [str(ident.to_public())])
    enc = run_export(reg, "2026-01", tmp_path / "c")
    assert enc.encrypted and verify_package(enc.path, ident, {card.centre_code: card.public_key})
    with pytest.raises(Exception, match="age"):
        run_export(reg, "2026-01", tmp_path / "d", recipients=["age1notakey"])


def test_pseudonyms_stable_and_unrelated_across_centres(registers, tmp_path) -> None:
    a = registers(150, 44, code="CSR-A", municipality="RS-70645")
    b = registers(150, 44, code="CSR-B", municipality="RS-70734")
    codes = {}
    for name, reg in (("a", a), ("b", b)):
        for month in ("2026-02", "2026-03"):
            sheets = read_workbook(run_export(reg, month, tmp_path / name / month,
                                              plain=True).path.read_bytes())
            codes[(name, month)] = {r["case_code"] for r in sheets["cases"]}
    # a case active in both months keeps its code (cases last for months)
    assert codes[("a", "2026-02")] & codes[("a", "2026-03")]
    # same seed, same internal ids (the generator is deterministic) … still disjoint codes
    all_a = codes[("a", "2026-02")] | codes[("a", "2026-03")]
    all_b = codes[("b", "2026-02")] | codes[("b", "2026-03")]
    assert all_a and all_b and not all_a & all_b
    assert pseudonym(b"k" * 32, "case", "x") == pseudonym(b"k" * 32, "case", "x")
    assert pseudonym(b"k" * 32, "case", "x") != pseudonym(b"j" * 32, "case", "x")
    assert pseudonym(b"k" * 32, "case", "x") != pseudonym(b"k" * 32, "person", "x")
    code = pseudonym(b"k" * 32, "case", "x")
    assert len(code) == 16 and set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def test_history_audit_progress_and_cancel(registers, tmp_path) -> None:
    reg = registers(150, 45)
    seen: list[str] = []
    result = run_export(reg, "2025-11", tmp_path / "x", plain=True,
                        progress=lambda done, total, stage: seen.append(stage))
    assert seen[0] == "cases" and seen[-1] == "write" and "gate" in seen
    hist = export_history(reg)
    assert hist[-1].export_id == result.export_id and hist[-1].sha256 == result.sha256
    assert hist[-1].username == "admin" and hist[-1].period == "2025-11"
    with reg.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "EXPORT")
                          .order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.entity_id == result.export_id
    with pytest.raises(ExportCancelled):
        run_export(reg, "2025-12", tmp_path / "y", plain=True, cancel=lambda: len(seen) > 0)
    assert not (tmp_path / "y" / "CSR-KG-2025-12.xlsx").exists()
    assert len(export_history(reg)) == len(hist)


def test_admin_only(registers, tmp_path) -> None:
    from evidencija.services.users import add_user

    reg = registers(150, 46)
    add_user(reg, "radnica", "Radnica Test", "CASEWORKER", PASSPHRASE + "-x")
    user, reg.user = reg.user, type(reg.user)("x", "radnica", "Radnica", "CASEWORKER")
    try:
        with pytest.raises(PermissionDenied):
            preview_export(reg, "2026-01")
        with pytest.raises(PermissionDenied):
            run_export(reg, "2026-01", tmp_path, plain=True)
    finally:
        reg.user = user


def test_cli_export_and_centre_card(tmp_path, monkeypatch) -> None:
    from export_helpers import demo_register

    monkeypatch.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    reg = demo_register(tmp_path / "reg", 150, 47)
    reg.close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    common = ["--data-dir", str(tmp_path / "reg"), "--user", "admin", "--passphrase-file", str(pw)]
    assert main(["centre-card", *common, "--out", str(tmp_path / "card.json")]) == 0
    card = load_centre_card(tmp_path / "card.json")
    assert card.centre_code == "CSR-KG" and len(card.public_key) == 32
    assert main(["export", *common, "--period", "2026-05", "--out", str(tmp_path / "o")]) == 17
    ident = pyrage.x25519.Identity.generate()
    assert main(["export", *common, "--period", "2026-05", "--out", str(tmp_path / "o"),
                 "--recipient", str(ident.to_public())]) == 0
    pkg = verify_package(tmp_path / "o" / "CSR-KG-2026-05.xlsx.age", ident,
                         {card.centre_code: card.public_key})
    assert pkg.period == "2026-05"
    assert main(["export", *common, "--period", "2026-13", "--out", str(tmp_path / "o")]) == 12
    assert main(["export", *common, "--period", "2026-04", "--out", str(tmp_path / "p"),
                 "--plain"]) == 0
    assert (tmp_path / "p" / "CSR-KG-2026-04.xlsx").exists()
    assert (tmp_path / "p" / "CSR-KG-2026-04.xlsx.sig").exists()

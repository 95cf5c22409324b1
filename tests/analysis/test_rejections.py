"""Each way a file can be wrong is refused whole, with its own reason, and nothing is stored."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from analysis_support import RESENT_CENTRE, RESENT_MONTH, make_test_centre, workbook_of

from evidencija.analysis.centres import add_centre
from evidencija.analysis.errors import CardError
from evidencija.analysis.importer import ACCEPTED, REJECTED, UNCHANGED, import_file, import_files


def _data_counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k: v for k, v in store.table_counts().items() if k != "import_log"}


def _rejected(store, identity, path: Path, reason: str) -> str:  # type: ignore[no-untyped-def]
    before = _data_counts(store)
    outcome = import_file(store, identity, path)
    assert outcome.status == REJECTED, outcome
    assert outcome.reason == reason, outcome
    assert _data_counts(store) == before
    return outcome.message


def test_replay_of_an_older_export_is_refused(registered, identity, corpus):
    first = corpus.packages[RESENT_CENTRE][RESENT_MONTH]
    # The re-send arrives first; the older export afterwards is a replay.
    assert import_file(registered, identity, corpus.resent).status == ACCEPTED
    msg = _rejected(registered, identity, first, "replay")
    assert "before the export already imported" in msg


def test_replay_of_a_superseded_export_is_refused(registered, identity, corpus):
    first = corpus.packages[RESENT_CENTRE][RESENT_MONTH]
    assert import_file(registered, identity, first).status == ACCEPTED
    assert import_file(registered, identity, corpus.resent).status == "replaced"
    msg = _rejected(registered, identity, first, "replay")
    assert "already replaced" in msg
    # The current one re-imported is simply unchanged.
    assert import_file(registered, identity, corpus.resent).status == UNCHANGED


def test_wrong_signer(registered, identity, corpus, tmp_path):
    impostor = make_test_centre(tmp_path, "IMPOSTOR")
    wb = workbook_of(corpus.packages["CSR-LO"]["2026-02"], identity)
    # A package claiming to be from CSR-LO, signed with another key.
    pkg = impostor.package(
        wb,
        tmp_path / "CSR-LO-2026-02.xlsx.age",
        corpus.recipient,
        centre_code="CSR-LO",
        period="2026-02",
    )
    msg = _rejected(registered, identity, pkg, "wrong_signer")
    assert "CSR-LO" in msg and "registered key" in msg


def test_tampered_byte(registered, identity, corpus, tmp_path):
    data = bytearray(corpus.packages["QPS-PR"]["2026-04"].read_bytes())
    data[len(data) // 2] ^= 0x10
    path = tmp_path / "QPS-PR-2026-04.xlsx.age"
    path.write_bytes(bytes(data))
    msg = _rejected(registered, identity, path, "damaged")
    assert "altered" in msg


def test_workbook_swapped_after_signing(registered, identity, corpus, tmp_path):
    import pyrage

    plain = pyrage.decrypt(corpus.packages["QPS-PR"]["2026-05"].read_bytes(), [identity])
    other = workbook_of(corpus.packages["QPS-PR"]["2026-06"], identity)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zout.writestr(
                info.filename, other if info.filename.endswith(".xlsx") else zin.read(info)
            )
    path = tmp_path / "QPS-PR-2026-05.xlsx.age"
    path.write_bytes(pyrage.encrypt(out.getvalue(), [identity.to_public()]))
    _rejected(registered, identity, path, "tampered")


def test_manifest_edited_after_signing(registered, identity, corpus, tmp_path):
    import pyrage

    plain = pyrage.decrypt(corpus.packages["QPS-PR"]["2026-05"].read_bytes(), [identity])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "manifest.json":
                doc = json.loads(data)
                doc["period"] = "2026-07"
                data = json.dumps(doc).encode()
            zout.writestr(info.filename, data)
    path = tmp_path / "QPS-PR-2026-07.xlsx.age"
    path.write_bytes(pyrage.encrypt(out.getvalue(), [identity.to_public()]))
    _rejected(registered, identity, path, "bad_signature")


def test_wrong_schema_version(registered, identity, corpus, tmp_path):
    centre = make_test_centre(tmp_path)
    add_centre(registered, centre.card)
    wb = workbook_of(corpus.packages["CSR-KG"]["2026-01"], identity)
    pkg = centre.package(
        wb, tmp_path / "TEST-C-2026-03.xlsx.age", corpus.recipient, schema_version=99
    )
    msg = _rejected(registered, identity, pkg, "schema_version")
    assert "99" in msg


def test_unregistered_centre(store, identity, corpus):
    add_centre(store, corpus.cards["CSR-KG"])
    msg = _rejected(store, identity, corpus.packages["CSR-LO"]["2026-01"], "unknown_centre")
    assert "CSR-LO" in msg


def test_not_encrypted_to_us(registered, identity, corpus, tmp_path):
    from evidencija.analysis.keys import generate_identity

    other = generate_identity(tmp_path / "other.key")
    centre = make_test_centre(tmp_path)
    add_centre(registered, centre.card)
    wb = workbook_of(corpus.packages["CSR-KG"]["2026-01"], identity)
    pkg = centre.package(wb, tmp_path / "x.xlsx.age", other)
    _rejected(registered, identity, pkg, "not_for_us")


def test_metadata_must_match_the_signed_manifest(registered, identity, corpus, tmp_path):
    centre = make_test_centre(tmp_path)
    add_centre(registered, centre.card)
    wb = workbook_of(corpus.packages["CSR-KG"]["2026-01"], identity)  # says CSR-KG inside
    pkg = centre.package(wb, tmp_path / "TEST-C-2026-03.xlsx.age", corpus.recipient)
    msg = _rejected(registered, identity, pkg, "metadata_mismatch")
    assert "centre_code" in msg


def test_summary_lists_each_file_with_its_reason(registered, identity, corpus, tmp_path):
    bad = tmp_path / "garbage.xlsx.age"
    bad.write_bytes(b"not a package at all")
    good = corpus.packages["CSR-KG"]["2026-03"]
    summary = import_files(registered, identity, [good, bad])
    assert [o.status for o in summary.outcomes] == [ACCEPTED, REJECTED]
    assert summary.outcomes[1].reason == "not_a_package"
    lines = summary.lines("en")
    assert lines[-1] == "Import: 1 accepted, 0 already present, 1 rejected."
    assert lines[1].startswith("✗") and "garbage" in lines[1]


def test_folders_are_searched(registered, identity, corpus):
    summary = import_files(registered, identity, [corpus.root / "exports" / "CSR-LO"])
    assert summary.count(ACCEPTED) == 12


def test_changed_centre_key_needs_confirmation(store, corpus, tmp_path):
    add_centre(store, corpus.cards["CSR-KG"])
    assert add_centre(store, corpus.cards["CSR-KG"]).changed is False
    other = make_test_centre(tmp_path, "CSR-KG")
    with pytest.raises(CardError) as err:
        add_centre(store, other.card)
    assert err.value.message_id == "card_key_changed"
    assert add_centre(store, other.card, replace_key=True).changed is True
    from evidencija.analysis.centres import list_centres

    (info,) = list_centres(store)
    assert info.retired_keys == 1


def test_package_signed_with_a_retired_key_says_so(store, identity, corpus, tmp_path):
    add_centre(store, corpus.cards["CSR-KG"])
    other = make_test_centre(tmp_path, "CSR-KG")
    add_centre(store, other.card, replace_key=True)
    msg = _rejected(store, identity, corpus.packages["CSR-KG"]["2026-01"], "wrong_signer")
    assert "retired" in msg

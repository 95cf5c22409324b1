"""Shared helpers of the analysis tests: the corpus of real exports and a test centre."""

from __future__ import annotations

import base64
import os
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from evidencija.analysis.indicators import RowSet

PASS = "Sigurna-lozinka-2026"
MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]
TODAY = date(2027, 1, 20)
CENTRES = (
    ("CSR-KG", "Centar za socijalni rad Kragujevac", "RS-70645", 260, 11),
    ("CSR-LO", "Centar za socijalni rad Loznica", "RS-70734", 160, 12),
    ("QPS-PR", "Qendra për Punë Sociale Prishtinë", "XK-PRISHTINE", 200, 13),
)
RESENT_CENTRE, RESENT_MONTH = "CSR-KG", "2026-06"


# ------------------------------------------------------------------------------ the corpus
@dataclass
class Corpus:
    root: Path
    identity_file: Path
    recipient: str
    cards: dict[str, Path]
    packages: dict[str, dict[str, Path]]  # centre → month → first export of the month
    resent: Path  # a later export of RESENT_CENTRE / RESENT_MONTH
    register_rows: RowSet  # the same months computed directly from the registers
    resent_rows: RowSet  # the register rows after the re-send (RESENT_MONTH changed)
    signing_keys: dict[str, bytes] = field(default_factory=dict)

    def all_first_exports(self) -> list[Path]:
        return [p for months in self.packages.values() for p in months.values()]


def _build_corpus(root: Path) -> Corpus:
    from sqlalchemy import select

    from evidencija.analysis.keys import generate_identity
    from evidencija.analysis.rowsets import register_rowset
    from evidencija.db.models import Centre
    from evidencija.db.register import Register
    from evidencija.demo.generator import generate
    from evidencija.export.api import run_export, write_centre_card

    os.environ["EVIDENCIJA_TEST_WEAK_KDF"] = "1"
    recipient = generate_identity(root / "ngo-identity.txt")
    cards: dict[str, Path] = {}
    packages: dict[str, dict[str, Path]] = {}
    keys: dict[str, bytes] = {}
    rows = RowSet()
    resent_rows = RowSet()
    resent: Path | None = None
    for code, name, muni, cases, seed in CENTRES:
        reg, _ = Register.create(
            root / f"reg-{code}",
            centre_code=code,
            centre_name=name,
            admin_username="admin",
            admin_display_name="Admin",
            passphrase=PASS,
            municipality_code=muni,
        )
        try:
            generate(reg, cases=cases, seed=seed, today=TODAY)
            cards[code] = root / f"{code}.card.json"
            write_centre_card(reg, cards[code])
            with reg.session() as session:
                keys[code] = bytes(session.scalars(select(Centre)).one().signing_key)
            packages[code] = {}
            for month in MONTHS:
                out = root / "exports" / code / month
                packages[code][month] = run_export(reg, month, out, recipients=[recipient]).path
            for part in register_rowset(reg, MONTHS).parts:
                rows.add(part.centre, part.month, part.sheets)
            if code == RESENT_CENTRE:
                # A correction in the register, then the month is exported again.
                from evidencija.db.models import Closure

                with reg.session() as session, session.begin():
                    closure = session.scalars(select(Closure).order_by(Closure.id)).first()
                    if closure is not None:
                        session.delete(closure)
                resent = run_export(
                    reg, RESENT_MONTH, root / "exports" / "resent", recipients=[recipient]
                ).path
            for part in register_rowset(reg, MONTHS).parts:
                resent_rows.add(part.centre, part.month, part.sheets)
        finally:
            reg.close()
    assert resent is not None
    return Corpus(
        root, root / "ngo-identity.txt", recipient, cards, packages, resent, rows, resent_rows, keys
    )


# ------------------------------------------------------------------------------ test centre
@dataclass
class SigningCentre:
    """A centre whose signing key the test holds, to build packages of any content."""

    code: str
    card: Path
    key: bytes

    def package(
        self,
        workbook: bytes,
        out: Path,
        recipient: str,
        *,
        period: str = "2026-03",
        schema_version: int | None = None,
        export_id: str | None = None,
        created_at: str = "2027-01-05T10:00:00+00:00",
        sequence: int = 1,
        signing_key: bytes | None = None,
        centre_code: str | None = None,
    ) -> Path:
        from evidencija.export import package as P
        from evidencija.export.schema import SCHEMA_VERSION

        name = P.file_stem(centre_code or self.code, period) + ".xlsx"
        manifest = P.build_manifest(
            centre_code=centre_code or self.code,
            period=period,
            export_id=export_id or str(uuid.uuid4()),
            created_at=created_at,
            sequence=sequence,
            software_version="test",
            schema_version=SCHEMA_VERSION if schema_version is None else schema_version,
            workbook_name=name,
            workbook=workbook,
            signing_key=signing_key or self.key,
            metadata={},
        )
        signature = P.sign(manifest, signing_key or self.key)
        data = P.encrypt(P.envelope(manifest, signature, name, workbook), [recipient])
        out.write_bytes(data)
        return out


def make_test_centre(root: Path, code: str = "TEST-C") -> SigningCentre:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    from evidencija.export.package import CentreCard, fingerprint, public_key_bytes

    key = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    public = public_key_bytes(key)
    card = root / f"{code}.card.json"
    card.write_bytes(CentreCard(code, f"Test centre {code}", public, fingerprint(public)).to_json())
    return SigningCentre(code, card, key)


def workbook_of(package: Path, identity) -> bytes:  # type: ignore[no-untyped-def]
    """The workbook inside a real package (decrypted with the NGO identity)."""
    import io
    import zipfile

    import pyrage

    plain = pyrage.decrypt(package.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        name = next(n for n in z.namelist() if n.endswith(".xlsx"))
        return z.read(name)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")

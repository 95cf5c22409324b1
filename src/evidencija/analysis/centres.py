"""The registry of centres whose exports the NGO accepts, fed from their centre cards.

A centre card (`evidencija centre-card` on the centre's PC; `export.package.load_centre_card`)
carries the centre's code, name and Ed25519 public key with its fingerprint. Registering it
records the key as the centre's *active* key. A card for an already registered centre with a
different key is refused unless the analyst confirms the change (`replace_key=True`, after
checking the fingerprint with the centre by phone): the old key is then kept as *retired*, so the
history shows which key was trusted when, and packages still signed with the old key are rejected
with a message that says so.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, select, update

from ..errors import KnownError
from .errors import CardError
from .store import Store
from .store.models import Centre, CentreKey


@dataclass(frozen=True)
class CentreInfo:
    code: str
    name: str
    fingerprint: str
    registered_at: datetime
    retired_keys: int


@dataclass(frozen=True)
class AddResult:
    centre_code: str
    name: str
    fingerprint: str
    changed: bool  # False: the same key was already registered


def read_card(path: Path):  # type: ignore[no-untyped-def]
    from ..export.package import load_centre_card

    try:
        if Path(path).stat().st_size > 64 * 1024:
            raise CardError("card_invalid", path=str(path), detail="file too large")
        return load_centre_card(path)
    except KnownError as exc:
        if isinstance(exc, CardError):
            raise
        raise CardError("card_invalid", path=str(path), detail=exc.message("en")) from exc
    except OSError as exc:
        raise CardError(
            "card_invalid", path=str(path), detail=exc.strerror or "unreadable"
        ) from exc


def add_centre(
    store: Store,
    card_path: Path,
    *,
    replace_key: bool = False,
    municipality_code: str | None = None,
) -> AddResult:
    """Register the centre of `card_path` (or confirm it); see the module doc for key changes."""
    card = read_card(card_path)
    key_b64 = base64.b64encode(card.public_key).decode("ascii")
    card_json = Path(card_path).read_text(encoding="utf-8")
    now = datetime.now(UTC)
    with store.begin() as conn:
        existing = conn.execute(select(Centre.code).where(Centre.code == card.centre_code)).scalar()
        active = conn.execute(
            select(CentreKey.public_key, CentreKey.fingerprint).where(
                CentreKey.centre_code == card.centre_code, CentreKey.active.is_(True)
            )
        ).first()
        if existing is None:
            conn.execute(
                Centre.__table__.insert().values(
                    code=card.centre_code,
                    name=card.centre_name,
                    municipality_code=municipality_code,
                    registered_at=now,
                    updated_at=now,
                )
            )
        elif active is not None and active.public_key == key_b64:
            if card.centre_name:
                conn.execute(
                    update(Centre)
                    .where(Centre.code == card.centre_code)
                    .values(name=card.centre_name, updated_at=now)
                )
            return AddResult(card.centre_code, card.centre_name, card.fingerprint, changed=False)
        elif active is not None and not replace_key:
            raise CardError(
                "card_key_changed",
                centre=card.centre_code,
                old=active.fingerprint,
                new=card.fingerprint,
            )
        else:
            conn.execute(
                update(Centre)
                .where(Centre.code == card.centre_code)
                .values(name=card.centre_name, updated_at=now)
            )
        conn.execute(
            update(CentreKey)
            .where(CentreKey.centre_code == card.centre_code, CentreKey.active.is_(True))
            .values(active=False, retired_at=now)
        )
        conn.execute(
            CentreKey.__table__.insert().values(
                centre_code=card.centre_code,
                public_key=key_b64,
                fingerprint=card.fingerprint,
                active=True,
                added_at=now,
                card_json=card_json,
            )
        )
    return AddResult(card.centre_code, card.centre_name, card.fingerprint, changed=True)


def trusted_keys(conn: Connection) -> dict[str, bytes]:
    """Centre code → raw active Ed25519 public key (what `verify_package` is given)."""
    return {
        code: base64.b64decode(key)
        for code, key in conn.execute(
            select(CentreKey.centre_code, CentreKey.public_key).where(CentreKey.active.is_(True))
        )
    }


def retired_key_of(conn: Connection, centre: str, public_key_b64: str) -> str | None:
    """The retirement time (ISO) if `public_key_b64` is a retired key of `centre`."""
    when = conn.execute(
        select(CentreKey.retired_at).where(
            CentreKey.centre_code == centre,
            CentreKey.public_key == public_key_b64,
            CentreKey.active.is_(False),
        )
    ).scalar()
    return when.isoformat(timespec="seconds") if when else None


def list_centres(store: Store) -> list[CentreInfo]:
    with store.connect() as conn:
        rows = conn.execute(
            select(Centre.code, Centre.name, Centre.registered_at, CentreKey.fingerprint)
            .join(
                CentreKey,
                (CentreKey.centre_code == Centre.code) & CentreKey.active.is_(True),
                isouter=True,
            )
            .order_by(Centre.code)
        ).all()
        retired: dict[str, int] = {}
        for (code,) in conn.execute(
            select(CentreKey.centre_code).where(CentreKey.active.is_(False))
        ):
            retired[code] = retired.get(code, 0) + 1
    return [CentreInfo(c, n, f or "", r, retired.get(c, 0)) for c, n, r, f in rows]


def card_summary(path: Path) -> str:
    card = read_card(path)
    return json.dumps(
        {
            "centre_code": card.centre_code,
            "name": card.centre_name,
            "fingerprint": card.fingerprint,
        },
        ensure_ascii=False,
    )

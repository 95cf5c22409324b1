"""Key slots (LUKS-style): one random data key opens the database; each user's passphrase wraps it.

The data key (256 random bits) is the raw SQLCipher key. A passphrase goes through Argon2id with
the parameters stored in its slot and gives a key-encryption key that wraps the data key with
AES-256-GCM. The recovery key (200 random bits, see `recovery.py`) needs no stretching and is
expanded with HKDF. Changing a passphrase rewrites one slot in `register.keys`; the database file is
never touched. The file format is documented in docs/security.md.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import ForeignFile, InvalidInput, WrongCredentials
from ..fsutil import atomic_write
from . import recovery

FORMAT = "evidencija-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

# The test suite sets this variable to make new slots cheap; it never changes DEFAULT_KDF, and a
# slot always records the parameters it was made with.
TEST_KDF_ENV = "EVIDENCIJA_TEST_WEAK_KDF"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. DEFAULT_KDF takes ≈0.6 s on a 2-core office PC (see docs/security.md)."""

    memory_kib: int
    iterations: int
    lanes: int


DEFAULT_KDF = KdfParams(memory_kib=262_144, iterations=3, lanes=4)
TEST_KDF = KdfParams(memory_kib=8_192, iterations=1, lanes=1)
# What a slot read from disk may ask for (name, lowest, highest): up to 4 GiB, 64 passes, 64 lanes.
KDF_BOUNDS = (("memory_kib", 8, 4 * 1024 * 1024), ("iterations", 1, 64), ("lanes", 1, 64))


def kdf_for_new_slots() -> KdfParams:
    return TEST_KDF if os.environ.get(TEST_KDF_ENV) == "1" else DEFAULT_KDF


def normalise_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise InvalidInput(detail="username: 2–64 of a–z 0–9 . _ -")
    return name


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _argon2(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"evidencija recovery").derive(
        secret
    )


@dataclass
class Slot:
    kind: str  # "passphrase" | "recovery"
    username: str | None
    kdf: dict[str, Any]
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "username": self.username,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        """A slot read from the key file; ValueError if any field is missing or out of range.

        Everything is checked here, so a damaged or edited key file is refused as foreign when it
        is loaded instead of failing inside the KDF or AES-GCM (and a huge memory cost written
        into a slot cannot make an unlock allocate gigabytes).
        """
        slot = cls(
            kind=str(data["kind"]),
            username=data.get("username"),
            kdf=dict(data["kdf"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
        )
        if len(slot.nonce) != 12 or len(slot.wrapped_key) != DATA_KEY_BYTES + 16:
            raise ValueError("slot size")
        if len(_unb64(slot.kdf["salt"])) < 16:
            raise ValueError("salt")
        if slot.kind == "passphrase":
            if not isinstance(slot.username, str) or slot.kdf.get("name") != "argon2id":
                raise ValueError("passphrase slot")
            for name, low, high in KDF_BOUNDS:
                value = slot.kdf.get(name)
                if type(value) is not int or not low <= value <= high:
                    raise ValueError(f"kdf {name}")
            if slot.kdf["memory_kib"] < 8 * slot.kdf["lanes"]:
                raise ValueError("kdf memory_kib < 8 × lanes")
        elif slot.kind == "recovery":
            if slot.kdf.get("name") != "hkdf-sha256":
                raise ValueError("recovery slot")
        else:
            raise ValueError("slot kind")
        return slot


@dataclass
class KeyFile:
    """The slots of one register, bound to it by `register_id` (in each slot's AES-GCM AAD)."""

    path: Path
    register_id: str
    slots: list[Slot] = field(default_factory=list)

    # ----------------------------------------------------------------- reading and writing
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        return cls.from_bytes(path.read_bytes(), path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> KeyFile:
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data["version"]) != VERSION:
                raise ValueError("version")
            return cls(
                path=path,
                register_id=str(data["register_id"]),
                slots=[Slot.from_json(s) for s in data["slots"]],
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ForeignFile(path=str(path)) from exc

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "register_id": self.register_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8")

    def save(self) -> None:
        atomic_write(self.path, self.to_bytes())

    # ----------------------------------------------------------------- slots
    def _aad(self, kind: str, username: str | None) -> bytes:
        return f"{FORMAT}|{VERSION}|{self.register_id}|{kind}|{username or ''}".encode()

    def _wrap(self, kek: bytes, data_key: bytes, kind: str, username: str | None) -> tuple[bytes, bytes]:
        nonce = secrets.token_bytes(12)
        return nonce, AESGCM(kek).encrypt(nonce, bytes(data_key), self._aad(kind, username))

    def _unwrap(self, kek: bytes, slot: Slot) -> bytearray | None:
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, self._aad(slot.kind, slot.username))
        except InvalidTag:
            return None
        return bytearray(key)

    def usernames(self) -> list[str]:
        return sorted(s.username for s in self.slots if s.kind == "passphrase" and s.username)

    def has_user(self, username: str) -> bool:
        return self._find(normalise_username(username)) is not None

    def _find(self, username: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == "passphrase" and s.username == username), None)

    def set_passphrase(self, username: str, passphrase: str, data_key: bytes | bytearray) -> None:
        """Add or replace the slot of `username` (in memory; call `save`)."""
        username = normalise_username(username)
        params = kdf_for_new_slots()
        salt = secrets.token_bytes(16)
        kek = _argon2(passphrase, salt, params)
        nonce, wrapped = self._wrap(kek, data_key, "passphrase", username)
        kdf = {
            "name": "argon2id",
            "salt": _b64(salt),
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        }
        self.slots = [s for s in self.slots if not (s.kind == "passphrase" and s.username == username)]
        self.slots.append(Slot("passphrase", username, kdf, nonce, wrapped))

    def remove(self, username: str) -> None:
        username = normalise_username(username)
        self.slots = [s for s in self.slots if not (s.kind == "passphrase" and s.username == username)]

    def unlock(self, username: str, passphrase: str) -> bytearray:
        """The data key, or `WrongCredentials` — same message and similar time for either mistake."""
        try:
            slot = self._find(normalise_username(username))
        except InvalidInput:
            slot = None
        if slot is None:
            # Spend the same effort as a real attempt so timing does not reveal unknown usernames.
            _argon2(passphrase, b"\0" * 16, kdf_for_new_slots())
            raise WrongCredentials()
        kdf = slot.kdf
        if kdf.get("name") != "argon2id":
            raise ForeignFile(path=str(self.path))
        params = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
        key = self._unwrap(_argon2(passphrase, _unb64(kdf["salt"]), params), slot)
        if key is None:
            raise WrongCredentials()
        return key

    def set_recovery(self, data_key: bytes | bytearray) -> str:
        """Make a new recovery key (replacing any earlier one) and return its printable form."""
        secret, printable = recovery.new_key()
        salt = secrets.token_bytes(16)
        nonce, wrapped = self._wrap(_hkdf(secret, salt), data_key, "recovery", None)
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(Slot("recovery", None, {"name": "hkdf-sha256", "salt": _b64(salt)}, nonce, wrapped))
        return printable

    def unlock_with_recovery(self, typed_key: str) -> bytearray:
        secret = recovery.parse_key(typed_key)  # raises RecoveryKeyMistyped for typos
        slot = next((s for s in self.slots if s.kind == "recovery"), None)
        key = None if slot is None else self._unwrap(_hkdf(secret, _unb64(slot.kdf["salt"])), slot)
        if key is None:
            raise WrongCredentials("recovery_key_wrong")
        return key


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def forget(key: bytearray | None) -> None:
    """Overwrite a key held in a bytearray (Python may still hold copies; see security.md)."""
    if key is not None:
        key[:] = b"\0" * len(key)


def check_passphrase_strength(passphrase: str, username: str = "") -> list[str]:
    """Message ids of the reasons a passphrase is too weak (empty when acceptable)."""
    reasons = []
    if len(passphrase) < 10:
        reasons.append("weak_too_short")
    if passphrase.lower() in _COMMON:
        reasons.append("weak_common")
    if username and len(username) >= 3 and username.lower() in passphrase.lower():
        reasons.append("weak_contains_name")
    if len(set(passphrase)) < 3:
        reasons.append("weak_few_kinds")
    return reasons


_COMMON = frozenset(
    {"1234567890", "0123456789", "qwertyuiop", "password123", "lozinka123", "administrator",
     "evidencija", "1111111111", "qwertzuiop", "centar1234", "sifra12345", "passphrase"}
)

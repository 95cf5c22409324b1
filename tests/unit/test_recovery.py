"""The recovery key: typable, self-checking, and it opens the register when all passphrases are
lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from evidencija.db import recovery
from evidencija.db.recovery import ALPHABET, RecoveryKeyMistyped
from evidencija.db.register import Register
from evidencija.errors import InvalidInput, WrongCredentials
from evidencija.services import users

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"

# What a person might type by mistake: every symbol of the alphabet, the letters it leaves out,
# lower case, and a few characters from a Serbian keyboard.
TYPED = ALPHABET + "ILOU" + "abcxyz" + "ŠĐČĆŽ#"
READ_AS = {"O": "0", "I": "1", "L": "1"}


def _same_symbol(typed: str, meant: str) -> bool:
    typed = typed.upper()
    return READ_AS.get(typed, typed) == meant


def test_format_is_eight_groups_of_six_from_the_alphabet() -> None:
    secret, printable = recovery.new_key()
    groups = printable.split("-")
    assert len(secret) == 25
    assert [len(g) for g in groups] == [6] * 8
    assert set("".join(groups)) <= set(ALPHABET)
    assert recovery.parse_key(printable) == secret
    assert recovery.format_key(secret) == printable


def test_any_secret_round_trips() -> None:
    rnd = random.Random(5)
    for secret in [bytes(25), b"\xff" * 25, *(rnd.randbytes(25) for _ in range(200))]:
        assert recovery.parse_key(recovery.format_key(secret)) == secret


def test_typing_slack_is_forgiven() -> None:
    secret, printable = recovery.new_key()
    compact = printable.replace("-", "")
    variants = [
        printable.lower(),
        compact,
        " ".join(printable.split("-")),
        f"  {printable}\n",
        "\t".join(compact[i : i + 3] for i in range(0, len(compact), 3)),
    ]
    for typed in variants:
        assert recovery.parse_key(typed) == secret, typed


def test_o_i_l_are_read_as_zero_and_one() -> None:
    rnd = random.Random(7)
    checked = 0
    while checked < 20:
        secret, printable = recovery.new_key()
        if not any(ch in "01" for ch in printable):
            continue
        confusable = "".join(
            rnd.choice({"0": "Oo", "1": "IiLl"}[ch]) if ch in "01" else ch for ch in printable
        )
        assert confusable != printable
        assert recovery.parse_key(confusable) == secret
        checked += 1


def test_every_single_wrong_character_is_caught_and_its_group_named() -> None:
    """Sample many keys; in each, replace one character (every position, many substitutes)."""
    rnd = random.Random(20261122)
    tried = 0
    for _ in range(30):
        _, printable = recovery.new_key()
        for position, meant in enumerate(printable):
            if meant == "-":
                continue
            group = printable[:position].count("-") + 1
            for typed in rnd.sample(TYPED, 12):
                if _same_symbol(typed, meant):
                    continue
                mistyped = printable[:position] + typed + printable[position + 1 :]
                with pytest.raises(RecoveryKeyMistyped) as caught:
                    recovery.parse_key(mistyped)
                assert caught.value.params["group"] == group, (printable, mistyped)
                assert f"(group {group})" in caught.value.message("en")
                tried += 1
    assert tried > 30 * 48 * 10


def test_exhaustively_every_substitution_in_one_key() -> None:
    _, printable = recovery.new_key()
    for position, meant in enumerate(printable):
        if meant == "-":
            continue
        for typed in ALPHABET:
            if typed == meant:
                continue
            mistyped = printable[:position] + typed + printable[position + 1 :]
            with pytest.raises(RecoveryKeyMistyped):
                recovery.parse_key(mistyped)


def test_most_swaps_of_neighbours_are_caught() -> None:
    rnd = random.Random(3)
    caught = total = 0
    for _ in range(200):
        _, printable = recovery.new_key()
        group = rnd.randrange(8)
        i = group * 7 + rnd.randrange(5)  # a pair inside one group
        a, b = printable[i], printable[i + 1]
        if a == b:
            continue
        swapped = printable[:i] + b + a + printable[i + 2 :]
        total += 1
        try:
            recovery.parse_key(swapped)
        except RecoveryKeyMistyped as exc:
            assert exc.params["group"] == group + 1
            caught += 1
    assert caught / total > 0.9


@pytest.mark.parametrize("typed", ["", "ABC", "7QK3M1-" * 7, "7QK3M1-" * 9])
def test_a_key_of_the_wrong_length_is_refused_before_use(typed: str) -> None:
    with pytest.raises(InvalidInput):
        recovery.parse_key(typed)


def test_the_recovery_key_opens_the_register_and_sets_a_new_admin_passphrase(
    data_dir: Path,
) -> None:
    register, recovery_key = Register.create(
        data_dir,
        centre_code="CSR-KG",
        centre_name="CSR Kragujevac",
        admin_username="admin",
        admin_display_name="Ana",
        passphrase=ADMIN_PASSPHRASE,
    )
    register.close()
    with Register.open(data_dir) as reg:
        reg.unlock_with_recovery(recovery_key.lower().replace("0", "o"))
        assert reg.is_unlocked and reg.user is None
        users.recover_admin(reg, "admin", "Nova-lozinka-posle-oporavka")
    with Register.open(data_dir) as reg:
        with pytest.raises(WrongCredentials):
            reg.unlock("admin", ADMIN_PASSPHRASE)
        assert reg.unlock("admin", "Nova-lozinka-posle-oporavka").role == "ADMIN"


def test_a_valid_key_of_another_register_is_wrong_not_mistyped(
    register: Register, data_dir: Path
) -> None:
    register.close()
    _, someone_elses = recovery.new_key()
    with Register.open(data_dir) as reg:
        with pytest.raises(WrongCredentials) as caught:
            reg.unlock_with_recovery(someone_elses)
        assert caught.value.message_id == "recovery_key_wrong"
        assert caught.value.message("en") == "This recovery key does not open this register."
        assert not reg.is_unlocked


def test_a_mistyped_key_is_reported_before_it_is_tried(
    register: Register, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register.close()
    _, key = recovery.new_key()
    mistyped = key[:10] + ("2" if key[10] != "2" else "3") + key[11:]
    tried = []
    monkeypatch.setattr("evidencija.db.keys._hkdf", lambda *a: tried.append(a) or b"\0" * 32)
    with Register.open(data_dir) as reg, pytest.raises(RecoveryKeyMistyped) as caught:
        reg.unlock_with_recovery(mistyped)
    assert caught.value.params["group"] == 2
    assert tried == []

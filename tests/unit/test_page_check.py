"""The desktop app unlocks without reading every page and checks the pages beside the user."""

from __future__ import annotations

from pathlib import Path

from evidencija.db.models import Setting
from evidencija.db.register import Register

PASSPHRASE = "Sigurna-lozinka-2026"  # the shared fixture's admin passphrase


def test_a_damaged_page_is_found_by_the_background_check(register: Register, data_dir: Path) -> None:
    with register.session() as session, session.begin():
        session.add_all(Setting(key=f"filler-{n:05d}", value="x" * 300) for n in range(3000))
    register.close()
    db = data_dir / "register.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    last_page = len(raw) // page - 1  # settings filler: not read by unlock
    raw[last_page * page + page // 2] ^= 0x01
    db.write_bytes(bytes(raw))

    reopened = Register.open(data_dir)
    try:
        reopened.unlock("admin", PASSPHRASE, verify=False)  # fast: does not read every page
        problems = reopened.check_pages()
        assert problems, "the flipped page must be reported"
    finally:
        reopened.close()


def test_a_sound_register_passes_the_background_check(register: Register) -> None:
    assert register.check_pages() == []

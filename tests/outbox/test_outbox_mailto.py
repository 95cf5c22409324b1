""" "Prepare e-mail": a correctly percent-encoded mailto: link and the package in a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from outbox_support import NGO, age_package, register_copy

from evidencija.db.register import Register
from evidencija.errors import InvalidInput
from evidencija.outbox import queue
from evidencija.outbox.mailto import mailto_url, prepare_email
from evidencija.outbox.settings import update_mail_settings

FILE = "CSR-KG-2026-10.xlsx.age"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = register_copy(tmp_path / "register")
    yield reg
    reg.close()


def test_mailto_url_is_percent_encoded() -> None:
    url = mailto_url(
        "izvozi+csr@ngo.example",
        "Evidencija export CSR-KG 2026-10",
        "Poštovani,\n\nA & B = C? #1 100% +\nkraj",
    )
    assert url == (
        "mailto:izvozi%2Bcsr@ngo.example"
        "?subject=Evidencija%20export%20CSR-KG%202026-10"
        "&body=Po%C5%A1tovani%2C%0D%0A%0D%0AA%20%26%20B%20%3D%20C%3F%20%231%20100%25%20%2B"
        "%0D%0Akraj"
    )
    parts = urlsplit(url)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "izvozi+csr@ngo.example")
    fields = parse_qs(parts.query)
    assert fields["subject"] == ["Evidencija export CSR-KG 2026-10"]
    assert fields["body"] == ["Poštovani,\r\n\r\nA & B = C? #1 100% +\r\nkraj"]


def test_prepare_email_puts_the_package_in_a_folder_and_fills_in_the_message(
    register: Register, tmp_path: Path
) -> None:
    package = age_package()
    item = queue.enqueue(register, FILE, package)
    with pytest.raises(InvalidInput, match="address is not set"):
        prepare_email(register, item.id)
    update_mail_settings(register, ngo_address=NGO)  # no SMTP at all: webmail

    prepared = prepare_email(register, item.id, lang="en")
    assert prepared.folder == register.paths.root / "outbox"
    assert prepared.file_path == prepared.folder / FILE
    assert prepared.file_path.read_bytes() == package
    assert prepared.to == NGO
    assert prepared.subject == "Evidencija export CSR-KG 2026-10"
    assert item.sha256 in prepared.body and FILE in prepared.body
    assert prepared.url == mailto_url(NGO, prepared.subject, prepared.body)
    assert prepared.url.startswith("mailto:izvozi@ngo.example?subject=Evidencija%20export%20")
    assert prepared.hint.startswith(f"Attach the file {FILE} from the folder that opened")

    elsewhere = prepare_email(register, item.id, folder=tmp_path / "Desktop")
    assert elsewhere.file_path.read_bytes() == package

    # Once the user has sent it from their mail program, they record it.
    queue.mark_sent_by_hand(register, item.id)
    assert queue.get_item(register, item.id).status("en").startswith("Sent by hand")

"""`evidencija outbox list|send|retry|add|settings` against a real SMTP server (STARTTLS, login)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from outbox_support import (
    ADMIN_PASSPHRASE,
    NGO,
    SENDER,
    SMTP_PASSWORD,
    SMTP_USER,
    Certificates,
    age_package,
    free_port,
    make_certificates,
    register_copy,
    smtp_server,
)

from evidencija.cli import main

pytestmark = pytest.mark.filterwarnings(
    "ignore:Session.login_data is deprecated:DeprecationWarning"
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    register_copy(tmp_path / "register").close()
    monkeypatch.setenv("EVIDENCIJA_PASSPHRASE", ADMIN_PASSPHRASE)
    yield tmp_path / "register"


@pytest.fixture
def certs(tmp_path: Path) -> Certificates:
    return make_certificates(tmp_path / "certs")


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str]:
    code = main(["outbox", args[0], "--data-dir", str(data_dir), "--user", "admin", *args[1:]])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def settings_args(port: int, certs: Certificates, password_file: Path) -> list[str]:
    return [
        "--ngo-address",
        NGO,
        "--sender",
        SENDER,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--security",
        "starttls",
        "--username",
        SMTP_USER,
        "--smtp-password-file",
        str(password_file),
        "--ca-file",
        str(certs.ca_file),
        "--timeout",
        "10",
    ]


def test_scheduled_sending_from_the_command_line(
    data_dir: Path,
    certs: Certificates,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_environment: Path,
) -> None:
    assert run(capsys, data_dir, "send") == (
        21,
        "Sending by e-mail is not set up (server, sender "
        "address and the NGO's address). Set it up, or send the package from your own mail "
        "program.\n",
    )
    password_file = tmp_path / "smtp-password"
    password_file.write_text(SMTP_PASSWORD + "\n")
    first = tmp_path / "CSR-KG-2026-09.xlsx.age"
    first.write_bytes(age_package(seed=9))
    second = tmp_path / "CSR-KG-2026-10.xlsx.age"
    second.write_bytes(age_package(seed=10))
    not_a_package = tmp_path / "CSR-KG-2026-10.xlsx"
    not_a_package.write_bytes(b"PK\x03\x04")

    with smtp_server("starttls", certs=certs, auth=True) as (server, handler):
        code, out = run(
            capsys, data_dir, "settings", *settings_args(server.port, certs, password_file)
        )
        assert code == 0, out
        assert "has_password\tTrue" in out and "smtp_configured\tTrue" in out
        assert run(capsys, data_dir, "list") == (0, "The outbox is empty.\n")
        code, out = run(capsys, data_dir, "add", str(not_a_package))
        assert code == 12 and "Only an encrypted export package" in out
        code, out = run(capsys, data_dir, "add", str(first))
        assert code == 0 and "The package CSR-KG-2026-09.xlsx.age was put in the outbox." in out
        code, out = run(capsys, data_dir, "send")
        assert code == 0 and out.endswith("Sent: 1; waiting to retry: 0; failed: 0.\n")
        assert len(handler.received) == 1
        assert handler.received[0].login == SMTP_USER
        assert handler.received[0].attachment() == (first.name, first.read_bytes())
        code, out = run(capsys, data_dir, "list")
        assert "\tsent\t1\tSent at " in out

    # The server is gone: the next package waits, with its reason, and `send` says so.
    run(capsys, data_dir, "add", str(second))
    dead = free_port()
    code, out = run(capsys, data_dir, "settings", "--port", str(dead))
    assert code == 0
    code, out = run(capsys, data_dir, "send")
    assert code == 22, out
    assert "queued\tthe mail server cannot be reached (ConnectionRefusedError" in out
    code, out = run(capsys, data_dir, "list")
    assert "CSR-KG-2026-10.xlsx.age\tqueued\t1\tQueued — the mail server cannot be reached" in out

    with smtp_server("starttls", certs=certs, auth=True) as (server, handler):
        assert run(capsys, data_dir, "settings", "--port", str(server.port))[0] == 0
        code, out = run(capsys, data_dir, "retry", "CSR-KG-2026-10.xlsx.age")
        assert code == 0, out
        assert run(capsys, data_dir, "retry")[0] == 0  # nothing left to retry: sends nothing
    assert [r.attachment()[0] for r in handler.received] == ["CSR-KG-2026-10.xlsx.age"]

    # The SMTP password never reaches the log or the screen.
    logs = "".join(
        p.read_text(errors="replace")
        for p in (isolated_environment / "logs").rglob("*")
        if p.is_file()
    )
    assert logs and SMTP_PASSWORD not in logs
    code, out = run(capsys, data_dir, "settings")
    assert code == 0 and SMTP_PASSWORD not in out

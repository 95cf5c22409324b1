"""Test support for the outbox: a real SMTP server on loopback (aiosmtpd), TLS certificates made
on the fly, age-encrypted packages, and a register with mail settings."""

from __future__ import annotations

import asyncio
import atexit
import ipaddress
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pyrage
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from evidencija.db.register import Register

# The same passphrase as tests/conftest.py, kept here: another folder's conftest.py can
# shadow that module under xdist, so `from conftest import …` is not reliable.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"
LOOPBACK = "127.0.0.1"
SMTP_USER = "csr-kg@centar.example"
SMTP_PASSWORD = "smtp-Lozinka-77"
NGO = "izvozi@ngo.example"
SENDER = "csr-kg@centar.example"


# --------------------------------------------------------------------------- registers
_template: Path | None = None


def register_copy(target: Path) -> Register:
    """A fresh register (as conftest's `register`, unlocked as `admin`) in `target`: a copy of
    one made once per test process, which is five to ten times faster than creating each."""
    global _template
    if _template is None:
        base = Path(tempfile.mkdtemp(prefix="evidencija-outbox-template-"))
        atexit.register(shutil.rmtree, base, True)
        made, _recovery = Register.create(
            base / "register",
            centre_code="CSR-KG",
            centre_name="Centar za socijalni rad Kragujevac",
            admin_username="admin",
            admin_display_name="Ana Administratorka",
            passphrase=ADMIN_PASSPHRASE,
            municipality_code="RS-70645",
        )
        made.close()
        _template = base / "register"
    shutil.copytree(_template, target)
    register = Register.open(target)
    register.unlock("admin", ADMIN_PASSPHRASE)
    return register


# --------------------------------------------------------------------------- packages
def age_package(size: int = 3000, seed: int = 1) -> bytes:
    """A real age file (X25519 recipient) around some bytes standing in for a workbook."""
    identity = pyrage.x25519.Identity.generate()
    plaintext = bytes((seed * 31 + i * 7) % 256 for i in range(size))
    return pyrage.encrypt(plaintext, [identity.to_public()])


# --------------------------------------------------------------------------- certificates
@dataclass(frozen=True)
class Certificates:
    ca_file: Path  # what the client trusts (the `ca_file` setting)
    cert_file: Path  # the server's chain
    key_file: Path


def make_certificates(folder: Path) -> Certificates:
    """A private CA and a server certificate for 127.0.0.1 / localhost signed by it."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Evidencija test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(LOOPBACK))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(pem))
    cert_file.write_bytes(cert.public_bytes(pem))
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Certificates(ca_file, cert_file, key_file)


def server_tls_context(certs: Certificates) -> Any:
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certs.cert_file, certs.key_file)
    return context


# --------------------------------------------------------------------------- the server
@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    login: str | None

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def attachment(self) -> tuple[str, bytes]:
        parts = [p for p in self.message.iter_attachments()]
        assert len(parts) == 1
        payload = parts[0].get_content()
        assert isinstance(payload, bytes)
        return parts[0].get_filename() or "", payload


@dataclass
class Handler:
    """Records each message the server acknowledges (and only those).

    `hold`: when set, DATA waits (after the whole message has arrived, before the 250) until
    `release` is set; `held` is set when it starts waiting. `abort_held`: the held message is then
    answered 451 and not recorded (its client was killed). `hold_quit`: QUIT waits likewise.
    `drop_next`: the next DATA drops the connection after the first line of the message.
    `reject_next`: the next DATA is answered with this reply and not recorded.
    """

    received: list[Received] = field(default_factory=list)
    hold: bool = False
    hold_quit: bool = False
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    abort_held: bool = False
    drop_next: bool = False
    reject_next: str | None = None

    async def _wait_for_release(self) -> None:
        self.held.set()
        while not self.release.is_set():
            await asyncio.sleep(0.01)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.reject_next:
            reply, self.reject_next = self.reject_next, None
            return reply
        if self.hold:
            await self._wait_for_release()
            if self.abort_held:
                return "451 4.3.0 client went away"
        login = None
        if session.auth_data is not None and isinstance(session.auth_data, LoginPassword):
            login = session.auth_data.login.decode()
        content = envelope.original_content or envelope.content
        assert isinstance(content, bytes)
        self.received.append(
            Received(envelope.mail_from or "", list(envelope.rcpt_tos), content, login)
        )
        return f"250 2.0.0 Ok: queued as Q{len(self.received)}"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.hold_quit:
            await self._wait_for_release()
        return "221 Bye"


class DroppingSMTP(SMTP):
    """An SMTP server that, when its handler says so, drops the connection in the middle of the
    message: it accepts DATA, reads one line of the message and closes the socket."""

    async def smtp_DATA(self, arg: str) -> None:
        handler = self.event_handler
        if (
            isinstance(handler, Handler)
            and handler.drop_next
            and self.envelope
            and self.envelope.rcpt_tos
        ):
            handler.drop_next = False
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            await self._reader.readline()
            # As aiosmtpd's own QUIT does: stop reading commands, then close the socket.
            assert self._handler_coroutine is not None and self.transport is not None
            self._handler_coroutine.cancel()
            self.transport.close()
            return
        await super().smtp_DATA(arg)


class LoopbackController(Controller):
    """aiosmtpd's threaded controller on a free port of 127.0.0.1 (port 0, resolved once bound)."""

    def __init__(self, handler: Handler, **kwargs: Any) -> None:
        super().__init__(
            handler,
            hostname=LOOPBACK,
            port=0,
            server_hostname="localhost",
            ready_timeout=10,
            **kwargs,
        )

    def factory(self) -> SMTP:
        return DroppingSMTP(self.handler, **self.SMTP_kwargs)

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == SMTP_USER
        and auth_data.password.decode() == SMTP_PASSWORD
    )
    return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


@contextmanager
def smtp_server(
    mode: str = "plain",
    *,
    certs: Certificates | None = None,
    auth: bool = False,
    handler: Handler | None = None,
) -> Iterator[tuple[LoopbackController, Handler]]:
    """A running server: mode plain, starttls (STARTTLS required) or tls (implicit TLS)."""
    handler = handler or Handler()
    kwargs: dict[str, Any] = {"timeout": 30}
    if mode == "starttls":
        assert certs is not None
        kwargs.update(tls_context=server_tls_context(certs), require_starttls=True)
    elif mode == "tls":
        assert certs is not None
        kwargs.update(ssl_context=server_tls_context(certs), auth_require_tls=False)
    if auth:
        kwargs.update(authenticator=authenticator)
        if mode == "starttls":
            kwargs.update(auth_required=True)
    controller = LoopbackController(handler, **kwargs)
    controller.start()
    try:
        yield controller, handler
    finally:
        handler.release.set()
        controller.stop()


def free_port() -> int:
    """A loopback port with nothing listening on it (for "connection refused")."""
    import socket

    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def configure(
    register: Any,
    port: int,
    mode: str = "plain",
    *,
    certs: Certificates | None = None,
    login: bool = False,
    password: str = SMTP_PASSWORD,
    timeout: int = 10,
) -> None:
    """Point the register's outbox at the loopback server."""
    from evidencija.outbox.settings import update_mail_settings

    update_mail_settings(
        register,
        ngo_address=NGO,
        sender_address=SENDER,
        smtp_host=LOOPBACK,
        smtp_port=port,
        smtp_security={"plain": "none"}.get(mode, mode),
        smtp_username=SMTP_USER if login else "",
        smtp_password=password if login else "",
        ca_file=str(certs.ca_file) if certs else "",
        timeout_seconds=timeout,
    )

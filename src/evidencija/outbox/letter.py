"""The words around a package: the e-mail's subject and short text, the same for SMTP and mailto.

They name the centre code, the period, the file and its SHA-256 (so the NGO can check what it
received) — nothing else. The subject is the same in every language so the NGO can filter on it.
"""

from __future__ import annotations

from ..messages import text


def subject(centre_code: str, period: str) -> str:
    return f"Evidencija export {centre_code} {period}"


def body(
    centre_code: str, period: str, file_name: str, sha256: str, lang: str | None = None
) -> str:
    return text(
        "outbox_mail_body",
        lang,
        centre=centre_code,
        period=period,
        file=file_name,
        algorithm="SHA-256",
        digest=sha256,
    )

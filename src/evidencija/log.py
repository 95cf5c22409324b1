"""Logging: a rotating file in the data folder.

The log holds events, codes, counts, durations and internal ids — never names, JMBG, addresses,
free text, passphrases or keys. Code that logs passes ids, not values; `RedactingFilter` is a last
line of defence for values that look like a JMBG or a key.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_JMBG = re.compile(r"\b\d{13}\b")
_HEX_KEY = re.compile(r"\b[0-9a-fA-F]{32,}\b")


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _HEX_KEY.sub("[redacted]", _JMBG.sub("[redacted]", message))
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the `evidencija` loggers to `log_dir/evidencija.log` (1 MB × 5 files)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "evidencija.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("evidencija")
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    return path

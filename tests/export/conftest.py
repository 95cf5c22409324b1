"""Demo registers shared by the export tests of one module (built once: they are slow-ish)."""

from __future__ import annotations

from collections.abc import Iterator

import pyrage
import pytest
from export_helpers import demo_register


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Lazily built demo registers keyed by (cases, seed)."""
    built: dict = {}
    mp = pytest.MonkeyPatch()
    mp.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    base = tmp_path_factory.mktemp("export-registers")

    def get(cases: int, seed: int, code: str = "CSR-KG", municipality: str = "RS-70645"):
        key = (cases, seed, code)
        if key not in built:
            built[key] = demo_register(base / f"{code}-{cases}-{seed}", cases, seed, code,
                                       municipality)
        return built[key]

    yield get  # type: ignore[misc]
    for reg in built.values():
        reg.close()
    mp.undo()


@pytest.fixture(scope="module")
def ngo_identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()

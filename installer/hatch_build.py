"""Hatch build hook: every wheel (and editable install) gets the compiled translations.

The `.qm` files are build outputs, not committed: before this hook only `make translations` made
them, and a wheel built from a clean checkout opened a window without its languages. The hook
compiles the committed `.ts` sources with the Qt release tool that ships with PySide6 (a build
requirement in pyproject.toml), the same function `python -m evidencija.i18n.build` uses.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _i18n_build(root: Path) -> Any:
    # Loaded by path: the package itself is not importable while it is being built.
    spec = importlib.util.spec_from_file_location("_evidencija_i18n_build", root / "src/evidencija/i18n/build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        build = _i18n_build(root)
        sources = root / "src" / "evidencija" / "i18n"
        if version == "editable":
            # An editable install imports from src/: the files go where `make translations` puts them.
            build.lrelease(sources)
            return
        self._out = Path(tempfile.mkdtemp(prefix="evidencija-qm-"))
        for qm in build.lrelease(sources, self._out):
            build_data["force_include"][str(qm)] = f"evidencija/i18n/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)

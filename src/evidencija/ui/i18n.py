"""Which language the interface speaks, and the Qt translators that make it speak it.

Our own `evidencija_<lang>.qm` (built from the .ts sources in `evidencija/i18n`) and Qt's own
`qtbase_<lang>.qm` when Qt ships one. Installing a translator makes Qt send every widget a
LanguageChange event, on which views call their `retranslate()`: the switch is live.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ..messages import DEFAULT_LANG, LANGS

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

# Each language names itself, so a person can find theirs whatever the current language is.
LANGUAGE_NAMES = {
    "sr_Latn": "Srpski (latinica)",
    "sr_Cyrl": "Српски (ћирилица)",
    "en": "English",
    "sq": "Shqip",
}

_LOCALES = {
    "sr_Latn": (QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia),
    "sr_Cyrl": (QLocale.Language.Serbian, QLocale.Script.CyrillicScript, QLocale.Country.Serbia),
    "en": (QLocale.Language.English, QLocale.Script.LatinScript, QLocale.Country.UnitedKingdom),
    "sq": (QLocale.Language.Albanian, QLocale.Script.LatinScript, QLocale.Country.Kosovo),
}

DATE_FORMAT = "dd.MM.yyyy."
DATE_TIME_FORMAT = "dd.MM.yyyy. HH:mm"

_current: str | None = None


def current_lang() -> str:
    """The interface language: the one installed by `Translators.use`, else the core's default
    (EVIDENCIJA_LANG or Serbian Latin)."""
    if _current is not None:
        return _current
    from ..messages import current_lang as core_lang

    return core_lang()


def normalise(lang: str | None) -> str | None:
    return lang if lang in LANGS else None


def qlocale(lang: str) -> QLocale:
    return QLocale(*_LOCALES[lang])


class Translators:
    """Owns the installed translators; `use(lang)` swaps them (and tells every widget)."""

    def __init__(self, qm_dir: Path = I18N_DIR) -> None:
        self.qm_dir = Path(qm_dir)
        self._installed: list[QTranslator] = []

    def clear(self) -> None:
        """Remove our translators (the program is ending, or a test is)."""
        global _current
        app = QCoreApplication.instance()
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        _current = None

    def use(self, lang: str) -> None:
        global _current
        lang = normalise(lang) or DEFAULT_LANG
        app = QCoreApplication.instance()
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        # Core messages (known errors, passphrase reasons) follow the interface language.
        os.environ["EVIDENCIJA_LANG"] = lang
        _current = lang
        QLocale.setDefault(qlocale(lang))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(self.qm_dir, f"evidencija_{lang}")]
        if lang != "en":
            candidates.append((Path(qt_dir), f"qtbase_{lang.split('_')[0]}"))
        for folder, name in candidates:
            translator = QTranslator(app)
            if (folder / f"{name}.qm").exists() and translator.load(name, str(folder)):
                app.installTranslator(translator)
                self._installed.append(translator)
        if not self._installed:
            # Nothing installed (e.g. .qm files not built): still tell every window, because
            # code-list labels and core messages follow the language too.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))

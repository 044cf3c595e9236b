"""Load and switch the UI translators (ours and Qt's own ``qtbase_<lang>``).

Source strings are English; Vietnamese is the default language. Switching installs the new
translators, which makes Qt send ``QEvent.LanguageChange`` to every widget; widgets answer it in
``changeEvent`` by calling their ``retranslate_ui()``. A missing ``.qm`` is built from the committed
``.ts`` on first use (``desktop.i18n_build``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resource_path("translations")


def qm_path(lang: str, stem: str = "baocao") -> Path | None:
    """Our compiled translation ``<stem>_<lang>``, building it from the .ts when missing or stale."""
    qm = translations_dir() / f"{stem}_{lang}.qm"
    ts = qm.with_suffix(".ts")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from desktop.i18n_build import build_translations

            build_translations()
        except Exception as err:  # a read-only install still runs, untranslated
            log.warning("could not build translations: %s", err)
    return qm if qm.exists() else None


def qt_qm_paths(lang: str) -> list[Path]:
    """Qt's own translations (standard buttons, text-field menus, file and print dialogs …): the one
    Qt ships for ``lang``, else ours (resources/translations/qtbase_<lang>.ts: Qt ships no
    Vietnamese; ours holds the strings the app shows)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shipped = folder / f"qtbase_{lang}.qm"
    if shipped.exists():
        return [shipped]
    ours = qm_path(lang, "qtbase") if (translations_dir() / f"qtbase_{lang}.ts").exists() else None
    return [ours] if ours is not None else []


def current_language() -> str:
    return _current


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Replace the installed translators with those for ``lang``; returns the language used."""
    global _current
    app = app or QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if app is None:
        _current = lang
        return lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    paths = [p for p in [qm_path(lang), *qt_qm_paths(lang)] if p is not None]
    for path in paths:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load translation %s", path)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if lang == "vi" else QLocale.Country.UnitedStates))
    _current = lang
    return lang


def switch_language(lang: str) -> str:
    """Install ``lang`` now; every widget receives LanguageChange and retranslates itself."""
    return install(lang)


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def uninstall(app: QCoreApplication | None = None) -> None:
    """Remove our translators (back to the English source strings)."""
    global _current
    app = app or QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    _current = DEFAULT_LANGUAGE

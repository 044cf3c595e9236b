"""Load and switch the UI translators (ours and Qt's own ``qtbase_<lang>``).

Source strings are English; Vietnamese is the default language. Switching installs the new
translators, which makes Qt send ``QEvent.LanguageChange`` to every widget; widgets answer it in
``changeEvent`` by calling their ``retranslate_ui()``.

The ``.ts`` files in ``resources/translations`` are the source (``python -m desktop.i18n_update``);
the build step compiles them to ``.qm`` beside them. Start-up only loads a ``.qm``. When one is
missing or older than its ``.ts`` (a checkout without a build), it is built once into the user's
cache folder, keyed by the ``.ts`` content: the program folder is never written (it is read-only
once installed).
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
    """Our compiled translation ``<stem>_<lang>``: the shipped .qm, else one built into the cache."""
    ts = translations_dir() / f"{stem}_{lang}.ts"
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if ts.exists():
        try:
            return cached_qm(ts)
        except OSError as err:  # no lrelease (a frozen build) or no cache folder: use what there is
            log.warning("could not build translation %s: %s", ts.name, err)
    return shipped if shipped.exists() else None


def cached_qm(ts: Path) -> Path:
    """``ts`` compiled into the user's cache folder (built on the first call for this content)."""
    import hashlib

    from desktop.paths import cache_dir

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    qm = cache_dir() / "translations" / f"{ts.stem}-{digest}.qm"
    if not qm.exists():
        from desktop.i18n_build import build_qm

        build_qm(ts, qm)
        log.info("built %s", qm)
        for old in qm.parent.glob(f"{ts.stem}-*.qm"):  # builds of earlier .ts contents
            if old != qm:
                old.unlink(missing_ok=True)
    return qm


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

"""The interface language: Qt's own catalogs, ours, the locale and the layout direction.

The language follows the operating system unless ``--lang`` (or, later, settings) says
otherwise. Right-to-left languages mirror the whole layout.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
SUPPORTED = ("en", "vi", "he", "zh_CN", "zh_TW", "it")


def choose_locale(code: str | None) -> QLocale:
    locale = QLocale(code.replace("-", "_")) if code else QLocale.system()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load qtbase (standard dialogs) and PartnerBook catalogs; keep them alive."""
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() == QLocale.Language.English:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # type: ignore[attr-defined]
        return installed  # the interface is written in English: nothing to load
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("partnerbook", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    return installed

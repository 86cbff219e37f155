"""The interface language: Qt's own catalogs, ours, the locale and the layout direction.

The language follows the operating system unless ``--lang`` (or, later, settings) says
otherwise. Right-to-left languages mirror the whole layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from partnerbook.paths import resource_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

TRANSLATIONS_DIR = resource_dir("translations")
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
    from PySide6.QtCore import QTranslator

    if locale.language() == QLocale.Language.English:
        # The interface is written in English: only its plural forms ("1 person", "2 people").
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / "partnerbook_en.qm")):
            app.installTranslator(translator)
            installed.append(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # type: ignore[attr-defined]
        return installed
    from PySide6.QtCore import QLibraryInfo

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own strings (standard buttons, undo): its catalog, else ours (Qt has no Vietnamese).
    for name, folders in (
        ("qtbase", (qt_dir, str(TRANSLATIONS_DIR))),
        ("partnerbook", (str(TRANSLATIONS_DIR),)),
    ):
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                installed.append(translator)
                break
    direction = (
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    return installed

"""Fonts for every script our users write: Latin with Vietnamese marks, Hebrew, Chinese.

Qt falls back per character, but its pick for Chinese can be a serif or bold face. Naming
the fallbacks explicitly (Simplified or Traditional first, by the UI language) keeps names
and notes in one consistent sans-serif look.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

LATIN = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")
HEBREW = ("Noto Sans Hebrew", "Arial Hebrew", "Segoe UI")
SIMPLIFIED = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")
TRADITIONAL = ("Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC")


def fallback_families(locale: QLocale) -> list[str]:
    traditional = locale.script() == QLocale.Script.TraditionalHanScript or locale.name() in (
        "zh_TW",
        "zh_HK",
    )
    cjk = TRADITIONAL + SIMPLIFIED if traditional else SIMPLIFIED + TRADITIONAL
    return [*LATIN, *HEBREW, *cjk]


def apply_fonts(app: QApplication, locale: QLocale) -> None:
    available = set(QFontDatabase.families())
    font = QFont(app.font())
    base = font.family()
    families = [base] + [f for f in fallback_families(locale) if f in available and f != base]
    font.setFamilies(families)
    app.setFont(font)

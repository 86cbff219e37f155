"""A translation context for code that is not a QObject (a table of labels, a renderer).

``class Labels(TranslationContext): ...`` then ``Labels.tr("Coffee")``: Qt's lupdate reads
``Name.tr("...")`` as a string of context "Name", as it does for a QObject's own tr(), so
every string shown is found for the translators (a helper such as ``_t(text)`` is not).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)

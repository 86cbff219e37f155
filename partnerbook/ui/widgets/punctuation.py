"""The punctuation between pieces of text, each language's own.

Chinese separates the items of a list with "、" and ends a caption with "：", brackets
are full width ("（…）"), a percentage has no space before its sign in most languages.
Every join of words the interface makes goes through here, so a translator decides.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from partnerbook.ui.tr_context import TranslationContext


class Punctuation(TranslationContext):
    """The translation context of the separators (translators: only the punctuation)."""


def separator() -> str:
    return Punctuation.tr(", ", "between the items of a list: 'bank, e-wallet' (Chinese: 、)")


def join_items(items: Iterable[str | None]) -> str:
    """Items of a list, the empty ones left out: "bank, e-wallet", "银行、电子钱包"."""
    return separator().join(item for item in items if item)


def place(city: str | None, country: str | None) -> str:
    """A city and its country, or either alone: "Milan, Italy", "台湾台中"."""
    if city and country:
        return (
            Punctuation.tr("%1, %2", "a city (%1), then its country (%2): 'Milan, Italy'")
            .replace("%1", city)
            .replace("%2", country)
        )
    return city or country or ""


def caption(text: str) -> str:
    """A caption before what it names: "Scope: ", "范围：" (with the space the language
    wants after it, if any)."""
    return Punctuation.tr("%1: ", "a caption before its value: 'Scope: …' (Chinese: ：)").replace(
        "%1", text
    )


def remark(text: str) -> str:
    """A remark in brackets after what it is about: " (pending)", "（待定）"."""
    return Punctuation.tr(
        " (%1)", "a remark in brackets after a word: 'Anna (pending)' (Chinese: （%1）, no space)"
    ).replace("%1", text)


def dash() -> str:
    """Between a thing and what is said of it: "Anna — Head of sales"."""
    return Punctuation.tr(" — ", "between a name and what is said of it: 'Anna — Head of sales'")


def percent(value: float) -> str:
    """A whole percentage the locale's way: "95%" (no space before the sign)."""
    locale = QLocale()
    return locale.toString(round(value)) + locale.percent()

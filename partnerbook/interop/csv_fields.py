"""What every CSV reader does with a person's cells: the name to show, multi-values, tags.

A row names its person by parts ("First Name", "Last Name"); PartnerBook needs one name to
show. Chinese, Japanese and Korean names are written family name first without a space
(王 + 芳 → 王芳); Vietnamese names family name first too, as Vietnamese say and write them
("Lan", "Thị", "Nguyễn" → "Nguyễn Thị Lan"); every other script is "given family" with a
space ("שירה" + "כהן" → "שירה כהן").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from partnerbook.domain.contacts import ContactValue
from partnerbook.domain.text import fold

MULTI_SEPARATOR = " ::: "  # Google's separator of several values in one cell


def is_cjk(text: str) -> bool:
    """Every letter of ``text`` is Han, kana or Hangul (spaces and marks aside)."""
    letters = [char for char in text if not char.isspace() and char not in "·・."]
    return bool(letters) and all(_cjk_char(char) for char in letters)


def _cjk_char(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK ", "HIRAGANA", "KATAKANA", "HANGUL"))


# Letters only Vietnamese writes (ă â đ ê ô ơ ư and the tone-marked vowels of U+1EA0-1EF9).
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
# The surnames most Vietnamese carry: with Vietnamese letters in the name, the name is
# said family first ("Nguyễn Thị Lan"), as Vietnamese users write it.
_VIETNAMESE_FAMILIES = frozenset(
    (
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "huynh",
        "phan",
        "vu",
        "vo",
        "dang",
        "bui",
        "do",
        "ho",
        "ngo",
        "duong",
        "ly",
        "dinh",
        "trinh",
        "truong",
        "lam",
        "mai",
        "cao",
        "luu",
        "ta",
        "ha",
        "quach",
        "chau",
        "thai",
        "kieu",
        "doan",
        "lai",
        "tong",
    )
)


def is_vietnamese(*parts: str) -> bool:
    return any(_VIETNAMESE.search(part) for part in parts if part)


def given_names(first: str, middle: str) -> str:
    """First and middle names as the one given name PartnerBook keeps: CJK joined, a
    Vietnamese middle name before the first ("Thị" + "Lan" → "Thị Lan"), else in order."""
    if first and middle and is_cjk(first) and is_cjk(middle):
        return first + middle
    if first and middle and is_vietnamese(first, middle):
        return f"{middle} {first}"
    return " ".join(part for part in (first, middle) if part)


def person_name(given: str, family: str) -> str:
    """The parts as one name in the order of their script ("" when there are none):
    family first for Chinese, Japanese, Korean and Vietnamese names."""
    if given and family and is_cjk(given) and is_cjk(family):
        return family + given
    if given and family and is_vietnamese(given, family):
        surname = fold(family.split()[0]) if family.split() else ""
        if surname in _VIETNAMESE_FAMILIES:
            return f"{family} {given}"
    return " ".join(part for part in (given, family) if part)


def display_name(
    given: str,
    family: str,
    organisation: str | None,
    emails: Iterable[ContactValue],
    phones: Iterable[ContactValue],
) -> str:
    """The name to show: the person's parts, else the organisation, email or phone."""
    name = person_name(given, family)
    if name:
        return name
    if organisation:
        return organisation
    for value in (*emails, *phones):
        if value.value:
            return value.value
    return ""


def split_multi(cell: str) -> list[str]:
    """The values of a Google multi-value cell ("a@x.com ::: b@x.com"), empties dropped."""
    return [part.strip() for part in cell.split(MULTI_SEPARATOR) if part.strip()]


def values_from(cell: str, label: str = "", primary: bool = False) -> list[ContactValue]:
    """One cell's values with one label; ``primary`` marks the first of them."""
    return [
        ContactValue(value=value, label=label, primary=primary and index == 0)
        for index, value in enumerate(split_multi(cell))
    ]


def unique_values(values: Iterable[ContactValue]) -> tuple[ContactValue, ...]:
    """Values in order, each value once (the first, with its label, wins)."""
    seen: set[str] = set()
    kept: list[ContactValue] = []
    for value in values:
        key = value.value.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return tuple(kept)


def unique_texts(texts: Iterable[str]) -> tuple[str, ...]:
    """Texts in order, empties dropped, each once (any case)."""
    seen: set[str] = set()
    kept: list[str] = []
    for text in texts:
        text = text.strip()
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            kept.append(text)
    return tuple(kept)


def or_none(text: str) -> str | None:
    return text or None

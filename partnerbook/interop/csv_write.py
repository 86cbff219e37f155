"""People and partners as CSV for spreadsheets, Google Contacts and PartnerBook itself.

The people CSV's header is a subset of Google Contacts' own export header, so the file
imports into Google Contacts as it stands, and ``detect_csv`` tells it as Google's: it
re-imports into PartnerBook through the Google reader. Several emails, phones, URLs or
tags share one cell joined by " ::: " as Google does. The text starts with a BOM and
ends lines with CRLF (Excel then opens UTF-8 right); cells are quoted as RFC 4180 says.
A cell that a spreadsheet would run as a formula (= + - @ first) gets a leading
apostrophe, which the Google reader removes again; a phone number such as "+84 912 345"
is left alone (digits and + - ( ) . / only run as harmless arithmetic, if at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from partnerbook.interop.csv_fields import MULTI_SEPARATOR, person_name
from partnerbook.interop.csv_text import clean_cell

PEOPLE_HEADER = (
    "First Name",
    "Last Name",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Address 1 - Label",
    "Address 1 - City",
    "Address 1 - Country",
    "Website 1 - Label",
    "Website 1 - Value",
)
PARTNERS_HEADER = (
    "Name",
    "Kinds",
    "Stage",
    "Standing",
    "Website",
    "City",
    "Country",
    "People",
    "Notes",
)
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_PHONE_LIKE = re.compile(r"\+?[\d ()./-]*\d[\d ()./-]*")
_NEEDS_QUOTES = re.compile(r'[",\r\n]|^\s|\s$')


@dataclass(frozen=True, slots=True)
class PersonCsvRow:
    """One person as the people CSV writes them; the birthday's year may be unknown."""

    display_name: str
    given_name: str = ""
    family_name: str = ""
    partner: str = ""  # the organisation they work for
    role: str = ""
    department: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    city: str = ""
    country: str = ""
    birthday_year: int | None = None
    birthday_month: int | None = None
    birthday_day: int | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PartnerCsvRow:
    """One partner as the partners CSV writes it."""

    name: str
    kinds: tuple[str, ...] = ()
    stage: str = ""
    standing: str = ""
    website: str = ""
    city: str = ""
    country: str = ""
    people_count: int = 0
    notes: str = ""


def write_people_csv(rows: Iterable[PersonCsvRow]) -> str:
    """The people CSV's text (BOM first: encode it as UTF-8 to save it)."""
    return _table(PEOPLE_HEADER, (_person_cells(row) for row in rows))


def write_partners_csv(rows: Iterable[PartnerCsvRow]) -> str:
    """The partners CSV's text (BOM first: encode it as UTF-8 to save it)."""
    return _table(PARTNERS_HEADER, (_partner_cells(row) for row in rows))


def _person_cells(row: PersonCsvRow) -> tuple[str, ...]:
    given, family, display = clean_cell(row.given_name), clean_cell(row.family_name), ""
    if clean_cell(row.display_name) != person_name(given, family):
        display = row.display_name
    return (
        given,
        family,
        display,
        row.partner,
        row.role,
        row.department,
        birthday_text(row.birthday_year, row.birthday_month, row.birthday_day),
        row.notes,
        _multi(row.tags),
        "",
        _multi(row.emails),
        "",
        _multi(row.phones),
        "",
        row.city,
        row.country,
        "",
        _multi(row.urls),
    )


def _partner_cells(row: PartnerCsvRow) -> tuple[str, ...]:
    return (
        row.name,
        _multi(row.kinds),
        row.stage,
        row.standing,
        row.website,
        row.city,
        row.country,
        str(row.people_count),
        row.notes,
    )


def birthday_text(year: int | None, month: int | None, day: int | None) -> str:
    """ "1985-03-22", or "--03-22" without the year (as Google and vCard 4 write it)."""
    if month is None or day is None:
        return ""
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _multi(values: Sequence[str]) -> str:
    return MULTI_SEPARATOR.join(clean for value in values if (clean := clean_cell(value)))


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = [",".join(_quoted(name) for name in header)]
    lines.extend(",".join(_quoted(guard(cell)) for cell in row) for row in rows)
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def guard(cell: str) -> str:
    """The cell cleaned, with an apostrophe before what a spreadsheet would run."""
    value = clean_cell(cell)
    if _FORMULA.match(value) and not _PHONE_LIKE.fullmatch(value):
        return "'" + value
    return value


def _quoted(cell: str) -> str:
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell

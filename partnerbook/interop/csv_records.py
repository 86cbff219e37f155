"""One kind of contact CSV read row by row: each row alone, each problem said per row.

Every reader is a ``CsvKind``: how to find its header row, and how to read one data row.
This module does the rest the same way for all of them: decoding, the delimiter, blank
rows, rows longer than the header, quotes never closed, a row that breaks the reader,
the person left without any name, and the messages (the record and line go beside them). It never
raises: a file that is not of the kind gives one error about the file as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from partnerbook.domain.contacts import ContactFormat, ImportedContact, ParsedContacts, RecordError
from partnerbook.interop.csv_fields import display_name
from partnerbook.interop.csv_text import (
    CsvRow,
    Fields,
    Header,
    decode_csv_bytes,
    parse_rows,
    sniff_delimiter,
)
from partnerbook.messages import Reading, capitalized, listed

HEADER_SEARCH_ROWS = 20  # LinkedIn writes three lines of notes before its header


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What one row gave: the person (None: nothing to name them by) and its problems."""

    contact: ImportedContact | None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header row and the non-blank rows after it."""

    header: Header
    header_line: int
    rows: tuple[CsvRow, ...]
    preamble: tuple[CsvRow, ...] = ()


RowReader = Callable[[Fields, int], RowOutcome]


@dataclass(frozen=True, slots=True)
class CsvKind:
    """One program's CSV: its format, name, header test and row reader."""

    format: ContactFormat
    title: str  # "a Google Contacts CSV"
    is_header: Callable[[Header], bool]
    make_reader: Callable[[Table], RowReader]  # sees the whole table (day order, …)
    hint: str  # what to do when the file is not of this kind


def load_table(data: bytes, is_header: Callable[[Header], bool]) -> Table | None:
    """The table under the first row (of the first few) that ``is_header`` accepts."""
    text = decode_csv_bytes(data)
    rows = parse_rows(text, sniff_delimiter(text))
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        header = Header(row.cells)
        if not row.blank and is_header(header):
            body = tuple(r for r in rows[position + 1 :] if not r.blank)
            return Table(header, row.line, body, tuple(rows[:position]))
    return None


def read_kind(data: bytes, kind: CsvKind) -> ParsedContacts:
    """Every row of a file of ``kind``, or one error saying the file is not of it."""
    try:
        if not data.strip():
            return _whole_file(kind, Reading.tr("The file is empty: there is nothing to import."))
        table = load_table(data, kind.is_header)
        if table is None:
            return _whole_file(
                kind, Reading.tr("This is not {kind}: {hint}", kind=kind.title, hint=kind.hint)
            )
        reader = kind.make_reader(table)
    except Exception as error:  # a reader never raises: the file is refused in words
        return _whole_file(
            kind, Reading.tr("The file could not be read ({problem}).", problem=_bug(error))
        )
    contacts: list[ImportedContact] = []
    errors: list[RecordError] = []
    for record, row in enumerate(table.rows, start=1):
        contact, message = read_row(table.header, row, record, reader)
        if contact is not None:
            contacts.append(contact)
        if message:
            errors.append(RecordError(record=record, line=row.line, message=message))
    return ParsedContacts(format=kind.format, contacts=tuple(contacts), errors=tuple(errors))


def read_row(
    header: Header, row: CsvRow, record: int, reader: RowReader
) -> tuple[ImportedContact | None, str]:
    """One row's person (named) and the message for its problems ("" when none)."""
    fields = Fields(header, row)
    problems: list[str] = []
    if row.unclosed_quote:
        problems.append(
            Reading.tr("a quote in it is never closed, so that cell ends with its line")
        )
    try:
        outcome = reader(fields, record)
        contact = _named(outcome.contact)
        problems.extend(outcome.problems)
        if contact is None:
            problems.append(
                Reading.tr("it has no name, organisation, email or phone to know the person by")
            )
    except Exception as error:
        contact = None
        problems.append(Reading.tr("it could not be read ({problem})", problem=_bug(error)))
    if extra := fields.extra_cells():
        problems.append(
            Reading.tr("one cell past the last column was left out")
            if extra == 1
            else Reading.tr("{count} cells past the last column were left out", count=extra)
        )
    if not problems:
        return contact, ""
    ending = (
        Reading.tr("the rest was read")
        if contact is not None
        else Reading.tr("the row was skipped")
    )
    return contact, capitalized(listed([*problems, ending]))


def _named(contact: ImportedContact | None) -> ImportedContact | None:
    """The contact with a display name derived when the file gave none (None: no name)."""
    if contact is None or contact.display_name:
        return contact
    name = display_name(
        contact.given_name or "",
        contact.family_name or "",
        contact.organisation,
        contact.emails,
        contact.phones,
    )
    return replace(contact, display_name=name) if name else None


def _whole_file(kind: CsvKind, message: str) -> ParsedContacts:
    return ParsedContacts(
        format=kind.format, contacts=(), errors=(RecordError(record=0, line=1, message=message),)
    )


def _bug(error: Exception) -> str:
    return Reading.tr("an unexpected {error}; please report it", error=type(error).__name__)


def all_rows(table: Table) -> Sequence[Fields]:
    """Every data row through the header (for readers that look at the whole file)."""
    return [Fields(table.header, row) for row in table.rows]

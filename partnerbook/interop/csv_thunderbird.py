"""Thunderbird's address book CSV (Tools → Address Book → Export → Comma Separated).

English headers only ("First Name", "Last Name", "Display Name", "Primary Email",
"Mobile Number", "Birth Year", "Birth Month", "Birth Day"…; a UK build writes
"Organisation"); Thunderbird translates them in other languages, which is out of scope.
Older versions end every line with a comma, an empty cell past the header that is fine.
"""

from __future__ import annotations

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
)
from partnerbook.interop.csv_dates import DateProblem, PartialDate, checked_date
from partnerbook.interop.csv_fields import or_none, unique_values
from partnerbook.interop.csv_records import CsvKind, RowOutcome, RowReader, Table, read_kind
from partnerbook.interop.csv_text import Fields, Header
from partnerbook.messages import Reading

PHONES = (
    ("mobile", "Mobile Number"),
    ("work", "Work Phone"),
    ("home", "Home Phone"),
    ("fax", "Fax Number"),
    ("pager", "Pager Number"),
)

WEB_PAGES = ("Web Page 1", "Web Page 2")


def is_thunderbird_header(header: Header) -> bool:
    """Thunderbird's "Primary Email" beside a name or "Display Name"."""
    return header.has("Primary Email") and header.has_any(("Display Name", "First Name"))


def read_thunderbird_csv(data: bytes) -> ParsedContacts:
    """Every card of a Thunderbird address book CSV."""
    return read_kind(data, THUNDERBIRD)


def _read_row(fields: Fields, record: int) -> RowOutcome:
    problems: list[str] = []
    birthday = _birthday(fields)
    if isinstance(birthday, DateProblem):
        problems.append(birthday.reason)
        birthday = None
    emails = [
        ContactValue(value, primary=index == 0)
        for index, value in enumerate(
            v for v in (fields.get("Primary Email"), fields.get("Secondary Email")) if v
        )
    ]
    work = fields.get("Work City"), fields.get("Work Country")
    home = fields.get("Home City"), fields.get("Home Country")
    city, country = work if any(work) else home
    contact = ImportedContact(
        record=record,
        line=fields.row.line,
        display_name=fields.get("Display Name"),
        given_name=or_none(fields.get("First Name")),
        family_name=or_none(fields.get("Last Name")),
        organisation=or_none(fields.get("Organization", "Organisation")),
        department=or_none(fields.get("Department")),
        role=or_none(fields.get("Job Title")),
        emails=unique_values(emails),
        phones=unique_values(
            ContactValue(value, label) for label, name in PHONES if (value := fields.get(name))
        ),
        urls=unique_values(
            ContactValue(value) for name in WEB_PAGES if (value := fields.get(name))
        ),
        city=or_none(city),
        country=or_none(country),
        birthday_year=birthday.year if birthday else None,
        birthday_month=birthday.month if birthday else None,
        birthday_day=birthday.day if birthday else None,
        notes=fields.get("Notes"),
    )
    return RowOutcome(contact, tuple(problems))


def _birthday(fields: Fields) -> PartialDate | DateProblem | None:
    """The three cells as one date (the year may be missing; a month alone is not one)."""
    texts = fields.get("Birth Year"), fields.get("Birth Month"), fields.get("Birth Day")
    year_text, month_text, day_text = texts
    if not month_text and not day_text:
        return None
    shown = "-".join(text or "?" for text in texts)
    if not (_number(month_text) and _number(day_text)) or (year_text and not _number(year_text)):
        return DateProblem(
            Reading.tr("the birthday '{value}' (year-month-day) is not a date", value=shown)
        )
    checked = checked_date(int(year_text) if year_text else None, int(month_text), int(day_text))
    if isinstance(checked, DateProblem):
        return DateProblem(
            Reading.tr(
                "the birthday '{value}' (year-month-day) {reason}",
                value=shown,
                reason=checked.reason,
            )
        )
    return checked


def _number(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 4


def _make_reader(table: Table) -> RowReader:
    return _read_row


THUNDERBIRD = CsvKind(
    format=ContactFormat.THUNDERBIRD_CSV,
    title=Reading.tr("a Thunderbird address book CSV"),
    is_header=is_thunderbird_header,
    make_reader=_make_reader,
    hint=Reading.tr(
        "no row near the top names Thunderbird's columns (First Name, Last Name, Display "
        "Name, Primary Email…; translated headers are not read). Export it again from "
        "Thunderbird's Address Book in English, or use --format to say which program "
        "wrote it."
    ),
)

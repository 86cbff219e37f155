"""LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data).

The file opens with a few lines of notes ("Notes:", a quoted paragraph, a blank line)
before its header: First Name, Last Name, URL, Email Address, Company, Position,
Connected On. The e-mail is usually empty (only connections who allow it have one); the
profile URL is the surest duplicate key; "Connected On" ("17 Nov 2023", "11/17/23" in
older exports, month first) becomes how and when we met.
"""

from __future__ import annotations

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
)
from partnerbook.interop.csv_dates import DateProblem, parse_full_date
from partnerbook.interop.csv_fields import or_none
from partnerbook.interop.csv_records import CsvKind, RowOutcome, RowReader, Table, read_kind
from partnerbook.interop.csv_text import Fields, Header
from partnerbook.messages import Reading

HOW_WE_MET = "Connected on LinkedIn"
URL_LABEL = "LinkedIn"
_OWN_COLUMNS = ("Connected On", "URL", "Position")


def is_linkedin_header(header: Header) -> bool:
    """First and last name with one of LinkedIn's own columns (no other program's
    contact CSV has "Connected On", "URL" or "Position" in English)."""
    return header.has("First Name", "Last Name") and header.has_any(_OWN_COLUMNS)


def read_linkedin_csv(data: bytes) -> ParsedContacts:
    """Every connection of a LinkedIn Connections.csv."""
    return read_kind(data, LINKEDIN)


def _read_row(fields: Fields, record: int) -> RowOutcome:
    problems: list[str] = []
    connected = fields.get("Connected On")
    met_on = None
    if connected:
        parsed = parse_full_date(connected, "mdy")
        if isinstance(parsed, DateProblem):
            problems.append(
                Reading.tr(
                    "the date connected '{value}' {reason}", value=connected, reason=parsed.reason
                )
            )
        else:
            met_on = parsed
    url = fields.get("URL", "Profile URL")
    email = fields.get("Email Address", "E-mail Address")
    contact = ImportedContact(
        record=record,
        line=fields.row.line,
        display_name="",
        given_name=or_none(fields.get("First Name")),
        family_name=or_none(fields.get("Last Name")),
        organisation=or_none(fields.get("Company")),
        role=or_none(fields.get("Position")),
        emails=(ContactValue(email),) if email else (),
        urls=(ContactValue(url, URL_LABEL),) if url else (),
        how_we_met=HOW_WE_MET,
        met_on=met_on,
    )
    return RowOutcome(contact, tuple(problems))


def _make_reader(table: Table) -> RowReader:
    return _read_row


LINKEDIN = CsvKind(
    format=ContactFormat.LINKEDIN_CSV,
    title=Reading.tr("a LinkedIn Connections.csv"),
    is_header=is_linkedin_header,
    make_reader=_make_reader,
    hint=Reading.tr(
        "no row near the top has LinkedIn's columns (First Name, Last Name, URL, Company, "
        "Position, Connected On). Use Connections.csv from LinkedIn's data export "
        "(Settings → Data privacy → Get a copy of your data), or use --format to say "
        "which program wrote it."
    ),
)

"""Contacts as other programs hand them to us: what every import format is read into.

A reader (vCard, Google/LinkedIn/Outlook/Thunderbird CSV) turns a file into
``ParsedContacts``: the records it could read, in file order, and one ``RecordError`` per
record it could not (a broken record never takes its neighbours down). Merging into the
journal is the import service's job; readers know nothing of the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ContactFormat(StrEnum):
    VCARD = "vcard"
    GOOGLE_CSV = "google-csv"
    LINKEDIN_CSV = "linkedin-csv"
    OUTLOOK_CSV = "outlook-csv"
    THUNDERBIRD_CSV = "thunderbird-csv"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class ContactValue:
    """An email, phone or URL with the label its program gave it ("work", "Mobile", an
    Apple X-ABLabel such as "Assistant")."""

    value: str
    label: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo kept as it came: bytes (base64 or a data URI, decoded) or a link."""

    data: bytes | None = None
    mime: str | None = None  # "image/jpeg"; None when the file did not say
    uri: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedContact:
    """One person as read from a file. Text is stripped; empty means "not given"."""

    record: int  # 1-based position of the record in the file
    line: int  # 1-based line of the file where the record starts
    display_name: str  # never empty: derived from the parts, the email or the phone
    given_name: str | None = None
    family_name: str | None = None
    uid: str | None = None  # the program's own id (vCard UID): the surest duplicate key
    organisation: str | None = None  # becomes the partner
    department: str | None = None
    role: str | None = None  # TITLE / Job Title / Position
    emails: tuple[ContactValue, ...] = ()
    phones: tuple[ContactValue, ...] = ()
    urls: tuple[ContactValue, ...] = ()  # a LinkedIn profile URL included
    city: str | None = None
    country: str | None = None
    # Birthday: the year is optional (Apple's X-APPLE-OMIT-YEAR, vCard 4 "--0322").
    birthday_year: int | None = None
    birthday_month: int | None = None
    birthday_day: int | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()  # CATEGORIES / Labels / Group Membership
    photo: Photo | None = None
    # Relationships the program knew ("spouse: Anna Doe"), kept as notes on the person.
    related: tuple[str, ...] = ()
    introduced_by: str | None = None  # Outlook's "Referred By"
    how_we_met: str = ""  # LinkedIn: "Connected on LinkedIn"
    met_on: date | None = None  # LinkedIn's "Connected On"


@dataclass(frozen=True, slots=True)
class RecordError:
    record: int  # 1-based record number (0: the file as a whole)
    line: int  # 1-based line where the record starts
    message: str  # what was wrong, in words a user can act on


@dataclass(frozen=True, slots=True)
class ParsedContacts:
    format: ContactFormat
    contacts: tuple[ImportedContact, ...]
    errors: tuple[RecordError, ...] = ()

"""Outlook's contact CSV: classic desktop Outlook's ~90 columns and outlook.com's ~60.

Desktop Outlook (File → Open & Export → Export → Comma Separated Values) starts with
"Title","First Name","Middle Name","Last Name","Suffix","Company"…; outlook.com (People →
Manage → Export contacts) with "First Name","Middle Name","Last Name","Title","Suffix",
"Nickname","Given Yomi"… Both use the same column names, read here by name. "Title" is the
honorific (Mr., Dr.), not the job: that is "Job Title". Outlook writes the birthday in
the machine's locale ("0/0/00" for none) and translates the headers: besides English,
German ("Vorname", "Nachname", "E-Mail-Adresse", "Firma", "Position", "Geburtstag"…) and
Italian ("Nome", "Cognome", "Indirizzo posta elettronica", "Società", "Posizione",
"Compleanno"…) headers are read, their dates day-first. German and Italian Windows write
``;`` between cells, which the CSV layer sniffs.
"""

from __future__ import annotations

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
)
from partnerbook.interop.csv_dates import DateProblem, DayOrder, infer_day_order, parse_partial_date
from partnerbook.interop.csv_fields import given_names, or_none, unique_texts, unique_values
from partnerbook.interop.csv_records import CsvKind, RowOutcome, Table, all_rows, read_kind
from partnerbook.interop.csv_text import Fields, Header
from partnerbook.messages import Reading

# Each field by its English, German and Italian column names.
GIVEN = ("First Name", "Vorname", "Nome")
MIDDLE = ("Middle Name", "Weitere Vornamen", "Secondo nome")
FAMILY = ("Last Name", "Nachname", "Cognome")
COMPANY = ("Company", "Firma", "Società")
DEPARTMENT = ("Department", "Abteilung", "Reparto")
JOB_TITLE = ("Job Title", "Position", "Posizione")
BIRTHDAY = ("Birthday", "Geburtstag", "Compleanno")
CATEGORIES = ("Categories", "Kategorien", "Categorie")
NOTES = ("Notes", "Notizen", "Note")
REFERRED_BY = ("Referred By", "Empfohlen von", "Presentato da")
EMAILS = (
    ("E-mail Address", "E-Mail-Adresse", "Indirizzo posta elettronica"),
    ("E-mail 2 Address", "E-Mail 2: Adresse", "Indirizzo posta elettronica 2"),
    ("E-mail 3 Address", "E-Mail 3: Adresse", "Indirizzo posta elettronica 3"),
)
PHONES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mobile", ("Mobile Phone", "Mobiltelefon", "Cellulare")),
    ("work", ("Business Phone", "Telefon geschäftlich", "Ufficio")),
    ("work", ("Business Phone 2", "Telefon geschäftlich 2", "Ufficio 2")),
    ("home", ("Home Phone", "Telefon privat", "Abitazione")),
    ("home", ("Home Phone 2", "Telefon privat 2", "Abitazione 2")),
    ("main", ("Primary Phone", "Haupttelefon", "Telefono principale")),
    ("work", ("Company Main Phone", "Telefon Firma", "Telefono principale società")),
    ("other", ("Other Phone", "Weiteres Telefon", "Altro telefono")),
    ("car", ("Car Phone", "Autotelefon", "Telefono auto")),
    ("assistant", ("Assistant's Phone", "Telefon Assistent", "Telefono assistente")),
    ("pager", ("Pager", "Cercapersone")),
    ("work fax", ("Business Fax", "Fax geschäftlich", "Fax (uff.)")),
    ("home fax", ("Home Fax", "Fax privat", "Fax (ab.)")),
)
WEB_PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("", ("Web Page", "Webseite", "Pagina Web")),
    ("personal", ("Personal Web Page",)),
)
# Where the person is: business address first, then home, then other.
PLACES = (
    (
        ("Business City", "Ort geschäftlich", "Città (uff.)"),
        (
            "Business Country/Region",
            "Business Country",
            "Land/Region geschäftlich",
            "Paese/area geografica (uff.)",
        ),
    ),
    (
        ("Home City", "Ort privat", "Città (ab.)"),
        (
            "Home Country/Region",
            "Home Country",
            "Land/Region privat",
            "Paese/area geografica (ab.)",
        ),
    ),
    (
        ("Other City", "Weiterer Ort", "Altra città"),
        ("Other Country/Region", "Other Country", "Weiteres/e Land/Region"),
    ),
)
RELATIONS = (
    ("spouse", ("Spouse", "Partner", "Nome coniuge/partner")),
    ("children", ("Children", "Kinder", "Figli")),
    ("manager", ("Manager's Name", "Name des/der Vorgesetzten", "Nome del manager")),
    ("assistant", ("Assistant's Name", "Name Assistent", "Nome assistente")),
)
_ENGLISH_MARKS = ("E-mail Address", "Business Phone", "Mobile Phone", "Job Title", "Company")
_OTHER_PROGRAMS = ("Primary Email", "Connected On", "URL", "Labels", "E-mail 1 - Value")
_DAY_FIRST_MARKS = ("Vorname", "Nachname", "Cognome", "Indirizzo posta elettronica")


def is_outlook_header(header: Header) -> bool:
    """English Outlook columns by their first names and one of their own (E-mail Address,
    Business Phone…), or the German or Italian translation."""
    english = header.has("First Name", "Last Name") and header.has_any(_ENGLISH_MARKS)
    german = header.has("Vorname", "Nachname") and header.has_any(("E-Mail-Adresse", "Firma"))
    italian = header.has("Nome", "Cognome") and header.has_any(
        ("Indirizzo posta elettronica", "Società", "Cellulare")
    )
    return (english or german or italian) and not header.has_any(_OTHER_PROGRAMS)


def read_outlook_csv(data: bytes) -> ParsedContacts:
    """Every contact of an Outlook (desktop or outlook.com) CSV export."""
    return read_kind(data, OUTLOOK)


class _OutlookRow:
    """Reads one row, knowing whether the file's numeric dates are day- or month-first."""

    def __init__(self, order: DayOrder | None) -> None:
        self.order = order

    def __call__(self, fields: Fields, record: int) -> RowOutcome:
        problems: list[str] = []
        year = month = day = None
        birthday = fields.get(*BIRTHDAY)
        parsed = parse_partial_date(birthday, self.order)
        if isinstance(parsed, DateProblem):
            problems.append(
                Reading.tr("the birthday '{value}' {reason}", value=birthday, reason=parsed.reason)
            )
        elif parsed is not None:
            year, month, day = parsed.year, parsed.month, parsed.day
        city, country = _place(fields)
        contact = ImportedContact(
            record=record,
            line=fields.row.line,
            display_name="",
            given_name=or_none(given_names(fields.get(*GIVEN), fields.get(*MIDDLE))),
            family_name=or_none(fields.get(*FAMILY)),
            organisation=or_none(fields.get(*COMPANY)),
            department=or_none(fields.get(*DEPARTMENT)),
            role=or_none(fields.get(*JOB_TITLE)),
            emails=_emails(fields),
            phones=unique_values(
                ContactValue(value, label, primary=label == "main")
                for label, names in PHONES
                if (value := fields.get(*names))
            ),
            urls=unique_values(
                ContactValue(value, label)
                for label, names in WEB_PAGES
                if (value := fields.get(*names))
            ),
            city=city,
            country=country,
            birthday_year=year,
            birthday_month=month,
            birthday_day=day,
            notes=fields.get(*NOTES),
            tags=unique_texts(fields.get(*CATEGORIES).split(";")),
            related=unique_texts(
                f"{label}: {value}" for label, names in RELATIONS if (value := fields.get(*names))
            ),
            introduced_by=or_none(fields.get(*REFERRED_BY)),
        )
        return RowOutcome(contact, tuple(problems))


def _emails(fields: Fields) -> tuple[ContactValue, ...]:
    """The three addresses, the first primary; Exchange's internal X.500 names
    ("/o=ExchangeLabs/…", type EX) are not addresses and are left out."""
    values: list[ContactValue] = []
    for names in EMAILS:
        value = fields.get(*names)
        if value and not value.startswith("/"):
            values.append(ContactValue(value, primary=not values))
    return unique_values(values)


def _place(fields: Fields) -> tuple[str | None, str | None]:
    for cities, countries in PLACES:
        city, country = fields.get(*cities), fields.get(*countries)
        if city or country:
            return or_none(city), or_none(country)
    return None, None


def _make_reader(table: Table) -> _OutlookRow:
    if table.header.has_any(_DAY_FIRST_MARKS):
        return _OutlookRow("dmy")
    return _OutlookRow(infer_day_order(fields.get(*BIRTHDAY) for fields in all_rows(table)))


OUTLOOK = CsvKind(
    format=ContactFormat.OUTLOOK_CSV,
    title=Reading.tr("an Outlook contacts CSV"),
    is_header=is_outlook_header,
    make_reader=_make_reader,
    hint=Reading.tr(
        "no row near the top names Outlook's columns (First Name, Last Name, E-mail "
        "Address…, or their German or Italian names). Export it again from Outlook "
        "(File → Open & Export → Import/Export → Export to a file → Comma Separated "
        "Values), or use --format to say which program wrote it."
    ),
)

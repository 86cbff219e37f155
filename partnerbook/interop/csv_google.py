"""Google Contacts CSV, as contacts.google.com exports it today and as it did until 2022.

Today's headers are "First Name", "Last Name", "Organization Name", "Labels",
"E-mail 1 - Label"/"E-mail 1 - Value"…; the legacy ones "Name", "Given Name",
"Family Name", "Group Membership", "E-mail 1 - Type", "Organization 1 - Name"… Several
values share one cell joined by " ::: " ("a@x.com ::: b@x.com"), under one label; a label
marked "* " ("* Work") holds the primary value. Of Google's own groups "* myContacts"
(every contact is in it) is dropped and "* starred" becomes the tag "starred" (it is the
user's choice of favourites); every other label is a tag as named. PartnerBook's own
people CSV is written under these headers, so it reads back through this reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
    Photo,
)
from partnerbook.interop.csv_dates import DateProblem, parse_partial_date
from partnerbook.interop.csv_fields import (
    given_names,
    or_none,
    split_multi,
    unique_texts,
    unique_values,
)
from partnerbook.interop.csv_records import CsvKind, RowOutcome, Table, read_kind
from partnerbook.interop.csv_text import Fields, Header, header_key
from partnerbook.messages import Reading

_CURRENT_MARKS = ("Labels", "File As", "Organization Name", "E-mail 1 - Value", "Phone 1 - Value")
_LEGACY_MARKS = ("Group Membership", "E-mail 1 - Type", "Given Name Yomi", "Additional Name")
_OTHER_PROGRAMS = ("E-mail Address", "Primary Email", "Connected On")
_NUMBERED = re.compile(r"(e-mail|phone|website|relation|address)(\d+)-\w+")
_GUARDED = re.compile(r"'+[=+\-@]")  # our writer's guard against spreadsheet formulas
_DROPPED_GROUPS = frozenset({"mycontacts", "my contacts"})

_Getter = Callable[..., str]


def is_google_header(header: Header) -> bool:
    """Today's or the legacy Google header (and not Outlook's or Thunderbird's)."""
    if header.has_any(_OTHER_PROGRAMS):
        return False
    current = header.has("First Name") and header.has_any(_CURRENT_MARKS)
    legacy = header.has_any(("Name", "Given Name")) and header.has_any(_LEGACY_MARKS)
    return current or legacy


def read_google_csv(data: bytes) -> ParsedContacts:
    """Every contact of a Google Contacts CSV (today's or legacy headers)."""
    return read_kind(data, GOOGLE)


def _make_reader(table: Table) -> _GoogleRow:
    groups: dict[str, list[int]] = {}
    for key in table.header.keys:
        if match := _NUMBERED.fullmatch(key):
            numbers = groups.setdefault(match.group(1), [])
            if int(match.group(2)) not in numbers:
                numbers.append(int(match.group(2)))
    return _GoogleRow({kind: sorted(numbers) for kind, numbers in groups.items()})


class _GoogleRow:
    """Reads one row, knowing how many numbered e-mail/phone/… columns the file has."""

    def __init__(self, groups: dict[str, list[int]]) -> None:
        self.groups = groups

    def __call__(self, fields: Fields, record: int) -> RowOutcome:
        def get(*names: str) -> str:
            return unguard(fields.get(*names))

        problems: list[str] = []
        year = month = day = None
        birthday = get("Birthday")
        parsed = parse_partial_date(birthday)
        if isinstance(parsed, DateProblem):
            problems.append(
                Reading.tr("the birthday '{value}' {reason}", value=birthday, reason=parsed.reason)
            )
        elif parsed is not None:
            year, month, day = parsed.year, parsed.month, parsed.day
        city, country = self._place(get)
        photo = get("Photo")
        contact = ImportedContact(
            record=record,
            line=fields.row.line,
            display_name=get("Name", "File As"),
            given_name=or_none(
                given_names(get("First Name", "Given Name"), get("Middle Name", "Additional Name"))
            ),
            family_name=or_none(get("Last Name", "Family Name")),
            organisation=_first(get("Organization Name", "Organization 1 - Name")),
            department=_first(get("Organization Department", "Organization 1 - Department")),
            role=_first(get("Organization Title", "Organization 1 - Title")),
            emails=unique_values(self._values(get, "E-mail")),
            phones=unique_values(self._values(get, "Phone")),
            urls=unique_values(self._values(get, "Website")),
            city=city,
            country=country,
            birthday_year=year,
            birthday_month=month,
            birthday_day=day,
            notes=get("Notes"),
            tags=labels_to_tags(get("Labels") or get("Group Membership")),
            photo=Photo(uri=photo) if photo.startswith(("http://", "https://")) else None,
            related=self._related(get),
        )
        return RowOutcome(contact, tuple(problems))

    def _numbers(self, kind: str) -> list[int]:
        return self.groups.get(header_key(kind), [])

    def _values(self, get: _Getter, kind: str) -> list[ContactValue]:
        values: list[ContactValue] = []
        for n in self._numbers(kind):
            cell = get(f"{kind} {n} - Value")
            labels = split_multi(get(f"{kind} {n} - Label", f"{kind} {n} - Type"))
            texts = split_multi(cell)
            for index, text in enumerate(texts):
                raw = labels[index] if len(labels) == len(texts) else (labels or [""])[0]
                starred = raw.startswith("*")
                label = raw.lstrip("* ").strip()
                first_of_group = index == 0 or len(labels) == len(texts)
                values.append(ContactValue(text, label, primary=starred and first_of_group))
        return values

    def _place(self, get: _Getter) -> tuple[str | None, str | None]:
        for n in self._numbers("Address"):
            city = _first(get(f"Address {n} - City"))
            country = _first(get(f"Address {n} - Country"))
            if city or country:
                return city, country
        return None, None

    def _related(self, get: _Getter) -> tuple[str, ...]:
        related: list[str] = []
        for n in self._numbers("Relation"):
            label = get(f"Relation {n} - Label", f"Relation {n} - Type").lstrip("* ")
            for name in split_multi(get(f"Relation {n} - Value")):
                related.append(f"{label}: {name}" if label else name)
        return unique_texts(related)


def labels_to_tags(cell: str) -> tuple[str, ...]:
    """Labels or groups as tags: "* myContacts" dropped, "* starred" → "starred"."""
    tags: list[str] = []
    for label in split_multi(cell):
        system = label.startswith(("*", "System Group:"))
        name = label.removeprefix("*").strip().removeprefix("System Group:").strip()
        if system and name.casefold() == "starred":
            tags.append("starred")
        elif not (system and name.casefold() in _DROPPED_GROUPS):
            tags.append(name)
    return unique_texts(tags)


def unguard(value: str) -> str:
    """A cell our writer guarded against formulas ("'=x") as it was written ("=x")."""
    return value[1:] if _GUARDED.match(value) else value


def _first(cell: str) -> str | None:
    values = split_multi(cell)
    return values[0] if values else None


GOOGLE = CsvKind(
    format=ContactFormat.GOOGLE_CSV,
    title=Reading.tr("a Google Contacts CSV"),
    is_header=is_google_header,
    make_reader=_make_reader,
    hint=Reading.tr(
        "no row near the top names Google's columns (First Name, Last Name, Labels…). "
        "Export it again from contacts.google.com (Export → Google CSV), or use --format "
        "to say which program wrote it."
    ),
)

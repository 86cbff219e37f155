"""What an imported contact adds to a person we already have, without overwriting a word.

Only what is empty is filled (a role, a city, a birthday, the partner); emails, phones,
URLs and tags are added when new; notes and relationships are appended when the person's
notes do not already hold them. So importing the same file twice changes nothing, and
what the user wrote by hand always stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from partnerbook.domain.contacts import ContactValue, ImportedContact
from partnerbook.domain.text import fold
from partnerbook.messages import Reading, listed
from partnerbook.services.import_keys import email_key, linkedin_key, phone_key

# Person fields an import may fill when they are empty, and where they come from.
FILLED = (
    "given_name",
    "family_name",
    "role",
    "department",
    "city",
    "country",
    "birthday_year",
    "birthday_month",
    "birthday_day",
    "how_we_met",
    "met_on",
)
FIELD_WORDS = {
    "given_name": Reading.tr("given name"),
    "family_name": Reading.tr("family name"),
    "role": Reading.tr("role"),
    "department": Reading.tr("department"),
    "city": Reading.tr("city"),
    "country": Reading.tr("country"),
    "birthday_year": Reading.tr("birthday"),
    "birthday_month": Reading.tr("birthday"),
    "birthday_day": Reading.tr("birthday"),
    "how_we_met": Reading.tr("how you met"),
    "met_on": Reading.tr("how you met"),
    "partner": Reading.tr("partner"),
    "notes": Reading.tr("notes"),
    "photo": Reading.tr("photo"),
    "uid": Reading.tr("id"),
}


@dataclass(slots=True)
class PersonState:
    """What we know of a person, enough to decide what an import would add."""

    display_name: str
    fields: dict[str, object] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)  # folded
    notes: str = ""
    has_partner: bool = False
    has_photo: bool = False
    uids: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Merge:
    """The additions one contact brings to one person; empty when it brings nothing."""

    fields: dict[str, object]
    emails: tuple[ContactValue, ...] = ()
    phones: tuple[ContactValue, ...] = ()
    urls: tuple[ContactValue, ...] = ()
    tags: tuple[str, ...] = ()
    notes: str = ""  # to append
    partner: str | None = None  # an organisation to become their partner
    photo: bool = False
    uid: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.fields
            or self.emails
            or self.phones
            or self.urls
            or self.tags
            or self.notes
            or self.partner
            or self.photo
            or self.uid
        )

    def describe(self) -> str:
        """ "adds 2 emails, a phone, role, birthday" for the preview."""
        parts: list[str] = []
        if self.emails:
            n = len(self.emails)
            parts.append(
                Reading.tr("an email") if n == 1 else Reading.tr("{count} emails", count=n)
            )
        if self.phones:
            n = len(self.phones)
            parts.append(Reading.tr("a phone") if n == 1 else Reading.tr("{count} phones", count=n))
        if self.urls:
            n = len(self.urls)
            parts.append(Reading.tr("a link") if n == 1 else Reading.tr("{count} links", count=n))
        if self.tags:
            n = len(self.tags)
            parts.append(Reading.tr("a tag") if n == 1 else Reading.tr("{count} tags", count=n))
        words: list[str] = []
        for name in (*self.fields, *(["partner"] if self.partner else [])):
            word = FIELD_WORDS[name]
            if word not in words:
                words.append(word)
        if self.notes:
            words.append(Reading.tr("notes"))
        if self.photo:
            words.append(Reading.tr("photo"))
        if self.uid:
            words.append(Reading.tr("its contact id (to know them next time)"))
        parts.extend(words)
        if not parts:
            return Reading.tr("nothing new")
        return Reading.tr("adds {what}", what=listed(parts, Reading.tr("{earlier}, {later}")))


def contact_fields(contact: ImportedContact) -> dict[str, object]:
    """The person fields the contact gives, by our field names."""
    values: dict[str, object | None] = {
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "role": contact.role,
        "department": contact.department,
        "city": contact.city,
        "country": contact.country,
        "birthday_month": contact.birthday_month,
        "birthday_day": contact.birthday_day,
        "birthday_year": contact.birthday_year if contact.birthday_month else None,
        "how_we_met": contact.how_we_met or None,
        "met_on": contact.met_on,
    }
    return {name: value for name, value in values.items() if value not in (None, "")}


def extra_notes(contact: ImportedContact) -> str:
    """The contact's notes, its relationships and who referred them, as note text."""
    parts = [contact.notes.strip()] if contact.notes.strip() else []
    parts.extend(f"Related: {related}" for related in contact.related if related.strip())
    if contact.introduced_by and contact.introduced_by.strip():
        parts.append(f"Referred by: {contact.introduced_by.strip()}")
    return "\n".join(parts)


def merge(state: PersonState, contact: ImportedContact, region: str = "") -> Merge:
    fields = {
        name: value
        for name, value in contact_fields(contact).items()
        if state.fields.get(name) in (None, "")
    }
    if "birthday_month" in fields or "birthday_day" in fields:
        if state.fields.get("birthday_month"):  # one birthday: never mix two
            for name in ("birthday_year", "birthday_month", "birthday_day"):
                fields.pop(name, None)
    elif "birthday_year" in fields and not state.fields.get("birthday_month"):
        fields.pop("birthday_year")
    emails = _new(contact.emails, state.emails, email_key)
    phones = _new(contact.phones, state.phones, lambda v: phone_key(v, region))
    urls = _new(contact.urls, state.urls, url_key)
    tags = tuple(dict.fromkeys(t for t in contact.tags if t.strip() and fold(t) not in state.tags))
    note = extra_notes(contact)
    notes = note if note and fold(note) not in fold(state.notes) else ""
    partner = contact.organisation if contact.organisation and not state.has_partner else None
    photo = contact.photo is not None and not state.has_photo
    uid = contact.uid if contact.uid and contact.uid not in state.uids else None
    return Merge(fields, emails, phones, urls, tags, notes, partner, photo, uid)


def absorb(state: PersonState, addition: Merge, region: str = "") -> None:
    """The state after the merge (for a file that lists one person twice)."""
    state.fields.update(addition.fields)
    state.emails.update(email_key(v.value) for v in addition.emails)
    state.phones.update(phone_key(v.value, region) for v in addition.phones)
    state.urls.update(url_key(v.value) for v in addition.urls)
    state.tags.update(fold(t) for t in addition.tags)
    if addition.notes:
        state.notes = f"{state.notes}\n\n{addition.notes}".strip()
    state.has_partner = state.has_partner or bool(addition.partner)
    state.has_photo = state.has_photo or addition.photo
    if addition.uid:
        state.uids.add(addition.uid)


def url_key(value: str) -> str:
    return linkedin_key(value) or value.strip().rstrip("/").casefold()


def _new(
    values: tuple[ContactValue, ...], known: set[str], key: object
) -> tuple[ContactValue, ...]:
    found: list[ContactValue] = []
    seen = set(known)
    for value in values:
        comparable = key(value.value)  # type: ignore[operator]
        if not value.value.strip() or comparable in seen:
            continue
        seen.add(comparable)
        found.append(value)
    return tuple(found)


def birthday_of(fields: dict[str, object]) -> date | None:
    """For tests and the preview: the birthday the fields describe, year or not."""
    month, day = fields.get("birthday_month"), fields.get("birthday_day")
    if not isinstance(month, int) or not isinstance(day, int):
        return None
    year = fields.get("birthday_year")
    return date(year if isinstance(year, int) else 2000, month, day)

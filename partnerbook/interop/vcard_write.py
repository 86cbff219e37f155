"""People as vCard 4.0 or 3.0, the way Apple, Google and Outlook read them back.

CRLF line ends, lines folded at 75 octets on UTF-8 character boundaries, text escaped;
FN and N are always written. Labels the TYPE vocabulary can say ("work", "home fax",
"mobile") become TYPE; any other ("Assistant", "linkedin") goes in an Apple item group
with ``X-ABLabel``, which every major client reads. Birthdays without a year are
``--MMDD`` in 4.0 and Apple's ``1604-MM-DD;X-APPLE-OMIT-YEAR=1604`` in 3.0. What is
written reads back through ``read_vcards`` to the same values.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from partnerbook.domain.contacts import ContactValue, Photo
from partnerbook.interop.vcard_text import clean_line, clean_note, escape, fold

PRODID = "-//PartnerBook//PartnerBook//EN"

# Label words and the TYPE value that says each; "mobile" is the TYPE "cell".
_TYPES = {
    "work": "work",
    "home": "home",
    "other": "other",
    "mobile": "cell",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "video": "video",
    "text": "text",
    "textphone": "textphone",
}
_PLACES = ("work", "home", "other")
_APPLE_RELATIONS = {
    "spouse",
    "child",
    "mother",
    "father",
    "parent",
    "brother",
    "sister",
    "friend",
    "manager",
    "assistant",
    "partner",
}
# RFC 6350 6.6.6 RELATED types: these go in TYPE; any other relation is written as text.
_RELATED_TYPES = {
    "contact",
    "acquaintance",
    "friend",
    "met",
    "co-worker",
    "colleague",
    "co-resident",
    "neighbor",
    "child",
    "parent",
    "sibling",
    "spouse",
    "kin",
    "muse",
    "crush",
    "date",
    "sweetheart",
    "me",
    "agent",
    "emergency",
}


@dataclass(frozen=True, slots=True)
class VCardPerson:
    """What a vCard says about one person; the fields are named as ``ImportedContact``'s."""

    display_name: str
    given_name: str | None = None
    family_name: str | None = None
    uid: str | None = None  # written as given ("urn:uuid:..." stays so)
    organisation: str | None = None
    department: str | None = None
    role: str | None = None
    emails: tuple[ContactValue, ...] = ()
    phones: tuple[ContactValue, ...] = ()
    urls: tuple[ContactValue, ...] = ()
    city: str | None = None
    country: str | None = None
    birthday_year: int | None = None  # None: month and day only
    birthday_month: int | None = None
    birthday_day: int | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    photo: Photo | None = None
    related: tuple[str, ...] = ()  # "spouse: Anna Doe", or a name alone


def write_vcards(people: Sequence[VCardPerson], version: Literal["4.0", "3.0"]) -> str:
    """One vCard per person, in order, as text with CRLF line ends."""
    lines: list[str] = []
    for person in people:
        lines.extend(fold(line) for line in _card(person, version))
    return "".join(line + "\r\n" for line in lines)


def _text(value: str | None) -> str:
    return escape(clean_line(value or ""))


def _card(person: VCardPerson, version: str) -> Iterator[str]:
    v4 = version == "4.0"
    groups = _Groups()
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    yield f"PRODID:{PRODID}"
    if person.uid and clean_line(person.uid):
        yield f"UID:{_text(person.uid)}"
    yield f"FN:{_text(person.display_name)}"
    yield f"N:{_text(person.family_name)};{_text(person.given_name)};;;"
    if person.organisation or person.department:
        department = f";{_text(person.department)}" if person.department else ""
        yield f"ORG:{_text(person.organisation)}{department}"
    if person.role and clean_line(person.role):
        yield f"TITLE:{_text(person.role)}"
    for name, values in (("EMAIL", person.emails), ("TEL", person.phones), ("URL", person.urls)):
        for item in values:
            yield from _value(name, item, v4, groups)
    if person.city or person.country:
        yield f"ADR:;;;{_text(person.city)};;;{_text(person.country)}"
    birthday = _birthday(person, v4)
    if birthday:
        yield birthday
    tags = [escape(tag) for tag in map(clean_line, person.tags) if tag]
    if tags:
        yield "CATEGORIES:" + ",".join(tags)
    notes = clean_note(person.notes)
    if notes:
        yield f"NOTE:{escape(notes)}"
    if person.photo is not None:
        photo = _photo(person.photo, v4)
        if photo:
            yield photo
    for relation in person.related:
        yield from _relation(clean_line(relation), v4, groups)
    yield "END:VCARD"


class _Groups:
    """item1, item2...: Apple's grouping of a value with its X-ABLabel."""

    def __init__(self) -> None:
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"item{self.count}"


def _type_words(label: str) -> list[str] | None:
    """The TYPE values that read back as exactly this label, or None."""
    words = label.split(" ")
    if not label or any(word not in _TYPES for word in words) or len(set(words)) < len(words):
        return None
    ordered = [w for w in _PLACES if w in words] + [w for w in words if w not in _PLACES]
    return [_TYPES[word] for word in words] if ordered == words else None


def _value(name: str, item: ContactValue, v4: bool, groups: _Groups) -> Iterator[str]:
    value = clean_line(item.value)
    if not value:
        return
    written = value if name == "URL" else escape(value)  # a URL is a URI, not text
    label = clean_line(item.label)
    types = _type_words(label) if label else []
    grouped = types is None
    types = [*(types or []), *(["pref"] if item.primary and not v4 else [])]
    params = ";VALUE=text" if name == "TEL" and v4 else ""
    params += ";PREF=1" if item.primary and v4 else ""
    params += ";TYPE=" + ",".join(types) if types else ""
    if grouped:
        group = groups.next()
        yield f"{group}.{name}{params}:{written}"
        yield f"{group}.X-ABLabel:{escape(label)}"
    else:
        yield f"{name}{params}:{written}"


def _birthday(person: VCardPerson, v4: bool) -> str | None:
    month, day, year = person.birthday_month, person.birthday_day, person.birthday_year
    if not month or not day:
        return None
    if v4:
        return f"BDAY:{year:04d}{month:02d}{day:02d}" if year else f"BDAY:--{month:02d}{day:02d}"
    if year:
        return f"BDAY:{year:04d}-{month:02d}-{day:02d}"
    return f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{month:02d}-{day:02d}"


def _photo(photo: Photo, v4: bool) -> str | None:
    if photo.data:
        encoded = base64.b64encode(photo.data).decode("ascii")
        mime = (photo.mime or "").strip().lower()
        if v4:
            return f"PHOTO:data:{mime};base64,{encoded}"
        subtype = mime.partition("/")[2] if mime.startswith("image/") else ""
        kind = f";TYPE={subtype.upper()}" if subtype.isalpha() else ""
        return f"PHOTO;ENCODING=b{kind}:{encoded}"
    uri = clean_line(photo.uri or "")
    if uri:
        return f"PHOTO:{uri}" if v4 else f"PHOTO;VALUE=uri:{uri}"
    return None


def _relation(relation: str, v4: bool, groups: _Groups) -> Iterator[str]:
    if not relation:
        return
    label, colon, name = relation.partition(": ")
    if not colon or not label.strip() or not name.strip():
        label, name = "", relation
    if v4:
        if label in _RELATED_TYPES:
            yield f"RELATED;VALUE=text;TYPE={label}:{escape(name)}"
        else:
            yield f"RELATED;VALUE=text:{escape(relation)}"
        return
    if not label:
        yield f"X-ABRELATEDNAMES:{escape(name)}"
        return
    group = groups.next()
    shown = f"_$!<{label.capitalize()}>!$_" if label in _APPLE_RELATIONS else escape(label)
    yield f"{group}.X-ABRELATEDNAMES:{escape(name)}"
    yield f"{group}.X-ABLabel:{shown}"

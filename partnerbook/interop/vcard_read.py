"""vCard 2.1, 3.0 and 4.0 as real clients write them, read into ``ParsedContacts``.

``vcard_prepare`` turns bytes into records of decoded properties (encodings, folding,
quoted-printable soft breaks, bare parameters); this module says what they mean for a
person. The reader never raises on the content of a file: a record it cannot use becomes
a ``RecordError`` and its neighbours are read as usual.

Bounds, so a hostile file cannot fill the journal: a note is cut at 1 MB, other text at
2,000 characters; a photo over 5 MB is left out (the person is still read).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import re
from collections import defaultdict
from collections.abc import Callable

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
    Photo,
    RecordError,
)
from partnerbook.interop.vcard_prepare import (
    Property,
    Record,
    parse_line,
    split_records,
    to_utf8,
)
from partnerbook.interop.vcard_text import (
    clean_line,
    clean_note,
    split_unescaped,
    unescape,
)
from partnerbook.messages import Reading

MAX_PHOTO = 5 * 1024 * 1024

NO_VCARD = Reading.tr("This file holds no vCard (no BEGIN:VCARD line). Is it a .vcf file?")
NO_NAME = Reading.tr(
    "This contact has no name, email or phone, so there is nothing to call it by; it was left out."
)
UNEXPECTED = Reading.tr(
    "This contact could not be read because of an unexpected problem in PartnerBook; "
    "it was left out. Please report it."
)

# TYPE values as words people read; the ones left out say nothing to a person.
_TYPE_WORDS = {
    "work": "work",
    "home": "home",
    "other": "other",
    "school": "school",
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "iPhone",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "video": "video",
    "text": "text",
    "textphone": "textphone",
    "car": "car",
    "isdn": "isdn",
}
_PLACES = ("work", "home", "other", "school")
_QUIET_TYPES = {
    "internet",
    "x400",
    "pref",
    "voice",
    "msg",
    "postal",
    "parcel",
    "dom",
    "intl",
    "bbs",
    "modem",
    "pcs",
    "jpeg",
    "jpg",
    "png",
    "gif",
}
# Apple's own labels, _$!<HomePage>!$_, in words; others are kept as the program wrote them.
# Mac Address Book also writes its CamelCase ones bare (X-ABLabel:AssistantPhone).
_APPLE_LABELS = {
    "HomePage": "Home page",
    "AssistantPhone": "Assistant",
    "HomeFAX": "home fax",
    "WorkFAX": "work fax",
    "OtherFAX": "other fax",
    "Mobile": "mobile",
    "Main": "main",
    "Pager": "pager",
    "Home": "home",
    "Work": "work",
    "Other": "other",
    "School": "school",
    "iPhone": "iPhone",
}
_APPLE_BARE = {"HomePage", "AssistantPhone", "HomeFAX", "WorkFAX", "OtherFAX"}
# Relationship labels Apple knows; read in lower case whether wrapped or bare.
_APPLE_RELATIONS = {
    "Spouse",
    "Child",
    "Mother",
    "Father",
    "Parent",
    "Brother",
    "Sister",
    "Friend",
    "Manager",
    "Assistant",
    "Partner",
}
_APPLE_WRAP = re.compile(r"_\$!<(.*)>!\$_")
_GOOGLE_LABEL = re.compile(r"[A-Z][A-Z_]*")
# Relationships written as their own property by Outlook, Evolution and others.
_RELATION_PROPERTIES = {
    "X-SPOUSE": "spouse",
    "X-MS-SPOUSE": "spouse",
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-KADDRESSBOOK-X-SPOUSENAME": "spouse",
    "X-MANAGER": "manager",
    "X-MS-MANAGER": "manager",
    "X-EVOLUTION-MANAGER": "manager",
    "X-KADDRESSBOOK-X-MANAGERSNAME": "manager",
    "X-ASSISTANT": "assistant",
    "X-MS-ASSISTANT": "assistant",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": "assistant",
}
_BIRTHDAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?![\d])|(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})(?![\d])")
_MIME_BY_TYPE = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif"}
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]+")
_URL_SAFE = str.maketrans("-_", "+/")
_DATA_URI = re.compile(r"data:([^;,]*)((?:;[^;,]*)*),(.*)", re.DOTALL | re.IGNORECASE)


def looks_like_vcard(head: bytes) -> bool:
    """True when the first line that is not blank is BEGIN:VCARD (any case, any BOM)."""
    for line in to_utf8(head[:4096]).splitlines():
        if line.strip():
            return line.strip().upper().startswith(b"BEGIN:VCARD")
    return False


def read_vcards(data: bytes) -> ParsedContacts:
    """Every record of a .vcf file: the contacts read and one error per record left out."""
    try:
        records, found = split_records(data)
    except Exception:  # the safety net the contract promises: never raise on content
        return _parsed([], [RecordError(0, 1, UNEXPECTED)])
    if not found:
        return _parsed([], [RecordError(0, 1, NO_VCARD)])
    contacts: list[ImportedContact] = []
    errors: list[RecordError] = []
    for record in records:
        if record.error:
            errors.append(RecordError(record.number, record.line, record.error))
            continue
        try:
            contact = _contact(record)
        except Exception:  # one broken record never takes its neighbours down
            errors.append(RecordError(record.number, record.line, UNEXPECTED))
            continue
        if contact is None:
            errors.append(RecordError(record.number, record.line, NO_NAME))
            continue
        contacts.append(contact)
        wrong = _wrong_birthday(record, contact)
        if wrong:
            errors.append(
                RecordError(
                    record.number,
                    record.line,
                    Reading.tr(
                        "The birthday '{value}' is not a date; the rest was read", value=wrong
                    ),
                )
            )
    return _parsed(contacts, errors)


def _wrong_birthday(record: Record, contact: ImportedContact) -> str:
    """A BDAY that was given but is no date ("1990-02-31"), to say so; "" otherwise."""
    if contact.birthday_month is not None:
        return ""
    for number, line in record.lines:
        if b"BDAY" not in line[:60].upper():
            continue
        prop = parse_line(number, line)
        if prop is None or prop.name != "BDAY" or (prop.param("VALUE") or "").lower() == "text":
            continue
        text = clean_line(unescape(prop.value))
        if any(char.isdigit() for char in text):
            return text[:40]
    return ""


def _parsed(contacts: list[ImportedContact], errors: list[RecordError]) -> ParsedContacts:
    return ParsedContacts(ContactFormat.VCARD, tuple(contacts), tuple(errors))


def _text(prop: Property) -> str:
    return clean_line(unescape(prop.value))


def _parts(prop: Property, separator: str = ";") -> list[str]:
    return [clean_line(unescape(part)) for part in split_unescaped(prop.value, separator)]


def _first(props: dict[str, list[Property]], *names: str) -> str | None:
    for name in names:
        for prop in props[name]:
            text = _text(prop)
            if text:
                return text
    return None


def _contact(record: Record) -> ImportedContact | None:
    props: defaultdict[str, list[Property]] = defaultdict(list)
    labels: dict[str, str] = {}
    for number, line in record.lines:
        prop = parse_line(number, line)
        if prop is None:
            continue
        props[prop.name].append(prop)
        if prop.name == "X-ABLABEL" and prop.group:
            labels[prop.group] = clean_line(unescape(prop.value))

    given = family = None
    name_parts: list[str] = []
    for prop in props["N"][:1]:
        parts = [*_parts(prop), "", "", ""]
        family, given = parts[0] or None, parts[1] or None
        name_parts = [p for p in (parts[1], parts[2].replace(",", " "), parts[0]) if p]
    organisation = department = None
    for prop in props["ORG"][:1]:
        parts = [*_parts(prop), ""]
        organisation, department = parts[0] or None, parts[1] or None
    emails = _values(props["EMAIL"], labels, _email)
    phones = _values(props["TEL"], labels, _phone)
    urls = _values(
        [*props["URL"], *props["X-SOCIALPROFILE"], *props["SOCIALPROFILE"]],
        labels,
        _url,
    )
    display = (
        _first(props, "FN")
        or " ".join(name_parts)
        or _first(props, "NICKNAME")
        or organisation
        or (emails[0].value if emails else None)
        or (phones[0].value if phones else None)
    )
    if not display:
        return None
    city, country = _place(props["ADR"])
    year, month, day = _birthday(props["BDAY"])
    related, introduced_by = _related(props, labels)
    return ImportedContact(
        record=record.number,
        line=record.line,
        display_name=display,
        given_name=given,
        family_name=family,
        uid=_first(props, "UID"),
        organisation=organisation,
        department=department,
        role=_first(props, "TITLE", "ROLE"),
        emails=emails,
        phones=phones,
        urls=urls,
        city=city,
        country=country,
        birthday_year=year,
        birthday_month=month,
        birthday_day=day,
        notes=_notes(props["NOTE"]),
        tags=_tags(props["CATEGORIES"]),
        photo=_photo(props["PHOTO"]),
        related=related,
        introduced_by=introduced_by,
    )


def _email(prop: Property) -> str:
    text = _text(prop)
    return text[7:].strip() if text[:7].lower() == "mailto:" else text


def _phone(prop: Property) -> str:
    text = _text(prop)
    if text[:4].lower() == "tel:":  # vCard 4 writes phones as tel: URIs
        text = text[4:].replace(";ext=", " ext. ").split(";")[0].strip()
    return text


def _url(prop: Property) -> str:
    return _text(prop)


def _label(prop: Property, labels: dict[str, str]) -> str:
    if prop.group and prop.group in labels:
        return _apple_label(labels[prop.group])
    words = [_TYPE_WORDS.get(t, t) for t in prop.types if t not in _QUIET_TYPES]
    if prop.name in ("X-SOCIALPROFILE", "SOCIALPROFILE"):
        words = [*prop.types] or [prop.param("X-SERVICE-TYPE") or "profile"]
    ordered = [w for w in _PLACES if w in words] + [w for w in words if w not in _PLACES]
    return " ".join(dict.fromkeys(ordered))


def _apple_label(label: str) -> str:
    wrapped = _APPLE_WRAP.fullmatch(label)
    if wrapped is None:
        return _APPLE_LABELS[label] if label in _APPLE_BARE else label
    return _APPLE_LABELS.get(wrapped.group(1), wrapped.group(1))


def _rank(prop: Property) -> int | None:
    """How preferred a value is: 1 best, None not at all (vCard 4 PREF=n, else TYPE=pref)."""
    pref = prop.param("PREF")
    if pref is not None:
        return int(pref) if pref.isdigit() else 1
    return 1 if "pref" in prop.types else None


def _values(
    props: list[Property], labels: dict[str, str], read: Callable[[Property], str]
) -> tuple[ContactValue, ...]:
    """Values with their labels; the most preferred one (the first of equals) is primary,
    and only it. The same value under the same label is kept once."""
    found: list[tuple[str, str, int | None]] = []
    for prop in props:
        value = read(prop)
        if value:
            found.append((value, _label(prop, labels), _rank(prop)))
    ranks = [(rank, index) for index, (_, _, rank) in enumerate(found) if rank is not None]
    best = min(ranks)[1] if ranks else -1
    result: dict[tuple[str, str], ContactValue] = {}
    for index, (value, label, _) in enumerate(found):
        key = (value, label)
        if key not in result or index == best:
            result[key] = ContactValue(value, label, index == best)
    return tuple(result.values())


def _place(props: list[Property]) -> tuple[str | None, str | None]:
    """City and country of the work address, else of the first address that has one."""
    addresses = [[*_parts(prop), "", "", "", "", "", "", ""] for prop in props]
    work = [a for a, p in zip(addresses, props, strict=True) if "work" in p.types]
    for parts in [*work, *addresses]:
        if parts[3] or parts[6]:
            return parts[3] or None, parts[6] or None
    return None, None


def _birthday(props: list[Property]) -> tuple[int | None, int | None, int | None]:
    for prop in props:
        text = unescape(prop.value).strip()
        year: int | None
        short = _NO_YEAR.match(text)
        if short:
            year, month, day = None, int(short.group(1)), int(short.group(2))
        else:
            full = _BIRTHDAY.match(text)
            if full is None:
                continue
            groups = [g for g in full.groups() if g is not None]
            year, month, day = (int(g) for g in groups)
            omit = prop.param("X-APPLE-OMIT-YEAR")
            if year in (0, 1604) or (omit and omit.isdigit() and int(omit) == year):
                year = None
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
            return year, month, day
    return None, None, None


def _notes(props: list[Property]) -> str:
    notes = [clean_note(unescape(prop.value)) for prop in props]
    return clean_note("\n\n".join(note for note in notes if note))


def _tags(props: list[Property]) -> tuple[str, ...]:
    tags = [tag for prop in props for tag in _parts(prop, ",") if tag]
    return tuple(dict.fromkeys(tags))


def _photo(props: list[Property]) -> Photo | None:
    for prop in props:
        photo = _one_photo(prop)
        if photo is not None:
            return photo
    return None


def _one_photo(prop: Property) -> Photo | None:
    value = prop.value.strip()
    encoding = prop.param("ENCODING")
    if encoding in ("b", "base64"):
        mime = next((_mime(t) for t in prop.types if _mime(t)), None)
        return _decoded(value, mime)
    data_uri = _DATA_URI.match(value)
    if data_uri:
        mime = data_uri.group(1).strip().lower() or None
        if "base64" in data_uri.group(2).lower():
            return _decoded(data_uri.group(3), mime)
        return None
    uri = clean_line(unescape(value))
    if prop.param("VALUE") == "uri" or re.match(r"[a-z][a-z0-9+.-]*://", uri, re.IGNORECASE):
        return Photo(uri=uri) if uri else None
    return _decoded(value, None) if value else None  # 2.1 writers that forgot ENCODING


def _mime(photo_type: str) -> str | None:
    if "/" in photo_type:
        return photo_type
    return _MIME_BY_TYPE.get(photo_type) or (
        f"image/{photo_type}" if photo_type.isalpha() else None
    )


def _decoded(text: str, mime: str | None) -> Photo | None:
    """Base64 read leniently: whitespace and stray characters skipped, URL-safe letters
    taken, a dangling last character dropped (Android's own photos have them)."""
    if len(text) > MAX_PHOTO * 3 // 2:
        return None
    compact = _NOT_BASE64.sub("", text.translate(_URL_SAFE))
    compact = compact[: len(compact) - len(compact) % 4] if len(compact) % 4 == 1 else compact
    try:
        data = base64.b64decode(compact + "=" * (-len(compact) % 4))
    except (binascii.Error, ValueError):
        return None
    if not data or len(data) > MAX_PHOTO:
        return None
    return Photo(data=data, mime=mime or _sniff(data))


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"GIF8"):
        return "image/gif"
    return None


def _relation_label(label: str) -> str:
    wrapped = _APPLE_WRAP.fullmatch(label)
    if wrapped:
        return wrapped.group(1).lower()
    if label in _APPLE_RELATIONS:
        return label.lower()
    if _GOOGLE_LABEL.fullmatch(label):  # Google's own: REFERRED_BY, DOMESTIC_PARTNER
        return label.lower().replace("_", " ")
    return label


def _related(
    props: dict[str, list[Property]], labels: dict[str, str]
) -> tuple[tuple[str, ...], str | None]:
    related: list[str] = []
    introduced_by = None
    for prop in props["X-ABRELATEDNAMES"]:
        name = _text(prop)
        label = _relation_label(labels.get(prop.group, "")) if prop.group else ""
        if name and label == "referred by":
            introduced_by = introduced_by or name
        elif name:
            related.append(f"{label}: {name}" if label else name)
    for prop in props["RELATED"]:
        name = _text(prop)
        kinds = ", ".join(t for t in prop.types if t != "pref")
        if name:
            related.append(f"{kinds}: {name}" if kinds else name)
    for key, kind in _RELATION_PROPERTIES.items():
        related.extend(f"{kind}: {name}" for p in props[key] if (name := _text(p)))
    return tuple(dict.fromkeys(related)), introduced_by

"""The vCard writer: what it writes is well-formed and reads back to the same values."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerbook.domain.contacts import ContactValue, ImportedContact, Photo
from partnerbook.interop.vcard_read import read_vcards
from partnerbook.interop.vcard_write import VCardPerson, write_vcards

Version = Literal["4.0", "3.0"]
VERSIONS: list[Version] = ["4.0", "3.0"]

LETTERS = (
    "abcxyzABCXYZ019 -.'&"
    "ễịồưởđĐăâêôơ"  # Vietnamese
    "שרהכןאבגדת"  # Hebrew
    "王小明合作张伟陳大文"  # Chinese
    "😀👍🏽🇻🇳👨‍👩‍👧"  # emoji (with a skin tone, a flag, a ZWJ family)
    ',;:\\"^='  # what needs escaping, and what looks like syntax
)
NAME_LETTERS = LETTERS.replace(":", "")


def text(alphabet: str = LETTERS, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


def optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    return st.none() | strategy


LABELS = [
    "",
    "work",
    "home",
    "mobile",
    "work fax",
    "home fax",
    "pager",
    "other",
    "main",
    "mobile work",
    "Assistant",
    "linkedin",
    "Nhà riêng",
    "工作",
    "מִשְׂרָד",
]


def values(value: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[ContactValue, ...]]:
    items = st.lists(
        st.builds(ContactValue, value=value, label=st.sampled_from(LABELS)),
        max_size=4,
        unique_by=lambda item: (item.value, item.label),
    )

    def with_primary(draw_items: list[ContactValue], index: int) -> tuple[ContactValue, ...]:
        return tuple(
            dataclasses.replace(item, primary=(i == index)) for i, item in enumerate(draw_items)
        )

    return st.builds(with_primary, items, st.integers(-1, 3))


EMAILS = st.builds(
    lambda local, domain: f"{local}@{domain}.example",
    text("abcxyz019._+-ễ王", 12),
    text("abcxyz019-", 12),
)
PHONES = text("0123456789 +-()", 20)
URLS = st.builds(lambda path: f"https://example.com/{path}", text("abcxyz019-_/?=&%ễ", 30))
RELATED = st.builds(
    lambda label, name: f"{label}: {name}" if label else name,
    st.sampled_from(["", "spouse", "mother", "friend", "colleague", "mentor", "đồng nghiệp"]),
    text(NAME_LETTERS, 20),
)
PHOTOS = (
    st.none()
    | st.builds(
        Photo,
        data=st.binary(min_size=1, max_size=300),
        mime=st.sampled_from(["image/jpeg", "image/png", "image/gif"]),
    )
    | st.builds(lambda path: Photo(uri=f"https://example.com/p/{path}.jpg"), text("abc019", 10))
)


@st.composite
def people(draw: st.DrawFn) -> VCardPerson:
    birthday = draw(
        st.none() | st.dates(min_value=date(1, 1, 1)).filter(lambda day: day.year != 1604)
    )
    keep_year = draw(st.booleans())
    return VCardPerson(
        display_name=draw(text()),
        given_name=draw(optional(text())),
        family_name=draw(optional(text())),
        uid=draw(optional(st.uuids().map(lambda u: f"urn:uuid:{u}") | text("abc019-", 20))),
        organisation=draw(optional(text())),
        department=draw(optional(text())),
        role=draw(optional(text())),
        emails=draw(values(EMAILS)),
        phones=draw(values(PHONES)),
        urls=draw(values(URLS)),
        city=draw(optional(text())),
        country=draw(optional(text())),
        birthday_year=birthday.year if birthday and keep_year else None,
        birthday_month=birthday.month if birthday else None,
        birthday_day=birthday.day if birthday else None,
        notes=draw(st.text(LETTERS + "\n", max_size=300).map(str.strip)),
        tags=tuple(draw(st.lists(text(max_size=15), max_size=4, unique=True))),
        photo=draw(PHOTOS),
        related=tuple(draw(st.lists(RELATED, max_size=3, unique=True))),
    )


def assert_same(person: VCardPerson, contact: ImportedContact) -> None:
    for field in dataclasses.fields(VCardPerson):
        assert getattr(contact, field.name) == getattr(person, field.name), field.name


@pytest.mark.parametrize("version", VERSIONS)
@settings(max_examples=200, deadline=None)
@given(group=st.lists(people(), min_size=1, max_size=3))
def test_round_trip(version: Version, group: list[VCardPerson]) -> None:
    written = write_vcards(group, version)
    parsed = read_vcards(written.encode("utf-8"))
    assert parsed.errors == ()
    assert len(parsed.contacts) == len(group)
    for person, contact in zip(group, parsed.contacts, strict=True):
        assert_same(person, contact)


@pytest.mark.parametrize("version", VERSIONS)
@settings(max_examples=100, deadline=None)
@given(person=people())
def test_lines_are_crlf_folded_at_75_octets_on_character_boundaries(
    version: Version, person: VCardPerson
) -> None:
    written = write_vcards([person], version).encode("utf-8")
    assert written.endswith(b"END:VCARD\r\n")
    assert b"\n" not in written.replace(b"\r\n", b"")
    assert b"\r" not in written.replace(b"\r\n", b"")
    for line in written.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # never cut inside a character


HONG = VCardPerson(
    display_name="Nguyễn Thị Hồng",
    given_name="Hồng",
    family_name="Nguyễn",
    uid="urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    organisation="Công ty ABC, Hà Nội; chi nhánh",
    emails=(ContactValue("hong@abc.vn", "work", True), ContactValue("h@x.vn", "Assistant")),
    phones=(ContactValue("+84 90 123 4567", "mobile"),),
    birthday_month=3,
    birthday_day=22,
    notes="Gặp ở hội thảo\nthích cà phê",
    tags=("VIP", "Hà Nội"),
    related=("spouse: Minh",),
)


def test_version_40() -> None:
    lines = write_vcards([HONG], "4.0").split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1" in lines
    assert "FN:Nguyễn Thị Hồng" in lines
    assert "N:Nguyễn;Hồng;;;" in lines
    assert "ORG:Công ty ABC\\, Hà Nội\\; chi nhánh" in lines
    assert "EMAIL;PREF=1;TYPE=work:hong@abc.vn" in lines
    at = lines.index("item1.EMAIL:h@x.vn")
    assert lines[at + 1] == "item1.X-ABLabel:Assistant"
    assert "TEL;VALUE=text;TYPE=cell:+84 90 123 4567" in lines
    assert "BDAY:--0322" in lines
    assert "NOTE:Gặp ở hội thảo\\nthích cà phê" in lines
    assert "CATEGORIES:VIP,Hà Nội" in lines
    assert "RELATED;VALUE=text;TYPE=spouse:Minh" in lines


def test_version_30() -> None:
    lines = write_vcards([HONG], "3.0").split("\r\n")
    assert lines[1] == "VERSION:3.0"
    assert "EMAIL;TYPE=work,pref:hong@abc.vn" in lines
    assert "TEL;TYPE=cell:+84 90 123 4567" in lines
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-22" in lines
    assert "item2.X-ABRELATEDNAMES:Minh" in lines
    assert "item2.X-ABLabel:_$!<Spouse>!$_" in lines


def test_n_and_fn_are_always_written() -> None:
    for version in VERSIONS:
        lines = write_vcards([VCardPerson("Lan")], version).split("\r\n")
        assert "FN:Lan" in lines and "N:;;;;" in lines


def test_birthday_with_a_year() -> None:
    person = VCardPerson("Lan", birthday_year=1980, birthday_month=3, birthday_day=22)
    assert "BDAY:19800322" in write_vcards([person], "4.0").split("\r\n")
    assert "BDAY:1980-03-22" in write_vcards([person], "3.0").split("\r\n")


def test_photos() -> None:
    jpeg = VCardPerson("Lan", photo=Photo(b"\xff\xd8\xff", "image/jpeg"))
    assert "PHOTO:data:image/jpeg;base64,/9j/" in write_vcards([jpeg], "4.0")
    assert "PHOTO;ENCODING=b;TYPE=JPEG:/9j/" in write_vcards([jpeg], "3.0")
    link = VCardPerson("Lan", photo=Photo(uri="https://example.com/lan.jpg"))
    assert "PHOTO:https://example.com/lan.jpg\r\n" in write_vcards([link], "4.0")
    assert "PHOTO;VALUE=uri:https://example.com/lan.jpg\r\n" in write_vcards([link], "3.0")


def test_a_long_line_is_folded_and_reads_back() -> None:
    person = VCardPerson("王" * 100 + "👨‍👩‍👧" * 20)
    written = write_vcards([person], "4.0")
    assert "\r\n " in written
    assert read_vcards(written.encode()).contacts[0].display_name == person.display_name


def test_what_cannot_be_written_is_left_out() -> None:
    """Controls and lone surrogates never reach the file (it must encode as UTF-8)."""
    person = VCardPerson("La\x00n\ud800", notes="a\x07b")
    written = write_vcards([person], "4.0")
    written.encode("utf-8")
    contact = read_vcards(written.encode()).contacts[0]
    assert (contact.display_name, contact.notes) == ("Lan", "ab")

"""The vCard reader on hand-written cards: one test for each quirk real clients have."""

from __future__ import annotations

import base64
import binascii

import pytest

from partnerbook.domain.contacts import ContactFormat, ContactValue, ImportedContact
from partnerbook.interop.vcard_read import (
    MAX_PHOTO,
    NO_NAME,
    NO_VCARD,
    looks_like_vcard,
    read_vcards,
)
from partnerbook.interop.vcard_text import MAX_NOTE

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 3 + b"\xff\xd9"


def card(*lines: str, version: str = "3.0") -> bytes:
    return (
        "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\r\n"
    ).encode()


def one(data: bytes) -> ImportedContact:
    parsed = read_vcards(data)
    assert parsed.errors == ()
    assert len(parsed.contacts) == 1
    return parsed.contacts[0]


def qp(text: str, charset: str) -> str:
    return binascii.b2a_qp(text.encode(charset), istext=False).decode("ascii")


def test_the_format_is_vcard() -> None:
    assert read_vcards(card("FN:Ann")).format is ContactFormat.VCARD


def test_folded_lines_with_space_or_tab_and_lf_only() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Nguy\n \xe1\xbb\x85n Th\n\t\xe1\xbb\x8b Lan\n"
        b"NOTE:one\n  two\nEND:VCARD\n"
    )
    contact = one(data)
    assert contact.display_name == "Nguyễn Thị Lan"
    assert contact.notes == "one two"


def test_quoted_printable_soft_breaks_without_indentation() -> None:
    data = card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=20=C3=91=",
        "=20=C3=91;;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=",
        "=C3=91",
        "NOTE;ENCODING=QUOTED-PRINTABLE:first=0D=0A=",
        "second",
        version="2.1",
    )
    contact = one(data)
    assert contact.family_name == "Ñ Ñ Ñ"
    assert contact.display_name == "ÑÑ"
    assert contact.notes == "first\nsecond"


def test_a_soft_break_never_swallows_end_vcard() -> None:
    data = card("FN:Ann", "NOTE;ENCODING=QUOTED-PRINTABLE:cut=", version="2.1") + card("FN:Bob")
    parsed = read_vcards(data)
    assert [c.display_name for c in parsed.contacts] == ["Ann", "Bob"]
    assert parsed.contacts[0].notes == "cut"


@pytest.mark.parametrize(
    ("charset", "name"),
    [
        ("UTF-8", "Nguyễn Thị Hồng"),
        ("UTF-8", "שרה כהן"),
        ("UTF-8", "王小明"),
        ("ISO-8859-1", "François Müller"),
        ("Windows-1252", "Zoë “Zee” Ørsted"),
        ("Shift_JIS", "山田太郎"),
        ("Big5", "陳大文"),
        ("GB2312", "王小明"),
        ("GBK", "张伟"),
        ("windows-1255", "שרה כהן"),
    ],
)
def test_quoted_printable_in_each_charset(charset: str, name: str) -> None:
    value = qp(name, charset)
    contact = one(card(f"FN;CHARSET={charset};ENCODING=QUOTED-PRINTABLE:{value}", version="2.1"))
    assert contact.display_name == name


def test_quoted_printable_utf8_written_out_by_hand() -> None:
    # 王 = E7 8E 8B, ש = D7 A9, ễ = E1 BB 85
    data = card("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B =D7=A9 Nguy=E1=BB=85n")
    assert one(data).display_name == "王 ש Nguyễn"


def test_raw_eight_bit_values_by_their_charset_or_a_fallback() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=BIG5:" + "陳大文".encode("big5") + b"\r\n"
        b"ORG:M\xfcller & S\xf6hne\r\n"  # Windows-1252 without a charset
        b"TITLE;CHARSET=ISO-8859-1:" + "Trưởng phòng".encode() + b"\r\n"  # says Latin-1, is UTF-8
        b"END:VCARD\r\n"
    )
    contact = one(data)
    assert contact.display_name == "陳大文"
    assert contact.organisation == "Müller & Söhne"
    assert contact.role == "Trưởng phòng"


def test_an_unknown_charset_falls_back() -> None:
    data = b"BEGIN:VCARD\r\nFN;CHARSET=x-klingon:Ren\xc3\xa9\r\nEND:VCARD\r\n"
    assert one(data).display_name == "René"


def test_invalid_utf8_bytes_are_dropped_not_fatal() -> None:
    data = card("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91=80", version="2.1")
    assert one(data).display_name == "ÑÑ"


def test_bare_type_parameters() -> None:
    contact = one(
        card(
            "FN:Ann",
            "TEL;WORK;VOICE:111",
            "TEL;CELL:222",
            "TEL;HOME;FAX:333",
            "EMAIL;INTERNET;PREF:ann@example.com",
            version="2.1",
        )
    )
    assert contact.phones == (
        ContactValue("111", "work"),
        ContactValue("222", "mobile"),
        ContactValue("333", "home fax"),
    )
    assert contact.emails == (ContactValue("ann@example.com", "", True),)


def test_repeated_type_params_and_comma_lists_any_case() -> None:
    contact = one(
        card(
            "FN:Ann",
            "EMAIL;type=INTERNET;type=WORK;type=pref:ann@work.example",
            "TEL;TYPE=work,voice:111",
            'TEL;TYPE="home,fax":222',
            "TEL;Type=Cell;TYPE=IPHONE:333",
        )
    )
    assert contact.emails == (ContactValue("ann@work.example", "work", True),)
    assert contact.phones == (
        ContactValue("111", "work"),
        ContactValue("222", "home fax"),
        ContactValue("333", "mobile iPhone"),
    )


def test_apple_item_groups_and_their_labels() -> None:
    contact = one(
        card(
            "FN:Ann",
            "item1.EMAIL;type=INTERNET:boss@example.com",
            "item1.X-ABLabel:_$!<Assistant>!$_",
            "ITEM2.TEL:555",
            "item2.X-ABLabel:Hotline",
            "item3.URL:http\\://ann.example",
            "item3.X-ABLabel:_$!<HomePage>!$_",
        )
    )
    assert contact.emails == (ContactValue("boss@example.com", "Assistant"),)
    assert contact.phones == (ContactValue("555", "Hotline"),)
    assert contact.urls == (ContactValue("http://ann.example", "Home page"),)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-22", (None, 3, 22)),
        ("BDAY:1604-03-22", (None, 3, 22)),
        ("BDAY:--0322", (None, 3, 22)),
        ("BDAY:--03-22", (None, 3, 22)),
        ("BDAY;X-APPLE-OMIT-YEAR=2000:2000-02-29", (None, 2, 29)),
        ("BDAY:1980-03-22", (1980, 3, 22)),
        ("BDAY:19800322", (1980, 3, 22)),
        ("BDAY;VALUE=date:1980-03-22", (1980, 3, 22)),
        ("BDAY:1980-03-22T00:00:00Z", (1980, 3, 22)),
        ("BDAY:19800322T103000", (1980, 3, 22)),
        ("BDAY:1980-3-2", (1980, 3, 2)),
        ("BDAY:1981-02-29", (None, None, None)),
        ("BDAY;VALUE=text:circa 1800", (None, None, None)),
        ("BDAY:--0230", (None, None, None)),
    ],
)
def test_birthdays(line: str, expected: tuple[int | None, int | None, int | None]) -> None:
    parsed = read_vcards(card("FN:Ann", line))
    [contact] = parsed.contacts
    assert (contact.birthday_year, contact.birthday_month, contact.birthday_day) == expected
    given = line.split(":", 1)[1]
    if expected[1] is None and "VALUE=text" not in line:  # a date that is none: said so
        said = f"The birthday '{given}' is not a date; the rest was read"
        assert [error.message for error in parsed.errors] == [said]
    else:
        assert parsed.errors == ()


def test_photo_base64_in_vcard_21() -> None:
    encoded = base64.b64encode(JPEG).decode()
    lines = [encoded[i : i + 70] for i in range(0, len(encoded), 70)]
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann\r\nPHOTO;ENCODING=BASE64;JPEG:"
        + "\r\n ".join(lines)
        + "\r\n\r\nEND:VCARD\r\n"
    ).encode()
    photo = one(data).photo
    assert photo is not None and photo.data == JPEG and photo.mime == "image/jpeg"


def test_photo_base64_unindented_in_vcard_21() -> None:
    encoded = base64.b64encode(JPEG).decode()
    lines = [encoded[i : i + 70] for i in range(0, len(encoded), 70)]
    data = (
        "BEGIN:VCARD\r\nFN:Ann\r\nPHOTO;BASE64:\r\n" + "\r\n".join(lines) + "\r\n\r\nEND:VCARD\r\n"
    )
    photo = one(data.encode()).photo
    assert photo is not None and photo.data == JPEG and photo.mime == "image/jpeg"  # sniffed


def test_photo_base64_in_vcard_30_folded() -> None:
    encoded = base64.b64encode(JPEG).decode()
    folded = "\r\n ".join(encoded[i : i + 74] for i in range(0, len(encoded), 74))
    photo = one(card("FN:Ann", f"PHOTO;ENCODING=b;TYPE=PNG:{folded}")).photo
    assert photo is not None and photo.data == JPEG and photo.mime == "image/png"  # as it said


def test_photo_as_a_link_or_a_data_uri() -> None:
    link = one(card("FN:Ann", "PHOTO;VALUE=uri:http://example.com/ann.jpg")).photo
    assert link is not None and link.uri == "http://example.com/ann.jpg" and link.data is None
    bare = one(card("FN:Ann", "PHOTO:https://example.com/a.png", version="4.0")).photo
    assert bare is not None and bare.uri == "https://example.com/a.png"
    encoded = base64.b64encode(JPEG).decode()
    data_uri = one(card("FN:Ann", f"PHOTO:data:image/jpeg;base64,{encoded}", version="4.0")).photo
    assert data_uri is not None and data_uri.data == JPEG and data_uri.mime == "image/jpeg"


def test_a_photo_over_five_megabytes_is_left_out_and_the_person_kept() -> None:
    encoded = base64.b64encode(b"\xff\xd8" + bytes(MAX_PHOTO)).decode()
    contact = one(card("FN:Ann", f"PHOTO;ENCODING=b:{encoded}"))
    assert contact.display_name == "Ann" and contact.photo is None


def test_broken_base64_is_no_photo() -> None:
    assert one(card("FN:Ann", "PHOTO;ENCODING=b:@@@@")).photo is None


def test_escaped_text() -> None:
    contact = one(
        card(
            "FN:Doe\\, John \\; Jr.",
            "N:Doe\\, Jr.;John;;;",
            "NOTE:a\\nb\\Nc\\\\d \\,",
            "ORG:Acme\\; Co;Sales\\, East",
        )
    )
    assert contact.display_name == "Doe, John ; Jr."
    assert contact.family_name == "Doe, Jr."
    assert contact.notes == "a\nb\nc\\d ,"
    assert (contact.organisation, contact.department) == ("Acme; Co", "Sales, East")


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["N:Doe;John;Q.;;"], "John Q. Doe"),
        (["FN:", "N:Doe;John;;;"], "John Doe"),
        (["FN:  ", "NICKNAME:Johnny"], "Johnny"),
        (["ORG:Acme;Sales"], "Acme"),
        (["EMAIL:john@example.com", "TEL:123"], "john@example.com"),
        (["TEL:+84 90 123"], "+84 90 123"),
    ],
)
def test_the_display_name_is_derived_when_fn_is_missing(lines: list[str], name: str) -> None:
    assert one(card(*lines)).display_name == name


def test_a_record_with_nothing_to_name_is_an_error_and_its_neighbours_are_read() -> None:
    data = card("FN:Ann") + card("NOTE:who am I?", "CATEGORIES:x") + card("FN:Bob")
    parsed = read_vcards(data)
    assert [c.display_name for c in parsed.contacts] == ["Ann", "Bob"]
    assert [c.record for c in parsed.contacts] == [1, 3]
    assert parsed.errors[0].record == 2 and parsed.errors[0].line == 5
    assert parsed.errors[0].message == NO_NAME
    assert "no name, email or phone" in NO_NAME


def test_lower_case_names_and_markers() -> None:
    data = (
        b"begin:vcard\r\nversion:3.0\r\nfn:Ann\r\nemail;type=work:ann@example.com\r\nend:vcard\r\n"
    )
    contact = one(data)
    assert contact.display_name == "Ann"
    assert contact.emails == (ContactValue("ann@example.com", "work"),)


def test_categories_become_tags() -> None:
    contact = one(card("FN:Ann", "CATEGORIES:VIP,Hà Nội, Partners ,VIP", "CATEGORIES:A\\, B,,C"))
    assert contact.tags == ("VIP", "Hà Nội", "Partners", "A, B", "C")


def test_org_title_and_role() -> None:
    contact = one(card("FN:Ann", "ORG:Acme;Sales;EMEA", "ROLE:Decision maker", "TITLE:CTO"))
    assert (contact.organisation, contact.department, contact.role) == ("Acme", "Sales", "CTO")
    assert one(card("FN:Ann", "ROLE:Decision maker")).role == "Decision maker"


def test_several_notes_joined_and_control_characters_removed() -> None:
    contact = one(card("FN:A\x07nn\x00", "NOTE:one\x1b\\nline\ttwo", "NOTE:three"))
    assert contact.display_name == "Ann"
    assert contact.notes == "one\nline two\n\nthree"


def test_a_note_over_a_megabyte_is_cut() -> None:
    contact = one(card("FN:Ann", "NOTE:" + "x" * (MAX_NOTE + 500)))
    assert len(contact.notes) == MAX_NOTE


def test_the_work_address_gives_city_and_country() -> None:
    contact = one(
        card(
            "FN:Ann",
            "ADR;TYPE=home:;;1 Home St;Haifa;;;Israel",
            "ADR;TYPE=work:;;Tòa nhà A;Hà Nội;;100000;Việt Nam",
        )
    )
    assert (contact.city, contact.country) == ("Hà Nội", "Việt Nam")
    first = one(card("FN:Ann", "ADR;TYPE=home:;;1 Home St;Haifa;;;Israel", "ADR:;;;Rome;;;"))
    assert (first.city, first.country) == ("Haifa", "Israel")


def test_only_the_most_preferred_value_is_primary() -> None:
    contact = one(
        card(
            "FN:Ann",
            "EMAIL;TYPE=work;PREF=2:a@example.com",
            "EMAIL;TYPE=home;PREF=1:b@example.com",
            "EMAIL;PREF=1:c@example.com",
            version="4.0",
        )
    )
    assert [e.primary for e in contact.emails] == [False, True, False]


def test_linkedin_urls() -> None:
    contact = one(
        card(
            "FN:Ann",
            "URL:https://www.linkedin.com/in/ann",
            "X-SOCIALPROFILE;type=linkedin:http\\://www.linkedin.com/in/ann2",
            "X-SOCIALPROFILE;type=twitter;x-user=ann:https://twitter.com/ann",
        )
    )
    assert contact.urls == (
        ContactValue("https://www.linkedin.com/in/ann"),
        ContactValue("http://www.linkedin.com/in/ann2", "linkedin"),
        ContactValue("https://twitter.com/ann", "twitter"),
    )


def test_related_names() -> None:
    contact = one(
        card(
            "FN:Ann",
            "item1.X-ABRELATEDNAMES:Anna",
            "item1.X-ABLabel:_$!<Spouse>!$_",
            "item2.X-ABRELATEDNAMES:Minh",
            "item2.X-ABLabel:mentor",
            "X-ABRELATEDNAMES:Someone",
            "RELATED;TYPE=friend;VALUE=text:Bob",
            "RELATED;TYPE=colleague:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
            "X-MS-SPOUSE:Anna",
            version="4.0",
        )
    )
    assert contact.related == (
        "spouse: Anna",
        "mentor: Minh",
        "Someone",
        "friend: Bob",
        "colleague: urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
    )


def test_uid_kept_as_given() -> None:
    uid = "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert one(card("FN:Ann", f"UID:{uid}", version="4.0")).uid == uid


def test_outlook_and_google_extensions_are_tolerated() -> None:
    contact = one(
        card(
            "FN:Ann",
            "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
            "X-MS-ANNIVERSARY:20110113",
            "X-ANNIVERSARY:1990-04-30",
            "X-GOOGLE-TALK:ann@gmail.com",
            "X-PHONETIC-FIRST-NAME:An",
            'X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/x"/>',
            "X-MS-TEL;VOICE;CALLBACK:123",
            "TEL;WORK:456",
            version="2.1",
        )
    )
    assert contact.display_name == "Ann"
    assert contact.phones == (ContactValue("456", "work"),)
    assert contact.related == ()


def test_tel_and_mailto_uris() -> None:
    contact = one(
        card(
            "FN:Ann",
            "TEL;VALUE=uri;TYPE=cell:tel:+1-418-656-9254;ext=102",
            "EMAIL:mailto:ann@example.com",
            version="4.0",
        )
    )
    assert contact.phones == (ContactValue("+1-418-656-9254 ext. 102", "mobile"),)
    assert contact.emails == (ContactValue("ann@example.com"),)


def test_a_quoted_parameter_may_hold_a_colon_and_carets() -> None:
    contact = one(card("FN:Ann", 'EMAIL;X-NOTE="a:b^nc";TYPE=work:ann@example.com', version="4.0"))
    assert contact.emails == (ContactValue("ann@example.com", "work"),)


def test_a_record_cut_off_by_the_next_begin_is_read() -> None:
    data = b"BEGIN:VCARD\r\nFN:Ann\r\nBEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\n"
    parsed = read_vcards(data)
    assert [(c.record, c.line, c.display_name) for c in parsed.contacts] == [
        (1, 1, "Ann"),
        (2, 3, "Bob"),
    ]


def test_a_record_cut_off_by_the_end_of_the_file_is_an_error() -> None:
    data = card("FN:Ann") + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo"
    parsed = read_vcards(data)
    assert [c.display_name for c in parsed.contacts] == ["Ann"]
    assert len(parsed.errors) == 1
    error = parsed.errors[0]
    assert (error.record, error.line) == (2, 5)
    assert "END:VCARD" in error.message and "cut short" in error.message


def test_an_agent_vcard_inside_a_vcard_is_skipped() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann\r\nAGENT:\r\nBEGIN:VCARD\r\nFN:Her Agent\r\n"
        b"TEL:999\r\nEND:VCARD\r\nTEL:111\r\nEND:VCARD\r\n" + card("FN:Bob")
    )
    parsed = read_vcards(data)
    assert [(c.display_name, c.phones) for c in parsed.contacts] == [
        ("Ann", (ContactValue("111"),)),
        ("Bob", ()),
    ]


def test_utf16_files_and_boms() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Lan\r\nEND:VCARD\r\n"
    assert one(text.encode("utf-16")).display_name == "Nguyễn Lan"
    assert one(text.encode("utf-16-le")).display_name == "Nguyễn Lan"
    assert one(text.encode("utf-16-be")).display_name == "Nguyễn Lan"
    assert one(b"\xef\xbb\xbf" + text.encode()).display_name == "Nguyễn Lan"


def test_cr_only_and_cr_cr_lf_line_ends() -> None:
    assert one(b"BEGIN:VCARD\rFN:Ann\r NE\rEND:VCARD\r").display_name == "AnnNE"
    assert one(b"BEGIN:VCARD\r\r\nFN:Ann\r\r\n E\r\r\nEND:VCARD\r\r\n").display_name == "AnnE"


def test_record_numbers_and_lines_across_a_file() -> None:
    data = b"garbage before\r\n" + card("FN:A") + b"\r\n\r\n" + card("FN:B", "NOTE:x")
    parsed = read_vcards(data)
    assert [(c.record, c.line) for c in parsed.contacts] == [(1, 2), (2, 8)]


def test_a_file_without_vcards_is_one_error() -> None:
    for data in (b"", b"name,email\r\nAnn,ann@example.com\r\n", b"\x00\xff" * 10):
        parsed = read_vcards(data)
        assert parsed.contacts == ()
        assert [(e.record, e.line, e.message) for e in parsed.errors] == [(0, 1, NO_VCARD)]


def test_looks_like_vcard() -> None:
    assert looks_like_vcard(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert looks_like_vcard(b"\r\n  begin:vcard\n")
    assert looks_like_vcard(b"\xef\xbb\xbfBEGIN:VCARD\r\n")
    assert looks_like_vcard("BEGIN:VCARD\r\n".encode("utf-16"))
    assert not looks_like_vcard(b"First Name,Last Name,E-mail Address\r\n")
    assert not looks_like_vcard(b"")
    assert not looks_like_vcard(b"BEGIN:VCALENDAR\r\n")


def test_an_unindented_line_continues_a_note_and_is_dropped_elsewhere() -> None:
    contact = one(card("FN:Ann", "stray words", "NOTE:first", "second line", "TITLE:CTO"))
    assert (contact.display_name, contact.notes, contact.role) == (
        "Ann",
        "first\nsecond line",
        "CTO",
    )

"""Outlook's CSV: desktop (Windows-1252 and UTF-16), outlook.com, German and Italian."""

from __future__ import annotations

from pathlib import Path

from partnerbook.domain.contacts import ContactFormat, ContactValue, ImportedContact, RecordError
from partnerbook.interop.csv_outlook import read_outlook_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"


def _read(name: str) -> tuple[tuple[ImportedContact, ...], tuple[RecordError, ...]]:
    parsed = read_outlook_csv((FIXTURES / name).read_bytes())
    assert parsed.format is ContactFormat.OUTLOOK_CSV
    return parsed.contacts, parsed.errors


def test_desktop_outlook_in_windows_1252_field_by_field() -> None:
    (john, juergen, ana), errors = _read("outlook_desktop_1252.csv")

    assert (john.record, john.line) == (1, 2)
    assert john.display_name == "John Q. Smith"  # "Mr." is the Title: an honorific, not a role
    assert (john.given_name, john.family_name) == ("John Q.", "Smith")
    assert john.organisation == "Contoso Ltd"
    assert john.department == "Channel Sales"
    assert john.role == "Partner Manager"
    assert john.emails == (
        ContactValue("john.smith@contoso.com", primary=True),
        ContactValue("jqs@outlook.com"),
    )
    assert john.phones == (
        ContactValue("(425) 555-0199", "mobile"),
        ContactValue("(425) 555-0100", "work"),
        ContactValue("(206) 555-0142", "home"),
    )
    assert john.urls == (ContactValue("http://www.contoso.com/"),)
    assert (john.city, john.country) == ("Redmond", "United States of America")
    assert (john.birthday_year, john.birthday_month, john.birthday_day) == (1979, 7, 4)
    assert john.tags == ("Partners", "VIP")
    assert john.notes == "Café meeting in Zürich, €5k pilot.\nFollow up after Q3."
    assert john.introduced_by == "Sarah Levi"
    assert john.related == ("spouse: Jane Smith",)

    assert juergen.line == 4  # John's note spans two lines
    assert juergen.display_name == "Jürgen Müller"
    assert juergen.emails == (ContactValue("juergen@mueller.de", primary=True),)  # X.500 left out
    assert (juergen.city, juergen.country) == ("München", "Germany")  # home: no business place
    assert (juergen.birthday_year, juergen.birthday_month, juergen.birthday_day) == (1980, 12, 25)

    # 12/25/1980 shows this file is month-first, so 5/6/1990 is May 6.
    assert (ana.birthday_year, ana.birthday_month, ana.birthday_day) == (1990, 5, 6)
    assert ana.phones == (ContactValue("+34 600 123 456", "mobile"),)
    assert ana.birthday_year == 1990

    assert errors == (
        RecordError(
            4,
            6,
            "The birthday '13/13/1990' is not a date; it has no name, "
            "organisation, email or phone to know the person by; the row was skipped",
        ),
    )


def test_desktop_outlook_in_utf_16_with_names_in_three_scripts() -> None:
    (shira, fang, an), errors = _read("outlook_desktop_utf16.csv")
    assert errors == ()
    assert shira.display_name == "שירה כהן"
    assert shira.organisation == "כהן ושות׳"
    assert (shira.city, shira.country) == ("תל אביב", "ישראל")
    assert (shira.birthday_year, shira.birthday_month, shira.birthday_day) == (1985, 3, 22)
    # 22/03/1985 shows this file is day-first, so 5/6/1990 is 5 June.
    assert fang.display_name == "王芳"
    assert (fang.birthday_year, fang.birthday_month, fang.birthday_day) == (1990, 6, 5)
    assert fang.tags == ("上海", "Partners")
    assert an.display_name == "Nguyễn Văn An"
    assert an.notes == "Gặp ở Hà Nội.\nThích cà phê trứng."
    assert (an.city, an.country) == ("Hà Nội", "Việt Nam")
    assert an.role == "BD Manager"


def test_outlook_com_export_field_by_field() -> None:
    (mai, tom), errors = _read("outlook_com.csv")
    assert errors == ()
    assert mai.display_name == "Trần Thị Mai"
    assert (mai.given_name, mai.family_name) == ("Thị Mai", "Trần")
    assert mai.organisation == "Sài Gòn Logistics"
    assert mai.role == "Giám đốc kinh doanh"
    assert mai.emails == (ContactValue("mai.tran@outlook.com", primary=True),)
    assert mai.phones == (ContactValue("+84 90 123 4567", "mobile"),)
    assert mai.urls == (ContactValue("https://mai.example", "personal"),)
    assert (mai.city, mai.country) == ("Thành phố Hồ Chí Minh", "Việt Nam")
    assert (mai.birthday_year, mai.birthday_month, mai.birthday_day) == (1988, 12, 25)
    assert mai.notes == "Prefers Zalo."
    assert tom.phones == (ContactValue("+44 20 7946 0000", "main", primary=True),)
    assert (tom.birthday_year, tom.birthday_month, tom.birthday_day) == (1990, 5, 12)


def test_german_outlook_with_semicolons_field_by_field() -> None:
    (juergen, anna), errors = _read("outlook_de_semicolon.csv")
    assert errors == ()
    assert juergen.display_name == "Jürgen Weiß"
    assert juergen.organisation == "Müller & Söhne GmbH"
    assert juergen.department == "Vertrieb"
    assert juergen.role == "Vertriebsleiter"
    assert juergen.emails == (
        ContactValue("j.weiss@mueller-soehne.de", primary=True),
        ContactValue("juergen.weiss@web.de"),
    )
    assert juergen.phones == (
        ContactValue("+49 171 2345678", "mobile"),
        ContactValue("+49 89 1234567", "work"),
    )
    assert juergen.urls == (ContactValue("https://www.mueller-soehne.de"),)
    assert (juergen.city, juergen.country) == ("München", "Deutschland")
    assert (juergen.birthday_year, juergen.birthday_month, juergen.birthday_day) == (1985, 3, 22)
    assert juergen.tags == ("Partner", "Bayern")
    assert juergen.notes == "Trinkt gern Weißbier; mag keine Folien."
    assert juergen.introduced_by == "John Smith"
    assert (anna.birthday_year, anna.birthday_month, anna.birthday_day) == (1990, 6, 5)
    assert anna.phones == (ContactValue("030 1234567", "home"),)
    assert (anna.city, anna.country) == ("Berlin", "Deutschland")


def test_italian_outlook_with_semicolons_field_by_field() -> None:
    (lorenzo,), errors = _read("outlook_it_semicolon.csv")
    assert errors == ()
    assert lorenzo.display_name == "Lorenzo Bianchi"
    assert lorenzo.organisation == "Bianchi Moda S.r.l."
    assert lorenzo.department == "Commerciale"
    assert lorenzo.role == "Direttore commerciale"
    assert lorenzo.emails == (ContactValue("lorenzo@bianchimoda.it", primary=True),)
    assert lorenzo.phones == (
        ContactValue("+39 333 123 4567", "mobile"),
        ContactValue("+39 02 1234 5678", "work"),
    )
    assert (lorenzo.city, lorenzo.country) == ("Milano", "Italia")
    # Day-first as Italian Windows writes it: 4 July, not April 7.
    assert (lorenzo.birthday_year, lorenzo.birthday_month, lorenzo.birthday_day) == (1975, 7, 4)
    assert lorenzo.tags == ("Partner", "Moda")
    assert lorenzo.introduced_by == "Marco Rossi"
    assert lorenzo.urls == (ContactValue("https://bianchimoda.it"),)


def test_a_day_month_order_nothing_settles_is_refused_not_guessed() -> None:
    data = (
        b'"First Name","Last Name","E-mail Address","Birthday"\r\n'
        b'"Tom","Baker","t@b.uk","5/12/1990"\r\n'
    )
    parsed = read_outlook_csv(data)
    (tom,) = parsed.contacts
    assert tom.birthday_month is None
    assert parsed.errors == (
        RecordError(
            1,
            2,
            "The birthday '5/12/1990' could be 5 December or May 12; write it "
            "as YYYY-MM-DD; the rest was read",
        ),
    )

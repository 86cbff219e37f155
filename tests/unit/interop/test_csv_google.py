"""Google Contacts CSV, today's and the legacy export, field by field."""

from __future__ import annotations

from pathlib import Path

from partnerbook.domain.contacts import ContactFormat, ContactValue, Photo, RecordError
from partnerbook.interop.csv_google import labels_to_tags, read_google_csv, unguard

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"


def test_todays_export_field_by_field() -> None:
    parsed = read_google_csv((FIXTURES / "google_current.csv").read_bytes())
    assert parsed.format is ContactFormat.GOOGLE_CSV
    lan, fang, shira, acme, marco = parsed.contacts

    assert (lan.record, lan.line) == (1, 2)
    assert lan.display_name == "Nguyễn Thị Lan"
    assert lan.given_name == "Thị Lan"
    assert lan.family_name == "Nguyễn"
    assert lan.organisation == "VinaTech"
    assert lan.role == "Head of Partnerships"
    assert lan.department == "Alliances"
    assert lan.emails == (
        ContactValue("lan@vinatech.vn", "Work", primary=True),
        ContactValue("lan.nguyen@vinatech.vn", "Work"),
        ContactValue("lan.home@gmail.com", "Home"),
    )
    assert lan.phones == (
        ContactValue("+84 912 345 678", "Mobile"),
        ContactValue("+84 24 3826 1234", "Work"),
    )
    assert lan.urls == (ContactValue("https://www.linkedin.com/in/lan-nguyen", "Profile"),)
    assert (lan.city, lan.country) == ("Hà Nội", "Vietnam")
    assert (lan.birthday_year, lan.birthday_month, lan.birthday_day) == (1985, 3, 22)
    assert lan.notes == (
        'Met at Saigon Tech Week.\nLikes "phở", hates long decks.\nAsk about Q1 KPI.'
    )
    assert lan.tags == ("Partners", "starred")
    assert lan.photo == Photo(uri="https://lh3.googleusercontent.com/contacts/ABC123")
    assert lan.related == ("Spouse: Trần Minh",)
    assert lan.uid is None
    assert lan.introduced_by is None

    # The note and the formatted address span lines 2–6: the next record starts on 7.
    assert (fang.record, fang.line) == (2, 7)
    assert fang.display_name == "王芳"
    assert (fang.given_name, fang.family_name) == ("芳", "王")
    assert fang.organisation == "上海合作有限公司"
    assert fang.role == "总经理"
    assert (fang.birthday_year, fang.birthday_month, fang.birthday_day) == (None, 11, 5)
    assert fang.tags == ("上海",)
    assert fang.phones == (ContactValue("+86 138 0013 8000", "Mobile"),)
    assert (fang.city, fang.country) == ("上海", "中国")

    assert shira.display_name == "שירה כהן"
    assert (shira.birthday_year, shira.birthday_month, shira.birthday_day) == (None, 3, 22)
    assert shira.emails == (ContactValue("shira@cohen.co.il", "Other", primary=True),)
    assert (shira.city, shira.country) == ("תל אביב", "Israel")  # from the second address
    assert shira.tags == ()

    assert acme.display_name == "Acme Reception"  # no name: the organisation
    assert acme.given_name is None
    assert acme.emails == (ContactValue("reception@acme.example", "Work"),)

    assert marco.display_name == "Marco Rossi"
    assert marco.birthday_month is None
    assert marco.notes == '=HYPERLINK("http://evil.example")'
    assert marco.tags == ("Italia",)

    assert parsed.errors == (
        RecordError(5, 10, "The birthday '1990-02-31' is not a date; the rest was read"),
        RecordError(
            6,
            11,
            "It has no name, organisation, email or phone to know the person "
            "by; the row was skipped",
        ),
    )


def test_the_legacy_export_field_by_field() -> None:
    parsed = read_google_csv((FIXTURES / "google_legacy.csv").read_bytes())
    assert parsed.errors == ()
    sarah, lorenzo = parsed.contacts
    assert sarah.display_name == "Sarah Levi"
    assert (sarah.given_name, sarah.family_name) == ("Sarah", "Levi")
    assert sarah.organisation == "Levi Ventures"
    assert sarah.role == "Managing Partner"
    assert sarah.department == "Investments"
    assert sarah.emails == (  # one label per value when the labels are joined too
        ContactValue("sarah@levi.co.il", "Work", primary=True),
        ContactValue("sarah.levi@gmail.com", "Home"),
    )
    assert sarah.phones == (ContactValue("+972 52 123 4567", "Mobile"),)
    assert sarah.urls == (ContactValue("https://levi.vc", "Home Page"),)
    assert (sarah.city, sarah.country) == ("Tel Aviv", "Israel")
    assert (sarah.birthday_year, sarah.birthday_month, sarah.birthday_day) == (1979, 7, 4)
    assert sarah.tags == ("Clients",)

    assert lorenzo.display_name == "Lorenzo Bianchi"
    assert lorenzo.emails == (ContactValue("lorenzo@bianchi.it", "Other", primary=True),)
    assert lorenzo.notes == "Conosciuto a Milano, città della moda."
    assert lorenzo.tags == ("starred", "Italia")
    assert lorenzo.line == 3


def test_a_google_csv_saved_again_by_excel_in_windows_1252() -> None:
    parsed = read_google_csv((FIXTURES / "google_excel_1252.csv").read_bytes())
    assert parsed.errors == ()
    jose, zoe = parsed.contacts
    assert jose.display_name == "José Muñoz"
    assert jose.organisation == "Café Olé S.L."
    assert jose.role == "Dueño"
    assert jose.notes == "Budget: €20k – signed “in principle”."
    assert (jose.birthday_year, jose.birthday_month, jose.birthday_day) == (None, 12, 24)
    assert jose.emails == (ContactValue("jose@cafeole.es", "Work", primary=True),)
    assert jose.phones == (ContactValue("+34 600 000 111", "Mobile"),)
    assert (jose.city, jose.country) == ("Málaga", "España")
    assert jose.tags == ("Partners",)
    assert zoe.display_name == "Zoë Ångström"
    assert zoe.emails == (ContactValue("zoe@angstrom.se"),)


def test_googles_system_groups() -> None:
    assert labels_to_tags("* myContacts ::: * starred ::: Friends ::: VIP") == (
        "starred",
        "Friends",
        "VIP",
    )
    assert labels_to_tags("System Group: My Contacts ::: System Group: Friends") == ("Friends",)
    assert labels_to_tags("myContacts ::: starred") == ("myContacts", "starred")  # the user's own
    assert labels_to_tags("") == ()


def test_a_formula_guard_is_taken_off_again() -> None:
    assert unguard("'=SUM(A1)") == "=SUM(A1)"
    assert unguard("''+1") == "'+1"
    assert unguard("'quoted'") == "'quoted'"

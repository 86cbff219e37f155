"""Thunderbird's address book CSV, field by field."""

from __future__ import annotations

from pathlib import Path

from partnerbook.domain.contacts import ContactFormat, ContactValue, RecordError
from partnerbook.interop.csv_thunderbird import read_thunderbird_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"


def test_an_address_book_field_by_field() -> None:
    parsed = read_thunderbird_csv((FIXTURES / "thunderbird.csv").read_bytes())
    assert parsed.format is ContactFormat.THUNDERBIRD_CSV
    lan, giulia, david = parsed.contacts

    assert lan.display_name == "Nguyễn Thị Lan"  # Thunderbird's own display name
    assert (lan.given_name, lan.family_name) == ("Lan", "Nguyễn")
    assert lan.organisation == "VinaTech"
    assert lan.department == "Alliances"
    assert lan.role == "Head of Partnerships"
    assert lan.emails == (
        ContactValue("lan@vinatech.vn", primary=True),
        ContactValue("lan.home@gmail.com"),
    )
    assert lan.phones == (
        ContactValue("+84 912 345 678", "mobile"),
        ContactValue("+84 24 3826 1234", "work"),
    )
    assert lan.urls == (ContactValue("https://vinatech.vn"),)
    assert (lan.city, lan.country) == ("Hà Nội", "Vietnam")  # work before home
    assert (lan.birthday_year, lan.birthday_month, lan.birthday_day) == (1985, 3, 22)

    assert giulia.display_name == "Giulia Romano"
    assert (giulia.city, giulia.country) == ("Torino", "Italia")
    assert (giulia.birthday_year, giulia.birthday_month, giulia.birthday_day) == (None, 12, 1)
    assert giulia.notes == 'Two kids, loves climbing.\nAsk about the Turin studio, "Spazio 7".'

    assert (david.record, david.line) == (3, 5)
    assert david.birthday_month is None
    # Every line ends with a comma: an empty cell past the header, not a problem.
    assert parsed.errors == (
        RecordError(
            3,
            5,
            "The birthday '1990-2-30' (year-month-day) is not a date; the rest was read",
        ),
    )

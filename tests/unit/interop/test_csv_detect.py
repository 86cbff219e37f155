"""Telling which program wrote a CSV, and reading it by what was told."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerbook.domain.contacts import ContactFormat, RecordError
from partnerbook.interop.csv_detect import detect_csv, read_contacts_csv
from partnerbook.interop.csv_write import PersonCsvRow, write_people_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("google_current.csv", ContactFormat.GOOGLE_CSV),
        ("google_legacy.csv", ContactFormat.GOOGLE_CSV),
        ("google_excel_1252.csv", ContactFormat.GOOGLE_CSV),
        ("linkedin_connections.csv", ContactFormat.LINKEDIN_CSV),
        ("linkedin_connections_2019.csv", ContactFormat.LINKEDIN_CSV),
        ("outlook_desktop_1252.csv", ContactFormat.OUTLOOK_CSV),
        ("outlook_desktop_utf16.csv", ContactFormat.OUTLOOK_CSV),
        ("outlook_com.csv", ContactFormat.OUTLOOK_CSV),
        ("outlook_de_semicolon.csv", ContactFormat.OUTLOOK_CSV),
        ("outlook_it_semicolon.csv", ContactFormat.OUTLOOK_CSV),
        ("thunderbird.csv", ContactFormat.THUNDERBIRD_CSV),
    ],
)
def test_each_programs_export_is_told_and_read_as_its(name: str, expected: ContactFormat) -> None:
    data = (FIXTURES / name).read_bytes()
    assert detect_csv(data) is expected
    parsed = read_contacts_csv(data)
    assert parsed.format is expected
    assert parsed.contacts
    assert all(error.record >= 1 for error in parsed.errors)


def test_our_own_people_csv_is_a_google_csv() -> None:
    data = write_people_csv([PersonCsvRow("Lan Nguyễn", "Lan", "Nguyễn")]).encode("utf-8")
    assert detect_csv(data) is ContactFormat.GOOGLE_CSV
    (lan,) = read_contacts_csv(data).contacts
    assert lan.display_name == "Lan Nguyễn"


@pytest.mark.parametrize(
    "data",
    [
        b"id,amount,date\n1,20.5,2024-01-01\n",
        b"Name,Phone\nLan,123\n",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lan Nguyen\r\nN:Nguyen;Lan;;;\r\nEND:VCARD\r\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"",
    ],
    ids=["random-csv", "two-columns", "vcard", "binary", "empty"],
)
def test_what_is_not_a_known_contacts_csv_is_told_as_none(data: bytes) -> None:
    assert detect_csv(data) is None


def test_an_unknown_file_is_refused_as_a_whole_in_words() -> None:
    parsed = read_contacts_csv(b"id,amount\n1,2\n")
    assert parsed.contacts == ()
    assert parsed.errors == (
        RecordError(
            0,
            1,
            "This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, "
            "Thunderbird); use --format to say which program wrote it.",
        ),
    )
    vcard = read_contacts_csv(b"BEGIN:VCARD\r\nFN:Lan\r\nEND:VCARD\r\n")
    assert vcard.errors[0].message == (
        "This is a vCard file, not a CSV: import it as vCard (--format vcard)."
    )
    assert read_contacts_csv(b"").errors[0].message == (
        "The file is empty: there is nothing to import."
    )


def test_a_format_given_is_read_as_that_programs_even_when_wrong() -> None:
    data = (FIXTURES / "thunderbird.csv").read_bytes()
    parsed = read_contacts_csv(data, ContactFormat.LINKEDIN_CSV)
    assert parsed.format is ContactFormat.LINKEDIN_CSV
    assert parsed.contacts == ()
    assert parsed.errors[0].message.startswith("This is not a LinkedIn Connections.csv")


def test_a_format_that_is_not_csv_is_a_callers_mistake() -> None:
    with pytest.raises(ValueError, match="not a CSV format"):
        read_contacts_csv(b"", ContactFormat.VCARD)


def test_a_large_file_is_told_by_its_top_without_cutting_a_character_in_two() -> None:
    header = "Vorname;Nachname;Firma;Società\r\n"
    rows = "Jürgen;Weiß;Müller & Söhne;ß\r\n" * 40_000
    assert detect_csv((header + rows).encode("utf-8")) is ContactFormat.OUTLOOK_CSV

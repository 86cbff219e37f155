"""LinkedIn's Connections.csv, preamble and all, field by field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partnerbook.domain.contacts import ContactFormat, ContactValue, RecordError
from partnerbook.interop.csv_linkedin import read_linkedin_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"


def test_connections_below_the_notes_field_by_field() -> None:
    parsed = read_linkedin_csv((FIXTURES / "linkedin_connections.csv").read_bytes())
    assert parsed.format is ContactFormat.LINKEDIN_CSV
    an, sarah, wei, giulia = parsed.contacts

    assert (an.record, an.line) == (1, 5)  # three lines of notes, then the header on line 4
    assert an.display_name == "Nguyễn Văn An"
    assert (an.given_name, an.family_name) == ("Văn An", "Nguyễn")
    assert an.organisation == "FPT Software"
    assert an.role == "Business Development Manager"
    assert an.emails == ()
    assert an.urls == (ContactValue("https://www.linkedin.com/in/nguyen-van-an", "LinkedIn"),)
    assert an.how_we_met == "Connected on LinkedIn"
    assert an.met_on == date(2023, 11, 17)

    assert sarah.emails == (ContactValue("sarah@levi.co.il"),)
    assert sarah.role == "VP, Partnerships"
    assert sarah.met_on == date(2022, 1, 3)

    assert wei.display_name == "张伟"
    assert wei.organisation == "阿里巴巴"
    assert wei.met_on == date(2024, 9, 1)

    assert giulia.display_name == "Giulia Romano"
    assert giulia.met_on is None
    assert giulia.how_we_met == "Connected on LinkedIn"
    assert parsed.errors == (
        RecordError(
            4,
            8,
            "The date connected '31 Feb 2021' is not a date; the rest was read",
        ),
    )


def test_an_older_export_without_urls_and_with_short_dates() -> None:
    parsed = read_linkedin_csv((FIXTURES / "linkedin_connections_2019.csv").read_bytes())
    (david,) = parsed.contacts
    assert david.display_name == "David Cohen"
    assert david.emails == (ContactValue("david@cohen.example"),)
    assert david.organisation == "Cohen Labs"
    assert david.role == "CTO"
    assert david.urls == ()
    assert david.met_on == date(2023, 11, 17)
    assert parsed.errors == ()


def test_a_file_without_linkedins_header_is_refused_as_a_whole() -> None:
    parsed = read_linkedin_csv(b"Name,Phone\nLan,123\n")
    assert parsed.contacts == ()
    (error,) = parsed.errors
    assert (error.record, error.line) == (0, 1)
    assert error.message.startswith("This is not a LinkedIn Connections.csv: ")
    assert "--format" in error.message

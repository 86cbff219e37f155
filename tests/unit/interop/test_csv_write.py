"""Writing people and partners as CSV: exact text, formula guard, and the round trip."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from partnerbook.domain.contacts import ContactFormat
from partnerbook.interop.csv_detect import read_contacts_csv
from partnerbook.interop.csv_text import clean_cell
from partnerbook.interop.csv_write import (
    PEOPLE_HEADER,
    PartnerCsvRow,
    PersonCsvRow,
    guard,
    write_partners_csv,
    write_people_csv,
)

HEADER_LINE = ",".join(PEOPLE_HEADER)


def test_people_csv_text_exactly() -> None:
    text = write_people_csv(
        [
            PersonCsvRow(
                "Lan Nguyễn",
                given_name="Lan",
                family_name="Nguyễn",
                partner="VinaTech",
                role="Head of Partnerships",
                department="Alliances",
                emails=("lan@vinatech.vn", "lan.home@gmail.com"),
                phones=("+84 912 345 678",),
                urls=("https://www.linkedin.com/in/lan",),
                city="Hà Nội",
                country="Vietnam",
                birthday_month=3,
                birthday_day=22,
                tags=("Partners", "Hanoi"),
                notes='Met at "Tech Week", Hanoi.\nLikes phở.',
            ),
            PersonCsvRow(
                "Dr. Shira", given_name="שירה", birthday_year=1985, birthday_month=7, birthday_day=4
            ),
        ]
    )
    assert text == (
        "\ufeff" + HEADER_LINE + "\r\n"
        "Lan,Nguyễn,Lan Nguyễn,VinaTech,Head of Partnerships,Alliances,--03-22,"
        '"Met at ""Tech Week"", Hanoi.\nLikes phở.",Partners ::: Hanoi,,'
        "lan@vinatech.vn ::: lan.home@gmail.com,,+84 912 345 678,,Hà Nội,Vietnam,,"
        "https://www.linkedin.com/in/lan\r\n"
        "שירה,,Dr. Shira,,,,1985-07-04,,,,,,,,,,,\r\n"
    )


def test_the_header_is_googles_own() -> None:
    assert PEOPLE_HEADER[:3] == ("First Name", "Last Name", "File As")
    assert "E-mail 1 - Value" in PEOPLE_HEADER
    assert "Labels" in PEOPLE_HEADER


def test_cells_a_spreadsheet_would_run_get_an_apostrophe() -> None:
    assert guard('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert guard("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert guard("-12.5") == "-12.5"  # digits only: harmless arithmetic, left as written
    assert guard("@SUM(A1)") == "'@SUM(A1)"
    assert guard("- met at the fair") == "'- met at the fair"
    assert guard("'=x") == "''=x"
    assert guard("+84 912 345 678") == "+84 912 345 678"
    assert guard("Lan") == "Lan"


def test_partners_csv_text_exactly() -> None:
    text = write_partners_csv(
        [
            PartnerCsvRow(
                "VinaTech",
                kinds=("reseller", "integrator"),
                stage="active",
                standing="strategic",
                website="https://vinatech.vn",
                city="Hà Nội",
                country="Vietnam",
                people_count=3,
                notes="Q1: co-selling, 2 deals",
            ),
            PartnerCsvRow("=Evil Corp"),
        ]
    )
    assert text == (
        "\ufeffName,Kinds,Stage,Standing,Website,City,Country,People,Notes\r\n"
        "VinaTech,reseller ::: integrator,active,strategic,https://vinatech.vn,Hà Nội,Vietnam,3,"
        '"Q1: co-selling, 2 deals"\r\n'
        "'=Evil Corp,,,,,,,0,\r\n"
    )


# Text in every script the journal holds, with the characters CSV and spreadsheets care about.
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("Nguyễn Thị Lan שירה כהן 王芳 Città ,;\"'\n\r\t=+-@:*")),
        st.characters(codec="utf-8", exclude_characters="\x00", exclude_categories=["Cs"]),
    ),
    max_size=40,
)
_ONE_VALUE = _TEXT.filter(lambda v: ":::" not in v and clean_cell(v) != "")
_TAG = _ONE_VALUE.filter(
    lambda v: (
        not clean_cell(v).startswith(("*", "System Group:"))
        and clean_cell(v).casefold() not in ("mycontacts", "my contacts")
    )
)


def _distinct(values: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(clean_cell(value).casefold(), value)
    return tuple(seen.values())


_PEOPLE = st.builds(
    PersonCsvRow,
    display_name=_ONE_VALUE,
    given_name=_TEXT,
    family_name=_TEXT,
    partner=_TEXT.filter(lambda v: ":::" not in v),
    role=_TEXT.filter(lambda v: ":::" not in v),
    department=_TEXT.filter(lambda v: ":::" not in v),
    emails=st.lists(_ONE_VALUE, max_size=3).map(_distinct),
    phones=st.lists(_ONE_VALUE, max_size=3).map(_distinct),
    urls=st.lists(_ONE_VALUE, max_size=2).map(_distinct),
    city=_TEXT.filter(lambda v: ":::" not in v),
    country=_TEXT.filter(lambda v: ":::" not in v),
    tags=st.lists(_TAG, max_size=3).map(_distinct),
    notes=_TEXT,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PEOPLE, min_size=1, max_size=4), st.data())
def test_what_we_write_reads_back_as_it_was(rows: list[PersonCsvRow], data: st.DataObject) -> None:
    rows = [
        PersonCsvRow(
            **{
                **{name: getattr(row, name) for name in PersonCsvRow.__slots__},
                **_birthday(data),
            }
        )
        for row in rows
    ]
    parsed = read_contacts_csv(write_people_csv(rows).encode("utf-8"))
    assert parsed.format is ContactFormat.GOOGLE_CSV
    assert parsed.errors == ()
    assert len(parsed.contacts) == len(rows)
    for row, contact in zip(rows, parsed.contacts, strict=True):
        assert contact.display_name == clean_cell(row.display_name)
        assert contact.given_name == (clean_cell(row.given_name) or None)
        assert contact.family_name == (clean_cell(row.family_name) or None)
        assert contact.organisation == (clean_cell(row.partner) or None)
        assert contact.role == (clean_cell(row.role) or None)
        assert contact.department == (clean_cell(row.department) or None)
        assert [v.value for v in contact.emails] == [clean_cell(v) for v in row.emails]
        assert [v.value for v in contact.phones] == [clean_cell(v) for v in row.phones]
        assert [v.value for v in contact.urls] == [clean_cell(v) for v in row.urls]
        assert contact.city == (clean_cell(row.city) or None)
        assert contact.country == (clean_cell(row.country) or None)
        assert (contact.birthday_year, contact.birthday_month, contact.birthday_day) == (
            row.birthday_year,
            row.birthday_month,
            row.birthday_day,
        )
        assert contact.tags == tuple(clean_cell(tag) for tag in row.tags)
        assert contact.notes == clean_cell(row.notes)


def _birthday(data: st.DataObject) -> dict[str, int | None]:
    birthdays = st.dates(min_value=date(1900, 1, 1), max_value=date.today())
    day = data.draw(st.one_of(st.none(), birthdays))
    if day is None:
        return {"birthday_year": None, "birthday_month": None, "birthday_day": None}
    year = data.draw(st.sampled_from([day.year, None]))
    return {"birthday_year": year, "birthday_month": day.month, "birthday_day": day.day}

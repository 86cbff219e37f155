"""The CSV layer: decoding as exports come, the delimiter, rows with their physical lines."""

from __future__ import annotations

import pytest

from partnerbook.interop.csv_text import (
    CsvRow,
    Fields,
    Header,
    decode_csv_bytes,
    header_key,
    parse_rows,
    sniff_delimiter,
)

TEXT = "First Name,Notes\r\nNguyễn,€ – “x”\r\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM: told by the NULs beside ASCII letters
        TEXT.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-16-le-no-bom", "utf-32"],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_csv_bytes(data) == TEXT


def test_windows_1252_is_the_fallback_and_its_undefined_bytes_are_latin_1() -> None:
    data = "Müller,€20k – “ok”".encode("cp1252") + b"\x81"
    assert decode_csv_bytes(data) == "Müller,€20k – “ok”\x81"


def test_nul_bytes_are_dropped() -> None:
    assert decode_csv_bytes(b"a\x00b,c\x00") == "ab,c"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("First Name,Last Name\nLan,Nguyễn", ","),
        ('"Vorname";"Nachname";"Notizen"\n"Anna";"Schäfer";"a, b, c, d"', ";"),
        ("First Name\tLast Name\nLan\tNguyễn", "\t"),
        ('Notes:\n"When exporting, you may notice, some"\n\nFirst Name,Last Name', ","),
        ("", ","),
    ],
)
def test_the_delimiter_is_the_headers(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_a_quoted_note_full_of_semicolons_does_not_change_the_delimiter() -> None:
    text = 'Name,Notes\nLan,"first line\na;b;c;d;e;f;g"\n'
    assert sniff_delimiter(text) == ","


def test_rows_know_the_physical_line_they_start_on() -> None:
    text = 'a,b\r\n1,"two\r\nlines"\r\n\r\n3,"x\ny\rz"\n4,"""quoted"" text"\n'
    rows = parse_rows(text, ",")
    assert rows == [
        CsvRow(("a", "b"), 1),
        CsvRow(("1", "two\r\nlines"), 2),
        CsvRow(("",), 4),
        CsvRow(("3", "x\ny\rz"), 5),
        CsvRow(("4", '"quoted" text'), 8),
    ]


def test_rows_are_ragged_as_written_and_a_trailing_delimiter_is_an_empty_cell() -> None:
    assert parse_rows("a,b,c\n1\n1,2,3,\n", ",") == [
        CsvRow(("a", "b", "c"), 1),
        CsvRow(("1",), 2),
        CsvRow(("1", "2", "3", ""), 3),
    ]


def test_quotes_inside_unquoted_cells_and_after_closing_quotes_are_kept() -> None:
    assert parse_rows('5\'6" tall,"a"b\n', ",") == [CsvRow(("5'6\" tall", "ab"), 1)]


def test_a_quote_never_closed_ends_with_its_line_and_spares_the_rows_after_it() -> None:
    rows = parse_rows('a,"never closed\nnext,row\n', ",")
    assert rows == [
        CsvRow(("a", "never closed"), 1, unclosed_quote=True),
        CsvRow(("next", "row"), 2),
    ]


def test_headers_are_found_in_any_case_and_spacing() -> None:
    header = Header(["First Name", "E-mail 1 - Value", "first name"])
    assert header_key(" E-MAIL 1  -  value ") == "e-mail1-value"
    assert header.index("FIRSTNAME") == 0  # the first of two spellings wins
    assert header.has("e-mail 1 - value", "First  Name")
    assert not header.has("First Name", "Last Name")


def test_fields_give_the_first_non_empty_cell_cleaned() -> None:
    fields = Fields(Header(["Name", "Given", "Notes"]), CsvRow(("", " Lan ", "a\r\nb"), 1))
    assert fields.get("Name", "Given") == "Lan"
    assert fields.get("Notes") == "a\nb"
    assert fields.get("Missing") == ""
    short = Fields(Header(["Name", "Given"]), CsvRow(("x",), 1))
    assert short.get("Given") == ""
    long = Fields(Header(["Name"]), CsvRow(("x", "", "y", "z"), 1))
    assert long.extra_cells() == 2

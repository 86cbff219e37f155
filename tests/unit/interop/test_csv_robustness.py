"""No input crashes a CSV reader: only RecordErrors, each with a record and a line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerbook.domain.contacts import ParsedContacts
from partnerbook.interop.csv_detect import detect_csv, read_contacts_csv
from partnerbook.interop.csv_google import read_google_csv
from partnerbook.interop.csv_linkedin import read_linkedin_csv
from partnerbook.interop.csv_outlook import read_outlook_csv
from partnerbook.interop.csv_text import decode_csv_bytes, parse_rows, sniff_delimiter
from partnerbook.interop.csv_thunderbird import read_thunderbird_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "csv"
FIXTURE_FILES = sorted(FIXTURES.glob("*.csv"))
READERS: tuple[Callable[[bytes], ParsedContacts], ...] = (
    read_google_csv,
    read_linkedin_csv,
    read_outlook_csv,
    read_thunderbird_csv,
    read_contacts_csv,
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(parsed: ParsedContacts) -> None:
    for error in parsed.errors:
        assert error.record >= 0
        assert error.line >= 1
        assert error.message
        assert "unexpected" not in error.message, error.message  # a reader's bug, caught
    for contact in parsed.contacts:
        assert contact.record >= 1
        assert contact.line >= 1
        assert contact.display_name
    whole_file = [error for error in parsed.errors if error.record == 0]
    assert not whole_file or (len(parsed.errors) == 1 and not parsed.contacts)
    lines = [contact.line for contact in parsed.contacts]
    assert lines == sorted(lines)


def _read_everything(data: bytes) -> None:
    detect_csv(data)
    for reader in READERS:
        _check(reader(data))


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    _read_everything(data)


def _header(path: Path) -> tuple[tuple[str, ...], str]:
    text = decode_csv_bytes(path.read_bytes())
    delimiter = sniff_delimiter(text)
    rows = [row for row in parse_rows(text, delimiter) if len(row.cells) > 3]
    return rows[0].cells, delimiter


HEADERS = [_header(path) for path in FIXTURE_FILES]
_CELL = st.one_of(
    st.text(
        alphabet=st.one_of(
            st.sampled_from(list(",;\t\"\r\n :*'=@-+/.0123456789")),
            st.characters(exclude_categories=["Cs"]),
        ),
        max_size=20,
    ),
    st.sampled_from(["2024-02-30", "0/0/00", "--13-40", "a ::: b", "* myContacts", "13/13/13"]),
)


def _quote(cell: str, delimiter: str, quote_all: bool) -> str:
    if quote_all or any(char in cell for char in f'"\r\n{delimiter}'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


@SETTINGS
@given(
    st.sampled_from(HEADERS),
    st.lists(st.lists(_CELL, max_size=100), max_size=6),
    st.booleans(),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    st.sampled_from(["\r\n", "\n"]),
)
def test_random_rows_under_each_real_header(
    header: tuple[tuple[str, ...], str],
    rows: list[list[str]],
    quote_all: bool,
    encoding: str,
    newline: str,
) -> None:
    names, delimiter = header
    lines = [delimiter.join(_quote(name, delimiter, quote_all) for name in names)]
    lines += [delimiter.join(_quote(cell, delimiter, quote_all) for cell in row) for row in rows]
    data = newline.join(lines).encode(encoding, errors="replace")
    _read_everything(data)
    parsed = read_contacts_csv(data)
    records = {c.record for c in parsed.contacts} | {e.record for e in parsed.errors}
    assert 0 not in records or len(records) == 1


_MUTATION = st.tuples(
    st.sampled_from(["delete", "insert", "replace", "truncate", "duplicate"]),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=1, max_value=60),
    st.binary(min_size=1, max_size=8),
)


def _mutate(data: bytes, mutation: tuple[str, float, int, bytes]) -> bytes:
    kind, where, size, noise = mutation
    at = int(where * len(data))
    if kind == "delete":
        return data[:at] + data[at + size :]
    if kind == "insert":
        return data[:at] + noise + data[at:]
    if kind == "replace":
        return data[:at] + noise + data[at + len(noise) :]
    if kind == "truncate":
        return data[:at]
    return data[:at] + data[at : at + size] + data[at:]


@SETTINGS
@given(st.sampled_from(FIXTURE_FILES), st.lists(_MUTATION, min_size=1, max_size=5))
def test_mutated_fixture_files(path: Path, mutations: list[tuple[str, float, int, bytes]]) -> None:
    data = path.read_bytes()
    for mutation in mutations:
        data = _mutate(data, mutation)
    _read_everything(data)


@pytest.mark.parametrize(
    "data",
    [
        b"First Name,Last Name,Labels\n" + b'"' * 10_000,
        b"First Name,Last Name,Labels\n" + b"x" * 500_000 + b",y\n",
        b"First Name,Last Name,Labels\r\r\r\n\n\n,,,,,,\n" + b"\x00" * 100,
        b"\xff\xfe" + b"\x00\xd8" * 10,  # a lone UTF-16 surrogate
        b"\xef\xbb\xbf",
        b'Notes:\n"unterminated preamble\nFirst Name,Last Name,URL\nA,B,http://x\n',
    ],
    ids=["quotes", "huge-cell", "blank-and-nul", "lone-surrogate", "bom-only", "preamble"],
)
def test_pathological_files(data: bytes) -> None:
    _read_everything(data)


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_a_quote_left_open_in_a_fixture_takes_only_its_own_row_down(path: Path) -> None:
    good = read_contacts_csv(path.read_bytes())
    text = decode_csv_bytes(path.read_bytes())
    delimiter = sniff_delimiter(text)
    rows = parse_rows(text, delimiter)
    last = rows[-1]
    broken = text.rstrip("\r\n") + delimiter + '"never closed\r\n'
    parsed = read_contacts_csv(broken.encode("utf-8"), good.format)
    _check(parsed)
    assert len(parsed.contacts) >= len(good.contacts) - 1
    if not last.blank:
        assert any("never closed" in error.message for error in parsed.errors)

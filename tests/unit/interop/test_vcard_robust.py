"""No input makes the vCard reader raise: bytes, text, and real records broken on purpose."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerbook.domain.contacts import ParsedContacts
from partnerbook.interop.vcard_read import UNEXPECTED, read_vcards

FIXTURES = (
    Path(__file__).resolve().parents[3] / ".." / "shared" / "fixtures" / "vcard-real-clients"
).resolve()

OWN_SAMPLES = [
    b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=\r\n"
    b"=20=C3=91;;;;\r\nTEL;WORK;VOICE:123\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\r\n"
    b" SkZJRg==\r\n\r\nEND:VCARD\r\n",
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguy\xe1\xbb\x85n\r\nitem1.EMAIL;type=INTERNET:a@b.c\r\n"
    b"item1.X-ABLabel:_$!<Assistant>!$_\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-03-22\r\n"
    b"NOTE:a\\nb\\, c\r\n  d\r\nEND:VCARD\r\n",
    b"BEGIN:VCARD\nVERSION:4.0\nFN:\xe7\x8e\x8b\nRELATED;TYPE=spouse;VALUE=text:Anna\n"
    b'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418\nPHOTO:data:image/png;base64,iVBOR\n'
    b"END:VCARD\n",
]
SAMPLES = OWN_SAMPLES + (
    [path.read_bytes() for path in sorted(FIXTURES.glob("*.vcf"))] if FIXTURES.is_dir() else []
)


def assert_sane(parsed: ParsedContacts) -> None:
    for error in parsed.errors:
        assert error.record >= 0 and error.line >= 1
        assert error.message and error.message != UNEXPECTED, error
    for contact in parsed.contacts:
        assert contact.record >= 1 and contact.line >= 1
        assert contact.display_name and contact.display_name == contact.display_name.strip()
    # a record is read once and reported once at most (it may be both: read with a problem)
    contacts = [c.record for c in parsed.contacts]
    errors = [e.record for e in parsed.errors if e.record]
    assert len(contacts) == len(set(contacts)) and len(errors) == len(set(errors))


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    assert_sane(read_vcards(data))


@given(st.binary(max_size=500))
def test_arbitrary_bytes_inside_a_record(data: bytes) -> None:
    assert_sane(read_vcards(b"BEGIN:VCARD\r\n" + data + b"\r\nEND:VCARD\r\n"))


@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_arbitrary_text(text: str, encoding: str) -> None:
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\n{text}\r\nEND:VCARD\r\n".encode(
        encoding, "surrogatepass"
    )
    assert_sane(read_vcards(data))


@given(
    st.lists(
        st.sampled_from(
            [
                "FN",
                "N",
                "EMAIL",
                "TEL",
                "ADR",
                "BDAY",
                "PHOTO",
                "NOTE",
                "ORG",
                "CATEGORIES",
                "item1.X-ABLabel",
                "RELATED",
            ]
        ),
        max_size=8,
    ),
    st.lists(st.text(alphabet=';:,=\\"^. aZ\x00\ud800é王', max_size=20), max_size=8),
)
def test_property_soup(names: list[str], values: list[str]) -> None:
    lines = [f"{name}{value}" for name, value in zip(names, values, strict=False)]
    data = ("BEGIN:VCARD\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n").encode(
        "utf-8", "surrogatepass"
    )
    assert_sane(read_vcards(data))


MUTATIONS = ["truncate", "duplicate", "drop_end", "nul", "surrogate", "swap", "splice", "cr"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_records(data: st.DataObject) -> None:
    sample = data.draw(st.sampled_from(SAMPLES))
    for _ in range(data.draw(st.integers(1, 4))):
        mutation = data.draw(st.sampled_from(MUTATIONS))
        lines = sample.split(b"\n")
        at = data.draw(st.integers(0, max(0, len(sample) - 1)))
        row = data.draw(st.integers(0, max(0, len(lines) - 1)))
        if mutation == "truncate":
            sample = sample[:at]
        elif mutation == "duplicate":
            sample = b"\n".join([*lines[: row + 1], lines[row], *lines[row + 1 :]])
        elif mutation == "drop_end":
            sample = b"\n".join(line for line in lines if b"END:VCARD" not in line.upper())
        elif mutation == "nul":
            sample = sample[:at] + b"\x00" + sample[at:]
        elif mutation == "surrogate":
            sample = sample[:at] + b"\xed\xa0\x80" + sample[at:]
        elif mutation == "swap" and len(lines) > 1:
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[row], lines[other] = lines[other], lines[row]
            sample = b"\n".join(lines)
        elif mutation == "splice":
            sample = sample[:at] + data.draw(st.binary(max_size=20)) + sample[at:]
        elif mutation == "cr":
            sample = sample.replace(b"\n", b"\r")
    assert_sane(read_vcards(sample))


def test_many_parameters_without_a_colon_stay_fast() -> None:
    """vobject's line regex takes seconds on 25 of these; we read them at once."""
    start = time.perf_counter()
    line = "X" + ";a" * 20_000
    parsed = read_vcards(f"BEGIN:VCARD\r\nFN:Ann\r\n{line};\r\n{line}:x\r\nEND:VCARD\r\n".encode())
    assert [c.display_name for c in parsed.contacts] == ["Ann"]
    assert time.perf_counter() - start < 1


def test_a_huge_value_is_bounded() -> None:
    data = ("BEGIN:VCARD\r\nFN:" + "Ann " * 300_000 + "\r\nEND:VCARD\r\n").encode()
    parsed = read_vcards(data)
    assert len(parsed.contacts[0].display_name) <= 2000

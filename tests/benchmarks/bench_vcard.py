"""vCard budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_vcard.py [--runs 5] [--cards 10000]

A whole import of 10,000 vCards must take under 10 s, so reading them (bytes to
``ParsedContacts``) gets half: 5 s. The cards are generated: a third each vCard 2.1
(quoted-printable UTF-8, bare TYPEs, soft line breaks), 3.0 (Apple item groups, folded
lines) and 4.0, with names in English, Vietnamese, Hebrew, Chinese and Italian, and one
card in twenty with a small photo. Writing them back is measured too.

The reader parses content lines itself; vobject's full parse alone costs some 0.3 ms a
card (3 s for 10,000) before any of our mapping, and its line regex backtracks
exponentially on lines with many parameters.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import random

from common import Row, bench_folder, measure, print_table, summary

from partnerbook.domain.contacts import ContactValue, Photo
from partnerbook.interop.vcard_read import read_vcards
from partnerbook.interop.vcard_write import VCardPerson, write_vcards

GIVEN = ["Lan", "Hồng", "Minh", "Sarah", "David", "שרה", "דוד", "小明", "伟", "Giulia", "Marco"]
FAMILY = ["Nguyễn", "Trần", "Smith", "Cohen", "כהן", "לוי", "王", "陳", "Rossi", "Bianchi"]
ORGS = ["Công ty ABC", "Acme; Inc", "חברת אלפא", "合作科技有限公司", "Ferrari S.p.A."]
CITIES = ["Hà Nội", "Tel Aviv", "תל אביב", "上海", "Milano", "London"]
PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 12 + b"\xff\xd9").decode()


def _qp(text: str) -> str:
    return binascii.b2a_qp(text.encode("utf-8"), istext=False).decode("ascii")


def _card_21(rng: random.Random, index: int) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    name = _qp(f"{family};{given};;;")
    full = _qp(f"{given} {family}")
    note = _qp(f"Gặp ở hội thảo {index}\r\n" + "ghi chú dài " * 8)
    soft = "=\r\n".join(note[i : i + 70] for i in range(0, len(note), 70))
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{name}",
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{full}",
        f"TEL;CELL;PREF:+84 90 {index:07d}",
        f"TEL;WORK;VOICE:+84 24 {index:07d}",
        f"EMAIL;INTERNET;PREF:person{index}@example.vn",
        f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(rng.choice(ORGS))}",
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{soft}",
        "BDAY:19800322",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
    ]
    if index % 20 == 0:
        lines.append("PHOTO;ENCODING=BASE64;JPEG:")
        lines.extend(" " + PHOTO[i : i + 72] for i in range(0, len(PHOTO), 72))
        lines.append("")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def _person(rng: random.Random, index: int) -> VCardPerson:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    return VCardPerson(
        display_name=f"{given} {family}",
        given_name=given,
        family_name=family,
        uid=f"urn:uuid:00000000-0000-4000-8000-{index:012d}",
        organisation=rng.choice(ORGS),
        department="Sales",
        role="Partnership manager",
        emails=(
            ContactValue(f"p{index}@example.com", "work", True),
            ContactValue(f"p{index}@home.example", "Assistant"),
        ),
        phones=(ContactValue(f"+972 3 {index:07d}", "mobile"),),
        urls=(ContactValue(f"https://www.linkedin.com/in/p{index}", "linkedin"),),
        city=rng.choice(CITIES),
        country="Việt Nam",
        birthday_year=None if index % 3 else 1980 + index % 30,
        birthday_month=1 + index % 12,
        birthday_day=1 + index % 28,
        notes="Met at the partner summit; wants a Q1 KPI win.\nקפה ביום שלישי · 下周二见",
        tags=("VIP", "Hà Nội"),
        photo=Photo(base64.b64decode(PHOTO), "image/jpeg") if index % 20 == 0 else None,
        related=("spouse: Anna",),
    )


def build(cards: int) -> tuple[bytes, list[VCardPerson]]:
    rng = random.Random(7)
    chunks: list[str] = []
    people: list[VCardPerson] = []
    for index in range(cards):
        kind = index % 3
        if kind == 0:
            chunks.append(_card_21(rng, index))
        else:
            person = _person(rng, index)
            people.append(person)
            chunks.append(write_vcards([person], "3.0" if kind == 1 else "4.0"))
    return "".join(chunks).encode("utf-8"), people


def run(cards: int, runs: int) -> list[Row]:
    data, people = build(cards)
    parsed = read_vcards(data)
    assert len(parsed.contacts) == cards and not parsed.errors, parsed.errors[:3]
    reading = measure(lambda: read_vcards(data), runs)
    writing = measure(lambda: write_vcards(people, "4.0"), runs)
    size = round(len(data) / 1e6, 1)
    return [
        summary(f"vcard: read {cards:,} cards ({size} MB, 2.1/3.0/4.0)", reading, 5000),
        summary(f"vcard: write {len(people):,} people as 4.0", writing, None),
        summary("vcard: read, per card", [ms / cards * 1000 for ms in reading], None, "µs"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cards", type=int, default=10_000)
    args = parser.parse_args()
    rows = run(args.cards, args.runs)
    print_table(rows, bench_folder() / "bench-vcard.json")


if __name__ == "__main__":
    main()

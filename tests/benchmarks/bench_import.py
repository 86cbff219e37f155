"""Import and export budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_import.py [--runs 3] [--size 100k]

As many vCards as the demo journal of that size has people (10,000 at 100k; 2.1, 3.0 and
4.0, names in five languages, photos on some) import into an empty journal in under 10
seconds, reading, planning and writing included; importing the same file again (everything
unchanged) and a file where every card adds a link (all updates) are measured too. The JSON
archive of the journal (100,000 entries) exports in under 10 seconds. Both must scale with
the size: ``run_all.py`` shows their growth but holds no budget on it.
"""

from __future__ import annotations

import argparse
import base64
import random
import shutil
import tempfile
from pathlib import Path

from common import SIZES, Row, discard, measure, prepared, print_table, scratch_copy, sized, summary

NAMES = [
    ("Nguyễn", "Thị Lan"),
    ("Trần", "Văn Đức"),
    ("王", "芳"),
    ("陳", "志明"),
    ("כהן", "שירה"),
    ("Bianchi", "Giulia"),
    ("O'Connor", "Sarah"),
    ("Rossi", "Marco"),
]
ORGS = ["Ngân hàng Sen Vàng", "招商银行", "玉山銀行", "בנק לאומי", "Banca Sella", "Foxmere Bank"]
PHOTO = base64.b64encode(bytes(range(256)) * 8).decode()


def vcards(count: int, seed: int = 7) -> bytes:
    """``count`` cards as phones and address books write them, every tenth with a photo."""
    rng = random.Random(seed)
    cards = []
    for number in range(count):
        family, given = NAMES[number % len(NAMES)]
        org = rng.choice(ORGS)
        email = f"person{number}@example.com"
        phone = f"+84 90 {number // 10000:03d} {number % 10000:04d}"
        version = ("2.1", "3.0", "4.0")[number % 3]
        lines = ["BEGIN:VCARD", f"VERSION:{version}"]
        if version == "2.1":
            lines += [
                f"N;CHARSET=UTF-8:{family};{given} {number};;;",
                f"FN;CHARSET=UTF-8:{family} {given} {number}",
                f"TEL;CELL;PREF:{phone}",
                f"EMAIL;INTERNET:{email}",
            ]
        else:
            lines += [
                f"N:{family};{given} {number};;;",
                f"FN:{family} {given} {number}",
                f"TEL;TYPE=cell:{phone}",
                f"EMAIL;TYPE=work:{email}",
                f"UID:urn:uuid:bench-{number}",
            ]
        lines += [f"ORG:{org}", "TITLE:Partnership Manager", "NOTE:Met at the fintech week"]
        lines.append(f"BDAY:--{1 + number % 12:02d}{1 + number % 28:02d}")
        if number % 10 == 0:
            photo = f"PHOTO;ENCODING=b;TYPE=JPEG:{PHOTO}"
            lines.append(photo[:75])
            lines.extend(" " + photo[i : i + 74] for i in range(75, len(photo), 74))
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return ("\r\n".join(cards) + "\r\n").encode("utf-8")


def import_times(count: int, runs: int) -> tuple[list[float], list[float], list[float]]:
    from partnerbook.services.importing import apply_import, parse_contacts, plan_import
    from partnerbook.store.engine import Journal, resolve_location
    from partnerbook.store.migrate import open_journal

    data = vcards(count)
    newer = data.replace(
        b"TITLE:Partnership Manager", b"TITLE:Partnership Manager\r\nURL:https://example.com/more"
    )
    first: list[float] = []
    again: list[float] = []
    updated: list[float] = []
    for run in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="pb-import-"))
        target = folder / f"import-{run}.sqlite"
        journal = open_journal(resolve_location(target))

        def whole(journal: Journal = journal, data: bytes = data) -> None:
            parsed = parse_contacts(data)
            apply_import(journal, plan_import(journal, parsed), "bench.vcf")

        first.extend(measure(whole, 1))
        again.extend(measure(whole, 1))
        updated.extend(measure(lambda j=journal: whole(j, newer), 1))
        journal.close()
        shutil.rmtree(folder, ignore_errors=True)
    return first, again, updated


def export_times(path: Path, runs: int) -> list[float]:
    from partnerbook.services.archive import export_archive
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    scratch = scratch_copy(path, f"export-{path.stem}.sqlite")
    journal = open_journal(resolve_location(scratch))
    target = scratch.with_suffix(".json")
    try:
        return measure(lambda: export_archive(journal, target), runs)
    finally:
        journal.close()
        discard(scratch)
        target.unlink(missing_ok=True)


def figures(path: Path, runs: int, cards: int) -> list[Row]:
    """``cards`` vCards imported into an empty journal; the journal at ``path`` exported."""
    first, again, updated = import_times(cards, runs)
    return [
        summary("import: vCards into an empty journal", first, 10_000) | {"cards": cards},
        summary("import: the same again (all unchanged)", again, 10_000) | {"cards": cards},
        summary("import: each adds a link (all updates)", updated, 10_000) | {"cards": cards},
        summary("export: JSON archive of the journal", export_times(path, runs), 10_000),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", choices=SIZES, default="100k")
    args = parser.parse_args()
    people, entries = SIZES[args.size]
    path = prepared(people, entries)
    rows = sized(figures(path, args.runs, people), args.size)
    print_table(rows, path.with_suffix(".bench-import.json"))


if __name__ == "__main__":
    main()

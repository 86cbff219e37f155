"""Meeting brief budget, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_brief.py [--runs 20] [--size 100k]

On a demo journal (by default 100,000 entries) the brief of the busiest person (the most
entries) renders to PDF in under a second, gathering included; the partner with the most
entries too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from common import Row, discard, measure, run_alone, scratch_copy, summary


def _busiest(path: Path, link: str, key: str) -> int:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            f"SELECT {key} FROM {link} GROUP BY {key} ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return int(row[0])


def run(path: Path, runs: int) -> list[Row]:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    from partnerbook.services.brief import partner_brief, person_brief
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.brief.pdf import pdf_bytes

    person = _busiest(path, "entry_people", "person_id")
    partner = _busiest(path, "entry_partners", "partner_id")
    journal = open_journal(resolve_location(path))
    try:
        pdf_bytes(person_brief(journal, person))  # warm: imports, fonts, query plans
        gathered = measure(lambda: person_brief(journal, person), runs)
        person_pdf = measure(lambda: pdf_bytes(person_brief(journal, person)), runs)
        partner_pdf = measure(lambda: pdf_bytes(partner_brief(journal, partner)), runs)
    finally:
        journal.close()
    return [
        summary("brief: gathered, busiest person", gathered, None),
        summary("brief: to PDF, busiest person", person_pdf, 1000),
        summary("brief: to PDF, busiest partner", partner_pdf, 1000),
    ]


def figures(path: Path, runs: int) -> list[Row]:
    scratch = scratch_copy(path, f"brief-{path.stem}.sqlite")
    try:
        return run(scratch, runs)
    finally:
        discard(scratch)


def main() -> None:
    run_alone(__doc__, figures, "brief", runs=20)


if __name__ == "__main__":
    main()

"""People list and start-up budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_people.py [--runs 15]

Builds (or reuses) a demo journal of 10,000 people and 100,000 entries in the user cache
folder, then prints a table of median and p95 times against the budgets of the issues:
the People list shows in under 100 ms, each filter keystroke takes under 50 ms, and
``partnerbook --smoke`` stays within 1.3x of a bare PySide6 window that imports
SQLAlchemy's ORM first. The same figures are written as JSON next to the journal.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from common import journal_path, measure, print_table, ratio_row, summary

BARE_WINDOW = """
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("bare")
label.resize(1280, 800)
label.show()
label.grab()
"""


def in_process(path: Path, runs: int) -> list[dict[str, object]]:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.theme import LIGHT
    from partnerbook.ui.views.people_view import people_model

    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale("en_US"))
    journal = open_journal(resolve_location(path))
    rows: list[dict[str, object]] = []

    def first_page() -> None:
        model = people_model(journal, LIGHT)
        model.sort(0)
        model.fetchMore()
        model.rowCount()

    rows.append(summary("People list: first page shown", measure(first_page, runs), 100))

    model = people_model(journal, LIGHT)
    start = time.perf_counter()
    model.load_all()
    model.sort(0)
    rows.append(
        summary(
            "People list: all 10,000 loaded and sorted",
            [(time.perf_counter() - start) * 1000],
            None,
        )
    )
    keystrokes = ["n", "ng", "ngu", "nguy", "nguye", "ha", "han", "hano", "hanoi", ""]
    times = []
    for _ in range(max(1, runs // 3)):
        for text in keystrokes:
            begin = time.perf_counter()
            model.set_filter_text(text)
            model.rowCount()
            times.append((time.perf_counter() - begin) * 1000)
    rows.append(summary("People list: one filter keystroke", times, 50))
    journal.close()
    app.processEvents()
    return rows


def whole_process(path: Path, runs: int) -> list[dict[str, object]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERBOOK_HOME=str(path.parent / "home"))
    for warm_up in (
        [sys.executable, "-m", "partnerbook", "--db", str(path), "--smoke"],
        [sys.executable, "-c", BARE_WINDOW],
    ):
        subprocess.run(warm_up, check=True, capture_output=True, env=env)
    smoke: list[float] = []
    bare: list[float] = []
    for _ in range(runs):  # interleaved, so a busy spell of the machine weighs on both
        smoke += measure(
            lambda: subprocess.run(
                [sys.executable, "-m", "partnerbook", "--db", str(path), "--smoke"],
                check=True,
                capture_output=True,
                env=env,
            ),
            1,
        )
        bare += measure(
            lambda: subprocess.run(
                [sys.executable, "-c", BARE_WINDOW], check=True, capture_output=True, env=env
            ),
            1,
        )
    return [
        summary("bare PySide6 window + ORM (floor)", bare, None),
        ratio_row("partnerbook --smoke, 100k entries", smoke, bare, 1.3),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = journal_path(10_000, 100_000)
    rows = in_process(path, args.runs) + whole_process(path, max(5, args.runs // 2))
    print_table(rows, path.with_suffix(".bench-people.json"))


if __name__ == "__main__":
    main()

"""People list and start-up budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_people.py [--runs 15] [--size 100k] [--only list|start]

On a demo journal (by default 10,000 people and 100,000 entries, built once in the temp
folder): the People list shows in under 100 ms, each filter keystroke takes under 50 ms,
and ``partnerbook --smoke`` stays within 1.3x of a bare PySide6 window that imports
SQLAlchemy's ORM first. ``run_all.py`` runs the same at every size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import SIZES, Row, measure, prepared, print_table, ratio_row, sized, summary

BARE_WINDOW = """
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("bare")
label.resize(1280, 800)
label.show()
label.grab()
"""
KEYSTROKES = ["n", "ng", "ngu", "nguy", "nguye", "ha", "han", "hano", "hanoi", ""]


def list_figures(path: Path, runs: int) -> list[Row]:
    """The People list: its first page, everything loaded, one filter keystroke."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.theme import LIGHT
    from partnerbook.ui.views.people_view import people_model

    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale("en_US"))
    journal = open_journal(resolve_location(path))
    rows: list[Row] = []

    def first_page() -> None:
        model = people_model(journal, LIGHT)
        model.sort(0)
        model.fetchMore()
        model.rowCount()

    first_page()  # warm: imports, collator, the query plan
    rows.append(summary("people: first page shown", measure(first_page, runs), 100))

    model = people_model(journal, LIGHT)
    start = time.perf_counter()
    model.load_all()
    model.sort(0)
    loaded = [(time.perf_counter() - start) * 1000]
    rows.append(summary("people: everyone loaded and sorted (idle time)", loaded, None))
    times = []
    each: dict[str, list[float]] = {text: [] for text in KEYSTROKES}
    looked: dict[str, int] = {}
    for _ in range(max(1, runs // 3)):
        for text in KEYSTROKES:
            before = model.looked_at
            begin = time.perf_counter()
            model.set_filter_text(text)
            model.rowCount()
            times.append((time.perf_counter() - begin) * 1000)
            each[text].append(times[-1])
            looked[text] = model.looked_at - before
    rows.append(summary("people: one filter keystroke", times, 50))
    # What the keystroke's growth is made of: a query's first letter (or a backspace) looks
    # at everyone, each further letter only at who is still shown; about the same per person
    # (each keystroke's median, so that a moment the machine was busy does not count).
    took = sum(statistics.median(values) for values in each.values())
    per_person = [took * 1e6 / max(1, sum(looked.values()))]
    rows.append(summary("people: filter, per person looked at", per_person, None, "ns"))
    journal.close()
    app.processEvents()
    return rows


def start_figures(path: Path, runs: int) -> list[Row]:
    """``partnerbook --smoke`` as a process against a bare window importing the ORM."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARTNERBOOK_HOME=str(path.parent / "home"))
    smoke_command = [sys.executable, "-m", "partnerbook", "--db", str(path), "--smoke"]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    # As an installed app starts: with the bytecode of today's sources (with
    # PYTHONDONTWRITEBYTECODE set, each module edited since would be compiled every run).
    package = Path(__file__).resolve().parents[2] / "partnerbook"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    for warm_up in (smoke_command, bare_command):  # disk cache; the day's backup is taken
        subprocess.run(warm_up, check=True, capture_output=True, env=env)
    smoke: list[float] = []
    bare: list[float] = []
    for _ in range(runs):  # interleaved, so a busy spell of the machine weighs on both
        smoke += measure(
            lambda: subprocess.run(smoke_command, check=True, capture_output=True, env=env), 1
        )
        bare += measure(
            lambda: subprocess.run(bare_command, check=True, capture_output=True, env=env), 1
        )
    return [
        summary("start: bare PySide6 window + ORM (floor)", bare, None),
        ratio_row("start: partnerbook --smoke, against the floor", smoke, bare, 1.3),
    ]


def figures(path: Path, runs: int) -> list[Row]:
    return list_figures(path, runs) + start_figures(path, max(3, runs // 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--size", choices=SIZES, default="100k")
    parser.add_argument(
        "--only", choices=("list", "start"), help="only the People list, or only start-up"
    )
    args = parser.parse_args()
    path = prepared(*SIZES[args.size])
    if args.only == "list":
        found = list_figures(path, args.runs)
    elif args.only == "start":
        found = start_figures(path, max(3, args.runs // 2))
    else:
        found = figures(path, args.runs)
    rows = sized(found, args.size)
    print_table(rows, path.with_suffix(".bench-people.json"))


if __name__ == "__main__":
    main()

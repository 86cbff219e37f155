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
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("bare")
label.resize(1280, 800)
label.show()
label.grab()
"""


def journal_path(people: int, entries: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "partnerbook-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"demo-{people}-{entries}.sqlite"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerbook",
                "--db",
                str(path),
                "demo",
                "--people",
                str(people),
                "--entries",
                str(entries),
            ],
            check=True,
            capture_output=True,
        )
    return path


def measure(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(name: str, times: list[float], budget_ms: float | None) -> dict[str, object]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    median = statistics.median(ordered)
    return {
        "figure": name,
        "median_ms": round(median, 1),
        "p95_ms": round(p95, 1),
        "budget_ms": budget_ms,
        "pass": None if budget_ms is None else p95 <= budget_ms,
    }


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
    smoke = measure(
        lambda: subprocess.run(
            [sys.executable, "-m", "partnerbook", "--db", str(path), "--smoke"],
            check=True,
            capture_output=True,
            env=env,
        ),
        runs,
    )
    bare = measure(
        lambda: subprocess.run(
            [sys.executable, "-c", BARE_WINDOW], check=True, capture_output=True, env=env
        ),
        runs,
    )
    ratio = statistics.median(smoke) / statistics.median(bare)
    return [
        summary("bare PySide6 window + ORM (floor)", bare, None),
        summary("partnerbook --smoke, 100k entries", smoke, None)
        | {"ratio_to_floor": round(ratio, 2), "budget_ratio": 1.3, "pass": ratio <= 1.3},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = journal_path(10_000, 100_000)
    rows = in_process(path, args.runs) + whole_process(path, max(5, args.runs // 2))
    print(f"{'figure':45} {'median':>9} {'p95':>9} {'budget':>10} {'result':>7}")
    for row in rows:
        budget = row.get("budget_ms")
        shown_budget = (
            f"{budget} ms"
            if budget
            else (f"x{row['budget_ratio']}" if "budget_ratio" in row else "-")
        )
        result = {True: "pass", False: "MISS", None: ""}[row["pass"]]  # type: ignore[index]
        extra = f"  ratio {row['ratio_to_floor']}" if "ratio_to_floor" in row else ""
        print(
            f"{row['figure']:45} {row['median_ms']:>7} ms {row['p95_ms']:>6} ms "
            f"{shown_budget:>10} {result:>7}{extra}"
        )
    out = path.with_suffix(".bench-people.json")
    out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()

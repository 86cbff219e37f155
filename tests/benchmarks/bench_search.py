"""Search and palette budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_search.py [--runs 20] [--quick]

On 100,000 entries (10,000 people): search p95 under 50 ms for a fixed mix (a rare word,
a common word, a two-character Chinese word, a name prefix, Vietnamese without
diacritics), against the floor of a raw sqlite3 FTS5 query over the same index; the Ctrl+K
palette answers each keystroke in under 30 ms; and each figure at 100,000 entries against
the same at 1,000 (budget: 1.5x).
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from common import journal_path, measure, print_table, ratio_row, scratch_copy, summary

# (label, query): what a user types before a meeting.
MIX = [
    ("rare word", "maratona"),
    ("common word", "khách hàng"),
    ("two Chinese characters", "合作"),
    ("name prefix", "ngu"),
    ("Vietnamese without diacritics", "hop dong"),
    ("Hebrew word", "שיתוף"),
    ("half-typed English", "referral pil"),
]
KEYSTROKES = ["n", "ng", "ngu", "nguy", "nguye", "nguyen", "w", "wa", "王", "王芳", "to", "tod"]


def _ready(people: int, entries: int, name: str) -> Path:
    """A scratch copy of the cached demo journal, upgraded (and indexed) once."""
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    cached = journal_path(people, entries)
    open_journal(resolve_location(cached)).close()  # an older cache gets its index here
    return scratch_copy(cached, name)


def floor_query(raw: sqlite3.Connection, query: str) -> int:
    """The least any search must do: the same MATCH on each table, rows only, no ranking."""
    from partnerbook.store.search_fts import match_expression

    found = 0
    for table, prefix_all in (
        ("search_people", True),
        ("search_partners", True),
        ("search_entries", False),
    ):
        expression = match_expression(query, every_word_a_prefix=prefix_all)
        rows = raw.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 60",
            (expression,),
        ).fetchall()
        found += len(rows)
    return found


def search_times(path: Path, runs: int) -> tuple[list[float], list[float], dict[str, float]]:
    from partnerbook.services.search import search
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    journal = open_journal(resolve_location(path))
    raw = sqlite3.connect(path)
    for _label, query in MIX:  # warm: caches and query plans
        search(journal, query)
    ours: list[float] = []
    floor: list[float] = []
    medians: dict[str, float] = {}
    for label, query in MIX:
        times = measure(lambda q=query: search(journal, q), runs)  # type: ignore[misc]
        ours.extend(times)
        medians[label] = sorted(times)[len(times) // 2]
        floor.extend(measure(lambda q=query: floor_query(raw, q), runs))  # type: ignore[misc]
    raw.close()
    journal.close()
    return ours, floor, medians


def palette_times(path: Path, runs: int) -> list[float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.events import AppEvents
    from partnerbook.ui.main_window import MainWindow, WindowHooks
    from partnerbook.ui.theme import LIGHT, apply_theme

    apply_theme(app, LIGHT)  # type: ignore[arg-type]
    journal = open_journal(resolve_location(path))
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    hooks = WindowHooks(open_demo=lambda: None, set_theme=lambda _c: None, backup_now=lambda: None)
    window = MainWindow(journal, AppEvents(), settings, LIGHT, hooks, view="people")
    window.show()
    palette = window.go_to()
    times: list[float] = []

    def keystrokes() -> None:
        for typed in KEYSTROKES:
            palette.line.setText(typed)
            times.extend(measure(palette.refresh, 1))

    keystrokes()  # warm
    times.clear()
    for _ in range(max(1, runs // 4)):
        keystrokes()
    window.close()
    journal.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="the smallest journal only (CI)")
    args = parser.parse_args()
    sizes = [(100, 1_000)] if args.quick else [(100, 1_000), (10_000, 100_000)]
    rows = []
    results = {}
    for people, entries in sizes:
        path = _ready(people, entries, f"search-{entries}.sqlite")
        ours, floor, medians = search_times(path, args.runs)
        results[entries] = (ours, medians)
        label = f"{entries // 1000}k"
        against_floor = ratio_row(f"search: the mix, against raw FTS5 ({label})", ours, floor, 1)
        against_floor.pop("budget_ratio")
        rows.append(against_floor | {"pass": None})  # what ranking and snippets cost
        rows.append(summary(f"search: the mix p95 ({label})", ours, 50))
        for what, median in medians.items():
            rows.append(summary(f"  {what} ({label})", [median], None))
        rows.append(
            summary(f"palette: each keystroke ({label})", palette_times(path, args.runs), 30)
        )
    if len(results) == 2:
        small, large = results[1_000][0], results[100_000][0]
        rows.append(ratio_row("search: growth, 100k against 1k", large, small, 1.5))
    print_table(rows, journal_path(*sizes[-1]).with_suffix(".bench-search.json"))


if __name__ == "__main__":
    main()

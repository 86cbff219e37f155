"""Search and palette budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_search.py [--runs 20] [--quick]

On 1,000 and 100,000 entries (100 and 10,000 people): search p95 under 50 ms for a fixed
mix (a rare word, a common word, a two-character Chinese word, a name prefix, Vietnamese
without diacritics), against the floor of a raw sqlite3 FTS5 query over the same index; the Ctrl+K
palette answers each keystroke in under 30 ms. ``run_all.py`` adds the growth, 100k
against 1k (budget: 1.5x). "hits shown" says how much each search shows: on 1,000 entries
the queries find a few (0 to 53), on 100,000 a full page (60) each.

"the mix" is what the Search view waits for before it shows anything: every hit ranked,
the first screenful (``FIRST_SCREEN``) with its snippets; the others' snippets are made
while those are on screen ("every snippet made" is that search whole, as the command line
runs it).
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path

from common import (
    SIZES,
    Row,
    bench_folder,
    discard,
    measure,
    prepared,
    print_table,
    ratio_row,
    scratch_copy,
    sized,
    summary,
)

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


def candidates_floor(raw: sqlite3.Connection) -> Callable[[str], int]:
    """The SQL of our candidates alone (the names that match, latest in touch first; the
    newest other matches of each kind, with what scoring reads of them), through raw
    sqlite3: what SQLite itself spends on a search before any Python ranks it."""
    from sqlalchemy.dialects import sqlite

    from partnerbook.domain.search import HitKind
    from partnerbook.services.search import (
        ENTRY_CANDIDATES,
        NAME_CANDIDATES,
        OTHER_CANDIDATES,
        _named_query,
        _newest_query,
    )
    from partnerbook.store import search_fts
    from partnerbook.store.search_fts import in_name, match_expression

    def compiled(statement: object) -> tuple[str, tuple[str, ...], dict[str, object]]:
        done = statement.compile(dialect=sqlite.dialect())  # type: ignore[attr-defined]
        return str(done), tuple(done.positiontup or ()), dict(done.params)

    asked = []  # (statement, names too, in the name only, limit)
    for kind in (HitKind.PERSON, HitKind.PARTNER):
        asked.append((compiled(_named_query(search_fts, kind)), True, True, NAME_CANDIDATES))
        asked.append((compiled(_newest_query(search_fts, kind)), True, False, OTHER_CANDIDATES))
    asked.append(
        (compiled(_newest_query(search_fts, HitKind.ENTRY)), False, False, ENTRY_CANDIDATES)
    )

    def run(query: str) -> int:
        found = 0
        for (sql, names, fixed), names_too, named, limit in asked:
            expression = match_expression(query, every_word_a_prefix=names_too)
            if expression is None:
                continue
            values = {
                **fixed,
                "fts_expression": in_name(expression) if named else expression,
                "fts_limit": limit,
            }
            found += len(raw.execute(sql, tuple(values[name] for name in names)).fetchall())
        return found

    return run


def search_times(
    path: Path, runs: int
) -> tuple[list[float], list[float], list[float], list[float], dict[str, float], dict[str, int]]:
    from partnerbook.services.search import search
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.views.search_view import FIRST_SCREEN

    journal = open_journal(resolve_location(path))
    raw = sqlite3.connect(path)
    for _label, query in MIX:  # warm: caches and query plans
        search(journal, query)
    ours: list[float] = []
    whole: list[float] = []
    floor: list[float] = []
    ranked: list[float] = []
    ranked_query = candidates_floor(raw)
    medians: dict[str, float] = {}
    # What each query shows: a small journal has few matches, a large one a full page.
    shown = {label: len(search(journal, query)) for label, query in MIX}
    for label, query in MIX:
        times = measure(
            lambda q=query: search(journal, q, complete_first=FIRST_SCREEN),  # type: ignore[misc]
            runs,
        )
        ours.extend(times)
        medians[label] = sorted(times)[len(times) // 2]
        whole.extend(measure(lambda q=query: search(journal, q), runs))  # type: ignore[misc]
        floor.extend(measure(lambda q=query: floor_query(raw, q), runs))  # type: ignore[misc]
        ranked.extend(measure(lambda q=query: ranked_query(q), runs))  # type: ignore[misc]
    raw.close()
    journal.close()
    return ours, whole, floor, ranked, medians, shown


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


def figures(path: Path, runs: int) -> list[Row]:
    scratch = scratch_copy(path, f"search-{path.stem}.sqlite")
    try:
        ours, whole, floor, ranked, medians, shown = search_times(scratch, runs)
        against_floor = ratio_row("search: the mix, against raw FTS5", ours, floor, None)
        rows = [
            against_floor,  # what ranking and snippets cost: informational
            summary("search: the mix", ours, 50),
            summary("search: the mix, every snippet made", whole, None),
            summary("search: the mix, SQLite's part alone (the candidates)", ranked, None),
        ]
        rows += [summary(f"search:   {what}", [median], None) for what, median in medians.items()]
        rows.append(
            summary("search: hits shown, the mix", list(map(float, shown.values())), None, "hits")
        )
        rows.append(summary("palette: each keystroke", palette_times(scratch, runs), 30))
        return rows
    finally:
        discard(scratch)
        scratch.with_suffix(".ini").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="the smallest journal only")
    args = parser.parse_args()
    sizes = ["1k"] if args.quick else ["1k", "100k"]
    rows: list[Row] = []
    for size in sizes:
        rows += sized(figures(prepared(*SIZES[size]), args.runs), size)
    print_table(rows, bench_folder() / "bench-search.json")


if __name__ == "__main__":
    main()

"""Timeline budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_timeline.py [--runs 10]

On a 100,000-entry journal: the timeline's first page paints in under 100 ms; each
further page (fetchMore while scrolling) takes under 16 ms; memory after scrolling to the
end stays within 150 MB above a bare PySide6 window.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from common import journal_path, measure, print_table, scratch_copy, summary
from PySide6.QtTest import QTest


def _rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(path: Path, runs: int) -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.events import AppEvents
    from partnerbook.ui.theme import LIGHT, apply_theme
    from partnerbook.ui.views.timeline_view import TimelineView

    apply_theme(app, LIGHT)  # type: ignore[arg-type]
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTest.qWait(50)
    bare = _rss_mb()
    journal = open_journal(resolve_location(path))

    views: list[TimelineView] = []

    def first_page() -> None:
        view = TimelineView(journal, AppEvents(), LIGHT)
        window.setCentralWidget(view)  # the previous view is deleted
        view.show()
        view.list.viewport().repaint()
        views[:] = [view]

    first_page()  # warm: imports, glyphs, the first query plan
    painted = measure(first_page, runs)

    view = views[0]
    model = view.list.model()
    pages: list[float] = []
    while model.canFetchMore():
        start = time.perf_counter()
        model.fetchMore()
        pages.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    view.list.scrollToBottom()
    view.list.viewport().repaint()
    to_end = [(time.perf_counter() - start) * 1000]
    above_bare = _rss_mb() - bare
    journal.close()
    return [
        summary("timeline: first page painted (100k)", painted, 100),
        summary(f"timeline: each further page ({len(pages)} pages)", pages, 16),
        summary("timeline: scroll to the end and paint", to_end, None),
        {
            "figure": "timeline: memory at the end, above a bare window",
            "median_ms": round(above_bare, 1),
            "p95_ms": round(above_bare, 1),
            "budget_ms": 150,
            "unit": "MB",
            "pass": above_bare <= 150,
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    cached = journal_path(10_000, 100_000)
    path = scratch_copy(cached, "timeline-100k.sqlite")
    rows = run(path, args.runs)
    print_table(rows, cached.with_suffix(".bench-timeline.json"))


if __name__ == "__main__":
    main()

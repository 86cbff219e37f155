"""Timeline budgets, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_timeline.py [--runs 10] [--size 100k]

On a demo journal (by default 100,000 entries): the timeline's first page paints in under
100 ms; each further page (fetchMore while scrolling) takes under 16 ms; the peak memory
after scrolling to the end stays within 150 MB above a bare PySide6 window (the same
process before any of PartnerBook is imported: PySide6, SQLAlchemy's ORM, a shown window).
Run it in a fresh process (``run_all.py`` does): the peak is the process's.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from common import Row, discard, measure, run_alone, scratch_copy, summary


def _rss_mb() -> float:
    """Peak resident memory of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(path: Path, runs: int) -> list[Row]:
    import sqlalchemy.orm  # noqa: F401  (the bare window imports it too)
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QTest.qWait(50)
    bare = _rss_mb()

    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal
    from partnerbook.ui.events import AppEvents
    from partnerbook.ui.theme import LIGHT, apply_theme
    from partnerbook.ui.views.timeline_view import TimelineView

    apply_theme(app, LIGHT)  # type: ignore[arg-type]
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
        summary("timeline: first page painted", painted, 100),
        summary("timeline: each further page", pages or [0.0], 16),
        summary("timeline: scroll to the end and paint", to_end, None),
        summary("timeline: peak memory at the end, above a bare window", [above_bare], 150, "MB"),
    ]


def figures(path: Path, runs: int) -> list[Row]:
    scratch = scratch_copy(path, f"timeline-{path.stem}.sqlite")
    try:
        return run(scratch, runs)
    finally:
        discard(scratch)


def main() -> None:
    run_alone(__doc__, figures, "timeline", runs=10)


if __name__ == "__main__":
    main()

"""Query plans that must not grow with the journal.

A further timeline page seeks in the (at, id) index instead of scanning it from the top.

The keyset condition ``at < :at OR (at = :at AND id < :id)`` binds ``at`` twice; SQLite
cannot tell the two parameters are equal and scanned the index from the newest entry on
every page (15 ms at entry 80,000 of a 100,000-entry journal, 0.3 ms with the seek). A
brief counts someone's interactions from the link table, not by walking every interaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event, insert, text

from partnerbook.domain.enums import EntryKind
from partnerbook.services.timeline import TimelineCursor, timeline_keys, timeline_page
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

BASE = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _plans_of(
    journal: Journal, action: Any, wanted: Callable[[str], bool] = lambda s: "FROM entries" in s
) -> list[str]:
    """The query plan of each SELECT that ``action`` ran and ``wanted`` picks."""
    statements: list[tuple[str, Any]] = []

    def seen(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and wanted(statement):
            statements.append((statement, parameters))

    event.listen(journal.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(journal.engine, "before_cursor_execute", seen)
    raw = journal.engine.raw_connection()
    try:
        return [
            " ".join(str(row[-1]) for row in raw.cursor().execute(f"EXPLAIN QUERY PLAN {s}", p))
            for s, p in statements
        ]
    finally:
        raw.close()


def test_a_further_page_and_the_keys_seek_in_the_time_index(journal: Journal) -> None:
    rows = [
        {"kind": EntryKind.INTERACTION, "at": BASE + timedelta(minutes=i), "title": f"e{i}"}
        for i in range(30)
    ]
    with journal.write() as session:
        session.execute(insert(Entry), [row | {"version": 1} for row in rows])
    cursor = TimelineCursor(BASE + timedelta(minutes=15), 10**6)

    plans = _plans_of(journal, lambda: timeline_page(journal, None, cursor, 5))
    plans += _plans_of(journal, lambda: timeline_keys(journal, None, cursor, 5))

    assert len(plans) == 2
    for plan in plans:
        assert "ix_entries_at_id (at<?)" in plan, plan
    assert [e.title for e in timeline_page(journal, None, cursor, 3).entries] == [
        "e15",
        "e14",
        "e13",
    ]


def test_a_briefs_interaction_count_starts_from_the_link_table(journal: Journal) -> None:
    from partnerbook.services.brief import person_brief
    from partnerbook.services.capture import NoteRequest, capture_note

    for n in range(3):
        capture_note(journal, NoteRequest(f"coffee {n}", people=["Lan"]))
    with journal.read() as session:
        person_id = session.execute(text("SELECT id FROM people")).scalar_one()

    def brief() -> None:
        assert person_brief(journal, person_id).interactions_total == 3

    (plan,) = _plans_of(journal, brief, lambda s: s.startswith("SELECT count(") and "entry_" in s)
    assert plan.startswith("SEARCH entry_people USING COVERING INDEX"), plan

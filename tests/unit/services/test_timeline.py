from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.types import TimelineFilter
from partnerbook.errors import UsageError
from partnerbook.services.timeline import timeline_page
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

BASE = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _bulk(journal: Journal, count: int, *, same_time: bool = False) -> None:
    rows = [
        {
            "kind": EntryKind.INTERACTION if i % 3 else EntryKind.FOLLOW_UP,
            "at": BASE if same_time else BASE + timedelta(minutes=i),
            "title": f"entry {i}",
            "version": 1,
        }
        for i in range(count)
    ]
    with journal.write() as session:
        session.execute(insert(Entry), rows)


def _walk(journal: Journal, filters: TimelineFilter | None = None, limit: int = 7) -> list[int]:
    seen: list[int] = []
    cursor = None
    while True:
        page = timeline_page(journal, filters, cursor, limit)
        seen.extend(e.id for e in page.entries)
        if page.next_cursor is None:
            return seen
        cursor = page.next_cursor


def test_pages_walk_every_entry_newest_first_exactly_once(journal: Journal) -> None:
    _bulk(journal, 50)
    ids = _walk(journal)
    assert len(ids) == 50 and len(set(ids)) == 50
    assert ids == sorted(ids, reverse=True)  # at grows with id here


def test_ties_on_time_are_broken_by_id(journal: Journal) -> None:
    _bulk(journal, 20, same_time=True)
    ids = _walk(journal, limit=3)
    assert ids == sorted(ids, reverse=True) and len(ids) == 20


def test_filters_by_kind_person_partner_and_dates(
    journal: Journal,
    add_person: Callable[..., int],
    add_partner: Callable[..., int],
    add_entry: Callable[..., int],
) -> None:
    lan = add_person("Lan")
    bank = add_partner("Bank")
    a = add_entry(EntryKind.INTERACTION, "a", people=(lan,), at=BASE)
    b = add_entry(EntryKind.INTERACTION, "b", partners=(bank,), at=BASE + timedelta(days=1))
    c = add_entry(
        EntryKind.FOLLOW_UP, "c", people=(lan,), partners=(bank,), at=BASE + timedelta(days=2)
    )
    add_entry(EntryKind.INTERACTION, "deleted", people=(lan,), at=BASE, deleted=True)

    assert _walk(journal, TimelineFilter(person_id=lan)) == [c, a]
    assert _walk(journal, TimelineFilter(partner_id=bank)) == [c, b]
    assert _walk(journal, TimelineFilter(kinds=frozenset({EntryKind.FOLLOW_UP}))) == [c]
    window = TimelineFilter(since=BASE + timedelta(hours=1), until=BASE + timedelta(days=2))
    assert _walk(journal, window) == [b]

    page = timeline_page(journal, TimelineFilter(person_id=lan))
    assert [p.display_name for p in page.entries[0].people] == ["Lan"]
    assert [p.name for p in page.entries[0].partners] == ["Bank"]


@pytest.mark.parametrize("limit", [0, 100_000])
def test_page_size_is_bounded(journal: Journal, limit: int) -> None:
    with pytest.raises(UsageError):
        timeline_page(journal, limit=limit)

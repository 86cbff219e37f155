from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from partnerbook.domain.enums import CommitmentOwner, EntryKind
from partnerbook.domain.text import fold
from partnerbook.domain.types import TimelineFilter
from partnerbook.errors import UsageError
from partnerbook.services.timeline import (
    day_end_cursor,
    entries_by_ids,
    summary_line,
    timeline_keys,
    timeline_page,
)
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person, Tag

BASE = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


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


def _tag(journal: Journal, name: str, *, entry: int = 0, person: int = 0, partner: int = 0) -> None:
    with journal.write() as session:
        tag = session.scalars(select(Tag).where(Tag.key == fold(name))).first()
        if tag is None:
            tag = Tag(name=name, key=fold(name))
            session.add(tag)
        for model, row_id in ((Entry, entry), (Person, person), (Partner, partner)):
            if row_id:
                row = session.get_one(model, row_id)  # held: a collection needs its owner
                row.tags.append(tag)


def test_a_tag_finds_entries_tagged_or_about_tagged_people_and_partners(
    journal: Journal,
    add_person: Callable[..., int],
    add_partner: Callable[..., int],
    add_entry: Callable[..., int],
) -> None:
    vip, other = add_person("Vy"), add_person("Otto")
    bank = add_partner("Bank")
    tagged = add_entry(EntryKind.INTERACTION, "tagged itself", people=(other,), at=BASE)
    with_vip = add_entry(EntryKind.FOLLOW_UP, "with a VIP", people=(vip,), at=BASE + HOUR)
    with_bank = add_entry(EntryKind.LEDGER, "with the bank", partners=(bank,), at=BASE + 2 * HOUR)
    add_entry(EntryKind.INTERACTION, "untagged", people=(other,), at=BASE + 3 * HOUR)
    _tag(journal, "Tết Trip", entry=tagged, person=vip, partner=bank)

    for typed in ("Tết Trip", "tet   trip", "TET TRIP"):
        assert _walk(journal, TimelineFilter(tag=typed)) == [with_bank, with_vip, tagged]
    assert _walk(journal, TimelineFilter(tag="nothing")) == []
    both = TimelineFilter(tag="tet trip", kinds=frozenset({EntryKind.FOLLOW_UP}))
    assert _walk(journal, both) == [with_vip]


def test_entries_by_ids_are_newest_first_and_leave_out_trashed_and_filtered(
    journal: Journal, add_person: Callable[..., int], add_entry: Callable[..., int]
) -> None:
    lan = add_person("Lan")
    old = add_entry(EntryKind.INTERACTION, "old", people=(lan,), at=BASE)
    new = add_entry(EntryKind.COMMITMENT, "new", at=BASE + HOUR)
    gone = add_entry(EntryKind.INTERACTION, "gone", at=BASE, deleted=True)

    assert [e.id for e in entries_by_ids(journal, [old, gone, new, 99_999])] == [new, old]
    assert [e.id for e in entries_by_ids(journal, [old, new], TimelineFilter(person_id=lan))] == [
        old
    ]
    assert entries_by_ids(journal, []) == ()
    many = entries_by_ids(journal, range(1, 2_000))  # chunked under parameter limits
    assert {e.id for e in many} == {old, new}


def test_a_day_end_cursor_starts_at_the_last_entry_of_that_local_day(journal: Journal) -> None:
    zone = timezone(timedelta(hours=7))  # Saigon: the local day ends at 17:00 UTC
    _bulk(journal, 48 * 4)  # every 15 minutes... (minutes=i): 192 minutes from 09:00 UTC
    cursor = day_end_cursor(date(2026, 1, 1), zone)
    assert cursor.at == datetime(2026, 1, 1, 17, 0, tzinfo=UTC)
    page = timeline_page(journal, cursor=cursor, limit=5)
    assert page.entries[0].at.astimezone(zone).date() == date(2026, 1, 1)
    assert page.entries[0].at == BASE + timedelta(minutes=191)
    before = day_end_cursor(date(2025, 12, 31), zone)  # ended 2025-12-31 17:00 UTC
    assert timeline_page(journal, cursor=before).entries == ()


def test_keys_walk_the_same_rows_as_pages(journal: Journal) -> None:
    _bulk(journal, 40, same_time=True)
    keys = timeline_keys(journal, limit=15)
    rest = timeline_keys(journal, cursor=keys[-1])
    assert [k.id for k in keys + rest] == _walk(journal)
    with pytest.raises(UsageError):
        timeline_keys(journal, limit=0)


@pytest.mark.parametrize(
    ("title", "body", "summary"),
    [
        ("Coffee with Lan", "Coffee with Lan\n\n- **Budget** is frozen\n", "Budget is frozen"),
        ("Call", "## Next steps\n1. send the deck", "Next steps"),
        ("Plain", "", ""),
        ("Same", "same\n\n", ""),
        ("Long", "x" * 500, "x" * 199 + "…"),
    ],
)
def test_the_summary_is_the_first_line_that_says_more_than_the_title(
    title: str, body: str, summary: str
) -> None:
    assert summary_line(title, body) == summary


def test_a_page_carries_the_summary_and_the_kind_details(
    journal: Journal, add_entry: Callable[..., int]
) -> None:
    entry = add_entry(EntryKind.COMMITMENT, "Send the deck", owner=CommitmentOwner.ME, at=BASE)
    with journal.write() as session:
        stored = session.get_one(Entry, entry)
        stored.body = "Send the deck\n\nBefore Friday, with numbers."
    (row,) = timeline_page(journal).entries
    assert row.summary == "Before Friday, with numbers."
    assert row.owner is CommitmentOwner.ME and row.kind is EntryKind.COMMITMENT

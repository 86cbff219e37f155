"""The timeline: one indexed query over all entries, newest first, a page at a time.

Pages are keyed on (at, id) rather than OFFSET, so page 1,000 costs what page 1 costs:
each page starts strictly after the last row of the previous one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, or_, select

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.types import (
    TimelineCursor,
    TimelineEntry,
    TimelineFilter,
    TimelinePage,
)
from partnerbook.errors import UsageError
from partnerbook.services.links import linked_partners, linked_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, entry_partners, entry_people

DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 2000


def timeline_query(filters: TimelineFilter, cursor: TimelineCursor | None) -> Select[Any]:
    query = select(Entry).where(Entry.deleted_at.is_(None))
    if filters.kinds:
        query = query.where(Entry.kind.in_(sorted(filters.kinds)))
    if filters.person_id is not None:
        query = query.where(
            Entry.id.in_(
                select(entry_people.c.entry_id).where(entry_people.c.person_id == filters.person_id)
            )
        )
    if filters.partner_id is not None:
        query = query.where(
            Entry.id.in_(
                select(entry_partners.c.entry_id).where(
                    entry_partners.c.partner_id == filters.partner_id
                )
            )
        )
    if filters.since is not None:
        query = query.where(Entry.at >= filters.since)
    if filters.until is not None:
        query = query.where(Entry.at < filters.until)
    if cursor is not None:
        query = query.where(
            or_(Entry.at < cursor.at, and_(Entry.at == cursor.at, Entry.id < cursor.id))
        )
    return query.order_by(Entry.at.desc(), Entry.id.desc())


def timeline_page(
    journal: Journal,
    filters: TimelineFilter | None = None,
    cursor: TimelineCursor | None = None,
    limit: int = DEFAULT_PAGE_SIZE,
) -> TimelinePage:
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise UsageError(f"A timeline page holds 1 to {MAX_PAGE_SIZE} entries (got {limit}).")
    filters = filters or TimelineFilter()
    with journal.read() as session:
        rows = session.scalars(timeline_query(filters, cursor).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        ids = [row.id for row in rows]
        people, partners = linked_people(session, ids), linked_partners(session, ids)
        entries = tuple(
            TimelineEntry(
                id=row.id,
                kind=EntryKind(row.kind),
                at=row.at,
                title=row.title,
                interaction_kind=row.interaction_kind,
                people=tuple(people.get(row.id, ())),
                partners=tuple(partners.get(row.id, ())),
                status=row.status,
                due_date=row.due_date,
            )
            for row in rows
        )
        next_cursor = TimelineCursor(rows[-1].at, rows[-1].id) if more and rows else None
    return TimelinePage(entries, next_cursor)

"""Which follow-ups fall due now, for reminders while the app runs.

A follow-up with a time falls due at that time; one without a time at nine in the
morning of its day. A snoozed one falls due when its snooze ends. The window asks every
minute for what fell due since it last asked, so each reminder shows once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select

from partnerbook.domain.enums import EntryKind, FollowUpStatus
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Person, entry_people

MORNING = time(9, 0)


@dataclass(frozen=True, slots=True)
class Reminder:
    entry_id: int
    title: str
    who: str
    due_at: datetime  # aware


def due_moment(due_date: date, due_time: time | None, snoozed_until: datetime | None) -> datetime:
    """When a follow-up asks for attention, as an aware local moment."""
    moment = datetime.combine(due_date, due_time or MORNING).astimezone()
    if snoozed_until is not None and snoozed_until > moment:
        return snoozed_until.astimezone()
    return moment


def fallen_due(journal: Journal, since: datetime, now: datetime) -> list[Reminder]:
    """Open follow-ups whose moment came after ``since`` and at or before ``now``."""
    entry = Entry.__table__.c
    first_day = (since.astimezone() - timedelta(days=1)).date()
    with journal.read() as session:
        rows = session.execute(
            select(entry.id, entry.title, entry.due_date, entry.due_time, entry.snoozed_until)
            .where(
                entry.kind == EntryKind.FOLLOW_UP,
                entry.status == FollowUpStatus.OPEN.value,
                entry.deleted_at.is_(None),
                or_(
                    entry.due_date.between(first_day, now.astimezone().date()),
                    entry.snoozed_until.between(since.astimezone(UTC), now.astimezone(UTC)),
                ),
            )
            .order_by(entry.due_date, entry.id)
        ).all()
        ids = [row.id for row in rows]
        names: dict[int, list[str]] = {}
        if ids:
            person = Person.__table__.c
            for entry_id, name in session.execute(
                select(entry_people.c.entry_id, person.display_name)
                .join(Person.__table__, person.id == entry_people.c.person_id)
                .where(entry_people.c.entry_id.in_(ids))
            ):
                names.setdefault(entry_id, []).append(name)
    found = []
    for row in rows:
        snoozed = row.snoozed_until
        if snoozed is not None and snoozed.tzinfo is None:
            snoozed = snoozed.replace(tzinfo=UTC)
        moment = due_moment(row.due_date, row.due_time, snoozed)
        if since < moment <= now:
            found.append(Reminder(row.id, row.title, ", ".join(names.get(row.id, [])), moment))
    return found

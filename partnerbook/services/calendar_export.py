"""Open follow-ups and dated promises as a calendar file (.ics) for any calendar app.

Re-importing must update, not duplicate: every event's UID is stable (the entry's id and
the journal's own identity, not the file's path, which changes when the file moves) and
its SEQUENCE is the entry's version, which grows with every change. Each event carries an
alarm: 15 minutes before a timed one, at nine on the morning of an all-day one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    FollowUpStatus,
)
from partnerbook.errors import StorageError, UsageError
from partnerbook.services.links import linked_partners, linked_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

MORNING = time(9, 0)
TIMED_EVENT = timedelta(minutes=30)
ALARM_BEFORE = timedelta(minutes=15)
DESCRIPTION_LINES = 6


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    follow_ups: int
    promises: int


def journal_identity(journal: Journal) -> str:
    """A name for this journal that survives moving or copying the file: the moment its
    first row was written (entries, else people, else partners), in UTC seconds."""
    with journal.read() as session:
        first = session.scalar(select(func.min(Entry.created_at)))
    stamp = first.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if first else "empty"
    return f"journal-{stamp}.partnerbook"


def export_ics(journal: Journal, target: Path, now: datetime | None = None) -> ExportSummary:
    from icalendar import Alarm, Calendar, Event

    target = target.expanduser().resolve()
    if target.is_dir():
        raise UsageError(
            f"'{target}' is a folder.", f"Give a file name, e.g. {target / 'partnerbook.ics'}"
        )
    if journal.location.path is not None and target == journal.location.path:
        raise UsageError("That is the journal itself.", "Give another file name, ending .ics.")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    identity = journal_identity(journal)
    calendar = Calendar()
    calendar.add("prodid", "-//PartnerBook//PartnerBook//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "PartnerBook")
    counts = {EntryKind.FOLLOW_UP: 0, EntryKind.COMMITMENT: 0}
    for row, people, partner, notes in _open_tasks(journal):
        event = Event()
        kind = "follow-up" if row.kind == EntryKind.FOLLOW_UP else "promise"
        event.add("uid", f"{kind}-{row.id}@{identity}")
        event.add("sequence", int(row.version or 1))
        event.add("dtstamp", now)
        event.add("created", row.created_at.astimezone(UTC))
        event.add("last-modified", row.updated_at.astimezone(UTC))
        summary = _summary(row, people)
        event.add("summary", summary)
        event.add("description", _description(people, partner, notes))
        event.add("categories", ["PartnerBook"])
        start, timed = _start(row)
        if timed:
            assert isinstance(start, datetime)
            event.add("dtstart", start.astimezone(UTC))
            event.add("dtend", (start + TIMED_EVENT).astimezone(UTC))
        else:
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # an all-day reminder does not block the day
        if row.recurrence and row.kind == EntryKind.FOLLOW_UP:
            rule = _rrule(row.recurrence)
            if rule is not None:
                event.add("rrule", rule)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -ALARM_BEFORE if timed else timedelta(hours=MORNING.hour))
        event.add_component(alarm)
        calendar.add_component(event)
        counts[row.kind] += 1
    _write(target, calendar.to_ical())
    return ExportSummary(target, counts[EntryKind.FOLLOW_UP], counts[EntryKind.COMMITMENT])


Task = tuple[Any, list[str], str | None, str]  # the row, people, partner, the notes


def _open_tasks(journal: Journal) -> list[Task]:
    entry = Entry.__table__.c
    with journal.read() as session:
        rows = session.execute(
            select(Entry.__table__)
            .where(
                entry.deleted_at.is_(None),
                entry.due_date.is_not(None),
                or_(
                    (entry.kind == EntryKind.FOLLOW_UP)
                    & (entry.status == FollowUpStatus.OPEN.value),
                    (entry.kind == EntryKind.COMMITMENT)
                    & (entry.status == CommitmentStatus.OPEN.value),
                ),
            )
            .order_by(entry.due_date, entry.id)
        ).all()
        ids = [row.id for row in rows]
        people, partners = linked_people(session, ids), linked_partners(session, ids)
        # A follow-up made from a note has no notes of its own: the note's say what it is.
        sources = {row.source_entry_id for row in rows if row.source_entry_id}
        notes = dict(
            session.execute(select(entry.id, entry.body).where(entry.id.in_(sources))).all()
        )
    return [
        (
            row,
            [ref.display_name for ref in people.get(row.id, [])],
            next((ref.name for ref in partners.get(row.id, [])), None),
            row.body or notes.get(row.source_entry_id) or "",
        )
        for row in rows
    ]


def _summary(row: Any, people: list[str]) -> str:
    if row.kind == EntryKind.FOLLOW_UP:
        return f"Follow up: {row.title}"
    if row.owner == CommitmentOwner.THEM:
        who = ", ".join(people) or "They"
        return f"{who} promised: {row.title}"
    return f"I promised: {row.title}"


def _description(people: list[str], partner: str | None, notes: str) -> str:
    lines = []
    if people:
        lines.append("With: " + ", ".join(people))
    if partner:
        lines.append("Partner: " + partner)
    body = [line for line in notes.splitlines() if line.strip()]
    if body:
        lines.append("")
        lines.extend(body[:DESCRIPTION_LINES])
    lines.append("")
    lines.append("From PartnerBook")
    return "\n".join(lines)


def _start(row: Any) -> tuple[date | datetime, bool]:
    """The event's start: the due day (all-day), or its time; a later snooze wins."""
    snoozed = row.snoozed_until
    if snoozed is not None and snoozed.tzinfo is None:
        snoozed = snoozed.replace(tzinfo=UTC)
    if row.due_time is not None:
        start: datetime = datetime.combine(row.due_date, row.due_time).astimezone()
        if snoozed is not None and snoozed > start:
            return snoozed.astimezone(), True
        return start, True
    if snoozed is not None and snoozed.astimezone().date() > row.due_date:
        return snoozed.astimezone(), True
    return row.due_date, False


def _rrule(text: str) -> dict[str, Any] | None:
    from icalendar import vRecur

    try:
        return dict(vRecur.from_ical(text))
    except ValueError:
        return None


def _write(target: Path, content: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"Cannot write {target}: {error.strerror or error}.",
            "Choose a folder you may write to, with some free space.",
        ) from error

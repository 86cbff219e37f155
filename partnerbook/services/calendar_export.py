"""Open follow-ups and dated promises as a calendar file (.ics) for any calendar app.

Re-importing must update, not duplicate: every event's UID is stable (the entry's id and
the journal's own identity, not the file's path, which changes when the file moves) and
its SEQUENCE is the entry's version, which grows with every change. Each event carries an
alarm: 15 minutes before a timed one, at nine on the morning of an all-day one.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select, union_all

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    FollowUpStatus,
)
from partnerbook.services.files import export_target, write_atomically
from partnerbook.services.links import linked_partners, linked_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person

MORNING = time(9, 0)
TIMED_EVENT = timedelta(minutes=30)
ALARM_BEFORE = timedelta(minutes=15)
NINE_AM = timedelta(hours=MORNING.hour)  # an all-day event starts at midnight of its day
DESCRIPTION_LINES = 6
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu", "GMT"}


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    follow_ups: int
    promises: int
    ended_repeats: int = 0  # done repeating follow-ups written once more to end their series


def journal_identity(journal: Journal) -> str:
    """A name for this journal that survives moving, copying or restoring the file.

    The journal stores no id of its own, so it is derived from the moment its first
    person, partner or entry was written, trashed ones included (these are trashed, not
    deleted; the one row ever deleted, an undone stage change, is younger than its
    partner), hashed so that calendar services do not learn it.
    """
    audited = (Entry.created_at, Person.created_at, Partner.created_at)
    moments = union_all(*(select(func.min(column).label("at")) for column in audited))
    with journal.read() as session:
        first = session.scalar(select(func.min(moments.subquery().c.at)))
    if first is None:
        return "empty.partnerbook"
    stamp = first.replace(tzinfo=None).isoformat(timespec="microseconds")
    return f"journal-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.partnerbook"


def export_ics(journal: Journal, target: Path, now: datetime | None = None) -> ExportSummary:
    from icalendar import Alarm, Calendar, Event

    target = _checked_target(journal, target)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    identity = journal_identity(journal)
    zone = _local_zone()
    calendar = Calendar()
    calendar.add("prodid", "-//PartnerBook//PartnerBook//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "PartnerBook")
    counts = {EntryKind.FOLLOW_UP: 0, EntryKind.COMMITMENT: 0}
    ended = 0
    for row, people, partner, notes in _tasks(journal):
        is_open = row.status == FollowUpStatus.OPEN.value  # == CommitmentStatus.OPEN
        rule = _rrule(row.recurrence)
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
        start = _start(row) if is_open else _due(row)
        if isinstance(start, datetime):
            if rule is not None and is_open:
                # A repeat follows the wall clock across daylight saving: local, not UTC.
                start = start.astimezone(zone) if zone else start.replace(tzinfo=None)
            else:
                start = start.astimezone(UTC)
            event.add("dtstart", start)
            event.add("dtend", start + TIMED_EVENT)
        else:
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # an all-day reminder does not block the day
        if not is_open:
            # A repeat done (its next one is a new entry, a new UID) or dismissed: written
            # once more without the rule, it replaces the series imported before, which
            # would otherwise go on repeating beside the next one.
            calendar.add_component(event)
            ended += 1
            continue
        if rule is not None:
            event.add("rrule", rule)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -ALARM_BEFORE if isinstance(start, datetime) else NINE_AM)
        event.add_component(alarm)
        calendar.add_component(event)
        counts[row.kind] += 1
    if zone is not None:
        calendar.add_missing_timezones()
    write_atomically(target, calendar.to_ical(), make_folders=True)
    return ExportSummary(target, counts[EntryKind.FOLLOW_UP], counts[EntryKind.COMMITMENT], ended)


def _checked_target(journal: Journal, target: Path) -> Path:
    return export_target(target, journal.location.path, "partnerbook.ics")


Task = tuple[Any, list[str], str | None, str]  # the row, people, partner, the notes


def _tasks(journal: Journal) -> list[Task]:
    """Open follow-ups and promises with a day, and done or dismissed repeating ones."""
    entry = Entry.__table__.c
    is_open = or_(
        (entry.kind == EntryKind.FOLLOW_UP) & (entry.status == FollowUpStatus.OPEN.value),
        (entry.kind == EntryKind.COMMITMENT) & (entry.status == CommitmentStatus.OPEN.value),
    )
    ended_repeat = (
        (entry.kind == EntryKind.FOLLOW_UP)
        & entry.recurrence.is_not(None)
        & entry.status.in_([FollowUpStatus.DONE.value, FollowUpStatus.DISMISSED.value])
    )
    with journal.read() as session:
        rows = [
            row
            for row in session.execute(
                select(Entry.__table__)
                .where(
                    entry.deleted_at.is_(None),
                    entry.due_date.is_not(None),
                    or_(is_open, ended_repeat),
                )
                .order_by(entry.due_date, entry.id)
            ).all()
            if row.status == FollowUpStatus.OPEN.value or _rrule(row.recurrence) is not None
        ]
        ids = [row.id for row in rows]
        people, partners = linked_people(session, ids), linked_partners(session, ids)
        # A follow-up made from a note has no notes of its own: the note's say what it is.
        sources = {row.source_entry_id for row in rows if row.source_entry_id}
        notes = dict(
            session.execute(
                select(entry.id, entry.body).where(
                    entry.id.in_(sources), entry.deleted_at.is_(None)
                )
            ).all()
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


def _due(row: Any) -> date | datetime:
    if row.due_time is None:
        return row.due_date  # type: ignore[no-any-return]
    return datetime.combine(row.due_date, row.due_time).astimezone()


def _start(row: Any) -> date | datetime:
    """The due day (all-day) or moment; a snooze ending after it falls due wins.

    The rule of the app's reminders (services.reminders): a day alone falls due at nine.
    """
    snoozed = row.snoozed_until
    if snoozed is not None:
        snoozed = snoozed if snoozed.tzinfo else snoozed.replace(tzinfo=UTC)
        if snoozed > datetime.combine(row.due_date, row.due_time or MORNING).astimezone():
            return snoozed.astimezone()  # type: ignore[no-any-return]
    return _due(row)


def _rrule(text: str | None) -> dict[str, Any] | None:
    """The repeat rule as icalendar wants it, or None when it is missing or not valid."""
    if not text:
        return None
    from dateutil.rrule import rrulestr
    from icalendar import vRecur

    text = text.strip().removeprefix("RRULE:")
    try:
        rrulestr(text, dtstart=datetime(2000, 1, 1))  # what follow-ups use to repeat
        rule = dict(vRecur.from_ical(text))
    except (ValueError, TypeError):
        return None
    return rule if "FREQ" in rule else None


def _local_zone() -> ZoneInfo | None:
    """The machine's IANA zone when it can be named (TZ, /etc/localtime); None elsewhere,
    where repeating timed events are written in floating local time instead."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        link = os.path.realpath("/etc/localtime")
        name = link.partition("zoneinfo/")[2]
    if not name or name in _UTC_NAMES:
        return None
    try:
        zone = ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # unknown name, a path, unreadable
        return None
    now = datetime.now(UTC)
    return zone if now.astimezone(zone).utcoffset() == now.astimezone().utcoffset() else None

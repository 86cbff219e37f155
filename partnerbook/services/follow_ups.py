"""Acting on follow-ups and promises: done (kept), dismissed (released), broken, snoozed.

Each action returns what it changed, so the window can undo exactly that. A recurring
follow-up (an RRULE such as ``FREQ=WEEKLY;INTERVAL=2``) that is done brings its next
occurrence, computed with python-dateutil's rrule from the due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from partnerbook.domain.enums import CommitmentStatus, EntryKind, FollowUpStatus
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.services.editing import get_live
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

MORNING = time(9, 0)


@dataclass(frozen=True, slots=True)
class TaskChange:
    """What an action did: enough to take it back."""

    entry_id: int
    old_status: str | None
    old_snoozed_until: datetime | None
    old_completed_at: datetime | None
    next_id: int | None = None  # the next occurrence a recurring follow-up brought


def complete(journal: Journal, entry_id: int) -> TaskChange:
    """A follow-up done, a promise kept; a recurring follow-up brings its next one."""
    with journal.write() as session:
        task = _task(session, entry_id)
        change = _change(task)
        task.status = (
            FollowUpStatus.DONE if task.kind == EntryKind.FOLLOW_UP else CommitmentStatus.KEPT
        ).value
        task.completed_at = datetime.now(UTC)
        next_id = None
        if task.kind == EntryKind.FOLLOW_UP and task.recurrence and task.due_date:
            following = next_occurrence(task.recurrence, task.due_date)
            if following is not None:
                copy = Entry(
                    kind=EntryKind.FOLLOW_UP,
                    at=datetime.now(UTC),
                    title=task.title,
                    body=task.body,
                    due_date=following,
                    due_time=task.due_time,
                    status=FollowUpStatus.OPEN.value,
                    recurrence=task.recurrence,
                    source_entry_id=task.source_entry_id,
                    people=list(task.people),
                    partners=list(task.partners),
                )
                session.add(copy)
                session.flush()
                next_id = copy.id
        return TaskChange(
            change.entry_id,
            change.old_status,
            change.old_snoozed_until,
            change.old_completed_at,
            next_id,
        )


def dismiss(journal: Journal, entry_id: int) -> TaskChange:
    """A follow-up no longer needed; a promise released by agreement."""
    with journal.write() as session:
        task = _task(session, entry_id)
        change = _change(task)
        task.status = (
            FollowUpStatus.DISMISSED
            if task.kind == EntryKind.FOLLOW_UP
            else CommitmentStatus.RELEASED
        ).value
        task.completed_at = datetime.now(UTC)
        return change


def break_promise(journal: Journal, entry_id: int) -> TaskChange:
    with journal.write() as session:
        task = _task(session, entry_id)
        if task.kind != EntryKind.COMMITMENT:
            raise UsageError(Problem.tr("Only a promise can be broken."))
        change = _change(task)
        task.status = CommitmentStatus.BROKEN.value
        task.completed_at = datetime.now(UTC)
        return change


def snooze(journal: Journal, entry_id: int, until: datetime) -> TaskChange:
    """Out of Today until ``until`` (aware); the due date itself stays as promised."""
    if until.tzinfo is None:
        raise UsageError(Problem.tr("A snooze needs a moment with a time zone."))
    with journal.write() as session:
        task = _task(session, entry_id)
        change = _change(task)
        task.snoozed_until = until.astimezone(UTC)
        return change


def undo(journal: Journal, change: TaskChange) -> None:
    with journal.write() as session:
        task = session.get_one(Entry, change.entry_id)
        task.status = change.old_status
        task.snoozed_until = change.old_snoozed_until
        task.completed_at = change.old_completed_at
        if change.next_id is not None:
            following = session.get(Entry, change.next_id)
            if following is not None:
                following.deleted_at = datetime.now(UTC)


def snooze_presets(now: datetime) -> dict[str, datetime]:
    """Later today (three hours on), tomorrow and next Monday at nine (local, aware)."""
    local = now.astimezone()
    tomorrow = datetime.combine(local.date() + timedelta(days=1), MORNING, local.tzinfo)
    monday = local.date() + timedelta(days=7 - local.weekday())
    return {
        "later_today": local + timedelta(hours=3),
        "tomorrow": tomorrow,
        "next_week": datetime.combine(monday, MORNING, local.tzinfo),
    }


def next_occurrence(rule: str, due: date) -> date | None:
    """The first occurrence of ``rule`` after ``due`` (None for a rule that has ended)."""
    from dateutil.rrule import rrulestr

    try:
        recurrence = rrulestr(rule, dtstart=datetime.combine(due, MORNING))
    except (ValueError, TypeError) as error:
        raise UsageError(
            Problem.tr("'{rule}' is not a repeat rule PartnerBook understands.", rule=rule)
        ) from error
    following = recurrence.after(datetime.combine(due, MORNING))
    return following.date() if following is not None else None


def every(count: int, unit: str) -> str:
    """The RRULE for "every N days/weeks/months"."""
    freq = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY"}.get(unit)
    if freq is None or not 1 <= count <= 365:
        raise UsageError(Problem.tr("Repeat every 1 to 365 days, weeks or months."))
    return f"FREQ={freq};INTERVAL={count}"


def _task(session: Session, entry_id: int) -> Entry:
    task = get_live(session, Entry, entry_id, "follow-up")
    if task.kind not in (EntryKind.FOLLOW_UP, EntryKind.COMMITMENT):
        raise UsageError(Problem.tr("That entry is not a follow-up or a promise."))
    return task


def _change(task: Entry) -> TaskChange:
    return TaskChange(task.id, task.status, task.snoozed_until, task.completed_at)

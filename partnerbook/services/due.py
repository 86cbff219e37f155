"""What needs doing: follow-ups and promises due, people we have not seen for too long."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from partnerbook.domain.cadence import Cadence, cadence_state, overdue_days
from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    FollowUpStatus,
)
from partnerbook.domain.types import DueCommitment, DueFollowUp, DueReport, StayInTouch
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.services.contact_history import local_date
from partnerbook.services.links import linked_partners, linked_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Person

MAX_WITHIN_DAYS = 3660


def due_report(journal: Journal, today: date | None = None, within_days: int = 0) -> DueReport:
    if not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise UsageError(
            Problem.tr(
                "--within must be between 0 and {limit} days (got {within_days}).",
                limit=MAX_WITHIN_DAYS,
                within_days=within_days,
            ),
            Problem.tr("Give a number of days, e.g. --within 7."),
        )
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    with journal.read() as session:
        follow_ups = _due_follow_ups(session, horizon)
        commitments = _due_commitments(session, horizon)
        stay = _stay_in_touch(session, today, horizon)
    return DueReport(today, within_days, follow_ups, commitments, stay)


def _open_due(kind: EntryKind, status: str, horizon: date) -> list[object]:
    return [
        Entry.kind == kind,
        Entry.status == status,
        Entry.deleted_at.is_(None),
        Entry.due_date.is_not(None),
        Entry.due_date <= horizon,
    ]


def _due_follow_ups(session: Session, horizon: date) -> tuple[DueFollowUp, ...]:
    # A snoozed follow-up comes back on the day its snooze ends.
    snooze_end = datetime.combine(horizon + timedelta(days=1), time.min).astimezone(UTC)
    rows = session.execute(
        select(Entry.id, Entry.title, Entry.due_date)
        .where(
            *_open_due(EntryKind.FOLLOW_UP, FollowUpStatus.OPEN.value, horizon),  # type: ignore[arg-type]
            or_(Entry.snoozed_until.is_(None), Entry.snoozed_until < snooze_end),
        )
        .order_by(Entry.due_date, Entry.due_time, Entry.id)
    ).all()
    ids = [row.id for row in rows]
    people = linked_people(session, ids)
    partners = linked_partners(session, ids)
    return tuple(
        DueFollowUp(
            id=row.id,
            text=row.title,
            due=row.due_date,
            people=tuple(ref.display_name for ref in people.get(row.id, ())),
            partner=next((ref.name for ref in partners.get(row.id, ())), None),
        )
        for row in rows
    )


def _due_commitments(session: Session, horizon: date) -> tuple[DueCommitment, ...]:
    rows = session.execute(
        select(Entry.id, Entry.title, Entry.due_date, Entry.owner).where(
            *_open_due(EntryKind.COMMITMENT, CommitmentStatus.OPEN.value, horizon)  # type: ignore[arg-type]
        )
    ).all()
    ids = [row.id for row in rows]
    people = linked_people(session, ids)
    partners = linked_partners(session, ids)
    items = [
        DueCommitment(
            id=row.id,
            text=row.title,
            owner=row.owner or CommitmentOwner.ME,
            due=row.due_date,
            people=tuple(ref.display_name for ref in people.get(row.id, ())),
            partner=next((ref.name for ref in partners.get(row.id, ())), None),
        )
        for row in rows
    ]
    # My promises first: they are the ones that build (or break) trust.
    items.sort(key=lambda c: (c.owner is not CommitmentOwner.ME, c.due, c.id))
    return tuple(items)


def _stay_in_touch(session: Session, today: date, horizon: date) -> tuple[StayInTouch, ...]:
    rows = session.execute(
        select(
            Person.id,
            Person.display_name,
            Person.cadence_ideal_days,
            Person.cadence_too_long_days,
            Person.last_contact_at.label("last_at"),
        ).where(
            Person.deleted_at.is_(None),
            Person.archived.is_(False),
            Person.cadence_ideal_days.is_not(None),
        )
    ).all()
    found = []
    for row in rows:
        cadence = Cadence(row.cadence_ideal_days, row.cadence_too_long_days)
        last = local_date(row.last_at)
        if last is not None and (last + timedelta(days=cadence.ideal_days)) >= horizon:
            continue
        found.append(
            StayInTouch(
                person_id=row.id,
                person=row.display_name,
                last_contact=last,
                cadence_days=cadence.ideal_days,
                overdue_days=overdue_days(cadence, last, today),
                state=cadence_state(cadence, last, today),
            )
        )
    # Longest overdue first; people never contacted at all after them.
    found.sort(key=lambda s: (s.overdue_days is None, -(s.overdue_days or 0), s.person))
    return tuple(found)

"""Today: what a relationship manager should do this morning, in the order that matters.

Follow-ups overdue and due today; promises due this week (mine first: those build or break
trust); people and partners we have not spoken to for longer than their rhythm; partner
reviews that have fallen due; birthdays this week. Each item carries what acting on it
needs (the entry, the people, the partner), so the view can act in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, Subquery, and_, func, or_, select
from sqlalchemy.orm import Session

from partnerbook.domain.cadence import Cadence, cadence_state, overdue_days
from partnerbook.domain.enums import (
    CadenceState,
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    FollowUpStatus,
    PartnerStage,
    ReviewPeriod,
)
from partnerbook.services.contact_history import local_date
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person, entry_partners, entry_people

PROMISES_AHEAD_DAYS = 7
BIRTHDAYS_AHEAD_DAYS = 7
SECTION_LIMIT = 40  # a morning's list, not an archive: the rest is counted, not listed
REVIEW_EVERY = {
    ReviewPeriod.MONTHLY: 30,
    ReviewPeriod.QUARTERLY: 91,
    ReviewPeriod.YEARLY: 365,
}


@dataclass(frozen=True, slots=True)
class TodayItem:
    """One thing to do. ``entry_id`` for follow-ups and promises; ``person_ids`` and
    ``partner_id`` for whom it concerns (what "log a note" and "open" act on)."""

    section: str  # follow_ups | promises | stay_in_touch | reviews | birthdays
    title: str
    who: str
    due: date | None
    overdue_days: int  # > 0 overdue, 0 due today, < 0 still ahead
    entry_id: int | None = None
    person_ids: tuple[int, ...] = ()
    partner_id: int | None = None
    owner: CommitmentOwner | None = None
    last_contact: date | None = None
    recurring: bool = False


@dataclass(frozen=True, slots=True)
class TodaySection:
    key: str
    items: tuple[TodayItem, ...]
    total: int  # all that qualify; ``items`` holds at most SECTION_LIMIT of them


@dataclass(frozen=True, slots=True)
class Today:
    day: date
    sections: tuple[TodaySection, ...]

    def section(self, key: str) -> TodaySection:
        return next(s for s in self.sections if s.key == key)

    @property
    def is_empty(self) -> bool:
        return all(not s.total for s in self.sections)


SECTIONS = ("follow_ups", "promises", "stay_in_touch", "reviews", "birthdays")
QUICK_SECTIONS = ("follow_ups", "promises")  # cheap: indexed; the window paints with these


def today_list(
    journal: Journal, today: date | None = None, sections: tuple[str, ...] = SECTIONS
) -> Today:
    today = today or date.today()
    readers = {
        "follow_ups": _follow_ups,
        "promises": _promises,
        "stay_in_touch": _stay_in_touch,
        "reviews": _reviews,
        "birthdays": _birthdays,
    }
    with journal.read() as session:
        built = tuple(_limited(key, readers[key](session, today)) for key in sections)
    return Today(today, built)


def _limited(key: str, items: list[TodayItem]) -> TodaySection:
    return TodaySection(key, tuple(items[:SECTION_LIMIT]), len(items))


def _who(names: list[str], partner: str | None) -> str:
    shown = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
    if partner:
        return f"{shown} · {partner}" if shown else partner
    return shown


Task = tuple[Any, str, tuple[int, ...], int | None]  # the row, who, people, partner

# Core columns, not ORM attributes, for the two sections the window paints first: a first
# ORM query configures every mapper (tens of milliseconds) before anything can paint.
_ENTRY = Entry.__table__.c
_TASK_COLUMNS = (
    _ENTRY.id,
    _ENTRY.title,
    _ENTRY.due_date,
    _ENTRY.due_time,
    _ENTRY.recurrence,
    _ENTRY.owner,
)


def _tasks(session: Session, query: Select[Any]) -> list[Task]:
    rows = session.execute(query).all()
    ids = [row.id for row in rows]
    people, partners = _linked(session, ids)
    found: list[Task] = []
    for row in rows:
        refs = people.get(row.id, [])
        partner = next(iter(partners.get(row.id, [])), None)
        who = _who([name for _pid, name in refs], partner[1] if partner else None)
        found.append((row, who, tuple(pid for pid, _name in refs), partner[0] if partner else None))
    return found


def _linked(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[tuple[int, str]]], dict[int, list[tuple[int, str]]]]:
    people: dict[int, list[tuple[int, str]]] = {}
    partners: dict[int, list[tuple[int, str]]] = {}
    if not ids:
        return people, partners
    person, partner = Person.__table__.c, Partner.__table__.c
    for entry_id, person_id, name in session.execute(
        select(entry_people.c.entry_id, person.id, person.display_name)
        .join(Person.__table__, person.id == entry_people.c.person_id)
        .where(entry_people.c.entry_id.in_(ids), person.deleted_at.is_(None))
        .order_by(person.display_name, person.id)
    ):
        people.setdefault(entry_id, []).append((person_id, name))
    for entry_id, partner_id, name in session.execute(
        select(entry_partners.c.entry_id, partner.id, partner.name)
        .join(Partner.__table__, partner.id == entry_partners.c.partner_id)
        .where(entry_partners.c.entry_id.in_(ids), partner.deleted_at.is_(None))
        .order_by(partner.name, partner.id)
    ):
        partners.setdefault(entry_id, []).append((partner_id, name))
    return people, partners


def _follow_ups(session: Session, today: date) -> list[TodayItem]:
    # A snoozed follow-up stays away until its snooze ends.
    end_of_today = datetime.combine(today + timedelta(days=1), time.min).astimezone(UTC)
    query = (
        select(*_TASK_COLUMNS)
        .where(
            _ENTRY.kind == EntryKind.FOLLOW_UP,
            _ENTRY.status == FollowUpStatus.OPEN.value,
            _ENTRY.deleted_at.is_(None),
            _ENTRY.due_date.is_not(None),
            _ENTRY.due_date <= today,
            or_(_ENTRY.snoozed_until.is_(None), _ENTRY.snoozed_until < end_of_today),
        )
        .order_by(_ENTRY.due_date, _ENTRY.due_time, _ENTRY.id)
    )
    return [
        TodayItem(
            "follow_ups",
            row.title,
            who,
            row.due_date,
            (today - row.due_date).days if row.due_date else 0,
            entry_id=row.id,
            person_ids=people,
            partner_id=partner,
            recurring=bool(row.recurrence),
        )
        for row, who, people, partner in _tasks(session, query)
    ]


def _promises(session: Session, today: date) -> list[TodayItem]:
    query = select(*_TASK_COLUMNS).where(
        _ENTRY.kind == EntryKind.COMMITMENT,
        _ENTRY.status == CommitmentStatus.OPEN.value,
        _ENTRY.deleted_at.is_(None),
        _ENTRY.due_date.is_not(None),
        _ENTRY.due_date <= today + timedelta(days=PROMISES_AHEAD_DAYS),
    )
    items = [
        TodayItem(
            "promises",
            row.title,
            who,
            row.due_date,
            (today - row.due_date).days if row.due_date else 0,
            entry_id=row.id,
            person_ids=people,
            partner_id=partner,
            owner=CommitmentOwner(row.owner) if row.owner else CommitmentOwner.ME,
        )
        for row, who, people, partner in _tasks(session, query)
    ]
    # Mine first, then by date: the promises I made are the ones that build trust.
    items.sort(key=lambda i: (i.owner is not CommitmentOwner.ME, i.due or today, i.entry_id))
    return items


def _stay_in_touch(session: Session, today: date) -> list[TodayItem]:
    items = _people_past_rhythm(session, today) + _partners_past_rhythm(session, today)
    items.sort(key=lambda i: (-i.overdue_days, i.title))
    return items


def _past_rhythm(
    ideal: int | None, too_long: int | None, last: date | None, today: date
) -> tuple[CadenceState, int] | None:
    if not ideal or ideal <= 0:
        return None
    cadence = Cadence(ideal, too_long if too_long and too_long >= ideal else None)
    state = cadence_state(cadence, last, today)
    if state not in (CadenceState.DUE, CadenceState.OVERDUE):
        return None
    late = overdue_days(cadence, last, today)
    return state, late if late is not None else ideal


def _rhythm_items(
    rows: Sequence[Any], today: date, item: Callable[[Any, date | None, int], TodayItem]
) -> list[TodayItem]:
    """Those of ``rows`` (with cadence and ``last_at`` columns) past their rhythm."""
    items = []
    for row in rows:
        last = local_date(row.last_at)
        late = _past_rhythm(row.cadence_ideal_days, row.cadence_too_long_days, last, today)
        if late is not None:
            items.append(item(row, last, late[1]))
    return items


def _latest_per_partner(kind: EntryKind) -> Subquery:
    """Columns ``partner_id`` and ``last_at``: each partner's latest entry of ``kind``."""
    return (
        select(entry_partners.c.partner_id, func.max(Entry.at).label("last_at"))
        .join(Entry, Entry.id == entry_partners.c.entry_id)
        .where(Entry.kind == kind, Entry.deleted_at.is_(None))
        .group_by(entry_partners.c.partner_id)
        .subquery()
    )


MAX_RHYTHMS = 24  # distinct rhythms in a journal beyond which every row is read instead


def _past_rhythm_where(
    session: Session, model: type[Person] | type[Partner], today: date
) -> list[Any]:
    """Live rows with a rhythm whose stored last contact may be past it: for each rhythm in
    use, never met or last met before its day (a day early, for any time zone; the exact
    test is ``_past_rhythm``'s). Read by the last-contact index, not every row with one."""
    live = [
        model.deleted_at.is_(None),
        model.archived.is_(False),
        model.cadence_ideal_days.is_not(None),
    ]
    rhythms = session.scalars(select(model.cadence_ideal_days).where(*live).distinct()).all()
    if len(rhythms) > MAX_RHYTHMS:
        return live
    last = model.last_contact_at
    return [
        *live,
        or_(
            last.is_(None),
            *(
                and_(
                    model.cadence_ideal_days == days,
                    last < datetime.combine(today - timedelta(days=days - 1), time(), UTC),
                )
                for days in rhythms
                if days is not None and days > 0
            ),
        ),
    ]


def _people_past_rhythm(session: Session, today: date) -> list[TodayItem]:
    rows = session.execute(
        select(
            Person.id,
            Person.display_name,
            Person.cadence_ideal_days,
            Person.cadence_too_long_days,
            Partner.id.label("partner_id"),
            Partner.name.label("partner"),
            Person.last_contact_at.label("last_at"),
        )
        .outerjoin(Partner, Partner.id == Person.partner_id)
        .where(*_past_rhythm_where(session, Person, today))
    ).all()
    return _rhythm_items(
        rows,
        today,
        lambda row, last, late: TodayItem(
            "stay_in_touch",
            row.display_name,
            row.partner or "",
            None,
            late,
            person_ids=(row.id,),
            partner_id=row.partner_id,
            last_contact=last,
        ),
    )


def _partners_past_rhythm(session: Session, today: date) -> list[TodayItem]:
    rows = session.execute(
        select(
            Partner.id,
            Partner.name,
            Partner.cadence_ideal_days,
            Partner.cadence_too_long_days,
            Partner.last_contact_at.label("last_at"),
        ).where(*_past_rhythm_where(session, Partner, today))
    ).all()
    return _rhythm_items(
        rows,
        today,
        lambda row, last, late: TodayItem(
            "stay_in_touch", row.name, "", None, late, partner_id=row.id, last_contact=last
        ),
    )


def _reviews(session: Session, today: date) -> list[TodayItem]:
    last_review = _latest_per_partner(EntryKind.REVIEW)
    rows = session.execute(
        select(
            Partner.id,
            Partner.name,
            Partner.review_period,
            Partner.created_at,
            last_review.c.last_at,
        )
        .outerjoin(last_review, last_review.c.partner_id == Partner.id)
        .where(
            Partner.deleted_at.is_(None),
            Partner.archived.is_(False),
            Partner.review_period.is_not(None),
            # Reviews are for partnerships that run; a dormant or ended one has none due.
            Partner.stage == PartnerStage.ACTIVE,
        )
    ).all()
    items = []
    for row in rows:
        every = REVIEW_EVERY[ReviewPeriod(row.review_period)]
        since = local_date(row.last_at) or local_date(row.created_at) or today
        due = since + timedelta(days=every)
        if due <= today:
            items.append(
                TodayItem(
                    "reviews",
                    row.name,
                    "",
                    due,
                    (today - due).days,
                    partner_id=row.id,
                    last_contact=local_date(row.last_at),
                )
            )
    items.sort(key=lambda i: (-i.overdue_days, i.title))
    return items


def _birthdays(session: Session, today: date) -> list[TodayItem]:
    days = [today + timedelta(days=n) for n in range(BIRTHDAYS_AHEAD_DAYS)]
    wanted = {(d.month, d.day): d for d in days}
    if (2, 28) in wanted and not _is_leap(today.year):
        wanted[(2, 29)] = wanted[(2, 28)]  # a 29 February birthday is kept on the 28th
    rows = session.execute(
        select(
            Person.id,
            Person.display_name,
            Person.birthday_month,
            Person.birthday_day,
            Person.birthday_year,
            Partner.id.label("partner_id"),
            Partner.name.label("partner"),
        )
        .outerjoin(Partner, Partner.id == Person.partner_id)
        .where(
            Person.deleted_at.is_(None),
            Person.archived.is_(False),
            Person.birthday_month.in_(sorted({m for m, _ in wanted})),
        )
    ).all()
    items = []
    for row in rows:
        day = wanted.get((row.birthday_month, row.birthday_day))
        if day is None:
            continue
        items.append(
            TodayItem(
                "birthdays",
                row.display_name,
                row.partner or "",
                day,
                (today - day).days,
                person_ids=(row.id,),
                partner_id=row.partner_id,
            )
        )
    items.sort(key=lambda i: (i.due or today, i.title))
    return items


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

"""One interaction, opened and edited field by field: what happened, with whom, what was
learned, and the follow-ups and promises that came out of it.

Every save is one short transaction, as the page saves as the user types. Follow-ups and
promises made here are entries of their own, linked back (``source_entry_id``) and to the
same people and partners, so they show on the timeline and in Today with their origin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    DetailCategory,
    EntryKind,
    FollowUpStatus,
    InteractionKind,
)
from partnerbook.domain.rows import PartnerRef, PersonRef
from partnerbook.domain.text import first_line, fold, storable
from partnerbook.errors import UsageError
from partnerbook.messages import Field, Problem
from partnerbook.services.capture import MAX_NOTE_BYTES
from partnerbook.services.editing import (
    apply_changes,
    boolean,
    bounded_int,
    enum_value,
    get_live,
    next_position,
    short_text,
)
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person, PersonalDetail

MAX_TOPICS = 50
MAX_LINKED = 50


@dataclass(frozen=True, slots=True)
class LinkedTask:
    """A follow-up or a promise that came out of this interaction."""

    id: int
    kind: EntryKind  # FOLLOW_UP or COMMITMENT
    title: str
    due_date: date | None
    due_time: time | None
    status: str
    owner: CommitmentOwner | None
    recurring: bool = False

    @property
    def done(self) -> bool:
        return self.status in (FollowUpStatus.DONE.value, CommitmentStatus.KEPT.value)


@dataclass(frozen=True, slots=True)
class InteractionDetail:
    id: int
    interaction_kind: InteractionKind
    at: datetime  # UTC, aware
    title: str
    body: str
    place: str | None
    warmth: int | None
    invitation_sent: bool
    agenda_shared: bool
    recap_sent: bool
    files_printed: bool
    topics: tuple[str, ...]
    people: tuple[PersonRef, ...]
    partners: tuple[PartnerRef, ...]
    tasks: tuple[LinkedTask, ...]


def _body(value: Any) -> str:
    text = "" if value is None else storable(str(value))
    size = len(text.encode("utf-8"))
    if size > MAX_NOTE_BYTES:
        raise UsageError(
            Problem.tr(
                "The notes are {size} MB; a note can hold up to 1 MB.",
                size=f"{size / 1_000_000:.1f}",
            ),
            Problem.tr("Split them, or keep the long document as a file and note where it is."),
        )
    return text


def _moment(value: Any) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise UsageError(Problem.tr("When it happened: not a date and time."))
    return value.astimezone(UTC)


def _topics(value: Any) -> str | None:
    lines = [line.strip() for line in storable(str(value or "")).splitlines() if line.strip()]
    if len(lines) > MAX_TOPICS:
        raise UsageError(Problem.tr("Topics: at most {limit}, one per line.", limit=MAX_TOPICS))
    return "\n".join(line[:500] for line in lines) or None


FIELDS = {
    "interaction_kind": enum_value(Field.tr("Kind"), InteractionKind, required=True),
    "at": _moment,
    "title": short_text(Field.tr("Title")),
    "body": _body,
    "place": short_text(Field.tr("Where")),
    "warmth": bounded_int(Field.tr("Warmth"), -2, 2),
    "invitation_sent": boolean,
    "agenda_shared": boolean,
    "recap_sent": boolean,
    "files_printed": boolean,
    "topics": _topics,
}


def _interaction(session: Session, entry_id: int) -> Entry:
    entry = get_live(session, Entry, entry_id, "note")
    if entry.kind != EntryKind.INTERACTION:
        raise UsageError(Problem.tr("That entry is not a note of a meeting, call or message."))
    return entry


def load_interaction(journal: Journal, entry_id: int) -> InteractionDetail:
    with journal.read() as session:
        entry = _interaction(session, entry_id)
        tasks = session.scalars(
            select(Entry)
            .where(Entry.source_entry_id == entry_id, Entry.deleted_at.is_(None))
            .where(Entry.kind.in_([EntryKind.FOLLOW_UP, EntryKind.COMMITMENT]))
            .order_by(Entry.id)
            .limit(MAX_LINKED)
        ).all()
        return InteractionDetail(
            id=entry.id,
            interaction_kind=entry.interaction_kind or InteractionKind.NOTE,
            at=entry.at,
            title=entry.title,
            body=entry.body,
            place=entry.place,
            warmth=entry.warmth,
            invitation_sent=bool(entry.invitation_sent),
            agenda_shared=bool(entry.agenda_shared),
            recap_sent=bool(entry.recap_sent),
            files_printed=bool(entry.files_printed),
            topics=tuple(line for line in (entry.topics or "").splitlines() if line),
            people=tuple(
                PersonRef(p.id, p.display_name) for p in entry.people if p.deleted_at is None
            ),
            partners=tuple(
                PartnerRef(p.id, p.name) for p in entry.partners if p.deleted_at is None
            ),
            tasks=tuple(
                LinkedTask(
                    t.id,
                    t.kind,
                    t.title,
                    t.due_date,
                    t.due_time,
                    t.status or "open",
                    t.owner,
                    bool(t.recurrence),
                )
                for t in tasks
            ),
        )


def save_interaction_field(journal: Journal, entry_id: int, field: str, value: Any) -> None:
    with journal.write() as session:
        entry = _interaction(session, entry_id)
        cleaned = apply_changes(entry, {field: value}, FIELDS)
        if field == "body" and not entry.title:
            entry.title = first_line(cleaned["body"])  # an untitled note is named by its start
        if field == "title" and not cleaned["title"]:
            entry.title = first_line(entry.body)


def set_people(journal: Journal, entry_id: int, person_ids: Sequence[int]) -> None:
    with journal.write() as session:
        entry = _interaction(session, entry_id)
        entry.people = [
            get_live(session, Person, pid, "person") for pid in dict.fromkeys(person_ids)
        ]


def set_partners(journal: Journal, entry_id: int, partner_ids: Sequence[int]) -> None:
    with journal.write() as session:
        entry = _interaction(session, entry_id)
        entry.partners = [
            get_live(session, Partner, pid, "partner") for pid in dict.fromkeys(partner_ids)
        ]


def add_task(
    journal: Journal,
    entry_id: int,
    text: str,
    due: date | None,
    due_time: time | None = None,
    owner: CommitmentOwner | None = None,
    recurrence: str | None = None,
) -> int:
    """A follow-up (no owner) or a promise (``owner`` me/them) out of this interaction;
    a follow-up may repeat (an RRULE, see follow_ups.every)."""
    title = " ".join(storable(text).split())
    if not title:
        raise UsageError(
            Problem.tr("Say what is to be done."), Problem.tr("Type it, then press Add.")
        )
    if owner is None and due is None:
        raise UsageError(
            Problem.tr("A follow-up needs a date."), Problem.tr("Type when, e.g. 'next tuesday'.")
        )
    if recurrence is not None:
        if owner is not None or due is None:
            raise UsageError(Problem.tr("Only a dated follow-up can repeat."))
        from partnerbook.services.follow_ups import next_occurrence

        next_occurrence(recurrence, due)  # refuses a rule it cannot read
    with journal.write() as session:
        source = _interaction(session, entry_id)
        task = Entry(
            kind=EntryKind.COMMITMENT if owner is not None else EntryKind.FOLLOW_UP,
            at=datetime.now(UTC),
            title=title[:500],
            due_date=due,
            due_time=due_time,
            owner=owner,
            recurrence=recurrence,
            status=(CommitmentStatus.OPEN if owner is not None else FollowUpStatus.OPEN).value,
            source=source,
            people=list(source.people),
            partners=list(source.partners),
        )
        session.add(task)
        session.flush()
        return task.id


def set_task_done(journal: Journal, task_id: int, done: bool) -> None:
    """Tick a follow-up done (a promise kept), or untick it back to open."""
    with journal.write() as session:
        task = get_live(session, Entry, task_id, "follow-up")
        if task.kind == EntryKind.FOLLOW_UP:
            task.status = (FollowUpStatus.DONE if done else FollowUpStatus.OPEN).value
        elif task.kind == EntryKind.COMMITMENT:
            task.status = (CommitmentStatus.KEPT if done else CommitmentStatus.OPEN).value
        else:
            raise UsageError(Problem.tr("That entry is not a follow-up or a promise."))
        task.completed_at = datetime.now(UTC) if done else None


def add_topics_to_person(
    journal: Journal, entry_id: int, person_id: int, topics: Sequence[str]
) -> list[str]:
    """Offer what was learned to the person's personal details; returns the topics added
    (those the person's details already hold, in any case or accents, are skipped)."""
    with journal.write() as session:
        source = _interaction(session, entry_id)
        person = get_live(session, Person, person_id, "person")
        known = {fold(d.text) for d in person.details if d.deleted_at is None}
        added: list[str] = []
        for topic in topics:
            cleaned = " ".join(topic.split())[:500]
            if not cleaned or fold(cleaned) in known:
                continue
            session.add(
                PersonalDetail(
                    person_id=person.id,
                    category=DetailCategory.OTHER,
                    text=cleaned,
                    learned_on=source.at.date(),
                    source_entry_id=source.id,
                    position=next_position(
                        session, PersonalDetail, PersonalDetail.person_id, person.id
                    ),
                )
            )
            session.flush()
            known.add(fold(cleaned))
            added.append(cleaned)
        return added


def new_interaction(
    journal: Journal,
    kind: InteractionKind = InteractionKind.NOTE,
    person_ids: Sequence[int] = (),
    partner_ids: Sequence[int] = (),
) -> int:
    """An empty note to fill in the editor (a meeting logged from a person's page)."""
    with journal.write() as session:
        entry = Entry(
            kind=EntryKind.INTERACTION,
            interaction_kind=kind,
            at=datetime.now(UTC),
            title="",
            body="",
            people=[get_live(session, Person, pid, "person") for pid in person_ids],
            partners=[get_live(session, Partner, pid, "partner") for pid in partner_ids],
        )
        session.add(entry)
        session.flush()
        return entry.id

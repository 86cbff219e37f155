"""Capture a note in seconds: who, what, optionally a follow-up. One short transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from partnerbook.domain.dates import When
from partnerbook.domain.enums import EntryKind, FollowUpStatus, InteractionKind
from partnerbook.domain.text import first_line, fold, storable
from partnerbook.domain.types import CapturedNote, PartnerRef, PersonRef
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.services.names import ambiguity_error, match_partners, match_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person

MAX_NOTE_BYTES = 1_000_000
MAX_NAME_LENGTH = 300


@dataclass(frozen=True, slots=True)
class NoteRequest:
    text: str
    people: Sequence[str] = ()
    partner: str | None = None
    kind: InteractionKind = InteractionKind.NOTE
    at: datetime | None = None  # aware; None means now
    follow_up: When | None = None
    person_ids: Sequence[int] = ()  # picked in a window: no name to resolve
    new_people: Sequence[str] = ()  # chosen as "new person" in a window: always created
    partner_id: int | None = None


def validate_note(text: str) -> str:
    cleaned = storable(text).strip()
    if not cleaned:
        raise UsageError(
            Problem.tr("The note is empty."),
            Problem.tr("Type what was said, e.g. partnerbook note 'Coffee…'."),
        )
    size = len(cleaned.encode("utf-8"))
    if size > MAX_NOTE_BYTES:
        raise UsageError(
            Problem.tr(
                "The note is {size} MB; a note can hold up to 1 MB of text.",
                size=f"{size / 1_000_000:.1f}",
            ),
            Problem.tr(
                "Split it into several notes, or keep the long document as a file "
                "and note where it is. Nothing was saved."
            ),
        )
    return cleaned


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(storable(name).split())
    person = what == "person"
    if not cleaned:
        raise UsageError(
            Problem.tr("The person name is empty.")
            if person
            else Problem.tr("The partner name is empty."),
            Problem.tr("Give the person's name.")
            if person
            else Problem.tr("Give the partner's name."),
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise UsageError(
            (
                Problem.tr(
                    "The person name is {length} characters long; the limit is {limit}.",
                    length=len(cleaned),
                    limit=MAX_NAME_LENGTH,
                )
                if person
                else Problem.tr(
                    "The partner name is {length} characters long; the limit is {limit}.",
                    length=len(cleaned),
                    limit=MAX_NAME_LENGTH,
                )
            ),
            Problem.tr("Use a shorter name."),
        )
    return cleaned


def _resolve_person(session: Session, name: str) -> tuple[Person, bool]:
    cleaned = _clean_name(name, "person")
    by_number = _by_number(session, Person, cleaned)
    if by_number is not None:
        return by_number, False
    match = match_people(session, cleaned)
    if len(match.found) == 1:
        return match.found[0], False
    if len(match.found) > 1:
        raise ambiguity_error("person", cleaned, [_person_label(p) for p in match.found])
    person = Person(display_name=cleaned, name_key=fold(cleaned), languages=[])
    session.add(person)
    return person, True


def _by_number(session: Session, model: type[Person], text: str) -> Person | None:
    """'#123' picks a person by number, for namesakes that no prefix can tell apart."""
    if not (text.startswith("#") and text[1:].isdigit()):
        return None
    person = session.get(model, int(text[1:]))
    if person is None or person.deleted_at is not None:
        raise UsageError(
            Problem.tr("There is no person {number}.", number=text),
            Problem.tr("Check the number, or give a name."),
        )
    return person


def _person_label(person: Person) -> str:
    parts = [f"#{person.id}", person.display_name]
    if person.partner is not None:
        parts.append(f"({person.partner.name})")
    elif person.city:
        parts.append(f"({person.city})")
    return " ".join(parts)


def _resolve_partner(session: Session, name: str) -> tuple[Partner, bool]:
    cleaned = _clean_name(name, "partner")
    match = match_partners(session, cleaned)
    if len(match.found) == 1:
        return match.found[0], False
    if len(match.found) > 1:
        raise ambiguity_error("partner", cleaned, [p.name for p in match.found])
    partner = Partner(name=cleaned, name_key=fold(cleaned))
    session.add(partner)
    return partner, True


def capture_note(journal: Journal, request: NoteRequest) -> CapturedNote:
    """Save an interaction (and its follow-up); names resolve or create people and partners."""
    text = validate_note(request.text)
    at = (request.at or datetime.now(UTC)).astimezone(UTC)
    with journal.write() as session:
        people: list[Person] = []
        created: list[Person] = []
        for person_id in request.person_ids:
            picked = session.get(Person, person_id)
            if picked is None or picked.deleted_at is not None:
                raise UsageError(
                    Problem.tr("A person picked for this note was deleted meanwhile."),
                    Problem.tr(
                        "Pick the people again. The note was not saved yet; its text is kept."
                    ),
                )
            if picked not in people:
                people.append(picked)
        for name in request.new_people:
            person = Person(
                display_name=_clean_name(name, "person"),
                name_key=fold(_clean_name(name, "person")),
                languages=[],
            )
            session.add(person)
            people.append(person)
            created.append(person)
        for name in request.people:
            person, is_new = _resolve_person(session, name)
            if person not in people:
                people.append(person)
            if is_new:
                created.append(person)
        partner, partner_is_new = (None, False)
        if request.partner_id is not None:
            partner = session.get(Partner, request.partner_id)
            if partner is None or partner.deleted_at is not None:
                raise UsageError(
                    Problem.tr("The partner picked for this note was deleted meanwhile."),
                    Problem.tr(
                        "Pick the partner again. The note was not saved yet; its text is kept."
                    ),
                )
        elif request.partner:
            partner, partner_is_new = _resolve_partner(session, request.partner)
            for person in created:
                person.partner = partner  # someone new, met through this partner: works there
        title = first_line(text)
        entry = Entry(
            kind=EntryKind.INTERACTION,
            interaction_kind=request.kind,
            at=at,
            title=title,
            body=text,
            people=list(people),
            partners=[partner] if partner else [],
        )
        session.add(entry)
        follow_up = None
        if request.follow_up is not None:
            follow_up = Entry(
                kind=EntryKind.FOLLOW_UP,
                at=datetime.now(UTC),
                title=title,
                due_date=request.follow_up.day,
                due_time=request.follow_up.time_of_day,
                status=FollowUpStatus.OPEN.value,
                source=entry,
                people=list(people),
                partners=[partner] if partner else [],
            )
            session.add(follow_up)
        session.flush()
        return CapturedNote(
            entry_id=entry.id,
            kind=request.kind,
            at=at,
            title=title,
            people=tuple(PersonRef(p.id, p.display_name) for p in people),
            created_people=tuple(PersonRef(p.id, p.display_name) for p in created),
            partner=PartnerRef(partner.id, partner.name) if partner else None,
            created_partner=partner_is_new,
            follow_up_id=follow_up.id if follow_up else None,
            follow_up_due=follow_up.due_date if follow_up else None,
        )

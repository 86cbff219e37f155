"""People: the list, a person's page, and every edit made on it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerbook.domain.enums import (
    Certainty,
    ContactKind,
    DetailCategory,
    MotivationKind,
    StakeholderRole,
)
from partnerbook.domain.rows import PartnerRef, PersonRef, PersonRow
from partnerbook.domain.text import fold
from partnerbook.errors import UsageError
from partnerbook.messages import Field, Problem
from partnerbook.services.contact_history import local_date, state_of
from partnerbook.services.editing import (
    SatelliteSpec,
    apply_changes,
    boolean,
    bounded_int,
    count_live,
    days,
    enum_value,
    get_live,
    long_text,
    optional_date,
    refs_containing,
    short_text,
    string_list,
    tags_for,
    trash,
    untrash,
)
from partnerbook.services.editing import (
    page_filter as _page_filter,
)
from partnerbook.store.engine import Journal

if TYPE_CHECKING:
    from partnerbook.domain.records import PersonDetail
from partnerbook.store.models import (
    Affiliation,
    ContactMethod,
    Motivation,
    Partner,
    Person,
    PersonalDetail,
    Tag,
    person_tags,
)

PAGE_SIZE = 500

PERSON_FIELDS = {
    "display_name": short_text(Field.tr("The name"), required=True),
    "given_name": short_text(Field.tr("The given name"), limit=200),
    "family_name": short_text(Field.tr("The family name"), limit=200),
    "role": short_text(Field.tr("The role"), limit=200),
    "stakeholder_role": enum_value(Field.tr("The stakeholder role"), StakeholderRole),
    "department": short_text(Field.tr("The department"), limit=200),
    "city": short_text(Field.tr("The city"), limit=200),
    "country": short_text(Field.tr("The country"), limit=200),
    "languages": string_list(Field.tr("Languages")),
    "birthday_month": bounded_int(Field.tr("The birthday month"), 1, 12),
    "birthday_day": bounded_int(Field.tr("The birthday day"), 1, 31),
    "birthday_year": bounded_int(Field.tr("The birth year"), 1900, 2100),
    "how_we_met": long_text(Field.tr("How we met")),
    "met_on": optional_date(Field.tr("Met on")),
    "cadence_ideal_days": days(Field.tr("The ideal rhythm")),
    "cadence_too_long_days": days(Field.tr("'Too long'")),
    "notes": long_text(Field.tr("Notes")),
    "archived": boolean,
}


EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^[+()\d\s./-]{3,40}(\s*(ext|x|#)\.?\s*\d+)?$", re.IGNORECASE)


def _contact_key(contact: ContactMethod) -> None:
    """Refuse what cannot be an address or a number; compute the comparable key."""
    value = contact.value.strip()
    if value and contact.kind is ContactKind.EMAIL and not EMAIL_PATTERN.match(value):
        raise UsageError(
            Problem.tr("'{value}' is not an email address.", value=value),
            Problem.tr("It should look like name@example.com."),
        )
    if value and contact.kind is ContactKind.PHONE and not PHONE_PATTERN.match(value):
        raise UsageError(
            Problem.tr("'{value}' is not a phone number.", value=value),
            Problem.tr("Use digits, spaces and + ( ) -."),
        )
    if contact.kind is ContactKind.PHONE:
        contact.value_key = re.sub(r"\D", "", value)
    else:
        contact.value_key = value.casefold()


CONTACTS = SatelliteSpec(
    "contact",
    ContactMethod,
    "person_id",
    {
        "kind": enum_value(Field.tr("The kind"), ContactKind, required=True),
        "value": lambda v: short_text(Field.tr("The value"))(v) or "",
        "label": lambda v: short_text(Field.tr("The label"), limit=80)(v) or "",
        "primary": boolean,
    },
    derive=_contact_key,
)
MOTIVATIONS = SatelliteSpec(
    "motivation",
    Motivation,
    "person_id",
    {
        "kind": enum_value(Field.tr("The kind"), MotivationKind, required=True),
        "their_words": long_text(Field.tr("Their words")),
        "certainty": enum_value(Field.tr("How sure"), Certainty, required=True),
        # Left empty, a strength is the middle one (the column is required; None crashed
        # the save with an IntegrityError, found by the fuzz tests).
        "strength": lambda v: bounded_int(Field.tr("The strength"), 1, 3)(v) or 2,
        "last_confirmed": optional_date(Field.tr("Last confirmed")),
    },
)
DETAILS = SatelliteSpec(
    "personal detail",
    PersonalDetail,
    "person_id",
    {
        "category": enum_value(Field.tr("The category"), DetailCategory, required=True),
        "text": long_text(Field.tr("The detail")),
        "learned_on": optional_date(Field.tr("Learned on")),
    },
)


# --- the list -----------------------------------------------------------------------------


def count_people(journal: Journal, *, with_archived: bool = True) -> int:
    return count_live(journal, Person, with_archived=with_archived)


def people_rows(
    journal: Journal,
    after_id: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
    ids: Sequence[int] | None = None,
) -> tuple[PersonRow, ...]:
    """One page of the People list, in id order (the view sorts and filters)."""
    today = today or date.today()
    # Core columns, not ORM attributes: the list is on the start-up path, and a first ORM
    # query configures every mapper (tens of milliseconds) before the window can paint.
    person, partner = Person.__table__.c, Partner.__table__.c
    with journal.read() as session:
        rows = session.execute(
            select(
                person.id,
                person.display_name,
                partner.name,
                person.role,
                person.city,
                person.country,
                person.cadence_ideal_days,
                person.cadence_too_long_days,
                person.archived,
                person.last_contact_at,
            )
            .select_from(
                Person.__table__.outerjoin(Partner.__table__, partner.id == person.partner_id)
            )
            .where(person.deleted_at.is_(None), *_page_filter(person.id, after_id, ids))
            .order_by(person.id)
            .limit(limit if ids is None else None)
        ).all()
        tags = _tags_of(session, [row.id for row in rows])
    result = []
    for row in rows:
        last_day = local_date(row.last_contact_at)
        result.append(
            PersonRow(
                id=row.id,
                display_name=row.display_name,
                partner=row.name,
                role=row.role,
                city=row.city,
                country=row.country,
                tags=tuple(tags.get(row.id, ())),
                last_contact=last_day,
                cadence_state=state_of(
                    row.cadence_ideal_days, row.cadence_too_long_days, last_day, today
                ),
                archived=row.archived,
            )
        )
    return tuple(result)


def _tags_of(session: Session, person_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if person_ids:
        tag = Tag.__table__.c
        for person_id, name in session.execute(
            select(person_tags.c.person_id, tag.name)
            .join(Tag.__table__, tag.id == person_tags.c.tag_id)
            .where(person_tags.c.person_id.in_(person_ids), tag.deleted_at.is_(None))
            .order_by(tag.key)
        ):
            found[person_id].append(name)
    return found


def people_refs(journal: Journal, query: str = "", limit: int = 20) -> tuple[PersonRef, ...]:
    """For pickers: people whose folded name contains the folded query."""
    found = refs_containing(journal, Person.id, Person.display_name, Person.name_key, query, limit)
    return tuple(PersonRef(*ref) for ref in found)


# --- one person ---------------------------------------------------------------------------


def get_person(journal: Journal, person_id: int, today: date | None = None) -> PersonDetail:
    today = today or date.today()
    with journal.read() as session:
        person = get_live(session, Person, person_id, "person")
        return _detail(person, local_date(person.last_contact_at), today)


def _detail(person: Person, last_contact: date | None, today: date) -> PersonDetail:
    # Imported here: the window's first paint needs the list's rows, not the pages' records.
    from partnerbook.domain.records import (
        AffiliationRecord,
        ContactRecord,
        DetailRecord,
        MotivationRecord,
        PersonDetail,
    )

    def alive(items: list[Any]) -> list[Any]:
        return [item for item in items if item.deleted_at is None]

    return PersonDetail(
        id=person.id,
        version=person.version,
        display_name=person.display_name,
        given_name=person.given_name,
        family_name=person.family_name,
        partner=_partner_ref(person.partner),
        role=person.role,
        stakeholder_role=person.stakeholder_role,
        department=person.department,
        city=person.city,
        country=person.country,
        languages=tuple(person.languages or ()),
        birthday_month=person.birthday_month,
        birthday_day=person.birthday_day,
        birthday_year=person.birthday_year,
        how_we_met=person.how_we_met,
        met_on=person.met_on,
        introduced_by=(
            PersonRef(person.introduced_by.id, person.introduced_by.display_name)
            if person.introduced_by is not None and person.introduced_by.deleted_at is None
            else None
        ),
        cadence_ideal_days=person.cadence_ideal_days,
        cadence_too_long_days=person.cadence_too_long_days,
        notes=person.notes,
        archived=person.archived,
        tags=tuple(tag.name for tag in person.tags if tag.deleted_at is None),
        contacts=tuple(
            ContactRecord(c.id, c.kind, c.value, c.label, c.primary) for c in alive(person.contacts)
        ),
        motivations=tuple(
            MotivationRecord(m.id, m.kind, m.their_words, m.certainty, m.strength, m.last_confirmed)
            for m in alive(person.motivations)
        ),
        details=tuple(
            DetailRecord(d.id, d.category, d.text, d.learned_on) for d in alive(person.details)
        ),
        affiliations=tuple(
            AffiliationRecord(
                a.id, _partner_ref(a.partner), a.role, a.stakeholder_role, a.since, a.until
            )
            for a in sorted(
                alive(person.affiliations), key=lambda a: a.until or date.max, reverse=True
            )
        ),
        last_contact=last_contact,
        cadence_state=state_of(
            person.cadence_ideal_days, person.cadence_too_long_days, last_contact, today
        ),
    )


def _partner_ref(partner: Partner | None) -> PartnerRef | None:
    if partner is None or partner.deleted_at is not None:
        return None
    return PartnerRef(partner.id, partner.name)


def create_person(journal: Journal, display_name: str, **fields: Any) -> int:
    with journal.write() as session:
        person = Person(languages=[])
        apply_changes(person, {"display_name": display_name, **fields}, PERSON_FIELDS)
        person.name_key = fold(person.display_name)
        session.add(person)
        session.flush()
        return person.id


def update_person(journal: Journal, person_id: int, changes: Mapping[str, Any]) -> None:
    """Plain fields, tags and who introduced them; the partner has its own operation."""
    changes = dict(changes)
    with journal.write() as session:
        person = get_live(session, Person, person_id, "person")
        tags = changes.pop("tags", None)
        introduced_by = changes.pop("introduced_by_id", ...)
        apply_changes(person, changes, PERSON_FIELDS)
        if "display_name" in changes:
            person.name_key = fold(person.display_name)
        if tags is not None:
            person.tags = tags_for(session, tags)
        if introduced_by is not ...:
            person.introduced_by_id = _introducer(session, person_id, introduced_by)


def _introducer(session: Session, person_id: int, value: Any) -> int | None:
    if value in (None, ""):
        return None
    introducer_id = int(value)
    if introducer_id == person_id:
        raise UsageError(
            Problem.tr("Nobody introduces themselves."),
            Problem.tr("Pick the person who introduced them."),
        )
    get_live(session, Person, introducer_id, "person")
    return introducer_id


@dataclass(frozen=True, slots=True)
class PartnerChange:
    """What ``change_partner`` did, so that undo can take exactly that back."""

    person_id: int
    old_partner_id: int | None
    old_role: str | None
    old_stakeholder_role: StakeholderRole | None
    new_partner_id: int | None
    history_id: int | None


def change_partner(
    journal: Journal, person_id: int, partner_id: int | None, today: date | None = None
) -> PartnerChange:
    """Move a person to another partner; the old partner and role stay in their history."""
    today = today or date.today()
    with journal.write() as session:
        person = get_live(session, Person, person_id, "person")
        if partner_id is not None:
            get_live(session, Partner, partner_id, "partner")
        old = (person.partner_id, person.role, person.stakeholder_role)
        history_id = None
        if person.partner_id is not None and person.partner_id != partner_id:
            history = Affiliation(
                person_id=person.id,
                partner_id=person.partner_id,
                role=person.role,
                stakeholder_role=person.stakeholder_role,
                until=today,
            )
            session.add(history)
            session.flush()
            history_id = history.id
        person.partner_id = partner_id
        return PartnerChange(person_id, old[0], old[1], old[2], partner_id, history_id)


def undo_partner_change(journal: Journal, change: PartnerChange) -> None:
    with journal.write() as session:
        person = get_live(session, Person, change.person_id, "person")
        person.partner_id = change.old_partner_id
        person.role = change.old_role
        person.stakeholder_role = change.old_stakeholder_role
        if change.history_id is not None:
            history = session.get(Affiliation, change.history_id)
            if history is not None:
                session.delete(history)


def delete_person(journal: Journal, person_id: int) -> None:
    trash(journal, Person, person_id, "person")


def restore_person(journal: Journal, person_id: int) -> None:
    untrash(journal, Person, person_id, "person")

"""The text each person, partner and entry is found by: one place decides what is searchable.

Read with portable Core queries, so a PostgreSQL search can index the same documents.
A document has up to three fields, weighted apart by the index: its name (or title), its
body (everything else it says), and for entries the names of its people and partners.
Trashed rows have no document: they leave the index and come back with an undo.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from partnerbook.domain.search import HitKind
from partnerbook.store.models import (
    ContactMethod,
    Entry,
    FitAssessment,
    Motivation,
    Partner,
    Person,
    PersonalDetail,
    ReviewKpi,
    Tag,
    ValueItem,
    entry_partners,
    entry_people,
    partner_kinds,
    partner_tags,
    person_tags,
)

SEPARATOR = "\n"


@dataclass(frozen=True, slots=True)
class SearchDoc:
    kind: HitKind
    id: int
    name: str
    body: str
    names: str = ""


def _joined(parts: Iterable[str | None]) -> str:
    return SEPARATOR.join(part.strip() for part in parts if part and part.strip())


def _grouped(connection: Connection, query: object) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner, text in connection.execute(query):  # type: ignore[call-overload]
        if text:
            found[owner].append(str(text))
    return found


def people_docs(connection: Connection, ids: Sequence[int]) -> list[SearchDoc]:
    if not ids:
        return []
    rows = connection.execute(
        select(
            Person.id,
            Person.display_name,
            Person.given_name,
            Person.family_name,
            Person.role,
            Person.department,
            Person.city,
            Person.country,
            Person.how_we_met,
            Person.notes,
            Partner.name,
        )
        .outerjoin(Partner, (Partner.id == Person.partner_id) & Partner.deleted_at.is_(None))
        .where(Person.id.in_(ids), Person.deleted_at.is_(None))
    ).all()
    live = [row[0] for row in rows]
    motivations = _grouped(
        connection,
        select(Motivation.person_id, Motivation.their_words).where(
            Motivation.person_id.in_(live), Motivation.deleted_at.is_(None)
        ),
    )
    details = _grouped(
        connection,
        select(PersonalDetail.person_id, PersonalDetail.text).where(
            PersonalDetail.person_id.in_(live), PersonalDetail.deleted_at.is_(None)
        ),
    )
    contacts = _grouped(
        connection,
        select(ContactMethod.person_id, ContactMethod.value).where(
            ContactMethod.person_id.in_(live), ContactMethod.deleted_at.is_(None)
        ),
    )
    tags = _grouped(
        connection,
        select(person_tags.c.person_id, Tag.name)
        .join(Tag, Tag.id == person_tags.c.tag_id)
        .where(person_tags.c.person_id.in_(live)),
    )
    docs = []
    for row in rows:
        person_id = row[0]
        docs.append(
            SearchDoc(
                HitKind.PERSON,
                person_id,
                _joined([row[1]] + [n for n in (row[2], row[3]) if n and n not in (row[1] or "")]),
                _joined(
                    [
                        row[4],
                        row[5],
                        row[10],
                        row[6],
                        row[7],
                        *tags.get(person_id, ()),
                        *motivations.get(person_id, ()),
                        *details.get(person_id, ()),
                        row[8],
                        row[9],
                        *contacts.get(person_id, ()),
                    ]
                ),
            )
        )
    return docs


def partner_docs(connection: Connection, ids: Sequence[int]) -> list[SearchDoc]:
    if not ids:
        return []
    rows = connection.execute(
        select(
            Partner.id,
            Partner.name,
            Partner.city,
            Partner.country,
            Partner.website,
            Partner.notes,
            Partner.agreement_scope,
            Partner.agreement_responsibilities,
            Partner.agreement_revenue_share,
            Partner.agreement_terms,
        ).where(Partner.id.in_(ids), Partner.deleted_at.is_(None))
    ).all()
    live = [row[0] for row in rows]
    values = _grouped(
        connection,
        select(ValueItem.partner_id, ValueItem.text).where(
            ValueItem.partner_id.in_(live), ValueItem.deleted_at.is_(None)
        ),
    )
    kinds = _grouped(
        connection,
        select(partner_kinds.c.partner_id, partner_kinds.c.kind).where(
            partner_kinds.c.partner_id.in_(live)
        ),
    )
    tags = _grouped(
        connection,
        select(partner_tags.c.partner_id, Tag.name)
        .join(Tag, Tag.id == partner_tags.c.tag_id)
        .where(partner_tags.c.partner_id.in_(live)),
    )
    fit = _grouped(
        connection,
        select(FitAssessment.partner_id, FitAssessment.notes).where(
            FitAssessment.partner_id.in_(live), FitAssessment.deleted_at.is_(None)
        ),
    )
    return [
        SearchDoc(
            HitKind.PARTNER,
            row[0],
            row[1] or "",
            _joined(
                [
                    *kinds.get(row[0], ()),
                    row[2],
                    row[3],
                    *tags.get(row[0], ()),
                    *values.get(row[0], ()),
                    row[5],
                    row[6],
                    row[7],
                    row[8],
                    row[9],
                    *fit.get(row[0], ()),
                    row[4],
                ]
            ),
        )
        for row in rows
    ]


def entry_docs(connection: Connection, ids: Sequence[int]) -> list[SearchDoc]:
    if not ids:
        return []
    rows = connection.execute(
        select(
            Entry.id,
            Entry.title,
            Entry.body,
            Entry.place,
            Entry.topics,
            Entry.referred_name,
            Entry.next_steps,
        ).where(Entry.id.in_(ids), Entry.deleted_at.is_(None))
    ).all()
    live = [row[0] for row in rows]
    people = _grouped(
        connection,
        select(entry_people.c.entry_id, Person.display_name)
        .join(Person, Person.id == entry_people.c.person_id)
        .where(entry_people.c.entry_id.in_(live), Person.deleted_at.is_(None)),
    )
    partners = _grouped(
        connection,
        select(entry_partners.c.entry_id, Partner.name)
        .join(Partner, Partner.id == entry_partners.c.partner_id)
        .where(entry_partners.c.entry_id.in_(live), Partner.deleted_at.is_(None)),
    )
    kpis = _grouped(
        connection,
        select(ReviewKpi.entry_id, ReviewKpi.name).where(
            ReviewKpi.entry_id.in_(live), ReviewKpi.deleted_at.is_(None)
        ),
    )
    return [
        SearchDoc(
            HitKind.ENTRY,
            row[0],
            row[1] or "",
            _joined([row[2], row[3], row[4], row[5], row[6], *kpis.get(row[0], ())]),
            _joined([*people.get(row[0], ()), *partners.get(row[0], ())]),
        )
        for row in rows
    ]


LOADERS = {
    HitKind.PERSON: people_docs,
    HitKind.PARTNER: partner_docs,
    HitKind.ENTRY: entry_docs,
}


def load_docs(connection: Connection, kind: HitKind, ids: Sequence[int]) -> list[SearchDoc]:
    """The documents of these rows (trashed or missing ones left out), in chunks."""
    found: list[SearchDoc] = []
    ids = list(ids)
    for start in range(0, len(ids), 500):
        found.extend(LOADERS[kind](connection, ids[start : start + 500]))
    return found

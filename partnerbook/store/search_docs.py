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

from sqlalchemy import BindParameter, Connection, Executable, bindparam, select

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


# Every query below is built once, its ids bound as one list: documents are read for
# every write and every search, and building a query costs more than running it.
_IDS: BindParameter[int] = bindparam("ids", expanding=True)


def _grouped(connection: Connection, query: Executable, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner, text in connection.execute(query, {"ids": ids}):
        if text:
            found[owner].append(str(text))
    return found


_PEOPLE = (
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
    .where(Person.id.in_(_IDS), Person.deleted_at.is_(None))
)
_MOTIVATIONS = select(Motivation.person_id, Motivation.their_words).where(
    Motivation.person_id.in_(_IDS), Motivation.deleted_at.is_(None)
)
_DETAILS = select(PersonalDetail.person_id, PersonalDetail.text).where(
    PersonalDetail.person_id.in_(_IDS), PersonalDetail.deleted_at.is_(None)
)
_CONTACTS = select(ContactMethod.person_id, ContactMethod.value).where(
    ContactMethod.person_id.in_(_IDS), ContactMethod.deleted_at.is_(None)
)
_PERSON_TAGS = (
    select(person_tags.c.person_id, Tag.name)
    .join(Tag, Tag.id == person_tags.c.tag_id)
    .where(person_tags.c.person_id.in_(_IDS))
)


def people_docs(connection: Connection, ids: Sequence[int]) -> list[SearchDoc]:
    if not ids:
        return []
    rows = connection.execute(_PEOPLE, {"ids": list(ids)}).all()
    live = [row[0] for row in rows]
    motivations = _grouped(connection, _MOTIVATIONS, live)
    details = _grouped(connection, _DETAILS, live)
    contacts = _grouped(connection, _CONTACTS, live)
    tags = _grouped(connection, _PERSON_TAGS, live)
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


_PARTNERS = select(
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
).where(Partner.id.in_(_IDS), Partner.deleted_at.is_(None))
_VALUES = select(ValueItem.partner_id, ValueItem.text).where(
    ValueItem.partner_id.in_(_IDS), ValueItem.deleted_at.is_(None)
)
_KINDS = select(partner_kinds.c.partner_id, partner_kinds.c.kind).where(
    partner_kinds.c.partner_id.in_(_IDS)
)
_PARTNER_TAGS = (
    select(partner_tags.c.partner_id, Tag.name)
    .join(Tag, Tag.id == partner_tags.c.tag_id)
    .where(partner_tags.c.partner_id.in_(_IDS))
)
_FIT = select(FitAssessment.partner_id, FitAssessment.notes).where(
    FitAssessment.partner_id.in_(_IDS), FitAssessment.deleted_at.is_(None)
)


def partner_docs(connection: Connection, ids: Sequence[int]) -> list[SearchDoc]:
    if not ids:
        return []
    rows = connection.execute(_PARTNERS, {"ids": list(ids)}).all()
    live = [row[0] for row in rows]
    values = _grouped(connection, _VALUES, live)
    kinds = _grouped(connection, _KINDS, live)
    tags = _grouped(connection, _PARTNER_TAGS, live)
    fit = _grouped(connection, _FIT, live)
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


_ENTRIES = select(
    Entry.id,
    Entry.title,
    Entry.body,
    Entry.place,
    Entry.topics,
    Entry.referred_name,
    Entry.next_steps,
).where(Entry.id.in_(_IDS), Entry.deleted_at.is_(None))
_ENTRY_PEOPLE = (
    select(entry_people.c.entry_id, Person.display_name)
    .join(Person, Person.id == entry_people.c.person_id)
    .where(entry_people.c.entry_id.in_(_IDS), Person.deleted_at.is_(None))
)
_ENTRY_PARTNERS = (
    select(entry_partners.c.entry_id, Partner.name)
    .join(Partner, Partner.id == entry_partners.c.partner_id)
    .where(entry_partners.c.entry_id.in_(_IDS), Partner.deleted_at.is_(None))
)
_KPIS = select(ReviewKpi.entry_id, ReviewKpi.name).where(
    ReviewKpi.entry_id.in_(_IDS), ReviewKpi.deleted_at.is_(None)
)


def entry_docs(connection: Connection, ids: Sequence[int]) -> list[SearchDoc]:
    if not ids:
        return []
    rows = connection.execute(_ENTRIES, {"ids": list(ids)}).all()
    live = [row[0] for row in rows]
    people = _grouped(connection, _ENTRY_PEOPLE, live)
    partners = _grouped(connection, _ENTRY_PARTNERS, live)
    kpis = _grouped(connection, _KPIS, live)
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

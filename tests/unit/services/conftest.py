from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from partnerbook.domain.enums import CommitmentOwner, EntryKind, InteractionKind
from partnerbook.domain.text import fold
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person


@pytest.fixture
def add_person(journal: Journal) -> Callable[..., int]:
    def add(name: str, **fields: object) -> int:
        with journal.write() as session:
            person = Person(display_name=name, name_key=fold(name), languages=[], **fields)
            session.add(person)
            session.flush()
            return person.id

    return add


@pytest.fixture
def add_partner(journal: Journal) -> Callable[..., int]:
    def add(name: str, **fields: object) -> int:
        with journal.write() as session:
            partner = Partner(name=name, name_key=fold(name), **fields)
            session.add(partner)
            session.flush()
            return partner.id

    return add


@pytest.fixture
def add_entry(journal: Journal) -> Callable[..., int]:
    def add(
        kind: EntryKind,
        title: str,
        *,
        people: tuple[int, ...] = (),
        partners: tuple[int, ...] = (),
        at: datetime | None = None,
        due: date | None = None,
        status: str | None = None,
        owner: CommitmentOwner | None = None,
        deleted: bool = False,
    ) -> int:
        with journal.write() as session:
            entry = Entry(
                kind=kind,
                title=title,
                at=at or datetime.now(UTC) - timedelta(hours=1),
                due_date=due,
                status=status,
                owner=owner,
                interaction_kind=InteractionKind.COFFEE if kind is EntryKind.INTERACTION else None,
                people=[session.get_one(Person, pid) for pid in people],
                partners=[session.get_one(Partner, pid) for pid in partners],
                deleted_at=datetime.now(UTC) if deleted else None,
            )
            session.add(entry)
            session.flush()
            return entry.id

    return add

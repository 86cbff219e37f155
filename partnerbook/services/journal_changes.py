"""What another process changed in the journal: people, partners and entries, by id.

The window asks when the journal's change counter (``Journal.change_counter``) moved.
Every row carries ``updated_at``; rows newer than the last look are the changes, each
reported under its owner (a motivation under its person, a value item under its partner,
a KPI under its review) and a changed note also under its people and partners (their
"last contact" moved). Rows are looked for a little before the last look too (a clock a
few milliseconds apart, a transaction committed just after another) and each version is
reported once. When the counter moved but no row says why (rows deleted outright, a
restore), ``reload`` says "assume everything changed".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerbook.store.engine import Journal
from partnerbook.store.models import (
    OWNED_BY,
    Entry,
    Partner,
    Person,
    entry_partners,
    entry_people,
)

OVERLAP = timedelta(seconds=5)
PEOPLE, PARTNERS, ENTRIES = "people", "partners", "entries"

_KINDS = {Person: PEOPLE, Partner: PARTNERS, Entry: ENTRIES}
# (kind reported, model, the column naming the owner)
_SOURCES: tuple[tuple[str, Any, Any], ...] = tuple(
    (_KINDS[owner], model, getattr(model, attribute))
    for model, (owner, attribute) in OWNED_BY.items()
)


@dataclass(frozen=True, slots=True)
class Changed:
    """Ids changed since the last look, each with the newest ``updated_at`` seen."""

    people: dict[int, datetime] = field(default_factory=dict)
    partners: dict[int, datetime] = field(default_factory=dict)
    entries: dict[int, datetime] = field(default_factory=dict)
    reload: bool = False  # something changed that no row shows: refresh everything

    def __bool__(self) -> bool:
        return bool(self.people or self.partners or self.entries or self.reload)


class ChangeTracker:
    """Remembers the last look; ``changes()`` says what is newer (the first call only
    takes the mark: what the window already shows is not a change)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._mark: datetime | None = None
        self._seen: dict[tuple[str, str, int], datetime] = {}
        self._fingerprint: tuple[Any, ...] | None = None
        self.changes()

    def changes(self) -> Changed:
        with self._journal.read() as session:
            fingerprint = _fingerprint(session)
            first = self._mark is None
            mark = _newest(session) if self._mark is None else self._mark
            found: dict[str, dict[int, datetime]] = {PEOPLE: {}, PARTNERS: {}, ENTRIES: {}}
            newest = mark
            for kind, model, owner in _SOURCES:
                rows = session.execute(
                    select(owner, model.updated_at).where(model.updated_at > mark - OVERLAP)
                ).all()
                for owner_id, updated in rows:
                    if owner_id is None or updated is None:
                        continue
                    newest = max(newest, updated)
                    key = (kind, model.__tablename__, int(owner_id))
                    if self._seen.get(key) == updated:
                        continue  # this version was reported already
                    self._seen[key] = updated
                    mine = found[kind]
                    mine[int(owner_id)] = max(updated, mine.get(int(owner_id), updated))
            if found[ENTRIES] and not first:
                _add_entry_owners(session, found)
        self._mark = newest
        horizon = newest - OVERLAP
        self._seen = {key: when for key, when in self._seen.items() if when > horizon}
        previous, self._fingerprint = self._fingerprint, fingerprint
        if first:  # what the window shows already is not a change
            return Changed()
        unexplained = fingerprint != previous and not any(found.values())
        return Changed(found[PEOPLE], found[PARTNERS], found[ENTRIES], reload=unexplained)


def _add_entry_owners(session: Session, found: dict[str, dict[int, datetime]]) -> None:
    """A note changed: its people's and partners' rows (last contact) changed with it."""
    entries = found[ENTRIES]
    ids = list(entries)
    for table, column, kind in (
        (entry_people, entry_people.c.person_id, PEOPLE),
        (entry_partners, entry_partners.c.partner_id, PARTNERS),
    ):
        rows = session.execute(select(table.c.entry_id, column).where(table.c.entry_id.in_(ids)))
        for entry_id, owner_id in rows:
            when = entries[int(entry_id)]
            mine = found[kind]
            mine[int(owner_id)] = max(when, mine.get(int(owner_id), when))


def _newest(session: Session) -> datetime:
    newest = [
        session.scalar(select(func.max(model.updated_at))) for model in (Person, Partner, Entry)
    ]
    known = [when for when in newest if when is not None]
    return max(known) if known else datetime(1970, 1, 1, tzinfo=UTC)


def _fingerprint(session: Session) -> tuple[Any, ...]:
    """How many rows and the highest id of each main table: moves when rows go outright."""
    return tuple(
        session.execute(select(func.count(model.id), func.max(model.id))).one()
        for model in (Person, Partner, Entry)
    )

"""Keeps the search index current on every write, whatever database holds the journal.

Every write session reports, after each flush, which people, partners and entries it
touched (a motivation or a personal detail touches its person, a value item its partner,
a renamed person every entry that names them); their documents are written again in the
same transaction, so the index can never disagree with a committed row. Bulk loads (the
demo) call ``rebuild``. The index itself is the backend's: FTS5 on SQLite; another
database gets its own module with the same functions (``write``, ``rebuild``,
``match_expression``, ``matches`` and ``read_matches``, ``newest_ids``, ``ids_matching``,
``problems``). Where there is none, name suggestions use their portable LIKE query.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, inspect, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from partnerbook.domain.search import HitKind
from partnerbook.store.engine import SEARCH_DIALECT
from partnerbook.store.models import (
    OWNED_BY,
    Entry,
    Partner,
    Person,
    entry_partners,
    entry_people,
)

_TOUCHED = "partnerbook_search_touched"
_RENAMED = "partnerbook_search_renamed"
_BACKEND = SEARCH_DIALECT  # session.info: the database's kind, where it has a search module
_DEFERRED = "partnerbook_search_deferred"


def backend_for(dialect_name: str) -> ModuleType | None:
    """The search module for this kind of database, or None where there is none yet.
    Loaded on first use (the first write or search), not when a journal opens: a window's
    first paint never needs it."""
    if dialect_name == "sqlite":
        from partnerbook.store import search_fts

        return search_fts
    return None


def is_search_table(name: str) -> bool:
    """The index's own tables (and FTS5's shadow tables): not part of the models."""
    return name.startswith("search_")


_KINDS = {Person: HitKind.PERSON, Partner: HitKind.PARTNER, Entry: HitKind.ENTRY}


def _owner(obj: object) -> tuple[HitKind, int | None] | None:
    owned = OWNED_BY.get(type(obj))
    if owned is None:
        return None
    owner, attribute = owned
    return _KINDS[owner], getattr(obj, attribute)


def _renamed(obj: object) -> bool:
    attribute = (
        "display_name"
        if isinstance(obj, Person)
        else ("name" if isinstance(obj, Partner) else None)
    )
    if attribute is None:
        return False
    state = inspect(obj)
    return bool(
        state.attrs[attribute].history.has_changes()
        or state.attrs["deleted_at"].history.has_changes()
    )


def after_flush(session: Session, _context: Any) -> None:
    """What this flush touched (the journal's write sessions call it: ``engine.Journal``)."""
    touched: dict[HitKind, set[int]] = session.info.setdefault(_TOUCHED, {})
    renamed: set[tuple[HitKind, int]] = session.info.setdefault(_RENAMED, set())
    new = session.new  # made anew on every read of it: a bulk flush holds thousands
    for obj in (*new, *session.dirty, *session.deleted):
        owner = _owner(obj)
        if owner is None or owner[1] is None:
            continue
        touched.setdefault(owner[0], set()).add(owner[1])
        if obj not in new and _renamed(obj):
            renamed.add((owner[0], owner[1]))


def after_flush_postexec(session: Session, _context: Any) -> None:
    """Their documents written again, in the same transaction."""
    touched: dict[HitKind, set[int]] = session.info.pop(_TOUCHED, {})
    renamed: set[tuple[HitKind, int]] = session.info.pop(_RENAMED, set())
    if not touched:
        return
    deferred: dict[HitKind, set[int]] | None = session.info.get(_DEFERRED)
    if deferred is not None:  # a bulk write: the documents are written once, at its end
        for kind, ids in touched.items():
            deferred.setdefault(kind, set()).update(ids)
        session.info.setdefault(_RENAMED + "_deferred", set()).update(renamed)
        return
    _write(session, touched, renamed)


def defer(session: Session) -> None:
    """Collect what this session touches and write it with ``write_deferred``: a bulk
    import flushes hundreds of times, and each document needs writing once."""
    session.info[_DEFERRED] = {}


def write_deferred(session: Session) -> None:
    session.flush()
    touched: dict[HitKind, set[int]] = session.info.pop(_DEFERRED, None) or {}
    renamed: set[tuple[HitKind, int]] = session.info.pop(_RENAMED + "_deferred", set())
    if touched:
        _write(session, touched, renamed)


def _write(
    session: Session, touched: dict[HitKind, set[int]], renamed: set[tuple[HitKind, int]]
) -> None:
    connection = session.connection()
    for kind, owner_id in renamed:
        _add_dependants(connection, touched, kind, owner_id)
    backend = backend_for(session.info[_BACKEND])
    assert backend is not None  # installed only where there is one
    savepoint = connection.begin_nested()
    try:
        for kind in (HitKind.PERSON, HitKind.PARTNER, HitKind.ENTRY):
            ids = sorted(touched.get(kind, ()))
            if ids:
                backend.write(connection, kind, ids)
    except DatabaseError as error:
        # The user's words come first: the row is saved even if its index entry cannot
        # be, and the index is rebuilt before the next search.
        savepoint.rollback()
        if _is_storage_trouble(error):
            raise
        logging.getLogger(__name__).exception("search index write failed; marked stale")
        backend.mark_stale(connection)
    else:
        savepoint.commit()


def _is_storage_trouble(error: DatabaseError) -> bool:
    text = str(error.orig).lower()
    return any(word in text for word in ("full", "readonly", "read-only", "i/o", "locked"))


def _add_dependants(
    connection: Connection, touched: dict[HitKind, set[int]], kind: HitKind, owner_id: int
) -> None:
    """A name is part of other documents: a person's in their notes, a partner's in its
    people's and notes'."""
    entries = touched.setdefault(HitKind.ENTRY, set())
    if kind is HitKind.PERSON:
        entries.update(
            connection.execute(
                select(entry_people.c.entry_id).where(entry_people.c.person_id == owner_id)
            ).scalars()
        )
    elif kind is HitKind.PARTNER:
        entries.update(
            connection.execute(
                select(entry_partners.c.entry_id).where(entry_partners.c.partner_id == owner_id)
            ).scalars()
        )
        touched.setdefault(HitKind.PERSON, set()).update(
            connection.execute(select(Person.id).where(Person.partner_id == owner_id)).scalars()
        )


def reindex(session: Session, kind: HitKind, ids: Iterable[int]) -> None:
    """Write these documents now: for changes made with Core statements, which the session
    does not see (a partner's kinds)."""
    dialect_name: str | None = session.info.get(_BACKEND)
    backend = backend_for(dialect_name) if dialect_name is not None else None
    if backend is not None:
        session.flush()
        backend.write(session.connection(), kind, sorted(set(ids)))


def rebuild(connection: Connection) -> None:
    """Index everything again (after a bulk load)."""
    backend = backend_for(connection.dialect.name)
    if backend is not None:
        backend.rebuild(connection)

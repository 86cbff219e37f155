"""Each person's and partner's last contact, stored and kept exact on every write.

``people.last_contact_at`` and ``partners.last_contact_at`` hold the ``at`` of their
latest live interaction (None: never met), so that the lists, Today and name suggestions
read one indexed column instead of grouping every interaction. It is derived data: it is
written here only, with Core UPDATE statements (no version bump, no ``updated_at``: a
note about a person is not an edit of that person, and their page's stale-write check
must not fire for it), and always recomputed from the entries, never incremented.

The journal's write sessions call the flush hooks below (``engine.Journal``): a flush that
adds, edits (kind, moment, trash, restore) or deletes an entry, or changes whom it names,
has the last contact of everyone it named before or names now recomputed in the same
transaction. Bulk loads that bypass the session (the demo, an archive) call
``recompute_all``, as the migration that added the columns did.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, cast

from sqlalchemy import Connection, Select, Table, and_, case, func, inspect, or_, select, update
from sqlalchemy.orm import Session

from partnerbook.domain.enums import EntryKind
from partnerbook.store.models import Entry, Partner, Person, entry_partners, entry_people

_BEFORE = "partnerbook_last_contact_before"  # session.info: owners named before the flush
_ENTRIES = "partnerbook_last_contact_entries"  # session.info: entries whose links to read
_STALE = "partnerbook_last_contact_stale"  # session.info: rows whose loaded copy to expire
_CHANGES = ("kind", "at", "deleted_at", "people", "partners")
_CHUNK = 500  # ids per statement: well below any database's limit on parameters

_OWNERS: tuple[tuple[Table, Table, str], ...] = (
    (cast(Table, Person.__table__), entry_people, "person_id"),
    (cast(Table, Partner.__table__), entry_partners, "partner_id"),
)


def _latest(owner: Table, link: Table, key: str) -> Any:
    """The latest live interaction's ``at`` of the owner row being updated (correlated).

    What counts is tested inside max(), not in WHERE: then the row's own links are read by
    their index and each of its entries by id. With ``kind = 'interaction'`` in WHERE,
    SQLite walks every interaction newest first for each row instead (seconds at 100,000
    entries for the people never met)."""
    entry = Entry.__table__.c
    live_interaction = and_(entry.kind == EntryKind.INTERACTION, entry.deleted_at.is_(None))
    return (
        select(func.max(case((live_interaction, entry.at))))
        .select_from(link.join(Entry.__table__, entry.id == link.c.entry_id))
        .where(link.c[key] == owner.c.id)
        .scalar_subquery()
    )


def _values(owner: Table, link: Table, key: str) -> dict[str, Any]:
    """The new last contact, and ``updated_at`` as it was: a Core UPDATE would otherwise
    stamp it (the column's ``onupdate``), as if the user had edited the row."""
    return {"last_contact_at": _latest(owner, link, key), "updated_at": owner.c.updated_at}


def recompute(
    connection: Connection, people: Iterable[int] = (), partners: Iterable[int] = ()
) -> None:
    """These people's and partners' last contact, read again from their entries."""
    for (owner, link, key), ids in zip(_OWNERS, (people, partners), strict=True):
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), _CHUNK):
            connection.execute(
                update(owner)
                .where(owner.c.id.in_(wanted[start : start + _CHUNK]))
                .values(_values(owner, link, key))
            )


def recompute_all(connection: Connection) -> None:
    """Everyone's (after a bulk load; one statement per table)."""
    for owner, link, key in _OWNERS:
        connection.execute(update(owner).values(_values(owner, link, key)))


def mismatch_counts() -> dict[str, Select[Any]]:
    """Per table, how many rows hold a last contact their entries disagree with (for
    ``check``: whatever wrote the database, is the stored value still exact?)."""
    found = {}
    for owner, link, key in _OWNERS:
        latest = _latest(owner, link, key)
        stored = owner.c.last_contact_at
        differs = or_(
            and_(stored.is_(None), latest.is_not(None)),
            and_(stored.is_not(None), latest.is_(None)),
            stored != latest,
        )
        found[str(owner.name)] = select(func.count()).select_from(owner).where(differs)
    return found


def mismatches(connection: Connection) -> dict[str, int]:
    return {
        table: int(connection.execute(query).scalar() or 0)
        for table, query in mismatch_counts().items()
    }


# --- kept exact on every write ---------------------------------------------------------------


def _matters(entry: Entry) -> bool:
    """Whether this pending change of an entry can move someone's last contact."""
    state = inspect(entry)
    if state.pending:
        return entry.kind == EntryKind.INTERACTION
    changed = [name for name in _CHANGES if state.attrs[name].history.has_changes()]
    if not changed:
        return False
    was_interaction = (state.attrs["kind"].history.deleted[:1] or [entry.kind])[
        0
    ] == EntryKind.INTERACTION
    return was_interaction or entry.kind == EntryKind.INTERACTION


def _linked(connection: Connection, entry_ids: Collection[int]) -> tuple[set[int], set[int]]:
    """The people and the partners these entries name, as the database holds them now."""
    people: set[int] = set()
    partners: set[int] = set()
    wanted = sorted(entry_ids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for (_owner, link, key), found in zip(_OWNERS, (people, partners), strict=True):
            found.update(
                connection.execute(select(link.c[key]).where(link.c.entry_id.in_(chunk))).scalars()
            )
    return people, partners


def before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Whom the entries this flush changes or deletes name before it (unlinked people too)."""
    existing = [
        obj.id
        for obj in (*session.dirty, *session.deleted)
        if isinstance(obj, Entry)
        and obj.id is not None
        and (obj in session.deleted or _matters(obj))
    ]
    if existing:
        before = session.info.setdefault(_BEFORE, (set(), set()))
        people, partners = _linked(session.connection(), existing)
        before[0].update(people)
        before[1].update(partners)
    wanted: set[int] = session.info.setdefault(_ENTRIES, set())
    wanted.update(existing)


def after_flush(session: Session, _context: Any) -> None:
    """Whom they name after it, and everyone's last contact among both recomputed."""
    wanted: set[int] = session.info.pop(_ENTRIES, set())
    wanted.update(
        obj.id
        for obj in session.new
        if isinstance(obj, Entry) and obj.kind == EntryKind.INTERACTION
    )
    people, partners = session.info.pop(_BEFORE, (set(), set()))
    if not wanted and not people and not partners:
        return
    connection = session.connection()
    now_people, now_partners = _linked(connection, wanted)
    people |= now_people
    partners |= now_partners
    recompute(connection, people, partners)
    stale = session.info.setdefault(_STALE, (set(), set()))
    stale[0].update(people)
    stale[1].update(partners)


def after_flush_postexec(session: Session, _context: Any) -> None:
    """The session's own copies of those rows no longer hold the stored value: read it
    again when asked (expired once the flush is over, not during it)."""
    people, partners = session.info.pop(_STALE, (set(), set()))
    if not people and not partners:
        return
    for obj in list(session.identity_map.values()):
        if (isinstance(obj, Person) and obj.id in people) or (
            isinstance(obj, Partner) and obj.id in partners
        ):
            session.expire(obj, ["last_contact_at"])

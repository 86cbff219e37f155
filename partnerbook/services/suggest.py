"""Suggestions while typing a name in quick capture: three letters should be enough.

Matches ignore case and diacritics and may start any word of the name ("ngu" finds
"Nguyễn Thị Lan", "lan ngu" finds her too). Among matches, an exact name comes first,
then the people met most recently: the Lan you had coffee with last week, not a Lan
from a conference five years ago. Core queries only, so it stays quick at 10,000 people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from types import ModuleType
from typing import Any

from sqlalchemy import BindParameter, Executable, Select, bindparam, false, func, or_, select
from sqlalchemy.orm import Session

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.search import HitKind
from partnerbook.domain.text import fold
from partnerbook.domain.types import PartnerRef
from partnerbook.services.names import escape_like
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person, entry_people

CANDIDATE_LIMIT = 200
# More candidates than this: their last meetings are looked for among the latest meetings.
WALK_FROM = 40
RECENT_MEETINGS = 1000


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """One suggestion, with what tells namesakes apart."""

    id: int
    display_name: str
    partner_id: int | None
    partner: str | None
    city: str | None
    last_met: datetime | None


def suggest_people(journal: Journal, typed: str, limit: int = 8) -> tuple[PersonChoice, ...]:
    words = fold(typed).split()
    if not words:
        return ()
    key = " ".join(words)
    with journal.read() as session:
        # When the RECENT_MEETINGS-th latest meeting was (None: fewer meetings than that).
        since = session.connection().execute(_SINCE, {"recent": RECENT_MEETINGS}).scalar()
        found = {row.id: row for row in _candidates(session, journal.search, words[0])}
        # The first names in order are not all: whoever was met lately is a candidate too,
        # however far down the alphabet (typing "sa" wants the Sarah of last week's
        # coffee, not the first two hundred Sams).
        for row in _recently_met(session, words[0], since):
            found.setdefault(row.id, row)
        rows = [row for row in found.values() if _all_words_start(row.name_key, words)]
        exact = [row.id for row in rows if row.name_key == key]
        last = _last_met_of_best(session, [row.id for row in rows], exact, limit, since)
    exact_first = sorted(
        rows,
        key=lambda row: (
            row.name_key != key,
            -(last[row.id].timestamp() if row.id in last else 0.0),
            row.name_key,
        ),
    )
    return tuple(
        PersonChoice(row.id, row.display_name, row.partner_id, row.name, row.city, last.get(row.id))
        for row in exact_first[:limit]
    )


def _like_values(first: str) -> dict[str, str]:
    escaped = escape_like(first)
    return {"start": escaped + "%", "word": "% " + escaped + "%", "inside": "%" + escaped + "%"}


def _recently_met(session: Session, first: str, since: datetime | None) -> Sequence[Any]:
    """The people of the latest ``RECENT_MEETINGS`` meetings whose name matches ``first``."""
    connection = session.connection()
    values: dict[str, Any] = _like_values(first)
    values["since"] = since if since is not None else datetime.min.replace(tzinfo=UTC)
    return connection.execute(_recent_query(_has_cjk(first)), values).all()


def _candidates(session: Session, backend: ModuleType | None, first: str) -> Sequence[Any]:
    """The first ``CANDIDATE_LIMIT`` people by name whose name, or one of its words, begins
    with ``first`` (or holds it, in Chinese). The search index, where there is one and it
    is current, narrows the people to look at: its name words are a superset of these."""
    cjk = _has_cjk(first)
    values = _like_values(first)
    connection = session.connection()  # Core rows: no ORM on every keystroke
    # One letter begins a good share of all names: reading names in order finds enough of
    # them at once, and the index would hand over thousands.
    if backend is not None and (len(first) > 1 or cjk):
        expression = backend.match_expression(first, every_word_a_prefix=True)
        if expression is not None and not backend.needs_rebuild(connection):
            values["fts_expression"] = backend.in_name(expression)
            return connection.execute(_candidate_query(cjk, backend), values).all()
    return connection.execute(_candidate_query(cjk, None), values).all()


def _matching_people(cjk: bool) -> Select[int, str, str, str | None, int | None, str]:
    """People (with their partner's name) whose name, or a word of it, begins as typed."""
    return (
        select(
            Person.id,
            Person.display_name,
            Person.name_key,
            Person.city,
            Person.partner_id,
            Partner.name,
        )
        .outerjoin(Partner, Partner.id == Person.partner_id)
        .where(
            Person.deleted_at.is_(None),
            or_(
                Person.name_key.like(bindparam("start"), escape="\\"),
                Person.name_key.like(bindparam("word"), escape="\\"),
                # Chinese names have no spaces between family and given name: "芳" finds 王芳.
                Person.name_key.like(bindparam("inside"), escape="\\") if cjk else false(),
            ),
        )
    )


@lru_cache(maxsize=4)
def _recent_query(cjk: bool) -> Executable:
    met_since = (
        select(entry_people.c.person_id)
        .join(Entry, Entry.id == entry_people.c.entry_id)
        .where(
            Entry.kind == EntryKind.INTERACTION,
            Entry.at >= bindparam("since", type_=Entry.__table__.c.at.type),
        )
    )
    return _matching_people(cjk).where(Person.id.in_(met_since))


@lru_cache(maxsize=8)
def _candidate_query(cjk: bool, backend: ModuleType | None) -> Executable:
    """The candidates' query, built once (with Chinese, or narrowed by ``backend``)."""
    query = _matching_people(cjk).order_by(Person.name_key, Person.id).limit(CANDIDATE_LIMIT)
    if backend is not None:
        query = query.where(Person.id.in_(backend.ids_matching(HitKind.PERSON)))
    return query


def choices_for(journal: Journal, person_ids: list[int]) -> tuple[PersonChoice, ...]:
    """The same suggestions for people already chosen (a note about them from their page)."""
    if not person_ids:
        return ()
    query = (
        select(Person.id, Person.display_name, Person.city, Person.partner_id, Partner.name)
        .outerjoin(Partner, Partner.id == Person.partner_id)
        .where(Person.id.in_(person_ids), Person.deleted_at.is_(None))
    )
    with journal.read() as session:
        rows = {row.id: row for row in session.execute(query)}
    return tuple(
        PersonChoice(row.id, row.display_name, row.partner_id, row.name, row.city, None)
        for pid in person_ids
        if (row := rows.get(pid)) is not None
    )


def partner_refs_by_id(journal: Journal, partner_ids: list[int]) -> tuple[PartnerRef, ...]:
    query = select(Partner.id, Partner.name).where(
        Partner.id.in_(partner_ids), Partner.deleted_at.is_(None)
    )
    with journal.read() as session:
        return tuple(PartnerRef(pid, name) for pid, name in session.execute(query))


def _all_words_start(name_key: str, words: list[str]) -> bool:
    name_words = name_key.split()
    return all(
        any(w.startswith(word) for w in name_words) or (_has_cjk(word) and word in name_key)
        for word in words
    )


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text)


_IDS: BindParameter[int] = bindparam("ids", expanding=True)
_LAST_MET = (
    select(entry_people.c.person_id, func.max(Entry.at))
    .join(Entry, Entry.id == entry_people.c.entry_id)
    .where(
        entry_people.c.person_id.in_(_IDS),
        Entry.kind == EntryKind.INTERACTION,
        Entry.deleted_at.is_(None),
    )
    .group_by(entry_people.c.person_id)
)
_SINCE = (
    select(Entry.at)
    .where(Entry.kind == EntryKind.INTERACTION)
    .order_by(Entry.at.desc(), Entry.id.desc())
    .offset(bindparam("recent"))
    .limit(1)
)
_RECENT = (
    select(entry_people.c.person_id, Entry.at, Entry.id)
    .join(Entry, Entry.id == entry_people.c.entry_id)
    .where(
        Entry.kind == EntryKind.INTERACTION,
        Entry.at >= bindparam("since", type_=Entry.__table__.c.at.type),
        # "+ 0": each meeting tested against the list, not every candidate's meetings
        # looked up person by person (which is what this avoids).
        (entry_people.c.person_id + 0).in_(_IDS),
    )
    .order_by(Entry.at.desc(), Entry.id.desc())
)
_TRASHED = select(Entry.id).where(Entry.id.in_(_IDS), Entry.deleted_at.is_not(None))


def _last_met(session: Session, ids: list[int]) -> dict[int, datetime]:
    if not ids:
        return {}
    rows = session.connection().execute(_LAST_MET, {"ids": ids})
    return {pid: at for pid, at in rows if at is not None}


def _last_met_of_best(
    session: Session, ids: list[int], exact: list[int], limit: int, since: datetime | None
) -> dict[int, datetime]:
    """When each of the people shown was last met (and of others on the way).

    Many candidates have many meetings between them: rather than every one of them, the
    latest ``RECENT_MEETINGS`` meetings are read from the index of meetings by date (no
    notes read), which holds the last meeting of everyone met since. When that already
    names enough people to fill the list, nobody met earlier can be in it; else, and for
    an exact name not met lately, every candidate's meetings are read as before.
    """
    if len(ids) <= WALK_FROM:
        return _last_met(session, ids)
    connection = session.connection()
    if since is None or since.timestamp() <= 0:  # every meeting is recent: ask them all
        return _last_met(session, ids)
    recent = connection.execute(_RECENT, {"since": since, "ids": ids}).all()
    trashed = set(connection.execute(_TRASHED, {"ids": [row.id for row in recent]}).scalars())
    last: dict[int, datetime] = {}
    for person_id, at, entry_id in recent:
        if entry_id not in trashed:
            last.setdefault(person_id, at)  # newest first: the first is the last met
    exact_set = set(exact)
    if sum(1 for person_id in last if person_id not in exact_set) < limit - len(exact):
        return _last_met(session, ids)
    last.update(_last_met(session, [person_id for person_id in exact if person_id not in last]))
    return last

"""Suggestions while typing a name in quick capture: three letters should be enough.

Matches ignore case and diacritics and may start any word of the name ("ngu" finds
"Nguyễn Thị Lan", "lan ngu" finds her too). Among matches, an exact name comes first,
then the people met most recently: the Lan you had coffee with last week, not a Lan
from a conference five years ago, however far down the alphabet she is. Each person's
last meeting is stored with them (``last_contact_at``, indexed), so the people are read
newest meeting first and the reading stops at the list's length: Core queries only, the
same few rows at 10,000 people as at 100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Executable, Select, and_, bindparam, false, or_, select

from partnerbook.domain.search import HitKind
from partnerbook.domain.text import fold
from partnerbook.domain.types import PartnerRef
from partnerbook.services.names import escape_like
from partnerbook.store.engine import Journal
from partnerbook.store.models import Partner, Person

# Fewer matches than this in the search index: its ids narrow the people read. More: the
# people are read newest meeting first, and a common beginning fills the list at once.
MANY = 200


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
    if not words or limit <= 0:
        return ()
    with journal.read() as session:
        connection = session.connection()  # Core rows: no ORM on every keystroke
        values = _like_values(words)
        values["key"] = " ".join(words)
        narrowing = _narrowing(connection, journal.search, words[0], values)
        if narrowing is not None and not narrowing[1]:
            return ()  # the index knows no such name
        backend = narrowing[0] if narrowing is not None else None
        cjk = tuple(_has_cjk(word) for word in words)
        rows: list[Any] = []
        # An exact name first, met or not; then the others met, latest first; then, while
        # the list is not full, those never met, by name.
        for part in ("exact", "met", "never met"):
            values["limit"] = limit - len(rows)
            if values["limit"] <= 0:
                break
            # An exact name is found by its own index; the others among the index's few.
            narrowed = backend if part != "exact" else None
            rows.extend(connection.execute(_query(cjk, narrowed, part), values))
    return tuple(
        PersonChoice(
            row.id, row.display_name, row.partner_id, row.name, row.city, row.last_contact_at
        )
        for row in rows
    )


def _like_values(words: Sequence[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for number, word in enumerate(words):
        escaped = escape_like(word)
        values[f"start{number}"] = escaped + "%"
        values[f"word{number}"] = "% " + escaped + "%"
        values[f"inside{number}"] = "%" + escaped + "%"
    return values


def _narrowing(
    connection: Connection, backend: ModuleType | None, first: str, values: dict[str, Any]
) -> tuple[ModuleType, list[int]] | None:
    """The search module and the people its index finds for the first word (its name
    words are a superset of the matches), where it is current and they are fewer than
    ``MANY``; ``values`` then holds its expression, for the queries to narrow by."""
    if backend is None:
        return None
    expression = backend.match_expression(first, every_word_a_prefix=True)
    if expression is None or backend.needs_rebuild(connection):
        return None
    values["fts_expression"] = backend.in_name(expression)
    found: list[int] = backend.newest_ids(
        connection, HitKind.PERSON, values["fts_expression"], MANY
    )
    return (backend, found) if len(found) < MANY else None


def _word_matches(number: int, cjk: bool) -> Any:
    """The name, or a word of it, begins with the ``number``-th word typed."""
    return or_(
        Person.name_key.like(bindparam(f"start{number}"), escape="\\"),
        Person.name_key.like(bindparam(f"word{number}"), escape="\\"),
        # Chinese names have no spaces between family and given name: "芳" finds 王芳.
        Person.name_key.like(bindparam(f"inside{number}"), escape="\\") if cjk else false(),
    )


def _matching_people(
    cjk: tuple[bool, ...],
) -> Select[int, str, str, str | None, int | None, str, datetime | None]:
    """Live people (with their partner's name) whose name holds every word as typed."""
    return (
        select(
            Person.id,
            Person.display_name,
            Person.name_key,
            Person.city,
            Person.partner_id,
            Partner.name,
            Person.last_contact_at,
        )
        .outerjoin(Partner, Partner.id == Person.partner_id)
        .where(
            Person.deleted_at.is_(None),
            and_(*(_word_matches(number, is_cjk) for number, is_cjk in enumerate(cjk))),
        )
    )


@lru_cache(maxsize=32)
def _query(cjk: tuple[bool, ...], narrowed: ModuleType | None, part: str) -> Executable:
    """One part of the list's query, built once per kind of typing: the ``exact`` names,
    the others ``met`` (latest first: read from the index of last meetings, newest first,
    until the list is full) or ``never met`` (by name); ``narrowed`` by that search
    module's matches of the bound ``fts_expression``."""
    query = _matching_people(cjk)
    if narrowed is not None:
        query = query.where(Person.id.in_(narrowed.ids_matching(HitKind.PERSON)))
    if part == "exact":
        query = query.where(Person.name_key == bindparam("key"))
        # Portable "nulls last": never met after the met.
        order: tuple[Any, ...] = (Person.last_contact_at.is_(None), *_LATEST)
    elif part == "met":
        query = query.where(
            Person.name_key != bindparam("key"), Person.last_contact_at.is_not(None)
        )
        order = _LATEST
    else:
        query = query.where(Person.name_key != bindparam("key"), Person.last_contact_at.is_(None))
        order = (Person.name_key, Person.id)
    return query.order_by(*order).limit(bindparam("limit"))


_LATEST = (Person.last_contact_at.desc(), Person.name_key, Person.id)


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


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text)

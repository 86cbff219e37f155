"""Suggestions while typing a name in quick capture: three letters should be enough.

Matches ignore case and diacritics and may start any word of the name ("ngu" finds
"Nguyễn Thị Lan", "lan ngu" finds her too). Among matches, an exact name comes first,
then the people met most recently: the Lan you had coffee with last week, not a Lan
from a conference five years ago. Core queries only, so it stays quick at 10,000 people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.text import fold
from partnerbook.domain.types import PartnerRef
from partnerbook.services.names import escape_like
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person, entry_people

CANDIDATE_LIMIT = 200


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
    first = escape_like(words[0])
    query = (
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
                Person.name_key.like(first + "%", escape="\\"),
                Person.name_key.like("% " + first + "%", escape="\\"),
                # Chinese names have no spaces between family and given name: "芳" finds 王芳.
                Person.name_key.like("%" + first + "%", escape="\\")
                if _has_cjk(first)
                else false(),
            ),
        )
        .order_by(Person.name_key, Person.id)
        .limit(CANDIDATE_LIMIT)
    )
    with journal.read() as session:
        rows = [row for row in session.execute(query) if _all_words_start(row.name_key, words)]
        last = _last_met(session, [row.id for row in rows])
    key = " ".join(words)
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


def _last_met(session: Session, ids: list[int]) -> dict[int, datetime]:
    if not ids:
        return {}
    rows = session.execute(
        select(entry_people.c.person_id, func.max(Entry.at))
        .join(Entry, Entry.id == entry_people.c.entry_id)
        .where(
            entry_people.c.person_id.in_(ids),
            Entry.kind == EntryKind.INTERACTION,
            Entry.deleted_at.is_(None),
        )
        .group_by(entry_people.c.person_id)
    )
    return {pid: at for pid, at in rows if at is not None}

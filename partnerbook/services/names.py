"""Finding people and partners by what the user types: any case, no diacritics, a prefix.

An exact (folded) name wins; otherwise a unique prefix of the name, or of one of its
words, is enough ("ngu" finds "Nguyễn Thị Lan", "lan" finds her too). More than one
candidate is an ambiguity the caller reports with the candidates' names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from partnerbook.domain.text import fold
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.store.models import Partner, Person

T = TypeVar("T", Person, Partner)
MAX_CANDIDATES_SHOWN = 8


@dataclass(frozen=True, slots=True)
class NameMatch(Generic[T]):
    """The matches at the best level found: exact, else name prefix, else word prefix."""

    level: str  # "exact" | "prefix" | "word" | "none"
    found: Sequence[T]


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _match(
    session: Session, model: type[T], key_column: InstrumentedAttribute[str], query: str
) -> NameMatch[T]:
    key = fold(query)
    if not key:
        return NameMatch("none", [])
    alive = model.deleted_at.is_(None)
    levels: list[tuple[str, ColumnElement[bool]]] = [
        ("exact", key_column == key),
        ("prefix", key_column.like(escape_like(key) + "%", escape="\\")),
        ("word", or_(key_column.like("% " + escape_like(key) + "%", escape="\\"))),
    ]
    for level, condition in levels:
        rows = session.scalars(
            select(model).where(alive, condition).order_by(key_column, model.id).limit(50)
        ).all()
        if rows:
            return NameMatch(level, rows)
    return NameMatch("none", [])


def match_people(session: Session, query: str) -> NameMatch[Person]:
    return _match(session, Person, Person.name_key, query)


def match_partners(session: Session, query: str) -> NameMatch[Partner]:
    return _match(session, Partner, Partner.name_key, query)


def ambiguity_error(what: str, query: str, names: Sequence[str]) -> UsageError:
    shown = list(names[:MAX_CANDIDATES_SHOWN])
    more = len(names) - len(shown)
    listing: str = "\n".join(f"  - {name}" for name in shown)
    if more > 0:
        listing = Problem.tr("{listing}\n  … and {more} more", listing=listing, more=more)
    return UsageError(
        (
            Problem.tr(
                "'{query}' matches more than one person:\n{listing}", query=query, listing=listing
            )
            if what == "person"
            else Problem.tr(
                "'{query}' matches more than one partner:\n{listing}", query=query, listing=listing
            )
            if what == "partner"
            else Problem.tr(
                "'{query}' matches more than one {what}:\n{listing}",
                query=query,
                what=what,
                listing=listing,
            )
        ),
        Problem.tr(
            "Type more of the name to pick one, or give the number shown, e.g. --with '#12'."
        ),
    )

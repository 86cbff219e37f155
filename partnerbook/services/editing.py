"""Field-by-field editing shared by people and partners: validation, tags, satellites.

The UI saves as the user types, one field at a time, and undoes by writing the old
value back; so every edit here is small, validated, and returns what is now stored.
Removing a satellite (a motivation, an email, a value item) is a soft delete that
``restore_item`` undoes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from partnerbook.domain.text import fold, shown, storable
from partnerbook.errors import UsageError
from partnerbook.messages import Noun, Problem
from partnerbook.store.base import Audited
from partnerbook.store.engine import Journal
from partnerbook.store.models import Tag

MAX_SHORT_TEXT = 300
MAX_LONG_TEXT = 1_000_000
MAX_CADENCE_DAYS = 3650
MAX_TAGS = 100

M = TypeVar("M", bound=Audited)
Validator = Callable[[Any], Any]


class NotFoundError(UsageError):
    """The row is gone (deleted elsewhere, or a stale id)."""


# The things messages name ("That person no longer exists."), in the window's language.
_NOUNS = {
    "person": Noun.tr("person"),
    "partner": Noun.tr("partner"),
    "note": Noun.tr("note"),
    "follow-up": Noun.tr("follow-up"),
    "review": Noun.tr("review"),
    "give & take item": Noun.tr("give & take item"),
    "contact": Noun.tr("contact"),
    "motivation": Noun.tr("motivation"),
    "personal detail": Noun.tr("personal detail"),
    "benefit": Noun.tr("benefit"),
    "entry": Noun.tr("entry"),
    "promise": Noun.tr("promise"),
}


def noun(what: str) -> str:
    """``what`` as a translatable word when it is one of ours (else as it is)."""
    return _NOUNS.get(what, what)


def get_live(session: Session, model: type[M], item_id: int, what: str) -> M:
    obj = session.get(model, item_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(
            Problem.tr("That {what} no longer exists.", what=noun(what)),
            Problem.tr("It may have been deleted."),
        )
    return obj


# --- validators --------------------------------------------------------------------------


def short_text(label: str, required: bool = False, limit: int = MAX_SHORT_TEXT) -> Validator:
    """One line of text, spaces collapsed, at most ``limit`` characters (the column's
    length: PostgreSQL refuses a longer value where SQLite would keep it)."""

    def check(value: Any) -> str | None:
        text = " ".join(storable(str(value or "")).split())
        if not text:
            if required:
                raise UsageError(Problem.tr("{label} cannot be empty.", label=label))
            return None
        if len(text) > limit:
            raise UsageError(
                Problem.tr(
                    "{label} is too long ({length} characters; at most {limit}).",
                    label=label,
                    length=len(text),
                    limit=limit,
                )
            )
        return text

    return check


def long_text(label: str) -> Validator:
    def check(value: Any) -> str:
        text = storable(str(value or ""))
        if len(text.encode("utf-8")) > MAX_LONG_TEXT:
            raise UsageError(
                Problem.tr("{label} is longer than 1 MB.", label=label),
                Problem.tr("Split it, or keep the document as a file."),
            )
        return text

    return check


def days(label: str) -> Validator:
    def check(value: Any) -> int | None:
        if value in (None, ""):
            return None
        try:
            number = int(value)
        except (TypeError, ValueError) as error:
            raise UsageError(
                Problem.tr("{label} must be a number of days.", label=label)
            ) from error
        if not 1 <= number <= MAX_CADENCE_DAYS:
            raise UsageError(
                Problem.tr(
                    "{label} must be between 1 and {limit} days.",
                    label=label,
                    limit=MAX_CADENCE_DAYS,
                )
            )
        return number

    return check


def bounded_int(label: str, low: int, high: int) -> Validator:
    def check(value: Any) -> int | None:
        if value in (None, ""):
            return None
        try:
            number = int(value)
        except (TypeError, ValueError) as error:
            raise UsageError(Problem.tr("{label} must be a whole number.", label=label)) from error
        if not low <= number <= high:
            raise UsageError(
                Problem.tr(
                    "{label} must be between {low} and {high}.", label=label, low=low, high=high
                )
            )
        return number

    return check


def optional_date(label: str) -> Validator:
    def check(value: Any) -> date | None:
        if value in (None, ""):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError as error:
            raise UsageError(
                Problem.tr(
                    "{label}: '{value}' is not a date (use YYYY-MM-DD).",
                    label=label,
                    value=shown(value),
                )
            ) from error

    return check


def decimal_value(label: str) -> Validator:
    def check(value: Any) -> Decimal | None:
        if value in (None, ""):
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation as error:
            raise UsageError(Problem.tr("{label} must be a number.", label=label)) from error
        if not number.is_finite() or abs(number) >= Decimal("1e12"):
            raise UsageError(Problem.tr("{label} is out of range.", label=label))
        return number

    return check


def enum_value(label: str, enum_type: type[Any], required: bool = False) -> Validator:
    def check(value: Any) -> Any:
        if value in (None, ""):
            if required:
                raise UsageError(Problem.tr("{label} must be chosen.", label=label))
            return None
        try:
            return enum_type(value)
        except ValueError as error:
            raise UsageError(
                Problem.tr(
                    "{label}: '{value}' is not one of the choices.", label=label, value=shown(value)
                )
            ) from error

    return check


def boolean(value: Any) -> bool:
    return bool(value)


def string_list(label: str) -> Validator:
    def check(value: Any) -> list[str]:
        items = [" ".join(storable(str(v)).split()) for v in (value or ())]
        items = [v for v in items if v]
        if len(items) > MAX_TAGS:
            raise UsageError(Problem.tr("{label}: at most {limit}.", label=label, limit=MAX_TAGS))
        seen: dict[str, str] = {}
        for item in items:
            seen.setdefault(fold(item), item[:80])
        return list(seen.values())

    return check


def apply_changes(
    obj: Any, changes: Mapping[str, Any], validators: Mapping[str, Validator]
) -> dict[str, Any]:
    """Validate every change first, then apply them all (none on any error)."""
    unknown = set(changes) - set(validators)
    if unknown:
        raise UsageError(
            Problem.tr("Cannot edit {fields} here.", fields=", ".join(sorted(unknown)))
        )
    cleaned = {name: validators[name](value) for name, value in changes.items()}
    for name, value in cleaned.items():
        setattr(obj, name, value)
    return cleaned


# --- tags ---------------------------------------------------------------------------------


def tags_for(session: Session, names: Iterable[str]) -> list[Tag]:
    """The Tag rows for these names, created when new; one tag however it is typed."""
    wanted: dict[str, str] = {}
    for name in names:
        cleaned = " ".join(storable(name).split())[:80]
        if cleaned:
            wanted.setdefault(fold(cleaned), cleaned)
    if not wanted:
        return []
    existing = {
        tag.key: tag for tag in session.scalars(select(Tag).where(Tag.key.in_(list(wanted))))
    }
    result = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=name, key=key)
            session.add(tag)
        elif tag.deleted_at is not None:
            tag.deleted_at = None
        result.append(tag)
    return result


def all_tags(journal: Journal) -> tuple[str, ...]:
    with journal.read() as session:
        names = session.scalars(
            select(Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.key)
        ).all()
    return tuple(names)


# --- satellites (motivations, contact methods, details, value items...) -----------------


def next_position(session: Session, model: Any, owner_column: Any, owner_id: int) -> int:
    current = session.scalar(select(func.max(model.position)).where(owner_column == owner_id))
    return int(current or 0) + 1


def soft_delete(obj: Audited) -> None:
    obj.deleted_at = datetime.now(UTC)


def restore(obj: Audited) -> None:
    obj.deleted_at = None


class SatelliteSpec:
    """How one kind of satellite row is edited: its model, owner column and fields."""

    def __init__(
        self,
        what: str,
        model: type[Any],
        owner_field: str,
        validators: Mapping[str, Validator],
        derive: Callable[[Any], None] | None = None,
    ) -> None:
        self.what = what
        self.model = model
        self.owner_field = owner_field
        self.validators = dict(validators)
        self.derive = derive

    def add(self, journal: Journal, owner_id: int, values: Mapping[str, Any]) -> int:
        for name, validator in self.validators.items():
            if name not in values:
                validator(None)  # raises for a required field left out
        with journal.write() as session:
            obj = self.model(**{self.owner_field: owner_id})
            apply_changes(obj, values, self.validators)
            owner_column = getattr(self.model, self.owner_field)
            obj.position = next_position(session, self.model, owner_column, owner_id)
            if self.derive:
                self.derive(obj)
            session.add(obj)
            session.flush()
            return int(obj.id)

    def update(self, journal: Journal, item_id: int, changes: Mapping[str, Any]) -> None:
        with journal.write() as session:
            obj = get_live(session, self.model, item_id, self.what)
            apply_changes(obj, changes, self.validators)
            if self.derive:
                self.derive(obj)

    def remove(self, journal: Journal, item_id: int) -> None:
        with journal.write() as session:
            soft_delete(get_live(session, self.model, item_id, self.what))

    def restore(self, journal: Journal, item_id: int) -> None:
        with journal.write() as session:
            obj = session.get(self.model, item_id)
            if obj is None:
                raise NotFoundError(
                    Problem.tr("That {what} no longer exists.", what=noun(self.what))
                )
            restore(obj)


def page_filter(id_column: Any, after_id: int, ids: Any) -> list[Any]:
    """Keyset page (ids above ``after_id``), or exactly the rows asked for by id."""
    if ids is not None:
        return [id_column.in_(list(ids))]
    return [id_column > after_id]


# --- shared by people and partners ----------------------------------------------------------


def refs_containing(
    journal: Journal, id_column: Any, name_column: Any, key_column: Any, query: str, limit: int
) -> list[tuple[int, str]]:
    """(id, name) of live rows whose folded name contains the folded query, for pickers."""
    from partnerbook.services.names import escape_like

    key = fold(query)
    with journal.read() as session:
        statement = select(id_column, name_column).where(id_column.class_.deleted_at.is_(None))
        if key:
            statement = statement.where(key_column.like(f"%{escape_like(key)}%", escape="\\"))
        rows = session.execute(statement.order_by(key_column).limit(limit)).all()
    return [(row[0], row[1]) for row in rows]


def trash(journal: Journal, model: type[Audited], item_id: int, what: str) -> None:
    """Into the trash: hidden everywhere, restorable."""
    with journal.write() as session:
        soft_delete(get_live(session, model, item_id, what))


def untrash(journal: Journal, model: type[Audited], item_id: int, what: str) -> None:
    with journal.write() as session:
        obj = session.get(model, item_id)
        if obj is None:
            raise NotFoundError(Problem.tr("That {what} is gone for good.", what=noun(what)))
        restore(obj)


def count_live(journal: Journal, model: type[Audited], *, with_archived: bool = True) -> int:
    """The model's rows not in the trash (and, ``with_archived`` False, not archived
    either). Core columns: a list asks while it loads, before any ORM query has
    configured the mappers."""
    table = inspect(model).local_table.c
    query = select(func.count(table.id)).where(table.deleted_at.is_(None))
    if not with_archived:
        query = query.where(table.archived.is_(False))
    with journal.read() as session:
        return int(session.scalar(query) or 0)

"""Every edited text fits its column: a validator never lets through more than the column
holds (SQLite would keep it; PostgreSQL, where a team journal lives, refuses the write)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import String

from partnerbook.errors import UsageError
from partnerbook.services.interaction_editing import FIELDS as ENTRY_FIELDS
from partnerbook.services.partners import FIT_FIELDS, PARTNER_FIELDS, VALUE_ITEMS
from partnerbook.services.people import CONTACTS, DETAILS, MOTIVATIONS, PERSON_FIELDS
from partnerbook.store.models import Entry, FitAssessment, Partner, Person

EDITED = [
    (Person, PERSON_FIELDS),
    (Partner, PARTNER_FIELDS),
    (FitAssessment, FIT_FIELDS),
    (Entry, ENTRY_FIELDS),
    *((spec.model, spec.validators) for spec in (CONTACTS, MOTIVATIONS, DETAILS, VALUE_ITEMS)),
]


def _limited_fields() -> list[tuple[str, Any, int]]:
    found = []
    for model, validators in EDITED:
        for name, validator in validators.items():
            column = model.__table__.c.get(name)
            if column is not None and isinstance(column.type, String) and column.type.length:
                found.append((f"{model.__name__}.{name}", validator, column.type.length))
    return found


def test_the_table_of_fields_is_not_empty() -> None:
    assert len(_limited_fields()) >= 15


@pytest.mark.parametrize(
    ("field", "validator", "length"),
    _limited_fields(),
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_no_validator_lets_through_more_than_its_column_holds(
    field: str, validator: Any, length: int
) -> None:
    try:
        kept = validator("x" * (length + 1))
    except UsageError:
        pass  # refused in words: too long, or not one of the choices
    else:  # a value cut to fit (a currency code), or one not free text at all
        assert kept is None or len(str(kept)) <= length, field

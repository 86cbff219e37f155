"""Every field of a person's and a partner's page, and their satellites, given hostile text."""

from __future__ import annotations

import sys
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from partnerbook.services import partners as partners_service
from partnerbook.services import people as people_service
from partnerbook.services.partners import PARTNER_FIELDS, VALUE_ITEMS, create_partner, get_partner
from partnerbook.services.people import (
    CONTACTS,
    DETAILS,
    MOTIVATIONS,
    PERSON_FIELDS,
    create_person,
    get_person,
)
from partnerbook.store.engine import Journal

H = sys.modules["partnerbook_fuzz_hostile"]

SHORT_PERSON = {"display_name", "given_name", "family_name", "role", "department", "city"}
SHORT_PERSON |= {"country"}
LONG_PERSON = {"how_we_met", "notes"}
SHORT_PARTNER = {"name", "website", "city", "country"}
LONG_PARTNER = {name for name in PARTNER_FIELDS if name == "notes" or name.startswith("agreem")}
LONG_PARTNER -= {"agreement_renewal"}


def _expected(field: str, value: str, short: set[str], long: set[str]) -> Any:
    if field in short:
        return H.expected_line(value) or None
    if field in long:
        return H.expected_long(value)
    return ...  # not a text field: its own validator decides


def _read(record: Any, field: str) -> Any:
    value = getattr(record, field)
    return list(value) if field == "languages" else value


@H.FUZZ
@given(name=H.hostile)
def test_a_person_is_created_with_a_hostile_name_or_refused(journal: Journal, name: str) -> None:
    saved, result = H.outcome(lambda: create_person(journal, name))
    if saved:
        assert get_person(journal, result).display_name == H.expected_line(name)
    else:
        assert not 0 < len(H.expected_line(name)) <= 300
    H.assert_consistent(journal)


@H.FUZZ
@given(field=st.sampled_from(sorted(PERSON_FIELDS)), value=H.hostile)
def test_every_person_field_takes_hostile_text_or_refuses_it(
    journal: Journal, field: str, value: str
) -> None:
    person_id = create_person(journal, "Nguyễn Thị Lan")
    saved, _ = H.outcome(lambda: people_service.update_person(journal, person_id, {field: value}))
    if saved:
        stored = _read(get_person(journal, person_id), field)
        expected = _expected(field, value, SHORT_PERSON, LONG_PERSON)
        if expected is ...:
            expected = PERSON_FIELDS[field](value)
        assert stored == expected
    else:
        assert field not in LONG_PERSON or len(H.expected_long(value).encode()) > 1_000_000
    H.assert_consistent(journal)


SATELLITES = {
    "contact": (CONTACTS, {"kind": "email", "value": "lan@senvang.example"}, "contacts"),
    "motivation": (MOTIVATIONS, {"kind": "kpi", "certainty": "heard"}, "motivations"),
    "detail": (DETAILS, {"category": "family", "text": "con gái Mai"}, "details"),
}
SATELLITE_FIELDS = [
    (name, field)
    for name, (spec, _base, _attr) in SATELLITES.items()
    for field in sorted(spec.validators)
]


@H.FUZZ
@given(which=st.sampled_from(SATELLITE_FIELDS), value=H.hostile, adding=st.booleans())
def test_every_satellite_field_takes_hostile_text_or_refuses_it(
    journal: Journal, which: tuple[str, str], value: str, adding: bool
) -> None:
    name, field = which
    spec, base, attr = SATELLITES[name]
    person_id = create_person(journal, "שירה לוי")
    if adding:
        saved, item = H.outcome(lambda: spec.add(journal, person_id, {**base, field: value}))
    else:
        item = spec.add(journal, person_id, base)
        saved, _ = H.outcome(lambda: spec.update(journal, item, {field: value}))
    if saved:
        [record] = [r for r in getattr(get_person(journal, person_id), attr) if r.id == item]
        stored = getattr(record, field)
        if field in ("their_words", "text"):
            assert stored == H.expected_long(value)
        elif field in ("value", "label"):
            assert stored == H.expected_line(value)
        else:
            assert stored == spec.validators[field](value)
    H.assert_consistent(journal)


@H.FUZZ
@given(field=st.sampled_from(sorted(PARTNER_FIELDS)), value=H.hostile, create=st.booleans())
def test_every_partner_field_takes_hostile_text_or_refuses_it(
    journal: Journal, field: str, value: str, create: bool
) -> None:
    if create and field == "name":
        saved, partner_id = H.outcome(lambda: create_partner(journal, value))
    else:
        partner_id = create_partner(journal, "合作伙伴科技")
        saved, _ = H.outcome(
            lambda: partners_service.update_partner(journal, partner_id, {field: value})
        )
    if saved:
        stored = getattr(get_partner(journal, partner_id), field)
        expected = _expected(field, value, SHORT_PARTNER, LONG_PARTNER)
        if expected is ...:
            expected = PARTNER_FIELDS[field](value)
        assert stored == expected
    H.assert_consistent(journal)


@H.FUZZ
@given(field=st.sampled_from(sorted(VALUE_ITEMS.validators)), value=H.hostile)
def test_every_value_item_field_takes_hostile_text_or_refuses_it(
    journal: Journal, field: str, value: str
) -> None:
    partner_id = create_partner(journal, "Sen Vàng Consulting")
    base = {"direction": "for_them", "horizon": "short", "text": "giới thiệu khách hàng"}
    saved, item = H.outcome(lambda: VALUE_ITEMS.add(journal, partner_id, {**base, field: value}))
    if saved:
        [record] = [v for v in get_partner(journal, partner_id).value_items if v.id == item]
        stored = getattr(record, field)
        if field == "text":
            assert stored == H.expected_long(value)
        elif field == "unit":
            assert stored == (H.expected_line(value) or None)
        else:
            assert stored == VALUE_ITEMS.validators[field](value)
    H.assert_consistent(journal)

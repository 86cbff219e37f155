"""Who is in town: the place typed the lazy way, never met first, then longest unseen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from partnerbook.domain.enums import CadenceState, InteractionKind
from partnerbook.domain.in_town import PlaceKind, place_matches
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.in_town import known_places, people_in_town
from partnerbook.services.partners import create_partner, delete_partner
from partnerbook.services.people import change_partner, create_person, delete_person
from partnerbook.store.engine import Journal


def _met(journal: Journal, person_id: int, days_ago: int) -> None:
    capture_note(
        journal,
        NoteRequest(
            text="Coffee",
            kind=InteractionKind.COFFEE,
            person_ids=[person_id],
            at=datetime.now(UTC) - timedelta(days=days_ago),
        ),
    )


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Hà Nội", True),
        ("ha noi", True),
        ("hanoi", True),
        ("HANOI", True),
        ("han", True),
        ("Ha-Noi", True),
        ("noi", True),  # a word of the name onwards
        ("hanoix", False),
        ("oi", False),  # not the beginning of a word
        ("", False),
        ("  ", False),
    ],
)
def test_a_place_is_found_the_lazy_way(typed: str, found: bool) -> None:
    assert place_matches("Hà Nội", typed) is found


def test_word_onwards_without_spaces() -> None:
    assert place_matches("Ho Chi Minh City", "chiminh")
    assert place_matches("New York", "york")
    assert place_matches("תל אביב", "תל-אביב")
    assert not place_matches("New York", "ewyork")


def test_people_in_a_city_or_country_never_met_first_then_longest_unseen(
    journal: Journal,
) -> None:
    bank = create_partner(journal, "Ngân hàng Á Châu")
    lan = create_person(journal, "Nguyễn Thị Lan", city="Hà Nội", country="Việt Nam", role="COO")
    change_partner(journal, lan, bank)
    minh = create_person(journal, "Trần Minh", city="Hanoi", country="Vietnam")
    hoa = create_person(journal, "Lê Hoa", city="Hà Nội", cadence_ideal_days=30)
    create_person(journal, "Sarah Cohen", city="Tel Aviv", country="Israel")
    saigon = create_person(journal, "Phạm An", city="Hồ Chí Minh", country="Việt Nam")
    _met(journal, lan, 10)
    _met(journal, lan, 200)  # the latest meeting counts
    _met(journal, minh, 90)

    today = date.today()
    rows = people_in_town(journal, "ha noi", today=today)
    assert [r.id for r in rows] == [hoa, minh, lan]
    first, second, third = rows
    assert first.last_contact is None and first.days_since is None
    assert first.cadence_state is CadenceState.DUE  # a rhythm and never met: due
    assert second.days_since == 90
    assert third.partner == "Ngân hàng Á Châu" and third.role == "COO"
    assert third.city == "Hà Nội" and third.country == "Việt Nam"
    assert third.days_since == 10 and third.last_contact == today - timedelta(days=10)
    assert third.cadence_state is CadenceState.NONE

    by_country = people_in_town(journal, "viet", today=today)
    assert {r.id for r in by_country} == {lan, minh, saigon}
    assert by_country[0].id == saigon  # never met
    assert people_in_town(journal, "Paris") == ()
    assert people_in_town(journal, "") == ()


def test_archived_and_trashed_people_are_left_out(journal: Journal) -> None:
    from partnerbook.services.people import update_person

    here = create_person(journal, "Shira Levi", city="Tel Aviv")
    archived = create_person(journal, "Dana Oren", city="Tel Aviv")
    update_person(journal, archived, {"archived": True})
    trashed = create_person(journal, "Noa Bar", city="Tel Aviv")
    delete_person(journal, trashed)
    assert [r.id for r in people_in_town(journal, "telaviv")] == [here]
    assert [p.name for p in known_places(journal)] == ["Tel Aviv"]


def test_a_trashed_partner_is_not_named(journal: Journal) -> None:
    gone = create_partner(journal, "Studio Or")
    person = create_person(journal, "Shira Levi", city="Tel Aviv")
    change_partner(journal, person, gone)
    delete_partner(journal, gone)
    (row,) = people_in_town(journal, "tel")
    assert row.partner is None


def test_known_places_counts_cities_and_countries_most_people_first(journal: Journal) -> None:
    create_person(journal, "A", city="Hà Nội", country="Việt Nam")
    create_person(journal, "B", city="Hà Nội", country="Việt Nam")
    create_person(journal, "C", city="Đà Nẵng", country="Việt Nam")
    create_person(journal, "D", city="Singapore", country="Singapore")
    create_person(journal, "E", country="Italia")
    places = known_places(journal)
    assert [(p.name, p.kind, p.people) for p in places] == [
        ("Việt Nam", PlaceKind.COUNTRY, 3),
        ("Hà Nội", PlaceKind.CITY, 2),
        ("Đà Nẵng", PlaceKind.CITY, 1),
        ("Italia", PlaceKind.COUNTRY, 1),
        ("Singapore", PlaceKind.CITY, 1),
    ]

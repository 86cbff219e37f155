from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from partnerbook.domain.enums import (
    CadenceState,
    Certainty,
    ContactKind,
    EntryKind,
    MotivationKind,
    StakeholderRole,
)
from partnerbook.errors import UsageError
from partnerbook.services import people as svc
from partnerbook.services.editing import NotFoundError, all_tags
from partnerbook.store.engine import Journal
from partnerbook.store.models import ContactMethod


def test_create_and_read_back_a_person(journal: Journal) -> None:
    pid = svc.create_person(journal, "  Nguyễn   Thị Lan ", city="Hà Nội", languages=["vi", "en"])
    person = svc.get_person(journal, pid)
    assert person.display_name == "Nguyễn Thị Lan"
    assert person.city == "Hà Nội" and person.languages == ("vi", "en")
    assert person.cadence_state is CadenceState.NONE and person.version == 1


def test_update_fields_tags_and_version(journal: Journal) -> None:
    pid = svc.create_person(journal, "Sarah Cohen")
    svc.update_person(journal, pid, {"role": "Head of BD", "tags": ["Fintech", "fintech ", "VIP"]})
    svc.update_person(
        journal, pid, {"display_name": "Sarah Levi-Cohen", "birthday_month": 3, "birthday_day": 22}
    )
    person = svc.get_person(journal, pid)
    assert person.role == "Head of BD"
    assert sorted(person.tags) == ["Fintech", "VIP"]  # one tag however it is typed
    assert (person.birthday_month, person.birthday_day, person.birthday_year) == (3, 22, None)
    assert person.version == 3
    assert all_tags(journal) == ("Fintech", "VIP")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"display_name": "   "}, "cannot be empty"),
        ({"birthday_month": 13}, "between 1 and 12"),
        ({"cadence_ideal_days": "often"}, "number of days"),
        ({"stakeholder_role": "overlord"}, "not one of the choices"),
        ({"met_on": "last spring"}, "not a date"),
        ({"secret_column": 1}, "Cannot edit"),
    ],
)
def test_invalid_edits_change_nothing(
    journal: Journal, changes: dict[str, object], message: str
) -> None:
    pid = svc.create_person(journal, "Giulia Rossi", city="Milano")
    with pytest.raises(UsageError, match=message):
        svc.update_person(journal, pid, {"city": "Roma", **changes})
    assert svc.get_person(journal, pid).city == "Milano"


def test_changing_partner_keeps_the_history_and_undo_takes_it_back(journal: Journal) -> None:
    from partnerbook.services.partners import create_partner, get_partner

    old = create_partner(journal, "Ví Sen")
    new = create_partner(journal, "Ngân hàng Lúa")
    pid = svc.create_person(journal, "Trần Văn Đức")
    svc.change_partner(journal, pid, old)
    svc.update_person(journal, pid, {"role": "CMO", "stakeholder_role": StakeholderRole.CHAMPION})
    change = svc.change_partner(journal, pid, new, today=date(2026, 11, 1))

    person = svc.get_person(journal, pid)
    assert person.partner is not None and person.partner.id == new
    [past] = person.affiliations
    assert past.partner is not None and past.partner.id == old
    assert (past.role, past.stakeholder_role, past.until) == (
        "CMO",
        StakeholderRole.CHAMPION,
        date(2026, 11, 1),
    )
    before = get_partner(journal, old).people
    assert [(p.person.id, p.current) for p in before] == [(pid, False)]

    svc.undo_partner_change(journal, change)
    person = svc.get_person(journal, pid)
    assert person.partner is not None and person.partner.id == old
    assert person.affiliations == () and person.role == "CMO"


def test_motivations_contacts_and_details_round_trip(journal: Journal) -> None:
    pid = svc.create_person(journal, "陳美玲")
    mid = svc.MOTIVATIONS.add(
        journal,
        pid,
        {"kind": "kpi", "their_words": "要達成Q1目標", "certainty": "heard", "strength": 3},
    )
    svc.CONTACTS.add(journal, pid, {"kind": "email", "value": "Mei@Example.TW", "label": "work"})
    svc.CONTACTS.add(journal, pid, {"kind": "phone", "value": "+886 (2) 1234-5678"})
    svc.DETAILS.add(journal, pid, {"category": "family", "text": "兩個女兒"})
    svc.MOTIVATIONS.update(journal, mid, {"last_confirmed": "2026-10-01"})

    person = svc.get_person(journal, pid)
    [motivation] = person.motivations
    assert motivation.kind is MotivationKind.KPI and motivation.certainty is Certainty.HEARD
    assert motivation.strength == 3 and motivation.last_confirmed == date(2026, 10, 1)
    assert [c.kind for c in person.contacts] == [ContactKind.EMAIL, ContactKind.PHONE]
    assert person.details[0].text == "兩個女兒"
    with journal.read() as session:
        keys = sorted(c.value_key for c in session.query(ContactMethod))
    assert keys == ["886212345678", "mei@example.tw"]


def test_removing_a_motivation_is_undoable(journal: Journal) -> None:
    pid = svc.create_person(journal, "Marco")
    mid = svc.MOTIVATIONS.add(journal, pid, {"kind": "comfort", "certainty": "guessed"})
    svc.MOTIVATIONS.remove(journal, mid)
    assert svc.get_person(journal, pid).motivations == ()
    svc.MOTIVATIONS.restore(journal, mid)
    assert [m.id for m in svc.get_person(journal, pid).motivations] == [mid]
    with pytest.raises(UsageError, match="must be chosen"):
        svc.MOTIVATIONS.add(journal, pid, {"certainty": "heard"})


def test_trash_hides_and_restores(journal: Journal) -> None:
    pid = svc.create_person(journal, "Shira")
    svc.delete_person(journal, pid)
    with pytest.raises(NotFoundError):
        svc.get_person(journal, pid)
    assert svc.people_rows(journal) == ()
    svc.restore_person(journal, pid)
    assert [r.id for r in svc.people_rows(journal)] == [pid]


def test_nobody_introduces_themselves(journal: Journal) -> None:
    a = svc.create_person(journal, "A")
    b = svc.create_person(journal, "B")
    svc.update_person(journal, b, {"introduced_by_id": a})
    intro = svc.get_person(journal, b).introduced_by
    assert intro is not None and intro.id == a
    with pytest.raises(UsageError, match="themselves"):
        svc.update_person(journal, a, {"introduced_by_id": a})


def test_rows_page_by_id_with_partner_tags_and_state(
    journal: Journal, add_entry: Callable[..., int]
) -> None:
    from partnerbook.services.partners import create_partner

    bank = create_partner(journal, "Bank")
    ids = [svc.create_person(journal, f"Person {i:02}") for i in range(25)]
    svc.change_partner(journal, ids[0], bank)
    svc.update_person(journal, ids[0], {"tags": ["vip"], "cadence_ideal_days": 30})
    met = datetime.now(UTC)
    add_entry(EntryKind.INTERACTION, "coffee", people=(ids[0],), at=met)
    first = svc.people_rows(journal, limit=10)
    rest = svc.people_rows(journal, after_id=first[-1].id, limit=100)
    assert [r.id for r in first + rest] == ids
    row = first[0]
    assert (row.partner, row.tags, row.cadence_state) == ("Bank", ("vip",), CadenceState.OK)
    assert row.last_contact == met.astimezone().date()  # the user's calendar day
    assert svc.count_people(journal) == 25
    assert [p.display_name for p in svc.people_refs(journal, "son 0", limit=3)] == [
        "Person 00",
        "Person 01",
        "Person 02",
    ]


@pytest.mark.parametrize(
    ("kind", "value"), [("email", "lan at example"), ("email", "a@b"), ("phone", "call me maybe")]
)
def test_malformed_contacts_are_refused(journal: Journal, kind: str, value: str) -> None:
    pid = svc.create_person(journal, "Lan")
    cid = svc.CONTACTS.add(journal, pid, {"kind": kind, "value": ""})
    with pytest.raises(UsageError, match=r"not an? "):
        svc.CONTACTS.update(journal, cid, {"value": value})
    assert svc.get_person(journal, pid).contacts[0].value == ""

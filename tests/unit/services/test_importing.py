"""Importing contacts: duplicates merge, nothing typed by hand is overwritten, the same file
twice changes nothing, and a batch undoes (and redoes) as a whole."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from partnerbook.domain.contacts import (
    ContactFormat,
    ContactValue,
    ImportedContact,
    ParsedContacts,
    Photo,
    RecordError,
)
from partnerbook.domain.enums import ContactKind
from partnerbook.services.importing import (
    ImportAction,
    apply_import,
    last_batch,
    plan_import,
    redo_import,
    undo_import,
)
from partnerbook.services.partners import create_partner
from partnerbook.services.people import (
    CONTACTS,
    change_partner,
    create_person,
    get_person,
    update_person,
)
from partnerbook.store.engine import Journal
from partnerbook.store.import_models import ExternalId, PersonPhoto
from partnerbook.store.models import Person


def _contact(record: int, name: str, **fields: object) -> ImportedContact:
    return ImportedContact(record=record, line=record * 10 - 9, display_name=name, **fields)  # type: ignore[arg-type]


def _file(*contacts: ImportedContact, errors: tuple[RecordError, ...] = ()) -> ParsedContacts:
    return ParsedContacts(ContactFormat.VCARD, contacts, errors)


def _people(journal: Journal) -> dict[str, int]:
    with journal.read() as session:
        rows = session.execute(
            select(Person.display_name, Person.id).where(Person.deleted_at.is_(None))
        )
        return {row[0]: row[1] for row in rows}


LAN = _contact(
    1,
    "Nguyễn Thị Lan",
    given_name="Lan",
    family_name="Nguyễn",
    uid="urn:uuid:lan-1",
    organisation="Ngân hàng Sen Vàng",
    role="Head of Partnerships",
    emails=(ContactValue("Lan@SenVang.example", "work", True),),
    phones=(ContactValue("+84 90 123 4567", "mobile"),),
    urls=(ContactValue("https://vn.linkedin.com/in/lan-nguyen/", "LinkedIn"),),
    city="Hà Nội",
    country="Vietnam",
    birthday_month=3,
    birthday_day=22,
    notes="Met at the fintech week",
    tags=("banking", "VIP"),
    photo=Photo(data=b"\x89PNG...", mime="image/png"),
    related=("spouse: Minh",),
)
WANG = _contact(2, "王芳", organisation="招商银行", emails=(ContactValue("wang@cmb.example"),))


def test_a_new_file_creates_people_with_everything_it_says(journal: Journal) -> None:
    plan = plan_import(journal, _file(LAN, WANG))
    assert [r.action for r in plan.records] == [ImportAction.CREATE, ImportAction.CREATE]
    result = apply_import(journal, plan, "contacts.vcf")
    assert (result.created, result.updated, result.skipped) == (2, 0, 0)
    lan = get_person(journal, _people(journal)["Nguyễn Thị Lan"])
    assert lan.partner is not None and lan.partner.name == "Ngân hàng Sen Vàng"
    assert (lan.role, lan.city, lan.country) == ("Head of Partnerships", "Hà Nội", "Vietnam")
    assert (lan.birthday_year, lan.birthday_month, lan.birthday_day) == (None, 3, 22)
    assert {(c.kind, c.value) for c in lan.contacts} == {
        (ContactKind.EMAIL, "Lan@SenVang.example"),
        (ContactKind.PHONE, "+84 90 123 4567"),
        (ContactKind.URL, "https://vn.linkedin.com/in/lan-nguyen/"),
    }
    assert set(lan.tags) == {"banking", "VIP"}
    assert "Met at the fintech week" in lan.notes and "Related: spouse: Minh" in lan.notes
    with journal.read() as session:
        photo = session.scalars(select(PersonPhoto).where(PersonPhoto.person_id == lan.id))
        assert photo.one().mime == "image/png"
        uid = session.scalars(select(ExternalId).where(ExternalId.person_id == lan.id))
        assert uid.one().value == LAN.uid


def test_the_same_file_twice_changes_nothing(journal: Journal) -> None:
    apply_import(journal, plan_import(journal, _file(LAN, WANG)), "contacts.vcf")
    again = plan_import(journal, _file(LAN, WANG))
    assert [r.action for r in again.records] == [ImportAction.SKIP, ImportAction.SKIP]
    assert "nothing new" in again.records[0].reason
    result = apply_import(journal, again, "contacts.vcf")
    assert result.batch_id is None and result.skipped == 2
    assert len(_people(journal)) == 2


@pytest.mark.parametrize(
    ("twin", "why"),
    [
        (_contact(1, "Lan N.", uid="urn:uuid:lan-1"), "the same contact id"),
        (_contact(1, "Lan N.", emails=(ContactValue("lan@senvang.EXAMPLE"),)), "same email"),
        (_contact(1, "Lan N.", phones=(ContactValue("0901 234 567"),)), "same phone"),
        (
            _contact(1, "Lan N.", urls=(ContactValue("http://www.linkedin.com/in/Lan-Nguyen"),)),
            "LinkedIn",
        ),
        (_contact(1, "nguyen thi lan", organisation="NGÂN HÀNG SEN VÀNG"), "name and partner"),
    ],
)
def test_duplicates_are_found_every_way(journal: Journal, twin: ImportedContact, why: str) -> None:
    apply_import(journal, plan_import(journal, _file(LAN)), "first.vcf")
    [record] = plan_import(journal, _file(twin), region="VN").records
    assert record.action in (ImportAction.UPDATE, ImportAction.SKIP)
    assert record.person_id == _people(journal)["Nguyễn Thị Lan"]
    assert why in record.reason


def test_what_the_user_wrote_is_never_overwritten(journal: Journal) -> None:
    person = create_person(journal, "Lan Nguyen", role="COO", notes="Prefers tea")
    CONTACTS.add(journal, person, {"kind": "email", "value": "lan@senvang.example"})
    newer = _contact(
        1,
        "Lan Nguyen",
        emails=(ContactValue("lan@senvang.example"),),
        role="Head of Partnerships",
        city="Hà Nội",
        notes="Met at the fintech week",
        phones=(ContactValue("+84 90 123 4567"),),
    )
    [record] = plan_import(journal, _file(newer)).records
    assert record.action is ImportAction.UPDATE
    assert "a phone" in record.reason and "city" in record.reason and "role" not in record.reason
    apply_import(journal, plan_import(journal, _file(newer)), "newer.vcf")
    lan = get_person(journal, person)
    assert lan.role == "COO" and lan.city == "Hà Nội"
    assert lan.notes == "Prefers tea\n\nMet at the fintech week"
    assert len([c for c in lan.contacts if c.kind is ContactKind.EMAIL]) == 1


def test_one_person_listed_twice_in_a_file_is_one_person(journal: Journal) -> None:
    home = _contact(3, "Nguyễn Thị Lan", emails=(ContactValue("lan@home.example"), LAN.emails[0]))
    plan = plan_import(journal, _file(LAN, home))
    assert [r.action for r in plan.records] == [ImportAction.CREATE, ImportAction.UPDATE]
    assert plan.records[1].merges_into == 1
    apply_import(journal, plan, "twice.vcf")
    lan = get_person(journal, _people(journal)["Nguyễn Thị Lan"])
    assert {c.value for c in lan.contacts if c.kind is ContactKind.EMAIL} == {
        "Lan@SenVang.example",
        "lan@home.example",
    }


def test_a_broken_record_is_reported_and_its_neighbours_are_imported(journal: Journal) -> None:
    broken = RecordError(2, 11, "The record has no name, email or phone.")
    plan = plan_import(journal, _file(LAN, _contact(3, "Giulia"), errors=(broken,)))
    assert [(r.record, r.action) for r in plan.records] == [
        (1, ImportAction.CREATE),
        (2, ImportAction.ERROR),
        (3, ImportAction.CREATE),
    ]
    result = apply_import(journal, plan, "mixed.vcf")
    assert result.created == 2 and result.errors == (broken,)


def test_undo_takes_the_whole_batch_back_and_redo_brings_it_again(journal: Journal) -> None:
    kept = create_person(journal, "Lan Nguyen", role="COO")
    partner = create_partner(journal, "Sen Vàng")
    change_partner(journal, kept, partner)
    CONTACTS.add(journal, kept, {"kind": "email", "value": "lan@senvang.example"})
    newer = _contact(
        1,
        "Lan Nguyen",
        emails=(ContactValue("lan@senvang.example"),),
        city="Hà Nội",
        tags=("banking",),
        phones=(ContactValue("+84 90 123 4567"),),
    )
    batch = apply_import(journal, plan_import(journal, _file(newer, WANG)), "b.vcf").batch_id
    assert batch is not None and last_batch(journal) == batch
    undo_import(journal, batch)
    lan = get_person(journal, kept)
    assert lan.city is None and lan.tags == () and len(lan.contacts) == 1
    assert "王芳" not in _people(journal) and last_batch(journal) is None
    redo_import(journal, batch)
    lan = get_person(journal, kept)
    assert lan.city == "Hà Nội" and lan.tags == ("banking",) and len(lan.contacts) == 2
    assert "王芳" in _people(journal)


def test_undo_never_takes_back_a_later_edit(journal: Journal) -> None:
    kept = create_person(journal, "Lan Nguyen")
    CONTACTS.add(journal, kept, {"kind": "email", "value": "lan@senvang.example"})
    newer = _contact(1, "Lan Nguyen", emails=(ContactValue("lan@senvang.example"),), city="Huế")
    batch = apply_import(journal, plan_import(journal, _file(newer)), "b.vcf").batch_id
    assert batch is not None
    update_person(journal, kept, {"city": "Hà Nội"})
    undo_import(journal, batch)
    assert get_person(journal, kept).city == "Hà Nội"


def test_a_file_imported_after_its_undo_comes_in_again(journal: Journal) -> None:
    batch = apply_import(journal, plan_import(journal, _file(LAN)), "a.vcf").batch_id
    assert batch is not None
    undo_import(journal, batch)
    plan = plan_import(journal, _file(LAN))
    assert [r.action for r in plan.records] == [ImportAction.CREATE]
    apply_import(journal, plan, "a.vcf")
    again = plan_import(journal, _file(_contact(1, "Someone", uid=LAN.uid)))
    assert again.records[0].person_id == _people(journal)["Nguyễn Thị Lan"]


def test_a_year_less_birthday_never_mixes_with_one_we_have(journal: Journal) -> None:
    person = create_person(journal, "Giulia", birthday_month=5, birthday_day=1, birthday_year=1990)
    CONTACTS.add(journal, person, {"kind": "email", "value": "g@example.it"})
    other = _contact(
        1, "Giulia", emails=(ContactValue("g@example.it"),), birthday_month=6, birthday_day=2
    )
    [record] = plan_import(journal, _file(other)).records
    assert record.action is ImportAction.SKIP
    assert get_person(journal, person).birthday_month == 5
    assert date(1990, 5, 1)


def test_imported_people_are_found_by_search_at_once(journal: Journal) -> None:
    from partnerbook.services.search import search

    apply_import(journal, plan_import(journal, _file(LAN, WANG)), "contacts.vcf")
    found = {(hit.kind.value, hit.title) for hit in search(journal, "nguyen")}
    assert ("person", "Nguyễn Thị Lan") in found
    assert ("partner", "招商银行") in {(h.kind.value, h.title) for h in search(journal, "招商")}
    undo_import(journal, last_batch(journal) or 0)
    assert not [hit for hit in search(journal, "nguyen") if hit.kind.value == "person"]

"""The stored last contact (``people.last_contact_at``, ``partners.last_contact_at``) stays
exactly the latest live interaction's moment through every way a journal is written, and
keeping it is not an edit of the person: no new version, no new ``updated_at``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.domain.text import fold
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.editing import trash, untrash
from partnerbook.services.interaction_editing import (
    new_interaction,
    save_interaction_field,
    set_partners,
    set_people,
)
from partnerbook.services.people import get_person
from partnerbook.store import last_contact
from partnerbook.store.check import check_journal
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal
from partnerbook.store.models import Entry, Partner, Person

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _stored(journal: Journal) -> tuple[dict[int, datetime | None], dict[int, datetime | None]]:
    with journal.read() as session:
        people = {
            row.id: row.last_contact_at
            for row in session.execute(select(Person.id, Person.last_contact_at))
        }
        partners = {
            row.id: row.last_contact_at
            for row in session.execute(select(Partner.id, Partner.last_contact_at))
        }
    return people, partners


def _exact(journal: Journal) -> None:
    """Whatever was written, the stored values are what the entries say."""
    with journal.engine.connect() as connection:
        assert last_contact.mismatches(connection) == {"people": 0, "partners": 0}


def _person(journal: Journal, name: str) -> int:
    with journal.write() as session:
        person = Person(display_name=name, name_key=fold(name), languages=[])
        session.add(person)
        session.flush()
        return person.id


def _partner(journal: Journal, name: str) -> int:
    with journal.write() as session:
        partner = Partner(name=name, name_key=fold(name))
        session.add(partner)
        session.flush()
        return partner.id


def _meet(
    journal: Journal, at: datetime, people: Sequence[int], partners: Sequence[int] = ()
) -> int:
    entry_id = new_interaction(journal, InteractionKind.COFFEE, people, partners)
    save_interaction_field(journal, entry_id, "at", at)
    return entry_id


@pytest.fixture
def met(journal: Journal) -> tuple[Journal, int, int, int, int]:
    """Lan and Đức of Sen Vàng: Lan met twice (the later one on T0 + 5 days), Đức never."""
    lan, duc = _person(journal, "Nguyễn Thị Lan"), _person(journal, "Trần Văn Đức")
    sen_vang = _partner(journal, "Sen Vàng")
    _meet(journal, T0, [lan], [sen_vang])
    later = _meet(journal, T0 + timedelta(days=5), [lan], [sen_vang])
    return journal, lan, duc, sen_vang, later


def test_a_new_interaction_is_the_last_contact_of_whom_it_names(
    met: tuple[Journal, int, int, int, int],
) -> None:
    journal, lan, duc, sen_vang, _later = met
    people, partners = _stored(journal)
    assert people == {lan: T0 + timedelta(days=5), duc: None}
    assert partners == {sen_vang: T0 + timedelta(days=5)}
    note = capture_note(
        journal, NoteRequest("cà phê với Đức", person_ids=[duc], at=T0 + timedelta(days=9))
    )
    assert _stored(journal)[0][duc] == note.at == T0 + timedelta(days=9)
    _exact(journal)


def test_follow_ups_and_promises_are_not_contact(
    met: tuple[Journal, int, int, int, int],
) -> None:
    journal, _lan, duc, _sen_vang, _later = met
    with journal.write() as session:
        session.add(
            Entry(
                kind=EntryKind.FOLLOW_UP,
                at=T0 + timedelta(days=30),
                title="gọi lại",
                people=[session.get_one(Person, duc)],
            )
        )
    assert _stored(journal)[0][duc] is None
    _exact(journal)


def test_moving_an_interaction_moves_the_last_contact_either_way(
    met: tuple[Journal, int, int, int, int],
) -> None:
    journal, lan, _duc, sen_vang, later = met
    save_interaction_field(journal, later, "at", T0 - timedelta(days=10))
    people, partners = _stored(journal)
    assert people[lan] == partners[sen_vang] == T0  # recomputed, not the moved one
    save_interaction_field(journal, later, "at", T0 + timedelta(days=20))
    assert _stored(journal)[0][lan] == T0 + timedelta(days=20)
    _exact(journal)


def test_an_interaction_turned_into_a_follow_up_no_longer_counts(
    met: tuple[Journal, int, int, int, int],
) -> None:
    journal, lan, _duc, sen_vang, later = met
    with journal.write() as session:
        session.get_one(Entry, later).kind = EntryKind.FOLLOW_UP
    assert _stored(journal) == ({lan: T0, 2: None}, {sen_vang: T0})
    with journal.write() as session:
        session.get_one(Entry, later).kind = EntryKind.INTERACTION
    assert _stored(journal)[0][lan] == T0 + timedelta(days=5)
    _exact(journal)


def test_trash_restore_and_deleting_for_good(met: tuple[Journal, int, int, int, int]) -> None:
    journal, lan, _duc, sen_vang, later = met
    trash(journal, Entry, later, "note")  # what undoing a new note does, too
    assert _stored(journal)[0][lan] == _stored(journal)[1][sen_vang] == T0
    untrash(journal, Entry, later, "note")  # and redoing it
    assert _stored(journal)[0][lan] == T0 + timedelta(days=5)
    with journal.write() as session:
        session.delete(session.get_one(Entry, later))  # gone for good
    assert _stored(journal)[0][lan] == _stored(journal)[1][sen_vang] == T0
    with journal.write() as session:
        for entry in session.scalars(select(Entry)):
            session.delete(entry)  # emptied of every note
    assert _stored(journal) == ({lan: None, 2: None}, {sen_vang: None})
    _exact(journal)


def test_who_a_note_names_changes_both_sides(met: tuple[Journal, int, int, int, int]) -> None:
    journal, lan, duc, sen_vang, later = met
    set_people(journal, later, [duc])  # Lan unlinked, Đức linked
    people, _ = _stored(journal)
    assert people == {lan: T0, duc: T0 + timedelta(days=5)}
    set_partners(journal, later, [])
    assert _stored(journal)[1][sen_vang] == T0
    set_people(journal, later, [lan, duc])
    assert _stored(journal)[0] == {lan: T0 + timedelta(days=5), duc: T0 + timedelta(days=5)}
    _exact(journal)


def test_two_people_merged_into_one_keep_the_later_contact(journal: Journal) -> None:
    """No merge command yet; what one would write: the twin's notes moved to the one kept,
    the twin deleted for good."""
    lan, twin = _person(journal, "Lan"), _person(journal, "Lan Nguyễn")
    _meet(journal, T0, [lan])
    twin_note = _meet(journal, T0 + timedelta(days=3), [twin])
    with journal.write() as session:
        entry = session.get_one(Entry, twin_note)
        entry.people = [session.get_one(Person, lan)]
        session.delete(session.get_one(Person, twin))
    assert _stored(journal)[0] == {lan: T0 + timedelta(days=3)}
    _exact(journal)


def test_saving_a_note_about_someone_is_not_an_edit_of_them(
    met: tuple[Journal, int, int, int, int],
) -> None:
    """Their page's stale-write check must not fire because a note was saved about them."""
    journal, lan, _duc, _sen_vang, later = met
    before = get_person(journal, lan)
    with journal.read() as session:
        stamp = session.get_one(Person, lan).updated_at
    capture_note(journal, NoteRequest("gặp Lan", person_ids=[lan], at=T0 + timedelta(days=40)))
    save_interaction_field(journal, later, "at", T0 + timedelta(days=50))
    trash(journal, Entry, later, "note")
    after = get_person(journal, lan)
    assert after.version == before.version
    assert after.last_contact == (T0 + timedelta(days=40)).astimezone().date()
    with journal.read() as session:
        assert session.get_one(Person, lan).updated_at == stamp


def test_a_write_session_sees_the_new_value_on_its_own_copy(
    met: tuple[Journal, int, int, int, int],
) -> None:
    journal, lan, _duc, _sen_vang, later = met
    with journal.write() as session:
        person = session.get_one(Person, lan)
        assert person.last_contact_at == T0 + timedelta(days=5)
        session.get_one(Entry, later).deleted_at = datetime.now(UTC)
        session.flush()
        assert person.last_contact_at == T0


def test_an_import_leaves_the_last_contact_of_whom_it_updates(
    met: tuple[Journal, int, int, int, int],
) -> None:
    from partnerbook.domain.contacts import (
        ContactFormat,
        ContactValue,
        ImportedContact,
        ParsedContacts,
    )
    from partnerbook.services.importing import apply_import, plan_import, undo_import

    journal, lan, _duc, _sen_vang, _later = met
    contacts = (
        ImportedContact(
            record=1,
            line=1,
            display_name="Nguyễn Thị Lan",
            emails=(ContactValue("lan@senvang.example"),),
            city="Hà Nội",
        ),
        ImportedContact(record=2, line=9, display_name="王芳"),
    )
    result = apply_import(
        journal, plan_import(journal, ParsedContacts(ContactFormat.VCARD, contacts, ())), "a.vcf"
    )
    people, _ = _stored(journal)
    assert people[lan] == T0 + timedelta(days=5)
    assert len(people) == 3 and None in {people[pid] for pid in people if pid != lan}
    _exact(journal)
    assert result.batch_id is not None
    undo_import(journal, result.batch_id)
    assert _stored(journal)[0][lan] == T0 + timedelta(days=5)
    _exact(journal)


def test_a_demo_journal_and_its_archive_restored_are_exact(
    journal: Journal, tmp_path: Path
) -> None:
    from partnerbook.services.archive import archive_of, import_archive
    from partnerbook.services.demo import fill_demo

    fill_demo(journal, people=40, entries=600, seed=3)
    _exact(journal)
    people, partners = _stored(journal)
    assert sum(at is not None for at in people.values()) > 20
    archive = archive_of(journal)
    for row in archive["people"]:  # an archive holding wrong values: they are not trusted
        row["last_contact_at"] = "2001-01-01T00:00:00+00:00"
    restored = open_journal(resolve_location(tmp_path / "restored.sqlite"))
    try:
        import_archive(restored, json.dumps(archive).encode())
        assert _stored(restored) == (people, partners)
        _exact(restored)
    finally:
        restored.close()


def test_check_reports_a_last_contact_that_is_not_the_latest(
    met: tuple[Journal, int, int, int, int],
) -> None:
    journal, lan, _duc, sen_vang, _later = met
    path = journal.location.path
    assert path is not None
    journal.close()
    assert check_journal(resolve_location(path)).healthy
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("UPDATE people SET last_contact_at = NULL WHERE id = ?", (lan,))
    connection.execute(
        "UPDATE partners SET last_contact_at = '2001-01-01 00:00:00.000000' WHERE id = ?",
        (sen_vang,),
    )
    connection.commit()
    connection.close()
    report = check_journal(resolve_location(path))
    assert report.problems == (
        "last contact: 1 people hold one that is not their latest interaction's",
        "last contact: 1 partners hold one that is not their latest interaction's",
    )
    reopened = open_journal(resolve_location(path))
    try:
        with reopened.write() as session:
            last_contact.recompute_all(session.connection())  # what repairs it
    finally:
        reopened.close()
    assert check_journal(resolve_location(path)).healthy

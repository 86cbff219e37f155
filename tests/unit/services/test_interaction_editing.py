"""Editing one interaction: fields, attendees, topics offered, follow-ups and promises."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from partnerbook.domain.enums import (
    CommitmentOwner,
    EntryKind,
    FollowUpStatus,
    InteractionKind,
)
from partnerbook.errors import UsageError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import (
    add_task,
    add_topics_to_person,
    load_interaction,
    new_interaction,
    save_interaction_field,
    set_partners,
    set_people,
    set_task_done,
)
from partnerbook.services.partners import create_partner
from partnerbook.services.people import create_person, get_person
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry


@pytest.fixture
def note(journal: Journal) -> int:
    return capture_note(
        journal, NoteRequest("Coffee with Lan\nShe needs a Q1 KPI win", people=["Nguyễn Thị Lan"])
    ).entry_id


def test_fields_save_and_load(journal: Journal, note: int) -> None:
    at = datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    for field, value in [
        ("interaction_kind", "coffee"),
        ("at", at),
        ("place", "Cộng Cà Phê, Hoàn Kiếm"),
        ("warmth", 2),
        ("invitation_sent", True),
        ("recap_sent", True),
        ("topics", "daughter starts university\n\n  loves trail running  "),
        ("body", "# Coffee\n- KPI **Q1**\n- 🎯 pilot"),
    ]:
        save_interaction_field(journal, note, field, value)
    detail = load_interaction(journal, note)
    assert detail.interaction_kind is InteractionKind.COFFEE
    assert detail.at == at
    assert detail.place == "Cộng Cà Phê, Hoàn Kiếm"
    assert detail.warmth == 2
    assert (detail.invitation_sent, detail.agenda_shared, detail.recap_sent) == (True, False, True)
    assert detail.topics == ("daughter starts university", "loves trail running")
    assert detail.body.endswith("🎯 pilot")
    assert [p.display_name for p in detail.people] == ["Nguyễn Thị Lan"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("warmth", 3), ("warmth", "hot"), ("at", datetime(2026, 1, 1)), ("interaction_kind", "x")],
)
def test_invalid_values_are_refused_and_nothing_changes(
    journal: Journal, note: int, field: str, value: object
) -> None:
    before = load_interaction(journal, note)
    with pytest.raises(UsageError):
        save_interaction_field(journal, note, field, value)
    assert load_interaction(journal, note) == before


def test_a_5_mb_note_is_refused_with_a_clear_message(journal: Journal, note: int) -> None:
    with pytest.raises(UsageError, match="up to 1 MB"):
        save_interaction_field(journal, note, "body", "x" * 5_000_000)


def test_attendees_and_partners_are_replaced(journal: Journal, note: int) -> None:
    shira = create_person(journal, "שירה לוי")
    wang = create_person(journal, "王芳")
    acme = create_partner(journal, "Acme Pay")
    set_people(journal, note, [shira, wang, shira])
    set_partners(journal, note, [acme])
    detail = load_interaction(journal, note)
    assert [p.id for p in detail.people] == [shira, wang]
    assert [p.name for p in detail.partners] == ["Acme Pay"]


def test_follow_ups_and_promises_come_from_the_note(journal: Journal, note: int) -> None:
    acme = create_partner(journal, "Acme Pay")
    set_partners(journal, note, [acme])
    follow_up = add_task(journal, note, "Send the pilot numbers", date(2026, 12, 1), time(9, 0))
    mine = add_task(journal, note, "Intro to our CFO", date(2026, 12, 5), owner=CommitmentOwner.ME)
    theirs = add_task(journal, note, "Share their Q1 targets", None, owner=CommitmentOwner.THEM)
    tasks = load_interaction(journal, note).tasks
    assert [(t.id, t.kind, t.owner) for t in tasks] == [
        (follow_up, EntryKind.FOLLOW_UP, None),
        (mine, EntryKind.COMMITMENT, CommitmentOwner.ME),
        (theirs, EntryKind.COMMITMENT, CommitmentOwner.THEM),
    ]
    with journal.read() as session:
        entry = session.get_one(Entry, follow_up)
        assert entry.source_entry_id == note and entry.due_date == date(2026, 12, 1)
        assert [p.display_name for p in entry.people] == ["Nguyễn Thị Lan"]
        assert [p.name for p in entry.partners] == ["Acme Pay"]
    set_task_done(journal, follow_up, True)
    set_task_done(journal, mine, True)
    done = {t.id: t.done for t in load_interaction(journal, note).tasks}
    assert done == {follow_up: True, mine: True, theirs: False}
    with journal.read() as session:
        assert session.get_one(Entry, follow_up).status == FollowUpStatus.DONE.value
    with pytest.raises(UsageError, match="needs a date"):
        add_task(journal, note, "whenever", None)
    with pytest.raises(UsageError):
        add_task(journal, note, "   ", date(2026, 12, 1))


def test_topics_are_offered_to_personal_details_once(journal: Journal, note: int) -> None:
    lan = load_interaction(journal, note).people[0].id
    added = add_topics_to_person(
        journal, note, lan, ["Daughter starts university", "loves trail running"]
    )
    assert added == ["Daughter starts university", "loves trail running"]
    again = add_topics_to_person(journal, note, lan, ["daughter STARTS university", "new one"])
    assert again == ["new one"]
    details = [d.text for d in get_person(journal, lan).details]
    assert details == ["Daughter starts university", "loves trail running", "new one"]


def test_an_empty_note_takes_its_title_from_its_first_line(journal: Journal) -> None:
    lan = create_person(journal, "Lan")
    entry = new_interaction(journal, InteractionKind.MEETING, person_ids=[lan])
    save_interaction_field(journal, entry, "body", "\n  Quarterly review with Lan  \nmore")
    assert load_interaction(journal, entry).title == "Quarterly review with Lan"
    with journal.read() as session:
        assert session.scalars(select(Entry.kind).where(Entry.id == entry)).one() == (
            EntryKind.INTERACTION
        )

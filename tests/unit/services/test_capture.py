from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from partnerbook.domain.dates import When
from partnerbook.domain.enums import EntryKind, FollowUpStatus, InteractionKind
from partnerbook.errors import UsageError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person


def _count(journal: Journal, model: type[object]) -> int:
    with journal.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def test_capture_creates_unknown_people_and_partner(journal: Journal) -> None:
    saved = capture_note(
        journal,
        NoteRequest(
            "Coffee at Highlands\nShe needs the Q1 KPI",
            people=["Nguyễn Thị Lan"],
            partner="Vietcombank",
            kind=InteractionKind.COFFEE,
        ),
    )
    assert saved.title == "Coffee at Highlands"
    assert [p.display_name for p in saved.created_people] == ["Nguyễn Thị Lan"]
    assert saved.created_partner and saved.partner is not None
    with journal.read() as session:
        entry = session.get_one(Entry, saved.entry_id)
        assert entry.kind is EntryKind.INTERACTION
        assert entry.interaction_kind is InteractionKind.COFFEE
        assert entry.body == "Coffee at Highlands\nShe needs the Q1 KPI"
        assert [p.display_name for p in entry.people] == ["Nguyễn Thị Lan"]
        assert [p.name for p in entry.partners] == ["Vietcombank"]
        assert entry.created_by == "tester"


def test_capture_finds_existing_people_without_diacritics(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    lan = add_person("Nguyễn Thị Lan")
    dang = add_person("Đặng Văn Minh")
    saved = capture_note(journal, NoteRequest("call", people=["ngu", "DANG"]))
    assert [p.id for p in saved.people] == [lan, dang]
    assert saved.created_people == ()
    assert _count(journal, Person) == 2


def test_exact_name_wins_over_a_longer_prefix(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    lan = add_person("Lan")
    add_person("Lan Anh")
    saved = capture_note(journal, NoteRequest("hi", people=["lan"]))
    assert [p.id for p in saved.people] == [lan]


def test_a_word_inside_the_name_matches_when_unique(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    sarah = add_person("Sarah Cohen")
    add_person("Giulia Rossi")
    saved = capture_note(journal, NoteRequest("hi", people=["cohen"]))
    assert [p.id for p in saved.people] == [sarah]


def test_ambiguous_prefix_lists_candidates_and_saves_nothing(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    add_person("Sarah Cohen")
    add_person("Sara Levi")
    with pytest.raises(UsageError) as raised:
        capture_note(journal, NoteRequest("hi", people=["sar"]))
    assert "Sarah Cohen" in raised.value.message and "Sara Levi" in raised.value.message
    assert _count(journal, Entry) == 0


def test_like_wildcards_in_names_are_literal(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    add_person("Anna")
    saved = capture_note(journal, NoteRequest("hi", people=["%"]))
    assert [p.display_name for p in saved.created_people] == ["%"]


def test_deleted_people_are_not_matched(journal: Journal, add_person: Callable[..., int]) -> None:
    add_person("Marco Bianchi", deleted_at=datetime.now(UTC))
    saved = capture_note(journal, NoteRequest("hi", people=["marco"]))
    assert [p.display_name for p in saved.created_people] == ["marco"]


def test_same_person_twice_is_linked_once(journal: Journal, add_person: Callable[..., int]) -> None:
    add_person("王伟")
    saved = capture_note(journal, NoteRequest("合作", people=["王伟", "王"]))
    assert len(saved.people) == 1


def test_follow_up_takes_the_first_line_and_links_the_note(journal: Journal) -> None:
    saved = capture_note(
        journal,
        NoteRequest(
            "Send the deck\nand the pricing",
            people=["Shira Cohen"],
            partner="Studio Or",
            follow_up=When(date(2026, 12, 1), time(10, 0)),
        ),
    )
    assert saved.follow_up_id is not None and saved.follow_up_due == date(2026, 12, 1)
    with journal.read() as session:
        follow_up = session.get_one(Entry, saved.follow_up_id)
        assert follow_up.kind is EntryKind.FOLLOW_UP
        assert follow_up.title == "Send the deck"
        assert follow_up.status == FollowUpStatus.OPEN.value
        assert follow_up.due_time == time(10, 0)
        assert follow_up.source_entry_id == saved.entry_id
        assert [p.display_name for p in follow_up.people] == ["Shira Cohen"]
        assert [p.name for p in follow_up.partners] == ["Studio Or"]


def test_given_time_is_stored_in_utc(journal: Journal) -> None:
    moment = datetime(2026, 1, 15, 10, 30, tzinfo=UTC)
    saved = capture_note(journal, NoteRequest("met", at=moment))
    with journal.read() as session:
        assert session.get_one(Entry, saved.entry_id).at == moment


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_note_is_refused(journal: Journal, text: str) -> None:
    with pytest.raises(UsageError, match="empty"):
        capture_note(journal, NoteRequest(text))


def test_a_5mb_note_is_refused_with_advice_and_nothing_saved(journal: Journal) -> None:
    with pytest.raises(UsageError) as raised:
        capture_note(journal, NoteRequest("x" * 5_000_000, people=["Lan"]))
    assert "5.0 MB" in raised.value.message
    assert "Split" in raised.value.hint
    assert _count(journal, Entry) == 0 and _count(journal, Person) == 0


def test_emoji_and_right_to_left_names_round_trip(journal: Journal) -> None:
    saved = capture_note(journal, NoteRequest("🎉 deal!", people=["🦄 Unicorn", "שירה כהן"]))
    assert [p.display_name for p in saved.people] == ["🦄 Unicorn", "שירה כהן"]
    again = capture_note(journal, NoteRequest("again", people=["שירה"]))
    assert [p.display_name for p in again.people] == ["שירה כהן"]


def test_overlong_names_are_refused(journal: Journal) -> None:
    with pytest.raises(UsageError, match="characters long"):
        capture_note(journal, NoteRequest("hi", people=["x" * 301]))
    assert _count(journal, Partner) == 0


def test_namesakes_are_told_apart_by_number(
    journal: Journal, add_person: Callable[..., int]
) -> None:
    first = add_person("Nguyễn Thị Lan")
    add_person("Nguyễn Thị Lan")
    with pytest.raises(UsageError) as raised:
        capture_note(journal, NoteRequest("hi", people=["Nguyễn Thị Lan"]))
    assert f"#{first}" in raised.value.message and "#12" in raised.value.hint
    saved = capture_note(journal, NoteRequest("hi", people=[f"#{first}"]))
    assert [p.id for p in saved.people] == [first]
    with pytest.raises(UsageError, match="no person #999"):
        capture_note(journal, NoteRequest("hi", people=["#999"]))


def test_a_new_person_met_through_a_partner_works_there(journal: Journal) -> None:
    saved = capture_note(journal, NoteRequest("hi", people=["Marco Gallo"], partner="Lumen"))
    with journal.read() as session:
        person = session.get_one(Person, saved.people[0].id)
        assert person.partner is not None and person.partner.name == "Lumen"

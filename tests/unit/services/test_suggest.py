"""Names as you type: the search index narrows who is looked at when it finds few, the
stored last meetings order them; neither may change what is suggested, in which order, or
the last meeting shown: what every person's own meetings say."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.text import fold
from partnerbook.services import suggest
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.editing import trash
from partnerbook.services.people import create_person, delete_person
from partnerbook.services.suggest import suggest_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Person, entry_people

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
NAMES = [
    "Nguyễn Thị Lan",
    "Lan Trần",
    "Nguyen Van Lanh",
    "Langston Hughes",
    "王芳",
    "李王",
    "Ngô Bảo Châu",
]


@pytest.fixture
def crowd(journal: Journal) -> list[int]:
    """Sixty people whose names share beginnings, met at random moments; some trashed
    meetings, one trashed person, one never met."""
    rnd = random.Random(8)
    ids = []
    for number in range(60):
        base = NAMES[number % len(NAMES)]
        ids.append(create_person(journal, f"{base} {number}" if number >= len(NAMES) else base))
    create_person(journal, "Lan Never Met")
    delete_person(journal, create_person(journal, "Lan Trashed"))
    for _ in range(150):
        who = rnd.sample(ids, rnd.randint(1, 3))
        at = NOW - timedelta(hours=rnd.randint(0, 24 * 400))
        entry = capture_note(journal, NoteRequest("met", person_ids=who, at=at)).entry_id
        if rnd.random() < 0.1:
            trash(journal, Entry, entry, "note")
    return ids


def _expected(journal: Journal, typed: str, limit: int) -> list[tuple[int, datetime | None]]:
    """By the definition, from every live person and their live meetings: the names whose
    words begin as typed, an exact name first, then the latest met, never met last."""
    words = fold(typed).split()
    with journal.read() as session:
        people = session.execute(
            select(Person.id, Person.name_key).where(Person.deleted_at.is_(None))
        ).all()
        met: dict[int, datetime] = {}
        for person_id, at in session.execute(
            select(entry_people.c.person_id, Entry.at)
            .join(Entry, Entry.id == entry_people.c.entry_id)
            .where(Entry.kind == EntryKind.INTERACTION, Entry.deleted_at.is_(None))
        ):
            met[person_id] = max(met.get(person_id, at), at)

    def begins(name_key: str, word: str) -> bool:
        cjk = any("\u3400" <= char <= "\u9fff" for char in word)
        return any(w.startswith(word) for w in name_key.split()) or (cjk and word in name_key)

    found = [(pid, key) for pid, key in people if words and all(begins(key, w) for w in words)]
    found.sort(
        key=lambda row: (
            row[1] != " ".join(words),
            row[0] not in met,
            -met[row[0]].timestamp() if row[0] in met else 0.0,
            row[1],
            row[0],
        )
    )
    return [(pid, met.get(pid)) for pid, _key in found[:limit]]


def _shown(journal: Journal, typed: str, limit: int) -> list[tuple[int, datetime | None]]:
    return [(choice.id, choice.last_met) for choice in suggest_people(journal, typed, limit)]


TYPED = ["l", "la", "lan", "nguyen", "ng", "ngu lan", "王", "王芳", "lan 1", "zz", "lan trần"]


def test_the_same_people_in_the_same_order(
    journal: Journal, crowd: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Narrowed by the index, read by last meeting, or with no index at all: the same.
    for many in [1, 5, 40, 10**6]:
        monkeypatch.setattr(suggest, "MANY", many)
        for limit in [1, 3, 8, 30]:
            for typed in TYPED:
                assert _shown(journal, typed, limit) == _expected(journal, typed, limit), (
                    typed,
                    limit,
                    many,
                )
    monkeypatch.setattr(type(journal), "search", property(lambda _self: None))
    for typed in TYPED:
        assert _shown(journal, typed, 8) == _expected(journal, typed, 8), typed


def test_met_lately_first_an_exact_name_before_all(journal: Journal, crowd: list[int]) -> None:
    found = suggest_people(journal, "lan tran", 8)
    assert found[0].display_name == "Lan Trần"
    met = [choice.last_met for choice in suggest_people(journal, "lan", 8)]
    assert all(m is not None for m in met)
    assert met == sorted(met, reverse=True)  # type: ignore[type-var]
    assert "Lan Trashed" not in [c.display_name for c in suggest_people(journal, "lan t", 30)]


@pytest.mark.parametrize("many", [1, 200])
def test_whoever_was_met_lately_is_suggested_however_far_down_the_alphabet(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, many: int
) -> None:
    """Typing "sa" wants the Sarah of last week's coffee, not the first Sams by name, nor
    the Sam met last year; whether the index narrows them (many) or not (one)."""
    monkeypatch.setattr(suggest, "MANY", many)
    now = datetime.now(UTC)
    sams = [create_person(journal, f"Sam {number:02d}") for number in range(12)]
    capture_note(journal, NoteRequest("lunch", person_ids=[sams[0]], at=now - timedelta(days=400)))
    sarah = create_person(journal, "Sarah Wright")
    capture_note(journal, NoteRequest("coffee", person_ids=[sarah], at=now - timedelta(days=3)))
    shown = suggest_people(journal, "sa", limit=3)
    assert [c.display_name for c in shown] == ["Sarah Wright", "Sam 00", "Sam 01"]
    assert shown[0].last_met == now - timedelta(days=3)
    late = capture_note(journal, NoteRequest("dinner", person_ids=[sams[5]], at=now))
    assert suggest_people(journal, "sa", limit=1)[0].display_name == "Sam 05"
    trash(journal, Entry, late.entry_id, "note")  # that dinner never was
    assert suggest_people(journal, "sa", limit=1)[0].display_name == "Sarah Wright"
    assert suggest_people(journal, "sam 05", limit=3)[0].display_name == "Sam 05"  # exact

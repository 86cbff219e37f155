"""Names as you type: the index narrows who is looked at, the latest meetings who was met
lately; neither may change what is suggested, in which order, or the last meeting shown."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from partnerbook.services import suggest
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.editing import trash
from partnerbook.services.people import create_person, delete_person
from partnerbook.services.suggest import suggest_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

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


def _plain(journal: Journal, typed: str, limit: int, monkeypatch: pytest.MonkeyPatch) -> object:
    """What every candidate's own meetings say, with no index to narrow them."""
    with monkeypatch.context() as plain:
        plain.setattr(suggest, "WALK_FROM", 10**6)
        plain.setattr(type(journal), "search", property(lambda _self: None))
        return suggest_people(journal, typed, limit)


def test_the_same_people_in_the_same_order(
    journal: Journal, crowd: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(suggest, "WALK_FROM", 5)
    typed_texts = [
        "l",
        "la",
        "lan",
        "nguyen",
        "ng",
        "ngu lan",
        "王",
        "王芳",
        "lan 1",
        "zz",
        "lan trần",
    ]
    for recent in [1, 5, 20, 1000]:  # too few meetings to settle it, enough, all of them
        monkeypatch.setattr(suggest, "RECENT_MEETINGS", recent)
        for limit in [1, 3, 8, 30]:
            for typed in typed_texts:
                found = suggest_people(journal, typed, limit)
                assert found == _plain(journal, typed, limit, monkeypatch), (typed, limit, recent)


def test_met_lately_first_an_exact_name_before_all(journal: Journal, crowd: list[int]) -> None:
    found = suggest_people(journal, "lan tran", 8)
    assert found[0].display_name == "Lan Trần"
    met = [choice.last_met for choice in suggest_people(journal, "lan", 8)]
    assert all(m is not None for m in met)
    assert met == sorted(met, reverse=True)  # type: ignore[type-var]
    assert "Lan Trashed" not in [c.display_name for c in suggest_people(journal, "lan t", 30)]


def test_whoever_was_met_lately_is_suggested_however_far_down_the_alphabet(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "sa" wants the Sarah of last week's coffee, not the first Sams by name
    (the candidates read in name order stop at CANDIDATE_LIMIT)."""
    monkeypatch.setattr(suggest, "CANDIDATE_LIMIT", 5)
    suggest._candidate_query.cache_clear()
    now = datetime.now(UTC)
    for number in range(12):
        create_person(journal, f"Sam {number:02d}")
    sarah = create_person(journal, "Sarah Wright")
    capture_note(journal, NoteRequest("coffee", person_ids=[sarah], at=now - timedelta(days=3)))
    try:
        shown = suggest_people(journal, "sa", limit=3)
    finally:
        suggest._candidate_query.cache_clear()
    assert shown[0].display_name == "Sarah Wright"

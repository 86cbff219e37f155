"""Reminders while the app runs: a follow-up falling due shows once, in the tray or a band."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from partnerbook.domain.dates import When
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.reminders import fallen_due
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.main_window import MainWindow


def _follow_up(journal: Journal, day: date, at: time | None) -> int:
    note = capture_note(journal, NoteRequest("coffee", people=["Lan"], follow_up=When(day, at)))
    assert note.follow_up_id is not None
    return note.follow_up_id


def test_a_follow_up_falls_due_at_its_time_or_at_nine(journal: Journal) -> None:
    day = date(2026, 12, 1)
    timed = _follow_up(journal, day, time(15, 30))
    untimed = _follow_up(journal, day, None)
    local = datetime(2026, 12, 1, 0, 0).astimezone()
    assert [r.entry_id for r in fallen_due(journal, local, local.replace(hour=9))] == [untimed]
    later = fallen_due(journal, local.replace(hour=9), local.replace(hour=16))
    assert [(r.entry_id, r.who) for r in later] == [(timed, "Lan")]
    assert fallen_due(journal, local.replace(hour=16), local.replace(hour=23)) == []


def test_a_snoozed_follow_up_falls_due_when_its_snooze_ends(journal: Journal) -> None:
    entry = _follow_up(journal, date(2026, 12, 1), None)
    until = datetime(2026, 12, 2, 14, 0).astimezone()
    with journal.write() as session:
        session.get_one(Entry, entry).snoozed_until = until.astimezone(UTC)
    day_one = datetime(2026, 12, 1, 0, 0).astimezone()
    assert fallen_due(journal, day_one, day_one + timedelta(hours=12)) == []
    found = fallen_due(journal, until - timedelta(minutes=1), until + timedelta(minutes=1))
    assert [r.entry_id for r in found] == [entry]


def test_without_a_tray_the_window_shows_a_band_once(
    journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    today = datetime.now().astimezone()
    soon = today + timedelta(minutes=1)
    entry = _follow_up(journal, soon.date(), soon.time().replace(second=0, microsecond=0))
    window = make_window()
    window._reminded_until = today  # as start_reminders would have set it
    window.check_reminders(today + timedelta(minutes=2))
    assert window.banner.isVisible()
    assert "coffee" in window.banner.text.text() and "Lan" in window.banner.text.text()
    window.banner.snooze_button.click()
    assert not window.banner.isVisible()
    with journal.read() as session:
        assert session.get_one(Entry, entry).snoozed_until is not None
    window.check_reminders(today + timedelta(minutes=3))  # already reminded: not again
    assert not window.banner.isVisible()

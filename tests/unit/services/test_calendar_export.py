"""The calendar file: the right events, stable UIDs, growing SEQUENCE, alarms, any script."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from partnerbook.domain.dates import When
from partnerbook.domain.enums import CommitmentOwner
from partnerbook.errors import UsageError
from partnerbook.services import follow_ups
from partnerbook.services.calendar_export import export_ics
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import add_task
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def tasks(journal: Journal) -> dict[str, int]:
    note = capture_note(
        journal,
        NoteRequest(
            "Cà phê với chị Lan 🎯\n她需要第一季度的KPI",
            people=["Nguyễn Thị Lan"],
            partner="Ngân hàng Sen Vàng",
            follow_up=When(date(2026, 12, 1)),
        ),
    )
    assert note.follow_up_id is not None
    timed = add_task(journal, note.entry_id, "Call שירה", date(2026, 12, 2), time(15, 30))
    mine = add_task(
        journal, note.entry_id, "Intro to CFO", date(2026, 12, 5), owner=CommitmentOwner.ME
    )
    theirs = add_task(
        journal, note.entry_id, "Q1 targets", date(2026, 12, 6), owner=CommitmentOwner.THEM
    )
    add_task(journal, note.entry_id, "No date", None, owner=CommitmentOwner.ME)
    done = add_task(journal, note.entry_id, "Done already", date(2026, 12, 3))
    follow_ups.complete(journal, done)
    repeat = add_task(
        journal,
        note.entry_id,
        "Monthly check-in",
        date(2026, 12, 10),
        recurrence=follow_ups.every(1, "month"),
    )
    return {
        "all_day": note.follow_up_id,
        "timed": timed,
        "mine": mine,
        "theirs": theirs,
        "repeat": repeat,
    }


def test_open_follow_ups_and_dated_promises_become_events_with_alarms(
    journal: Journal, tasks: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "partnerbook.ics"
    summary = export_ics(journal, target)
    assert (summary.follow_ups, summary.promises) == (3, 2)
    events = _events(target)
    assert len(events) == 5
    by_id = {int(uid.split("@")[0].rsplit("-", 1)[1]): e for uid, e in events.items()}
    all_day = by_id[tasks["all_day"]]
    assert all_day["summary"] == "Follow up: Cà phê với chị Lan 🎯"
    assert all_day.decoded("dtstart") == date(2026, 12, 1)
    assert "她需要第一季度的KPI" in str(all_day["description"])
    assert "Ngân hàng Sen Vàng" in str(all_day["description"])
    [alarm] = all_day.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY" and alarm.decoded("trigger") == timedelta(hours=9)
    timed = by_id[tasks["timed"]]
    start = timed.decoded("dtstart")
    assert (start.astimezone().date(), start.astimezone().time()) == (
        date(2026, 12, 2),
        time(15, 30),
    )
    assert timed.walk("VALARM")[0].decoded("trigger") == -timedelta(minutes=15)
    assert by_id[tasks["mine"]]["summary"] == "I promised: Intro to CFO"
    assert by_id[tasks["theirs"]]["summary"] == "Nguyễn Thị Lan promised: Q1 targets"
    rule = by_id[tasks["repeat"]]["rrule"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["INTERVAL"] == [1]


def test_uids_are_stable_and_the_sequence_grows_on_change(
    journal: Journal, tasks: dict[str, int], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(journal, first)
    with journal.write() as session:
        session.get_one(Entry, tasks["timed"]).title = "Call שירה about the pilot"
    follow_ups.complete(journal, tasks["all_day"])
    export_ics(journal, second)
    before, after = _events(first), _events(second)
    gone = set(before) - set(after)
    assert len(gone) == 1 and f"follow-up-{tasks['all_day']}@" in next(iter(gone))
    assert set(after) <= set(before)  # the same UIDs: a re-import updates, never duplicates
    uid = next(u for u in after if u.startswith(f"follow-up-{tasks['timed']}@"))
    assert int(after[uid]["sequence"]) > int(before[uid]["sequence"])
    assert str(after[uid]["summary"]) == "Follow up: Call שירה about the pilot"


def test_a_folder_or_the_journal_itself_is_refused(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(UsageError, match="folder"):
        export_ics(journal, tmp_path)
    with pytest.raises(UsageError, match="journal itself"):
        export_ics(journal, journal_path)


def test_an_empty_journal_writes_an_empty_calendar(journal: Journal, tmp_path: Path) -> None:
    summary = export_ics(journal, tmp_path / "empty.ics")
    assert (summary.follow_ups, summary.promises) == (0, 0)
    assert _events(tmp_path / "empty.ics") == {}

"""The calendar file: the right events, stable UIDs, growing SEQUENCE, alarms, any script."""

from __future__ import annotations

import shutil
import time as clock
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from partnerbook.domain.dates import When
from partnerbook.domain.enums import CommitmentOwner
from partnerbook.errors import StorageError, UsageError
from partnerbook.services import follow_ups
from partnerbook.services.calendar_export import export_ics
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import add_task
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal
from partnerbook.store.models import Entry


def _events(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def _by_id(path: Path) -> dict[int, Any]:
    return {int(uid.split("@")[0].rsplit("-", 1)[1]): e for uid, e in _events(path).items()}


def _note(journal: Journal, text: str = "Coffee", due: date = date(2026, 12, 1)) -> tuple[int, int]:
    note = capture_note(journal, NoteRequest(text, people=["Lan"], follow_up=When(due)))
    assert note.follow_up_id is not None
    return note.entry_id, note.follow_up_id


def _change(journal: Journal, entry_id: int, **values: object) -> None:
    with journal.write() as session:
        row = session.get_one(Entry, entry_id)
        for name, value in values.items():
            setattr(row, name, value)


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
    dismissed = add_task(journal, note.entry_id, "Not needed", date(2026, 12, 3))
    follow_ups.dismiss(journal, dismissed)
    for close in (follow_ups.complete, follow_ups.dismiss, follow_ups.break_promise):
        promise = add_task(
            journal, note.entry_id, "Closed", date(2026, 12, 4), owner=CommitmentOwner.ME
        )
        close(journal, promise)
    trashed = add_task(journal, note.entry_id, "In the trash", date(2026, 12, 4))
    _change(journal, trashed, deleted_at=datetime.now(UTC))
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
    assert (summary.follow_ups, summary.promises, summary.ended_repeats) == (3, 2, 0)
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["prodid"]) == "-//PartnerBook//PartnerBook//EN"
    assert str(calendar["x-wr-calname"]) == "PartnerBook"
    by_id = _by_id(target)
    assert set(by_id) == set(tasks.values())
    all_day = by_id[tasks["all_day"]]
    assert all_day["summary"] == "Follow up: Cà phê với chị Lan 🎯"
    assert all_day.decoded("dtstart") == date(2026, 12, 1)
    assert all_day.decoded("dtend") == date(2026, 12, 2)
    assert "她需要第一季度的KPI" in str(all_day["description"])
    assert "Ngân hàng Sen Vàng" in str(all_day["description"])
    [alarm] = all_day.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY" and alarm.decoded("trigger") == timedelta(hours=9)
    assert str(alarm["description"]) == str(all_day["summary"])
    timed = by_id[tasks["timed"]]
    start = timed.decoded("dtstart")
    assert start.utcoffset() == timedelta(0)  # written in UTC
    assert (start.astimezone().date(), start.astimezone().time()) == (
        date(2026, 12, 2),
        time(15, 30),
    )
    assert timed.decoded("dtend") - start == timedelta(minutes=30)
    assert timed.walk("VALARM")[0].decoded("trigger") == -timedelta(minutes=15)
    assert by_id[tasks["mine"]]["summary"] == "I promised: Intro to CFO"
    assert by_id[tasks["theirs"]]["summary"] == "Nguyễn Thị Lan promised: Q1 targets"
    rule = by_id[tasks["repeat"]]["rrule"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["INTERVAL"] == [1]
    assert "RRULE" not in by_id[tasks["all_day"]]


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
    untouched = next(u for u in after if u.startswith(f"promise-{tasks['mine']}@"))
    assert int(after[untouched]["sequence"]) == int(before[untouched]["sequence"])


def test_the_uids_survive_moving_the_journal_and_differ_between_journals(
    tmp_path: Path,
) -> None:
    def uids(path: Path) -> set[str]:
        journal = open_journal(resolve_location(path), actor="tester")
        try:
            export_ics(journal, tmp_path / "out.ics")
        finally:
            journal.close()
        return set(_events(tmp_path / "out.ics"))

    one, other = tmp_path / "one" / "journal.sqlite", tmp_path / "other" / "journal.sqlite"
    for path in (one, other):
        path.parent.mkdir()
        journal = open_journal(resolve_location(path), actor="tester")
        try:
            _note(journal)
        finally:
            journal.close()
    before = uids(one)
    moved = tmp_path / "moved" / "renamed.sqlite"
    moved.parent.mkdir()
    shutil.move(one, moved)
    assert uids(moved) == before
    assert not uids(other) & before


def test_a_done_repeating_follow_up_ends_its_series_and_the_next_one_starts(
    journal: Journal, tmp_path: Path
) -> None:
    note_id, _ = _note(journal)
    repeat = add_task(
        journal, note_id, "Weekly call", date(2026, 12, 7), recurrence=follow_ups.every(1, "week")
    )
    export_ics(journal, tmp_path / "a.ics")
    following = follow_ups.complete(journal, repeat).next_id
    assert following is not None
    summary = export_ics(journal, tmp_path / "b.ics")
    assert (summary.follow_ups, summary.ended_repeats) == (2, 1)
    before, after = _by_id(tmp_path / "a.ics"), _by_id(tmp_path / "b.ics")
    ended = after[repeat]
    assert "RRULE" not in ended and not ended.walk("VALARM")
    assert ended.decoded("dtstart") == date(2026, 12, 7)
    assert int(ended["sequence"]) > int(before[repeat]["sequence"])
    assert after[following].decoded("dtstart") == date(2026, 12, 14)
    assert after[following]["rrule"]["FREQ"] == ["WEEKLY"]


def test_a_snooze_past_the_due_moment_moves_the_event(journal: Journal, tmp_path: Path) -> None:
    note_id, all_day = _note(journal, due=date(2026, 12, 1))
    early = add_task(journal, note_id, "Early snooze", date(2026, 12, 1), time(15, 0))
    later = datetime(2026, 12, 3, 14, 0).astimezone()
    follow_ups.snooze(journal, all_day, later)
    follow_ups.snooze(journal, early, datetime(2026, 12, 1, 8, 0).astimezone())
    export_ics(journal, tmp_path / "out.ics")
    events = _by_id(tmp_path / "out.ics")
    moved = events[all_day]
    assert moved.decoded("dtstart") == later.astimezone(UTC)
    assert moved.decoded("dtend") - moved.decoded("dtstart") == timedelta(minutes=30)
    assert moved.walk("VALARM")[0].decoded("trigger") == -timedelta(minutes=15)
    kept = events[early].decoded("dtstart")
    assert kept == datetime(2026, 12, 1, 15, 0).astimezone().astimezone(UTC)


def test_a_repeat_rule_that_is_not_valid_is_left_out(journal: Journal, tmp_path: Path) -> None:
    _, broken = _note(journal)
    _, fine = _note(journal)
    _change(journal, broken, recurrence="FREQ=FORTNIGHTLY")
    _change(journal, fine, recurrence="RRULE:FREQ=DAILY;COUNT=3")
    export_ics(journal, tmp_path / "out.ics")
    events = _by_id(tmp_path / "out.ics")
    assert "RRULE" not in events[broken] and events[broken].walk("VALARM")
    assert dict(events[fine]["rrule"]) == {"FREQ": ["DAILY"], "COUNT": [3]}


@pytest.fixture
def rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(clock, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Europe/Rome")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


@pytest.mark.usefixtures("rome")
def test_a_repeating_timed_follow_up_keeps_its_local_time_across_daylight_saving(
    journal: Journal, tmp_path: Path
) -> None:
    note_id, _ = _note(journal)
    weekly = add_task(
        journal,
        note_id,
        "Weekly call",
        date(2026, 3, 2),
        time(15, 30),
        recurrence=follow_ups.every(1, "week"),
    )
    export_ics(journal, tmp_path / "out.ics")
    calendar = Calendar.from_ical((tmp_path / "out.ics").read_bytes())
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Rome"]
    event = _by_id(tmp_path / "out.ics")[weekly]
    assert event["dtstart"].params["TZID"] == "Europe/Rome"
    start = event.decoded("dtstart")
    assert (start.replace(tzinfo=None), str(start.tzinfo)) == (
        datetime(2026, 3, 2, 15, 30),
        "Europe/Rome",
    )


def test_every_script_round_trips_and_lines_end_in_crlf(journal: Journal, tmp_path: Path) -> None:
    title = "Gửi báo cáo cho שירה כהן và 王小明 🎉🤝 " * 3
    body = "Ghi chú: đã thống nhất lộ trình 📈\nשלום עולם — 你好，世界"
    note = capture_note(
        journal,
        NoteRequest(
            body,
            people=["Trần Thị Hằng", "שירה כהן", "王小明"],
            partner="北京合作伙伴 🏢",
            follow_up=When(date(2026, 12, 1)),
        ),
    )
    assert note.follow_up_id is not None
    _change(journal, note.follow_up_id, title=title.strip())
    target = tmp_path / "out.ics"
    export_ics(journal, target)
    raw = target.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")
    event = _by_id(target)[note.follow_up_id]
    assert str(event["summary"]) == f"Follow up: {title.strip()}"
    description = str(event["description"])
    for text in (
        "Trần Thị Hằng",
        "שירה כהן",
        "王小明",
        "北京合作伙伴 🏢",
        "đã thống nhất lộ trình 📈",
    ):
        assert text in description
    assert "שלום עולם — 你好，世界" in description


def test_a_folder_or_the_journal_itself_is_refused(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(UsageError, match="folder"):
        export_ics(journal, tmp_path)
    for name in (journal_path.name, journal_path.name + "-wal"):
        with pytest.raises(UsageError, match="journal itself"):
            export_ics(journal, journal_path.with_name(name))


def test_a_place_that_cannot_be_written_is_a_storage_error(
    journal: Journal, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("x")
    with pytest.raises(StorageError, match="Cannot write") as raised:
        export_ics(journal, not_a_folder / "out.ics")
    assert raised.value.hint
    assert not [path for path in tmp_path.rglob("*") if path.name.endswith(".partial")]


def test_an_empty_journal_writes_an_empty_calendar(journal: Journal, tmp_path: Path) -> None:
    summary = export_ics(journal, tmp_path / "empty.ics")
    assert (summary.follow_ups, summary.promises) == (0, 0)
    assert _events(tmp_path / "empty.ics") == {}

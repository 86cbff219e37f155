"""``partnerbook note``: capture, name matching, dates, follow-ups, limits, any script."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

SEEDED_PEOPLE = ("Lan", "Lan Anh", "Nguyễn Thị Lan", "Đặng Văn Minh", "Sarah Cohen")
SEEDED_PARTNERS = ("Ngân hàng Sen Vàng", "Ngân hàng Á Châu")


def seed(pb: PartnerBookCli, db: Path) -> dict[str, int]:
    """People and partners made through the services; returns their ids by name."""
    from partnerbook.services.partners import create_partner
    from partnerbook.services.people import create_person

    with pb.journal(db) as journal:
        ids = {name: create_person(journal, name) for name in SEEDED_PEOPLE}
        ids.update({name: create_partner(journal, name) for name in SEEDED_PARTNERS})
    return ids


def entry_people(pb: PartnerBookCli, db: Path, entry_id: int) -> list[str]:
    rows = pb.query(
        db,
        "SELECT p.display_name FROM entry_people ep JOIN people p ON p.id = ep.person_id "
        "WHERE ep.entry_id = ? ORDER BY p.id",
        entry_id,
    )
    return [name for (name,) in rows]


def entry_partners(pb: PartnerBookCli, db: Path, entry_id: int) -> list[str]:
    rows = pb.query(
        db,
        "SELECT p.name FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id "
        "WHERE ep.entry_id = ? ORDER BY p.id",
        entry_id,
    )
    return [name for (name,) in rows]


def saved_id(stdout: str) -> int:
    """The entry number from 'Saved coffee #12 on …'."""
    first = stdout.splitlines()[0]
    assert first.startswith("Saved "), stdout
    return int(first.split("#", 1)[1].split()[0])


def stored_at(pb: PartnerBookCli, db: Path, entry_id: int) -> datetime:
    [(text,)] = pb.query(db, "SELECT at FROM entries WHERE id = ?", entry_id)
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- saving and saying what was saved -----------------------------------------------------


def test_note_saves_and_prints_what_it_saved(pb: PartnerBookCli, db: Path) -> None:
    result = pb(
        "--db",
        str(db),
        "note",
        "Coffee at Trung Nguyên\nShe needs a Q1 KPI win; wants to be seen by her boss.",
        "--with",
        "Minh Trần",
        "--with",
        "Sarah Cohen",
        "--partner",
        "Ví Điện Tử MoMo",
        "--kind",
        "coffee",
    )
    assert result.returncode == 0, result.describe()
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Saved coffee #1 on ")
    assert lines[0].endswith(": Coffee at Trung Nguyên")
    assert lines[1:] == [
        "  with Minh Trần (new person added)",
        "  with Sarah Cohen (new person added)",
        "  partner Ví Điện Tử MoMo (new partner added)",
    ]

    [row] = pb.query(db, "SELECT kind, interaction_kind, title, body, status FROM entries")
    assert row == (
        "interaction",
        "coffee",
        "Coffee at Trung Nguyên",
        "Coffee at Trung Nguyên\nShe needs a Q1 KPI win; wants to be seen by her boss.",
        None,
    )
    assert entry_people(pb, db, 1) == ["Minh Trần", "Sarah Cohen"]
    assert entry_partners(pb, db, 1) == ["Ví Điện Tử MoMo"]
    # Someone new, met through a partner, is recorded as working there.
    assert pb.query(
        db, "SELECT p.display_name, pa.name FROM people p JOIN partners pa ON pa.id = p.partner_id"
    ) == [("Minh Trần", "Ví Điện Tử MoMo"), ("Sarah Cohen", "Ví Điện Tử MoMo")]

    again = pb("--db", str(db), "note", "Quick call", "--with", "minh", "--partner", "vi dien")
    assert again.returncode == 0, again.describe()
    assert again.stdout.splitlines()[1:] == ["  with Minh Trần", "  partner Ví Điện Tử MoMo"]
    assert pb.count(db, "people") == 2
    assert pb.count(db, "partners") == 1
    assert pb.query(db, "SELECT interaction_kind FROM entries WHERE id = 2") == [("note",)]


def test_names_match_exactly_first_then_by_a_unique_prefix(pb: PartnerBookCli, db: Path) -> None:
    ids = seed(pb, db)
    result = pb(
        "--db",
        str(db),
        "note",
        "Workshop",
        "--with",
        "lan",  # "Lan" exactly, although "Lan Anh" and "Nguyễn Thị Lan" also start with it
        "--with",
        "ngu",  # no accents
        "--with",
        "DANG",  # any case, and đ is a d
        "--with",
        "sar",
        "--partner",
        "NGAN HANG S",
    )
    assert result.returncode == 0, result.describe()
    assert "new person" not in result.stdout and "new partner" not in result.stdout
    assert result.stdout.splitlines()[1:] == [
        "  with Lan",
        "  with Nguyễn Thị Lan",
        "  with Đặng Văn Minh",
        "  with Sarah Cohen",
        "  partner Ngân hàng Sen Vàng",
    ]
    entry_id = saved_id(result.stdout)
    linked = pb.query(
        db, "SELECT person_id FROM entry_people WHERE entry_id = ? ORDER BY person_id", entry_id
    )
    assert [person_id for (person_id,) in linked] == sorted(
        ids[name] for name in ("Lan", "Nguyễn Thị Lan", "Đặng Văn Minh", "Sarah Cohen")
    )
    assert pb.count(db, "people") == len(SEEDED_PEOPLE)
    assert pb.count(db, "partners") == len(SEEDED_PARTNERS)


def test_an_ambiguous_name_lists_the_candidates_and_saves_nothing(
    pb: PartnerBookCli, db: Path
) -> None:
    ids = seed(pb, db)
    before = pb.digest(db)

    person = pb("--db", str(db), "note", "Lunch", "--with", "la", "--follow-up", "tomorrow")
    pb.assert_refused(person, code=2)
    assert "'la' matches more than one person" in person.stderr
    assert f"  - #{ids['Lan']} Lan\n" in person.stderr
    assert f"  - #{ids['Lan Anh']} Lan Anh\n" in person.stderr
    assert "Nguyễn" not in person.stderr  # a word inside the name is not a prefix of it
    assert person.stdout == ""

    partner = pb("--db", str(db), "note", "Lunch", "--with", "Lan", "--partner", "ngan hang")
    pb.assert_refused(partner, code=2)
    assert "'ngan hang' matches more than one partner" in partner.stderr
    assert "  - Ngân hàng Sen Vàng\n" in partner.stderr
    assert "  - Ngân hàng Á Châu\n" in partner.stderr

    assert pb.count(db, "entries") == 0
    assert pb.count(db, "people") == len(SEEDED_PEOPLE)
    assert pb.count(db, "partners") == len(SEEDED_PARTNERS)
    assert pb.digest(db) == before
    due = pb("--db", str(db), "due", "--within", "30", "--json")
    assert due.returncode == 0, due.describe()
    assert json.loads(due.stdout)["follow_ups"] == []


def test_a_name_given_by_number_picks_that_person(pb: PartnerBookCli, db: Path) -> None:
    ids = seed(pb, db)
    result = pb("--db", str(db), "note", "Call", "--with", f"#{ids['Lan Anh']}")
    assert result.returncode == 0, result.describe()
    assert result.stdout.splitlines()[1:] == ["  with Lan Anh"]

    missing = pb("--db", str(db), "note", "Call", "--with", "#9999")
    pb.assert_refused(missing, code=2)
    assert "There is no person #9999." in missing.stderr
    assert pb.count(db, "entries") == 1


# --- when it happened ---------------------------------------------------------------------


def test_at_an_iso_time_is_local_time_stored_in_utc(pb: PartnerBookCli, db: Path) -> None:
    result = pb(
        "--db",
        str(db),
        "note",
        "Breakfast meeting",
        "--kind",
        "meeting",
        "--at",
        "2026-01-15 10:30",
        env={"TZ": "ICT-7"},  # POSIX for UTC+7 (Vietnam): needs no time zone database
    )
    assert result.returncode == 0, result.describe()
    assert result.stdout.startswith("Saved meeting #1 on Thu 15 Jan 2026 10:30: Breakfast meeting")
    expected = datetime(2026, 1, 15, 10, 30, tzinfo=timezone(timedelta(hours=7)))
    assert stored_at(pb, db, 1) == expected.astimezone(UTC)  # 03:30 UTC


def test_at_yesterday_keeps_the_time_of_day(pb: PartnerBookCli, db: Path) -> None:
    before = datetime.now().astimezone().replace(second=0, microsecond=0)
    result = pb("--db", str(db), "note", "Dinner", "--at", "yesterday")
    after = datetime.now().astimezone()
    assert result.returncode == 0, result.describe()
    at = stored_at(pb, db, 1).astimezone()
    assert before - timedelta(days=1) <= at <= after - timedelta(days=1)
    assert at.second == 0 and at.microsecond == 0


def test_without_at_the_note_is_now(pb: PartnerBookCli, db: Path) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    result = pb("--db", str(db), "note", "Now")
    after = datetime.now(UTC) + timedelta(seconds=1)
    assert result.returncode == 0, result.describe()
    assert before <= stored_at(pb, db, 1) <= after


# --- follow-ups ---------------------------------------------------------------------------


def test_follow_ups_take_natural_and_iso_dates(pb: PartnerBookCli, db: Path) -> None:
    today = date.today()
    next_monday = today + timedelta(days=7 - today.weekday())
    wanted = {
        "tomorrow": today + timedelta(days=1),
        "2026-12-01": date(2026, 12, 1),
        "in 2 weeks": today + timedelta(weeks=2),
        "next tuesday": next_monday + timedelta(days=1),
    }
    for number, when in enumerate(wanted, start=1):
        result = pb(
            "--db",
            str(db),
            "note",
            f"Follow-up test {number}: {when}\n\nsecond line, not the title",
            "--with",
            "Sarah Cohen",
            "--partner",
            "Ví MoMo",
            "--follow-up",
            when,
        )
        assert result.returncode == 0, result.describe()
        due = wanted[when]
        assert result.stdout.splitlines()[-1] == (
            f"Follow-up #{2 * number} due {due:%a %d %b %Y}"
        ), result.stdout

    within = max((max(wanted.values()) - today).days, 0)
    report = pb("--db", str(db), "due", "--within", str(within), "--json")
    assert report.returncode == 0, report.describe()
    follow_ups = json.loads(report.stdout)["follow_ups"]
    got = {item["text"]: item for item in follow_ups}
    assert len(follow_ups) == len(wanted)
    for number, when in enumerate(wanted, start=1):
        assert got[f"Follow-up test {number}: {when}"] == {
            "id": 2 * number,
            "text": f"Follow-up test {number}: {when}",
            "due": wanted[when].isoformat(),
            "people": ["Sarah Cohen"],
            "partner": "Ví MoMo",
        }
    # Each follow-up points at the note it came from.
    sources = pb.query(
        db, "SELECT id, source_entry_id FROM entries WHERE kind = 'follow_up' ORDER BY id"
    )
    assert sources == [(2 * n, 2 * n - 1) for n in range(1, len(wanted) + 1)]


@pytest.mark.parametrize("option", ["--follow-up", "--at"])
def test_a_garbage_date_is_refused_and_nothing_is_saved(
    pb: PartnerBookCli, db: Path, option: str
) -> None:
    fresh = pb("--db", str(db), "note", "Coffee", "--with", "Lan", option, "the twelfth of never")
    pb.assert_refused(fresh, code=2)
    assert f"{option}: 'the twelfth of never' is not a date PartnerBook understands." in (
        fresh.stderr
    )
    assert "2026-12-01" in fresh.stderr  # it shows what works
    assert not db.exists()  # a refused note does not even create the journal
    assert pb.side_files(db) == []

    with pb.journal(db):
        pass
    before = pb.digest(db)
    existing = pb("--db", str(db), "note", "Coffee", option, "32/13/2026")
    pb.assert_refused(existing, code=2)
    assert pb.digest(db) == before
    assert pb.count(db, "entries") == 0
    assert pb.count(db, "people") == 0


# --- the text itself ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "  \n\t "])
def test_an_empty_note_is_refused(pb: PartnerBookCli, db: Path, text: str) -> None:
    result = pb("--db", str(db), "note", text, "--with", "Lan")
    pb.assert_refused(result, code=2)
    assert "The note is empty." in result.stderr
    assert not db.exists()


def test_a_100_kb_note_is_saved_whole(pb: PartnerBookCli, db: Path) -> None:
    # One argument may hold up to 128 KiB on Linux (MAX_ARG_STRLEN): 100 KB fits.
    text = "Minutes of the annual review\n" + "Điều khoản hợp tác. " * 4500
    assert 100_000 < len(text.encode("utf-8")) < 128 * 1024
    result = pb("--db", str(db), "note", text, "--with", "Lan")
    assert result.returncode == 0, result.describe()
    assert ": Minutes of the annual review" in result.stdout.splitlines()[0]
    assert pb.query(db, "SELECT title, body FROM entries") == [
        ("Minutes of the annual review", text.strip())
    ]


def test_a_note_over_1_mb_is_refused_by_the_command(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Over 128 KiB cannot be one argument on Linux, so this runs main() in-process."""
    from partnerbook.cli.main import main

    code = main(["--db", str(db), "note", "x" * 1_500_000, "--with", "Lan"])
    captured = capsys.readouterr()
    assert code == 2
    assert "The note is 1.5 MB; a note can hold up to 1 MB of text." in captured.err
    assert "Nothing was saved." in captured.err
    assert captured.out == ""
    assert not db.exists()


def test_the_1_mb_limit_in_the_capture_service(pb: PartnerBookCli, db: Path) -> None:
    from partnerbook.errors import UsageError
    from partnerbook.services.capture import (
        MAX_NOTE_BYTES,
        NoteRequest,
        capture_note,
        validate_note,
    )

    at_limit = "é" * (MAX_NOTE_BYTES // 2)  # two bytes each: exactly 1 MB
    assert validate_note(at_limit) == at_limit
    with pb.journal(db) as journal:
        with pytest.raises(UsageError, match="up to 1 MB"):
            capture_note(journal, NoteRequest(text=at_limit + "x", people=["Lan"]))
        saved = capture_note(journal, NoteRequest(text=at_limit, people=["Lan"]))
    assert saved.entry_id == 1
    assert pb.count(db, "entries") == 1
    assert pb.count(db, "people") == 1  # the refused note created nobody


# --- names in any script ------------------------------------------------------------------


def test_emoji_and_right_to_left_names_round_trip_exactly(pb: PartnerBookCli, db: Path) -> None:
    names = ["🦄 Unicorn", "שירה כהן", "王伟"]
    result = pb(
        "--db",
        str(db),
        "note",
        "合作 🎉 שיתוף פעולה",
        *[arg for name in names for arg in ("--with", name)],
        "--partner",
        "אל על",
        "--follow-up",
        "today",
    )
    assert result.returncode == 0, result.describe()
    assert result.stdout.splitlines()[1:4] == [
        f"  with {name} (new person added)" for name in names
    ]
    assert "  partner אל על (new partner added)" in result.stdout
    assert [name for (name,) in pb.query(db, "SELECT display_name FROM people ORDER BY id")] == (
        names
    )

    # Typing the beginning finds them again, in their own script.
    again = pb("--db", str(db), "note", "再见", "--with", "王", "--with", "שירה", "--with", "🦄")
    assert again.returncode == 0, again.describe()
    assert again.stdout.splitlines()[1:] == ["  with 王伟", "  with שירה כהן", "  with 🦄 Unicorn"]

    report = pb("--db", str(db), "due", "--json")
    assert report.returncode == 0, report.describe()
    assert "\\u" not in report.stdout  # written as UTF-8, not escaped
    [follow_up] = json.loads(report.stdout)["follow_ups"]
    assert follow_up["text"] == "合作 🎉 שיתוף פעולה"
    assert follow_up["people"] == sorted(names)  # by name, as SQLite orders them
    assert follow_up["partner"] == "אל על"

"""Several processes writing one journal at once lose nothing and fail nothing (issue 10,
part 2): ``partnerbook note`` commands side by side, in-process writer loops, two
processes editing the same person, and a stale edit refused in words.
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.safety.conftest import Processes, Started

pytestmark = pytest.mark.safety

WRITERS = 4


def _make_journal(path: Path, *people: str) -> None:
    from partnerbook.services.people import create_person
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    journal = open_journal(resolve_location(path), actor="tester")
    try:
        for name in people:
            create_person(journal, name)
    finally:
        journal.close()


def _assert_clean_exit(started: Started) -> None:
    assert started.returncode == 0, started.describe()
    assert "locked" not in started.stderr + started.stdout, started.describe()
    assert "busy" not in started.stderr + started.stdout, started.describe()
    assert "Traceback" not in started.stderr, started.describe()


def _run_side_by_side(processes: Processes, commands: list[list[tuple[str, ...]]]) -> list[Started]:
    """Each list of commands runs in order in its own thread; the lists run at once."""
    results: list[Started] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(commands))

    def worker(sequence: list[tuple[str, ...]]) -> None:
        barrier.wait()
        for args in sequence:
            done = processes.run_cli(*args)
            with lock:
                results.append(done)

    threads = [threading.Thread(target=worker, args=(sequence,)) for sequence in commands]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads)
    return results


@pytest.mark.parametrize("journal_exists", [True, False], ids=["journal", "new-journal"])
def test_note_commands_side_by_side_lose_nothing_and_fail_nothing(
    processes: Processes, journal_exists: bool
) -> None:
    """Four terminals saving notes about the same new person at once, even as the very
    first writes of a new journal (four processes creating its schema together)."""
    path = processes.journal
    if journal_exists:
        _make_journal(path)
    per_writer = processes.iterations(short=5, long=40)
    commands = [
        [
            (
                "note",
                f"Parallel p{w}n{n}",
                "--with",
                "Trần Minh",
                "--partner",
                "Sen Vàng",
                "--follow-up",
                "tomorrow",
            )
            for n in range(per_writer)
        ]
        for w in range(WRITERS)
    ]
    results = _run_side_by_side(processes, commands)
    assert len(results) == WRITERS * per_writer
    for done in results:
        _assert_clean_exit(done)
        assert done.stdout.startswith("Saved note #"), done.describe()

    titles = Counter(
        title
        for (title,) in processes.query(
            path, "SELECT title FROM entries WHERE kind = 'interaction'"
        )
    )
    expected = {f"Parallel p{w}n{n}" for w in range(WRITERS) for n in range(per_writer)}
    assert set(titles) == expected
    assert set(titles.values()) == {1}
    # The person and the partner were created once, by whichever came first.
    assert processes.query(path, "SELECT display_name FROM people") == [("Trần Minh",)]
    assert processes.query(path, "SELECT name FROM partners") == [("Sen Vàng",)]
    follow_ups = processes.query(path, "SELECT count(*) FROM entries WHERE kind = 'follow_up'")
    assert follow_ups == [(WRITERS * per_writer,)]
    check = processes.run_cli("check")
    assert check.returncode == 0, check.describe()
    from partnerbook.store.backup import verify_backup

    for backup in (path.parent / "journal-backups").glob("*.sqlite"):
        assert verify_backup(backup) == [], backup


def test_processes_creating_one_journal_at_once_all_succeed(
    processes: Processes, tmp_path: Path
) -> None:
    """The schema is made in one transaction under the write lock: the second process
    finds it made (each revision committing alone let it make 'drafts' a second time)."""
    for attempt in range(processes.iterations(short=4, long=40)):
        path = tmp_path / f"new-{attempt}" / "journal.sqlite"
        started = [
            processes.cli("note", f"first words {n}", "--with", "Lan", db=path) for n in range(6)
        ]
        for done in started:
            done.finish()
            _assert_clean_exit(done)
        assert len(processes.query(path, "SELECT id FROM entries")) == 6
        assert processes.query(path, "SELECT count(*) FROM people") == [(1,)]


def test_writer_loops_and_two_editors_of_one_person_lose_nothing(processes: Processes) -> None:
    path = processes.journal
    _make_journal(path, "Lan", "Editee")
    count = processes.iterations(short=40, long=400)
    writers = [processes.writer("notes", f"w{n}", count) for n in range(WRITERS)]
    editors = [
        processes.writer("edit-city", "Editee", count // 2),
        processes.writer("edit-role", "Editee", count // 2),
        processes.writer("edit-notes", "Editee", count // 2),
        # The same field, twice over, each with values of its own: were both to write
        # "Editee-7", the second write would change nothing and bump no version.
        processes.writer("edit-notes", "Editee/again", count // 2),
    ]
    for started in writers + editors:
        started.finish()
        _assert_clean_exit(started)

    acknowledged = [token for started in writers for token in started.lines("ACK")]
    assert len(acknowledged) == WRITERS * count
    titles = Counter(
        title.split()[1]
        for (title,) in processes.query(
            path, "SELECT title FROM entries WHERE title LIKE 'Coffee %'"
        )
    )
    assert set(titles) == set(acknowledged)
    assert set(titles.values()) == {1}
    ((city, role, notes, version),) = processes.query(
        path, "SELECT city, role, notes, version FROM people WHERE display_name = 'Editee'"
    )
    last = f"Editee-{count // 2}"
    assert (city, role) == (last, last)
    assert notes in {last, f"Editee/again-{count // 2}"}
    # Every acknowledged edit was written (none overwrote another's row unseen).
    edits = sum(len(started.lines("EDIT")) for started in editors)
    assert edits == 4 * (count // 2)
    assert version == 1 + edits
    check = processes.run_cli("check")
    assert check.returncode == 0, check.describe()


def test_an_edit_of_a_row_changed_meanwhile_is_refused_in_words(journal: object) -> None:
    """Optimistic concurrency: a write based on a version another writer has replaced
    fails with a message to act on (no traceback), and the other writer's value stays."""
    from partnerbook.errors import UserError
    from partnerbook.services.people import create_person, get_person, update_person
    from partnerbook.store.engine import Journal
    from partnerbook.store.models import Person

    assert isinstance(journal, Journal)
    person_id = create_person(journal, "Lan", city="Hà Nội")
    with journal.read() as session:
        seen = session.get(Person, person_id)  # read at version 1, as a page shows it
    update_person(journal, person_id, {"city": "Đà Nẵng"})  # another writer: version 2
    with pytest.raises(UserError) as refused, journal.write() as session:
        session.add(seen)
        assert seen is not None
        seen.city = "Huế"  # based on version 1
    assert "changed" in refused.value.message and "meanwhile" in refused.value.message
    assert refused.value.hint
    assert get_person(journal, person_id).city == "Đà Nẵng"


def test_two_backups_to_one_file_at_once_both_succeed(tmp_path: Path) -> None:
    """Two `note`s saving the day's first note in the same second both make the daily
    backup, to the same file name: neither may write, verify or rename the other's copy."""
    from partnerbook.services.demo import fill_demo
    from partnerbook.store.backup import backup_file, verify_backup
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    source = tmp_path / "journal.sqlite"
    journal = open_journal(resolve_location(source))
    try:
        fill_demo(journal, people=60, entries=600, seed=3)
    finally:
        journal.close()
    target = tmp_path / "journal-backups" / "auto-20260101-090000.sqlite"
    failures: list[BaseException] = []
    for _ in range(8):
        barrier = threading.Barrier(2)

        def back_up(barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                backup_file(source, target)
            except BaseException as error:  # any failure fails the test
                failures.append(error)

        threads = [threading.Thread(target=back_up) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not failures, failures
        assert verify_backup(target) == []
    assert [p.name for p in target.parent.iterdir()] == [target.name]

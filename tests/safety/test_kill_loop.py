"""kill -9 at any moment loses nothing the user was told was saved (issue 10, part 1).

Real processes write the journal (``partnerbook note`` and a loop of
``services.capture.capture_note`` with the quick-capture draft) and are killed with
SIGKILL at random moments, many times over. Then every acknowledged note must be there
exactly once, found by search, the newest acknowledged draft kept, and ``partnerbook
check`` must pass. The same for a schema upgrade and a backup killed halfway.

Short in CI; ``PARTNERBOOK_LONG_SAFETY=1`` runs hundreds of kills (see conftest.py).
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.safety.conftest import Processes, Started

pytestmark = pytest.mark.safety

TOKEN = re.compile(r"\b([cw]\d+[a-z]?x?\d*)\b")


def _make_journal(path: Path) -> None:
    from partnerbook.services.people import create_person
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    journal = open_journal(resolve_location(path), actor="tester")
    try:
        create_person(journal, "Lan")
    finally:
        journal.close()


def _tokens_in_journal(processes: Processes, path: Path) -> Counter[str]:
    """How many live notes carry each token (a note's title names its token)."""
    rows = processes.query(path, "SELECT title FROM entries WHERE deleted_at IS NULL")
    found: Counter[str] = Counter()
    for (title,) in rows:
        match = TOKEN.search(title or "")
        if match:
            found[match.group(1)] += 1
    return found


def _acknowledged_cli_note(started: Started) -> bool:
    """A ``note`` that printed 'Saved' told the user so; one that ended by itself must
    have succeeded (a refusal under concurrency is a failure of its own)."""
    if not started.killed:
        assert started.returncode == 0, started.describe()
    return started.stdout.startswith("Saved ")


def _assert_healthy(path: Path) -> None:
    from partnerbook.store.check import check_journal
    from partnerbook.store.engine import resolve_location

    report = check_journal(resolve_location(path))
    assert report.healthy, report.problems


def test_acknowledged_notes_and_drafts_survive_kill_9_at_any_moment(
    processes: Processes, seed: int
) -> None:
    from partnerbook.services.drafts import QUICK_CAPTURE, load_draft
    from partnerbook.services.search import search
    from partnerbook.store import search_fts
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    rng = random.Random(seed)
    path = processes.journal
    _make_journal(path)
    acknowledged: list[str] = []
    for iteration in range(processes.iterations(short=16, long=300)):
        cli_tokens = [f"c{iteration}a", f"c{iteration}b"]
        started = [
            processes.cli("note", f"Call {token}\nsaid {token}", "--with", "lan")
            for token in cli_tokens
        ]
        loop = processes.writer("notes", f"w{iteration}")
        started.append(loop)
        loop.wait_for("OPEN")  # then kill within its writes (the notes: anywhere, opening too)
        processes.kill_at_random(rng, started, longest=rng.choice((0.2, 0.6, 1.0, 1.6)))
        for token, cli in zip(cli_tokens, started, strict=False):
            if _acknowledged_cli_note(cli):
                acknowledged.append(token)
        assert loop.killed, loop.describe()  # it writes until killed: it must not have died
        acknowledged.extend(loop.lines("ACK"))

        _assert_healthy(path)
        drafts = loop.lines("DRAFT")
        if drafts:  # the newest acknowledged draft, or one typed after it: never older
            rows = processes.query(path, "SELECT body FROM drafts WHERE slot = ?", QUICK_CAPTURE)
            kept = json.loads(rows[0][0])
            assert kept["text"].startswith(f"typing w{iteration} "), (iteration, kept)
            assert kept["seq"] >= int(drafts[-1]), (iteration, kept, drafts[-1])

    found = _tokens_in_journal(processes, path)
    print(f"{len(acknowledged)} notes acknowledged, {len(found)} in the journal")
    lost = [token for token in acknowledged if found[token] != 1]
    assert not lost, f"acknowledged notes missing or doubled: {lost[:10]} (seed {seed})"
    assert all(count == 1 for count in found.values()), found.most_common(3)
    assert len(acknowledged) >= processes.iterations(short=16, long=300), acknowledged

    check = processes.run_cli("check")
    assert check.returncode == 0, check.describe()
    for token in rng.sample(acknowledged, min(5, len(acknowledged))):
        result = processes.run_cli("search", token, "--json")
        assert result.returncode == 0, result.describe()
        hits = json.loads(result.stdout)
        assert [hit["kind"] for hit in hits if token in hit["title"]] == ["entry"], (token, hits)

    journal = open_journal(resolve_location(path))
    try:
        for token in acknowledged:
            titles = [hit.title for hit in search(journal, token) if hit.kind.value == "entry"]
            assert any(token in title for title in titles), (token, titles)
        with journal.engine.connect() as connection:
            assert search_fts.problems(connection) == []
        assert load_draft(journal, QUICK_CAPTURE) is not None
    finally:
        journal.close()


def _old_journal(path: Path, revision: str) -> list[str]:
    """A journal at an older schema revision, with notes in it (as an older PartnerBook
    left it)."""
    from alembic import command

    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.store import migrate
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    titles = [f"before the upgrade {n}" for n in range(30)]
    journal = open_journal(resolve_location(path))
    try:
        for title in titles:
            capture_note(journal, NoteRequest(title, people=["Lan"]))
        with journal.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), revision)
    finally:
        journal.close()
    return titles


def test_a_schema_upgrade_killed_halfway_leaves_a_journal_that_opens(
    processes: Processes, tmp_path: Path, seed: int
) -> None:
    from partnerbook.store.backup import verify_backup
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import FileKind, inspect_file, open_journal
    from partnerbook.store.migrations import HEAD

    rng = random.Random(seed)
    original = tmp_path / "old" / "journal.sqlite"
    original.parent.mkdir()
    titles = _old_journal(original, "0001")
    assert not original.with_name("journal.sqlite-wal").exists()
    revisions_seen: Counter[str] = Counter()
    for iteration in range(processes.iterations(short=6, long=100)):
        folder = tmp_path / f"upgrade-{iteration}"
        folder.mkdir()
        path = folder / "journal.sqlite"
        shutil.copyfile(original, path)
        note = processes.cli("note", f"after the upgrade {iteration}", "--with", "lan", db=path)
        processes.kill_at_random(rng, [note], longest=rng.uniform(0.2, 1.5))
        acknowledged = _acknowledged_cli_note(note)

        state = inspect_file(path)
        assert state.kind is FileKind.JOURNAL, (iteration, state, note.describe())
        assert state.revision in {"0001", HEAD}, state  # the upgrade is one transaction
        revisions_seen[str(state.revision)] += 1
        assert processes.query(path, "PRAGMA integrity_check") == [("ok",)]
        for backup in (folder / "journal-backups").glob("*.sqlite"):
            assert verify_backup(backup) == [], backup  # a backup name is always a good one

        journal = open_journal(resolve_location(path))  # finishes the upgrade if needed
        journal.close()
        _assert_healthy(path)
        have = {title for (title,) in processes.query(path, "SELECT title FROM entries")}
        assert set(titles) <= have, iteration
        assert (f"after the upgrade {iteration}" in have) or not acknowledged
        backups = list((folder / "journal-backups").glob("before-upgrade-0001-*.sqlite"))
        if state.revision != "0001":  # upgraded: only after its backup was complete
            assert backups, (iteration, state)
    print("revisions after the kills:", dict(revisions_seen))


def test_a_backup_killed_halfway_never_replaces_a_good_one(
    processes: Processes, tmp_path: Path, seed: int
) -> None:
    from partnerbook.store.backup import list_backups, verify_backup

    rng = random.Random(seed)
    demo = processes.run_cli("demo", "--people", "200", "--entries", "2500")
    assert demo.returncode == 0, demo.describe()
    folder = tmp_path / "backups"
    target = folder / "manual-kept.sqlite"
    first = processes.run_cli("backup", "-o", str(target))
    assert first.returncode == 0, first.describe()
    completed = 0
    for _ in range(processes.iterations(short=10, long=200)):
        started = [processes.cli("backup", "-o", str(target))]
        if rng.random() < 0.5:  # a second backup to the same file (two `note`s' daily one)
            started.append(processes.cli("backup", "-o", str(target)))
        if rng.random() < 0.5:  # and a writer at the same time, as the GUI would be
            started.append(processes.cli("note", "during the backup", "--with", "lan"))
        processes.kill_at_random(rng, started, longest=rng.uniform(0.2, 1.0))
        backup = started[0]
        for done in started:
            if not done.killed:
                assert done.returncode == 0, done.describe()
        completed += not backup.killed
        assert verify_backup(target) == [], backup.describe()
        for info in list_backups(folder):
            assert verify_backup(info.path) == [], info.path
        _assert_healthy(processes.journal)
    again = processes.run_cli("backup", "-o", str(target))  # leftovers never stop the next
    assert again.returncode == 0, again.describe()
    assert verify_backup(target) == []
    leftovers = [p.name for p in folder.iterdir() if p.name != target.name]
    assert len(leftovers) <= 2 * processes.iterations(short=10, long=200), leftovers
    print("backups completed before their kill:", completed)


def test_leftovers_of_killed_backups_go_and_a_running_one_s_file_stays(tmp_path: Path) -> None:
    import os
    import time

    from partnerbook.store.backup import STALE_PARTIAL_S, backup_file, verify_backup

    source = tmp_path / "journal.sqlite"
    _make_journal(source)
    target = tmp_path / "journal-backups" / "manual-x.sqlite"
    target.parent.mkdir()
    old = [target.with_name(target.name + suffix) for suffix in (".1a2b.partial", ".partial")]
    old.append(target.with_name(target.name + ".1a2b.partial-journal"))
    running = target.with_name(target.name + ".3c4d.partial")
    other = target.with_name("manual-y.sqlite.5e6f.partial")  # another target's: not ours
    long_ago = time.time() - STALE_PARTIAL_S - 60
    for path in [*old, running, other]:
        path.write_bytes(b"half a backup")
    for path in [*old, other]:
        os.utime(path, (long_ago, long_ago))
    backup_file(source, target)
    assert verify_backup(target) == []
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(
        [target.name, running.name, other.name]
    )

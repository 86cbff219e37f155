"""Journals in the field: a committed fixture at every schema revision, upgraded to head.

Each fixture (``tests/fixtures/journals/journal-000N.sqlite``, made by ``make_fixtures.py``
with plain SQL of that revision's schema) is copied, opened with ``open_journal`` (a
verified before-upgrade backup, then Alembic to head) and read back through the services:
every person, partner, note, follow-up, promise, give & take, review and stage change it
held, found by search too. A journal from a newer PartnerBook is refused, untouched.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from partnerbook.errors import NewerJournalError
from partnerbook.store.backup import verify_backup
from partnerbook.store.check import check_journal
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal
from partnerbook.store.migrations import HEAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "journals"


def _load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = _load_maker()
REVISIONS: list[str] = MAKER.revisions()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision_of(path: Path) -> str:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def _copy(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "journal.sqlite"
    shutil.copyfile(FIXTURES / name, target)
    return target


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARTNERBOOK_HOME=str(home), PYTHONIOENCODING="utf-8")
    env.pop("PARTNERBOOK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "partnerbook", *args],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


# --- every revision has its fixture --------------------------------------------------------


def test_every_revision_has_a_committed_fixture() -> None:
    """A new revision in versions/ fails here until its fixture is made and committed."""
    assert REVISIONS, "no revisions found in versions/"
    assert REVISIONS[-1] == HEAD
    missing = [rev for rev in REVISIONS if not MAKER.fixture_path(rev).is_file()]
    assert not missing, (
        f"no fixture journal for revision(s) {', '.join(missing)}: add its rows to "
        "ROWS_SINCE in tests/fixtures/journals/make_fixtures.py, run it with the new "
        "revision and commit the file"
    )
    assert set(MAKER.ROWS_SINCE) == set(REVISIONS)
    extra = {p.name for p in FIXTURES.glob("journal-*.sqlite")} - {
        MAKER.fixture_path(rev).name for rev in REVISIONS
    }
    assert not extra


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_fixture_is_small_clean_and_at_its_revision(revision: str) -> None:
    path = MAKER.fixture_path(revision)
    assert path.stat().st_size < 200_000
    assert _revision_of(path) == revision
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == MAKER_APP_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert ("drafts" in tables) == (revision >= "0002")
    assert ("search_entries" in tables) == (revision >= "0003")
    assert ("person_photos" in tables) == (revision >= "0004")
    assert ("ix_people_last_contact_at" in tables) == (revision >= "0005")


MAKER_APP_ID = 0x50424B4A


# --- upgrading each --------------------------------------------------------------------------


@pytest.fixture(params=REVISIONS)
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path, Journal]:
    revision: str = request.param
    committed = MAKER.fixture_path(revision)
    before = _digest(committed)
    path = _copy(committed.name, tmp_path / "j")
    journal = open_journal(resolve_location(path))
    request.addfinalizer(journal.close)
    request.addfinalizer(lambda: _assert_unchanged(committed, before))
    return revision, path, journal


def _assert_unchanged(path: Path, digest: str) -> None:
    assert _digest(path) == digest, f"the committed fixture {path.name} was modified"


def test_the_upgrade_reaches_head_with_a_verified_backup_of_the_old_file(
    upgraded: tuple[str, Path, Journal],
) -> None:
    revision, path, journal = upgraded
    journal.close()
    assert _revision_of(path) == HEAD
    backups = sorted(path.parent.glob("journal-backups/before-upgrade-*.sqlite"))
    if revision == HEAD:
        assert backups == []  # nothing to upgrade, nothing to back up
        return
    assert [b.name.split("-")[2] for b in backups] == [revision]
    assert verify_backup(backups[0]) == []
    assert _revision_of(backups[0]) == revision
    assert _digest(backups[0]) != ""  # and it holds the rows as they were:
    connection = sqlite3.connect(f"{backups[0].as_uri()}?mode=ro", uri=True)
    try:
        names = {row[0] for row in connection.execute("SELECT display_name FROM people")}
    finally:
        connection.close()
    assert names == {name for name, _, _ in MAKER.PEOPLE.values()}


def test_people_with_what_they_want_their_details_and_contacts(
    upgraded: tuple[str, Path, Journal],
) -> None:
    from partnerbook.services.people import get_person

    _revision, _path, journal = upgraded
    for pid, (name, partner, city) in MAKER.PEOPLE.items():
        person = get_person(journal, pid, today=date(2025, 6, 1))
        assert person.display_name == name
        assert person.city == city
        assert (person.partner.id if person.partner else None) == partner
        assert person.notes == f"notes on {name}"
        wanted = MAKER.MOTIVATIONS.get(pid)
        got = [(m.kind.value, m.their_words, m.certainty.value) for m in person.motivations]
        assert got == ([wanted] if wanted else [])
        detail = MAKER.DETAILS.get(pid)
        assert [(d.category.value, d.text) for d in person.details] == ([detail] if detail else [])
        contact = MAKER.CONTACTS.get(pid)
        assert [(c.kind.value, c.value) for c in person.contacts] == ([contact] if contact else [])
    lan = get_person(journal, 1, today=date(2025, 6, 1))
    assert lan.tags == ("Hà Nội",)
    assert lan.languages == ("vi",)
    assert lan.how_we_met == "hội thảo ở Hà Nội"
    assert lan.last_contact == date(2025, 3, 4)


def test_partners_with_what_we_bring_each_other_and_their_stage_history(
    upgraded: tuple[str, Path, Journal],
) -> None:
    from partnerbook.services.partners import get_partner

    _revision, _path, journal = upgraded
    for pid, name in MAKER.PARTNERS.items():
        partner = get_partner(journal, pid, today=date(2025, 6, 1))
        assert partner.name == name
        wanted = [
            (direction, horizon, text, Decimal(q) if q else None, unit)
            for owner, direction, horizon, text, q, unit in MAKER.VALUE_ITEMS
            if owner == pid
        ]
        got = [
            (v.direction.value, v.horizon.value, v.text, v.quantity, v.unit)
            for v in partner.value_items
        ]
        assert got == wanted
    sen_vang = get_partner(journal, 1, today=date(2025, 6, 1))
    assert sen_vang.stage.value == "active" and sen_vang.stage_since == date(2025, 3, 5)
    assert sen_vang.kinds == ("reseller",)
    assert [
        (s.stage_from and s.stage_from.value, s.stage_to.value) for s in sen_vang.stage_history
    ] == [("exploring", "active")]
    assert [(p.person.id, p.current) for p in sen_vang.people] == [(1, True)]


def test_the_timeline_holds_every_entry_newest_first(upgraded: tuple[str, Path, Journal]) -> None:
    from partnerbook.services.timeline import timeline_page

    _revision, _path, journal = upgraded
    page = timeline_page(journal)
    assert page.next_cursor is None
    by_id = {entry.id: entry for entry in page.entries}
    assert sorted(by_id) == list(range(1, 9))
    assert [e.at for e in page.entries] == sorted((e.at for e in page.entries), reverse=True)
    for eid, _at, title, _body, people, partners in MAKER.INTERACTIONS:
        entry = by_id[eid]
        assert entry.kind.value == "interaction" and entry.title == title
        assert [p.id for p in entry.people] == list(people)
        assert [p.id for p in entry.partners] == list(partners)
    assert by_id[1].interaction_kind is not None and by_id[1].interaction_kind.value == "coffee"
    ledger = by_id[MAKER.LEDGER[0]]
    assert (ledger.kind.value, ledger.direction, ledger.ledger_kind) == (
        "ledger",
        "given",
        "referral",
    )
    stage = by_id[MAKER.STAGE_CHANGE[0]]
    assert (stage.stage_from, stage.stage_to) == ("exploring", "active")
    assert by_id[MAKER.REVIEW[0]].kind.value == "review"


def test_due_items_and_the_review_read_back(upgraded: tuple[str, Path, Journal]) -> None:
    from partnerbook.services.due import due_report
    from partnerbook.services.reviews import load_review

    _revision, _path, journal = upgraded
    report = due_report(journal, today=date(2025, 6, 1), within_days=7)
    assert [(f.id, f.text, f.due, f.people) for f in report.follow_ups] == [
        (4, MAKER.FOLLOW_UP[1], date(2025, 6, 3), ("Nguyễn Thị Lan",))
    ]
    assert [(c.id, c.text, c.owner.value, c.due) for c in report.commitments] == [
        (5, MAKER.COMMITMENT[1], "me", date(2025, 6, 5))
    ]
    review = load_review(journal, MAKER.REVIEW[0])
    assert review.next_steps == MAKER.REVIEW[4]
    assert (review.period_start, review.period_end) == (date(2025, 1, 1), date(2025, 3, 31))
    name, target, actual, unit = MAKER.KPI
    assert [(k.name, k.target, k.actual, k.unit) for k in review.kpis] == [
        (name, Decimal(target), Decimal(actual), unit)
    ]


def test_search_finds_people_partners_and_notes(upgraded: tuple[str, Path, Journal]) -> None:
    from partnerbook.services.search import search
    from partnerbook.store import search_fts

    revision, _path, journal = upgraded
    with journal.engine.connect() as connection:
        assert search_fts.is_built(connection)  # built by the upgrade, not by this search
        # A journal indexed by an older word rule (before Hebrew prefix letters: the 0003
        # and 0004 fixtures) or with fewer prefix indexes (0005) is indexed again at its
        # first search; one upgraded from before the index has today's.
        assert search_fts.needs_rebuild(connection) == (revision in ("0003", "0004", "0005"))
        assert search_fts.problems(connection) == []

    def found(query: str) -> set[tuple[str, int]]:
        return {(hit.kind.value, hit.id) for hit in search(journal, query)}

    assert ("entry", 1) in found("ha noi") and ("person", 1) in found("nguyen")
    assert found("KPI win") >= {("entry", 1)}
    assert ("entry", 2) in found("שותפות חדשה") and ("person", 2) in found("שירה")
    assert found("越南市场") >= {("entry", 3)}
    assert ("partner", 3) in found("合作伙伴")
    assert ("partner", 1) in found("sen vang")
    assert ("entry", 4) in found("bao gia")  # the follow-up, accents left out
    with journal.engine.connect() as connection:
        assert not search_fts.needs_rebuild(connection)


def test_what_later_revisions_added_survives(upgraded: tuple[str, Path, Journal]) -> None:
    from partnerbook.services.drafts import load_draft
    from partnerbook.services.importing import last_batch
    from partnerbook.services.interaction_editing import load_interaction

    revision, _path, journal = upgraded
    slot, body = MAKER.DRAFT
    topics = load_interaction(journal, 1).topics
    if revision >= "0002":
        assert load_draft(journal, slot) == body
        assert topics == tuple(MAKER.TOPICS[1].splitlines())
    else:
        assert load_draft(journal, slot) is None and topics == ()
    with journal.engine.connect() as connection:
        photos = connection.exec_driver_sql("SELECT person_id, data FROM person_photos").all()
        ids = connection.exec_driver_sql("SELECT person_id, source, value FROM external_ids").all()
    if revision >= "0004":
        assert last_batch(journal) == 1
        assert photos == [(4, MAKER.PHOTO)]
        assert ids == [(4, *MAKER.EXTERNAL_ID)]
    else:
        assert last_batch(journal) is None and photos == [] and ids == []


def _stored_last_contact(journal: Journal) -> tuple[dict[int, str], dict[int, str]]:
    with journal.engine.connect() as connection:
        people, partners = (
            dict(
                connection.exec_driver_sql(
                    f"SELECT id, last_contact_at FROM {table} WHERE last_contact_at IS NOT NULL"
                ).all()
            )
            for table in ("people", "partners")
        )
    return people, partners


def test_each_last_contact_is_the_latest_interaction(upgraded: tuple[str, Path, Journal]) -> None:
    """Filled by the upgrade from the notes an older journal held (the fixture's
    INTERACTIONS say who was met when; Đức never was), then kept by every new note."""
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.services.partners import get_partner
    from partnerbook.services.people import get_person

    _revision, _path, journal = upgraded
    met: tuple[dict[int, str], dict[int, str]] = ({}, {})
    for _eid, at, _title, _body, people, partners in MAKER.INTERACTIONS:
        for found, owners in zip(met, (people, partners), strict=True):
            for owner in owners:
                found[owner] = max(found.get(owner, at), at)
    assert met == (MAKER.LAST_MET_PEOPLE, MAKER.LAST_MET_PARTNERS)
    assert _stored_last_contact(journal) == met
    assert get_person(journal, 4).last_contact is None
    assert get_partner(journal, 3).last_contact == date(2025, 5, 2)

    note = capture_note(journal, NoteRequest("gặp anh Đức ở Đà Nẵng", people=["Đức"]))
    people, partners = _stored_last_contact(journal)
    assert [p.id for p in note.people] == [4]
    assert people == {**met[0], 4: people[4]} and partners == met[1]
    assert get_person(journal, 4).last_contact == note.at.astimezone().date()


def test_the_upgraded_journal_passes_check_and_takes_new_notes(
    upgraded: tuple[str, Path, Journal],
) -> None:
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.services.search import search

    _revision, path, journal = upgraded
    note = capture_note(journal, NoteRequest("sau nâng cấp: gọi chị Lan", people=["Lan"]))
    assert [p.id for p in note.people] == [1]  # the old person, found by a prefix
    assert {hit.id for hit in search(journal, "nang cap")} == {note.entry_id}
    journal.close()
    report = check_journal(resolve_location(path))
    assert report.healthy, report.problems
    assert report.revision == HEAD
    assert report.counts == {"people": 4, "partners": 3, "entries": 9}


@pytest.mark.parametrize("revision", [REVISIONS[0], REVISIONS[-1]])
def test_the_command_line_upgrades_and_checks_a_fixture(revision: str, tmp_path: Path) -> None:
    path = _copy(MAKER.fixture_path(revision).name, tmp_path / "j")
    result = _cli("--db", str(path), "check", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    due = _cli("--db", str(path), "due", "--within", "3660", home=tmp_path / "home")
    assert due.returncode == 0, due.stderr
    assert MAKER.FOLLOW_UP[1] in due.stdout
    assert _revision_of(path) == HEAD


# --- a journal from a newer PartnerBook --------------------------------------------------------


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_the_newer_fixture_is_ours_at_an_unknown_revision() -> None:
    path = FIXTURES / "newer.sqlite"
    assert _revision_of(path) == MAKER.NEWER_REVISION
    assert MAKER.NEWER_REVISION not in REVISIONS
    assert path.stat().st_size < 200_000


def test_open_journal_refuses_a_newer_journal_untouched(tmp_path: Path) -> None:
    path = _copy("newer.sqlite", tmp_path / "j")
    before, listing = _digest(path), _listing(path.parent)
    with pytest.raises(NewerJournalError) as raised:
        open_journal(resolve_location(path))
    assert raised.value.exit_code == 3
    assert "newer version of PartnerBook (schema 9999)" in raised.value.message
    assert "Update PartnerBook" in raised.value.hint
    assert _digest(path) == before
    assert _listing(path.parent) == listing == ["journal.sqlite"]


@pytest.mark.parametrize(
    "command",
    [("check",), ("due",), ("note", "coffee with Lan"), ("search", "Lan"), ("backup",)],
)
def test_the_command_line_refuses_a_newer_journal_untouched(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    path = _copy("newer.sqlite", tmp_path / "j")
    before = _digest(path)
    result = _cli("--db", str(path), *command, home=tmp_path / "home")
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "was written by a newer version of PartnerBook (schema 9999)" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(path) == before
    assert _listing(path.parent) == ["journal.sqlite"]

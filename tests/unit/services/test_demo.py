from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.domain.text import fold
from partnerbook.errors import UsageError, UserError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.demo import fill_demo
from partnerbook.services.due import due_report
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal
from partnerbook.store.models import Entry, Motivation, Partner, Person, PersonalDetail, ValueItem

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(journal: Journal) -> Journal:
    fill_demo(journal, people=60, entries=1500, seed=3, today=TODAY)
    return journal


def test_counts_are_exactly_as_asked(demo: Journal) -> None:
    with demo.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 60
        assert session.scalar(select(func.count()).select_from(Entry)) == 1500
        assert session.scalar(select(func.count()).select_from(Partner)) == 7


def test_every_kind_of_entry_and_interaction_is_there(demo: Journal) -> None:
    with demo.read() as session:
        kinds = set(session.scalars(select(Entry.kind).distinct()))
        interactions = set(session.scalars(select(Entry.interaction_kind).distinct()))
    assert kinds == set(EntryKind)
    assert set(InteractionKind) <= interactions


def test_everyone_has_motivations_details_and_every_partner_value_items(demo: Journal) -> None:
    with demo.read() as session:
        without_motivation = session.scalar(
            select(func.count())
            .select_from(Person)
            .where(~Person.id.in_(select(Motivation.person_id)))
        )
        without_detail = session.scalar(
            select(func.count())
            .select_from(Person)
            .where(~Person.id.in_(select(PersonalDetail.person_id)))
        )
        without_value = session.scalar(
            select(func.count())
            .select_from(Partner)
            .where(~Partner.id.in_(select(ValueItem.partner_id)))
        )
        names = list(session.scalars(select(Person.display_name)))
        keys_ok = all(p.name_key == fold(p.display_name) for p in session.scalars(select(Person)))
    assert (without_motivation, without_detail, without_value) == (0, 0, 0)
    assert keys_ok
    text = " ".join(names)
    assert re.search("[ạ-ỹĐđ]", text), "Vietnamese with its marks"
    assert re.search("[\u0590-\u05ff]", text), "Hebrew"
    assert re.search("[\u4e00-\u9fff]", text), "Chinese"
    assert re.search("[陳張劉楊吳]", text), "Traditional Chinese"
    assert any(
        n.split()[-1]
        in (
            "Rossi",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "Luca",
            "Esposito",
        )
        for n in names
    ), "Italian"


def test_the_file_is_sound(demo: Journal, journal_path: Path) -> None:
    demo.close()
    connection = sqlite3.connect(journal_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_today_has_work_waiting(demo: Journal) -> None:
    report = due_report(demo, today=TODAY, within_days=7)
    overdue = [f for f in report.follow_ups if f.due < TODAY]
    ahead = [f for f in report.follow_ups if f.due > TODAY]
    assert overdue and ahead and len(report.follow_ups) < 20
    owners = {c.owner.value for c in report.commitments}
    assert owners == {"me", "them"}
    assert report.stay_in_touch


def test_same_seed_same_journal(tmp_path: Path) -> None:
    digests = []
    for name in ("a.sqlite", "b.sqlite"):
        journal = open_journal(resolve_location(tmp_path / name), actor="demo")
        fill_demo(journal, people=20, entries=300, seed=11, today=TODAY)
        with journal.read() as session:
            rows = session.execute(
                select(Entry.id, Entry.kind, Entry.at, Entry.title).order_by(Entry.id)
            ).all()
        journal.close()
        digests.append(hashlib.sha256(repr(rows).encode()).hexdigest())
    assert digests[0] == digests[1]


def test_a_journal_with_data_is_refused_and_left_alone(journal: Journal) -> None:
    capture_note(journal, NoteRequest("mine", people=["Lan"]))
    with pytest.raises(UserError, match="already holds data"):
        fill_demo(journal, people=10, entries=10)
    with journal.read() as session:
        assert session.scalar(select(func.count()).select_from(Entry)) == 1
        assert session.scalar(select(func.count()).select_from(Person)) == 1


@pytest.mark.parametrize(("people", "entries"), [(0, 10), (10, -1), (2_000_000, 1)])
def test_sizes_are_checked(journal: Journal, people: int, entries: int) -> None:
    with pytest.raises(UsageError):
        fill_demo(journal, people=people, entries=entries)

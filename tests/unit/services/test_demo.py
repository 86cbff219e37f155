from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, Text, func, select

from partnerbook.domain.enums import CadenceState, EntryKind, InteractionKind
from partnerbook.domain.text import fold
from partnerbook.errors import UsageError, UserError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.demo import fill_demo, reset_id_sequences, validate_demo_size
from partnerbook.services.demo_reviews import PERIOD_MONTHS, add_months
from partnerbook.services.demo_world import LOCALES
from partnerbook.services.due import due_report
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal
from partnerbook.store.models import (
    ContactMethod,
    Entry,
    Motivation,
    Partner,
    Person,
    PersonalDetail,
    ReviewKpi,
    Tag,
    ValueItem,
    entry_partners,
    entry_people,
    full_metadata,
)

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


@pytest.mark.parametrize(
    ("people", "entries"), [(0, 10), (10, -1), (2_000_000, 1), (10, 1_000_001)]
)
def test_sizes_are_checked(journal: Journal, people: int, entries: int) -> None:
    with pytest.raises(UsageError):
        fill_demo(journal, people=people, entries=entries)


def test_a_journal_with_only_tags_is_refused(journal: Journal) -> None:
    with journal.write() as session:
        session.add(Tag(name="VIP", key="vip"))
    with pytest.raises(UserError, match="already holds data"):
        fill_demo(journal, people=10, entries=10)
    with journal.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_million_entries_is_the_most() -> None:
    validate_demo_size(1, 1_000_000)
    with pytest.raises(UsageError, match="1,000,000"):
        validate_demo_size(1, 1_000_001)


class _Recorder:
    """Just enough of a Session to see which statements would run on a dialect."""

    def __init__(self, dialect: str) -> None:
        self.dialect = type("Dialect", (), {"name": dialect})()
        self.statements: list[str] = []

    def get_bind(self) -> Any:
        return self

    def execute(self, statement: Any) -> None:
        self.statements.append(str(statement))


def test_postgresql_id_sequences_move_past_the_demo_ids() -> None:
    postgres, sqlite = _Recorder("postgresql"), _Recorder("sqlite")
    reset_id_sequences(postgres, ["people", "entries"])  # type: ignore[arg-type]
    reset_id_sequences(sqlite, ["people", "entries"])  # type: ignore[arg-type]
    assert postgres.statements == [
        "SELECT setval(pg_get_serial_sequence('people', 'id'), (SELECT max(id) FROM people))",
        "SELECT setval(pg_get_serial_sequence('entries', 'id'), (SELECT max(id) FROM entries))",
    ]
    assert sqlite.statements == []


# --- the default demo, as people see it ----------------------------------------------


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """The journal `partnerbook demo` makes: 600 people, 12,000 entries."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERBOOK_HOME", str(folder / "home"))
        journal = open_journal(resolve_location(folder / "demo.sqlite"), actor="demo")
        fill_demo(journal, people=600, entries=12000, seed=7, today=TODAY)
        try:
            yield journal
        finally:
            journal.close()


# Real companies, cafés and venues an earlier demo used, and a few more to stay away from.
REAL_NAMES = (
    "Starbucks",
    "星巴克",
    "Louisa",
    "路易莎",
    "Acer",
    "宏碁",
    "SinoPac",
    "永豐",
    "遠東",
    "聯發",
    "鼎新",
    "宏达",
    "HTC",
    "Landwer",
    "לנדוור",
    "Aroma",
    "ארומה",
    "Highlands",
    "Cộng Cà Phê",
    "Phúc Long",
    "The Coffee House",
    "Pret",
    "Blue Bottle",
    "Northwind",
    "Money20/20",
    "VCCI",
    "WeChat",
    "微信",
    "LINE",
    "小红书",
    "Landmark 81",
    "Arsenal",
)


def _all_text(journal: Journal) -> str:
    chunks: list[str] = []
    with journal.read() as session:
        for table in full_metadata().sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if columns:
                for row in session.execute(select(*columns)):
                    chunks.extend(str(value) for value in row if value)
    return "\n".join(chunks)


def test_no_real_brand_or_venue_is_named(full: Journal) -> None:
    text = _all_text(full)
    found = [
        name
        for name in REAL_NAMES
        if re.search(rf"\b{re.escape(name)}\b" if name.isascii() else re.escape(name), text)
    ]
    assert found == []
    assert "{" not in text.replace("{}", ""), "a template field was left unfilled"
    assert not re.search(r"\[[^\]\n]*\|", text), "a '[he|she]' form was left unpicked"


def test_introducers_were_met_before_the_people_they_introduced(full: Journal) -> None:
    with full.read() as session:
        met = {row.id: row.met_on for row in session.execute(select(Person.id, Person.met_on))}
        pairs = session.execute(
            select(Person.id, Person.introduced_by_id).where(Person.introduced_by_id.is_not(None))
        ).all()
    assert len(pairs) > 50
    assert all(met[introducer] < met[person] for person, introducer in pairs)


def test_monday_shows_a_manageable_stay_in_touch_list(full: Journal) -> None:
    report = due_report(full, today=TODAY)
    states = Counter(s.state for s in report.stay_in_touch)
    assert 10 <= len(report.stay_in_touch) <= 25
    assert 1 <= states[CadenceState.OVERDUE] <= len(report.stay_in_touch) // 2
    assert 1 <= len([f for f in report.follow_ups if f.due < TODAY]) <= 6
    assert 1 <= len([f for f in report.follow_ups if f.due == TODAY]) <= 6
    week = due_report(full, today=TODAY, within_days=7)
    assert len(week.follow_ups) <= 25
    assert {c.owner.value for c in week.commitments if c.due >= TODAY} == {"me", "them"}


def test_value_items_are_concrete_benefits(full: Journal) -> None:
    with full.read() as session:
        items = session.scalars(select(ValueItem)).all()
        active = set(session.scalars(select(Partner.id).where(Partner.stage == "active")))
    for item in items:
        assert item.text and item.text == item.text.strip() and "  " not in item.text
        if item.quantity is not None:
            assert f"{int(item.quantity)}" in item.text and item.unit
    for_them = Counter(
        (i.partner_id, i.horizon.value) for i in items if i.direction.value == "for_them"
    )
    full_sets = [p for p in active if 2 <= for_them[p, "short"] <= 3 <= for_them[p, "long"] + 1]
    assert len(full_sets) > len(active) / 2, "most active partners have two or three of each"
    assert len(full_sets) < len(active), "some show the app's 'aim for two or three' hint"
    assert {i.direction.value for i in items} == {"for_them", "for_us"}
    assert sum(i.quantity is not None for i in items) > len(items) / 2


def test_reviews_follow_each_partners_rhythm(full: Journal) -> None:
    with full.read() as session:
        rows = session.execute(
            select(Entry, Partner.review_period)
            .join(entry_partners, entry_partners.c.entry_id == Entry.id)
            .join(Partner, Partner.id == entry_partners.c.partner_id)
            .where(Entry.kind == EntryKind.REVIEW)
        ).all()
        kpis = session.scalars(select(ReviewKpi)).all()
        assert rows
        for entry, period in rows:
            assert entry.review_period == period
            assert period is not None
            months = PERIOD_MONTHS[period.value]
            start, end = entry.period_start, entry.period_end
            assert start is not None and start.day == 1 and (start.month - 1) % months == 0
            assert end == add_months(start, months) - timedelta(days=1)
            assert entry.at.date() > end
            assert entry.body and entry.next_steps
            assert re.search(r"\S[:：] ?\S", entry.title), "'Quarterly review …: headline'"
    assert all(k.name and k.unit and k.target for k in kpis)
    assert Counter(k.entry_id for k in kpis).most_common()[-1][1] >= 2


def _offsets() -> dict[str, int]:
    return {city.name: city.utc_offset for loc in LOCALES for city in loc.cities}


def test_interactions_happen_in_local_working_hours(full: Journal) -> None:
    offsets = _offsets()
    with full.read() as session:
        rows = session.execute(
            select(Entry.at, Person.city)
            .join(entry_people, entry_people.c.entry_id == Entry.id)
            .join(Person, Person.id == entry_people.c.person_id)
            .where(Entry.kind == EntryKind.INTERACTION)
        ).all()
    local = [at.replace(tzinfo=UTC) + timedelta(hours=offsets[str(city)]) for at, city in rows]
    assert all(8 <= moment.hour < 19 for moment in local)
    weekend = sum(moment.weekday() >= 5 for moment in local)
    assert weekend < len(local) * 0.12, "fewer meetings on weekends"


def test_activity_grows_over_the_years_without_piling_up_at_the_end(full: Journal) -> None:
    with full.read() as session:
        years = Counter(
            at.year
            for at in session.scalars(select(Entry.at).where(Entry.kind == EntryKind.INTERACTION))
        )
    total = sum(years.values())
    assert years[TODAY.year - 5] < years[TODAY.year - 3] < years[TODAY.year - 1]
    assert years[TODAY.year] < total * 0.3


def test_people_are_filled_in_as_people_would_be(full: Journal) -> None:
    cities = {(c.name, c.country) for loc in LOCALES for c in loc.cities}
    with full.read() as session:
        people = session.scalars(select(Person)).all()
        emails = session.scalars(
            select(ContactMethod.value).where(ContactMethod.kind == "email")
        ).all()
        attendees: dict[int, set[int]] = {}
        sources = session.execute(
            select(PersonalDetail.person_id, PersonalDetail.source_entry_id).where(
                PersonalDetail.source_entry_id.is_not(None)
            )
        ).all()
        for entry_id, person_id in session.execute(select(entry_people)):
            attendees.setdefault(entry_id, set()).add(person_id)
    for person in people:
        assert (person.city, person.country) in cities
        assert person.given_name and person.family_name
        family, given = person.family_name, person.given_name
        if re.search("[\u4e00-\u9fff]", person.display_name):
            assert person.display_name == family + given and len(family) == 1
        elif person.languages[0] == "vi":
            assert person.display_name == f"{family} {given}"
        else:
            assert person.display_name == f"{given} {family}"
    assert {"Hanoi", "Ho Chi Minh City", "Tel Aviv", "Taipei", "Milan"} <= {p.city for p in people}
    assert all(re.fullmatch(r"[a-z0-9'.-]+@[a-z0-9.-]+", email) for email in emails)
    assert sum(p.department is not None for p in people) > 100
    assert 1 <= sum(p.archived for p in people) <= 30
    assert sources and all(owner in attendees.get(entry or 0, ()) for owner, entry in sources)


def test_ledger_items_say_what_happened_in_the_partners_currency(full: Journal) -> None:
    cutoff = TODAY - timedelta(days=120)
    with full.read() as session:
        rows = session.execute(
            select(Entry, Partner.currency)
            .join(entry_partners, entry_partners.c.entry_id == Entry.id)
            .join(Partner, Partner.id == entry_partners.c.partner_id)
            .where(Entry.kind == EntryKind.LEDGER)
        ).all()
    referrals = [e for e, _ in rows if e.ledger_kind and e.ledger_kind.value == "referral"]
    old = [e for e in referrals if e.at.date() < cutoff]
    assert all(e.referred_name and e.value_amount and e.outcome for e in referrals)
    assert sum(e.outcome.value == "pending" for e in old if e.outcome) < len(old) * 0.1
    assert all(e.currency == currency for e, currency in rows if e.value_amount)
    assert all(
        e.value_amount for e, _ in rows if e.ledger_kind and e.ledger_kind.value == "payment"
    )
    assert all(e.title and "  " not in e.title for e, _ in rows)


def test_partners_look_like_partners(full: Journal) -> None:
    with full.read() as session:
        partners = session.scalars(select(Partner)).all()
        recurrences = set(
            session.scalars(select(Entry.recurrence).where(Entry.recurrence.is_not(None)))
        )
    assert len(recurrences) >= 3
    assert any(p.standing is None for p in partners)
    assert all(p.notes and p.currency for p in partners)
    warm = [p for p in partners if p.stage.value == "active"]
    assert all(p.agreement_scope and p.agreement_revenue_share for p in warm)

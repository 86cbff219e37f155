"""The timeline model and views: pages, headers, bounded memory, filters, jumps, refreshes."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.domain.text import fold
from partnerbook.domain.types import TimelineFilter
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.editing import trash
from partnerbook.services.timeline import timeline_keys
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Person, Tag, entry_people, person_tags
from partnerbook.ui.events import AppEvents
from partnerbook.ui.models.timeline_model import (
    DAY_ROW,
    ENTRY_ROW,
    MONTH_ROW,
    ROW_KIND_ROLE,
    TimelineModel,
)
from partnerbook.ui.theme import DARK, LIGHT
from partnerbook.ui.views.timeline_view import TimelinePanel, TimelineView

NOW = datetime.now(UTC).replace(microsecond=0)
KINDS = list(EntryKind)


def _bulk(
    journal: Journal,
    count: int,
    *,
    step: timedelta = timedelta(hours=7),
    start: timedelta = timedelta(hours=1),
) -> None:
    """``count`` entries going back from ``start`` ago, one every ``step``, kinds in turn;
    every tenth about one person tagged "VIP" (Core inserts: 100,000 rows in a second)."""
    rows = [
        {
            "kind": KINDS[i % len(KINDS)],
            "interaction_kind": InteractionKind.COFFEE if i % len(KINDS) == 0 else None,
            "at": NOW - start - step * i,
            "title": f"entry {i}",
            "body": f"entry {i}\n\nsaid {i}",
            "version": 1,
            "created_at": NOW,
            "updated_at": NOW,
        }
        for i in range(count)
    ]
    with journal.write() as session:
        session.execute(insert(Entry), rows)
        person = Person(display_name="Vy", name_key="vy", languages=[])
        tag = Tag(name="VIP", key=fold("VIP"))
        session.add_all([person, tag])
        session.flush()
        session.execute(insert(person_tags), [{"person_id": person.id, "tag_id": tag.id}])
        tenth = session.scalars(select(Entry.id).where(Entry.id % 10 == 0)).all()
        if tenth:
            session.execute(
                insert(entry_people), [{"entry_id": e, "person_id": person.id} for e in tenth]
            )


def _expected(journal: Journal, filters: TimelineFilter | None = None) -> list[int]:
    keys = list(timeline_keys(journal, filters))
    while keys and len(keys) % 20_000 == 0:
        more = timeline_keys(journal, filters, keys[-1])
        if not more:
            break
        keys.extend(more)
    return [key.id for key in keys]


def _check_structure(model: TimelineModel) -> None:
    """Every day starts with its heading, every month with its band, nothing is empty."""
    kinds = [model.index(r, 0).data(ROW_KIND_ROLE) for r in range(model.rowCount())]
    days = [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 23) for r in range(len(kinds))]
    for row, kind in enumerate(kinds):
        if kind == MONTH_ROW:
            assert kinds[row + 1] == DAY_ROW
            assert (days[row + 1].year, days[row + 1].month) == (days[row].year, days[row].month)
        elif kind == DAY_ROW:
            assert kinds[row + 1] == ENTRY_ROW and days[row + 1] == days[row]
        else:
            assert row > 0 and days[row - 1] == days[row]


def test_the_model_passes_the_model_tester_with_headers(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    _bulk(journal, 300)
    model = TimelineModel(journal, zone=UTC)
    qtmodeltester.check(model)
    model.load_all()
    qtmodeltester.check(model)
    assert model.entry_ids() == _expected(journal)
    _check_structure(model)
    assert model.index(0, 0).data(ROW_KIND_ROLE) == MONTH_ROW
    first_entry = model.first_entry_from(0)
    assert first_entry is not None and model.index(first_entry, 0).data() == "entry 0"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


@pytest.mark.slow
def test_100k_entries_page_to_the_end_with_a_bounded_cache(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    started = time.perf_counter()
    _bulk(journal, 100_000, step=timedelta(minutes=37))
    assert time.perf_counter() - started < 30, "building the journal took too long"
    qtmodeltester.check(TimelineModel(journal, zone=UTC))  # the first page, 100k behind it
    model = TimelineModel(journal, zone=UTC, cache_limit=1_000, page_size=2_000)
    model.load_all()
    assert model.entry_ids() == _expected(journal) and len(model.entry_ids()) == 100_000
    assert model.cached <= model.cache_limit == 1_000
    _check_structure(model)
    top = model.first_entry_from(0)
    assert top is not None
    assert model.index(top, 0).data() == "entry 0"  # evicted long ago: read again by id
    assert model.cached <= model.cache_limit


def test_filters_by_kind_tag_person_and_dates(journal: Journal) -> None:
    _bulk(journal, 120)
    model = TimelineModel(journal, zone=UTC)
    for filters in (
        TimelineFilter(kinds=frozenset({EntryKind.REVIEW})),
        TimelineFilter(tag="vip"),
        TimelineFilter(person_id=1),
        TimelineFilter(since=NOW - timedelta(days=10), until=NOW - timedelta(days=3)),
    ):
        model.set_filters(filters)
        model.load_all()
        expected = _expected(journal, filters)
        assert model.entry_ids() == expected and expected
        _check_structure(model)


def test_jump_to_a_date_lands_on_its_heading_and_newest_entry(journal: Journal) -> None:
    _bulk(journal, 2_000, step=timedelta(hours=5))
    model = TimelineModel(journal, zone=UTC)
    model.fetchMore()
    target = (NOW - timedelta(days=200)).date()
    row = model.jump_to(target)
    assert row is not None
    assert model.index(row, 0).data(ROW_KIND_ROLE) in (MONTH_ROW, DAY_ROW)
    entry_row = model.first_entry_from(row)
    assert entry_row is not None
    entry = model.entry_at(entry_row)
    assert entry is not None
    day_end = datetime.combine(target + timedelta(days=1), datetime.min.time(), UTC)
    newest = next(k for k in timeline_keys(journal) if k.at < day_end)
    assert entry.id == newest.id
    assert model.jump_to(date(1990, 1, 1)) is None
    _check_structure(model)


def _spy(model: TimelineModel) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {"reset": [], "inserted": [], "removed": [], "changed": []}
    model.modelReset.connect(lambda: seen["reset"].append(True))
    model.rowsInserted.connect(lambda _p, a, b: seen["inserted"].append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen["removed"].append((a, b)))
    model.dataChanged.connect(lambda a, b, *_: seen["changed"].append((a.row(), b.row())))
    return seen


def test_a_captured_note_is_inserted_at_the_top_without_a_reset(journal: Journal) -> None:
    _bulk(journal, 500)
    capture_note(journal, NoteRequest("An earlier note today", people=("Lan",)))
    events = AppEvents()
    model = TimelineModel(journal)
    events.entries_changed.connect(model.refresh_ids)
    model.fetchMore()
    rows = model.rowCount()
    seen = _spy(model)

    note = capture_note(journal, NoteRequest("Coffee with Lan: the pilot", people=("Lan",)))
    events.entries_changed.emit([note.entry_id])

    assert seen["reset"] == [] and seen["removed"] == []
    top = model.first_entry_from(0)
    assert seen["inserted"] == [(top, top)] and model.rowCount() == rows + 1
    assert model.index(top, 0).data() == "Coffee with Lan: the pilot"

    events.entries_changed.emit([note.entry_id])  # changed again: data, not rows
    assert seen["inserted"] == [(top, top)] and seen["changed"][-1] == (top, top)

    trash(journal, Entry, note.entry_id, "entry")
    events.entries_changed.emit([note.entry_id])
    assert seen["removed"] == [(top, top)] and seen["reset"] == []
    assert model.row_of(note.entry_id) is None


def test_the_first_note_of_a_day_brings_its_heading_and_leaves_with_it(journal: Journal) -> None:
    _bulk(journal, 50, step=timedelta(days=40), start=timedelta(days=45))  # none this month
    model = TimelineModel(journal)
    model.fetchMore()
    seen = _spy(model)
    note = capture_note(journal, NoteRequest("Call with Lan", people=("Lan",)))
    model.refresh_ids([note.entry_id])
    assert len(seen["inserted"]) == 1 and seen["reset"] == []
    first, last = seen["inserted"][0]
    assert (first, last) == (0, 2)  # month band, day heading, entry: one insert
    _check_structure(model)
    trash(journal, Entry, note.entry_id, "entry")
    model.refresh_ids([note.entry_id])
    assert seen["removed"] == [(first, last)]
    _check_structure(model)


def test_entries_outside_the_filter_or_beyond_the_pages_are_not_inserted(
    journal: Journal,
) -> None:
    _bulk(journal, 1_200)  # 200 reviews: more than a first page
    model = TimelineModel(journal, TimelineFilter(kinds=frozenset({EntryKind.REVIEW})))
    model.fetchMore()
    rows = model.rowCount()
    note = capture_note(journal, NoteRequest("Just a note"))
    model.refresh_ids([note.entry_id])
    assert model.rowCount() == rows  # an interaction is not a review
    with journal.write() as session:  # an old review a later page will bring
        session.execute(
            insert(Entry),
            [{"kind": EntryKind.REVIEW, "at": NOW - timedelta(days=3000), "title": "old"}],
        )
        old = session.scalars(select(Entry.id).where(Entry.title == "old")).one()
    model.refresh_ids([old])
    assert model.row_of(old) is None
    model.load_all()
    assert model.row_of(old) is not None


def test_the_view_filters_jumps_and_keys_through_entries(qtbot: QtBot, journal: Journal) -> None:
    _bulk(journal, 300)
    view = TimelineView(journal, AppEvents(), LIGHT)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    listing = view.list
    assert listing.timeline.rowCount() > 0

    for widget in (
        view.kind_combo,
        view.tag_combo,
        view.person_picker,
        view.partner_picker,
        view.from_edit,
        view.to_edit,
        view.jump_edit,
        view.clear_button,
        listing,
    ):
        assert widget.accessibleName()

    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert listing.timeline.is_entry(listing.currentIndex().row())
    for _ in range(30):  # across day headings: always on an entry
        qtbot.keyClick(listing, Qt.Key.Key_Down)
        assert listing.timeline.is_entry(listing.currentIndex().row())
    for _ in range(40):
        qtbot.keyClick(listing, Qt.Key.Key_Up)
        assert listing.timeline.is_entry(listing.currentIndex().row())
    with qtbot.waitSignal(view.entry_activated) as opened:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert opened.args == [listing.current_entry().id]  # type: ignore[union-attr]

    view.kind_combo.setCurrentIndex(view.kind_combo.findText("Reviews"))
    listing.timeline.load_all()
    assert listing.timeline.entry_ids() == _expected(
        journal, TimelineFilter(kinds=frozenset({EntryKind.REVIEW}))
    )
    view.tag_combo.setCurrentIndex(view.tag_combo.findText("VIP"))
    assert listing.timeline.filters.tag == "VIP"
    view.clear_filters()
    assert listing.timeline.filters == TimelineFilter()

    target = (NOW - timedelta(days=30)).date()
    view.jump_edit.setText(target.isoformat())
    qtbot.keyClick(view.jump_edit, Qt.Key.Key_Return)
    entry = listing.current_entry()
    assert entry is not None and entry.at.astimezone().date() <= target
    view.jump_edit.setText("not a date at all")
    qtbot.keyClick(view.jump_edit, Qt.Key.Key_Return)
    assert view.jump_edit.property("invalid") is True and view.message.text()
    view.from_edit.setText("2020-01-02")
    view.to_edit.setText("2020-01-01")
    view._apply()
    assert view.to_edit.property("invalid") is True


def test_the_panel_shows_one_person_and_follows_its_subject(qtbot: QtBot, journal: Journal) -> None:
    _bulk(journal, 100)
    events = AppEvents()
    panel = TimelinePanel(journal, events, DARK, person_id=1)
    qtbot.addWidget(panel)
    panel.show()
    panel.model.load_all()
    assert panel.model.entry_ids() == _expected(journal, TimelineFilter(person_id=1))
    panel.set_subject(person_id=999)
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
    note = capture_note(journal, NoteRequest("Lunch with Vy", people=("Vy",)))
    panel.set_subject(person_id=1)
    events.entries_changed.emit([note.entry_id])
    assert panel.model.row_of(note.entry_id) is not None
    with qtbot.waitSignal(panel.entry_activated):
        panel.list.setCurrentIndex(panel.model.index(panel.model.row_of(note.entry_id), 0))
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)

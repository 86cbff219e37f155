from __future__ import annotations

from PySide6.QtCore import QObject
from pytestqt.modeltest import ModelTester

from partnerbook.services import people as people_service
from partnerbook.services.partners import create_partner, update_partner
from partnerbook.store.engine import Journal
from partnerbook.ui.models.rows_model import RowsModel
from partnerbook.ui.theme import LIGHT
from partnerbook.ui.views.partners_view import partners_model
from partnerbook.ui.views.people_view import people_model


def _fill(journal: Journal, count: int) -> list[int]:
    bank = create_partner(journal, "Banca Aurora")
    update_partner(journal, bank, {"kinds": ["bank"]})
    ids = []
    for i in range(count):
        pid = people_service.create_person(journal, f"Persona {i:04}", city="Milano")
        if i % 3 == 0:
            people_service.change_partner(journal, pid, bank)
        ids.append(pid)
    return ids


def test_people_model_passes_the_model_tester(qtmodeltester: ModelTester, journal: Journal) -> None:
    ids = _fill(journal, 30)
    model = people_model(journal, LIGHT)
    qtmodeltester.check(model)
    model.load_all()
    assert model.rowCount() == 30
    people_service.update_person(journal, ids[0], {"city": "Roma"})
    people_service.delete_person(journal, ids[1])
    model.refresh_ids([ids[0], ids[1]])
    assert model.rowCount() == 29
    assert model.row_of(ids[1]) is None and model.row_of(ids[0]) is not None
    qtmodeltester.check(model)


def test_partners_model_filters_and_sorts_under_the_model_tester(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    _fill(journal, 3)
    create_partner(journal, "Ánh Dương")
    create_partner(journal, "Zeta")
    model = partners_model(journal, LIGHT)
    qtmodeltester.check(model)
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Ánh Dương",
        "Banca Aurora",
        "Zeta",
    ]
    model.set_filter_text("AURORA")
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.total == 3
    model.set_filter_text("anh")  # no diacritics needed
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ánh Dương"]


def test_selection_follows_its_row_through_a_sort(qtbot: object, journal: Journal) -> None:
    from PySide6.QtCore import QPersistentModelIndex, Qt

    _fill(journal, 5)
    model = people_model(journal, LIGHT)
    model.fetchMore()
    model.sort(0)
    kept = QPersistentModelIndex(model.index(0, 0))
    name = kept.data()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == model.rowCount() - 1 and kept.data() == name


def test_pages_arrive_in_the_background(qtbot: object, journal: Journal) -> None:
    _fill(journal, 1200)  # more than two pages of 500
    parent = QObject()
    model: RowsModel[object] = people_model(journal, LIGHT, parent)  # type: ignore[assignment]
    model.fetchMore()
    assert model.rowCount() == 60 and not model.complete  # a first screenful, at once
    qtbot.waitUntil(lambda: model.complete, timeout=30_000)  # type: ignore[attr-defined]
    assert model.rowCount() == 1200

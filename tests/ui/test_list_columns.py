"""The People and Partners lists at the window's usual size: the columns that matter
uncut, the others left out rather than squeezed, a cut cell's whole text in its tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from partnerbook.services.demo import fill_demo
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.views.list_view import MasterDetailView
from partnerbook.ui.widgets.elided_tip import is_elided


def _elided(view: MasterDetailView, column: int) -> list[str]:
    table = view.table
    cut = []
    for row in range(view.model.rowCount()):
        index = view.model.index(row, column)
        option = QStyleOptionViewItem()
        option.widget = table
        option.rect = table.visualRect(index)
        option.rect.setWidth(table.columnWidth(column))
        table.itemDelegate().initStyleOption(option, index)
        text = str(index.data() or "")
        if is_elided(option, text):
            cut.append(text)
    return cut


def _settle(qtbot: QtBot, view: MasterDetailView) -> None:
    view.model.load_all()
    qtbot.wait(50)  # the fit runs once the rows and the sizes are in
    view.fit_columns()


def test_people_at_1280_show_name_partner_and_role_uncut(
    journal: Journal, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    fill_demo(journal, people=200, entries=400)
    window = make_window("people")
    window.resize(1280, 800)
    view = window.people
    _settle(qtbot, view)
    header = view.table.horizontalHeader()
    for column in (0, 1, 2):  # name, partner, role
        assert not header.isSectionHidden(column)
        assert _elided(view, column) == [], column
    # The columns fill the list: no horizontal scrolling, nothing squeezed in.
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) == view.table.viewport().width()
    assert all(header.sectionSize(c) >= 72 for c in shown)
    # The page beside it keeps its room.
    assert view.splitter.sizes()[1] >= 480


def test_a_narrow_list_leaves_columns_out_and_the_user_can_ask_for_them(
    journal: Journal, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    fill_demo(journal, people=120, entries=200)
    window = make_window("people")
    window.resize(1024, 800)
    view = window.people
    _settle(qtbot, view)
    header = view.table.horizontalHeader()
    assert header.isSectionHidden(3)  # the city, last in priority, has no room
    view.choose_column(3, True)
    assert not header.isSectionHidden(3)
    view.choose_column(1, False)
    assert header.isSectionHidden(1)
    view.save_state()
    assert view._settings.value("people/hidden-columns") in (["1"], [1], "1", 1)


def test_a_cut_cell_shows_its_whole_text_as_a_tooltip(
    journal: Journal, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    fill_demo(journal, people=60, entries=100)
    window = make_window("people")
    window.resize(1280, 800)
    view = window.people
    _settle(qtbot, view)
    view.table.horizontalHeader().resizeSection(1, 40)  # the partner column, squeezed
    row = next(
        r for r in range(view.model.rowCount()) if len(str(view.model.index(r, 1).data())) > 12
    )
    index = view.model.index(row, 1)
    rect = view.table.visualRect(index)
    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, rect.center(), view.table.viewport().mapToGlobal(rect.center())
    )
    option = QStyleOptionViewItem()
    option.rect = rect
    option.widget = view.table
    assert view.table.itemDelegate().helpEvent(event, view.table, option, index)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text().startswith(str(index.data(Qt.ItemDataRole.DisplayRole)))
    QToolTip.hideText()


def test_right_to_left_a_cell_keeps_its_own_direction(
    journal: Journal, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    fill_demo(journal, people=20, entries=20)
    window = make_window("people")
    view = window.people
    _settle(qtbot, view)
    index = view.model.index(0, 0)
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.RightToLeft
    view.table.itemDelegate().initStyleOption(option, index)
    assert option.text == f"\u2068{index.data()}\u2069"  # "S.r.l." keeps its stop at the end
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.LeftToRight
    view.table.itemDelegate().initStyleOption(option, index)
    assert option.text == index.data()

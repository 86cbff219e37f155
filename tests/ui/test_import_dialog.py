"""Importing contacts in the app: a preview of every record (create, update, skip, error
with its record and line), the import on a worker thread with a progress bar and Cancel,
undo of the whole batch from the window, and the same file twice changing nothing.

Real files: the CSV readers' fixtures (exports under the programs' own headers) and a
vCard written here."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from partnerbook.domain.contacts import ContactFormat
from partnerbook.services import people as people_service
from partnerbook.services.importing import ImportAction
from partnerbook.store.engine import Journal
from partnerbook.ui.dialogs import import_dialog
from partnerbook.ui.dialogs.import_dialog import ImportDialog, State
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.models.import_model import Column
from tests.ui.test_accessibility import _unnamed

CSV = Path(__file__).resolve().parent.parent / "fixtures" / "csv"
LINKEDIN = CSV / "linkedin_connections.csv"
GOOGLE = CSV / "google_current.csv"
THUNDERBIRD = CSV / "thunderbird.csv"

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lan Nguyễn\r\nN:Nguyễn;Lan;;;\r\n"
    "EMAIL;TYPE=WORK:lan@vinatech.vn\r\nORG:VinaTech\r\nTITLE:Head of Partnerships\r\n"
    "UID:lan-1\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:שירה כהן\r\nTEL;TYPE=CELL:+972 50 123 4567\r\n"
    "END:VCARD\r\n"
)


def _settled(qtbot: QtBot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: dialog.state not in (State.READING, State.APPLYING), timeout=15000)
    return dialog


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    dialog = window.import_contacts(path)
    assert dialog is not None
    return _settled(qtbot, dialog)


def _rows(dialog: ImportDialog) -> list[tuple[str, str, str, str, str]]:
    model = dialog.model
    return [
        tuple(  # type: ignore[misc]
            str(model.data(model.index(row, column))).strip("\u2066\u2068\u2069")
            for column in Column
        )
        for row in range(model.rowCount())
    ]


def _people(journal: Journal) -> list[str]:
    return sorted(row.display_name for row in people_service.people_rows(journal))


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.state is State.APPLYING  # the work went to a thread; the window paints on
    _settled(qtbot, dialog)
    assert dialog.state is State.DONE


def test_the_preview_lists_every_record_with_what_will_happen_and_why(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    dialog = window.import_contacts(LINKEDIN)
    assert dialog is not None
    assert dialog.state is State.READING  # read off the UI thread, a busy bar meanwhile
    assert dialog.progress.isVisible() and dialog.progress.maximum() == 0
    _settled(qtbot, dialog)
    assert dialog.format_combo.currentText() == "Automatic (LinkedIn CSV)"
    assert _rows(dialog) == [
        ("1", "5", "Nguyễn Văn An", "Create", "new person"),
        ("2", "6", "Sarah Levi", "Create", "new person"),
        ("3", "7", "张伟", "Create", "new person"),
        ("4", "8", "Giulia Romano", "Error", _rows(dialog)[3][4]),
        ("4", "8", "Giulia Romano", "Create", "new person"),
    ]
    assert "31 Feb 2021" in _rows(dialog)[3][4]
    assert dialog.summary.text() == "4 new, 1 with an error"
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert not dialog.progress.isVisible()
    assert _people(window.journal) == []  # a preview writes nothing


def test_a_person_we_have_makes_their_record_an_update(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    sarah = people_service.create_person(journal, "Sarah Levi")
    people_service.CONTACTS.add(journal, sarah, {"kind": "email", "value": "Sarah@Levi.co.il"})
    dialog = _open(qtbot, make_window(), LINKEDIN)
    sarah_row = next(row for row in _rows(dialog) if row[2] == "Sarah Levi")
    assert sarah_row[3] == "Update"
    assert f"(#{sarah})" in sarah_row[4] and "the same email" in sarah_row[4]
    assert dialog.summary.text() == "3 new, 1 updated, 1 with an error"
    dialog.show_only(ImportAction.UPDATE)
    assert [row[2] for row in _rows(dialog)] == ["Sarah Levi"]
    assert dialog.detail.text().startswith("Record 2, line 6")


def test_errors_are_listed_with_their_record_and_line_and_saved_as_a_report(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch
) -> None:
    dialog = _open(qtbot, make_window(), GOOGLE)
    dialog.show_only(ImportAction.ERROR)
    errors = _rows(dialog)
    assert [(row[0], row[1], row[3]) for row in errors] == [
        ("5", "10", "Error"),
        ("6", "11", "Error"),
    ]
    assert errors[0][2] == "Marco Rossi" and "1990-02-31" in errors[0][4]
    assert "no name" in errors[1][4]
    assert dialog.filter_combo.currentText() == "Errors (2)"
    detail = dialog.detail.text().replace("\u2068", "").replace("\u2069", "")
    assert detail.startswith("Record 5, line 10 — Marco Rossi — Error: The birthday")
    # One broken record never takes its neighbours down: the rest are still to create.
    assert dialog.counts()[ImportAction.CREATE] == 5

    text = dialog.save_error_report_to(tmp_path / "errors.txt")
    assert text is not None
    lines = text.read_text("utf-8").splitlines()
    assert lines[0].startswith("Errors in ") and lines[2].startswith("Record 5, line 10: ")
    assert lines[3].startswith("Record 6, line 11: ")
    chosen = tmp_path / "report"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "CSV (*.csv)")
    )
    dialog.report_button.click()
    table = (tmp_path / "report.csv").read_text("utf-8-sig").splitlines()
    assert table[0] == "Record,Line,Name,Error"
    assert table[1].startswith("5,10,Marco Rossi,")
    assert not list(tmp_path.glob("*.partial"))  # written atomically


def test_import_creates_the_people_and_ctrl_z_in_the_window_takes_the_batch_back(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    dialog = _open(qtbot, window, THUNDERBIRD)
    _import(qtbot, dialog)
    expected = ["David Cohen", "Giulia Romano", "Nguyễn Thị Lan"]
    assert _people(journal) == expected
    assert dialog.summary.text() == "Imported: 3 new, 1 with an error."
    assert dialog.model.data(dialog.model.index(0, Column.ACTION)) == "Created"
    assert dialog.undo_button.isVisible() and dialog.undo_button.text() == "&Undo Import"
    assert not dialog.import_button.isVisible() and dialog.close_button.isDefault()
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Import of thunderbird.csv"
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 3)  # the list was refreshed

    dialog.undo_button.click()  # the dialog's own Undo Import
    assert _people(journal) == []
    assert dialog.undo_button.text() == "&Redo Import"
    assert dialog.summary.text() == "The import was taken back."
    dialog.undo_button.click()
    assert _people(journal) == expected

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _people(journal) == []
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 0)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _people(journal) == expected
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 3)


def test_cancel_during_a_slow_import_leaves_nothing(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    dialog = _open(qtbot, window, GOOGLE)
    reached, release = threading.Event(), threading.Event()

    def slow(_done: int, _total: int) -> None:  # on the worker, inside the transaction
        reached.set()
        release.wait(10)

    dialog.progress_hook = slow
    dialog.import_button.click()
    qtbot.waitUntil(reached.is_set)
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    assert dialog.progress.isVisible() and not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while importing cancels, never hides
    assert dialog.isVisible() and dialog.progress_label.text() == "Cancelling…"
    release.set()
    _settled(qtbot, dialog)
    assert dialog.state is State.PREVIEW
    assert dialog.progress_label.text() == "Cancelled: nothing was imported."
    assert _people(journal) == []
    assert window.undo_stack.count() == 0
    assert dialog.import_button.isEnabled()  # and it can be imported after all
    dialog.progress_hook = None
    _import(qtbot, dialog)
    assert len(_people(journal)) == 5


def test_the_same_file_again_is_all_unchanged_and_cannot_be_imported(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    first = _open(qtbot, window, LINKEDIN)
    _import(qtbot, first)
    first.close()
    again = _open(qtbot, window, LINKEDIN)
    assert {row[3] for row in _rows(again)} == {"Skip", "Error"}
    assert again.summary.text() == "4 unchanged, 1 with an error"
    assert "nothing new" in _rows(again)[0][4]
    assert not again.import_button.isEnabled()
    qtbot.keyClick(again.table, Qt.Key.Key_Return)  # Enter: nothing to import, nothing done
    assert again.state is State.PREVIEW and window.undo_stack.count() == 1


def test_a_vcard_is_told_from_its_content(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD, "utf-8")
    dialog = _open(qtbot, make_window(), path)
    assert dialog.format_combo.currentText() == "Automatic (vCard)"
    assert [(row[0], row[2], row[3]) for row in _rows(dialog)] == [
        ("1", "Lan Nguyễn", "Create"),
        ("2", "שירה כהן", "Create"),
    ]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter imports
    _settled(qtbot, dialog)
    assert _people(journal) == ["Lan Nguyễn", "שירה כהן"]
    lan = people_service.get_person(
        journal,
        next(r.id for r in people_service.people_rows(journal) if r.display_name == "Lan Nguyễn"),
    )
    assert lan.role == "Head of Partnerships"


def test_another_format_reads_the_file_again(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    dialog = _open(qtbot, make_window(), THUNDERBIRD)
    assert dialog.format_combo.currentText() == "Automatic (Thunderbird CSV)"
    dialog.set_format(ContactFormat.VCARD)
    _settled(qtbot, dialog)
    assert not dialog.import_button.isEnabled()  # not a vCard: nothing to import
    dialog.set_format(ContactFormat.THUNDERBIRD_CSV)
    _settled(qtbot, dialog)
    assert dialog.counts()[ImportAction.CREATE] == 3 and dialog.import_button.isEnabled()


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "There is no file"),
        (b"\x00\x01garbage\xff" * 10, "cannot tell what kind of file"),
    ],
)
def test_a_file_that_cannot_be_read_is_said_in_words_with_what_to_do(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    content: bytes | None,
    said: str,
) -> None:
    path = tmp_path / "contacts.csv"
    if content is not None:
        path.write_bytes(content)
    dialog = _open(qtbot, make_window(), path)
    assert dialog.state is State.FAILED
    assert dialog.message.isVisible() and said in dialog.message.text()
    assert "\n" in dialog.message.text()  # the hint, on its own line
    assert "Traceback" not in dialog.message.text()
    assert not dialog.import_button.isEnabled() and not dialog.table.isEnabled()


def test_a_bug_goes_to_the_crash_handler_not_into_silence(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(import_dialog, "plan_import", broken)
    window = make_window()
    with qtbot.captureExceptions() as raised:
        dialog = window.import_contacts(GOOGLE)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.state is State.FAILED)
    assert [str(error[1]) for error in raised] == ["a bug"]


def test_ctrl_shift_i_the_file_menu_the_palette_and_the_welcome_open_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(GOOGLE), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window = make_window(view=None)
    assert window.stack.currentWidget() is window.empty  # a new journal: the welcome
    assert window.empty.import_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked and "*.vcf" in asked[0] and "*.csv" in asked[0]
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    _import(qtbot, _settled(qtbot, dialog))
    dialog.close()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.empty)  # welcome left

    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    assert "import" in window._palette_actions()
    window.empty.import_button.click()
    assert len(asked) == 2


def test_every_control_is_named_and_the_keyboard_reaches_them_in_order(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    dialog = _open(qtbot, make_window(), GOOGLE)
    assert _unnamed(dialog) == []
    assert dialog.table.accessibleName() and dialog.format_combo.accessibleName()
    order: list[QWidget] = []
    widget: QWidget = dialog.format_combo
    while widget not in order and len(order) < 50:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
        ):
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == [
        dialog.format_combo,
        dialog.filter_combo,
        dialog.table,
        dialog.report_button,
        dialog.close_button,
        dialog.import_button,
    ]
    model = dialog.model
    spoken = model.data(model.index(0, Column.RECORD), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Record 1"


def test_numbers_are_written_as_the_locale_writes_them(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    dialog = _open(qtbot, make_window(), GOOGLE)
    QLocale.setDefault(QLocale("de_DE"))
    assert dialog.tr("%Ln new", "", 1200) == "1.200 new"
    QLocale.setDefault(QLocale("en_US"))
    assert dialog.tr("%Ln new", "", 1200) == "1,200 new"


def test_the_preview_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, make_window: Callable[..., MainWindow]
) -> None:
    dialog = _open(qtbot, make_window(), GOOGLE)
    qtmodeltester.check(dialog.model)
    dialog.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    names = [row[2] for row in _rows(dialog) if row[2]]
    assert names[0] in ("王芳", "שירה כהן")  # other scripts sort after Latin, reversed first
    dialog.show_only(ImportAction.CREATE)
    qtmodeltester.check(dialog.model)


def test_in_a_right_to_left_window_each_name_keeps_its_own_direction(
    qtbot: QtBot, qapp: QApplication, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = _open(qtbot, window, GOOGLE)
        assert dialog.isRightToLeft()
        name = dialog.model.data(dialog.model.index(0, Column.NAME))
        assert name.startswith("\u2068") and name.endswith("\u2069")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

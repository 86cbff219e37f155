"""File → Export writes in the background and says what it wrote, or what to do."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.store.engine import Journal
from partnerbook.ui.dialogs.export_menu import ExportMenu
from partnerbook.ui.events import AppEvents
from partnerbook.ui.main_window import MainWindow


@pytest.fixture
def menu(qtbot: QtBot, journal: Journal, settings: QSettings) -> Iterator[ExportMenu]:
    capture_note(journal, NoteRequest("Coffee with Lan about the Q1 KPI", people=["Nguyễn Lan"]))
    window = QWidget()  # held by this frame until the test ends: the menu's parent
    qtbot.addWidget(window)
    yield ExportMenu(journal, AppEvents(), settings, window)


def _export(qtbot: QtBot, menu: ExportMenu, key: str, target: Path) -> list[str]:
    said: list[str] = []
    menu._events.status_message.connect(said.append)
    finished: list[bool] = []
    menu.export(key, target, lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    return said


@pytest.mark.parametrize(
    ("key", "name", "starts"),
    [
        ("json", "all.json", b"{"),
        ("vcard", "people.vcf", b"BEGIN:VCARD"),
        ("csv", "people.csv", b"\xef\xbb\xbfFirst Name,"),
        ("partners", "partners.csv", b"\xef\xbb\xbfName,"),
        ("ics", "due.ics", b"BEGIN:VCALENDAR"),
    ],
)
def test_each_export_writes_its_file_and_says_so(
    qtbot: QtBot, menu: ExportMenu, tmp_path: Path, key: str, name: str, starts: bytes
) -> None:
    target = tmp_path / name
    said = _export(qtbot, menu, key, target)
    assert target.read_bytes().startswith(starts)
    assert said[0].startswith("Exporting to") and said[-1].startswith("Wrote ")
    assert str(target) in said[-1]
    if key == "json":
        assert [p["display_name"] for p in json.loads(target.read_text())["people"]] == [
            "Nguyễn Lan"
        ]
    assert menu._settings.value("export/folder") == str(tmp_path)


def test_a_refused_target_is_said_with_what_to_do(
    qtbot: QtBot, menu: ExportMenu, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    assert journal.location.path is not None
    _export(qtbot, menu, "json", journal.location.path)  # the journal itself
    assert shown and "journal itself" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if "Traceback" in w.windowTitle()]


def test_the_window_s_file_menu_and_palette_offer_the_exports(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window("people")
    texts = [a.text() for a in window.export_menu.actions()]
    assert texts[0] == "Export Everything as a JSON &Archive…" and len(texts) == 5
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_menu.menuAction() in file_menu.actions()
    assert {"export_json", "export_vcard"} <= set(window._palette_actions())

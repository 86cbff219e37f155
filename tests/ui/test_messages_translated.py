"""What the layers below say reaches a Vietnamese window in Vietnamese.

The committed catalogs gain these templates when tools/translations.py update runs; so
that this test does not wait for them, it compiles a small catalog of its own (the same
XML, through pyside6-lrelease) and installs it as the app installs a language.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from partnerbook.errors import UserError
from partnerbook.messages import Problem, Reading
from partnerbook.services.importing import ImportAction
from partnerbook.store.engine import resolve_location, storage_error_for
from partnerbook.ui.background import report_failure
from partnerbook.ui.dialogs.import_dialog import State
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.messages import hint_of, translated, with_hint
from tests.ui.test_import_dialog import GOOGLE, _open, _rows

VIETNAMESE = {
    ("Problem", "The disk holding {where} is full; nothing was saved."): (
        "Ổ đĩa chứa {where} đã đầy; chưa lưu được gì."
    ),
    ("Problem", "Free some space, then try again. What was saved before is safe."): (
        "Hãy giải phóng dung lượng rồi thử lại. Những gì đã lưu trước đó vẫn an toàn."
    ),
    ("Reading", "the birthday '{value}' {reason}"): "ngày sinh '{value}' {reason}",
    ("Reading", "is not a date"): "không phải là ngày hợp lệ",
    ("Reading", "the rest was read"): "phần còn lại đã được đọc",
    ("Reading", "{earlier}; {later}"): "{earlier}; {later}",
}


def _catalog(folder: Path, entries: dict[tuple[str, str], str]) -> Path:
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in entries.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    ts = folder / "messages_vi.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="vi">{body}</TS>',
        encoding="utf-8",
    )
    qm = folder / "messages_vi.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def vietnamese(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(_catalog(tmp_path, VIETNAMESE)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _full_disk(path: Path) -> UserError:
    return storage_error_for(
        sqlite3.OperationalError("database or disk is full"), resolve_location(path)
    )


@pytest.mark.usefixtures("vietnamese")
def test_a_full_disk_is_said_in_vietnamese_and_printed_in_english(
    qtbot: QtBot, tmp_path: Path
) -> None:
    error = _full_disk(tmp_path / "journal.sqlite")
    where = str(tmp_path / "journal.sqlite")
    assert error.message == f"The disk holding {where} is full; nothing was saved."  # the CLI
    assert translated(error, rtl=False) == f"Ổ đĩa chứa {where} đã đầy; chưa lưu được gì."
    assert hint_of(error, rtl=False).startswith("Hãy giải phóng dung lượng")
    assert with_hint(error, rtl=False).count("\n") == 1

    parent = QWidget()
    qtbot.addWidget(parent)
    report_failure(parent, error)  # what a background job's refusal shows
    box = parent.findChild(QMessageBox)
    assert box is not None
    assert box.text() == translated(error) and box.text().startswith("Ổ đĩa chứa")
    assert box.informativeText().startswith("Hãy giải phóng dung lượng")
    box.close()


@pytest.mark.usefixtures("vietnamese")
def test_an_import_record_error_is_listed_in_vietnamese(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    dialog = _open(qtbot, make_window(), GOOGLE)
    assert dialog.state is State.PREVIEW
    dialog.show_only(ImportAction.ERROR)
    birthday = next(row for row in _rows(dialog) if row[2] == "Marco Rossi")
    reason = birthday[4].replace("\u2068", "").replace("\u2069", "")
    assert reason == "Ngày sinh '1990-02-31' không phải là ngày hợp lệ; phần còn lại đã được đọc"
    # The plan itself still says it in English (the command line prints that).
    assert dialog.plan is not None
    english = next(r.reason for r in dialog.plan.errors if "1990-02-31" in r.reason)
    assert english == "The birthday '1990-02-31' is not a date; the rest was read"


def test_the_helper_asks_qt_for_the_context_and_template(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, source: str, *_rest: object) -> str:
        asked.append((context, source))
        return {
            "{person}: {why}; {adds}": "{adds} — {person} ({why})",  # another order
            "nothing new": "không có gì mới",
        }[source]

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(translate))
    text = Reading.tr(
        "{person}: {why}; {adds}", person="Lan", why="x", adds=Reading.tr("nothing new")
    )
    assert translated(text, rtl=False) == "không có gì mới — Lan (x)"
    assert asked == [("Reading", "{person}: {why}; {adds}"), ("Reading", "nothing new")]
    assert translated("plain words", rtl=False) == "plain words"
    assert translated(None) == ""


def test_in_a_right_to_left_window_names_and_paths_keep_their_direction() -> None:
    text = Problem.tr(
        "The journal {where} is read-only; nothing was saved.", where="/home/lan/j.sqlite"
    )
    shown = translated(text, rtl=True)
    assert "\u2068/home/lan/j.sqlite\u2069" in shown
    assert translated(text, rtl=False) == text

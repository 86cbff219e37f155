"""The passphrase dialog of an encrypted journal: a wrong passphrase says so and lets the
user try again; the right one opens; Quit quits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from partnerbook.ui.dialogs.passphrase import PassphraseDialog


def make(qtbot: Any, tried: list[str]) -> PassphraseDialog:
    def try_open(typed: str) -> bool:
        tried.append(typed)
        return typed == "right one"

    dialog = PassphraseDialog("/tmp/journal.sqlite", try_open)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_passphrase_says_so_and_the_right_one_opens(qtbot: Any) -> None:
    tried: list[str] = []
    dialog = make(qtbot, tried)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    qtbot.keyClicks(dialog.field, "wrong")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "does not open this journal" in dialog.error.text()
    assert dialog.field.text() == ""
    qtbot.keyClicks(dialog.field, "right one")
    dialog.remember.setChecked(True)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.accepted_passphrase == "right one"
    assert dialog.remember.isChecked()
    assert tried == ["wrong", "right one"]


@pytest.mark.parametrize("how", ["button", "escape"])
def test_quit_rejects(qtbot: Any, how: str) -> None:
    dialog = make(qtbot, [])
    if how == "button":
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == PassphraseDialog.DialogCode.Rejected
    assert dialog.accepted_passphrase is None

"""The passphrase of an encrypted journal, asked at start.

A password field, "Remember on this computer" (the OS keyring), Open and Quit. A wrong
passphrase says so and the user tries again; nothing is written meanwhile. The dialog
only collects: ``try_open`` (given by the app) says whether a passphrase opens the journal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from partnerbook.ui.bidi import left_to_right


class PassphraseDialog(QDialog):
    def __init__(
        self,
        journal: str,
        try_open: Callable[[str], bool],
        can_remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("Encrypted Journal"))
        self._try_open = try_open
        self.accepted_passphrase: str | None = None
        layout = QVBoxLayout(self)
        self._intro = self.tr("The journal %1 is encrypted. Type its passphrase.").replace(
            "%1", left_to_right(journal)
        )
        intro = QLabel(self._intro)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit(self)
        self.field.setObjectName("PassphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setAccessibleDescription(self._intro)  # said with the field
        intro.setBuddy(self.field)
        layout.addWidget(self.field)
        self.error = QLabel(self)
        self.error.setObjectName("PassphraseError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setObjectName("RememberPassphrase")
        self.remember.setToolTip(self.tr("Keep the passphrase in the system's keyring."))
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("OpenButton")
        self.open_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("QuitButton")
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _open(self) -> None:
        typed = self.field.text()
        if typed and self._try_open(typed):
            self.accepted_passphrase = typed
            self.field.clear()
            self.accept()
            return
        self.error.setText(self.tr("The passphrase does not open this journal. Try again."))
        self.error.show()
        self.field.setAccessibleDescription(self.error.text())  # said as focus comes back
        self.field.clear()
        self.field.setFocus()

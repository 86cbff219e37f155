"""A band above the view: the journal is somewhere that damages databases (sync, network).

Non-blocking: the window works as usual; "Move the Journal…" says how to move it, and the
band can be closed for this session (it comes back next time: the danger stays).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)


class LocationBanner(QFrame):
    def __init__(self, text: str, journal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LocationBanner")
        self.journal = journal
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        self.text = QLabel("⚠ " + text, self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Warning about where the journal is"))
        layout.addWidget(self.text, 1)
        self.move_button = QPushButton(self.tr("Move the Journal…"), self)
        self.move_button.clicked.connect(self.explain)
        layout.addWidget(self.move_button)
        close = QToolButton(self)
        close.setText("✕")
        close.setObjectName("RemoveButton")
        close.setAccessibleName(self.tr("Close the warning"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)

    def advice(self) -> str:
        return self.tr(
            "To move the journal somewhere safe:\n\n"
            "1. Quit PartnerBook.\n"
            "2. Move %1 (and the folder of backups beside it) to a folder on this computer "
            "that is not synced, e.g. your user data folder.\n"
            "3. Open it there: partnerbook --db NEW_PATH, or leave it in the default place.\n\n"
            "To share it between computers, copy a backup (File → Back Up Now) instead of "
            "syncing the open journal."
        ).replace("%1", self.journal)

    def explain(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Move the Journal"), self.advice())
        box.setObjectName("MoveJournalAdvice")
        box.setParent(self.window(), box.windowFlags())
        box.open()
        return box

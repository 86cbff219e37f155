"""The journal is damaged: say what happened, and offer the latest good backup.

Shown at start (the file's structure cannot be read, or the start-up check finds broken
pages) and when damage turns up during use ("database disk image is malformed"). Restoring
moves the damaged file aside into the backups folder (never deleted, never overwritten),
so whatever the backup does not hold can still be rescued from it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from partnerbook.ui.bidi import left_to_right
from partnerbook.ui.widgets.dates import moment_text

RESTORE = "restore"
QUIT = "quit"
LATER = "later"


class DamagedJournalDialog(QMessageBox):
    def __init__(
        self,
        journal: str,
        detail: str,
        backup_date: datetime | None,
        backups_dir: Path | None,
        during_use: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DamagedJournalDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The journal is damaged"))
        # Paths on lines of their own: wrapped inside a sentence they break at a slash, and
        # in Hebrew they would read from the wrong end. SQLite's own words ("database disk
        # image is malformed") are for whoever rescues the file: behind Show Details.
        self.setText(
            self.tr(
                "PartnerBook cannot read this journal: part of the file is damaged.\n%1"
            ).replace("%1", left_to_right(journal))
        )
        if detail:
            self.setDetailedText(detail)
        folder = left_to_right(str(backups_dir)) if backups_dir is not None else ""
        self.restore_button: QPushButton | None = None
        if backup_date is not None:
            when = moment_text(backup_date)
            self.setInformativeText(
                self.tr(
                    "The latest good backup is from %1. Restoring it brings back everything "
                    "saved up to then. The damaged file is never deleted: it is moved aside, "
                    "so what it holds beyond the backup can still be rescued, into\n%2"
                )
                .replace("%1", when)
                .replace("%2", folder)
            )
            self.restore_button = self.addButton(
                self.tr("Restore the Latest Good Backup (%1)").replace("%1", when),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setObjectName("RestoreButton")
        else:
            self.setInformativeText(
                self.tr(
                    "No backup that passes its check was found in\n%1\nThe journal was not "
                    "changed: keep the file, it may still be rescued."
                ).replace("%1", folder)
            )
        self.later_button: QPushButton | None = None
        if during_use:
            self.later_button = self.addButton(
                self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole
            )
            self.later_button.setObjectName("LaterButton")
        self.quit_button = self.addButton(
            self.tr("Quit PartnerBook"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.quit_button.setObjectName("QuitButton")
        self.setDefaultButton(self.restore_button or self.quit_button)
        self.setEscapeButton(self.later_button or self.quit_button)

    def choose(self) -> str:
        """Run the dialog; RESTORE, LATER or QUIT."""
        self.exec()
        return self.choice()

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return RESTORE
        if clicked is not None and clicked is self.later_button:
            return LATER
        return QUIT

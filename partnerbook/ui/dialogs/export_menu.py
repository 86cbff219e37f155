"""File → Export: everything out, from the window, in the formats the command line writes.

Each choice asks where to save (a name suggested in the last folder used), then writes in
the background: the archive of a 100,000-entry journal takes seconds, and the window
stays responsive. The status bar says what was written; a failure says what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from partnerbook.store.engine import Journal
from partnerbook.ui.background import report_failure, run_in_background
from partnerbook.ui.events import AppEvents


@dataclass(frozen=True)
class _Choice:
    key: str
    text: str
    suggested: str
    filter: str


class ExportMenu(QMenu):
    def __init__(
        self, journal: Journal, events: AppEvents, settings: QSettings, parent: QWidget
    ) -> None:
        super().__init__(self.tr("E&xport"), parent)
        self.setObjectName("ExportMenu")
        self._journal = journal
        self._events = events
        self._settings = settings
        self.busy = False
        choices = [
            _Choice(
                "json",
                self.tr("Export Everything as a JSON &Archive…"),
                "partnerbook.json",
                self.tr("JSON archive (*.json)"),
            ),
            _Choice(
                "vcard",
                self.tr("Export People as &vCards…"),
                "people.vcf",
                self.tr("vCard (*.vcf)"),
            ),
            _Choice("csv", self.tr("Export People as &CSV…"), "people.csv", self.tr("CSV (*.csv)")),
            _Choice(
                "partners",
                self.tr("Export &Partners as CSV…"),
                "partners.csv",
                self.tr("CSV (*.csv)"),
            ),
            _Choice(
                "ics",
                self.tr("Export Follow-ups as a Ca&lendar…"),
                "partnerbook.ics",
                self.tr("Calendar (*.ics)"),
            ),
        ]
        self.actions_by_key = {}
        for choice in choices:
            action = self.addAction(choice.text)
            action.triggered.connect(lambda _c=False, ch=choice: self.ask_and_export(ch.key))
            self.actions_by_key[choice.key] = action
        self._choices = {choice.key: choice for choice in choices}

    def _folder(self) -> Path:
        saved = self._settings.value("export/folder", "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def ask_and_export(self, key: str) -> None:
        choice = self._choices[key]
        name, _filter = QFileDialog.getSaveFileName(
            self.parentWidget(),
            choice.text.replace("&", "").rstrip("…"),
            str(self._folder() / choice.suggested),
            choice.filter,
        )
        if name:
            self.export(key, Path(name))

    def export(self, key: str, target: Path, done: Callable[[], None] | None = None) -> None:
        """Write ``key``'s export to ``target`` in the background."""
        self._settings.setValue("export/folder", str(target.parent))
        self.busy = True
        self._events.status_message.emit(self.tr("Exporting to %1…").replace("%1", target.name))

        def finished(said: object, error: BaseException | None) -> None:
            self.busy = False
            if error is not None:
                report_failure(self.parentWidget(), error)
            else:
                self._events.status_message.emit(str(said))
            if done is not None:
                done()

        run_in_background(self, lambda: self._write(key, target), finished)

    def _write(self, key: str, target: Path) -> str:
        """On the worker thread: write, and say what was written."""
        from partnerbook.services.files import export_target

        target = export_target(target, self._journal.location.path, self._choices[key].suggested)
        if key == "json":
            from partnerbook.services.archive import export_archive

            summary = export_archive(self._journal, target)
            return (
                self.tr("Wrote %1 people, %2 partners and %3 entries to %4")
                .replace("%1", _number(summary.people))
                .replace("%2", _number(summary.partners))
                .replace("%3", _number(summary.entries))
                .replace("%4", str(target))
            )
        if key == "vcard":
            from partnerbook.services.contacts_export import export_vcards

            count = export_vcards(self._journal, target)
            return self.tr("Wrote %n people to %1", "", count).replace("%1", str(target))
        if key in ("csv", "partners"):
            from partnerbook.services.contacts_export import export_csv

            count = export_csv(self._journal, target, partners=key == "partners")
            text = (
                self.tr("Wrote %n partners to %1", "", count)
                if key == "partners"
                else self.tr("Wrote %n people to %1", "", count)
            )
            return text.replace("%1", str(target))
        from partnerbook.services.calendar_export import export_ics

        summary_ics = export_ics(self._journal, target)
        return (
            self.tr("Wrote %1 follow-ups and %2 promises to %3")
            .replace("%1", _number(summary_ics.follow_ups))
            .replace("%2", _number(summary_ics.promises))
            .replace("%3", str(target))
        )


def _number(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)

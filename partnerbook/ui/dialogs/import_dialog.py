"""Import contacts in the app: preview every record, import, undo the whole batch.

Reading, planning and applying run on a worker thread (a phone's 10,000 vCards must not
freeze the window); results come back through a queued signal, tagged with a generation
so a re-read for another format drops the older one. Nothing is written until Import,
and the import is one transaction: Cancel rolls it back whole. The batch is one step on
the window's undo stack, so Ctrl+Z there takes every record back at once.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QSettings,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.contacts import ContactFormat
from partnerbook.errors import UserError
from partnerbook.services.files import write_atomically
from partnerbook.services.importing import (
    ImportAction,
    ImportCancelledError,
    ImportPlan,
    ImportResult,
    apply_import,
    plan_import,
    read_contacts,
    redo_import,
    undo_import,
)
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import with_hint
from partnerbook.ui.models.import_model import Column, ImportPreviewModel, reason_text
from partnerbook.ui.relay import Relay
from partnerbook.ui.theme import Colours
from partnerbook.ui.undo import SavedEditCommand

FILE_FILTERS = (
    ("vCard", "*.vcf *.vcard"),
    ("CSV", "*.csv"),
)


class State(Enum):
    READING = "reading"
    FAILED = "failed"  # the file could not be read: a message and its hint, no table
    PREVIEW = "preview"
    APPLYING = "applying"
    DONE = "done"


def ui_region() -> str:
    """The interface locale's country ("VN"), so national phone numbers match."""
    code = QLocale.territoryToCode(QLocale().territory())
    return code if len(code) == 2 and code.isalpha() else ""


class ImportDialog(QDialog):
    """``path`` is read at once; the dialog closes itself never, the user does."""

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        path: Path,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self._journal = journal
        self._events = events
        self._undo_stack = undo_stack
        self._colours = colours
        self._settings = settings
        self.path = Path(path)
        self.region = ui_region()
        self.state = State.READING
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.command: SavedEditCommand | None = None
        self._generation = 0
        self._cancel = threading.Event()
        # Called on the worker thread at each progress step, before Cancel is looked at:
        # tests hold the import there to cancel it halfway.
        self.progress_hook: Callable[[int, int], None] | None = None
        # From the worker thread, on the dialog's: (generation, the result or the exception),
        # and (generation, done, total).
        self._finished_relay = Relay(self, self._finished)
        self._progress_relay = Relay(self, self._progressed)
        self._build()
        self.setWindowTitle(self.tr("Import Contacts — %1").replace("%1", self.path.name))
        self.resize(960, 620)
        undo = undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = undo_stack.createRedoAction(self)
        redo.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        )
        self.addActions([undo, redo])  # Ctrl+Z here too, not only in the window
        undo_stack.indexChanged.connect(self._update_buttons)
        self.read()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.file_label = QLabel(self.path.name, self)
        self.file_label.setObjectName("SectionTitle")
        self.file_label.setToolTip(str(self.path))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.file_label, 1)
        format_label = QLabel(self.tr("&Format:"), self)
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        for text, value in self._formats():
            self.format_combo.addItem(text, value.value if value is not None else "")
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        format_label.setBuddy(self.format_combo)
        self.format_combo.currentIndexChanged.connect(lambda _i: self.read())
        top.addWidget(format_label)
        top.addWidget(self.format_combo)
        layout.addLayout(top)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(f"QLabel {{ color: {self._colours.invalid}; }}")
        self.message.hide()
        layout.addWidget(self.message)

        summary_row = QHBoxLayout()
        summary_row.setSpacing(8)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        summary_row.addWidget(self.summary, 1)
        show_label = QLabel(self.tr("&Show:"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show records"))
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        show_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        summary_row.addWidget(show_label)
        summary_row.addWidget(self.filter_combo)
        layout.addLayout(summary_row)

        self.model = ImportPreviewModel(self._colours, self)
        self.model.set_right_to_left(self.isRightToLeft())
        self.table = QTableView(self)
        self.table.setObjectName("ImportPreview")
        self.table.setAccessibleName(self.tr("Contacts in the file"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.RECORD, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.detail = QLabel(self)
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        layout.addWidget(self.detail)

        progress_row = QHBoxLayout()
        progress_row.setSpacing(8)
        self.progress_label = QLabel(self)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.report_button = QPushButton(self.tr("Save Error Re&port…"), self)
        self.report_button.setToolTip(self.tr("Every record that could not be read, and why"))
        self.report_button.setAutoDefault(False)
        self.report_button.clicked.connect(self.save_error_report)
        self.undo_button = QPushButton(self.tr("&Undo Import"), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self._undo_or_redo)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("Primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        # A label aligns by its text's own direction: a file name or an English line
        # would stand at the left of a Hebrew window. They start where the window reads.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label in (self.file_label, self.message, self.summary, self.progress_label):
            label.setAlignment(
                start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        self.detail.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        for widget in (
            self.format_combo,
            self.filter_combo,
            self.table,
            self.report_button,
            self.cancel_button,
            self.undo_button,
            self.close_button,
            self.import_button,
        ):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabOrder(self.format_combo, self.filter_combo)
        self.setTabOrder(self.filter_combo, self.table)
        self.setTabOrder(self.table, self.report_button)
        self.setTabOrder(self.report_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.undo_button)
        self.setTabOrder(self.undo_button, self.close_button)
        self.setTabOrder(self.close_button, self.import_button)

    def _formats(self) -> list[tuple[str, ContactFormat | None]]:
        return [
            (self.tr("Automatic"), None),
            (self.tr("vCard"), ContactFormat.VCARD),
            (self.tr("Google CSV"), ContactFormat.GOOGLE_CSV),
            (self.tr("LinkedIn CSV"), ContactFormat.LINKEDIN_CSV),
            (self.tr("Outlook CSV"), ContactFormat.OUTLOOK_CSV),
            (self.tr("Thunderbird CSV"), ContactFormat.THUNDERBIRD_CSV),
        ]

    def _format_name(self, value: ContactFormat) -> str:
        return next((text for text, v in self._formats() if v is value), value.value)

    def _set_widths(self) -> None:
        """Fixed from the font, not measured over every row (10,000 rows would take a
        second); the reason takes what is left."""
        metrics = self.table.fontMetrics()
        records = self.plan.records if self.plan is not None else ()
        numbers = QLocale().toString(max((r.line for r in records), default=1) * 10)
        digits = metrics.horizontalAdvance(numbers) + 24
        header = self.table.horizontalHeader()
        for column, title in ((Column.RECORD, "#"), (Column.LINE, self.tr("Line"))):
            wanted = max(digits, header.fontMetrics().horizontalAdvance(title) + 28)
            self.table.setColumnWidth(column, wanted)
        self.table.setColumnWidth(Column.NAME, max(180, metrics.averageCharWidth() * 26))
        labels = [self.model.headerData(Column.ACTION, Qt.Orientation.Horizontal)]
        labels += [self.model.action_text(a) for a in ImportAction]
        action = max(metrics.horizontalAdvance(str(text)) for text in labels) + 48
        self.table.setColumnWidth(Column.ACTION, action)

    # --- reading ------------------------------------------------------------------------

    def chosen_format(self) -> ContactFormat | None:
        value = self.format_combo.currentData()  # a string: Qt keeps no Python enums
        return ContactFormat(value) if value else None

    def set_format(self, value: ContactFormat | None) -> None:
        """Pick a format (as the combo does): the file is read again."""
        index = self.format_combo.findData(value.value) if value is not None else 0
        self.format_combo.setCurrentIndex(max(index, 0))

    def read(self) -> None:
        """Read and plan the file on a worker thread; the preview follows."""
        self.state = State.READING
        self.plan = None
        self.model.set_records(())
        self.message.hide()
        self.summary.setText("")
        self.detail.setText("")
        self.progress_label.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        self.progress.setRange(0, 0)  # busy: reading has no steps to count
        self._update_buttons()
        path, chosen, journal, region = self.path, self.chosen_format(), self._journal, self.region

        def work() -> ImportPlan:
            return plan_import(journal, read_contacts(path, chosen), region)

        self._start(work)

    def _start(self, work: Callable[[], object]) -> None:
        self._generation += 1
        generation = self._generation
        relay = self._finished_relay

        def run() -> None:
            try:
                result: object = work()
            except Exception as error:  # handed to the dialog's thread, which reports it
                result = error
            relay.send(generation, result)  # to nobody if the dialog is gone

        threading.Thread(target=run, name="import", daemon=True).start()

    def _finished(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # an earlier read (another format chosen since): dropped
        applying = self.state is State.APPLYING
        if isinstance(result, ImportCancelledError):
            self._show_plan()
            self.progress_label.setText(self.tr("Cancelled: nothing was imported."))
            self._update_buttons()
            return
        if isinstance(result, UserError):
            if applying:
                self._show_plan()
                self.progress_label.setText(self.tr("Nothing was imported."))
            else:
                self.state = State.FAILED
                self.progress_label.setText("")
            self._show_error(result)
            self._update_buttons()
            return
        if isinstance(result, BaseException):
            self.state = State.FAILED if not applying else State.PREVIEW
            self.progress_label.setText(self.tr("Nothing was imported.") if applying else "")
            self._update_buttons()
            raise result  # a bug: the application's crash handling logs and reports it
        if isinstance(result, ImportResult):
            self._imported(result)
            return
        assert isinstance(result, ImportPlan)
        self.plan = result
        self.model.set_records(result.records)
        self._set_widths()
        self._show_plan()
        if self.chosen_format() is None:
            self.format_combo.setItemText(
                0, self.tr("Automatic (%1)").replace("%1", self._format_name(result.format))
            )
        self._select_first()

    def _show_error(self, error: UserError) -> None:
        text = with_hint(error)
        self.message.setText(text)
        self.message.show()

    def _show_plan(self) -> None:
        self.state = State.PREVIEW
        self.progress_label.setText("")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary.setText(self.summary_text())
        self._fill_filter()
        self._update_buttons()

    # --- the preview ---------------------------------------------------------------------

    def counts(self) -> dict[ImportAction, int]:
        plan = self.plan
        return {a: plan.count(a) if plan is not None else 0 for a in ImportAction}

    def summary_text(self) -> str:
        """ "312 new, 25 updated, 1,200 unchanged, 3 with errors" (numbers as the
        locale writes them; plural forms by the translation)."""
        counts = self.counts()
        if not any(counts.values()):
            return self.tr("There are no contacts in this file.")
        errors = counts[ImportAction.ERROR]
        parts = [
            self.tr("%Ln new", "", counts[ImportAction.CREATE]),
            self.tr("%Ln updated", "", counts[ImportAction.UPDATE]),
            self.tr("%Ln unchanged", "", counts[ImportAction.SKIP]),
            # English has no catalog to choose plural forms from: the one is its own text.
            self.tr("%Ln with an error", "", errors)
            if errors == 1
            else self.tr("%Ln with errors", "", errors),
        ]
        shown = [part for part, n in zip(parts, counts.values(), strict=True) if n]
        text = self.tr(", ", "between the counts of an import").join(shown)
        if self.state is State.DONE:
            return self.tr("Imported: %1.").replace("%1", text)
        return text

    def _fill_filter(self) -> None:
        counts = self.counts()
        keep = self.model.shown_filter()
        locale = QLocale()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        total = len(self.plan.records) if self.plan is not None else 0
        self.filter_combo.addItem(self.tr("All (%1)").replace("%1", locale.toString(total)), "")
        for action, text in (
            (ImportAction.CREATE, self.tr("To create (%1)")),
            (ImportAction.UPDATE, self.tr("To update (%1)")),
            (ImportAction.SKIP, self.tr("Unchanged (%1)")),
            (ImportAction.ERROR, self.tr("Errors (%1)")),
        ):
            self.filter_combo.addItem(
                text.replace("%1", locale.toString(counts[action])), action.value
            )
        index = self.filter_combo.findData(keep.value) if keep is not None else 0
        self.filter_combo.setCurrentIndex(max(index, 0))
        self.filter_combo.blockSignals(False)

    def show_only(self, action: ImportAction | None) -> None:
        index = self.filter_combo.findData(action.value) if action is not None else 0
        self.filter_combo.setCurrentIndex(max(index, 0))

    def _filter_changed(self, _index: int) -> None:
        value = self.filter_combo.currentData()
        self.model.set_filter(ImportAction(value) if value else None)
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.select_row(0)
        else:
            self.detail.setText("")

    def select_row(self, row: int) -> None:
        """Through the selection model: ``QTableView.selectRow`` selects nothing in a
        right-to-left table (Qt 6.11)."""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.setText("")
            return
        record = self.model.record_at(rows[0].row())
        locale = QLocale()
        where = (
            self.tr("Record %1, line %2")
            .replace("%1", locale.toString(record.record))
            .replace("%2", locale.toString(record.line))
        )
        name = self.model.name_of(record)
        name = f"\u2068{name}\u2069" if name else ""
        what = self.model.action_text(record.action)
        text = " — ".join(part for part in (where, name, what) if part)
        self.detail.setText(f"{text}: {reason_text(record)}")

    # --- importing ----------------------------------------------------------------------

    def can_import(self) -> bool:
        counts = self.counts()
        return self.state is State.PREVIEW and (
            counts[ImportAction.CREATE] + counts[ImportAction.UPDATE] > 0
        )

    def start_import(self) -> None:
        if not self.can_import() or self.plan is None:
            return
        self.state = State.APPLYING
        self.message.hide()
        self._cancel.clear()
        steps = self.plan.count(ImportAction.CREATE) + self.plan.count(ImportAction.UPDATE)
        self.progress.setRange(0, steps)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Importing…"))
        self._update_buttons()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        journal, plan, name = self._journal, self.plan, self.path.name
        cancel, relay, generation = self._cancel, self._progress_relay, self._generation + 1

        def progress(done: int, total: int) -> None:
            relay.send(generation, done, total)
            if self.progress_hook is not None:
                self.progress_hook(done, total)
            if cancel.is_set():
                raise ImportCancelledError

        def work() -> ImportResult:
            if cancel.is_set():
                raise ImportCancelledError
            return apply_import(journal, plan, name, progress=progress)

        self._start(work)

    def cancel(self) -> None:
        """Stop the import: its transaction is rolled back, nothing is written."""
        if self.state is State.APPLYING:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and self.state is State.APPLYING:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress_label.setText(
                self.tr("Importing %1 of %2…")
                .replace("%1", QLocale().toString(done))
                .replace("%2", QLocale().toString(total))
            )

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.state = State.DONE
        self.model.set_done(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_label.setText("")
        self.summary.setText(self.summary_text())
        batch = result.batch_id
        if batch is not None:
            journal, events = self._journal, self._events

            def undo() -> None:
                undo_import(journal, batch)
                events.journal_reloaded.emit()

            def redo() -> None:
                redo_import(journal, batch)
                events.journal_reloaded.emit()

            # Pushed after the import is written: its first redo (on push) does nothing.
            self.command = SavedEditCommand(
                self.tr("Import of %1").replace("%1", self.path.name), redo, undo
            )
            self._undo_stack.push(self.command)
            events.journal_reloaded.emit()
        self._update_buttons()
        self._selection_changed(QItemSelection(), QItemSelection())
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stack_alive(self) -> bool:
        """The window's stack tells its index as it is destroyed (after the window)."""
        return shiboken6.isValid(self._undo_stack)

    def _ours_on_top(self) -> bool:
        stack = self._undo_stack
        return (
            self.command is not None
            and self._stack_alive()
            and stack.index() > 0
            and (stack.command(stack.index() - 1) is self.command)
        )

    def _ours_next(self) -> bool:
        stack = self._undo_stack
        return (
            self.command is not None
            and self._stack_alive()
            and stack.index() < stack.count()
            and (stack.command(stack.index()) is self.command)
        )

    def is_undone(self) -> bool:
        return self._ours_next()

    def _undo_or_redo(self) -> None:
        if self._ours_on_top():
            self._undo_stack.undo()
        elif self._ours_next():
            self._undo_stack.redo()

    # --- the error report -------------------------------------------------------------

    def error_report(self, as_csv: bool) -> str:
        errors = self.plan.errors if self.plan is not None else ()
        if as_csv:
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow([self.tr("Record"), self.tr("Line"), self.tr("Name"), self.tr("Error")])
            for record in errors:
                writer.writerow(
                    [record.record, record.line, self.model.name_of(record), reason_text(record)]
                )
            return out.getvalue()
        lines = [
            self.tr("Errors in %1").replace("%1", str(self.path)),
            "",
        ]
        for record in errors:
            lines.append(
                self.tr("Record %1, line %2: %3")
                .replace("%1", str(record.record))
                .replace("%2", str(record.line))
                .replace("%3", reason_text(record))
            )
        return "\n".join(lines) + "\n"

    def save_error_report(self) -> Path | None:
        folder = self.path.parent
        if self._settings is not None:
            folder = Path(str(self._settings.value("import/report_folder", str(folder))))
        suggested = folder / f"{self.path.stem} — {self.tr('errors')}.txt"
        filters = ";;".join((self.tr("Text (*.txt)"), self.tr("CSV (*.csv)")))
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the Error Report"), str(suggested), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".txt", ".csv"):
            path = path.with_name(path.name + (".csv" if "*.csv" in selected else ".txt"))
        return self.save_error_report_to(path)

    def save_error_report_to(self, path: Path) -> Path | None:
        """Written whole or not at all; a refusal is said in words."""
        content = self.error_report(as_csv=path.suffix.lower() == ".csv")
        data = content.encode("utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8")
        try:
            written = write_atomically(path, data)
        except UserError as error:
            self._show_error(error)
            return None
        if self._settings is not None:
            self._settings.setValue("import/report_folder", str(written.parent))
        self.progress_label.setText(self.tr("Error report saved to %1").replace("%1", str(written)))
        return written

    # --- state ----------------------------------------------------------------------------

    def _update_buttons(self, *_: Any) -> None:
        applying = self.state is State.APPLYING
        busy = self.state is State.READING or applying
        self.format_combo.setEnabled(not applying and self.state is not State.DONE)
        self.filter_combo.setEnabled(self.plan is not None and not busy)
        self.table.setEnabled(self.plan is not None and not busy)
        self.import_button.setEnabled(self.can_import())
        self.import_button.setVisible(self.state is not State.DONE)
        self.report_button.setEnabled(bool(self.plan and self.plan.errors) and not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(applying)
        self.cancel_button.setEnabled(applying and not self._cancel.is_set())
        self.progress_label.setVisible(bool(self.progress_label.text()) or busy)
        self.close_button.setEnabled(not applying)
        on_top, undone = self._ours_on_top(), self._ours_next()
        self.undo_button.setVisible(on_top or undone)
        self.undo_button.setText(self.tr("&Redo Import") if undone else self.tr("&Undo Import"))
        if self.state is State.DONE and self.outcome is not None:
            self.summary.setText(
                self.tr("The import was taken back.") if undone else self.summary_text()
            )
            key = QKeySequence(
                QKeySequence.StandardKey.Redo if undone else QKeySequence.StandardKey.Undo
            ).toString(QKeySequence.SequenceFormat.NativeText)
            hint = (
                self.tr("%1 brings it all back.")
                if undone
                else self.tr("%1 takes the whole import back.")
            )
            self.progress_label.setText(hint.replace("%1", key) if on_top or undone else "")
            self.progress_label.setVisible(bool(self.progress_label.text()))

    def reject(self) -> None:
        """Esc and Close: while importing, Esc cancels instead (the window stays to say so)."""
        if self.state is State.APPLYING:
            self.cancel()
            return
        self._generation += 1  # a read still running is dropped
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.state is State.APPLYING:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

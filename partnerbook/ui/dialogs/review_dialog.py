"""A partner review: the period, the KPIs with target and actual, a summary, next steps.

Opened from Today (a review due), from the partner's page, or from the timeline (to look
at or change one). A new review starts with the last one's KPIs and targets.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import ReviewPeriod
from partnerbook.errors import UsageError, UserError
from partnerbook.services import reviews
from partnerbook.services.editing import trash, untrash
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.messages import translated
from partnerbook.ui.theme import Colours
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.widgets.dates import format_date, format_number, parse_date_text
from partnerbook.ui.widgets.form import line, mark_invalid, text_box

COLUMNS = 4  # name, target, actual, unit


class ReviewDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        review: reviews.Review,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._events = events
        self._stack = undo_stack
        self._colours = colours
        self._review = review
        self.setWindowTitle(self.tr("Review of %1").replace("%1", review.partner))
        self._build()
        self._load(review)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Rhythm"))
        for period in ReviewPeriod:
            self.period.addItem(label(period), period.value)
        self.start = line(self.tr("From"), self.tr("Period from"))
        self.end = line(self.tr("To"), self.tr("Period to"))
        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(self.start, 1)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end, 1)
        form.addRow(self.tr("Period"), row)
        layout.addLayout(form)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setAccessibleName(self.tr("KPIs"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Target"), self.tr("Actual"), self.tr("Unit")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        self.table.itemChanged.connect(self._colour_row)
        layout.addWidget(self.table)
        buttons_row = QHBoxLayout()
        self.add_kpi = QPushButton(self.tr("Add a KPI"), self)
        self.add_kpi.setAutoDefault(False)
        self.add_kpi.clicked.connect(lambda: self._add_row(reviews.Kpi(""), edit=True))
        self.remove_kpi = QPushButton(self.tr("Remove the KPI"), self)
        self.remove_kpi.setAutoDefault(False)
        self.remove_kpi.clicked.connect(self._remove_row)
        buttons_row.addWidget(self.add_kpi)
        buttons_row.addWidget(self.remove_kpi)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)

        self.summary = text_box(self.tr("How the period went"), self.tr("Summary"), 4)
        self.next_steps = text_box(
            self.tr("What happens next, and who does it"), self.tr("Next steps"), 3
        )
        layout.addWidget(QLabel(self.tr("Summary"), self))
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Next steps"), self))
        layout.addWidget(self.next_steps)
        self.message = QLabel(self)
        self.message.setObjectName("SaveState")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(680, 640)

    def _load(self, review: reviews.Review) -> None:
        self.period.setCurrentIndex(self.period.findData(review.period.value))
        self.start.setText(format_date(review.period_start))
        self.end.setText(format_date(review.period_end))
        for kpi in review.kpis:
            self._add_row(kpi)
        if not review.kpis:
            self._add_row(reviews.Kpi(""))
        self.summary.setPlainText(review.summary)
        self.next_steps.setPlainText(review.next_steps)

    def _add_row(self, kpi: reviews.Kpi, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(
            (kpi.name, format_number(kpi.target), format_number(kpi.actual), kpi.unit or "")
        ):
            cell = QTableWidgetItem(value)
            if column in (1, 2):  # figures line up on their last digit
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, cell)
        first = self.table.item(row, 0)
        if edit and first is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(first)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _colour_row(self, item: QTableWidgetItem) -> None:
        """Actual at or above target in the "ok" colour, below in the "due" one."""
        row = item.row()
        target, actual = self.table.item(row, 1), self.table.item(row, 2)
        if target is None or actual is None or item.column() not in (1, 2):
            return
        try:
            kpi = reviews.Kpi("", reviews.number(target.text()), reviews.number(actual.text()))
        except UsageError:
            return
        ratio = kpi.ratio
        colour = None if ratio is None else (self._colours.ok if ratio >= 1 else self._colours.due)
        self.table.blockSignals(True)
        actual.setForeground(QColor(colour) if colour else self.palette().text().color())
        if ratio is not None:
            actual.setToolTip(QLocale().toString(round(ratio * 100)) + " %")
        self.table.blockSignals(False)

    def _rows(self) -> list[tuple[str, str, str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(COLUMNS)]
            rows.append(tuple(cell.text() if cell is not None else "" for cell in cells))
        return rows  # type: ignore[return-value]

    def review(self) -> reviews.Review:
        start, end = parse_date_text(self.start.text()), parse_date_text(self.end.text())
        if start is None or end is None:
            raise UsageError(self.tr("Give the period's first and last day."))
        return replace(
            self._review,
            period=ReviewPeriod(self.period.currentData()),
            period_start=start,
            period_end=end,
            summary=self.summary.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(),
            kpis=reviews.kpis_from_rows(self._rows()),
        )

    def save(self) -> int | None:
        try:
            edited = self.review()
            before = self._review
            entry_id = reviews.save_review(self._journal, edited)
        except UserError as error:
            self.message.setText(translated(error))
            mark_invalid(self.message, True)
            return None
        if before.entry_id is None:

            def undo() -> None:
                trash(self._journal, Entry, entry_id, "review")
                self._events.entries_changed.emit([entry_id])

            def redo() -> None:
                untrash(self._journal, Entry, entry_id, "review")
                self._events.entries_changed.emit([entry_id])

        else:
            saved = replace(edited, entry_id=entry_id)

            def undo() -> None:
                reviews.save_review(self._journal, before)
                self._events.entries_changed.emit([entry_id])

            def redo() -> None:
                reviews.save_review(self._journal, saved)
                self._events.entries_changed.emit([entry_id])

        self._stack.push(SavedEditCommand(self.tr("Save a review"), redo, undo))
        self._events.entries_changed.emit([entry_id])
        self._events.partners_changed.emit([edited.partner_id])
        self.accept()
        return entry_id

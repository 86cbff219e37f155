"""The Timeline: everything that happened, newest first, with a filter bar and a jump to
any date. ``TimelinePanel`` is the same list fixed to one person or partner, for pages.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.types import TimelineFilter
from partnerbook.errors import UsageError
from partnerbook.services.partners import partner_refs
from partnerbook.services.people import people_refs
from partnerbook.services.timeline import day_end_cursor, timeline_tags
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import translated
from partnerbook.ui.theme import Colours
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.widgets.dates import format_date, parse_date_text
from partnerbook.ui.widgets.form import mark_invalid
from partnerbook.ui.widgets.ref_picker import RefPicker
from partnerbook.ui.widgets.timeline_list import TimelineList


class TimelineViewText(TranslationContext):
    """The translation context of this module's strings outside its widgets."""


def kind_choices() -> list[tuple[str, frozenset[EntryKind]]]:
    """The kind filter's choices: all, or one kind of entry."""

    return [
        (TimelineViewText.tr("All kinds"), frozenset()),
        (TimelineViewText.tr("Interactions"), frozenset({EntryKind.INTERACTION})),
        (TimelineViewText.tr("Follow-ups"), frozenset({EntryKind.FOLLOW_UP})),
        (TimelineViewText.tr("Promises"), frozenset({EntryKind.COMMITMENT})),
        (TimelineViewText.tr("Give & take"), frozenset({EntryKind.LEDGER})),
        (TimelineViewText.tr("Reviews"), frozenset({EntryKind.REVIEW})),
        (TimelineViewText.tr("Stage changes"), frozenset({EntryKind.STAGE_CHANGE})),
    ]


class _TimelineBase(QWidget):
    entry_activated = Signal(int)
    person_activated = Signal(int)
    partner_activated = Signal(int)

    def _build_list(
        self,
        journal: Journal,
        events: AppEvents,
        colours: Colours,
        filters: TimelineFilter,
        compact: bool,
    ) -> QStackedWidget:
        self.list = TimelineList(journal, events, colours, filters, compact, self)
        self.list.entry_activated.connect(self.entry_activated)
        self.list.person_activated.connect(self.person_activated)
        self.list.partner_activated.connect(self.partner_activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        stack = QStackedWidget(self)
        stack.addWidget(self.list)
        stack.addWidget(self.empty)
        self._stack = stack
        model = self.list.timeline
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_empty)
        return stack

    @property
    def model(self) -> Any:
        return self.list.timeline

    def _empty_text(self) -> str:
        return self.tr("Nothing on the timeline yet.")

    def _update_empty(self, *_: Any) -> None:
        empty = self.list.timeline.rowCount() == 0 and not self.list.timeline.canFetchMore()
        self.empty.setText(self._empty_text())
        self._stack.setCurrentIndex(1 if empty else 0)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.list.ensure_started()
        self._update_empty()
        super().showEvent(event)


class TimelineView(_TimelineBase):
    """The global timeline with its filter bar (kind, tag, person, partner, dates, jump)."""

    status = Signal(str)  # messages for the status bar (a date not understood, ...)

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        colours: Colours,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._events = events
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget(self)
        bar.setObjectName("FilterBar")
        layout.addWidget(bar)
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(14, 10, 14, 8)
        rows.setSpacing(6)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.setSpacing(8)
        second.setSpacing(8)
        rows.addLayout(first)
        rows.addLayout(second)

        self.kind_combo = QComboBox(bar)
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for text, kinds in kind_choices():
            self.kind_combo.addItem(text, kinds)
        self.kind_combo.currentIndexChanged.connect(self._apply)
        first.addWidget(self.kind_combo)

        self.tag_combo = QComboBox(bar)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.setMinimumContentsLength(12)
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo.addItem(self.tr("All tags"), None)
        self.tag_combo.currentIndexChanged.connect(self._apply)
        first.addWidget(self.tag_combo)

        self.person_picker = RefPicker(
            lambda text: [(p.id, p.display_name) for p in people_refs(journal, text)], parent=bar
        )
        self.person_picker.setPlaceholderText(self.tr("Anyone"))
        self.person_picker.setAccessibleName(self.tr("Person"))
        self.person_picker.picked.connect(self._apply)
        self.partner_picker = RefPicker(
            lambda text: [(p.id, p.name) for p in partner_refs(journal, text)], parent=bar
        )
        self.partner_picker.setPlaceholderText(self.tr("Any partner"))
        self.partner_picker.setAccessibleName(self.tr("Partner"))
        self.partner_picker.picked.connect(self._apply)
        for picker in (self.person_picker, self.partner_picker):
            picker.setMinimumWidth(160)
            picker.setMaximumWidth(280)
            first.addWidget(picker, 1)
        first.addStretch(1)
        jump_label = QLabel(self.tr("&Jump to"), bar)
        jump_label.setObjectName("Muted")
        self.jump_edit = self._date_edit(
            bar, self.tr("a date, e.g. 3 March or last Friday"), self.tr("Jump to date")
        )
        # Wide enough for its example (it was cut to "a date, e.g. 3 March or last Fri…").
        example = self.jump_edit.fontMetrics().horizontalAdvance(self.jump_edit.placeholderText())
        self.jump_edit.setMinimumWidth(min(360, max(200, example + 28)))
        self.jump_edit.setMaximumWidth(360)
        jump_label.setBuddy(self.jump_edit)
        self.jump_edit.returnPressed.connect(self._jump)

        self.from_edit = self._date_edit(bar, self.tr("From (date)"), self.tr("From date"))
        self.to_edit = self._date_edit(bar, self.tr("To (date)"), self.tr("To date"))
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumWidth(200)
            edit.editingFinished.connect(self._apply)
            second.addWidget(edit, 1)
        self.clear_button = QPushButton(self.tr("Clear filters"), bar)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        second.addWidget(self.clear_button)
        self.message = QLabel(bar)
        self.message.setObjectName("Hint")
        self.message.setAccessibleName(self.tr("Timeline message"))
        second.addWidget(self.message, 2)
        second.addStretch(1)
        second.addWidget(jump_label)  # on the second row: the first is full of filters
        second.addWidget(self.jump_edit, 1)
        line = QWidget(self)
        line.setObjectName("FilterBarLine")
        line.setFixedHeight(1)
        layout.addWidget(line)

        layout.addWidget(self._build_list(journal, events, colours, TimelineFilter(), False), 1)
        events.journal_reloaded.connect(self._load_tags)
        shortcut = QShortcut(QKeySequence("Ctrl+J"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_jump)
        self._tags_loaded = False
        self.setAccessibleName(self.tr("Timeline"))

    # --- building -------------------------------------------------------------------------------

    def _date_edit(self, parent: QWidget, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(130)
        return edit

    def _load_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for name in timeline_tags(self._journal):
            self.tag_combo.addItem(name, name)
        found = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(found, 0))
        self.tag_combo.blockSignals(False)
        self._tags_loaded = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self._tags_loaded:
            self._load_tags()
        super().showEvent(event)

    # --- filters ------------------------------------------------------------------------------

    def current_filters(self) -> TimelineFilter | None:
        """The filters typed in the bar, or None while a date is not understood."""
        since = until = None
        valid = True
        days: list[date | None] = []
        for edit in (self.from_edit, self.to_edit):
            try:
                day = parse_date_text(edit.text())
            except UsageError as error:
                mark_invalid(edit, True)
                self._say(translated(error))
                valid = False
                days.append(None)
                continue
            mark_invalid(edit, False)
            days.append(day)
        if not valid:
            return None
        start, end = days
        if start is not None and end is not None and start > end:
            mark_invalid(self.to_edit, True)
            self._say(self.tr("The end date is before the start date."))
            return None
        if start is not None:
            since = datetime.combine(start, time(0)).astimezone()
            self.from_edit.setText(format_date(start))
        if end is not None:
            until = day_end_cursor(end).at
            self.to_edit.setText(format_date(end))
        return TimelineFilter(
            person_id=self.person_picker.current_id(),
            partner_id=self.partner_picker.current_id(),
            kinds=self.kind_combo.currentData() or frozenset(),
            since=since,
            until=until,
            tag=self.tag_combo.currentData(),
        )

    def _apply(self, *_: Any) -> None:
        filters = self.current_filters()
        if filters is not None:
            self._say("")
            self.list.set_filters(filters)

    def set_filters(self, filters: TimelineFilter) -> None:
        """Show the timeline with these filters (from elsewhere: a tag clicked, a search)."""
        self.list.set_filters(filters)

    def clear_filters(self) -> None:
        for widget in (self.kind_combo, self.tag_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.person_picker.set_current(None)
        self.partner_picker.set_current(None)
        for edit in (self.from_edit, self.to_edit, self.jump_edit):
            edit.clear()
            mark_invalid(edit, False)
        self._apply()

    def _empty_text(self) -> str:
        if self.list.timeline.filters != TimelineFilter():
            return self.tr("Nothing matches these filters.")
        return self.tr("Nothing on the timeline yet. Notes, follow-ups and reviews appear here.")

    # --- jumping --------------------------------------------------------------------------------

    def focus_jump(self) -> None:
        self.jump_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.jump_edit.selectAll()

    def _jump(self) -> None:
        try:
            day = parse_date_text(self.jump_edit.text())
        except UsageError as error:
            mark_invalid(self.jump_edit, True)
            self._say(translated(error))
            return
        mark_invalid(self.jump_edit, False)
        if day is None:
            return
        self.jump_to(day)

    def jump_to(self, day: date) -> bool:
        if self.list.jump_to(day):
            self._say("")
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self._say(self.tr("Nothing on or before %1.").replace("%1", format_date(day, long=True)))
        return False

    def _say(self, text: str) -> None:
        self.message.setText(text)
        if text:
            self.status.emit(text)


class TimelinePanel(_TimelineBase):
    """One person's or one partner's timeline, compact, for their page."""

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        colours: Colours,
        person_id: int | None = None,
        partner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for text, kinds in kind_choices():
            self.kind_combo.addItem(text, kinds)
        self.kind_combo.currentIndexChanged.connect(self._apply)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        self.top_bar = top  # the page adds its own buttons here, beside the filter
        layout.addLayout(top)
        filters = TimelineFilter(person_id=person_id, partner_id=partner_id)
        self._subject = filters
        layout.addWidget(self._build_list(journal, events, colours, filters, True), 1)
        self.setAccessibleName(self.tr("Timeline"))

    def set_subject(self, person_id: int | None = None, partner_id: int | None = None) -> None:
        """Show another person's or partner's timeline (pages are reused between them)."""
        self._subject = TimelineFilter(person_id=person_id, partner_id=partner_id)
        self._apply()

    def _apply(self, *_: Any) -> None:
        kinds = self.kind_combo.currentData() or frozenset()
        subject = self._subject
        self.list.set_filters(
            TimelineFilter(person_id=subject.person_id, partner_id=subject.partner_id, kinds=kinds)
        )

    def _empty_text(self) -> str:
        return self.tr("Nothing here yet: notes and follow-ups with them will appear here.")

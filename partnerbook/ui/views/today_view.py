"""Today: the screen a relationship manager opens every morning, and acts from.

A tree of short sections (follow-ups, promises, people and partners to get back to,
reviews, birthdays). Every item acts in place, by button or by key: D done (a promise
kept), S snooze, L log a note about them, Enter open, P open the person, Delete dismiss,
B a promise broken. Each action is one
undo step. Follow-ups and promises are read first (indexed, quick); the rhythm, review
and birthday sections follow right after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.dates import DateParseError, parse_when
from partnerbook.errors import UserError
from partnerbook.services import follow_ups
from partnerbook.services.today import QUICK_SECTIONS, SECTIONS, Today, TodayItem, today_list
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.messages import translated
from partnerbook.ui.theme import Colours
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.elided_tip import ElidedTipDelegate
from partnerbook.ui.widgets.punctuation import caption, percent

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_DELAY_MS = 150
REST_DELAY_MS = 60


class TodayTree(QTreeWidget):
    """The list, with the item keys (D, S, L, Delete) on top of the usual navigation."""

    def __init__(self, keys: dict[Qt.Key, Callable[[], None]], parent: QWidget | None = None):
        super().__init__(parent)
        self._keys = keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        action = self._keys.get(Qt.Key(event.key()))
        if action is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action()
            return
        super().keyPressEvent(event)


def _read_all(journal: Journal) -> tuple[Today, Any]:
    """Every section of Today and the kept rate (in a worker thread: no widgets here)."""
    from partnerbook.services.track_record import kept_rate

    return today_list(journal, sections=SECTIONS), kept_rate(journal)


class TodayView(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TodayView")
        self._journal = journal
        self._events = events
        self._stack = undo_stack
        self._colours = colours
        self._today: Today | None = None
        self._stale = True
        self._generation = 0  # of the reads: only the newest is shown
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        self._build()
        for signal in (events.entries_changed, events.people_changed, events.partners_changed):
            signal.connect(self._changed)
        events.journal_reloaded.connect(self._changed)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Today"), self)
        self.title.setObjectName("PageTitle")
        head.addWidget(self.title)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("PageSubtitle")
        head.addWidget(self.date_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        self.summary = QLabel(self)
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.kept = QLabel(self)
        self.kept.setObjectName("Muted")
        self.kept.setAccessibleName(self.tr("Promises kept"))
        self.kept.hide()
        layout.addWidget(self.kept)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.done_button = self._button(self.tr("Done"), "D", self.done)
        self.snooze_button = self._button(self.tr("Snooze"), "S", self.snooze_menu)
        self.log_button = self._button(self.tr("Log a Note"), "L", self.log_note)
        self.open_button = self._button(self.tr("Open"), self.tr("Enter"), self.open_current)
        self.dismiss_button = self._button(self.tr("Dismiss"), self.tr("Del"), self.dismiss)
        for button in (
            self.done_button,
            self.snooze_button,
            self.log_button,
            self.open_button,
            self.dismiss_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)

        keys = {
            Qt.Key.Key_D: self.done,
            Qt.Key.Key_S: self.snooze_menu,
            Qt.Key.Key_L: self.log_note,
            Qt.Key.Key_Delete: self.dismiss,
            Qt.Key.Key_B: self.broken,
            Qt.Key.Key_P: self.open_who,
            Qt.Key.Key_Return: self.open_current,
            Qt.Key.Key_Enter: self.open_current,
        }
        self.tree = TodayTree(keys, self)
        self.tree.setObjectName("TodayTree")
        self.tree.setItemDelegate(ElidedTipDelegate(self.tree))  # right to left: isolated
        self.tree.setAccessibleName(self.tr("Today's list"))
        self.tree.setAccessibleDescription(
            self.tr(
                "D done, S snooze, L log a note, Enter open, P open the person, "
                "Delete dismiss, B a promise broken"
            )
        )
        self.tree.setColumnCount(3)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 300)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(
            self.tr(
                "Nothing is due today. Log what was said at your last meeting (Ctrl+L), "
                "or set a stay-in-touch rhythm on the people who matter."
            ),
            self,
        )
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.tree)

    def _button(self, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(f"{text}  ({key})", self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload(first=self._today is None)

    def _changed(self, *_: Any) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh.start()

    def reload(self, first: bool = False, wait: bool = False) -> None:
        """Read Today again. The first time, the quick sections paint first, read here.

        The whole of it is read off the window's thread, the newest read shown: with
        10,000 people and 100,000 notes "get back in touch" alone takes a tenth of a
        second, a stutter after every note saved while Today is on screen. ``wait``: read
        here and now (what the user just did on Today must leave it at once)."""
        self._stale = False
        self._generation += 1
        if first:
            try:
                self._show(today_list(self._journal, sections=QUICK_SECTIONS))
            except UserError as error:
                self._events.status_message.emit(translated(error))
                return
            # The rest after the first paint: a zero timeout would run before it.
            QTimer.singleShot(REST_DELAY_MS, self.reload)
            return
        generation, journal = self._generation, self._journal
        if wait:
            try:
                self._read(generation, _read_all(journal), None)
            except UserError as error:
                self._read(generation, None, error)
            return
        from partnerbook.ui.background import run_in_background  # after the first paint

        run_in_background(
            self,
            lambda: _read_all(journal),
            lambda result, error: self._read(generation, result, error),
        )

    def _read(self, generation: int, result: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return  # an older read: a newer one is on its way
        if isinstance(error, UserError):
            self._events.status_message.emit(translated(error))
            return
        if error is not None:
            raise error
        today, rate = result
        self._show(today)
        self._show_kept_rate(rate)

    def _show_kept_rate(self, rate: Any) -> None:
        """How promises were kept overall, both ways: the trust a week's work builds."""
        locale = QLocale()
        parts = []
        for counts, text in (
            (rate.mine, self.tr("You kept %1 of %2 promises (%3)")),
            (rate.theirs, self.tr("they kept %1 of %2 (%3)")),
        ):
            if counts.decided:
                parts.append(
                    text.replace("%1", locale.toString(counts.kept))
                    .replace("%2", locale.toString(counts.decided))
                    .replace("%3", percent((counts.rate or 0) * 100))
                )
        self.kept.setText(" · ".join(parts))
        self.kept.setVisible(bool(parts))

    def finish_loading(self) -> None:
        """Every section now, for a screenshot (the window shows the quick ones first)."""
        if self._today is None or len(self._today.sections) < len(SECTIONS):
            self.reload(wait=True)

    def _show(self, today: Today) -> None:
        keep = self.current_item()
        self._today = today
        locale = QLocale()
        self.date_label.setText(
            locale.toString(
                QDate(today.day.year, today.day.month, today.day.day),
                QLocale.FormatType.LongFormat,
            )
        )
        self.tree.clear()
        titles = {
            "follow_ups": self.tr("Follow-ups due"),
            "promises": self.tr("Promises due this week"),
            "stay_in_touch": self.tr("Time to get back in touch"),
            "reviews": self.tr("Partner reviews due"),
            "birthdays": self.tr("Birthdays this week"),
        }
        counts = []
        for section in today.sections:
            if not section.total:
                continue
            head = QTreeWidgetItem(self.tree)
            shown = f"{titles[section.key]}  ·  {locale.toString(section.total)}"
            if section.total > len(section.items):
                shown += "  " + self.tr("(the first %1)").replace(
                    "%1", locale.toString(len(section.items))
                )
            head.setText(0, shown)
            head.setFirstColumnSpanned(True)
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setForeground(0, QBrush(QColor(self._colours.muted)))
            for item in section.items:
                self._add(head, item)
            head.setExpanded(True)
            counts.append(self._summary_part(section.key, section.total))
        self.summary.setText(" · ".join(counts))
        empty = today.is_empty
        self.tree.setVisible(not empty)
        self.empty.setVisible(empty)
        self._select(keep)
        self._update_buttons()

    def _summary_part(self, key: str, count: int) -> str:
        """ "3 follow-ups due": a sentence of its own per section, so each language can put
        the number where it belongs and make it plural as it must."""
        parts = {
            "follow_ups": self.tr("%n follow-up(s) due", "", count),
            "promises": self.tr("%n promise(s) due this week", "", count),
            "stay_in_touch": self.tr("%n to get back in touch with", "", count),
            "reviews": self.tr("%n partner review(s) due", "", count),
            "birthdays": self.tr("%n birthday(s) this week", "", count),
        }
        return parts[key].replace(str(count), QLocale().toString(count), 1)

    def _add(self, head: QTreeWidgetItem, item: TodayItem) -> None:
        row = QTreeWidgetItem(head)
        row.setData(0, ITEM_ROLE, item)
        title = item.title
        if item.section == "promises" and item.owner is not None:
            title = caption(label(item.owner)) + item.title
        if item.recurring:
            title += "  ↻"
        row.setText(0, title)
        row.setText(1, item.who)
        row.setText(2, self._when(item))
        row.setToolTip(0, item.title)
        row.setToolTip(1, item.who)
        colour = None
        if item.section in ("follow_ups", "promises", "reviews"):
            if item.overdue_days > 0:
                colour = self._colours.overdue
            elif item.overdue_days == 0:
                colour = self._colours.due
        elif item.section == "stay_in_touch":
            colour = self._colours.due
        if colour is not None:
            row.setForeground(2, QBrush(QColor(colour)))
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, item.who)

    def _when(self, item: TodayItem) -> str:
        locale = QLocale()
        days = item.overdue_days
        if item.section == "stay_in_touch":
            if item.last_contact is None:
                return self.tr("never met yet")
            return self.tr("last spoke %1").replace("%1", format_date(item.last_contact))
        if item.section == "birthdays":
            if days == 0 or item.due is None:
                return self.tr("today")
            day = QDate(item.due.year, item.due.month, item.due.day)
            return locale.dayName(day.dayOfWeek())
        if days > 0:
            if days == 1:
                return self.tr("1 day overdue")
            return self.tr("%1 days overdue").replace("%1", locale.toString(days))
        if days == 0:
            return self.tr("today")
        if days == -1:
            return self.tr("tomorrow")
        return self.tr("in %1 days").replace("%1", locale.toString(-days))

    # --- the current item ------------------------------------------------------------------

    def current_item(self) -> TodayItem | None:
        row = self.tree.currentItem()
        value = row.data(0, ITEM_ROLE) if row is not None else None
        return value if isinstance(value, TodayItem) else None

    def _select(self, wanted: TodayItem | None) -> None:
        """Keep the place after a reload: the same item, or the first one."""
        first: QTreeWidgetItem | None = None
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is None:
                continue
            for j in range(head.childCount()):
                child = head.child(j)
                if child is None:
                    continue
                first = first or child
                item = child.data(0, ITEM_ROLE)
                if wanted is not None and _same(item, wanted):
                    self.tree.setCurrentItem(child)
                    return
        if first is not None:
            self.tree.setCurrentItem(first)

    def _update_buttons(self) -> None:
        item = self.current_item()
        is_task = item is not None and item.entry_id is not None
        self.done_button.setEnabled(is_task)
        self.snooze_button.setEnabled(is_task)
        self.dismiss_button.setEnabled(is_task)
        self.log_button.setEnabled(
            item is not None and (bool(item.person_ids) or item.partner_id is not None)
        )
        self.open_button.setEnabled(item is not None)

    # --- acting ---------------------------------------------------------------------------

    def done(self) -> None:
        item = self.current_item()
        if item is not None and item.entry_id is not None:
            text = (
                self.tr("Promise kept")
                if item.section == "promises"
                else self.tr("Marked done", "the status line after D")
            )
            entry_id = item.entry_id
            self._act(text, lambda: follow_ups.complete(self._journal, entry_id))

    def broken(self) -> None:
        """A promise not kept: counted as such in the kept-rate, and gone from Today."""
        item = self.current_item()
        if item is not None and item.entry_id is not None and item.section == "promises":
            entry_id = item.entry_id
            self._act(
                self.tr("Marked as broken"),
                lambda: follow_ups.break_promise(self._journal, entry_id),
            )

    def dismiss(self) -> None:
        item = self.current_item()
        if item is not None and item.entry_id is not None:
            entry_id = item.entry_id
            self._act(self.tr("Dismissed"), lambda: follow_ups.dismiss(self._journal, entry_id))

    def snooze_until(self, until: datetime) -> None:
        item = self.current_item()
        if item is not None and item.entry_id is not None:
            entry_id = item.entry_id
            self._act(self.tr("Snoozed"), lambda: follow_ups.snooze(self._journal, entry_id, until))

    def snooze_menu(self) -> None:
        item = self.current_item()
        if item is None or item.entry_id is None:
            return
        presets = follow_ups.snooze_presets(datetime.now())
        menu = QMenu(self)
        for key, text in (
            ("later_today", self.tr("Later today")),
            ("tomorrow", self.tr("Tomorrow morning")),
            ("next_week", self.tr("Next week")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=key: self.snooze_until(presets[k]))
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.triggered.connect(self._snooze_pick)
        current = self.tree.currentItem()
        rect = self.tree.visualItemRect(current) if current is not None else self.tree.rect()
        menu.popup(self.tree.viewport().mapToGlobal(rect.bottomLeft() + QPoint(24, 0)))
        self._menu = menu  # kept alive while it shows

    def _snooze_pick(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Snooze until"),
            self.tr("Until when? (e.g. next tuesday, 5 December, thứ ba tuần sau)"),
        )
        if not ok or not text.strip():
            return
        try:
            when = parse_when(text, datetime.now())
        except DateParseError:
            self._events.status_message.emit(
                self.tr("'%1' is not a date I understand; nothing was snoozed.").replace("%1", text)
            )
            return
        self.snooze_until(when.as_datetime().astimezone())

    def _act(self, text: str, action: Callable[[], follow_ups.TaskChange]) -> None:
        try:
            change = action()
        except UserError as error:
            self._events.status_message.emit(translated(error))
            return
        ids = [change.entry_id] + ([change.next_id] if change.next_id else [])

        def undo() -> None:
            follow_ups.undo(self._journal, change)
            self._events.entries_changed.emit(ids)

        def redo() -> None:
            action()
            self._events.entries_changed.emit(ids)

        self._stack.push(SavedEditCommand(text, redo, undo))
        self._events.entries_changed.emit(ids)
        self._events.status_message.emit(self.tr("%1. Ctrl+Z takes it back.").replace("%1", text))
        self.reload(wait=True)
        self.tree.setFocus()

    def log_note(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.person_ids:
            self._events.capture_about.emit(list(item.person_ids), None)
        elif item.partner_id is not None:
            self._events.capture_about.emit([], item.partner_id)

    def open_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.section == "reviews" and item.partner_id is not None:
            self._events.review_partner.emit(item.partner_id)
        elif item.entry_id is not None:
            self._events.open_entry.emit(item.entry_id)
        elif item.person_ids:
            self._events.open_person.emit(item.person_ids[0])
        elif item.partner_id is not None:
            self._events.open_partner.emit(item.partner_id)

    def open_who(self) -> None:
        """The person (or partner) the item is about, rather than the note it came from."""
        item = self.current_item()
        if item is None:
            return
        if item.person_ids:
            self._events.open_person.emit(item.person_ids[0])
        elif item.partner_id is not None:
            self._events.open_partner.emit(item.partner_id)

    def _context_menu(self, point: QPoint) -> None:
        item = self.current_item()
        if item is None:
            return
        menu = QMenu(self)
        for button in (
            self.done_button,
            self.snooze_button,
            self.log_button,
            self.open_button,
            self.dismiss_button,
        ):
            if button.isEnabled():
                action = menu.addAction(button.text())
                action.triggered.connect(button.click)
        if item.section == "promises":
            broken = menu.addAction(self.tr("Broken"))
            broken.setShortcut("B")  # shown beside it, as a menu shows keys
            broken.triggered.connect(self.broken)
        if item.entry_id is not None and (item.person_ids or item.partner_id is not None):
            who = item.who.split(" · ")[0] or self.tr("them")
            open_who = menu.addAction(self.tr("Open %1").replace("%1", who))
            open_who.setShortcut("P")
            open_who.triggered.connect(self.open_who)
        menu.popup(self.tree.viewport().mapToGlobal(point))
        self._menu = menu


def _same(a: object, b: TodayItem) -> bool:
    return (
        isinstance(a, TodayItem)
        and a.section == b.section
        and (a.entry_id, a.person_ids, a.partner_id) == (b.entry_id, b.person_ids, b.partner_id)
    )

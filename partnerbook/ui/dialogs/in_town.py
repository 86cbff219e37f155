"""Who's in town: "I'm in Hanoi next week — whom should I see?"

A place typed the lazy way (no accents, spaces optional; the known cities and countries
complete it), and the people there, never met first, then the longest unseen. Enter opens
the person, L logs a note about them. A window of its own, so it can stay open beside the
person's page while going down the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QStringListModel, Qt, QTimer
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import CadenceState
from partnerbook.domain.in_town import InTownRow, KnownPlace, place_key, place_matches
from partnerbook.errors import UserError
from partnerbook.services.in_town import known_places, people_in_town
from partnerbook.store.engine import Journal
from partnerbook.ui.bidi import isolated
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import translated
from partnerbook.ui.theme import Colours, cadence_colour
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.widgets.dates import format_date


class InTownDialogText(TranslationContext):
    """The translation context of this module's strings outside its widgets."""


ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 120
COMPLETIONS = 12


class _PlaceField(QLineEdit):
    """Down moves into the list (when no completion is showing)."""

    def __init__(self, into_list: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._into_list = into_list
        self.places: QCompleter | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        popup = self.places.popup() if self.places is not None else None
        if event.key() == Qt.Key.Key_Down and not (popup is not None and popup.isVisible()):
            self._into_list()
            return
        super().keyPressEvent(event)


class _PeopleTree(QTreeWidget):
    def __init__(self, keys: dict[Qt.Key, Callable[[], None]], parent: QWidget | None = None):
        super().__init__(parent)
        self._keys = keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        action = self._keys.get(Qt.Key(event.key()))
        if action is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action()
            return
        super().keyPressEvent(event)


def since_text(days: int | None) -> str:
    """How long since we last met, as people say it: "3 weeks ago", "5 months ago"."""
    locale = QLocale()

    if days is None:
        return InTownDialogText.tr("never met")
    if days <= 0:
        return InTownDialogText.tr("today")
    if days == 1:
        return InTownDialogText.tr("yesterday")
    if days < 14:
        return InTownDialogText.tr("%1 days ago").replace("%1", locale.toString(days))
    if days < 60:
        return InTownDialogText.tr("%1 weeks ago").replace("%1", locale.toString(days // 7))
    if days < 730:
        return InTownDialogText.tr("%1 months ago").replace("%1", locale.toString(days // 30))
    return InTownDialogText.tr("%1 years ago").replace("%1", locale.toString(days // 365))


class InTownDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        colours: Colours,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colours = colours
        self.setObjectName("InTownDialog")
        self.setWindowTitle(self.tr("Who's in Town"))
        self.setModal(False)
        self.resize(760, 540)
        self._journal = journal
        self._events = events
        self._places: tuple[KnownPlace, ...] = ()
        self._rows: tuple[InTownRow, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        question = QLabel(self.tr("Where are you going? Whom should you see there?"), self)
        question.setObjectName("SectionTitle")
        layout.addWidget(question)
        self.place = _PlaceField(self.focus_list, self)
        self.place.setAccessibleName(self.tr("City or country"))
        self.place.setPlaceholderText(
            self.tr("A city or a country, typed any way: hanoi, ha noi, tel aviv, italia")
        )
        self.place.setClearButtonEnabled(True)
        self.place.setMinimumHeight(34)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._completed)
        # Not setCompleter(): the line edit would reopen the popup on every key, even
        # once the text names a place whole. We decide when it shows (``_edited``).
        completer.setWidget(self.place)
        self.place.places = completer
        self._completer = completer
        self.place.textEdited.connect(self._edited)
        self.place.textChanged.connect(lambda _t: self._timer.start())
        self.place.returnPressed.connect(self.focus_list)
        layout.addWidget(self.place)
        self.summary = QLabel(self)
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tree = _PeopleTree(
            {
                Qt.Key.Key_Return: self.open_current,
                Qt.Key.Key_Enter: self.open_current,
                Qt.Key.Key_L: self.log_note,
            },
            self,
        )
        self.tree.setAccessibleName(self.tr("People in town"))
        self.tree.setRootIsDecorated(False)
        self.tree.setStyleSheet("QTreeWidget::item { min-height: 26px; }")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Partner"), self.tr("Where"), self.tr("Last met")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 170)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Enter opens the person · L logs a note about them"), self)
        hint.setObjectName("Muted")
        buttons.addWidget(hint, 1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_current)
        self.note_button = QPushButton(self.tr("Log a Note…"), self)
        self.note_button.clicked.connect(self.log_note)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        for button in (self.open_button, self.note_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        events.people_changed.connect(self._changed)
        events.entries_changed.connect(self._changed)
        self.refresh()

    # --- opening ---------------------------------------------------------------------------

    def open_fresh(self) -> None:
        """Show (or raise) the window with the places known now; the place typed is kept."""
        try:
            self._places = known_places(self._journal)
        except UserError as error:
            self.summary.setText(translated(error))
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.place.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.place.selectAll()

    def _edited(self, text: str) -> None:
        """Offer the known places the text begins; none once it names one whole."""
        names = [p.name for p in self._places if place_matches(p.name, text)][:COMPLETIONS]
        self._completions.setStringList(names)
        completer = self._completer
        popup = completer.popup()
        typed = place_key(text)
        if names and not any(place_key(name) == typed for name in names):
            completer.complete()
        elif popup is not None:
            popup.hide()

    def _completed(self, text: str) -> None:
        self.place.setText(text)
        self.refresh()

    # --- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        typed = self.place.text().strip()
        keep = self.current_id()
        try:
            self._rows = people_in_town(self._journal, typed) if typed else ()
        except UserError as error:
            self.summary.setText(translated(error))
            return
        self.tree.clear()
        today = date.today()
        for row in self._rows:
            self.tree.addTopLevelItem(self._item(row, today))
        if not typed:
            self.summary.setText(
                self.tr(
                    "Type where you are going. Cities and countries come from people's pages; "
                    "the people you have not seen for longest come first."
                )
            )
        elif not self._rows:
            self.summary.setText(
                self.tr(
                    "Nobody in “%1” yet. Try the beginning of the city or the country."
                ).replace("%1", typed)
            )
        else:
            count = len(self._rows)
            text = self.tr("%n person(s), never met or longest unseen first.", "", count).replace(
                str(count), QLocale().toString(count), 1
            )
            self.summary.setText(text)
        self._select(keep)
        self._update_buttons()

    def _item(self, row: InTownRow, today: date) -> QTreeWidgetItem:
        # In a right-to-left window each piece keeps its own direction ("3 months ago"
        # would read "months ago 3"; a Hebrew partner and an English role would swap).
        own = isolated if self.isRightToLeft() else str
        where = ", ".join(own(part) for part in (row.city, row.country) if part)
        partner = " · ".join(own(part) for part in (row.partner, row.role) if part)
        if not row.partner:
            partner = ""
        item = QTreeWidgetItem([row.display_name, partner, where, own(since_text(row.days_since))])
        item.setData(0, ID_ROLE, row.id)
        if row.last_contact is not None:
            item.setToolTip(3, format_date(row.last_contact, long=True))
        colour = cadence_colour(self._colours, row.cadence_state)
        if colour is not None and row.cadence_state is not CadenceState.OK:
            item.setForeground(3, QBrush(colour))
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            ", ".join(p for p in (row.display_name, partner, where) if p),
        )
        return item

    def _select(self, wanted: int | None) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and (wanted is None or item.data(0, ID_ROLE) == wanted):
                self.tree.setCurrentItem(item)
                return

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def people_shown(self) -> list[int]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [int(item.data(0, ID_ROLE)) for item in items if item is not None]

    def focus_list(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is None:
            return
        if self.tree.currentItem() is None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.note_button.setEnabled(chosen)

    # --- acting ---------------------------------------------------------------------------

    def open_current(self) -> None:
        person = self.current_id()
        if person is not None:
            self._events.open_person.emit(person)

    def log_note(self) -> None:
        person = self.current_id()
        if person is not None:
            self._events.capture_about.emit([person], None)

    def _changed(self, *_: Any) -> None:
        if self.isVisible():
            self._timer.start()

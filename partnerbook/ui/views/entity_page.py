"""What the person and partner pages share: a scrolling body, a header with the name, the
archive button and the save state, and the save → announce → refresh cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partnerbook.errors import UserError
from partnerbook.store.engine import Journal
from partnerbook.ui.autosave import AutoSaver
from partnerbook.ui.bidi import isolated
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import translated
from partnerbook.ui.presentation import PrivatePart
from partnerbook.ui.theme import Colours
from partnerbook.ui.widgets.cadence import CadenceEditor
from partnerbook.ui.widgets.form import Card, show_save_state, text_box
from partnerbook.ui.widgets.satellites import SatelliteEditor

if TYPE_CHECKING:
    from partnerbook.ui.views.timeline_view import TimelinePanel

D = TypeVar("D")  # the page's detail record (PersonDetail, PartnerDetail)


class EntityPage(QScrollArea, Generic[D]):
    """Subclasses build their cards, pass how to load and save one entity, and override
    ``show_detail`` for what is not a bound field (satellites, summaries)."""

    closed = Signal()

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        changed: SignalInstance,
        load_detail: Callable[[int], D],
        save_field: Callable[[int, str, Any], None],
        field_values: Callable[[D], dict[str, Any]],
        name_field: str,
        name_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PageScroll")
        self.setWidgetResizable(True)
        self._journal = journal
        self._events = events
        self._stack = undo_stack
        self._colours = colours
        self._changed = changed
        self.load_detail = load_detail
        self.save_field = save_field
        self.field_values = field_values
        self._detail: D | None = None
        self._own_change = False
        self._satellites: list[SatelliteEditor] = []
        self._savers: list[AutoSaver] = []
        self.private_parts: list[PrivatePart] = []  # hidden while presenting
        self.history: TimelinePanel | None = None
        self._history_about = "person"

        body = QWidget(self)
        body.setObjectName("PageBody")
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(24, 18, 24, 24)
        self._layout.setSpacing(14)
        self.saver = self.add_saver(self._save)
        self._build_header(name_field, name_label)
        changed.connect(self._on_changed)

    # --- what subclasses add -----------------------------------------------------------------

    def show_detail(self, detail: D) -> None:
        """Satellites and summaries; called on every load and after every save."""

    # --- building ---------------------------------------------------------------------------

    def make_private(self, card: Card) -> PrivatePart:
        """The card's body is hidden while presenting (its title stays, with a placeholder)."""
        part = PrivatePart(self._events, card.body, card)
        self.private_parts.append(part)
        return part

    def add_saver(self, save: Any) -> AutoSaver:
        saver = AutoSaver(self._stack, save, self._after_undo, self)
        saver.state_changed.connect(self.show_state)
        self._savers.append(saver)
        return saver

    def wire(self, editor: SatelliteEditor) -> SatelliteEditor:
        editor.on_state = self.show_state
        editor.on_saved = self.announce
        editor.changed.connect(self._reload_and_announce)
        self._satellites.append(editor)
        return editor

    def add_history(self, about: str) -> None:
        """The story with this person or partner: their timeline, newest first, and a way
        to add to it. ``about`` is "person" or "partner". The timeline module is imported
        here, when a page is first built, not at start."""
        from partnerbook.ui.views.timeline_view import TimelinePanel

        card = Card(self.tr("History"), self)
        self._history_about = about
        self.history = TimelinePanel(self._journal, self._events, self._colours, parent=card)
        self.history.setMinimumHeight(300)
        self.history.setMaximumHeight(420)
        self.history.entry_activated.connect(self._events.open_entry)
        self.history.person_activated.connect(self._events.open_person)
        self.history.partner_activated.connect(self._events.open_partner)
        log = QPushButton(self.tr("Log a Note…"), card)
        log.setToolTip(self.tr("A quick note about them, with a follow-up if you like"))
        log.clicked.connect(self._log_note)
        self.history.top_bar.addWidget(log)
        card.body.addWidget(self.history)
        self._layout.addWidget(card)

    def add_track_record(self) -> None:
        """Promises kept both ways and the give & take with them, refreshed as entries change."""
        card = Card(self.tr("Track record"), self)
        self.track_record = QLabel(card)
        self.track_record.setWordWrap(True)
        self.track_record.setTextFormat(Qt.TextFormat.PlainText)
        self.track_record.setAccessibleName(self.tr("Track record"))
        card.body.addWidget(self.track_record)
        give_take = QPushButton(self.tr("Note a Give or Take…"), card)
        give_take.setToolTip(
            self.tr("A favour, an introduction, a referral, a resource, a payment")
        )
        give_take.clicked.connect(self._note_give_take)
        # Under the words, not beside the title: two buttons there widened the whole page.
        self.track_actions = QHBoxLayout()
        self.track_actions.addWidget(give_take)
        self.track_actions.addStretch(1)
        card.body.addLayout(self.track_actions)
        self.track_card = card
        self.make_private(card)
        self._layout.addWidget(card)
        self._events.entries_changed.connect(lambda _ids: self._show_track_record())

    def _show_track_record(self) -> None:
        label_ = getattr(self, "track_record", None)
        entity = self.entity_id
        if label_ is None or entity is None:
            return
        from partnerbook.services.track_record import balance, kept_rate
        from partnerbook.ui.widgets.track_record import describe_track_record

        scope = {"person_id": entity} if self._history_about == "person" else {"partner_id": entity}
        try:
            rate, given_taken = kept_rate(self._journal, **scope), balance(self._journal, **scope)
        except UserError as error:
            label_.setText(translated(error))
            return
        label_.setText(describe_track_record(rate, given_taken, self.track_record_extra()))

    def _note_give_take(self) -> None:
        entity = self.entity_id
        if entity is None:
            return
        from partnerbook.ui.dialogs.give_take import GiveTakeDialog

        people: tuple[int, ...] = ()
        partners: tuple[int, ...] = (entity,)
        if self._history_about == "person":
            partner = getattr(self._detail, "partner", None)
            people, partners = (entity,), ((partner.id,) if partner is not None else ())
        dialog = GiveTakeDialog(
            self._journal, self._events, self._stack, people, partners, None, self
        )
        dialog.open()

    def track_record_extra(self) -> str:
        """What a page adds under its track record (a partner: its referral terms)."""
        return ""

    def _log_note(self) -> None:
        entity = self.entity_id
        if entity is None:
            return
        if self._history_about == "person":
            self._events.capture_about.emit([entity], None)
        else:
            self._events.capture_about.emit([], entity)

    def add_rhythm_and_notes(self) -> None:
        """The two cards every page ends with: the stay-in-touch rhythm and free notes."""
        rhythm = Card(self.tr("Stay in touch"), self)
        self.cadence = CadenceEditor(self.saver, rhythm)
        rhythm.body.addWidget(self.cadence)
        self._layout.addWidget(rhythm)
        notes = Card(self.tr("Notes"), self)
        self.notes_edit = text_box(self.tr("Anything else worth remembering"), self.tr("Notes"), 6)
        self.saver.bind_text(self.notes_edit, "notes", self.tr("Notes"))
        notes.body.addWidget(self.notes_edit)
        self.make_private(notes)
        self._layout.addWidget(notes)
        self._layout.addStretch(1)

    def _build_header(self, name_field: str, name_label: str) -> None:
        header = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        font = self.name_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(font.Weight.DemiBold)
        self.name_edit.setFont(font)
        self.name_edit.setAccessibleName(name_label)
        self.name_edit.setPlaceholderText(name_label)
        self.saver.bind_line(self.name_edit, name_field, name_label)
        header.addWidget(self.name_edit, 1)
        self.brief_button = QPushButton(self.tr("Brief…"), self)
        self.brief_button.setToolTip(
            self.tr("The one-page meeting brief, to read, print or save (Ctrl+B)")
        )
        self.brief_button.clicked.connect(self._open_brief)
        header.addWidget(self.brief_button)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.setCheckable(True)
        self.archive_button.setToolTip(
            self.tr(
                "Archived people and partners leave the lists but keep their history (Ctrl+Shift+A)"
            )
        )
        self.saver.bind_check(self.archive_button, "archived", self.tr("Archived"))
        self.archive_button.toggled.connect(self.show_archived)
        header.addWidget(self.archive_button)
        self._layout.addLayout(header)

        # The subtitle on a line of its own: beside the state it wrapped a word a line.
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        self._layout.addWidget(self.subtitle)
        info = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        info.addWidget(self.state_label, 1)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("SaveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        info.addWidget(self.save_state)
        self._layout.addLayout(info)

    def set_subtitle(self, *parts: str | None) -> None:
        """The facts under the name, " · " between them, in the interface's direction:
        a Hebrew window lists them from the right even when the first is in Latin letters
        (the label took its direction from its first letter and sat on the left)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        text = " · ".join(isolated(part) for part in parts if part)
        self.subtitle.setText(("\u200f" if rtl else "\u200e") + text if text else "")

    def _open_brief(self) -> None:
        entity = self.entity_id
        if entity is not None:
            self.flush()
            self._events.open_brief.emit(self._history_about, entity)

    # --- showing ------------------------------------------------------------------------------

    @property
    def entity_id(self) -> int | None:
        return getattr(self._detail, "id", None)

    @property
    def detail(self) -> D | None:
        return self._detail

    def show_entity(self, entity_id: int) -> None:
        self.flush()
        try:
            detail = self.load_detail(entity_id)
        except UserError:
            self._detail = None
            self.closed.emit()
            return
        new = self.entity_id != entity_id
        self._detail = detail
        self._show_track_record()
        if new and self.history is not None:
            if self._history_about == "person":
                self.history.set_subject(person_id=entity_id)
            else:
                self.history.set_subject(partner_id=entity_id)
        self.saver.load(entity_id, self.field_values(detail))
        self.show_detail(detail)
        self.show_archived(bool(getattr(detail, "archived", False)))
        if new:
            self.verticalScrollBar().setValue(0)
            self.save_state.setText(self.tr("Changes save as you type"))

    def show_archived(self, archived: bool) -> None:
        self.archive_button.setText(self.tr("Archived") if archived else self.tr("Archive"))

    def show_state(self, state: str, message: str) -> None:
        show_save_state(self.save_state, state, message)

    # --- saving -------------------------------------------------------------------------------

    def flush(self) -> None:
        for saver in self._savers:
            saver.flush()
        for editor in self._satellites:
            editor.flush()

    def _save(self, entity_id: int, name: str, value: Any) -> None:
        self.save_field(entity_id, name, value)
        self.announce(entity_id)

    def announce(self, entity_id: int | None = None) -> None:
        """Tell the other views; refresh our own summary without reloading the editors."""
        target = entity_id if entity_id is not None else self.entity_id
        if target is None:
            return
        self._own_change = True
        try:
            self._changed.emit([target])
        finally:
            self._own_change = False
        if self.entity_id == target:
            try:
                self._detail = self.load_detail(target)
            except UserError:
                return
            self.show_detail(self._detail)

    def _after_undo(self, entity_id: int) -> None:
        self._changed.emit([entity_id])

    def _reload_and_announce(self) -> None:
        entity_id = self.entity_id
        if entity_id is not None:
            self.show_entity(entity_id)
            self.announce(entity_id)

    def _on_changed(self, ids: list[int]) -> None:
        entity_id = self.entity_id
        if self._own_change or entity_id is None or entity_id not in ids:
            return
        self.show_entity(entity_id)

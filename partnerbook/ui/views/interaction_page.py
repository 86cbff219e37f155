"""One interaction, edited in place: what happened, with whom, the notes (Markdown, with a
rendered view), what was learned about them, the legwork, and the follow-ups and promises
that came out of it. Everything saves as it is typed, each change one undo step.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import InteractionKind
from partnerbook.errors import UsageError, UserError
from partnerbook.services import interaction_editing as service
from partnerbook.services.editing import trash, untrash
from partnerbook.services.partners import partner_refs
from partnerbook.services.people import create_person
from partnerbook.services.suggest import choices_for, suggest_people
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry
from partnerbook.ui.autosave import AutoSaver
from partnerbook.ui.bidi import isolated
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.messages import translated
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.views.interaction_tasks import TasksCard, clear_layout
from partnerbook.ui.views.interaction_topics import TopicsCard
from partnerbook.ui.widgets.form import Card, show_save_state, text_box
from partnerbook.ui.widgets.people_chips import Chip, PeopleChips
from partnerbook.ui.widgets.ref_picker import RefPicker
from partnerbook.ui.widgets.when_field import WhenField

LEGWORK_KINDS = (InteractionKind.MEETING, InteractionKind.EVENT, InteractionKind.VIDEO)
LEGWORK = ("invitation_sent", "agenda_shared", "recap_sent", "files_printed")
NO_MAXIMUM = 16_777_215  # QWIDGETSIZE_MAX, which PySide does not export


def _show_moment(value: Any) -> str:
    if not isinstance(value, datetime):
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class InteractionPage(QScrollArea):
    person_activated = Signal(int)
    partner_activated = Signal(int)
    trashed = Signal(int)
    attendees_edited = Signal()  # the chips changed, new names already made people

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PageScroll")
        self.setWidgetResizable(True)
        self._journal = journal
        self._events = events
        self._stack = undo_stack
        self._detail: service.InteractionDetail | None = None
        self._partner_ids: list[int] = []
        body = QWidget(self)
        body.setObjectName("PageBody")
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(22, 16, 22, 22)
        self._layout.setSpacing(12)
        self.saver = AutoSaver(undo_stack, self._save, self._after_undo, self)
        self.saver.state_changed.connect(self._show_state)
        self._build_header()
        self._build_what()
        self._build_notes()
        self._build_learned()
        self._build_tasks()
        events.entries_changed.connect(self._entries_changed)

    # --- building ----------------------------------------------------------------------

    def _build_header(self) -> None:
        row = QHBoxLayout()
        self.title_edit = QLineEdit(self)
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(font.Weight.DemiBold)
        self.title_edit.setFont(font)
        self.title_edit.setPlaceholderText(self.tr("Title (the notes' first line if left empty)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.saver.bind_line(self.title_edit, "title", self.tr("Title"))
        row.addWidget(self.title_edit, 1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(self.tr("Open the page of someone or a partner in this note"))
        self.open_button.setAccessibleName(self.tr("Open a person's or partner's page"))
        self.open_menu = QMenu(self.open_button)
        self.open_button.setMenu(self.open_menu)
        row.addWidget(self.open_button)
        self.trash_button = QPushButton(self.tr("Move to Trash"), self)
        self.trash_button.setToolTip(self.tr("Ctrl+Z brings it back"))
        self.trash_button.setAutoDefault(False)  # Enter in a field must never trash the note
        self.trash_button.clicked.connect(self.move_to_trash)
        row.addWidget(self.trash_button)
        self._layout.addLayout(row)
        self.save_state = QLabel(self.tr("Changes save as you type"), self)
        self.save_state.setObjectName("SaveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self._layout.addWidget(self.save_state)

    def _build_what(self) -> None:
        card = Card(self.tr("What happened"), self)
        form = card.add_form()
        self.kind_combo = QComboBox(card)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in InteractionKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.saver.bind_combo(self.kind_combo, "interaction_kind", self.tr("Kind"))
        self.kind_combo.currentIndexChanged.connect(self._show_legwork)
        self.when_field = WhenField(past=True, accessible=self.tr("When"), parent=card)
        self.saver.bind_line(
            self.when_field.line, "at", self.tr("When"), parse=self._parse_when, show=_show_moment
        )
        form.addRow(self.tr("Kind"), _leading(self.kind_combo))
        form.addRow(self.tr("When"), self.when_field)
        self.place_edit = QLineEdit(card)
        self.place_edit.setPlaceholderText(self.tr("A café, their office, a video link…"))
        self.place_edit.setAccessibleName(self.tr("Where"))
        self.saver.bind_line(self.place_edit, "place", self.tr("Where"))
        form.addRow(self.tr("Where"), self.place_edit)
        self.people = PeopleChips(lambda typed: suggest_people(self._journal, typed), card)
        self.people.line.setPlaceholderText(self.tr("Add someone: type three letters…"))
        self.saver.bind_custom(
            self.people,
            "people",
            self.tr("With"),
            read=lambda: tuple(c.person_id for c in self.people.chips()),
            write=self._write_people,
            changed=self.attendees_edited,
        )
        self.people.changed.connect(self._people_changed)
        self.people.line.returnPressed.connect(self._who_entered)
        form.addRow(self.tr("With"), self.people)
        partners = QHBoxLayout()
        self.partner_chips = QHBoxLayout()
        partners.addLayout(self.partner_chips)
        self.partner_picker = RefPicker(
            lambda typed: tuple((r.id, r.name) for r in partner_refs(self._journal, typed)),
            parent=card,
        )
        self.partner_picker.setPlaceholderText(self.tr("Add a partner…"))
        self.partner_picker.setAccessibleName(self.tr("Add a partner"))
        self.partner_picker.picked.connect(self._partner_picked)
        partners.addWidget(self.partner_picker, 1)
        form.addRow(self.tr("Partners"), partners)
        self.warmth_combo = QComboBox(card)
        self.warmth_combo.setAccessibleName(self.tr("Warmth"))
        self.warmth_combo.setToolTip(self.tr("How warm it felt, from cold (−2) to warm (+2)"))
        self.warmth_combo.addItem(self.tr("Not rated"), None)
        for value, text in (
            (2, self.tr("Warm")),
            (1, self.tr("Friendly")),
            (0, self.tr("Neutral")),
            (-1, self.tr("Cool")),
            (-2, self.tr("Cold")),
        ):
            # The number isolated left to right: "+1" must not read "1+" in Hebrew.
            number = f"\u2066{value:+d}\u2069" if value else "\u20660\u2069"
            self.warmth_combo.addItem(f"{number}  {text}", value)
        self.saver.bind_combo(self.warmth_combo, "warmth", self.tr("Warmth"))
        form.addRow(self.tr("Warmth"), _leading(self.warmth_combo))
        self.legwork = QWidget(card)
        legwork_grid = QGridLayout(self.legwork)  # two by two: fits a narrow window
        legwork_grid.setContentsMargins(0, 0, 0, 0)
        legwork_grid.setHorizontalSpacing(18)
        self.legwork_boxes: dict[str, QCheckBox] = {}
        texts = (
            self.tr("Invitation sent"),
            self.tr("Agenda shared"),
            self.tr("Recap sent"),
            self.tr("Files printed"),
        )
        for index, (name, text) in enumerate(zip(LEGWORK, texts, strict=True)):
            box = QCheckBox(text, self.legwork)
            box.setAccessibleName(text)
            self.saver.bind_check(box, name, text)
            legwork_grid.addWidget(box, index // 2, index % 2)
            self.legwork_boxes[name] = box
        legwork_grid.setColumnStretch(2, 1)
        self.legwork_label = QLabel(self.tr("Legwork"), card)
        form.addRow(self.legwork_label, self.legwork)
        self._layout.addWidget(card)

    def _build_notes(self) -> None:
        card = Card(self.tr("Notes"), self)
        self.preview_button = QToolButton(card)
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(self.tr("Show the notes as formatted text (Ctrl+Shift+V)"))
        self.preview_button.toggled.connect(self._toggle_preview)
        card.header.addWidget(self.preview_button)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.preview_button.toggle)
        self.notes_stack = QStackedWidget(card)
        self.body_edit = text_box(
            self.tr("What was said. Markdown works: # headings, - lists, **bold**."),
            self.tr("Notes"),
            10,
        )
        self.body_edit.setMaximumHeight(NO_MAXIMUM)  # the notes take what room there is
        self.saver.bind_text(self.body_edit, "body", self.tr("Notes"))
        self.rendered = QTextBrowser(card)
        self.rendered.setOpenExternalLinks(True)
        self.rendered.setAccessibleName(self.tr("Notes, formatted"))
        self.notes_stack.addWidget(self.body_edit)
        self.notes_stack.addWidget(self.rendered)
        self.notes_stack.setMinimumHeight(self.body_edit.minimumHeight())
        card.body.addWidget(self.notes_stack, 1)
        self._layout.addWidget(card, 1)

    def _build_learned(self) -> None:
        self.topics = TopicsCard(self._journal, self._events, self.saver.flush, self)
        self.saver.bind_text(self.topics.topics_edit, "topics", self.tr("Topics learned"))
        self._layout.addWidget(self.topics)

    def _build_tasks(self) -> None:
        self.tasks = TasksCard(
            self._journal, self._events, self._stack, self._after_undo, parent=self
        )
        self._layout.addWidget(self.tasks)

    # --- showing -------------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._detail.id if self._detail is not None else None

    def open_entry(self, entry_id: int) -> bool:
        try:
            detail = service.load_interaction(self._journal, entry_id)
        except UserError as error:
            self._show_state("invalid", translated(error))
            return False
        self._show(detail)
        return True

    def _show(self, detail: service.InteractionDetail) -> None:
        self._detail = detail
        self.saver.load(
            detail.id,
            {
                "title": detail.title,
                "interaction_kind": detail.interaction_kind.value,
                "at": detail.at,
                "place": detail.place,
                "people": tuple(p.id for p in detail.people),
                "warmth": detail.warmth,
                "invitation_sent": detail.invitation_sent,
                "agenda_shared": detail.agenda_shared,
                "recap_sent": detail.recap_sent,
                "files_printed": detail.files_printed,
                "body": detail.body,
                "topics": "\n".join(detail.topics),
            },
        )
        self._show_partners(detail)
        self._show_open_menu(detail)
        self.topics.show_offers(detail)
        self.tasks.show_tasks(detail.id, detail.tasks)
        self._show_legwork()
        if self.preview_button.isChecked():
            self.rendered.setMarkdown(detail.body)
        window = self.window()
        if window is not None and window is not self:
            window.setWindowTitle(detail.title or self.tr("Note"))

    def _parse_when(self, text: str) -> datetime:
        """The moment the field shows it understood, as aware UTC. A day alone ("monday")
        keeps the note's time of day: moving a meeting's day must not move its hour."""
        when = self.when_field.value()
        if when is None:
            typed = text.strip()
            raise UsageError(
                self.tr("When: '%1' is not a date.").replace("%1", typed)
                if typed
                else self.tr("When: say when it happened.")
            )
        kept = self._detail.at.astimezone() if self._detail is not None else datetime.now()
        moment = when.as_datetime(kept.time().replace(second=0, microsecond=0))
        return moment.astimezone(UTC)

    def _write_people(self, value: Any) -> None:
        ids = [int(pid) for pid in value or ()]
        shown = [c.person_id for c in self.people.chips()]
        if shown == ids:
            return
        self.people.blockSignals(True)
        try:
            self.people.set_chips(
                [
                    Chip(c.id, c.display_name, c.partner_id, c.partner)
                    for c in choices_for(self._journal, ids)
                ]
            )
        finally:
            self.people.blockSignals(False)

    def _who_entered(self) -> None:
        """Enter in "With" takes the first suggestion, even before the list has shown.
        Deferred: when the list was open, its own pick clears the line first."""
        QTimer.singleShot(0, self, self._pick_pending)

    def _pick_pending(self) -> None:
        if self.people.pending_text():
            self.people.pick_first()

    def _people_changed(self) -> None:
        """A name picked as "New person" becomes a person now, so that the note (and its
        undo steps) hold only ids: redoing must not create them a second time."""
        chips = self.people.chips()
        created: list[int] = []
        if any(chip.person_id is None for chip in chips):
            ids: list[int] = []
            try:
                for chip in chips:
                    if chip.person_id is None:
                        created.append(create_person(self._journal, chip.name))
                        ids.append(created[-1])
                    else:
                        ids.append(chip.person_id)
            except UserError as error:
                self._show_state("invalid", translated(error))
                return
            self._write_people(ids)
            self._events.people_changed.emit(created)
        self.attendees_edited.emit()

    def _show_partners(self, detail: service.InteractionDetail) -> None:
        clear_layout(self.partner_chips)
        self._partner_ids = [p.id for p in detail.partners]
        for partner in detail.partners:
            chip = QToolButton(self)
            chip.setObjectName("Chip")
            chip.setText(f"{isolated(partner.name)}  ✕")
            chip.setToolTip(self.tr("Remove %1 from this note").replace("%1", partner.name))
            chip.setAccessibleName(self.tr("Remove %1").replace("%1", partner.name))
            chip.clicked.connect(lambda _c=False, pid=partner.id: self._remove_partner(pid))
            self.partner_chips.addWidget(chip)

    def _show_open_menu(self, detail: service.InteractionDetail) -> None:
        """The people and partners of the note, each opening their page."""
        self.open_menu.clear()
        for person in detail.people:
            action = self.open_menu.addAction(person.display_name)
            action.triggered.connect(lambda _c=False, i=person.id: self.person_activated.emit(i))
        if detail.people and detail.partners:
            self.open_menu.addSeparator()
        for partner in detail.partners:
            action = self.open_menu.addAction(partner.name)
            action.triggered.connect(lambda _c=False, i=partner.id: self.partner_activated.emit(i))
        self.open_button.setEnabled(bool(detail.people or detail.partners))

    def _show_legwork(self, *_: object) -> None:
        kind = self.kind_combo.currentData()
        shown = kind in {k.value for k in LEGWORK_KINDS}
        self.legwork.setVisible(shown)
        self.legwork_label.setVisible(shown)

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.saver.flush()
            self.rendered.setMarkdown(self.body_edit.toPlainText())
        self.notes_stack.setCurrentIndex(1 if on else 0)
        self.preview_button.setText(self.tr("Edit") if on else self.tr("Preview"))

    def _show_state(self, state: str, message: str) -> None:
        show_save_state(self.save_state, state, message)

    # --- saving -------------------------------------------------------------------------

    def flush(self) -> None:
        self.saver.flush()

    def _save(self, entry_id: int, field: str, value: Any) -> None:
        if field == "people":
            service.set_people(self._journal, entry_id, list(value))
        else:
            service.save_interaction_field(self._journal, entry_id, field, value)
        self._announce(entry_id)
        if field in ("people", "topics", "at"):  # what the offers and the time of day use
            self._detail = service.load_interaction(self._journal, entry_id)
            self.topics.show_offers(self._detail)
            self._show_open_menu(self._detail)

    def _announce(self, entry_id: int) -> None:
        ids = [entry_id]
        if self._detail is not None:
            ids += [t.id for t in self._detail.tasks]
        self._own_change = True
        try:
            self._events.entries_changed.emit(ids)
            if self._detail is not None:  # when we last spoke to them may have moved
                if self._detail.people:
                    self._events.people_changed.emit([p.id for p in self._detail.people])
                if self._detail.partners:
                    self._events.partners_changed.emit([p.id for p in self._detail.partners])
        finally:
            self._own_change = False

    def _after_undo(self, entry_id: int) -> None:
        if self.entry_id == entry_id:
            self.open_entry(entry_id)

    def _entries_changed(self, ids: list[int]) -> None:
        if getattr(self, "_own_change", False) or self.entry_id not in ids:
            return
        if not self.saver.has_pending():
            self.open_entry(self.entry_id)

    def _partner_picked(self, partner_id: object) -> None:
        if not isinstance(partner_id, int) or self._detail is None:
            return
        self.partner_picker.set_current(None)
        if partner_id not in self._partner_ids:
            self._set_partners([*self._partner_ids, partner_id])

    def _remove_partner(self, partner_id: int) -> None:
        self._set_partners([pid for pid in self._partner_ids if pid != partner_id])

    def _set_partners(self, new: list[int]) -> None:
        entry_id = self.entry_id
        if entry_id is None:
            return
        old = list(self._partner_ids)

        def apply(ids: list[int]) -> Any:
            def run() -> None:
                service.set_partners(self._journal, entry_id, ids)
                self._announce(entry_id)
                self._after_undo(entry_id)

            return run

        try:
            apply(new)()
        except UserError as error:
            self._show_state("invalid", translated(error))
            return
        self._stack.push(SavedEditCommand(self.tr("Edit partners"), apply(new), apply(old)))
        self._show_state("saved", "")

    def move_to_trash(self) -> None:
        entry_id = self.entry_id
        if entry_id is None:
            return
        self.saver.flush()

        def apply(into_trash: bool) -> Any:
            def run() -> None:
                (trash if into_trash else untrash)(self._journal, Entry, entry_id, "note")
                self._events.entries_changed.emit([entry_id])

            return run

        try:
            apply(True)()
        except UserError as error:
            self._show_state("invalid", translated(error))
            return
        self._stack.push(
            SavedEditCommand(self.tr("Move a note to the trash"), apply(True), apply(False))
        )
        self._events.status_message.emit(self.tr("Moved to the trash. Ctrl+Z brings it back."))
        self.trashed.emit(entry_id)


def _leading(widget: QWidget) -> QHBoxLayout:
    """A short control at the start of its form row rather than stretched across it."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class InteractionDialog(QDialog):
    """The editor in its own window, opened from the timeline or a page; not modal, so the
    person's page or the timeline stay usable beside it."""

    person_activated = Signal(int)
    partner_activated = Signal(int)

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InteractionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page = InteractionPage(journal, events, undo_stack, self)
        self.page.trashed.connect(lambda _id: self.close())
        self.page.person_activated.connect(self.person_activated)
        self.page.partner_activated.connect(self.partner_activated)
        layout.addWidget(self.page)
        self.resize(760, 820)
        if settings is not None:
            geometry = settings.value("interaction/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)

    def open_entry(self, entry_id: int) -> bool:
        return self.page.open_entry(entry_id)

    def done(self, result: int) -> None:
        self.page.flush()
        if self.settings is not None:
            self.settings.setValue("interaction/geometry", self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.page.flush()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # A dialog presses its default button on Enter; here Enter belongs to the fields
        # (a new line in the notes, "Add" for a follow-up), never to a button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

"""Quick capture: a small window to note what was said, in seconds, on the way out.

Who (three letters and Enter), what (Enter saves, Shift+Enter is a new line), and an
optional follow-up, typed in the note itself ("… follow up next Tuesday") or in its own
field. What the window understood (the kind, the follow-up date) is shown before saving.
Everything typed is kept as a draft in the journal as it is typed: a crash, a kill or a
closed lid loses nothing, and the next quick capture opens with it.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import InteractionKind
from partnerbook.domain.note_intent import NoteIntent, read_intent
from partnerbook.domain.types import CapturedNote
from partnerbook.errors import UserError
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.drafts import (
    QUICK_CAPTURE,
    forget_outside,
    keep_outside,
    load_draft,
    load_outside,
    save_draft,
)
from partnerbook.services.partners import partner_refs
from partnerbook.services.suggest import choices_for, partner_refs_by_id, suggest_people
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.messages import translated, with_hint
from partnerbook.ui.widgets.form import TextBox, mark_invalid
from partnerbook.ui.widgets.people_chips import Chip, PeopleChips
from partnerbook.ui.widgets.ref_picker import RefPicker
from partnerbook.ui.widgets.when_field import WhenField, describe_when

DRAFT_DELAY_MS = 250


class QuickCapture(QDialog):
    saved = Signal(object)  # CapturedNote

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QuickCapture")
        self.setWindowTitle(self.tr("Quick Note"))
        self.journal = journal
        self.events = events
        self.settings = settings
        self._restoring = False
        self._kind_chosen = False  # the user picked a kind: stop guessing it from the words
        self._follow_up_auto = ""  # the follow-up text we copied from the note, if any
        self._partner_auto = True
        # Where the draft goes when the journal cannot be written: beside the settings file.
        self._fallback_dir = Path(settings.fileName()).parent if settings is not None else None
        self._kept_outside = False  # the newest draft is in the fallback file, not the journal
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self._build()
        self._restore_draft()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        self.restored = QLabel(self)
        self.restored.setObjectName("Muted")
        self.restored.hide()
        layout.addWidget(self.restored)

        self.people = PeopleChips(lambda typed: suggest_people(self.journal, typed), self)
        layout.addWidget(self.people)

        self.note = TextBox(self)
        self.note.setObjectName("QuickNote")
        self.note.setPlaceholderText(
            self.tr("What was said? e.g. coffee — she needs a Q1 KPI win; follow up next Tuesday")
        )
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Enter saves, Shift+Enter starts a new line"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(96)
        self.note.installEventFilter(self)
        layout.addWidget(self.note, 1)

        self.understood = QLabel(self)
        self.understood.setObjectName("WhenPreview")
        self.understood.setWordWrap(True)
        self.understood.setAccessibleName(self.tr("What PartnerBook understood"))
        layout.addWidget(self.understood)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in InteractionKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(InteractionKind.NOTE.value))
        self.kind.activated.connect(self._kind_picked)
        self.when = WhenField(past=True, accessible=self.tr("When it happened"), parent=self)
        self.when.line.setPlaceholderText(self.tr("now — or yesterday 15:00, last Friday…"))
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.kind)
        row.addWidget(self.when, 1)
        form.addRow(self.tr("Kind"), row)
        self.partner = RefPicker(
            lambda typed: tuple((ref.id, ref.name) for ref in partner_refs(self.journal, typed)),
            parent=self,
        )
        self.partner.setPlaceholderText(self.tr("The company, if any"))
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.picked.connect(self._partner_picked)
        form.addRow(self.tr("Partner"), self.partner)
        self.follow_up = WhenField(accessible=self.tr("Follow up on"), parent=self)
        self.follow_up.line.setPlaceholderText(
            self.tr("no follow-up — or next tuesday, in 2 weeks…")
        )
        form.addRow(self.tr("Follow up"), self.follow_up)
        layout.addLayout(form)

        self.message = QLabel(self)
        self.message.setObjectName("SaveState")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Enter saves · Shift+Enter new line · Esc keeps the draft"), self)
        hint.setObjectName("Muted")
        buttons.addWidget(hint, 1)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Forget this draft"))
        self.clear_button.setAutoDefault(False)  # Enter in a field must never clear the note
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("Primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        for signal in (
            self.people.changed,
            self.note.textChanged,
            self.when.changed,
            self.follow_up.changed,
            self.partner.textChanged,
        ):
            signal.connect(self._edited)
        self.note.textChanged.connect(self._read_note)
        self.people.changed.connect(self._people_changed)
        self.people.line.returnPressed.connect(self._who_entered)
        self.resize(560, 380)
        if self.settings is not None:
            geometry = self.settings.value("quick_capture/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)

    # --- understanding ------------------------------------------------------------------

    def _read_note(self) -> None:
        intent = read_intent(self.note.toPlainText(), datetime.now())
        if intent.kind is not None and not self._kind_chosen:
            self.kind.setCurrentIndex(self.kind.findData(intent.kind.value))
        typed = self.follow_up.text().strip()
        if intent.follow_up is not None and (not typed or typed == self._follow_up_auto):
            self._follow_up_auto = intent.follow_up_text
            self.follow_up.set_text(intent.follow_up_text)
        elif intent.follow_up is None and typed and typed == self._follow_up_auto:
            self._follow_up_auto = ""
            self.follow_up.set_text("")
        self._show_understood(intent)

    def _show_understood(self, intent: NoteIntent) -> None:
        parts = [label(InteractionKind(self.kind.currentData()))]
        follow_up = self.follow_up.value()
        if follow_up is not None:
            arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
            parts.append(
                self.tr("follow-up %1 %2")
                .replace("%1", arrow)
                .replace("%2", describe_when(follow_up))
            )
        text = " · ".join(parts)
        unclear = intent.follow_up_unclear and not self.follow_up.text().strip()
        if unclear:
            text += "  " + self.tr("(“%1” is not a date I understand: no follow-up set)").replace(
                "%1", intent.follow_up_text
            )
        self.understood.setText(text)
        mark_invalid(self.understood, unclear)

    def _kind_picked(self, _index: int) -> None:
        self._kind_chosen = True
        self._edited()

    def _people_changed(self) -> None:
        if not self._partner_auto:
            return
        with_partner = [chip for chip in self.people.chips() if chip.partner_id is not None]
        if with_partner:
            first = with_partner[0]
            self.partner.set_current(first.partner_id, first.partner or "")
        else:
            self.partner.set_current(None)

    def _partner_picked(self, _ref: object) -> None:
        if not self._restoring:
            self._partner_auto = False

    def _who_entered(self) -> None:
        if self.people.pending_text():
            self.people.pick_first()
        else:
            self.note.setFocus()

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> CapturedNote | None:
        if self.people.pending_text() and not self.people.pick_first():
            return None
        if not self.follow_up.is_valid():
            self._say(
                self.tr("The follow-up date is not one I understand: change it or clear it."),
                error=True,
            )
            self.follow_up.setFocus()
            return None
        if not self.when.is_valid():
            self._say(self.tr("When it happened is not a date I understand."), error=True)
            self.when.setFocus()
            return None
        chips = self.people.chips()
        when = self.when.value()
        at = when.as_datetime(datetime.now().time()).astimezone(UTC) if when else None
        request = NoteRequest(
            text=self.note.toPlainText(),
            person_ids=[c.person_id for c in chips if c.person_id is not None],
            new_people=[c.name for c in chips if c.person_id is None],
            partner_id=self.partner.current_id(),
            kind=InteractionKind(self.kind.currentData()),
            at=at,
            follow_up=self.follow_up.value(),
        )
        try:
            captured = capture_note(self.journal, request)
        except UserError as error:
            # Nothing of the note is lost: it stays in the window, and its draft is kept
            # (in the journal, or in a file of its own when the journal cannot be written).
            self._draft_timer.stop()
            outside = self._keep_draft(quiet=True)
            text = with_hint(error)
            if outside is not None:
                text += "\n" + self.tr(
                    "What you typed stays here, and is kept in %1 until it can be saved."
                ).replace("%1", str(outside))
            self._say(text, error=True)
            return None
        self._draft_timer.stop()
        self._discard_draft()
        self._announce(captured)
        self.saved.emit(captured)
        self._reset()
        self.accept()
        return captured

    def _announce(self, captured: CapturedNote) -> None:
        entries = [captured.entry_id]
        if captured.follow_up_id is not None:
            entries.append(captured.follow_up_id)
        # Everyone on the note was just in touch: their lists' rows and pages show it.
        if captured.people:
            self.events.people_changed.emit([p.id for p in captured.people])
        if captured.partner is not None:
            self.events.partners_changed.emit([captured.partner.id])
        self.events.entries_changed.emit(entries)
        names = ", ".join(p.display_name for p in captured.people)
        text = self.tr("Saved: %1").replace("%1", captured.title)
        if names:
            text = self.tr("Saved for %1: %2").replace("%1", names).replace("%2", captured.title)
        if captured.follow_up_due is not None:
            from partnerbook.domain.dates import When

            text += " · " + self.tr("follow-up %1").replace(
                "%1", describe_when(When(captured.follow_up_due))
            )
        self.events.status_message.emit(text)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        mark_invalid(self.message, error)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self._reset()
        self._discard_draft()
        self.people.setFocus()

    def _reset(self) -> None:
        self._restoring = True
        self.people.set_chips([])
        self.people.line.clear()
        self.note.clear()
        self.when.set_text("")
        self.follow_up.set_text("")
        self.partner.set_current(None)
        self.kind.setCurrentIndex(self.kind.findData(InteractionKind.NOTE.value))
        self._kind_chosen, self._follow_up_auto, self._partner_auto = False, "", True
        self.restored.hide()
        self._say("")
        self._restoring = False

    # --- the draft ------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._restoring:
            self._draft_timer.start()
            self._show_understood(read_intent(self.note.toPlainText(), datetime.now()))

    def draft(self) -> dict[str, Any]:
        return {
            "people": [
                {
                    "id": c.person_id,
                    "name": c.name,
                    "partner_id": c.partner_id,
                    "partner": c.partner,
                }
                for c in self.people.chips()
            ],
            "typing": self.people.line.text(),
            "note": self.note.toPlainText(),
            "kind": self.kind.currentData() if self._kind_chosen else None,
            "when": self.when.text(),
            "follow_up": self.follow_up.text(),
            "follow_up_auto": self._follow_up_auto,
            "partner": None
            if self._partner_auto
            else {"id": self.partner.current_id(), "name": self.partner.text()},
        }

    def _is_blank(self, draft: dict[str, Any]) -> bool:
        return not any(
            (draft["people"], draft["typing"].strip(), draft["note"].strip(), draft["follow_up"])
        )

    def _keep_draft(self, quiet: bool = False) -> Path | None:
        """Keep the draft in the journal; when it refuses, in the fallback file (its path
        is returned then, None otherwise)."""
        draft = self.draft()
        body = "" if self._is_blank(draft) else json.dumps(draft)
        try:
            save_draft(self.journal, QUICK_CAPTURE, body)
        except UserError as error:
            outside = None
            if self._fallback_dir is not None and body:
                with contextlib.suppress(UserError):
                    outside = keep_outside(self._fallback_dir, self.journal, QUICK_CAPTURE, body)
                    self._kept_outside = True
            if quiet:
                return outside
            if outside is not None:
                self._say(
                    self.tr(
                        "The journal cannot be written: %1\nWhat you type stays in this window "
                        "and is kept in %2 until the journal can take it."
                    )
                    .replace("%1", translated(error))
                    .replace("%2", str(outside)),
                    error=True,
                )
            else:
                self._say(
                    self.tr("The draft could not be kept (%1). Keep this window open.").replace(
                        "%1", with_hint(error)
                    ),
                    error=True,
                )
            return outside
        if self._kept_outside and self._fallback_dir is not None:
            forget_outside(self._fallback_dir, self.journal, QUICK_CAPTURE)
            self._kept_outside = False
            if not quiet:
                self._say("")
        return None

    def flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._keep_draft()

    def _discard_draft(self) -> None:
        # An old draft reappearing later is better than failing a note already saved.
        with contextlib.suppress(UserError):
            save_draft(self.journal, QUICK_CAPTURE, "")
        if self._fallback_dir is not None:
            forget_outside(self._fallback_dir, self.journal, QUICK_CAPTURE)
            self._kept_outside = False

    def _restore_draft(self) -> None:
        # A draft kept outside the journal is newer than the journal's: it was written
        # because the journal refused the later keystrokes.
        text = None
        if self._fallback_dir is not None:
            text = load_outside(self._fallback_dir, self.journal, QUICK_CAPTURE)
        outside = bool(text)
        if not text:
            try:
                text = load_draft(self.journal, QUICK_CAPTURE)
            except UserError:
                return
        if not text:
            return
        try:
            draft = json.loads(text)
            self._apply_draft(draft)
        except (ValueError, KeyError, TypeError, AttributeError):
            # Not our JSON (an older or damaged draft): keep its words rather than lose them.
            self._restoring = True
            self.note.setPlainText(text)
            self._restoring = False
        self.restored.setText(self.tr("Your unsaved note is back, as you left it."))
        if outside:
            self._kept_outside = True
            if self._keep_draft(quiet=True) is None:
                self.restored.setText(
                    self.tr(
                        "Your unsaved note is back, as you left it. The journal could not be "
                        "written then, so it was kept in a file of its own; it is in the "
                        "journal again now."
                    )
                )
            else:
                self.restored.setText(
                    self.tr(
                        "Your unsaved note is back, as you left it. The journal still cannot "
                        "be written, so it stays kept in a file of its own."
                    )
                )
        self.restored.show()

    def _apply_draft(self, draft: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.people.set_chips(
                [
                    Chip(p["id"], str(p["name"]), p.get("partner_id"), p.get("partner"))
                    for p in draft.get("people", [])
                ]
            )
            self.people.line.setText(str(draft.get("typing", "")))
            self.note.setPlainText(str(draft.get("note", "")))
            if draft.get("kind"):
                self._kind_chosen = True
                self.kind.setCurrentIndex(max(0, self.kind.findData(draft["kind"])))
            self.when.set_text(str(draft.get("when", "")))
            self.follow_up.set_text(str(draft.get("follow_up", "")))
            self._follow_up_auto = str(draft.get("follow_up_auto", ""))
            partner = draft.get("partner")
            if partner and partner.get("id") is not None:
                self._partner_auto = False
                self.partner.set_current(int(partner["id"]), str(partner.get("name", "")))
            else:
                self._people_changed()
        finally:
            self._restoring = False
        self._read_note()

    # --- keys and closing -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.note and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    return False  # a new line
                self.save()
                return True
        return super().eventFilter(watched, event)

    def preset(self, person_ids: list[int], partner_id: int | None) -> None:
        """A note about these people (or this partner), asked for from their page.

        Adds them to what is already there, so a draft in progress is never lost."""
        for choice in choices_for(self.journal, person_ids):
            self.people.add_chip(
                Chip(choice.id, choice.display_name, choice.partner_id, choice.partner)
            )
        if partner_id is not None and not self.people.chips():
            refs = {ref.id: ref.name for ref in partner_refs_by_id(self.journal, [partner_id])}
            if partner_id in refs:
                self._partner_auto = False
                self.partner.set_current(partner_id, refs[partner_id])

    def open_fresh(self) -> None:
        """Show, with the people field ready (or the note, when people are already there)."""
        self.show()
        self.raise_()
        self.activateWindow()
        if self.people.chips() and not self.people.pending_text():
            self.note.setFocus()
        else:
            self.people.setFocus()

    def done(self, result: int) -> None:
        self.flush_draft()
        if self.settings is not None:
            self.settings.setValue("quick_capture/geometry", self.saveGeometry())
        super().done(result)

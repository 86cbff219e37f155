"""People: the list (filter, sort, stay-in-touch colour) beside a person's page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from partnerbook.domain.enums import CadenceState
from partnerbook.domain.rows import PersonRow
from partnerbook.services import people as people_service
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.models.rows_model import Column, RowsModel
from partnerbook.ui.theme import Colours, cadence_colour
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.views.list_view import MasterDetailView, Verbs
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.punctuation import join_items


class PeopleViewText(TranslationContext):
    """The translation context of this module's strings outside its widgets."""


if TYPE_CHECKING:
    from partnerbook.ui.views.person_page import PersonPage

STATE_ORDER = {
    CadenceState.OVERDUE: 0,
    CadenceState.DUE: 1,
    CadenceState.OK: 2,
    CadenceState.NONE: 3,
}


def people_columns() -> list[Column[PersonRow]]:
    return [
        Column(lambda: PeopleViewText.tr("Name"), lambda r: r.display_name),
        Column(lambda: PeopleViewText.tr("Partner"), lambda r: r.partner or ""),
        Column(lambda: PeopleViewText.tr("Role"), lambda r: r.role or ""),
        Column(lambda: PeopleViewText.tr("City"), lambda r: r.city or ""),
        Column(
            lambda: PeopleViewText.tr("Last contact"),
            lambda r: format_date(r.last_contact),
            sort=lambda r: r.last_contact or date.min,
        ),
        Column(
            lambda: PeopleViewText.tr("Stay in touch"),
            lambda r: label(r.cadence_state) if r.cadence_state is not CadenceState.NONE else "",
            sort=lambda r: STATE_ORDER[r.cadence_state],
        ),
    ]


def people_model(journal: Journal, colours: Colours, parent: Any = None) -> RowsModel[PersonRow]:
    def haystack(row: PersonRow) -> str:
        return " ".join(
            part
            for part in (row.display_name, row.partner, row.city, row.country, *row.tags)
            if part
        )

    model: RowsModel[PersonRow] = RowsModel(
        people_columns(),
        fetch_page=lambda after, limit: people_service.people_rows(journal, after, limit),
        fetch_ids=lambda ids: people_service.people_rows(journal, ids=ids),
        row_id=lambda row: row.id,
        count=lambda archived: people_service.count_people(journal, with_archived=archived),
        haystack=haystack,
        parent=parent,
    )

    def decorate(row: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 5:
                return cadence_colour(colours, row.cadence_state)
            if row.archived:
                return QColor(colours.muted)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.tags:
            return join_items(row.tags)
        return None

    model.decorate = decorate
    return model


class PeopleView(MasterDetailView):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        model = people_model(journal, colours)
        verbs = Verbs(
            create=lambda name: people_service.create_person(journal, name),
            trash=lambda pid: people_service.delete_person(journal, pid),
            restore=lambda pid: people_service.restore_person(journal, pid),
            changed=events.people_changed,
            new_title=PeopleViewText.tr("New person"),
            new_prompt=PeopleViewText.tr("Name (in any script):"),
            added=PeopleViewText.tr("Add person"),
            trashed=PeopleViewText.tr("Move person to the trash"),
        )
        prompt = prompt_widget(
            PeopleViewText.tr("Pick someone on the left, or press %1 to add a person.").replace(
                "%1", "Ctrl+N"
            )
        )
        super().__init__(
            "people",
            model,
            lambda: _make_page(journal, events, undo_stack, colours),
            verbs,
            undo_stack,
            events.status_message,
            prompt,
            PeopleViewText.tr("Filter by name, partner, city or tag (Ctrl+Shift+F)"),
            settings,
            parent,
        )
        model.setParent(self)
        # Name, partner, role, stay in touch, last contact, city.
        self.column_priority = (0, 1, 2, 5, 4, 3)
        events.journal_reloaded.connect(model.reload)

    @property
    def person_page(self) -> PersonPage:
        return cast("PersonPage", self.page)

    def new_person(self) -> None:
        if self.new_item() is not None:
            self.person_page.motivations.add_button.setFocus()


def prompt_widget(text: str) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    message = QLabel(text, widget)
    message.setObjectName("Muted")
    message.setWordWrap(True)
    message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    layout.addWidget(message)
    layout.addStretch(2)
    return widget


def _make_page(
    journal: Journal, events: AppEvents, undo_stack: QUndoStack, colours: Colours
) -> PersonPage:
    """Imported and built at the first selection: nothing of it is on the start-up path."""
    from partnerbook.ui.views.person_page import PersonPage

    return PersonPage(journal, events, undo_stack, colours)

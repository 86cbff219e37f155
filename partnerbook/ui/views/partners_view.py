"""Partners: the list (kind, stage, people, last contact) beside a partner's page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QWidget

from partnerbook.domain.enums import PartnerStage
from partnerbook.domain.records import PartnerRow
from partnerbook.services import partners as partner_service
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.models.rows_model import Column, RowsModel
from partnerbook.ui.theme import STAGE_COLOURS, Colours, cadence_colour
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.views.list_view import MasterDetailView, Verbs
from partnerbook.ui.views.people_view import STATE_ORDER, prompt_widget
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.punctuation import join_items


class PartnersViewText(TranslationContext):
    """The translation context of this module's strings outside its widgets."""


if TYPE_CHECKING:
    from partnerbook.ui.views.partner_page import PartnerPage

STAGE_ORDER = {stage: position for position, stage in enumerate(PartnerStage)}


def partner_columns() -> list[Column[PartnerRow]]:
    return [
        Column(lambda: PartnersViewText.tr("Name"), lambda r: r.name),
        Column(lambda: PartnersViewText.tr("Kind"), lambda r: join_items(r.kinds)),
        Column(
            lambda: PartnersViewText.tr("Stage"),
            lambda r: label(r.stage),
            sort=lambda r: STAGE_ORDER[r.stage],
        ),
        Column(lambda: PartnersViewText.tr("City"), lambda r: r.city or ""),
        Column(
            lambda: PartnersViewText.tr("People"),
            lambda r: QLocale().toString(r.people) if r.people else "",
            sort=lambda r: r.people,
        ),
        Column(
            lambda: PartnersViewText.tr("Last contact"),
            lambda r: format_date(r.last_contact),
            sort=lambda r: r.last_contact or date.min,
        ),
        Column(
            lambda: PartnersViewText.tr("Stay in touch"),
            lambda r: label(r.cadence_state) if r.cadence_state.value != "none" else "",
            sort=lambda r: STATE_ORDER[r.cadence_state],
        ),
    ]


def partners_model(journal: Journal, colours: Colours, parent: Any = None) -> RowsModel[PartnerRow]:
    model: RowsModel[PartnerRow] = RowsModel(
        partner_columns(),
        fetch_page=lambda after, limit: partner_service.partner_rows(journal, after, limit),
        fetch_ids=lambda ids: partner_service.partner_rows(journal, ids=ids),
        row_id=lambda row: row.id,
        count=lambda archived: partner_service.count_partners(journal, with_archived=archived),
        haystack=lambda row: " ".join(
            p for p in (row.name, row.city, row.country, *row.kinds, label(row.stage)) if p
        ),
        parent=parent,
    )

    def decorate(row: PartnerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2:
                return QColor(STAGE_COLOURS[row.stage])
            if column == 6:
                return cadence_colour(colours, row.cadence_state)
            if row.archived:
                return QColor(colours.muted)
        return None

    model.decorate = decorate
    return model


class PartnersView(MasterDetailView):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        model = partners_model(journal, colours)
        verbs = Verbs(
            create=lambda name: partner_service.create_partner(journal, name),
            trash=lambda pid: partner_service.delete_partner(journal, pid),
            restore=lambda pid: partner_service.restore_partner(journal, pid),
            changed=events.partners_changed,
            new_title=PartnersViewText.tr("New partner"),
            new_prompt=PartnersViewText.tr("Name of the organisation:"),
            added=PartnersViewText.tr("Add partner"),
            trashed=PartnersViewText.tr("Move partner to the trash"),
        )
        prompt = prompt_widget(
            PartnersViewText.tr("Pick a partner on the left, or press %1 to add one.").replace(
                "%1", "Ctrl+Shift+N"
            )
        )
        super().__init__(
            "partners",
            model,
            lambda: _make_page(journal, events, undo_stack, colours),
            verbs,
            undo_stack,
            events.status_message,
            prompt,
            PartnersViewText.tr("Filter by name, kind, stage or city (Ctrl+Shift+F)"),
            settings,
            parent,
        )
        model.setParent(self)
        # Name, stage, kind, stay in touch, last contact, people, city.
        self.column_priority = (0, 2, 1, 6, 5, 4, 3)
        events.journal_reloaded.connect(model.reload)

    @property
    def partner_page(self) -> PartnerPage:
        return cast("PartnerPage", self.page)

    def new_partner(self) -> None:
        self.new_item()


def _make_page(
    journal: Journal, events: AppEvents, undo_stack: QUndoStack, colours: Colours
) -> PartnerPage:
    """Imported and built at the first selection: nothing of it is on the start-up path."""
    from partnerbook.ui.views.partner_page import PartnerPage

    return PartnerPage(journal, events, undo_stack, colours)

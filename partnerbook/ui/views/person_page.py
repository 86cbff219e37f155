"""A person's page: what they personally want first, then work, personal, contact, about."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from partnerbook.domain.enums import (
    Certainty,
    ContactKind,
    DetailCategory,
    MotivationKind,
    StakeholderRole,
)
from partnerbook.domain.records import PersonDetail
from partnerbook.services import partners as partner_service
from partnerbook.services import people as people_service
from partnerbook.store.engine import Journal
from partnerbook.ui.bidi import isolated
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label
from partnerbook.ui.theme import Colours, cadence_colour
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.views.entity_page import EntityPage
from partnerbook.ui.widgets.dates import format_date, parse_date_text
from partnerbook.ui.widgets.form import (
    Card,
    enum_combo,
    join_list,
    line,
    optional_spin,
    split_list,
    text_box,
)
from partnerbook.ui.widgets.punctuation import place
from partnerbook.ui.widgets.ref_picker import RefPicker
from partnerbook.ui.widgets.satellites import ItemField, SatelliteEditor


class PersonPage(EntityPage[PersonDetail]):
    """Edits one person; every field saves as you type. Motivations come first."""

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        undo_stack: QUndoStack,
        colours: Colours,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            journal,
            events,
            undo_stack,
            colours,
            events.people_changed,
            load_detail=lambda pid: people_service.get_person(journal, pid),
            save_field=self._save_field,
            field_values=_values,
            name_field="display_name",
            name_label=QCoreApplication.translate("PersonPage", "Name"),
            parent=parent,
        )
        self._build_motivations()
        self.add_history("person")
        self.add_track_record()
        self._build_work()
        self._build_personal()
        self._build_contact()
        self._build_about()
        self.add_rhythm_and_notes()

    # --- building -------------------------------------------------------------------------

    def _build_motivations(self) -> None:
        card = Card(self.tr("What's in it for them"), self)
        hint = QLabel(
            self.tr(
                "You partner with a company, but you work with a person. What does this "
                "person personally get: a KPI, looking good to the boss, comfort, fun?"
            ),
            card,
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        card.body.addWidget(hint)
        strengths = [(self.tr("Weak"), 1), (self.tr("Medium"), 2), (self.tr("Strong"), 3)]
        self.motivations = SatelliteEditor(
            self._journal,
            people_service.MOTIVATIONS,
            [
                ItemField(
                    "kind",
                    self.tr("Motivation"),
                    "combo",
                    [(label(k), k.value) for k in MotivationKind],
                    width=190,
                ),
                ItemField("their_words", self.tr("In their words"), "line", stretch=1),
                ItemField(
                    "certainty",
                    self.tr("How sure"),
                    "combo",
                    [(label(c), c.value) for c in Certainty],
                    line=1,
                ),
                ItemField("strength", self.tr("Strength"), "combo", strengths, line=1),
                ItemField(
                    "last_confirmed",
                    self.tr("Last confirmed"),
                    "date",
                    line=1,
                    caption=self.tr("last confirmed"),
                ),
            ],
            self._stack,
            self.tr("Add motivation"),
            lambda: {
                "kind": MotivationKind.KPI.value,
                "certainty": Certainty.GUESSED.value,
                "last_confirmed": date.today(),
            },
            self.tr("No motivation noted yet. Ask, listen, and write down what you hear."),
            card,
        )
        card.body.addWidget(self.motivations)
        self.wire(self.motivations)
        self.make_private(card)
        self._layout.addWidget(card)

    def _build_work(self) -> None:
        card = Card(self.tr("Work"), self)
        form = card.add_form()
        self.partner_picker = RefPicker(
            lambda text: [
                (r.id, r.name) for r in partner_service.partner_refs(self._journal, text)
            ],
            create=lambda name: partner_service.create_partner(self._journal, name),
            create_text=self.tr('New partner "%1"'),
            parent=card,
        )
        self.partner_picker.setAccessibleName(self.tr("Partner"))
        self.partner_picker.setPlaceholderText(self.tr("Type to find a partner"))
        self.partner_picker.picked.connect(self._partner_picked)
        form.addRow(self.tr("Partner"), self.partner_picker)
        self.role_edit = line(self.tr("e.g. Head of Partnerships"), self.tr("Role"))
        self.saver.bind_line(self.role_edit, "role", self.tr("Role"))
        form.addRow(self.tr("Role"), self.role_edit)
        self.stakeholder = enum_combo(StakeholderRole, self.tr("Stakeholder role"), self.tr("—"))
        self.saver.bind_combo(self.stakeholder, "stakeholder_role", self.tr("Stakeholder role"))
        form.addRow(self.tr("Plays the part of"), self.stakeholder)
        self.department_edit = line("", self.tr("Department"))
        self.saver.bind_line(self.department_edit, "department", self.tr("Department"))
        form.addRow(self.tr("Department"), self.department_edit)
        self.history_label = QLabel(card)
        self.history_label.setObjectName("Muted")
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Before"), self.history_label)
        self._history_row_label = form.labelForField(self.history_label)
        self._layout.addWidget(card)

    def _build_personal(self) -> None:
        card = Card(self.tr("Personal"), self)
        self.details = SatelliteEditor(
            self._journal,
            people_service.DETAILS,
            [
                ItemField(
                    "category",
                    self.tr("Kind"),
                    "combo",
                    [(label(c), c.value) for c in DetailCategory],
                    width=140,
                ),
                ItemField("text", self.tr("Detail"), "line", stretch=1),
                ItemField("learned_on", self.tr("Learned on"), "date"),
            ],
            self._stack,
            self.tr("Add personal detail"),
            lambda: {"category": DetailCategory.ASK_NEXT.value, "learned_on": date.today()},
            self.tr("Family, hobbies, what to ask about next time: coffee talk is made of these."),
            card,
        )
        card.body.addWidget(self.details)
        self.wire(self.details)
        self.make_private(card)
        self._layout.addWidget(card)

    def _build_contact(self) -> None:
        card = Card(self.tr("Contact"), self)
        self.contacts = SatelliteEditor(
            self._journal,
            people_service.CONTACTS,
            [
                ItemField(
                    "kind",
                    self.tr("Kind"),
                    "combo",
                    [(label(k), k.value) for k in ContactKind],
                    width=100,
                ),
                ItemField("value", self.tr("Email, phone or web address"), "line", stretch=1),
                ItemField(
                    "label", self.tr("Label"), "line", placeholder=self.tr("work, home…"), width=110
                ),
            ],
            self._stack,
            self.tr("Add email, phone or link"),
            lambda: {"kind": ContactKind.EMAIL.value, "value": ""},
            "",
            card,
        )
        card.body.addWidget(self.contacts)
        self.wire(self.contacts)
        self._layout.addWidget(card)

    def _build_about(self) -> None:
        card = Card(self.tr("About"), self)
        form = card.add_form()
        names = QHBoxLayout()
        self.given_edit = line(self.tr("Given name"), self.tr("Given name"))
        self.family_edit = line(self.tr("Family name"), self.tr("Family name"))
        self.saver.bind_line(self.given_edit, "given_name", self.tr("Given name"))
        self.saver.bind_line(self.family_edit, "family_name", self.tr("Family name"))
        names.addWidget(self.given_edit)
        names.addWidget(self.family_edit)
        form.addRow(self.tr("Names"), names)
        place = QHBoxLayout()
        self.city_edit = line(self.tr("City"), self.tr("City"))
        self.country_edit = line(self.tr("Country"), self.tr("Country"))
        self.saver.bind_line(self.city_edit, "city", self.tr("City"))
        self.saver.bind_line(self.country_edit, "country", self.tr("Country"))
        place.addWidget(self.city_edit)
        place.addWidget(self.country_edit)
        form.addRow(self.tr("Lives in"), place)
        self.languages_edit = line(self.tr("e.g. vi, en"), self.tr("Languages"))
        self.saver.bind_line(
            self.languages_edit, "languages", self.tr("Languages"), parse=split_list, show=join_list
        )
        form.addRow(self.tr("Languages"), self.languages_edit)
        form.addRow(self.tr("Birthday"), self._birthday_row())
        self.how_met_edit = text_box(self.tr("Where and how you met"), self.tr("How we met"), 2)
        self.saver.bind_text(self.how_met_edit, "how_we_met", self.tr("How we met"))
        form.addRow(self.tr("How we met"), self.how_met_edit)
        self.met_on_edit = line(self.tr("a date"), self.tr("Met on"))
        self.met_on_edit.setMaximumWidth(180)
        self.saver.bind_line(
            self.met_on_edit, "met_on", self.tr("Met on"), parse=parse_date_text, show=format_date
        )
        form.addRow(self.tr("Met on"), self.met_on_edit)
        self.introducer = RefPicker(
            lambda text: [
                (r.id, r.display_name) for r in people_service.people_refs(self._journal, text)
            ],
            parent=card,
        )
        self.introducer.setAccessibleName(self.tr("Introduced by"))
        self.introducer.setPlaceholderText(self.tr("Type to find who introduced you"))
        self.saver.bind_custom(
            self.introducer,
            "introduced_by_id",
            self.tr("Introduced by"),
            read=self._introducer_value,
            write=lambda ref: self.introducer.set_current(*(ref if ref else (None, ""))),
            changed=self.introducer.picked,
        )
        form.addRow(self.tr("Introduced by"), self.introducer)
        self.tags_edit = line(self.tr("e.g. fintech, Hanoi, VIP"), self.tr("Tags"))
        self.saver.bind_line(
            self.tags_edit, "tags", self.tr("Tags"), parse=split_list, show=join_list
        )
        form.addRow(self.tr("Tags"), self.tags_edit)
        self._layout.addWidget(card)

    def _introducer_value(self) -> tuple[int, str] | None:
        current = self.introducer.current_id()
        return (current, self.introducer.text()) if current is not None else None

    def _birthday_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.birth_day = optional_spin(1, 31, self.tr("Birthday day"))
        self.birth_month = QComboBox(row)
        self.birth_month.setAccessibleName(self.tr("Birthday month"))
        self.birth_month.addItem(self.tr("—"), None)
        locale = QLocale()
        for month in range(1, 13):
            self.birth_month.addItem(locale.standaloneMonthName(month), month)
        self.birth_year = optional_spin(
            1900, 2100, self.tr("Birth year (optional)"), self.tr("year?")
        )
        self.birth_year.setValue(1899)
        self.saver.bind_spin(self.birth_day, "birthday_day", self.tr("Birthday"))
        self.saver.bind_combo(self.birth_month, "birthday_month", self.tr("Birthday"))
        self.saver.bind_spin(self.birth_year, "birthday_year", self.tr("Birth year (optional)"))
        layout.addWidget(self.birth_day)
        layout.addWidget(self.birth_month)
        layout.addWidget(self.birth_year)
        self.birthday_problem = QLabel(row)
        self.birthday_problem.setObjectName("Hint")
        layout.addWidget(self.birthday_problem)
        layout.addStretch(1)
        return row

    # --- showing ----------------------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        return self.entity_id

    def show_person(self, person_id: int) -> None:
        self.show_entity(person_id)

    def show_detail(self, detail: PersonDetail) -> None:
        self.motivations.set_items(detail.id, detail.motivations)
        self.details.set_items(detail.id, detail.details)
        self.contacts.set_items(detail.id, detail.contacts)
        self.partner_picker.set_current(
            detail.partner.id if detail.partner else None,
            detail.partner.name if detail.partner else "",
        )
        self._show_summary(detail)

    def _show_summary(self, person: PersonDetail) -> None:
        parts = [p for p in (person.role, person.partner.name if person.partner else None) if p]
        where = place(person.city, person.country)
        subtitle = (
            self.tr("%1 at %2").replace("%1", isolated(parts[0])).replace("%2", isolated(parts[1]))
            if len(parts) == 2
            else (parts[0] if parts else "")
        )
        self.set_subtitle(subtitle, where)
        self.history_label.setText(
            "\n".join(
                self.tr("%1, %2 (until %3)")
                .replace("%1", a.role or self.tr("no role noted"))
                .replace("%2", a.partner.name if a.partner else self.tr("a deleted partner"))
                .replace("%3", format_date(a.until) if a.until else "?")
                for a in person.affiliations
            )
            or self.tr("No earlier partners")
        )
        colour = cadence_colour(self._colours, person.cadence_state)
        text = label(person.cadence_state)
        if person.last_contact is not None:
            text = (
                self.tr("%1 · last contact %2")
                .replace("%1", text)
                .replace("%2", format_date(person.last_contact))
            )
        self.state_label.setText(("● " if colour else "") + text)
        self.state_label.setStyleSheet(f"color: {colour.name()};" if colour else "")
        self.cadence.show_state(person.last_contact, person.cadence_state)
        self.birthday_problem.setText(_birthday_problem(person, self))

    # --- saving -----------------------------------------------------------------------------

    def _save_field(self, person_id: int, name: str, value: Any) -> None:
        if name == "introduced_by_id" and isinstance(value, tuple):
            value = value[0]
        people_service.update_person(self._journal, person_id, {name: value})

    def _partner_picked(self, partner_id: int | None) -> None:
        person = self.detail
        if person is None or (person.partner and person.partner.id == partner_id):
            return
        if person.partner is None and partner_id is None:
            return
        change = people_service.change_partner(self._journal, person.id, partner_id)

        def redo() -> None:
            people_service.change_partner(self._journal, change.person_id, change.new_partner_id)
            self._events.people_changed.emit([change.person_id])

        def undo() -> None:
            people_service.undo_partner_change(self._journal, change)
            self._events.people_changed.emit([change.person_id])

        self._stack.push(SavedEditCommand(self.tr("Change partner"), redo, undo))
        self._events.partners_changed.emit(
            [p for p in (change.old_partner_id, change.new_partner_id) if p is not None]
        )
        self._reload_and_announce()


def _birthday_problem(person: PersonDetail, page: QWidget) -> str:
    month, day = person.birthday_month, person.birthday_day
    if month is None or day is None:
        return ""
    year = person.birthday_year or 2000  # a leap year: 29 February is a real birthday
    try:
        date(year, month, day)
    except ValueError:
        return page.tr("There is no such day; check the date.")
    return ""


def _values(person: PersonDetail) -> dict[str, Any]:
    return {
        "display_name": person.display_name,
        "archived": person.archived,
        "role": person.role,
        "stakeholder_role": person.stakeholder_role.value if person.stakeholder_role else None,
        "department": person.department,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "city": person.city,
        "country": person.country,
        "languages": list(person.languages),
        "birthday_day": person.birthday_day,
        "birthday_month": person.birthday_month,
        "birthday_year": person.birthday_year,
        "how_we_met": person.how_we_met,
        "met_on": person.met_on,
        "introduced_by_id": (
            (person.introduced_by.id, person.introduced_by.display_name)
            if person.introduced_by
            else None
        ),
        "tags": list(person.tags),
        "cadence_ideal_days": person.cadence_ideal_days,
        "cadence_too_long_days": person.cadence_too_long_days,
        "notes": person.notes,
    }

"""A partner's page: stage, standing, value proposition, fit, agreement, people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.enums import (
    BenefitDirection,
    Horizon,
    PartnerStage,
    ReferralTerms,
    ReviewPeriod,
    Standing,
)
from partnerbook.domain.records import PartnerDetail
from partnerbook.errors import UserError
from partnerbook.services import partners as partner_service
from partnerbook.services.partners import FIT_CRITERIA
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.labels import label, standing_hint
from partnerbook.ui.theme import STAGE_COLOURS, Colours, cadence_colour
from partnerbook.ui.undo import SavedEditCommand
from partnerbook.ui.views.entity_page import EntityPage
from partnerbook.ui.widgets.dates import format_date, format_number, parse_date_text
from partnerbook.ui.widgets.form import (
    Card,
    enum_combo,
    join_list,
    line,
    optional_spin,
    split_list,
    text_box,
)
from partnerbook.ui.widgets.punctuation import join_items, place
from partnerbook.ui.widgets.satellites import ItemField, SatelliteEditor


class PartnerPage(EntityPage[PartnerDetail]):
    """Edits one partner: relationship, what we bring each other, fit, agreement, people."""

    person_requested = Signal(int)

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
            events.partners_changed,
            load_detail=lambda pid: partner_service.get_partner(journal, pid),
            save_field=lambda pid, name, value: partner_service.update_partner(
                journal, pid, {name: value}
            ),
            field_values=_values,
            name_field="name",
            name_label=QCoreApplication.translate("PartnerPage", "Partner name"),
            parent=parent,
        )
        self.fit_saver = self.add_saver(self._save_fit)
        self._build_relationship()
        self._build_value()
        self.add_history("partner")
        self.add_track_record()
        review = QPushButton(self.tr("Write a Review…"), self.track_card)
        review.setToolTip(self.tr("KPIs against their targets, a summary, next steps"))
        review.clicked.connect(
            lambda: (
                self._events.review_partner.emit(self.entity_id)
                if self.entity_id is not None
                else None
            )
        )
        self.track_actions.insertWidget(1, review)
        self._build_fit()
        self._build_agreement()
        self._build_people()
        self.add_rhythm_and_notes()
        events.people_changed.connect(self._on_people_changed)

    # --- building -------------------------------------------------------------------------

    def _build_relationship(self) -> None:
        card = Card(self.tr("Relationship"), self)
        form = card.add_form()
        stage_row = QHBoxLayout()
        stage_row.setSpacing(8)  # the "since" text sat against the combo box
        self.stage_combo = QComboBox(card)
        self.stage_combo.setAccessibleName(self.tr("Stage"))
        for stage in PartnerStage:
            self.stage_combo.addItem(label(stage), stage.value)
        self.stage_combo.activated.connect(self._stage_chosen)
        self.stage_dot = QLabel("●", card)
        stage_row.addWidget(self.stage_dot)
        stage_row.addWidget(self.stage_combo)
        self.stage_since = QLabel(card)
        self.stage_since.setObjectName("Muted")
        stage_row.addWidget(self.stage_since, 1)
        form.addRow(self.tr("Stage"), stage_row)
        self.stage_history = QLabel(card)
        self.stage_history.setObjectName("Muted")
        self.stage_history.setWordWrap(True)
        form.addRow("", self.stage_history)
        self.kinds_edit = line(self.tr("e.g. bank, e-wallet, designer"), self.tr("Kind"))
        self.saver.bind_line(
            self.kinds_edit, "kinds", self.tr("Kind"), parse=split_list, show=join_list
        )
        form.addRow(self.tr("Kind"), self.kinds_edit)
        self.standing_combo = enum_combo(Standing, self.tr("Standing"), self.tr("—"))
        self.saver.bind_combo(self.standing_combo, "standing", self.tr("Standing"))
        self.standing_combo.activated.connect(lambda _i: self._show_standing_hint())
        form.addRow(self.tr("Our size"), self.standing_combo)
        self.standing_hint = QLabel(card)
        self.standing_hint.setObjectName("Hint")
        self.standing_hint.setWordWrap(True)
        form.addRow("", self.standing_hint)
        place = QHBoxLayout()
        self.website_edit = line("https://…", self.tr("Website"))
        self.city_edit = line(self.tr("City"), self.tr("City"))
        self.country_edit = line(self.tr("Country"), self.tr("Country"))
        self.saver.bind_line(self.website_edit, "website", self.tr("Website"))
        self.saver.bind_line(self.city_edit, "city", self.tr("City"))
        self.saver.bind_line(self.country_edit, "country", self.tr("Country"))
        place.addWidget(self.city_edit)
        place.addWidget(self.country_edit)
        form.addRow(self.tr("Website"), self.website_edit)
        form.addRow(self.tr("Based in"), place)
        self.tags_edit = line(self.tr("Tags"), self.tr("Tags"))
        self.saver.bind_line(
            self.tags_edit, "tags", self.tr("Tags"), parse=split_list, show=join_list
        )
        form.addRow(self.tr("Tags"), self.tags_edit)
        self._layout.addWidget(card)

    def _build_value(self) -> None:
        card = Card(self.tr("What we bring each other"), self)
        self.value_hint = QLabel(card)
        self.value_hint.setObjectName("Hint")
        self.value_hint.setWordWrap(True)
        card.body.addWidget(self.value_hint)
        self.value_items = SatelliteEditor(
            self._journal,
            partner_service.VALUE_ITEMS,
            [
                ItemField(
                    "direction",
                    self.tr("For whom"),
                    "combo",
                    [(label(d), d.value) for d in BenefitDirection],
                    width=110,
                ),
                ItemField(
                    "horizon",
                    self.tr("Horizon"),
                    "combo",
                    [(label(h), h.value) for h in Horizon],
                    width=110,
                ),
                ItemField("text", self.tr("Benefit, concrete"), "line", stretch=1),
                ItemField(
                    "quantity",
                    self.tr("How much"),
                    "number",
                    width=90,
                    line=1,
                    caption=self.tr("how much"),
                ),
                ItemField(
                    "unit",
                    self.tr("Unit"),
                    "line",
                    width=110,
                    line=1,
                    placeholder=self.tr("unit, e.g. customers"),
                ),
            ],
            self._stack,
            self.tr("Add benefit"),
            lambda: {
                "direction": BenefitDirection.FOR_THEM.value,
                "horizon": Horizon.SHORT.value,
                "text": "",
            },
            self.tr("Write 2–3 short-term and 2–3 long-term benefits for them, quantified."),
            card,
        )
        card.body.addWidget(self.value_items)
        self.wire(self.value_items)
        self._layout.addWidget(card)

    def _build_fit(self) -> None:
        card = Card(self.tr("Fit"), self)
        names = {
            "complementary_strengths": self.tr("Complementary strengths"),
            "audience_fit": self.tr("Audience fit"),
            "trust": self.tr("Trust"),
            "size_proportion": self.tr("Size proportion"),
            "willingness": self.tr("Willingness to cooperate"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for row, criterion in enumerate(FIT_CRITERIA):
            grid.addWidget(QLabel(names[criterion], card), row, 0)
            spin = optional_spin(1, 5, names[criterion])
            spin.setSuffix(" / 5")
            spin.setMinimumWidth(80)
            self.fit_saver.bind_spin(spin, criterion, names[criterion])
            grid.addWidget(spin, row, 1)
            note = line(self.tr("why"), self.tr("Why: %1").replace("%1", names[criterion]))
            self.fit_saver.bind_line(note, f"{criterion}_note", names[criterion])
            grid.addWidget(note, row, 2)
        grid.setColumnStretch(2, 1)
        card.body.addLayout(grid)
        self.fit_average = QLabel(card)
        self.fit_average.setObjectName("Muted")
        card.body.addWidget(self.fit_average)
        self.fit_notes = text_box(self.tr("Overall: why they fit, or not"), self.tr("Fit notes"), 2)
        self.fit_saver.bind_text(self.fit_notes, "notes", self.tr("Fit notes"))
        card.body.addWidget(self.fit_notes)
        self._layout.addWidget(card)

    def _build_agreement(self) -> None:
        card = Card(self.tr("Agreement"), self)
        form = card.add_form()
        self.scope_edit = text_box(self.tr("What we do together"), self.tr("Scope"), 2)
        self.responsibilities_edit = text_box(
            self.tr("Who does what"), self.tr("Responsibilities"), 2
        )
        self.revenue_edit = line(self.tr("e.g. 70/30 on net revenue"), self.tr("Revenue share"))
        self.terms_edit = text_box(self.tr("Duration, exclusivity, notice…"), self.tr("Terms"), 2)
        self.renewal_edit = line(self.tr("a date"), self.tr("Renewal date"))
        self.renewal_edit.setMaximumWidth(180)
        self.saver.bind_text(self.scope_edit, "agreement_scope", self.tr("Scope"))
        self.saver.bind_text(
            self.responsibilities_edit, "agreement_responsibilities", self.tr("Responsibilities")
        )
        self.saver.bind_line(self.revenue_edit, "agreement_revenue_share", self.tr("Revenue share"))
        self.saver.bind_text(self.terms_edit, "agreement_terms", self.tr("Terms"))
        self.saver.bind_line(
            self.renewal_edit,
            "agreement_renewal",
            self.tr("Renewal date"),
            parse=parse_date_text,
            show=format_date,
        )
        form.addRow(self.tr("Scope"), self.scope_edit)
        form.addRow(self.tr("Who does what"), self.responsibilities_edit)
        form.addRow(self.tr("Revenue share"), self.revenue_edit)
        form.addRow(self.tr("Terms"), self.terms_edit)
        form.addRow(self.tr("Renewal"), self.renewal_edit)
        referral = QHBoxLayout()
        self.referral_combo = enum_combo(ReferralTerms, self.tr("Referral terms"))
        self.saver.bind_combo(self.referral_combo, "referral_terms", self.tr("Referral terms"))
        self.fee_edit = line(self.tr("fee"), self.tr("Fee per referral"))
        self.fee_edit.setMaximumWidth(110)
        self.saver.bind_line(
            self.fee_edit,
            "referral_fee",
            self.tr("Fee per referral"),
            parse=lambda t: t.strip() or None,
            show=format_number,
        )
        self.percent_edit = line("%", self.tr("Referral percentage"))
        self.percent_edit.setMaximumWidth(80)
        self.saver.bind_line(
            self.percent_edit,
            "referral_percent",
            self.tr("Referral percentage"),
            parse=lambda t: t.strip().rstrip("%") or None,
            show=format_number,
        )
        self.currency_edit = line("EUR", self.tr("Currency"))
        self.currency_edit.setMaximumWidth(70)
        self.saver.bind_line(self.currency_edit, "currency", self.tr("Currency"))
        referral.addWidget(self.referral_combo)
        referral.addWidget(self.fee_edit)
        referral.addWidget(self.percent_edit)
        referral.addWidget(self.currency_edit)
        referral.addStretch(1)
        form.addRow(self.tr("Referrals"), referral)
        self.review_combo = enum_combo(
            ReviewPeriod, self.tr("Review rhythm"), self.tr("No reviews")
        )
        self.saver.bind_combo(self.review_combo, "review_period", self.tr("Review rhythm"))
        form.addRow(self.tr("Reviews"), self.review_combo)
        self._layout.addWidget(card)

    def _build_people(self) -> None:
        card = Card(self.tr("People"), self)
        self.people_box = QVBoxLayout()
        self.people_box.setSpacing(2)
        card.body.addLayout(self.people_box)
        self._layout.addWidget(card)
        self._people_widgets: list[QWidget] = []

    # --- showing ----------------------------------------------------------------------------

    @property
    def partner_id(self) -> int | None:
        return self.entity_id

    def show_partner(self, partner_id: int) -> None:
        self.show_entity(partner_id)

    def track_record_extra(self) -> str:
        """The referral terms beside the referrals, as the give & take is read with them."""
        detail = self.detail
        if detail is None or detail.referral_terms is ReferralTerms.NONE:
            return self.tr("Referral terms: none agreed.")
        if detail.referral_terms is ReferralTerms.FIXED_FEE and detail.referral_fee is not None:
            amount = QLocale().toString(float(detail.referral_fee))
            return self.tr("Referral terms: a fixed fee of %1 per referral.").replace("%1", amount)
        if detail.referral_percent is not None:
            percent = QLocale().toString(float(detail.referral_percent))
            return self.tr("Referral terms: %1 % of each referral.").replace("%1", percent)
        return self.tr("Referral terms: %1.").replace("%1", label(detail.referral_terms))

    def show_detail(self, detail: PartnerDetail) -> None:
        fit = detail.fit
        self.fit_saver.load(
            detail.id,
            {c: getattr(fit, c) for c in FIT_CRITERIA}
            | {f"{c}_note": fit.note_for(c) for c in FIT_CRITERIA}
            | {"notes": fit.notes},
        )
        self.value_items.set_items(detail.id, detail.value_items)
        self._show_summary(detail)

    def _show_summary(self, partner: PartnerDetail) -> None:
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(partner.stage.value))
        colour = STAGE_COLOURS[partner.stage]
        self.set_subtitle(join_items(partner.kinds), place(partner.city, partner.country))
        since = format_date(partner.stage_since, long=True) if partner.stage_since else ""
        self.stage_since.setText(self.tr("since %1").replace("%1", since) if since else "")
        self.stage_dot.setStyleSheet(f"color: {colour};")
        self.stage_history.setVisible(bool(partner.stage_history))
        self.stage_history.setText(
            ("  →  " if self.isRightToLeft() else "  ←  ").join(  # newest first, pointing back
                self.tr("%1 on %2")
                .replace("%1", label(step.stage_to))
                .replace("%2", format_date(step.at))
                for step in partner.stage_history[:6]
            )
        )
        self._show_standing_hint()
        short = partner.benefits_for_them(Horizon.SHORT)
        long_ = partner.benefits_for_them(Horizon.LONG)
        thin = bool(partner.value_items) and (short < 2 or long_ < 2)
        self.value_hint.setText(
            self.tr(
                "Benefits for them so far: %1 short-term, %2 long-term. Aim for two or three "
                "of each, concrete and quantified."
            )
            .replace("%1", QLocale().toString(short))
            .replace("%2", QLocale().toString(long_))
            if thin
            else ""
        )
        self.value_hint.setVisible(thin)
        average = partner.fit.average
        self.fit_average.setText(
            self.tr("Average %1 / 5").replace("%1", f"{average:.1f}") if average else ""
        )
        state_colour = cadence_colour(self._colours, partner.cadence_state)
        self.state_label.setText(("● " if state_colour else "") + label(partner.cadence_state))
        self.state_label.setStyleSheet(f"color: {state_colour.name()};" if state_colour else "")
        self.cadence.show_state(partner.last_contact, partner.cadence_state)
        self._show_people(partner)

    def _show_people(self, partner: PartnerDetail) -> None:
        for widget in self._people_widgets:
            self.people_box.removeWidget(widget)
            widget.deleteLater()
        self._people_widgets = []
        if not partner.people:
            empty = QLabel(self.tr("Nobody here yet: set this partner on a person's page."), self)
            empty.setObjectName("Muted")
            self.people_box.addWidget(empty)
            self._people_widgets.append(empty)
            return
        for entry in partner.people:
            role = join_items((entry.role, label(entry.stakeholder_role)))
            when = (
                ""
                if entry.current
                else self.tr("(before, until %1)").replace(
                    "%1", format_date(entry.until) if entry.until else "?"
                )
            )
            button = QPushButton(
                " — ".join(p for p in (entry.person.display_name, role) if p)
                + (f"  {when}" if when else ""),
                self,
            )
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 3px 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(entry.person.display_name)
            button.setToolTip(self.tr("Open %1").replace("%1", entry.person.display_name))
            button.clicked.connect(
                lambda _c=False, pid=entry.person.id: self.person_requested.emit(pid)
            )
            self.people_box.addWidget(button)
            self._people_widgets.append(button)

    def _show_standing_hint(self) -> None:
        value = self.standing_combo.currentData()
        text = standing_hint(Standing(value)) if value else ""
        self.standing_hint.setText(text)
        self.standing_hint.setVisible(bool(text))

    # --- saving -----------------------------------------------------------------------------

    def _save_fit(self, partner_id: int, name: str, value: Any) -> None:
        partner_service.update_fit(self._journal, partner_id, {name: value})
        self.announce(partner_id)

    def _on_people_changed(self, _ids: list[int]) -> None:
        if self.entity_id is not None:
            try:
                self._show_people(partner_service.get_partner(self._journal, self.entity_id))
            except UserError:
                return

    def _stage_chosen(self, _index: int) -> None:
        partner = self.detail
        value = self.stage_combo.currentData()
        if partner is None or value == partner.stage.value:
            return
        change = partner_service.set_stage(self._journal, partner.id, value)

        def redo() -> None:
            partner_service.set_stage(self._journal, change.partner_id, value)
            self._events.partners_changed.emit([change.partner_id])

        def undo() -> None:
            partner_service.undo_stage(self._journal, change)
            self._events.partners_changed.emit([change.partner_id])

        self._stack.push(SavedEditCommand(self.tr("Change stage"), redo, undo))
        self._reload_and_announce()
        self._events.entries_changed.emit([change.entry_id] if change.entry_id else [])


def _values(partner: PartnerDetail) -> dict[str, Any]:
    return {
        "name": partner.name,
        "archived": partner.archived,
        "kinds": list(partner.kinds),
        "standing": partner.standing.value if partner.standing else None,
        "website": partner.website,
        "city": partner.city,
        "country": partner.country,
        "tags": list(partner.tags),
        "agreement_scope": partner.agreement_scope,
        "agreement_responsibilities": partner.agreement_responsibilities,
        "agreement_revenue_share": partner.agreement_revenue_share,
        "agreement_terms": partner.agreement_terms,
        "agreement_renewal": partner.agreement_renewal,
        "referral_terms": partner.referral_terms.value,
        "referral_fee": partner.referral_fee,
        "referral_percent": partner.referral_percent,
        "currency": partner.currency,
        "review_period": partner.review_period.value if partner.review_period else None,
        "cadence_ideal_days": partner.cadence_ideal_days,
        "cadence_too_long_days": partner.cadence_too_long_days,
        "notes": partner.notes,
    }

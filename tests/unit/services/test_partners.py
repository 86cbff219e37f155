from __future__ import annotations

from decimal import Decimal

import pytest

from partnerbook.domain.enums import BenefitDirection, EntryKind, Horizon, PartnerStage, Standing
from partnerbook.domain.types import TimelineFilter
from partnerbook.errors import UsageError
from partnerbook.services import partners as svc
from partnerbook.services.timeline import timeline_page
from partnerbook.store.engine import Journal


def test_create_update_kinds_and_read_back(journal: Journal) -> None:
    pid = svc.create_partner(journal, "Studio Or", city="Tel Aviv")
    svc.update_partner(
        journal,
        pid,
        {
            "kinds": ["Designer", "designer", "Agency"],
            "standing": "smaller",
            "referral_terms": "fixed_fee",
            "referral_fee": "150",
            "currency": "ils",
        },
    )
    partner = svc.get_partner(journal, pid)
    assert partner.kinds == ("agency", "designer")
    assert partner.standing is Standing.SMALLER
    assert partner.referral_fee == Decimal("150.00") and partner.currency == "ILS"
    assert partner.stage is PartnerStage.PROSPECT
    [row] = svc.partner_rows(journal)
    assert row.kinds == ("agency", "designer") and row.people == 0


def test_stage_changes_are_recorded_on_the_timeline_and_undoable(journal: Journal) -> None:
    pid = svc.create_partner(journal, "Sàn Giao Dịch Mây")
    svc.set_stage(journal, pid, PartnerStage.EXPLORING)
    change = svc.set_stage(journal, pid, "active")
    partner = svc.get_partner(journal, pid)
    assert partner.stage is PartnerStage.ACTIVE
    assert [(s.stage_from, s.stage_to) for s in partner.stage_history] == [
        (PartnerStage.EXPLORING, PartnerStage.ACTIVE),
        (PartnerStage.PROSPECT, PartnerStage.EXPLORING),
    ]
    page = timeline_page(journal, TimelineFilter(partner_id=pid))
    assert [e.kind for e in page.entries] == [EntryKind.STAGE_CHANGE] * 2

    svc.undo_stage(journal, change)
    partner = svc.get_partner(journal, pid)
    assert partner.stage is PartnerStage.EXPLORING and len(partner.stage_history) == 1
    assert svc.set_stage(journal, pid, "exploring").entry_id is None  # no change, no entry


def test_value_proposition_counts_benefits_for_them(journal: Journal) -> None:
    pid = svc.create_partner(journal, "Banca Aurora")
    svc.VALUE_ITEMS.add(
        journal,
        pid,
        {
            "direction": "for_them",
            "horizon": "short",
            "text": "200 nuovi clienti",
            "quantity": "200",
            "unit": "clienti",
        },
    )
    svc.VALUE_ITEMS.add(journal, pid, {"direction": "for_us", "horizon": "long", "text": "brand"})
    partner = svc.get_partner(journal, pid)
    assert partner.benefits_for_them(Horizon.SHORT) == 1
    assert partner.benefits_for_them(Horizon.LONG) == 0
    item = partner.value_items[0]
    assert (item.direction, item.quantity, item.unit) == (
        BenefitDirection.FOR_THEM,
        Decimal("200.00"),
        "clienti",
    )


def test_fit_is_created_on_first_edit_and_validated(journal: Journal) -> None:
    pid = svc.create_partner(journal, "Fit Co")
    assert svc.get_partner(journal, pid).fit.average is None
    svc.update_fit(journal, pid, {"trust": 4, "audience_fit": 5})
    svc.update_fit(journal, pid, {"willingness": 3})
    fit = svc.get_partner(journal, pid).fit
    assert (fit.trust, fit.audience_fit, fit.willingness) == (4, 5, 3)
    assert fit.average == 4.0
    with pytest.raises(UsageError, match="between 1 and 5"):
        svc.update_fit(journal, pid, {"trust": 9})


def test_refs_find_partners_without_diacritics(journal: Journal) -> None:
    svc.create_partner(journal, "Ngân hàng Sen Vàng")
    svc.create_partner(journal, "Banca Aurora")
    assert [p.name for p in svc.partner_refs(journal, "ngan hang")] == ["Ngân hàng Sen Vàng"]

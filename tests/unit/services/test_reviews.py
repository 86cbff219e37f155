"""Partner reviews: periods, KPIs carried over, saved and changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from partnerbook.domain.enums import ReviewPeriod
from partnerbook.errors import UsageError
from partnerbook.services.reviews import (
    Kpi,
    kpis_from_rows,
    last_period,
    load_review,
    new_review,
    number,
    save_review,
)
from partnerbook.services.today import today_list
from partnerbook.store.engine import Journal


@pytest.mark.parametrize(
    ("period", "today", "start", "end"),
    [
        (ReviewPeriod.MONTHLY, date(2026, 11, 24), date(2026, 10, 1), date(2026, 10, 31)),
        (ReviewPeriod.QUARTERLY, date(2026, 11, 24), date(2026, 7, 1), date(2026, 9, 30)),
        (ReviewPeriod.QUARTERLY, date(2026, 1, 5), date(2025, 10, 1), date(2025, 12, 31)),
        (ReviewPeriod.YEARLY, date(2026, 11, 24), date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_a_review_looks_back_on_the_last_whole_period(
    period: ReviewPeriod, today: date, start: date, end: date
) -> None:
    assert last_period(period, today) == (start, end)


@pytest.mark.parametrize(
    ("typed", "value"), [("1500", "1500"), ("12,5", "12.5"), ("1,500.25", "1500.25"), ("", None)]
)
def test_figures_as_typed(typed: str, value: str | None) -> None:
    assert number(typed) == (Decimal(value) if value else None)


def test_a_new_review_carries_the_last_kpis_and_clears_today(
    journal: Journal, add_partner: Callable[..., int]
) -> None:
    from partnerbook.domain.enums import PartnerStage

    acme = add_partner("Acme Pay", review_period=ReviewPeriod.QUARTERLY, stage=PartnerStage.ACTIVE)
    first = new_review(journal, acme, date(2026, 11, 24))
    assert (first.period_start, first.period_end, first.kpis) == (
        date(2026, 7, 1),
        date(2026, 9, 30),
        (),
    )
    kpis = kpis_from_rows(
        [
            ("Referrals sent", "10", "12", ""),
            ("Co-marketing leads", "200", "150", "leads"),
            ("", "", "", ""),
        ]
    )
    entry = save_review(journal, replace(first, kpis=kpis, summary="Good quarter"))
    saved = load_review(journal, entry)
    assert [(k.name, k.target, k.actual, k.unit) for k in saved.kpis] == [
        ("Referrals sent", Decimal("10"), Decimal("12"), None),
        ("Co-marketing leads", Decimal("200"), Decimal("150"), "leads"),
    ]
    assert saved.summary == "Good quarter" and saved.entry_id == entry
    nxt = new_review(journal, acme, date(2027, 2, 10))
    assert [(k.name, k.target, k.actual) for k in nxt.kpis] == [
        ("Referrals sent", Decimal("10"), None),
        ("Co-marketing leads", Decimal("200"), None),
    ]
    assert today_list(journal).section("reviews").total == 0  # just reviewed


def test_a_period_ending_before_it_starts_is_refused(
    journal: Journal, add_partner: Callable[..., int]
) -> None:
    review = new_review(journal, add_partner("Acme"), date(2026, 11, 24))
    bad = replace(review, period_end=date(2020, 1, 1))
    with pytest.raises(UsageError):
        save_review(journal, bad)
    assert Kpi("x", Decimal(4), Decimal(5)).ratio == 1.25

"""Partner reviews: on the partner's rhythm, the KPIs the user chose with their target and
actual, a summary and next steps. A new review starts from the last one's KPIs, so the
same measures are followed period after period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from partnerbook.domain.enums import EntryKind, ReviewPeriod
from partnerbook.domain.text import shown, storable
from partnerbook.errors import UsageError
from partnerbook.messages import Field, Problem
from partnerbook.services.editing import get_live, long_text
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, ReviewKpi, entry_partners

MAX_KPIS = 20
PERIOD_MONTHS = {ReviewPeriod.MONTHLY: 1, ReviewPeriod.QUARTERLY: 3, ReviewPeriod.YEARLY: 12}


@dataclass(frozen=True, slots=True)
class Kpi:
    name: str
    target: Decimal | None = None
    actual: Decimal | None = None
    unit: str | None = None

    @property
    def ratio(self) -> float | None:
        """Actual against target (1.0 = on target); None without both."""
        if self.target in (None, Decimal(0)) or self.actual is None:
            return None
        return float(self.actual / self.target)


@dataclass(frozen=True, slots=True)
class Review:
    partner_id: int
    partner: str
    period: ReviewPeriod
    period_start: date
    period_end: date
    summary: str = ""
    next_steps: str = ""
    kpis: tuple[Kpi, ...] = ()
    entry_id: int | None = None  # None: not saved yet


def number(text: object) -> Decimal | None:
    """A KPI figure as typed: 1500, 12.5, 12,5; empty means "not known"."""
    if text in (None, ""):
        return None
    cleaned = str(text).strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation as error:
        raise UsageError(Problem.tr("'{text}' is not a number.", text=shown(text))) from error
    # NaN and Infinity read as Decimals too, and 1e999 overflows the column: not figures.
    if not value.is_finite() or abs(value) >= Decimal("1e12"):
        raise UsageError(Problem.tr("'{text}' is not a figure a KPI can have.", text=shown(text)))
    return value


def last_period(period: ReviewPeriod, today: date) -> tuple[date, date]:
    """The last whole month, quarter or year before today: what a review looks back on."""
    months = PERIOD_MONTHS[period]
    index = today.year * 12 + today.month - 1
    end_index = index - (index % months)  # the first month of the current period
    start_index = end_index - months
    start = date(start_index // 12, start_index % 12 + 1, 1)
    end = date(end_index // 12, end_index % 12 + 1, 1) - timedelta(days=1)
    return start, end


def new_review(journal: Journal, partner_id: int, today: date | None = None) -> Review:
    """A review to fill in: the partner's rhythm, the last period, the last review's KPIs."""
    today = today or date.today()
    with journal.read() as session:
        partner = get_live(session, Partner, partner_id, "partner")
        period = partner.review_period or ReviewPeriod.QUARTERLY
        last = session.scalars(
            select(Entry)
            .join(entry_partners, entry_partners.c.entry_id == Entry.id)
            .where(
                entry_partners.c.partner_id == partner_id,
                Entry.kind == EntryKind.REVIEW,
                Entry.deleted_at.is_(None),
            )
            .order_by(Entry.at.desc(), Entry.id.desc())
            .limit(1)
        ).first()
        kpis = tuple(
            Kpi(k.name, k.target, None, k.unit) for k in (last.kpis if last else []) if k.name
        )
        start, end = last_period(period, today)
        return Review(partner.id, partner.name, period, start, end, kpis=kpis)


def load_review(journal: Journal, entry_id: int) -> Review:
    with journal.read() as session:
        entry = get_live(session, Entry, entry_id, "review")
        if entry.kind != EntryKind.REVIEW or not entry.partners:
            raise UsageError(Problem.tr("That entry is not a partner review."))
        partner = entry.partners[0]
        period = entry.review_period or ReviewPeriod.QUARTERLY
        start = entry.period_start or entry.at.date()
        return Review(
            partner.id,
            partner.name,
            period,
            start,
            entry.period_end or start,
            entry.body,
            entry.next_steps or "",
            tuple(Kpi(k.name, k.target, k.actual, k.unit) for k in entry.kpis),
            entry.id,
        )


def save_review(journal: Journal, review: Review) -> int:
    """Create the review, or replace the saved one's content; returns its entry id."""
    if review.period_end < review.period_start:
        raise UsageError(Problem.tr("The period ends before it starts."))
    kpis = [k for k in review.kpis if storable(k.name).strip()]
    if len(kpis) > MAX_KPIS:
        raise UsageError(Problem.tr("At most {limit} KPIs in one review.", limit=MAX_KPIS))
    summary = long_text(Field.tr("The summary"))(review.summary)
    next_steps = long_text(Field.tr("The next steps"))(review.next_steps)
    title = storable(_title(review))[:500]
    with journal.write() as session:
        partner = get_live(session, Partner, review.partner_id, "partner")
        if review.entry_id is None:
            entry = Entry(kind=EntryKind.REVIEW, at=datetime.now(UTC), partners=[partner])
            session.add(entry)
        else:
            entry = get_live(session, Entry, review.entry_id, "review")
        entry.title = title
        entry.body = summary
        entry.next_steps = next_steps or None
        entry.review_period = review.period
        entry.period_start = review.period_start
        entry.period_end = review.period_end
        entry.kpis = [
            ReviewKpi(
                name=storable(k.name).strip()[:200],
                target=k.target,
                actual=k.actual,
                unit=storable(k.unit or "").strip()[:40] or None,
                position=position,
            )
            for position, k in enumerate(kpis)
        ]
        session.flush()
        return entry.id


def _title(review: Review) -> str:
    """Language-neutral (it is stored): "Acme · 2026-07-01 – 2026-09-30 · KPI 2/3"."""
    on_target = [k.ratio for k in review.kpis if k.ratio is not None]
    parts = [review.partner, f"{review.period_start:%Y-%m-%d} – {review.period_end:%Y-%m-%d}"]
    if on_target:
        parts.append(f"KPI {sum(1 for ratio in on_target if ratio >= 1)}/{len(on_target)}")
    return " · ".join(parts)


def kpis_from_rows(rows: Sequence[tuple[str, str, str, str]]) -> tuple[Kpi, ...]:
    """KPIs from what was typed in a table: name, target, actual, unit."""
    return tuple(
        Kpi(name.strip(), number(target), number(actual), unit.strip() or None)
        for name, target, actual, unit in rows
        if name.strip()
    )

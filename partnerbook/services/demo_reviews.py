"""The partners' side of the demo timeline: how each moved through its stages, and reviews.

Reviews follow the partner's own rhythm (monthly, quarterly, yearly) over the time we
worked together, newest first when the entry budget is short; each scores the partner's
two or three KPIs, in its language, against targets that fit the period.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from partnerbook.services.demo_world import Org, working_day
from partnerbook.store.models import ReviewKpi

if TYPE_CHECKING:
    from partnerbook.services.demo_timeline import Timeline

PERIOD_MONTHS = {"monthly": 1, "quarterly": 3, "yearly": 12}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def stage_changes(timeline: Timeline, budget: int) -> int:
    used = 0
    for org in timeline.world.orgs:
        for day, before, after in org.changes:
            if used >= budget:
                return used
            day = working_day(day, org.loc)
            people = [w for w in org.people[:3] if w.since <= day][:1]
            timeline.entry(
                "stage_change",
                timeline.moment(day, org.city, "work"),
                f"{before} → {after}",
                people,
                org,
                body=timeline.rng.choice(org.loc.stage_notes[after]),
                stage_from=before,
                stage_to=after,
            )
            used += 1
    return used


def review_periods(timeline: Timeline, org: Org) -> list[tuple[date, date]]:
    period = org.row["review_period"]
    if period is None or org.active_from is None:
        return []
    months = PERIOD_MONTHS[period]
    start = add_months(org.active_from, 1)
    while (start.month - 1) % months:
        start = add_months(start, 1)
    stop = min(org.active_until or timeline.today, timeline.today - timedelta(days=15))
    found = []
    while (end := add_months(start, months) - timedelta(days=1)) <= stop:
        found.append((start, end))
        start = add_months(start, months)
    if found and org.stage == "active" and timeline.rng.random() < 0.15:
        found.pop()  # this partner is due for a review
    return found


def reviews(timeline: Timeline, budget: int) -> int:
    queues = [(org, review_periods(timeline, org)[::-1]) for org in timeline.world.orgs]
    chosen: list[tuple[Org, date, date]] = []
    for round_ in itertools.count():
        added = False
        for org, periods in queues:
            if round_ < len(periods) and len(chosen) < budget:
                chosen.append((org, *periods[round_]))
                added = True
        if not added:
            break
    for org, start, end in chosen:
        review(timeline, org, start, end)
    return len(chosen)


def review(timeline: Timeline, org: Org, start: date, end: date) -> None:
    rng, loc = timeline.rng, org.loc
    period = org.row["review_period"]
    months = PERIOD_MONTHS[period]
    day = working_day(end + timedelta(days=rng.randint(3, 12)), loc)
    scale = 0.5 + (org.id * 7919 % 100) / 60  # a partner's size stays the same
    level = rng.uniform(0.55, 1.3)
    kpis, ratios = [], []
    for kpi in org.kpis:
        if kpi.monthly:
            target = max(round(kpi.monthly * months * scale), 1)
        else:
            target = rng.choice((20, 25, 30, 40))
        actual = max(round(target * level * rng.uniform(0.85, 1.15)), 0)
        kpis.append((kpi, target, actual))
        ratios.append(actual / target)
    mood = "good" if sum(ratios) >= len(ratios) else "weak"
    if mood == "weak" and sum(ratios) >= 0.75 * len(ratios):
        mood = "mixed"
    name = loc.period_names[period].format(
        m=end.month, month=loc.months[end.month - 1], q=(end.month - 1) // 3 + 1, y=end.year
    )
    title = loc.review_titles[period].format(period=name, headline=rng.choice(loc.headlines[mood]))
    bullets = "\n".join(f"- {k.name}: {a} / {t} {k.unit}" for k, t, a in kpis)
    people = [w for w in org.people if w.since <= day <= w.last][:1]
    at = timeline.moment(day, org.city, "work")
    entry = timeline.entry(
        "review",
        at,
        title,
        people,
        org,
        body=f"{rng.choice(loc.review_lines[mood])}\n\n{bullets}",
        review_period=period,
        period_start=start,
        period_end=end,
        next_steps=rng.choice(loc.review_next),
    )
    for position, (kpi, target, actual) in enumerate(kpis):
        timeline.rows.add(
            ReviewKpi.__table__,
            entry_id=entry["id"],
            name=kpi.name,
            target=Decimal(target),
            actual=Decimal(actual),
            unit=kpi.unit,
            position=position,
            deleted_at=None,
            **timeline.rows.audit(at),
        )

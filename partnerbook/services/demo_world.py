"""The demo journal's partners, and what the other demo modules share.

Rows are plain dicts with ids assigned here (the journal is empty); ``demo`` writes them.
A partner's story is decided first (when we met, when it became active, went quiet or
ended); its people (``demo_people``) and timeline (``demo_timeline``) follow from it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from partnerbook.domain.text import fold
from partnerbook.services.demo_corpus import (
    FIT_CRITERIA,
    PARTNER_TAGS,
    PER_DOLLAR,
    RELATED_KINDS,
    STANDING_BY_KIND,
    City,
    Kpi,
    Locale,
    latin,
)
from partnerbook.services.demo_corpus_en import EN
from partnerbook.services.demo_corpus_he import HE
from partnerbook.services.demo_corpus_it import IT
from partnerbook.services.demo_corpus_tw import TW
from partnerbook.services.demo_corpus_vi import VI
from partnerbook.services.demo_corpus_zh import ZH
from partnerbook.store.models import (
    FitAssessment,
    Partner,
    Tag,
    ValueItem,
    partner_kinds,
    partner_tags,
)

LOCALES: tuple[Locale, ...] = (VI, EN, HE, ZH, TW, IT)
YEARS = 8
STAGE_PATH = ("prospect", "exploring", "active", "dormant", "ended")
STAGE_WEIGHTS = (10, 14, 52, 14, 10)


@dataclass(slots=True, eq=False)
class Org:
    id: int
    name: str
    loc: Locale
    city: City
    kinds: tuple[str, ...]
    stage: str
    domain: str
    row: dict[str, Any]
    met: date
    changes: list[tuple[date, str, str]]
    active_from: date | None
    active_until: date | None  # the day it went dormant or ended
    kpis: tuple[Kpi, ...] = ()
    fee: Decimal | None = None
    people: list[Who] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Who:
    id: int
    name: str
    female: bool
    loc: Locale
    city: City
    org: Org | None
    since: date
    last: date  # the last day we spoke (planned)
    dormant: bool
    weight: float
    ctx: dict[str, str]
    row: dict[str, Any]
    details: list[dict[str, Any]] = field(default_factory=list)
    talks: list[tuple[dict[str, Any], date]] = field(default_factory=list)
    seen: date | None = None  # the last interaction actually written


class Rows:
    def __init__(self, actor: str) -> None:
        self.actor = actor
        self.tables: dict[Any, list[dict[str, Any]]] = {}

    def add(self, table: Any, **values: Any) -> dict[str, Any]:
        self.tables.setdefault(table, []).append(values)
        return values

    def audit(self, when: datetime) -> dict[str, Any]:
        return {
            "created_at": when,
            "updated_at": when,
            "created_by": self.actor,
            "updated_by": self.actor,
            "version": 1,
        }


def money(rng: random.Random, dollars: float, currency: str) -> Decimal:
    """A round amount in the currency worth about this many dollars."""
    raw = dollars * PER_DOLLAR.get(currency, 1)
    step = 10 ** max(len(str(int(raw))) - 2, 0)
    return Decimal(max(int(raw // step), 1) * step)


def working_day(day: date, loc: Locale, forward: bool = False) -> date:
    while day.weekday() in loc.weekend:
        day += timedelta(days=1 if forward else -1)
    return day


class World:
    def __init__(self, rng: random.Random, today: date, rows: Rows) -> None:
        self.rng = rng
        self.today = today
        self.start = today - timedelta(days=365 * YEARS)
        self.rows = rows
        self.orgs: list[Org] = []
        self.people: list[Who] = []
        self.tag_ids: dict[str, int] = {}
        self.quotas: dict[str, float] = {}
        self.weights = [loc.weight for loc in LOCALES]

    # --- helpers ------------------------------------------------------------------------

    def at(self, day: date) -> datetime:
        return datetime.combine(day, time(9), UTC)

    def locale(self) -> Locale:
        return self.rng.choices(LOCALES, self.weights)[0]

    def day(self, first: date, last: date) -> date:
        span = max((last - first).days, 0)
        return first + timedelta(days=int(span * self.rng.random()))

    def quota(self, name: str, share: float) -> bool:
        """True for a steady share of the calls: counts that do not swing with the seed."""
        level = self.quotas.get(name, 0.5) + share
        self.quotas[name] = level % 1
        return level >= 1

    def tag(self, name: str) -> int:
        if name not in self.tag_ids:
            self.tag_ids[name] = len(self.tag_ids) + 1
            self.rows.add(
                Tag.__table__,
                id=self.tag_ids[name],
                name=name,
                key=fold(name),
                **self.rows.audit(self.at(self.start)),
            )
        return self.tag_ids[name]

    # --- partners -----------------------------------------------------------------------

    def add_partners(self, count: int) -> None:
        rng = self.rng
        seen: set[str] = set()
        for partner_id in range(1, count + 1):
            # Every language has partners, however small the journal.
            loc = LOCALES[partner_id - 1] if partner_id <= len(LOCALES) else self.locale()
            city = rng.choice(loc.cities)
            pattern = rng.choice(loc.patterns)
            core = rng.choice(loc.cores)
            name = pattern.text.format(core=core.text, city=city.native)
            domain = f"{core.latin}{pattern.slug}"
            for attempt in range(12):
                if name not in seen:
                    break
                pattern, core = rng.choice(loc.patterns), rng.choice(loc.cores)
                name = pattern.text.format(core=core.text, city=city.native)
                domain = f"{core.latin}{pattern.slug}"
                if attempt > 8:
                    name = f"{name} {city.native}"
                    domain = f"{domain}-{latin(city.name)}"
            if name in seen:
                name, domain = f"{name} {partner_id}", f"{domain}{partner_id}"
            seen.add(name)
            kinds = pattern.kinds
            related = RELATED_KINDS.get(kinds[0], ())
            if related and rng.random() < 0.3:
                kinds = tuple(dict.fromkeys((*kinds, rng.choice(related))))
            stage = rng.choices(STAGE_PATH, STAGE_WEIGHTS)[0]
            self.orgs.append(
                self._partner(partner_id, name, loc, city, kinds, stage, domain, pattern.note)
            )

    def _history(self, stage: str, loc: Locale) -> tuple[date, list[tuple[date, str, str]]]:
        """When we first met the partner and when it moved through its stages."""
        rng = self.rng
        path = list(STAGE_PATH[: STAGE_PATH.index(stage) + 1])
        if stage == "ended" and rng.random() < 0.5:
            path.remove("dormant")
        if stage == "ended" and rng.random() < 0.3:
            path = ["prospect", "exploring", "ended"]
        gaps = [rng.randint(20, 90), rng.randint(60, 240), rng.randint(300, 1100), 400][
            : len(path) - 1
        ]
        room = (self.today - self.start).days - 20
        if stage == "prospect":
            room = min(room, 500)
        if sum(gaps) > room * 0.8:
            gaps = [int(g * room * 0.8 / sum(gaps)) + 1 for g in gaps]
        met = self.start + timedelta(days=rng.randrange(max(room - sum(gaps), 1)))
        if stage == "prospect":
            met = self.today - timedelta(days=rng.randint(20, 500))
        day, changes = met, []
        for before, after, gap in zip(path, path[1:], gaps, strict=False):
            day += timedelta(days=gap)
            changes.append((working_day(day, loc), before, after))
        return met, changes

    def _partner(
        self,
        partner_id: int,
        name: str,
        loc: Locale,
        city: City,
        kinds: tuple[str, ...],
        stage: str,
        domain: str,
        note: str,
    ) -> Org:
        rng = self.rng
        met, changes = self._history(stage, loc)
        active_from = next((d for d, _b, after in changes if after == "active"), None)
        active_until = next((d for d, _b, after in changes if after in ("dormant", "ended")), None)
        worked = active_from is not None
        terms = rng.choice(("none", "fixed_fee", "fixed_fee", "percentage")) if worked else "none"
        fee = money(rng, rng.choice((50, 100, 150, 300)), city.currency)
        percent = rng.choice((5, 10, 15))
        standing = rng.choice(STANDING_BY_KIND.get(kinds[0], ("peers",)))
        review = (
            rng.choices(("monthly", "quarterly", "yearly"), (25, 55, 20))[0]
            if worked and rng.random() < 0.85
            else None
        )
        row = self.rows.add(
            Partner.__table__,
            id=partner_id,
            name=name,
            name_key=fold(name),
            stage=stage,
            stage_since=changes[-1][0] if changes else met,
            standing=standing if rng.random() < 0.9 else None,
            website=f"https://www.{domain}.example",
            city=city.name,
            country=city.country,
            notes=note,
            agreement_scope=rng.choice(loc.scopes) if worked else "",
            agreement_responsibilities=rng.choice(loc.responsibilities) if worked else "",
            agreement_revenue_share=loc.revenue[terms][0].format(
                fee=f"{fee:,}", pct=percent, cur=city.currency
            )
            if worked
            else "",
            agreement_terms=rng.choice(loc.terms) if worked else "",
            agreement_renewal=(
                self.today + timedelta(days=rng.randrange(20, 400)) if stage == "active" else None
            ),
            referral_terms=terms,
            referral_fee=fee if terms == "fixed_fee" else None,
            referral_percent=Decimal(percent) if terms == "percentage" else None,
            currency=city.currency,
            cadence_ideal_days=rng.choice((30, 30, 60, 90))
            if stage == "active" and rng.random() < 0.7
            else None,
            cadence_too_long_days=None,
            review_period=review,
            archived=stage == "ended" and rng.random() < 0.4,
            deleted_at=None,
            **self.rows.audit(self.at(met)),
        )
        org = Org(
            partner_id,
            name,
            loc,
            city,
            kinds,
            stage,
            domain,
            row,
            met,
            changes,
            active_from,
            active_until,
            kpis=tuple(rng.sample(loc.kpis, 3)) if review else (),
            fee=fee if terms == "fixed_fee" else None,
        )
        for kind in kinds:
            self.rows.add(partner_kinds, partner_id=partner_id, kind=kind)
        if rng.random() < 0.3:
            self.rows.add(
                partner_tags, partner_id=partner_id, tag_id=self.tag(rng.choice(PARTNER_TAGS))
            )
        self._value_items(org)
        if rng.random() < 0.8:
            self._fit(org)
        return org

    def _value_items(self, org: Org) -> None:
        rng, loc = self.rng, org.loc
        if org.stage == "active":
            thin = rng.random() < 0.2  # the app's "aim for two or three" hint shows here
            counts = {
                "for_them short": rng.randint(1, 2) if thin else rng.randint(2, 3),
                "for_them long": rng.randint(0, 1) if thin else rng.randint(2, 3),
                "for_us short": rng.randint(0, 1),
                "for_us long": rng.randint(0, 1),
            }
        elif org.stage == "exploring":
            counts = {"for_them short": rng.randint(1, 2), "for_them long": rng.randint(0, 2)}
        else:
            counts = {"for_them short": 1, "for_them long": rng.randint(0, 1)}
        position = 0
        for key, count in counts.items():
            direction, horizon = key.split()
            for benefit in rng.sample(loc.benefits[key], min(count, len(loc.benefits[key]))):
                quantity = rng.choice(benefit.quantities) if benefit.quantities else None
                self.rows.add(
                    ValueItem.__table__,
                    partner_id=org.id,
                    direction=direction,
                    horizon=horizon,
                    text=benefit.text.format(q=quantity),
                    quantity=Decimal(quantity) if quantity is not None else None,
                    unit=benefit.unit if quantity is not None else None,
                    position=position,
                    deleted_at=None,
                    **self.rows.audit(self.at(org.met)),
                )
                position += 1

    def _fit(self, org: Org) -> None:
        rng = self.rng
        scores = {c: rng.choices((1, 2, 3, 4, 5), (1, 3, 6, 8, 4))[0] for c in FIT_CRITERIA}
        notes = {f"{c}_note": "" for c in FIT_CRITERIA}
        for criterion in rng.sample(FIT_CRITERIA, rng.randint(1, 3)):
            strong, weak = org.loc.fit_notes[criterion]
            if scores[criterion] != 3:
                notes[f"{criterion}_note"] = strong if scores[criterion] > 3 else weak
        assessed = org.changes[0][0] if org.changes else org.met
        self.rows.add(
            FitAssessment.__table__,
            partner_id=org.id,
            **scores,
            **notes,
            notes="",
            assessed_on=assessed,
            deleted_at=None,
            **self.rows.audit(self.at(assessed)),
        )

"""The demo journal: eight years of realistic, multilingual relationships, written in bulk.

Rows are built as plain dicts with ids assigned here (the journal is empty) and inserted
with executemany in chunks, so 10,000 people and 100,000 entries take seconds, not minutes.
The same seed and day give the same journal.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from partnerbook.domain.enums import (
    CommitmentOwner,
    EntryKind,
    InteractionKind,
    LedgerKind,
    MotivationKind,
    ReviewPeriod,
    StakeholderRole,
)
from partnerbook.domain.text import fold
from partnerbook.errors import UsageError, UserError
from partnerbook.services.demo_corpus import LANGUAGES, STAGE_PATH, TAGS, Language
from partnerbook.store.engine import Journal
from partnerbook.store.models import (
    Affiliation,
    ContactMethod,
    Entry,
    FitAssessment,
    Motivation,
    Partner,
    Person,
    PersonalDetail,
    ReviewKpi,
    Tag,
    ValueItem,
    entry_partners,
    entry_people,
    entry_tags,
    partner_kinds,
    person_tags,
)

MAX_PEOPLE = 1_000_000
MAX_ENTRIES = 5_000_000
YEARS = 8
CHUNK = 5000
INTERACTION_WEIGHTS = {
    InteractionKind.COFFEE: 30,
    InteractionKind.MEETING: 18,
    InteractionKind.CALL: 16,
    InteractionKind.VIDEO: 10,
    InteractionKind.MESSAGE: 10,
    InteractionKind.EMAIL: 8,
    InteractionKind.EVENT: 4,
    InteractionKind.NOTE: 4,
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    people: int
    partners: int
    entries: int
    first: date
    last: date


def validate_demo_size(people: int, entries: int) -> None:
    if not 1 <= people <= MAX_PEOPLE:
        raise UsageError(f"--people must be between 1 and {MAX_PEOPLE:,} (got {people}).")
    if not 0 <= entries <= MAX_ENTRIES:
        raise UsageError(f"--entries must be between 0 and {MAX_ENTRIES:,} (got {entries}).")


@dataclass
class _Who:
    id: int
    name: str
    lang: Language
    partner: int | None
    since: date
    until: date  # after this day, no more contact: a dormant relationship


@dataclass
class _Rows:
    tables: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: Any, **values: Any) -> None:
        self.tables.setdefault(table, []).append(values)


def fill_demo(
    journal: Journal,
    *,
    people: int = 600,
    entries: int = 12000,
    seed: int = 7,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty journal; refuse one that holds anything."""
    validate_demo_size(people, entries)
    say = progress or (lambda _step: None)
    today = today or date.today()
    builder = _Builder(random.Random(seed), today, journal.actor)
    with journal.write() as session:
        _refuse_non_empty(session)
        say(f"people and partners ({people:,} people)")
        builder.partners(max(3, people // 8))
        builder.people(people)
        say(f"timeline ({entries:,} entries)")
        builder.entries(entries)
        say("writing")
        builder.write(session)
    return DemoSummary(people, len(builder.partner_ids), entries, builder.first, today)


def _refuse_non_empty(session: Session) -> None:
    counts = [
        int(session.scalar(select(func.count()).select_from(model)) or 0)
        for model in (Person, Partner, Entry)
    ]
    if any(counts):
        raise UserError(
            f"This journal already holds data ({counts[0]} people, {counts[1]} partners, "
            f"{counts[2]} entries); the demo only fills an empty one.",
            "Give a new file, e.g. partnerbook --db demo.sqlite demo",
        )


class _Builder:
    def __init__(self, rng: random.Random, today: date, actor: str) -> None:
        self.rng = rng
        self.today = today
        self.start = today - timedelta(days=365 * YEARS)
        self.first = today
        self.actor = actor
        self.rows = _Rows()
        self.partner_ids: list[int] = []
        self.partner_lang: dict[int, Language] = {}
        self.partner_name: dict[int, str] = {}
        self.partner_stage: dict[int, str] = {}
        self.partner_rows: dict[int, dict[str, Any]] = {}
        self.people_list: list[_Who] = []
        self.by_partner: dict[int, list[_Who]] = {}
        self.tag_ids: dict[str, int] = {}
        self.entry_id = 0
        self.interaction_kinds = list(INTERACTION_WEIGHTS)
        self.interaction_weights = list(INTERACTION_WEIGHTS.values())
        self.languages = list(LANGUAGES)
        self.language_weights = [language.weight for language in LANGUAGES]

    # --- helpers ------------------------------------------------------------------------

    def audit(self, when: datetime) -> dict[str, Any]:
        return {
            "created_at": when,
            "updated_at": when,
            "created_by": self.actor,
            "updated_by": self.actor,
            "version": 1,
        }

    def moment(self, day: date) -> datetime:
        hour = self.rng.choice((8, 9, 10, 11, 12, 14, 15, 16, 17, 18))
        return datetime.combine(day, time(hour, self.rng.choice((0, 15, 30, 45))), UTC)

    def day_between(self, first: date, last: date, recent: bool = True) -> date:
        span = max((last - first).days, 0)
        u = self.rng.random()
        offset = span * (u**0.5 if recent else u)  # recent years are busier
        return first + timedelta(days=int(offset))

    def language(self) -> Language:
        return self.rng.choices(self.languages, self.language_weights)[0]

    def tag(self, name: str) -> int:
        if name not in self.tag_ids:
            tag_id = len(self.tag_ids) + 1
            self.tag_ids[name] = tag_id
            self.rows.add(
                Tag.__table__,
                id=tag_id,
                name=name,
                key=fold(name),
                **self.audit(datetime.combine(self.start, time(9), UTC)),
            )
        return self.tag_ids[name]

    # --- partners -----------------------------------------------------------------------

    def partners(self, count: int) -> None:
        rng = self.rng
        seen: set[str] = set()
        for partner_id in range(1, count + 1):
            lang = self.language()
            kind = rng.choice(list(lang.partner_patterns))
            name = ""
            for attempt in range(20):
                pattern = rng.choice(lang.partner_patterns[kind])
                name = pattern.format(w=rng.choice(lang.partner_words))
                if attempt > 5:
                    name = f"{name} {rng.choice(lang.partner_words)}"
                if name not in seen:
                    break
            if name in seen:
                name = f"{name} {partner_id}"
            seen.add(name)
            city, country = rng.choice(lang.cities)
            stage = rng.choices(STAGE_PATH, (12, 14, 50, 16, 8))[0]
            since = self.day_between(self.start, self.today - timedelta(days=20))
            created = datetime.combine(
                self.start + timedelta(days=rng.randrange(400)), time(9), UTC
            )
            active = stage in ("active", "dormant")
            terms = rng.choice(("none", "fixed_fee", "percentage")) if active else "none"
            self.rows.add(
                Partner.__table__,
                id=partner_id,
                name=name,
                name_key=fold(name),
                stage=stage,
                stage_since=since,
                standing=rng.choice(("smaller", "peers", "larger", None)),
                website=f"https://{_slug(name) or 'partner'}-{partner_id}.example",
                city=city,
                country=country,
                notes=rng.choice(lang.meeting).format(partner=name),
                agreement_scope=rng.choice(lang.meeting).format(partner=name) if active else "",
                agreement_responsibilities="",
                agreement_revenue_share="70/30" if active else "",
                agreement_terms="",
                agreement_renewal=(
                    self.today + timedelta(days=rng.randrange(20, 400)) if active else None
                ),
                referral_terms=terms,
                referral_fee=Decimal(rng.choice((50, 100, 150, 300)))
                if terms == "fixed_fee"
                else None,
                referral_percent=Decimal(rng.choice((5, 10, 15)))
                if terms == "percentage"
                else None,
                currency=rng.choice(("VND", "USD", "EUR", "ILS", "CNY", "TWD"))
                if terms != "none"
                else None,
                cadence_ideal_days=rng.choice((14, 30, 30, 60)) if active else None,
                cadence_too_long_days=None,
                review_period=rng.choice(("monthly", "quarterly", "quarterly", "yearly"))
                if active
                else None,
                archived=stage == "ended" and rng.random() < 0.3,
                deleted_at=None,
                **self.audit(created),
            )
            self.rows.add(partner_kinds, partner_id=partner_id, kind=kind)
            for position in range(rng.randint(2, 6)):
                direction = "for_them" if position % 2 == 0 else "for_us"
                quantity = rng.choice((None, 10, 50, 200, 1000))
                self.rows.add(
                    ValueItem.__table__,
                    partner_id=partner_id,
                    direction=direction,
                    horizon="short" if position < 3 else "long",
                    text=rng.choice(lang.promises_me + lang.meeting).format(name="", partner=name),
                    quantity=Decimal(quantity) if quantity else None,
                    unit=rng.choice(("%", "customers", "leads")) if quantity else None,
                    position=position,
                    deleted_at=None,
                    **self.audit(created),
                )
            if rng.random() < 0.8:
                scores = {
                    c: rng.randint(2, 5)
                    for c in (
                        "complementary_strengths",
                        "audience_fit",
                        "trust",
                        "size_proportion",
                        "willingness",
                    )
                }
                self.rows.add(
                    FitAssessment.__table__,
                    partner_id=partner_id,
                    **scores,
                    **{f"{c}_note": "" for c in scores},
                    notes="",
                    assessed_on=since,
                    deleted_at=None,
                    **self.audit(created),
                )
            self.partner_ids.append(partner_id)
            self.partner_rows[partner_id] = self.rows.tables[Partner.__table__][-1]
            self.partner_lang[partner_id] = lang
            self.partner_name[partner_id] = name
            self.partner_stage[partner_id] = stage
            self.by_partner[partner_id] = []

    # --- people -------------------------------------------------------------------------

    def people(self, count: int) -> None:
        rng = self.rng
        motivation_kinds = list(MotivationKind)
        for person_id in range(1, count + 1):
            partner = rng.choice(self.partner_ids) if rng.random() < 0.9 else None
            lang = (
                self.partner_lang[partner] if partner and rng.random() < 0.85 else self.language()
            )
            name = _person_name(rng, lang)
            since = self.day_between(self.start, self.today - timedelta(days=10), recent=False)
            dormant = rng.random() < 0.25
            until = self.day_between(since, self.today) if dormant else self.today
            city, country = rng.choice(lang.cities)
            created = datetime.combine(since, time(9), UTC)
            birthday = rng.random() < 0.7
            cadence = rng.choice((14, 30, 30, 60, 90)) if rng.random() < 0.6 else None
            introduced = (
                rng.randrange(1, person_id) if person_id > 1 and rng.random() < 0.2 else None
            )
            self.rows.add(
                Person.__table__,
                id=person_id,
                display_name=name,
                name_key=fold(name),
                given_name=None,
                family_name=None,
                partner_id=partner,
                role=rng.choice(lang.roles),
                stakeholder_role=rng.choice([*(r.value for r in StakeholderRole), None]),
                department=None,
                city=city,
                country=country,
                languages=list(lang.languages),
                birthday_month=rng.randint(1, 12) if birthday else None,
                birthday_day=rng.randint(1, 28) if birthday else None,
                birthday_year=rng.randint(1965, 1998) if birthday and rng.random() < 0.7 else None,
                how_we_met=rng.choice(lang.how_met),
                met_on=since,
                introduced_by_id=introduced,
                cadence_ideal_days=cadence,
                cadence_too_long_days=cadence * 3 // 2 if cadence else None,
                notes="",
                archived=False,
                deleted_at=None,
                **self.audit(created),
            )
            who = _Who(person_id, name, lang, partner, since, until)
            self.people_list.append(who)
            if partner:
                self.by_partner[partner].append(who)
            slug = _slug(name) or f"person{person_id}"
            domain = (
                f"{_slug(self.partner_name[partner]) or 'partner'}.example"
                if partner
                else "mail.example"
            )
            contacts = [("email", f"{slug}.{person_id}@{domain}")]
            if rng.random() < 0.6:
                contacts.append(
                    (
                        "phone",
                        f"+{rng.choice((84, 972, 86, 886, 39, 44))} "
                        f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                    )
                )
            if rng.random() < 0.2:
                contacts.append(("url", f"https://www.linkedin.com/in/{slug}-{person_id}"))
            for position, (kind, value) in enumerate(contacts):
                key = re.sub(r"\D", "", value) if kind == "phone" else value.casefold()
                self.rows.add(
                    ContactMethod.__table__,
                    person_id=person_id,
                    kind=kind,
                    label="work",
                    value=value,
                    value_key=key,
                    primary=position == 0,
                    position=position,
                    deleted_at=None,
                    **self.audit(created),
                )
            for position, kind in enumerate(rng.sample(motivation_kinds, rng.randint(1, 3))):
                self.rows.add(
                    Motivation.__table__,
                    person_id=person_id,
                    kind=kind.value,
                    their_words=rng.choice(lang.motivations[kind.value]),
                    certainty=rng.choice(("heard", "guessed")),
                    strength=rng.randint(1, 3),
                    last_confirmed=self.day_between(since, until),
                    position=position,
                    deleted_at=None,
                    **self.audit(created),
                )
            for position, category in enumerate(rng.sample(list(lang.details), rng.randint(1, 3))):
                self.rows.add(
                    PersonalDetail.__table__,
                    person_id=person_id,
                    category=category,
                    text=rng.choice(lang.details[category]),
                    learned_on=self.day_between(since, until),
                    source_entry_id=None,
                    position=position,
                    deleted_at=None,
                    **self.audit(created),
                )
            for tag in rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2, 3))):
                self.rows.add(person_tags, person_id=person_id, tag_id=self.tag(tag))
            if partner and rng.random() < 0.15 and len(self.partner_ids) > 1:
                past = rng.choice([p for p in self.partner_ids if p != partner])
                self.rows.add(
                    Affiliation.__table__,
                    person_id=person_id,
                    partner_id=past,
                    role=rng.choice(lang.roles),
                    stakeholder_role=None,
                    since=since - timedelta(days=rng.randint(400, 1500)),
                    until=since,
                    deleted_at=None,
                    **self.audit(created),
                )

    # --- the timeline -------------------------------------------------------------------

    def new_entry(
        self,
        kind: EntryKind,
        at: datetime,
        title: str,
        people: Sequence[_Who],
        partner: int | None,
        **values: Any,
    ) -> int:
        self.entry_id += 1
        entry_id = self.entry_id
        base = dict.fromkeys(_ENTRY_COLUMNS)
        base.update(
            id=entry_id,
            kind=kind.value,
            at=at,
            title=title[:500],
            body=values.pop("body", title),
            **values,
            **self.audit(at),
        )
        self.rows.add(Entry.__table__, **base)
        for who in {w.id: w for w in people}.values():
            self.rows.add(entry_people, entry_id=entry_id, person_id=who.id)
        if partner is not None:
            self.rows.add(entry_partners, entry_id=entry_id, partner_id=partner)
        self.first = min(self.first, at.date())
        return entry_id

    def entries(self, count: int) -> None:
        budget = count
        budget -= self.stage_changes(min(budget, max(count // 20, 0)))
        budget -= self.reviews(min(budget, count // 30))
        budget -= self.due_today_items(min(budget, 12))
        while budget > 0:
            budget -= self.story(budget)

    def stage_changes(self, budget: int) -> int:
        used = 0
        for partner_id in self.partner_ids:
            path = STAGE_PATH[: STAGE_PATH.index(self.partner_stage[partner_id]) + 1]
            day = self.start + timedelta(days=self.rng.randrange(300))
            for before, after in itertools.pairwise(path):
                if used >= budget:
                    return used
                day = self.day_between(day, self.today - timedelta(days=15))
                self.new_entry(
                    EntryKind.STAGE_CHANGE,
                    self.moment(day),
                    f"{before} → {after}",
                    (),
                    partner_id,
                    stage_from=before,
                    stage_to=after,
                )
                self.partner_rows[partner_id]["stage_since"] = day  # since the last change
                used += 1
        return used

    def reviews(self, budget: int) -> int:
        used = 0
        active = [p for p in self.partner_ids if self.partner_stage[p] in ("active", "dormant")]
        while used < budget and active:
            partner_id = self.rng.choice(active)
            lang = self.partner_lang[partner_id]
            day = self.day_between(self.start, self.today)
            period = self.rng.choice(list(ReviewPeriod))
            entry_id = self.new_entry(
                EntryKind.REVIEW,
                self.moment(day),
                self.rng.choice(lang.meeting).format(partner=self.partner_name[partner_id]),
                self.by_partner[partner_id][:1],
                partner_id,
                review_period=period.value,
                period_start=day - timedelta(days=90),
                period_end=day,
                next_steps=self.rng.choice(lang.follow_ups).format(name=""),
            )
            for position, kpi in enumerate(
                self.rng.sample(("Referrals", "Revenue", "Leads", "NPS"), 3)
            ):
                target = self.rng.choice((10, 20, 50, 100))
                self.rows.add(
                    ReviewKpi.__table__,
                    entry_id=entry_id,
                    name=kpi,
                    target=Decimal(target),
                    actual=Decimal(int(target * self.rng.uniform(0.4, 1.4))),
                    unit=None,
                    position=position,
                    deleted_at=None,
                    **self.audit(self.moment(day)),
                )
            used += 1
        return used

    def due_today_items(self, budget: int) -> int:
        """A Monday morning worth opening: a few things overdue, due today, due soon."""
        used = 0
        active = [w for w in self.people_list if w.until == self.today] or self.people_list
        for offset in (-9, -4, -1, 0, 0, 2, 3, 6, -2, 0, 1, 5)[:budget]:
            who = self.rng.choice(active)
            day = self.today + timedelta(days=offset)
            at = self.moment(self.today - timedelta(days=self.rng.randint(1, 12)))
            if used % 3 == 2:
                owner = CommitmentOwner.ME if used in (2, 5) else CommitmentOwner.THEM
                texts = (
                    who.lang.promises_me if owner is CommitmentOwner.ME else who.lang.promises_them
                )
                self.new_entry(
                    EntryKind.COMMITMENT,
                    at,
                    self.rng.choice(texts).format(name=who.name),
                    [who],
                    who.partner,
                    owner=owner.value,
                    due_date=day,
                    status="open",
                )
            else:
                self.new_entry(
                    EntryKind.FOLLOW_UP,
                    at,
                    self.rng.choice(who.lang.follow_ups).format(name=who.name),
                    [who],
                    who.partner,
                    due_date=day,
                    status="open",
                )
            used += 1
        return used

    def story(self, budget: int) -> int:
        """One interaction, sometimes with what came out of it."""
        rng = self.rng
        who = rng.choice(self.people_list)
        team = [who]
        if who.partner and rng.random() < 0.25:
            team += rng.sample(
                self.by_partner[who.partner], min(2, len(self.by_partner[who.partner]))
            )
        day = self.day_between(who.since, who.until)
        at = self.moment(day)
        kind = rng.choices(self.interaction_kinds, self.interaction_weights)[0]
        lang = who.lang
        partner_name = self.partner_name.get(who.partner or 0, "")
        if kind in (InteractionKind.COFFEE, InteractionKind.EVENT):
            text = rng.choice(lang.coffee)
        elif kind is InteractionKind.MEETING:
            text = rng.choice(lang.meeting + lang.coffee)
        else:
            text = rng.choice(lang.short_notes)
        body = text.format(name=who.name, place=rng.choice(lang.places), partner=partner_name)
        meeting = kind is InteractionKind.MEETING
        source = self.new_entry(
            EntryKind.INTERACTION,
            at,
            body.split(".")[0].split("。")[0],
            team,
            who.partner,
            body=body,
            interaction_kind=kind.value,
            place=rng.choice(lang.places)
            if kind in (InteractionKind.COFFEE, InteractionKind.MEETING)
            else None,
            warmth=rng.choice((-1, 0, 1, 1, 2, 2)),
            invitation_sent=True if meeting else None,
            agenda_shared=rng.random() < 0.8 if meeting else None,
            recap_sent=rng.random() < 0.7 if meeting else None,
            files_printed=rng.random() < 0.3 if meeting else None,
        )
        if rng.random() < 0.08:
            self.rows.add(entry_tags, entry_id=source, tag_id=self.tag(rng.choice(TAGS)))
        used = 1
        past = day < self.today - timedelta(days=1)
        roll = rng.random()
        if used < budget and roll < 0.3:
            due = day + timedelta(days=rng.randint(2, 21))
            status = (
                rng.choices(("done", "dismissed"), (9, 1))[0]
                if past and due < self.today
                else "open"
            )
            if status == "open" and due < self.today:
                status = "done"
            self.new_entry(
                EntryKind.FOLLOW_UP,
                at + timedelta(minutes=5),
                rng.choice(lang.follow_ups).format(name=who.name),
                [who],
                who.partner,
                due_date=due,
                status=status,
                source_entry_id=source,
                recurrence="FREQ=WEEKLY;INTERVAL=2" if rng.random() < 0.03 else None,
                completed_at=at + timedelta(days=rng.randint(1, 20)) if status == "done" else None,
            )
            used += 1
        elif used < budget and roll < 0.5:
            owner = rng.choice(list(CommitmentOwner))
            texts = lang.promises_me if owner is CommitmentOwner.ME else lang.promises_them
            due = day + timedelta(days=rng.randint(1, 30))
            status = (
                rng.choices(("kept", "broken", "released"), (8, 1, 1))[0]
                if due < self.today
                else "open"
            )
            self.new_entry(
                EntryKind.COMMITMENT,
                at + timedelta(minutes=6),
                rng.choice(texts).format(name=who.name),
                [who],
                who.partner,
                owner=owner.value,
                due_date=due,
                status=status,
                source_entry_id=source,
            )
            used += 1
        elif used < budget and roll < 0.65:
            ledger_kind = rng.choice(list(LedgerKind))
            referral = ledger_kind is LedgerKind.REFERRAL
            other = rng.choice(self.people_list)
            self.new_entry(
                EntryKind.LEDGER,
                at + timedelta(minutes=7),
                f"{ledger_kind.value}: {other.name}"
                if referral or ledger_kind is LedgerKind.INTRODUCTION
                else rng.choice(lang.promises_me).format(name=who.name),
                [who],
                who.partner,
                direction=rng.choice(("given", "received")),
                ledger_kind=ledger_kind.value,
                referred_name=other.name if referral else None,
                referred_person_id=other.id if referral else None,
                outcome=rng.choice(("pending", "won", "lost")) if referral else None,
                value_amount=Decimal(rng.choice((500, 1000, 5000, 20000))) if referral else None,
                currency=rng.choice(("USD", "EUR", "VND")) if referral else None,
            )
            used += 1
        return used

    # --- writing ----------------------------------------------------------------------------

    def write(self, session: Session) -> None:
        order: Iterable[Any] = (
            Tag.__table__,
            Partner.__table__,
            partner_kinds,
            ValueItem.__table__,
            FitAssessment.__table__,
            Person.__table__,
            ContactMethod.__table__,
            Motivation.__table__,
            PersonalDetail.__table__,
            Affiliation.__table__,
            person_tags,
            Entry.__table__,
            entry_people,
            entry_partners,
            entry_tags,
            ReviewKpi.__table__,
        )
        for table in order:
            rows = self.rows.tables.get(table, [])
            for start in range(0, len(rows), CHUNK):
                _insert(session, table, rows[start : start + CHUNK])


_ENTRY_COLUMNS = [c.name for c in Entry.__table__.columns]


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), rows)


def _person_name(rng: random.Random, lang: Language) -> str:
    family = rng.choice(lang.family)
    given = rng.choice(lang.given)
    if lang.code == "vi":
        return f"{family} {rng.choice(lang.middle)} {given}"
    if lang.code in ("zh_CN", "zh_TW"):
        return f"{family}{given}"
    return f"{given} {family}"


def _slug(text: str) -> str:
    """ASCII letters for emails and URLs (Vietnamese and Italian names fold; CJK/Hebrew drop)."""
    ascii_text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:30]

"""Partners: the list, a partner's page, its stage, value proposition and fit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from partnerbook.domain.enums import (
    BenefitDirection,
    EntryKind,
    Horizon,
    PartnerStage,
    ReferralTerms,
    ReviewPeriod,
    Standing,
)
from partnerbook.domain.records import (
    FitRecord,
    PartnerDetail,
    PartnerPerson,
    PartnerRow,
    StageStep,
    ValueItemRecord,
)
from partnerbook.domain.search import HitKind
from partnerbook.domain.text import fold
from partnerbook.domain.types import PartnerRef, PersonRef
from partnerbook.messages import Field
from partnerbook.services.contact_history import (
    local_date,
    state_of,
)
from partnerbook.services.editing import (
    SatelliteSpec,
    apply_changes,
    boolean,
    bounded_int,
    count_live,
    days,
    decimal_value,
    enum_value,
    get_live,
    long_text,
    optional_date,
    refs_containing,
    short_text,
    string_list,
    tags_for,
    trash,
    untrash,
)
from partnerbook.services.editing import (
    page_filter as _page_filter,
)
from partnerbook.store import search_index
from partnerbook.store.engine import Journal
from partnerbook.store.models import (
    Affiliation,
    Entry,
    FitAssessment,
    Partner,
    Person,
    ValueItem,
    entry_partners,
    partner_kinds,
)

PAGE_SIZE = 500

PARTNER_FIELDS = {
    "name": short_text(Field.tr("The name"), required=True),
    "standing": enum_value(Field.tr("The standing"), Standing),
    "website": short_text(Field.tr("The website")),
    "city": short_text(Field.tr("The city"), limit=200),
    "country": short_text(Field.tr("The country"), limit=200),
    "notes": long_text(Field.tr("Notes")),
    "agreement_scope": long_text(Field.tr("The scope")),
    "agreement_responsibilities": long_text(Field.tr("Responsibilities")),
    "agreement_revenue_share": long_text(Field.tr("The revenue share")),
    "agreement_terms": long_text(Field.tr("The terms")),
    "agreement_renewal": optional_date(Field.tr("The renewal date")),
    "referral_terms": enum_value(Field.tr("Referral terms"), ReferralTerms, required=True),
    "referral_fee": decimal_value(Field.tr("The fee per referral")),
    "referral_percent": decimal_value(Field.tr("The referral percentage")),
    "currency": lambda v: (short_text(Field.tr("The currency"))(v) or "").upper()[:3] or None,
    "cadence_ideal_days": days(Field.tr("The ideal rhythm")),
    "cadence_too_long_days": days(Field.tr("'Too long'")),
    "review_period": enum_value(Field.tr("The review rhythm"), ReviewPeriod),
    "archived": boolean,
}

FIT_CRITERIA = (
    "complementary_strengths",
    "audience_fit",
    "trust",
    "size_proportion",
    "willingness",
)

FIT_FIELDS = {
    "complementary_strengths": bounded_int(Field.tr("Complementary strengths"), 1, 5),
    "audience_fit": bounded_int(Field.tr("Audience fit"), 1, 5),
    "trust": bounded_int(Field.tr("Trust"), 1, 5),
    "size_proportion": bounded_int(Field.tr("Size proportion"), 1, 5),
    "willingness": bounded_int(Field.tr("Willingness"), 1, 5),
    **{f"{criterion}_note": long_text(Field.tr("The note")) for criterion in FIT_CRITERIA},
    "notes": long_text(Field.tr("Fit notes")),
    "assessed_on": optional_date(Field.tr("Assessed on")),
}

VALUE_ITEMS = SatelliteSpec(
    "benefit",
    ValueItem,
    "partner_id",
    {
        "direction": enum_value(Field.tr("For whom"), BenefitDirection, required=True),
        "horizon": enum_value(Field.tr("The horizon"), Horizon, required=True),
        "text": long_text(Field.tr("The benefit")),
        "quantity": decimal_value(Field.tr("The quantity")),
        "unit": short_text(Field.tr("The unit"), limit=40),
    },
)


# --- the list -----------------------------------------------------------------------------


def partner_rows(
    journal: Journal,
    after_id: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
    ids: Sequence[int] | None = None,
) -> tuple[PartnerRow, ...]:
    today = today or date.today()
    people = (
        select(Person.partner_id.label("partner_id"), func.count(Person.id).label("n"))
        .where(Person.deleted_at.is_(None), Person.partner_id.is_not(None))
        .group_by(Person.partner_id)
        .subquery()
    )
    with journal.read() as session:
        rows = session.execute(
            select(
                Partner.id,
                Partner.name,
                Partner.stage,
                Partner.standing,
                Partner.city,
                Partner.country,
                Partner.cadence_ideal_days,
                Partner.cadence_too_long_days,
                Partner.archived,
                Partner.last_contact_at,
                people.c.n,
            )
            .outerjoin(people, people.c.partner_id == Partner.id)
            .where(Partner.deleted_at.is_(None), *_page_filter(Partner.id, after_id, ids))
            .order_by(Partner.id)
            .limit(limit if ids is None else None)
        ).all()
        kinds = _kinds_of(session, [row.id for row in rows])
    result = []
    for row in rows:
        last_day = local_date(row.last_contact_at)
        result.append(
            PartnerRow(
                id=row.id,
                name=row.name,
                kinds=tuple(kinds.get(row.id, ())),
                stage=row.stage,
                standing=row.standing,
                city=row.city,
                country=row.country,
                people=int(row.n or 0),
                last_contact=last_day,
                cadence_state=state_of(
                    row.cadence_ideal_days, row.cadence_too_long_days, last_day, today
                ),
                archived=row.archived,
            )
        )
    return tuple(result)


def _kinds_of(session: Session, partner_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if partner_ids:
        for partner_id, kind in session.execute(
            select(partner_kinds.c.partner_id, partner_kinds.c.kind)
            .where(partner_kinds.c.partner_id.in_(partner_ids))
            .order_by(partner_kinds.c.kind)
        ):
            found[partner_id].append(kind)
    return found


def partner_refs(journal: Journal, query: str = "", limit: int = 20) -> tuple[PartnerRef, ...]:
    found = refs_containing(journal, Partner.id, Partner.name, Partner.name_key, query, limit)
    return tuple(PartnerRef(*ref) for ref in found)


# --- one partner --------------------------------------------------------------------------


def get_partner(journal: Journal, partner_id: int, today: date | None = None) -> PartnerDetail:
    today = today or date.today()
    with journal.read() as session:
        partner = get_live(session, Partner, partner_id, "partner")
        last_day = local_date(partner.last_contact_at)
        fit = partner.fit
        return PartnerDetail(
            id=partner.id,
            version=partner.version,
            name=partner.name,
            kinds=tuple(_kinds_of(session, [partner.id]).get(partner.id, ())),
            stage=partner.stage,
            stage_since=partner.stage_since,
            stage_history=_stage_history(session, partner.id),
            standing=partner.standing,
            website=partner.website,
            city=partner.city,
            country=partner.country,
            notes=partner.notes,
            agreement_scope=partner.agreement_scope,
            agreement_responsibilities=partner.agreement_responsibilities,
            agreement_revenue_share=partner.agreement_revenue_share,
            agreement_terms=partner.agreement_terms,
            agreement_renewal=partner.agreement_renewal,
            referral_terms=partner.referral_terms,
            referral_fee=partner.referral_fee,
            referral_percent=partner.referral_percent,
            currency=partner.currency,
            cadence_ideal_days=partner.cadence_ideal_days,
            cadence_too_long_days=partner.cadence_too_long_days,
            review_period=partner.review_period,
            archived=partner.archived,
            tags=tuple(tag.name for tag in partner.tags if tag.deleted_at is None),
            value_items=tuple(
                ValueItemRecord(v.id, v.direction, v.horizon, v.text, v.quantity, v.unit)
                for v in partner.value_items
                if v.deleted_at is None
            ),
            fit=FitRecord(
                fit.complementary_strengths,
                fit.audience_fit,
                fit.trust,
                fit.size_proportion,
                fit.willingness,
                fit.notes,
                fit.assessed_on,
                tuple((c, getattr(fit, f"{c}_note")) for c in FIT_CRITERIA),
            )
            if fit is not None and fit.deleted_at is None
            else FitRecord(),
            people=_people_of(session, partner.id),
            last_contact=last_day,
            cadence_state=state_of(
                partner.cadence_ideal_days, partner.cadence_too_long_days, last_day, today
            ),
        )


def _stage_history(session: Session, partner_id: int) -> tuple[StageStep, ...]:
    rows = session.execute(
        select(Entry.at, Entry.stage_from, Entry.stage_to)
        .join(entry_partners, entry_partners.c.entry_id == Entry.id)
        .where(
            entry_partners.c.partner_id == partner_id,
            Entry.kind == EntryKind.STAGE_CHANGE,
            Entry.deleted_at.is_(None),
            Entry.stage_to.is_not(None),
        )
        .order_by(Entry.at.desc(), Entry.id.desc())
    ).all()
    return tuple(
        StageStep(local_date(row.at) or date.min, row.stage_from, row.stage_to) for row in rows
    )


def _people_of(session: Session, partner_id: int) -> tuple[PartnerPerson, ...]:
    now = session.execute(
        select(Person.id, Person.display_name, Person.role, Person.stakeholder_role)
        .where(Person.partner_id == partner_id, Person.deleted_at.is_(None))
        .order_by(Person.name_key)
    ).all()
    before = session.execute(
        select(
            Person.id,
            Person.display_name,
            Affiliation.role,
            Affiliation.stakeholder_role,
            Affiliation.until,
        )
        .join(Person, Person.id == Affiliation.person_id)
        .where(
            Affiliation.partner_id == partner_id,
            Affiliation.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Affiliation.until.desc(), Person.name_key)
    ).all()
    return tuple(
        PartnerPerson(PersonRef(r.id, r.display_name), r.role, r.stakeholder_role, True)
        for r in now
    ) + tuple(
        PartnerPerson(PersonRef(r.id, r.display_name), r.role, r.stakeholder_role, False, r.until)
        for r in before
    )


def create_partner(journal: Journal, name: str, **fields: Any) -> int:
    with journal.write() as session:
        partner = Partner()
        apply_changes(partner, {"name": name, **fields}, PARTNER_FIELDS)
        partner.name_key = fold(partner.name)
        partner.stage_since = date.today()
        session.add(partner)
        session.flush()
        return partner.id


def update_partner(journal: Journal, partner_id: int, changes: Mapping[str, Any]) -> None:
    changes = dict(changes)
    with journal.write() as session:
        partner = get_live(session, Partner, partner_id, "partner")
        kinds = changes.pop("kinds", None)
        tags = changes.pop("tags", None)
        apply_changes(partner, changes, PARTNER_FIELDS)
        if "name" in changes:
            partner.name_key = fold(partner.name)
        if tags is not None:
            partner.tags = tags_for(session, tags)
        if kinds is not None:
            cleaned = [fold(k) for k in string_list(Field.tr("Kinds"))(kinds)]
            session.execute(delete(partner_kinds).where(partner_kinds.c.partner_id == partner_id))
            if cleaned:
                session.execute(
                    insert(partner_kinds),
                    [{"partner_id": partner_id, "kind": kind[:80]} for kind in cleaned],
                )
            search_index.reindex(session, HitKind.PARTNER, [partner_id])


def update_fit(journal: Journal, partner_id: int, changes: Mapping[str, Any]) -> None:
    with journal.write() as session:
        partner = get_live(session, Partner, partner_id, "partner")
        fit = partner.fit
        if fit is None:
            fit = FitAssessment(partner_id=partner_id)
            session.add(fit)
        apply_changes(fit, changes, FIT_FIELDS)


@dataclass(frozen=True, slots=True)
class StageChange:
    partner_id: int
    old_stage: PartnerStage
    old_since: date | None
    entry_id: int | None


def set_stage(journal: Journal, partner_id: int, stage: PartnerStage | str) -> StageChange:
    """Move the partner to a stage; the change is recorded on the timeline with its date."""
    new_stage = PartnerStage(stage)
    with journal.write() as session:
        partner = get_live(session, Partner, partner_id, "partner")
        change = StageChange(partner_id, partner.stage, partner.stage_since, None)
        if partner.stage is new_stage:
            return change
        entry = Entry(
            kind=EntryKind.STAGE_CHANGE,
            at=datetime.now(UTC),
            title=f"{partner.stage.value} → {new_stage.value}",
            stage_from=partner.stage,
            stage_to=new_stage,
            partners=[partner],
        )
        session.add(entry)
        partner.stage = new_stage
        partner.stage_since = date.today()
        session.flush()
        return StageChange(partner_id, change.old_stage, change.old_since, entry.id)


def undo_stage(journal: Journal, change: StageChange) -> None:
    with journal.write() as session:
        partner = get_live(session, Partner, change.partner_id, "partner")
        partner.stage = change.old_stage
        partner.stage_since = change.old_since
        if change.entry_id is not None:
            entry = session.get(Entry, change.entry_id)
            if entry is not None:
                session.delete(entry)


def delete_partner(journal: Journal, partner_id: int) -> None:
    trash(journal, Partner, partner_id, "partner")


def restore_partner(journal: Journal, partner_id: int) -> None:
    untrash(journal, Partner, partner_id, "partner")


def count_partners(journal: Journal, *, with_archived: bool = True) -> int:
    return count_live(journal, Partner, with_archived=with_archived)

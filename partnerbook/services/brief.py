"""The meeting brief: one page on a person or a partner, gathered in a few bounded queries.

Built from what the pages already read (``get_person``, ``get_partner``, the track record,
the timeline) plus the open follow-ups and promises and the bodies of the last five
interactions. Every list query has a LIMIT, and totals are counted apart, so a brief on
someone with ten years of history costs what a brief on a newcomer does. Portable SQL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partnerbook.domain.brief import (
    BriefAgreement,
    BriefBalance,
    BriefInteraction,
    BriefLedgerItem,
    BriefPartnerFacts,
    BriefPartnerPerson,
    BriefTask,
    BriefTasks,
    PartnerBrief,
    PersonBrief,
)
from partnerbook.domain.enums import (
    Certainty,
    CommitmentOwner,
    CommitmentStatus,
    DetailCategory,
    EntryKind,
    FollowUpStatus,
    StakeholderRole,
)
from partnerbook.domain.records import (
    DetailRecord,
    MotivationRecord,
    PersonDetail,
    ValueItemRecord,
)
from partnerbook.domain.rows import PartnerRef, PersonRef
from partnerbook.domain.types import TimelineFilter
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.services.names import ambiguity_error, match_partners, match_people
from partnerbook.services.partners import get_partner
from partnerbook.services.people import get_person
from partnerbook.services.timeline import timeline_page
from partnerbook.services.track_record import balance, kept_rate
from partnerbook.store.engine import Journal
from partnerbook.store.models import (
    Entry,
    Motivation,
    Partner,
    Person,
    ValueItem,
    entry_partners,
    entry_people,
)

INTERACTIONS_SHOWN = 5
TASKS_SHOWN = 6  # per list: mine, theirs, follow-ups
LEDGER_SHOWN = 3
DETAILS_SHOWN = 8
INTRODUCED_SHOWN = 12
PEOPLE_SHOWN = 12  # a partner's people listed
KEY_PEOPLE_WITH_MOTIVATIONS = 5
MOTIVATIONS_PER_KEY_PERSON = 2
KEY_LINES = 3
KEY_LINE_CHARS = 160
BODY_HEAD_CHARS = 1500  # the first lines of a note, never its whole body
BIRTHDAY_AHEAD_DAYS = 31

_MARKS = re.compile(r"^(#{1,6}\s+|[-*+]\s+(\[[ xX]\]\s+)?|>\s*|\d{1,3}[.)]\s+)+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|~~|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_KEY_ROLES = (
    StakeholderRole.DECISION_MAKER,
    StakeholderRole.CHAMPION,
    StakeholderRole.INFLUENCER,
    StakeholderRole.BLOCKER,
    StakeholderRole.USER,
)


# --- finding whom the brief is about --------------------------------------------------------


def find_subject(journal: Journal, name: str, which: str | None = None) -> tuple[str, int]:
    """("person" | "partner", id) for what the user typed, as ``note --with`` reads names:
    exact, prefix, word prefix, any case and accents, or ``#id``. A person is looked for
    first, then a partner; ``which`` forces one. Ambiguity lists the candidates."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UsageError(
            Problem.tr("The name is empty."), Problem.tr("Give the person's or the partner's name.")
        )
    kinds = (which,) if which else ("person", "partner")
    with journal.read() as session:
        if cleaned.startswith("#") and cleaned[1:].isdigit():
            return _by_number(session, kinds, int(cleaned[1:]), cleaned)
        for kind in kinds:
            found = _match(session, kind, cleaned)
            if found is not None:
                return kind, found
    if which == "person":
        missing = Problem.tr("No person is called '{name}'.", name=cleaned)
    elif which == "partner":
        missing = Problem.tr("No partner is called '{name}'.", name=cleaned)
    else:
        missing = Problem.tr("No person or partner is called '{name}'.", name=cleaned)
    raise UsageError(
        missing,
        Problem.tr(
            "Check the spelling, type the beginning of a name, or give its number, e.g. '#12'."
        ),
    )


def _by_number(session: Session, kinds: Iterable[str], number: int, typed: str) -> tuple[str, int]:
    for kind in kinds:
        row = session.get(Person, number) if kind == "person" else session.get(Partner, number)
        if row is not None and row.deleted_at is None:
            return kind, number
    raise UsageError(
        _no_number(tuple(kinds), typed),
        Problem.tr("Check the number."),
    )


def _no_number(kinds: tuple[str, ...], typed: str) -> str:
    if kinds == ("person",):
        return Problem.tr("There is no person {number}.", number=typed)
    if kinds == ("partner",):
        return Problem.tr("There is no partner {number}.", number=typed)
    return Problem.tr("There is no person or partner {number}.", number=typed)


def _match(session: Session, kind: str, name: str) -> int | None:
    if kind == "person":
        people = match_people(session, name).found
        if len(people) > 1:
            raise _ambiguous("person", name, [_person_label(p) for p in people])
        return people[0].id if people else None
    partners = match_partners(session, name).found
    if len(partners) > 1:
        raise _ambiguous("partner", name, [f"#{p.id} {p.name}" for p in partners])
    return partners[0].id if partners else None


def _ambiguous(what: str, name: str, labels: list[str]) -> UsageError:
    error = ambiguity_error(what, name, labels)
    error.hint = "Type more of the name to pick one, or give the number shown, e.g. '#12'."
    return error


def _person_label(person: Person) -> str:
    where = person.partner.name if person.partner is not None else person.city
    return f"#{person.id} {person.display_name}" + (f" ({where})" if where else "")


# --- a person -------------------------------------------------------------------------------


def person_brief(journal: Journal, person_id: int, today: date | None = None) -> PersonBrief:
    today = today or date.today()
    person = get_person(journal, person_id, today)
    scope = TimelineFilter(person_id=person_id)
    with journal.read() as session:
        partner = _partner_facts(session, person.partner) if person.partner else None
        introduced, introduced_total = _introduced(session, person_id)
        tasks = _tasks(session, entry_people.c.person_id, person_id, today)
    interactions, interactions_total = _interactions(
        journal, scope, entry_people.c.person_id, person_id
    )
    birthday = (
        (person.birthday_month, person.birthday_day)
        if person.birthday_month and person.birthday_day
        else None
    )
    return PersonBrief(
        today=today,
        person_id=person.id,
        name=person.display_name,
        role=person.role,
        stakeholder_role=person.stakeholder_role,
        department=person.department,
        city=person.city,
        country=person.country,
        languages=person.languages,
        partner=partner,
        last_contact=person.last_contact,
        cadence_state=person.cadence_state,
        motivations=_ranked(person.motivations),
        interactions=interactions,
        interactions_total=interactions_total,
        tasks=tasks,
        balance=_balance(journal, scope),
        details=_details(person),
        birthday=birthday,
        birthday_in_days=_days_to_birthday(birthday, today),
        how_we_met=person.how_we_met.strip(),
        introduced_by=person.introduced_by,
        introduced=introduced,
        introduced_total=introduced_total,
    )


def _ranked(motivations: Iterable[MotivationRecord]) -> tuple[MotivationRecord, ...]:
    """Strongest first, what we heard before what we guessed; the user's order otherwise."""
    return tuple(
        sorted(motivations, key=lambda m: (-m.strength, m.certainty is not Certainty.HEARD))
    )


def _details(person: PersonDetail) -> tuple[DetailRecord, ...]:
    """What to ask about first, then the rest (family, hobbies, food) as the user ordered."""
    asking = [d for d in person.details if d.category is DetailCategory.ASK_NEXT and d.text.strip()]
    others = [
        d for d in person.details if d.category is not DetailCategory.ASK_NEXT and d.text.strip()
    ]
    return tuple((asking + others)[:DETAILS_SHOWN])


def _days_to_birthday(birthday: tuple[int, int] | None, today: date) -> int | None:
    if birthday is None:
        return None
    month, day = birthday
    for year in (today.year, today.year + 1):
        try:
            next_one = date(year, month, day)
        except ValueError:  # 29 February in a common year: the 28th
            next_one = date(year, month, 28)
        if next_one >= today:
            ahead = (next_one - today).days
            return ahead if ahead <= BIRTHDAY_AHEAD_DAYS else None
    return None


def _partner_facts(session: Session, ref: PartnerRef) -> BriefPartnerFacts | None:
    row = session.execute(
        select(Partner.stage, Partner.standing).where(
            Partner.id == ref.id, Partner.deleted_at.is_(None)
        )
    ).one_or_none()
    if row is None:
        return None
    return BriefPartnerFacts(ref, row.stage, row.standing, _value_items(session, ref.id))


def _value_items(session: Session, partner_id: int) -> tuple[ValueItemRecord, ...]:
    rows = session.execute(
        select(
            ValueItem.id,
            ValueItem.direction,
            ValueItem.horizon,
            ValueItem.text,
            ValueItem.quantity,
            ValueItem.unit,
        )
        .where(ValueItem.partner_id == partner_id, ValueItem.deleted_at.is_(None))
        .order_by(ValueItem.position, ValueItem.id)
        .limit(40)
    ).all()
    return tuple(ValueItemRecord(*row) for row in rows)


def _introduced(session: Session, person_id: int) -> tuple[tuple[PersonRef, ...], int]:
    alive = (Person.introduced_by_id == person_id, Person.deleted_at.is_(None))
    rows = session.execute(
        select(Person.id, Person.display_name)
        .where(*alive)
        .order_by(Person.name_key, Person.id)
        .limit(INTRODUCED_SHOWN)
    ).all()
    total = session.scalar(select(func.count(Person.id)).where(*alive)) or 0
    return tuple(PersonRef(row.id, row.display_name) for row in rows), int(total)


# --- a partner ------------------------------------------------------------------------------


def partner_brief(journal: Journal, partner_id: int, today: date | None = None) -> PartnerBrief:
    today = today or date.today()
    partner = get_partner(journal, partner_id, today)
    scope = TimelineFilter(partner_id=partner_id)
    current = [p for p in partner.people if p.current]
    # Key people first: those who decide and champion, then the rest by name.
    current.sort(
        key=lambda p: (
            _KEY_ROLES.index(p.stakeholder_role) if p.stakeholder_role else len(_KEY_ROLES)
        )
    )
    with journal.read() as session:
        key_ids = [p.person.id for p in current[:KEY_PEOPLE_WITH_MOTIVATIONS]]
        motivations = _motivations_of(session, key_ids)
        tasks = _tasks(session, entry_partners.c.partner_id, partner_id, today)
    interactions, interactions_total = _interactions(
        journal, scope, entry_partners.c.partner_id, partner_id
    )
    people = tuple(
        BriefPartnerPerson(
            p.person,
            p.role,
            p.stakeholder_role,
            _ranked(motivations.get(p.person.id, ()))[:MOTIVATIONS_PER_KEY_PERSON],
        )
        for p in current[:PEOPLE_SHOWN]
    )
    return PartnerBrief(
        today=today,
        partner_id=partner.id,
        name=partner.name,
        kinds=partner.kinds,
        stage=partner.stage,
        stage_since=partner.stage_since,
        standing=partner.standing,
        city=partner.city,
        country=partner.country,
        website=partner.website,
        last_contact=partner.last_contact,
        cadence_state=partner.cadence_state,
        people=people,
        people_total=len(current),
        value_items=partner.value_items,
        agreement=BriefAgreement(
            partner.agreement_scope.strip(),
            partner.agreement_responsibilities.strip(),
            partner.agreement_revenue_share.strip(),
            partner.agreement_terms.strip(),
            partner.agreement_renewal,
        ),
        referral_terms=partner.referral_terms,
        referral_fee=partner.referral_fee,
        referral_percent=partner.referral_percent,
        currency=partner.currency,
        interactions=interactions,
        interactions_total=interactions_total,
        tasks=tasks,
        balance=_balance(journal, scope),
    )


def _motivations_of(session: Session, person_ids: list[int]) -> dict[int, list[MotivationRecord]]:
    found: dict[int, list[MotivationRecord]] = defaultdict(list)
    if not person_ids:
        return found
    rows = session.execute(
        select(
            Motivation.person_id,
            Motivation.id,
            Motivation.kind,
            Motivation.their_words,
            Motivation.certainty,
            Motivation.strength,
            Motivation.last_confirmed,
        )
        .where(Motivation.person_id.in_(person_ids), Motivation.deleted_at.is_(None))
        .order_by(Motivation.person_id, Motivation.position, Motivation.id)
        .limit(20 * len(person_ids))
    ).all()
    for row in rows:
        found[row.person_id].append(
            MotivationRecord(
                row.id, row.kind, row.their_words, row.certainty, row.strength, row.last_confirmed
            )
        )
    return found


# --- what both share ------------------------------------------------------------------------


def _about(link_column: Any, owner_id: int) -> Any:
    return Entry.id.in_(select(link_column.table.c.entry_id).where(link_column == owner_id))


def _interactions(
    journal: Journal, scope: TimelineFilter, link_column: Any, owner_id: int
) -> tuple[tuple[BriefInteraction, ...], int]:
    page = timeline_page(
        journal,
        replace(scope, kinds=frozenset({EntryKind.INTERACTION})),
        limit=INTERACTIONS_SHOWN,
    )
    ids = [entry.id for entry in page.entries]
    with journal.read() as session:
        heads = {
            row.id: row
            for row in session.execute(
                select(
                    Entry.id,
                    func.substr(Entry.body, 1, BODY_HEAD_CHARS).label("head"),
                    Entry.place,
                ).where(Entry.id.in_(ids))
            )
        }
        # From the link table: as ``Entry.id IN (...)`` SQLite counted by walking every
        # interaction of the journal (6 ms at 100,000 entries, 0.06 ms this way).
        link = link_column.table
        total = session.scalar(
            select(func.count())
            .select_from(link)
            .join(Entry, Entry.id == link.c.entry_id)
            .where(
                link_column == owner_id,
                Entry.kind == EntryKind.INTERACTION,
                Entry.deleted_at.is_(None),
            )
        )
    found = []
    for entry in page.entries:
        head = heads.get(entry.id)
        found.append(
            BriefInteraction(
                id=entry.id,
                at=entry.at,
                kind=entry.interaction_kind,
                title=entry.title,
                key_lines=key_lines(entry.title, head.head if head is not None else ""),
                place=head.place if head is not None else None,
                with_people=tuple(ref.display_name for ref in entry.people),
            )
        )
    return tuple(found), int(total or 0)


def key_lines(title: str, body: str, limit: int = KEY_LINES) -> tuple[str, ...]:
    """The first lines of the notes worth rereading: Markdown marks, links and headings
    removed, the title not repeated, each cut short."""
    same = " ".join(title.split()).casefold()
    found: list[str] = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or set(line) <= set("-*_=` "):
            continue  # blank, a heading, a rule or a fence
        line = _MARKS.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = " ".join(_EMPHASIS.sub("", line).split())
        if not line or line.casefold() == same or line in found:
            continue
        if len(line) > KEY_LINE_CHARS:
            line = line[: KEY_LINE_CHARS - 1].rstrip() + "…"
        found.append(line)
        if len(found) == limit:
            break
    return tuple(found)


def _tasks(session: Session, link_column: Any, owner_id: int, today: date) -> BriefTasks:
    about = _about(link_column, owner_id)
    open_follow_up = (Entry.kind == EntryKind.FOLLOW_UP) & (
        Entry.status == FollowUpStatus.OPEN.value
    )
    open_promise = (Entry.kind == EntryKind.COMMITMENT) & (
        Entry.status == CommitmentStatus.OPEN.value
    )

    def listed(*conditions: Any) -> list[BriefTask]:
        rows = session.execute(
            select(Entry.id, Entry.title, Entry.due_date, Entry.owner)
            .where(Entry.deleted_at.is_(None), about, *conditions)
            .order_by(Entry.due_date.is_(None), Entry.due_date, Entry.id)
            .limit(TASKS_SHOWN)
        ).all()
        return [
            BriefTask(
                row.id,
                row.title,
                row.due_date,
                (today - row.due_date).days if row.due_date is not None else None,
                row.owner,
            )
            for row in rows
        ]

    totals: dict[tuple[str, str | None], int] = {}
    for kind, owner, count in session.execute(
        select(Entry.kind, Entry.owner, func.count(Entry.id))
        .where(Entry.deleted_at.is_(None), about, open_follow_up | open_promise)
        .group_by(Entry.kind, Entry.owner)
    ):
        key = (str(kind), str(owner) if owner is not None else None)
        totals[key] = totals.get(key, 0) + int(count)
    theirs = Entry.owner == CommitmentOwner.THEM
    mine_total = sum(
        n for (kind, owner), n in totals.items() if kind == "commitment" and owner != "them"
    )
    return BriefTasks(
        mine=tuple(listed(open_promise, ~theirs | Entry.owner.is_(None))),
        mine_total=mine_total,
        theirs=tuple(listed(open_promise, theirs)),
        theirs_total=totals.get(("commitment", "them"), 0),
        follow_ups=tuple(listed(open_follow_up)),
        follow_ups_total=sum(n for (kind, _o), n in totals.items() if kind == "follow_up"),
    )


def _balance(journal: Journal, scope: TimelineFilter) -> BriefBalance:
    ids = {"person_id": scope.person_id, "partner_id": scope.partner_id}
    rate, given_taken = kept_rate(journal, **ids), balance(journal, **ids)
    recent = timeline_page(
        journal, replace(scope, kinds=frozenset({EntryKind.LEDGER})), limit=LEDGER_SHOWN
    ).entries
    with journal.read() as session:
        outcomes = dict(
            session.execute(
                select(Entry.id, Entry.outcome).where(Entry.id.in_([e.id for e in recent]))
            ).all()
        )
    return BriefBalance(
        my_kept=rate.mine.kept,
        my_decided=rate.mine.decided,
        my_open=rate.mine.open,
        their_kept=rate.theirs.kept,
        their_decided=rate.theirs.decided,
        their_open=rate.theirs.open,
        given=given_taken.given,
        received=given_taken.received,
        referrals_given=given_taken.referrals_given,
        referrals_won=given_taken.referrals_won,
        referrals_received=given_taken.referrals_received,
        referral_value_won=given_taken.referral_value_won,
        recent=tuple(
            BriefLedgerItem(e.id, e.at, e.title, e.direction, e.ledger_kind, outcomes.get(e.id))
            for e in recent
        ),
    )

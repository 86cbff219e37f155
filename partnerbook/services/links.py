"""Who and which partner each entry is about, loaded for a whole page in two queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from partnerbook.domain.types import PartnerRef, PersonRef
from partnerbook.store.models import Partner, Person, entry_partners, entry_people


def linked_people(session: Session, entry_ids: Collection[int]) -> dict[int, list[PersonRef]]:
    found: dict[int, list[PersonRef]] = defaultdict(list)
    if entry_ids:
        for entry_id, person_id, name in session.execute(
            select(entry_people.c.entry_id, Person.id, Person.display_name)
            .join(Person, Person.id == entry_people.c.person_id)
            .where(entry_people.c.entry_id.in_(list(entry_ids)), Person.deleted_at.is_(None))
            .order_by(Person.display_name, Person.id)
        ):
            found[entry_id].append(PersonRef(person_id, name))
    return found


def linked_partners(session: Session, entry_ids: Collection[int]) -> dict[int, list[PartnerRef]]:
    found: dict[int, list[PartnerRef]] = defaultdict(list)
    if entry_ids:
        for entry_id, partner_id, name in session.execute(
            select(entry_partners.c.entry_id, Partner.id, Partner.name)
            .join(Partner, Partner.id == entry_partners.c.partner_id)
            .where(entry_partners.c.entry_id.in_(list(entry_ids)), Partner.deleted_at.is_(None))
            .order_by(Partner.name, Partner.id)
        ):
            found[entry_id].append(PartnerRef(partner_id, name))
    return found

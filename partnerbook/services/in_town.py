"""In town: the people to see in a place, the ones not seen for longest first.

The place is matched in Python on a folded key over the distinct cities and countries
(a journal has a few hundred at most), then people are read by those exact values: the
SQL stays portable and can use a plain index.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import and_, or_, select

from partnerbook.domain.in_town import InTownRow, KnownPlace, PlaceKind, place_matches
from partnerbook.domain.text import fold
from partnerbook.services.contact_history import local_date, state_of
from partnerbook.store.engine import Journal
from partnerbook.store.models import Partner, Person

_LIVE = (Person.deleted_at.is_(None), Person.archived.is_(False))


def known_places(journal: Journal) -> tuple[KnownPlace, ...]:
    """Distinct cities and countries of live people, most people first (for completion)."""
    with journal.read() as session:
        rows = session.execute(
            select(Person.city, Person.country).where(
                *_LIVE, or_(Person.city.is_not(None), Person.country.is_not(None))
            )
        ).all()
    cities: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for city, country in rows:
        if city and city.strip():
            cities[city.strip()] += 1
        if country and country.strip():
            countries[country.strip()] += 1
    places = [KnownPlace(name, PlaceKind.CITY, n) for name, n in cities.items()]
    # A city-state (Singapore, Singapore) is listed once, as its city.
    places += [
        KnownPlace(name, PlaceKind.COUNTRY, n)
        for name, n in countries.items()
        if name not in cities
    ]
    return tuple(sorted(places, key=lambda p: (-p.people, fold(p.name), p.kind)))


def people_in_town(
    journal: Journal, place: str, today: date | None = None
) -> tuple[InTownRow, ...]:
    """People whose city or country the typed place begins, never met first, then the
    longest since we last met; archived and trashed people are left out."""
    today = today or date.today()
    with journal.read() as session:
        values = session.execute(select(Person.city, Person.country).where(*_LIVE).distinct()).all()
        cities = sorted({c for c, _ in values if c and place_matches(c, place)})
        countries = sorted({c for _, c in values if c and place_matches(c, place)})
        if not cities and not countries:
            return ()
        wanted = []
        if cities:
            wanted.append(Person.city.in_(cities))
        if countries:
            wanted.append(Person.country.in_(countries))
        rows = session.execute(
            select(
                Person.id,
                Person.display_name,
                Partner.name,
                Person.role,
                Person.city,
                Person.country,
                Person.cadence_ideal_days,
                Person.cadence_too_long_days,
                Person.last_contact_at.label("last_at"),
            )
            .outerjoin(Partner, and_(Partner.id == Person.partner_id, Partner.deleted_at.is_(None)))
            .where(*_LIVE, or_(*wanted))
        ).all()
    result = []
    for row in rows:
        last_day = local_date(row.last_at)
        result.append(
            InTownRow(
                id=row.id,
                display_name=row.display_name,
                partner=row.name,
                role=row.role,
                city=row.city,
                country=row.country,
                last_contact=last_day,
                days_since=(today - last_day).days if last_day is not None else None,
                cadence_state=state_of(
                    row.cadence_ideal_days, row.cadence_too_long_days, last_day, today
                ),
            )
        )
    result.sort(
        key=lambda r: (
            r.last_contact is not None,
            r.last_contact or date.min,
            fold(r.display_name),
            r.id,
        )
    )
    return tuple(result)

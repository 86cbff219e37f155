"""The demo journal's people: who they are, where, how we met, and when we last spoke.

People are numbered in the order we met them, so "introduced by" always points back.
Each person's last contact is planned here so that a Monday shows a manageable
stay-in-touch list: most people with a rhythm were seen within it, a steady few were not.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime, timedelta

from partnerbook.domain.text import fold
from partnerbook.services.demo_corpus import (
    PERSON_TAGS,
    TRIP_TAGS,
    City,
    Locale,
    Name,
    agree,
    latin,
)
from partnerbook.services.demo_corpus_en import EN
from partnerbook.services.demo_world import Org, Who, World, working_day
from partnerbook.store.models import (
    Affiliation,
    ContactMethod,
    Motivation,
    Person,
    PersonalDetail,
    person_tags,
)

STAKEHOLDER_ROLES = ("champion", "decision_maker", "influencer", "user", "blocker", None)
STAKEHOLDER_WEIGHTS = (20, 15, 25, 28, 4, 8)
CADENCES = (14, 21, 30, 30, 45, 60, 90)
# Stay in touch: of the active people with a rhythm, a few are past it and fewer still
# past "too long"; old relationships rarely keep a rhythm.
SHARE_DUE = 0.04
SHARE_OVERDUE = 0.008
SHARE_DORMANT_CADENCE = 0.01


class People:
    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = world.rng
        self.today = world.today
        self.start = world.start
        self.rows = world.rows
        self.orgs = world.orgs
        self.people = world.people
        self.day = world.day
        self.at = world.at
        self.locale = world.locale
        self.quota = world.quota
        self.tag = world.tag
        self.emails: set[str] = set()
        self.names: set[str] = set()

    def add(self, count: int) -> None:
        rng = self.rng
        drafts = []
        for _ in range(count):
            org = rng.choice(self.orgs) if self.orgs and rng.random() < 0.88 else None
            # Some work abroad: English speakers, mostly.
            loc = self.locale() if not org else org.loc if rng.random() < 0.92 else EN
            city = org.city if org and (org.loc is not loc or rng.random() < 0.75) else None
            city = city or rng.choice(loc.cities)
            first = max(self.start, org.met - timedelta(days=60)) if org else self.start
            last = self.today - timedelta(days=10)
            if org and org.active_until:
                last = min(last, org.active_until)
            # The network was built early on; activity still grows as people add up.
            span = max((last - first).days, 0)
            since = first + timedelta(days=int(span * rng.random() ** 1.3))
            drafts.append((since, rng.random(), org, loc, city))
        drafts.sort(key=lambda d: (d[0], d[1]))
        met_days = [d[0] for d in drafts]
        for person_id, (since, _tie, org, loc, city) in enumerate(drafts, start=1):
            earlier = bisect.bisect_left(met_days, since)
            self.people.append(self._person(person_id, since, org, loc, city, earlier))

    def _plan(self, since: date, org: Org | None, loc: Locale) -> tuple[bool, date, int | None]:
        """Dormant or not, the last day we spoke, and the rhythm we keep (if any)."""
        rng, today = self.rng, self.today
        gone = org is not None and org.active_until is not None
        dormant = gone or rng.random() < (0.1 if org else 0.3)
        if dormant and (today - since).days > 200:
            end = min(org.active_until if org and org.active_until else today, today)
            end = min(end, today - timedelta(days=150))
            last = self.day(since, max(since, end))
            cadence = rng.choice(CADENCES) if self.quota("dormant", SHARE_DORMANT_CADENCE) else None
            return True, working_day(last, loc), cadence
        cadence = rng.choice(CADENCES) if rng.random() < 0.7 else None
        if cadence is None:
            days = min(int(rng.expovariate(1 / 35)) + 1, 200)
        else:
            too_long = cadence * 3 // 2
            latest = (today - since).days
            if latest > too_long + 2 and self.quota("overdue", SHARE_OVERDUE):
                days = rng.randint(too_long + 2, min(too_long + 60, latest))
            elif latest > too_long - 3 and self.quota("due", SHARE_DUE):
                days = rng.randint(cadence + 2, too_long - 3)
            else:
                days = rng.randint(1, cadence - 3)
        # Weekends move a contact back by up to two days; the margins above allow for it.
        last = working_day(today - timedelta(days=max(days, 1)), loc)
        if last < since:
            last = since
        return False, last, cadence

    def _names(self, loc: Locale, female: bool) -> tuple[Name, Name, str, str]:
        rng = self.rng
        family = rng.choice(loc.family)
        given = rng.choice(loc.female if female else loc.male)
        gap = " " if loc.spaced else ""
        if loc.family_first:
            display = f"{family.text}{gap}{given.text}"
        else:
            display = f"{given.text}{gap}{family.text}"
        short = (loc.address[1] if female else loc.address[0]).format(
            given=given.text, last=given.text.split()[-1], name=display
        )
        return family, given, display, short

    def _person(
        self, person_id: int, since: date, org: Org | None, loc: Locale, city: City, earlier: int
    ) -> Who:
        rng = self.rng
        female = rng.random() < 0.5
        family, given, name, short = self._names(loc, female)
        for _ in range(8):  # two people with one name happen, but rarely
            if name not in self.names:
                break
            family, given, name, short = self._names(loc, female)
        self.names.add(name)
        dormant, last, cadence = self._plan(since, org, loc)
        introducer = self._introducer(loc, org, earlier) if rng.random() < 0.2 else None
        he, she, his, her = loc.pronouns
        pronoun = she if female else he
        ctx = {
            "name": name,
            "short": short,
            "he": pronoun,
            "He": pronoun[:1].upper() + pronoun[1:],
            "his": her if female else his,
            "org": org.name if org else name,
            "city": city.native,
        }
        birthday = rng.random() < 0.7
        created = self.at(since)
        row = self.rows.add(
            Person.__table__,
            id=person_id,
            display_name=name,
            name_key=fold(name),
            given_name=given.text,
            family_name=family.text,
            partner_id=org.id if org else None,
            role=agree(rng.choice(loc.roles if org else loc.solo_roles), female),
            stakeholder_role=rng.choices(STAKEHOLDER_ROLES, STAKEHOLDER_WEIGHTS)[0]
            if org
            else None,
            department=rng.choice(loc.departments) if org and rng.random() < 0.4 else None,
            city=city.name,
            country=city.country,
            languages=list(loc.languages),
            birthday_month=rng.randint(1, 12) if birthday else None,
            birthday_day=rng.randint(1, 28) if birthday else None,
            birthday_year=rng.randint(1965, 1998) if birthday and rng.random() < 0.7 else None,
            how_we_met=loc.introduced.format(other=introducer.name)
            if introducer
            else rng.choice(loc.how_met),
            met_on=since,
            introduced_by_id=introducer.id if introducer else None,
            cadence_ideal_days=cadence,
            cadence_too_long_days=None,
            notes="",
            archived=dormant and rng.random() < 0.08,
            deleted_at=None,
            **self.rows.audit(created),
        )
        who = Who(
            person_id,
            name,
            female,
            loc,
            city,
            org,
            since,
            last,
            dormant,
            rng.choice((0.4, 0.7, 1.0, 1.0, 1.6)),
            ctx,
            row,
        )
        if org:
            org.people.append(who)
        self._contacts(who, family, given, created)
        self._inner_life(who, created)
        if org and len(self.orgs) > 1 and rng.random() < 0.12 and last > since:
            moved = self.day(since, last)
            past = rng.choice(self.orgs)
            if past is not org:
                self.rows.add(
                    Affiliation.__table__,
                    person_id=person_id,
                    partner_id=past.id,
                    role=agree(rng.choice(loc.roles), female),
                    stakeholder_role=None,
                    since=since - timedelta(days=rng.randint(200, 1500)),
                    until=moved,
                    deleted_at=None,
                    **self.rows.audit(self.at(moved)),
                )
        return who

    def _introducer(self, loc: Locale, org: Org | None, earlier: int) -> Who | None:
        """Someone we had met before, preferably from the same circle."""
        if earlier == 0:
            return None
        candidates = [self.people[self.rng.randrange(earlier)] for _ in range(6)]
        same = [w for w in candidates if w.org is org and org] or [
            w for w in candidates if w.loc is loc
        ]
        return (same or candidates)[0]

    def _contacts(self, who: Who, family: Name, given: Name, created: datetime) -> None:
        rng, loc = self.rng, who.loc
        first = (
            given.latin if not loc.family_first or not loc.spaced else latin(given.text.split()[-1])
        )
        local = f"{first}.{family.latin}".replace(" ", "").lower()
        domain = f"{who.org.domain}.example" if who.org else loc.mail_domain
        if f"{local}@{domain}" in self.emails:
            local = f"{local}{who.id}"
        self.emails.add(f"{local}@{domain}")
        contacts = [("email", "work" if who.org else "home", f"{local}@{domain}")]
        if who.org and rng.random() < 0.15:
            contacts.append(("email", "home", f"{local}{rng.randint(70, 99)}@{loc.mail_domain}"))
        if rng.random() < 0.65:
            phone = "".join(str(rng.randrange(10)) if ch == "d" else ch for ch in who.city.phone)
            contacts.append(("phone", "mobile", phone))
        if rng.random() < 0.2:
            handle = f"{first}-{family.latin}-{rng.getrandbits(24):06x}".lower()
            contacts.append(("url", "LinkedIn", f"https://www.linkedin.com/in/{handle}"))
        for position, (kind, label, value) in enumerate(contacts):
            key = "".join(ch for ch in value if ch.isdigit()) if kind == "phone" else value.lower()
            self.rows.add(
                ContactMethod.__table__,
                person_id=who.id,
                kind=kind,
                label=label,
                value=value,
                value_key=key,
                primary=position == 0,
                position=position,
                deleted_at=None,
                **self.rows.audit(created),
            )

    def _inner_life(self, who: Who, created: datetime) -> None:
        """What they get out of working with us, what they told us, how we tag them."""
        rng, loc = self.rng, who.loc
        for position, kind in enumerate(rng.sample(list(loc.motivations), rng.randint(1, 3))):
            self.rows.add(
                Motivation.__table__,
                person_id=who.id,
                kind=kind,
                their_words=agree(rng.choice(loc.motivations[kind]), who.female),
                certainty=rng.choice(("heard", "heard", "guessed")),
                strength=rng.randint(1, 3),
                last_confirmed=self.day(who.since, who.last),
                position=position,
                deleted_at=None,
                **self.rows.audit(created),
            )
        for position, category in enumerate(rng.sample(list(loc.details), rng.randint(1, 3))):
            who.details.append(
                self.rows.add(
                    PersonalDetail.__table__,
                    person_id=who.id,
                    category=category,
                    text=agree(rng.choice(loc.details[category]), who.female),
                    learned_on=self.day(who.since, who.last),
                    source_entry_id=None,
                    position=position,
                    deleted_at=None,
                    **self.rows.audit(created),
                )
            )
        tags = rng.sample(PERSON_TAGS, rng.choice((0, 0, 0, 1, 1, 2)))
        if who.city.name in TRIP_TAGS and rng.random() < 0.1:
            tags.append(TRIP_TAGS[who.city.name])
        for tag in tags:
            self.rows.add(person_tags, person_id=who.id, tag_id=self.tag(tag))

"""The demo journal's timeline: eight years of coffees, calls, promises, referrals, reviews.

Every moment is in the working hours of the person's (or partner's) city and stored in
UTC. The last contact with each person is planned (``Who.last``) so that a Monday shows a
manageable stay-in-touch list; everything else falls between the day we met and then.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from partnerbook.services.demo_corpus import ENTRY_TAGS, City, agree
from partnerbook.services.demo_reviews import reviews, stage_changes
from partnerbook.services.demo_world import Org, Who, World, money, working_day
from partnerbook.store.models import Entry, entry_partners, entry_people, entry_tags

KINDS = ("coffee", "meeting", "call", "video", "message", "email", "event", "note")
KIND_WEIGHTS = (26, 18, 17, 11, 11, 9, 4, 4)
FIRST_KINDS = ("coffee", "event", "meeting")
TALKS = frozenset({"coffee", "meeting", "call", "event"})  # where personal things come up
HOURS = {
    "coffee": (8, 8, 9, 9, 10, 15, 16),
    "meeting": (9, 10, 11, 14, 15, 16),
    "call": (9, 10, 11, 12, 14, 15, 16, 17),
    "video": (9, 10, 11, 14, 15, 16, 17),
    "message": (8, 9, 11, 12, 13, 17, 18),
    "email": (8, 9, 10, 11, 14, 16, 18),
    "event": (9, 10, 11, 14, 15, 16),
    "note": (8, 12, 17, 18),
    "work": (9, 10, 11, 14, 15, 16, 17),
}
WARMTH = (-2, -1, 0, 1, 2)
WARMTH_WEIGHTS = (1, 4, 25, 45, 25)
LEDGER_KINDS = ("favour", "introduction", "referral", "resource", "payment")
LEDGER_WEIGHTS = (25, 20, 30, 15, 10)
NEARBY = (-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6)
RULES = (
    ("FREQ=WEEKLY", 7),
    ("FREQ=WEEKLY;INTERVAL=2", 14),
    ("FREQ=MONTHLY", 30),
    ("FREQ=MONTHLY;INTERVAL=3", 90),
)
# A Monday worth opening: a few things overdue, due today and due this week.
FOLLOW_UPS_SOON = (-9, -4, -1, 0, 0, 2, 3, 6)
COMMITMENTS_SOON = ((-2, "me"), (1, "them"), (3, "me"), (5, "them"))
ENTRY_COLUMNS = [c.name for c in Entry.__table__.columns]


class Timeline:
    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = world.rng
        self.rows = world.rows
        self.today = world.today
        self.first = world.today
        self.entry_id = 0
        self.blank: dict[str, Any] = dict.fromkeys(ENTRY_COLUMNS)
        self.org_seen: dict[int, date] = {}
        self.met_days = [who.since for who in world.people]
        self.entries = self.rows.tables.setdefault(Entry.__table__, [])

    # --- helpers ------------------------------------------------------------------------

    def moment(self, day: date, city: City, kind: str) -> datetime:
        rng = self.rng
        hour = rng.choice(HOURS[kind])
        minute = rng.choice((0, 15, 30, 45)) if kind in ("coffee", "meeting") else rng.randrange(60)
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
        return local - timedelta(hours=city.utc_offset)

    def entry(
        self,
        kind: str,
        at: datetime,
        title: str,
        people: Sequence[Who],
        org: Org | None,
        **values: Any,
    ) -> dict[str, Any]:
        self.entry_id += 1
        row = self.blank.copy()
        row.update(values)
        row.update(
            id=self.entry_id,
            kind=kind,
            at=at,
            title=title[:500],
            created_at=at,
            updated_at=at,
            created_by=self.rows.actor,
            updated_by=self.rows.actor,
            version=1,
        )
        if row["body"] is None:
            row["body"] = ""
        self.entries.append(row)
        for who in dict.fromkeys(people):
            self.rows.add(entry_people, entry_id=self.entry_id, person_id=who.id)
        if org is not None:
            self.rows.add(entry_partners, entry_id=self.entry_id, partner_id=org.id)
        day = at.date()
        if day < self.first:
            self.first = day
        return row

    def say(self, who: Who, texts: Sequence[str], **extra: str) -> str:
        text = agree(self.rng.choice(texts), who.female)
        said = text.format_map({**who.ctx, **extra}) if extra else text.format_map(who.ctx)
        # "anh Long" opens a sentence as "Anh Long".
        return said[:1].upper() + said[1:] if text.startswith("{short}") else said

    def someone(self, day: date, but: Who) -> Who:
        """Another person we already knew on that day, preferably speaking the same language."""
        known = max(bisect.bisect_right(self.met_days, day), 1)
        people = self.world.people
        pick = people[self.rng.randrange(known)]
        for _ in range(3):
            if pick is not but and pick.loc is but.loc:
                break
            pick = people[self.rng.randrange(known)]
        return pick

    # --- the plan -----------------------------------------------------------------------

    def fill(self, count: int) -> None:
        budget = count
        budget -= stage_changes(self, min(budget, count // 20))
        budget -= reviews(self, min(budget, count // 30))
        budget -= self.due_soon(budget)
        budget -= self.recurring(min(budget, max(4, len(self.world.people) // 100)))
        budget -= self.anchors(budget)
        budget -= self.fillers(budget)
        self.finish()

    def regulars(self) -> list[Who]:
        """People we work with now, at partners we work with now."""
        found = [
            w
            for w in self.world.people
            if w.org and not w.dormant and w.org.stage in ("active", "exploring")
        ]
        return found or [w for w in self.world.people if not w.dormant] or self.world.people

    def due_soon(self, budget: int) -> int:
        rng, used = self.rng, 0
        regulars = self.regulars()
        plan: list[tuple[int, str | None]] = [(o, None) for o in FOLLOW_UPS_SOON]
        plan[3:3] = COMMITMENTS_SOON[:2]
        plan += COMMITMENTS_SOON[2:]
        for offset, owner in plan[:budget]:
            who = rng.choice(regulars)
            day = working_day(self.today - timedelta(days=rng.randint(1, 12)), who.loc)
            at = self.moment(max(day, who.since), who.city, "work")
            due = self.today + timedelta(days=offset)
            if owner is None:
                title = self.say(who, who.loc.follow_ups)
                self.entry("follow_up", at, title, [who], who.org, due_date=due, status="open")
            else:
                texts = who.loc.promises_me if owner == "me" else who.loc.promises_them
                self.entry(
                    "commitment",
                    at,
                    self.say(who, texts),
                    [who],
                    who.org,
                    owner=owner,
                    due_date=due,
                    status="open",
                )
            used += 1
        return used

    def recurring(self, budget: int) -> int:
        rng = self.rng
        regulars = self.regulars()
        for number in range(budget):
            rule, every = RULES[number % len(RULES)]
            who = rng.choice(regulars)
            first = max(who.since, self.today - timedelta(days=400))
            day = working_day(self.world.day(first, self.today - timedelta(days=20)), who.loc)
            self.entry(
                "follow_up",
                self.moment(max(day, who.since), who.city, "work"),
                self.say(who, who.loc.recurring[rule]),
                [who],
                who.org,
                due_date=self.today + timedelta(days=rng.randrange(every)),
                status="open",
                recurrence=rule,
            )
        return budget

    def anchors(self, budget: int) -> int:
        """The last time we spoke with each person (rhythms first), then the day we met."""
        used = 0
        people = self.world.people
        keeping = [w for w in people if w.row["cadence_ideal_days"]]
        others = [w for w in people if not w.row["cadence_ideal_days"]]
        for who in itertools.chain(keeping, others):
            if used >= budget:
                return used
            used += self.story(who, who.last, budget - used)
        for who in people:
            if used >= budget:
                return used
            if who.since < who.last - timedelta(days=3):
                used += self.story(who, who.since, budget - used)
        return used

    def fillers(self, budget: int) -> int:
        """Everything in between: longer relationships and closer people see more of us."""
        rng, used = self.rng, 0
        people = self.world.people
        if not people:
            return 0
        weights = list(
            itertools.accumulate(w.weight * max((w.last - w.since).days, 1) for w in people)
        )
        while used < budget:
            who = rng.choices(people, cum_weights=weights)[0]
            span = (who.last - who.since).days
            day = who.since + timedelta(days=rng.randrange(span + 1))
            if day.weekday() in who.loc.weekend and rng.random() < 0.85:
                for _ in range(6):  # another day of the same fortnight, in working days
                    moved = day + timedelta(days=rng.choice(NEARBY))
                    if who.since <= moved <= who.last and moved.weekday() not in who.loc.weekend:
                        day = moved
                        break
            used += self.story(who, day, budget - used)
        return used

    def story(self, who: Who, day: date, budget: int) -> int:
        """One interaction, sometimes with what came out of it."""
        rng, loc = self.rng, who.loc
        first = day == who.since
        kind = rng.choice(FIRST_KINDS) if first else rng.choices(KINDS, KIND_WEIGHTS)[0]
        at = self.moment(day, who.city, kind)
        team = [who]
        if who.org and kind in ("meeting", "video") and rng.random() < 0.45:
            for other in rng.sample(who.org.people, min(3, len(who.org.people))):
                if (
                    other is not who
                    and other.city.utc_offset == who.city.utc_offset
                    and other.since <= day <= other.last
                ):
                    team.append(other)
        place = None
        if kind == "coffee":  # places[1:3] are offices, theirs and ours
            place = rng.choice((*who.city.spots, loc.places[0], *loc.places[3:]))
        elif kind == "meeting":
            place = loc.places[1] if rng.random() < 0.7 else loc.places[2]
        title, body = self.note(who, kind, place or "", first=first)
        meeting = kind == "meeting"
        row = self.entry(
            "interaction",
            at,
            title,
            team,
            who.org,
            body=body,
            interaction_kind=kind,
            place=place,
            warmth=rng.choices(WARMTH, WARMTH_WEIGHTS)[0],
            invitation_sent=True if meeting else None,
            agenda_shared=rng.random() < 0.8 if meeting else None,
            recap_sent=rng.random() < 0.7 if meeting else None,
            files_printed=rng.random() < 0.3 if meeting else None,
        )
        for member in team:
            if member.seen is None or member.seen < day:
                member.seen = day
        if who.org and self.org_seen.get(who.org.id, day) <= day:
            self.org_seen[who.org.id] = day
        if kind in TALKS:
            who.talks.append((row, day))
        if rng.random() < 0.06:
            tag = self.world.tag(rng.choice(ENTRY_TAGS))
            self.rows.add(entry_tags, entry_id=row["id"], tag_id=tag)
        if budget < 2:
            return 1
        roll = rng.random()
        if roll < 0.28:
            self.follow_up(who, row, day, at)
        elif roll < 0.46:
            self.commitment(who, row, day, at)
        elif roll < 0.6:
            self.ledger(who, row, day, at)
        else:
            return 1
        return 2

    def note(self, who: Who, kind: str, place: str, first: bool) -> tuple[str, str]:
        """Markdown of a few lines; the title is its first line."""
        rng, loc = self.rng, who.loc
        opener = self.say(who, loc.openers[kind], place=place)
        title = f"{opener}{loc.labels['colon']}{self.say(who, loc.topics)}"
        said = self.say(who, loc.said)
        if kind in ("message", "email", "note") and rng.random() < 0.6:
            return title, f"{title}\n\n{said}"
        wants = self.say(who, loc.wants)
        style = rng.random()
        if style < 0.5:
            parts = [title, "", f"- {said}", f"- {wants}"]
        elif style < 0.75:
            parts = [title, "", said, "", f"### {loc.labels['wants']}", "", f"- {wants}"]
        else:
            parts = [title, "", f"{said} {wants}"]
        if first:
            parts[1:1] = ["", who.row["how_we_met"]]
        step = self.say(who, loc.next_steps)
        parts += ["", f"**{loc.labels['next']}**{loc.labels['colon']}{step}"]
        return title, "\n".join(parts)

    def follow_up(self, who: Who, source: dict[str, Any], day: date, at: datetime) -> None:
        rng = self.rng
        due = day + timedelta(days=rng.randint(2, 21))
        status, done = "open", None
        if due < self.today:
            status = "done" if rng.random() < 0.9 else "dismissed"
            done = min(due + timedelta(days=rng.randint(-1, 3)), self.today - timedelta(days=1))
        elif due <= self.today + timedelta(days=7) and rng.random() < 0.8:
            status, done = "done", self.today - timedelta(days=1)  # done ahead of time
        if done is not None and done < day:
            done = day
        self.entry(
            "follow_up",
            at + timedelta(minutes=5),
            self.say(who, who.loc.follow_ups),
            [who],
            who.org,
            source_entry_id=source["id"],
            due_date=due,
            status=status,
            completed_at=at + timedelta(days=(done - day).days, hours=2) if done else None,
        )

    def commitment(self, who: Who, source: dict[str, Any], day: date, at: datetime) -> None:
        rng = self.rng
        owner = rng.choice(("me", "them"))
        due = day + timedelta(days=rng.randint(3, 30))
        status = "open"
        if due < self.today:
            weights = (85, 8, 7) if owner == "me" else (75, 15, 10)
            status = rng.choices(("kept", "broken", "released"), weights)[0]
        elif due <= self.today + timedelta(days=7) and rng.random() < 0.75:
            status = "kept"
        texts = who.loc.promises_me if owner == "me" else who.loc.promises_them
        self.entry(
            "commitment",
            at + timedelta(minutes=6),
            self.say(who, texts),
            [who],
            who.org,
            source_entry_id=source["id"],
            owner=owner,
            due_date=due,
            status=status,
        )

    def ledger(self, who: Who, source: dict[str, Any], day: date, at: datetime) -> None:
        rng, loc = self.rng, who.loc
        kind = rng.choices(LEDGER_KINDS, LEDGER_WEIGHTS)[0]
        direction = "given" if rng.random() < 0.55 else "received"
        other = self.someone(day, who)
        currency = who.org.city.currency if who.org else who.city.currency
        values: dict[str, Any] = {"direction": direction, "ledger_kind": kind}
        referred = ""
        if kind == "referral":
            if rng.random() < 0.35 and other is not who:
                referred = other.name
                values["referred_person_id"] = other.id
            else:
                referred = rng.choice(loc.clients).format(core=rng.choice(loc.cores).text)
            age = (self.today - day).days
            weights = (5, 55, 40) if age > 90 else (70, 20, 10)
            values["referred_name"] = referred
            values["outcome"] = rng.choices(("pending", "won", "lost"), weights)[0]
            dollars = rng.choice((800, 1500, 3000, 6000, 12000, 25000))
            values["value_amount"] = money(rng, dollars, currency)
            values["currency"] = currency
        elif kind == "payment":
            fee = who.org.fee if who.org else None
            amount = fee * rng.randint(1, 5) if fee else None
            values["value_amount"] = amount or money(
                rng, rng.choice((300, 600, 1200, 2500)), currency
            )
            values["currency"] = currency
        title = self.say(
            who, loc.ledger[f"{kind} {direction}"], other=other.name, referred=referred
        )
        self.entry(
            "ledger",
            at + timedelta(minutes=7),
            title,
            [who],
            who.org,
            source_entry_id=source["id"],
            **values,
        )

    # --- after the timeline -------------------------------------------------------------

    def finish(self) -> None:
        """Details point to the talk they came from; rhythms only where there was contact."""
        rng = self.rng
        for who in self.world.people:
            if who.seen is None:
                who.row["cadence_ideal_days"] = None
            if not who.talks:
                continue
            for detail in who.details:
                if rng.random() < 0.45:
                    talk, day = rng.choice(who.talks)
                    detail["source_entry_id"] = talk["id"]
                    detail["learned_on"] = day
                    label = who.loc.labels["personal"]
                    talk["body"] += f"\n\n**{label}**{who.loc.labels['colon']}{detail['text']}"
        for org in self.world.orgs:
            ideal = org.row["cadence_ideal_days"]
            seen = self.org_seen.get(org.id)
            if ideal is None:
                continue
            if seen is None:
                org.row["cadence_ideal_days"] = None
                continue
            gap = (self.today - seen).days
            # Rhythms were set to fit how often we actually meet them; a few slipped.
            if gap > ideal and rng.random() < 0.85:
                fits = [d for d in (30, 45, 60, 90) if d > gap + 2]
                org.row["cadence_ideal_days"] = fits[0] if fits else None

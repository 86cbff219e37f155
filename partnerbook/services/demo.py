"""The demo journal: eight years of realistic, multilingual relationships, written in bulk.

Rows are built as plain dicts with ids assigned here (the journal is empty) and inserted
with executemany in chunks, so 10,000 people and 100,000 entries take seconds, not minutes.
The same seed and day give the same journal. Partners come from ``demo_world``, people
from ``demo_people``, the timeline from ``demo_timeline`` and ``demo_reviews``, the words
from ``demo_corpus`` and one ``demo_corpus_*`` module per language.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from partnerbook.errors import UsageError, UserError
from partnerbook.messages import Problem
from partnerbook.services.demo_people import People
from partnerbook.services.demo_timeline import Timeline
from partnerbook.services.demo_world import Rows, World
from partnerbook.store import last_contact, search_index
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
    partner_tags,
    person_tags,
)

MAX_PEOPLE = 200_000  # each person is about eight rows built in memory
MAX_ENTRIES = 1_000_000  # the rows are built in memory before they are written
CHUNK = 5000
# Parents before children: entries before the personal details that cite them.
WRITE_ORDER: tuple[Any, ...] = (
    Tag.__table__,
    Partner.__table__,
    partner_kinds,
    partner_tags,
    ValueItem.__table__,
    FitAssessment.__table__,
    Person.__table__,
    ContactMethod.__table__,
    Motivation.__table__,
    Affiliation.__table__,
    person_tags,
    Entry.__table__,
    entry_people,
    entry_partners,
    entry_tags,
    ReviewKpi.__table__,
    PersonalDetail.__table__,
)
# Tables whose ids the demo assigns itself (the others number their rows as usual).
EXPLICIT_IDS: tuple[Any, ...] = (
    Tag.__table__,
    Partner.__table__,
    Person.__table__,
    Entry.__table__,
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    people: int
    partners: int
    entries: int
    first: date
    last: date


def validate_demo_size(people: int, entries: int) -> None:
    if not 1 <= people <= MAX_PEOPLE:
        raise UsageError(
            Problem.tr(
                "--people must be between 1 and {limit} (got {people}).",
                limit=f"{MAX_PEOPLE:,}",
                people=people,
            )
        )
    if not 0 <= entries <= MAX_ENTRIES:
        raise UsageError(
            Problem.tr(
                "--entries must be between 0 and {limit} (got {entries}).",
                limit=f"{MAX_ENTRIES:,}",
                entries=entries,
            )
        )


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
    rows = Rows(journal.actor)
    world = World(random.Random(seed), today, rows)
    with journal.write() as session:
        _refuse_non_empty(session)
        say(f"people and partners ({people:,} people)")
        world.add_partners(max(3, people // 8))
        People(world).add(people)
        say(f"timeline ({entries:,} entries)")
        timeline = Timeline(world)
        timeline.fill(entries)
        say("writing")
        _write(session, rows.tables)
    return DemoSummary(people, len(world.orgs), entries, timeline.first, today)


def _refuse_non_empty(session: Session) -> None:
    counts = [
        int(session.scalar(select(func.count()).select_from(model)) or 0)
        for model in (Person, Partner, Entry, Tag)
    ]
    if any(counts):
        raise UserError(
            Problem.tr(
                "This journal already holds data ({people} people, {partners} "
                "partners, {entries} entries, {tags} tags); the demo only fills "
                "an empty one.",
                people=counts[0],
                partners=counts[1],
                entries=counts[2],
                tags=counts[3],
            ),
            Problem.tr("Give a new file, e.g. partnerbook --db demo.sqlite demo"),
        )


def _write(session: Session, tables: dict[Any, list[dict[str, Any]]]) -> None:
    for table in WRITE_ORDER:
        rows = tables.get(table, [])
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), rows[start : start + CHUNK])
    reset_id_sequences(session, [str(t.name) for t in EXPLICIT_IDS if tables.get(t)])
    # Bulk inserts bypass the session's flush, which keeps the index current otherwise
    # (and everyone's last contact).
    search_index.rebuild(session.connection())
    last_contact.recompute_all(session.connection())


def reset_id_sequences(session: Session, tables: list[str]) -> None:
    """PostgreSQL numbers rows from a sequence that explicit ids do not advance: move it on.

    SQLite takes the next id from the table itself, so there is nothing to do there.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        )

"""Full-text search over people, partners and entries, ranked the way a user expects.

Names come first: a person or partner whose name the query spells (whole, or each word's
beginning) outranks everything, by how well it does and then by how lately you were in
touch; then notes and the people found by what is written about them. A journal is
searched for what happened lately: notes rank by their date, raised where the query's
words stand together and above all where their title holds it.

The work is bounded by what a page shows, never by the journal: the ``ENTRY_CANDIDATES``
newest matching notes (or as many as the command line asks for), ``NAME_CANDIDATES`` of
each kind whose name matches and ``OTHER_CANDIDATES`` found by what is written about them.
Nothing is ranked by bm25, which reads every row each word is in: a word found in half of
100,000 notes costs what a rare one does.

The index lives in the journal's search backend (``store/search_index``); this module is
the same for every database.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Executable, Select, String, bindparam, select, type_coerce

from partnerbook.domain.enums import EntryKind, InteractionKind
from partnerbook.domain.search import HitKind, SearchHit, Snippet, display_order
from partnerbook.domain.snippets import (
    SCAN_LIMIT,
    flatten,
    make_snippet,
    plain_snippet,
    query_needles,
)
from partnerbook.domain.text import fold, storable
from partnerbook.errors import UsageError
from partnerbook.messages import Problem
from partnerbook.services.contact_history import local_date
from partnerbook.services.timeline import summary_line
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person
from partnerbook.store.search_docs import SearchDoc, load_docs

ENTRY_CANDIDATES = 100  # the newest matching notes ranked (a page shows 60), or ``limit``
NAME_CANDIDATES = 24  # of each kind whose name matches (a page shows 24 people at most)
OTHER_CANDIDATES = 12  # of each kind found by what is written about them
QUERY_LIMIT = 300  # characters: a query is a few words, not a pasted page
RECENCY_DAYS = 120  # a note (or a last contact) this old counts half as recent as today
_WORD = re.compile(r"\w+")
_REBUILDING = threading.Lock()


# What candidates are scored by: a name and its context, and when they were last in
# touch; a note's date (as stored: read without a converter), title and kinds.
_CANDIDATE_COLUMNS: dict[HitKind, tuple[Any, ...]] = {
    HitKind.PERSON: (
        Person.display_name,
        Partner.name,
        Person.role,
        Person.city,
        type_coerce(Person.last_contact_at, String),
    ),
    HitKind.PARTNER: (
        Partner.name,
        Partner.city,
        Partner.country,
        type_coerce(Partner.last_contact_at, String),
    ),
    HitKind.ENTRY: (
        type_coerce(Entry.at, String),
        Entry.title,
        type_coerce(Entry.kind, String),
        type_coerce(Entry.interaction_kind, String),
    ),
}
_MODELS: dict[HitKind, Any] = {
    HitKind.PERSON: Person,
    HitKind.PARTNER: Partner,
    HitKind.ENTRY: Entry,
}


def _with_context(kind: HitKind, query: Select[Any]) -> Select[Any]:
    """A person's partner, for the context their hit shows."""
    if kind is HitKind.PERSON:
        query = query.outerjoin(
            Partner, (Partner.id == Person.partner_id) & Partner.deleted_at.is_(None)
        )
    return query


@lru_cache(maxsize=16)
def _newest_query(backend: ModuleType, kind: HitKind) -> Executable:
    """The live rows of the newest matches, with what scoring reads of them (built once):
    FTS5 walks its lists from the newest and stops, so a word in half of 100,000 notes
    costs what a rare one does."""
    found = backend.matches(kind)
    model = _MODELS[kind]
    query = select(model.id, *_CANDIDATE_COLUMNS[kind]).select_from(found)
    query = query.join(model, model.id == found.c.id)
    return _with_context(kind, query).where(model.deleted_at.is_(None)).order_by(model.id.desc())


@lru_cache(maxsize=16)
def _named_query(backend: ModuleType, kind: HitKind) -> Executable:
    """The live people (or partners) whose name matches, the latest in touch first
    (never met last): of a hundred Nguyễns, the ones met lately. A name's matches are a
    few hundred at most, and only their ids are read to choose them."""
    model = _MODELS[kind]
    return (
        _with_context(kind, select(model.id, *_CANDIDATE_COLUMNS[kind]).select_from(model))
        .where(model.id.in_(backend.ids_matching(kind)), model.deleted_at.is_(None))
        .order_by(model.last_contact_at.is_(None), model.last_contact_at.desc(), model.id.desc())
        .limit(bindparam("fts_limit"))
    )


def _rows(
    backend: ModuleType,
    connection: Connection,
    statement: Executable,
    expression: str,
    limit: int,
) -> list[tuple[Any, ...]]:
    """The candidates' rows, (id, *columns), newest or latest in touch first."""
    values = {"fts_expression": expression, "fts_limit": limit}
    rows: list[tuple[Any, ...]] = backend.read_matches(connection, statement, values)
    return rows


@dataclass(slots=True)
class _Scored:
    """A hit before its snippet is made: snippets are made only for those shown."""

    kind: HitKind
    id: int
    title: str
    score: float
    title_match: bool
    context: str = ""
    when: date | None = None
    entry_kind: str | None = None  # as stored: made an EntryKind for the hits shown only
    interaction_kind: str | None = None


# Of a full page of hits, at most this share each for people and partners: a query that
# names a bank must still show the notes about it.
SHARES = {HitKind.PERSON: 0.4, HitKind.PARTNER: 0.25, HitKind.ENTRY: 1.0}


def search(
    journal: Journal,
    query: str,
    *,
    limit: int = 60,
    kinds: Collection[HitKind] | None = None,
    today: date | None = None,
    complete_first: int | None = None,
) -> tuple[SearchHit, ...]:
    """The best ``limit`` hits for ``query``, best first (names, then people and partners,
    then notes).

    With ``complete_first``, only that many hits (in ``display_order``: those on screen
    first) get their snippets now; the rest come ranked but not ``complete``, for
    ``complete`` to finish while the first are shown. A snippet costs more than ranking a
    hit: a window shows its first screen in half the time."""
    query = storable(query[: QUERY_LIMIT * 2]).strip()[:QUERY_LIMIT]
    backend = _backend(journal)
    wanted = set(kinds) if kinds is not None else set(HitKind)
    names_expression = backend.match_expression(query, every_word_a_prefix=True)
    if names_expression is None or limit <= 0:
        return ()
    notes_expression = backend.match_expression(query, every_word_a_prefix=False)
    if len(fold(query)) < 2:  # one letter finds names, not every note with an "a" in it
        notes_expression = None
    phrase = backend.phrase_expression(query)
    today = today or date.today()
    with _current_index(journal, backend) as connection:
        scored: dict[HitKind, list[_Scored]] = {}
        names = _NameQuery(query)
        for kind in (HitKind.PERSON, HitKind.PARTNER):
            if kind in wanted:
                named = _rows(
                    backend,
                    connection,
                    _named_query(backend, kind),
                    backend.in_name(names_expression),
                    NAME_CANDIDATES,
                )
                others = _rows(
                    backend,
                    connection,
                    _newest_query(backend, kind),
                    names_expression,
                    OTHER_CANDIDATES,
                )
                scored[kind] = _score_names(kind, named, others, names, today)
        if HitKind.ENTRY in wanted and notes_expression is not None:
            notes = _newest_query(backend, HitKind.ENTRY)
            many = max(ENTRY_CANDIDATES, limit)  # the command line may ask for more
            newest = _rows(backend, connection, notes, notes_expression, many)
            # What else is asked of them is asked from the oldest of them on (the same
            # answer as asking of every note, for those): where the words stand together,
            # and whether the title holds them all.
            lowest = min((row[0] for row in newest), default=0)
            ask_them = (backend, connection, HitKind.ENTRY)
            adjacent = _ids(*ask_them, phrase, many, lowest) if newest else set()
            in_title = (
                _ids(*ask_them, backend.in_title(notes_expression), many, lowest)
                if newest
                else set()
            )
            scored[HitKind.ENTRY] = _score_entries(newest, adjacent, in_title, query, today)
        chosen = _as_hits(_allocate(scored, limit))
        first = chosen if complete_first is None else display_order(chosen)[:complete_first]
        hits = _completed(connection, chosen, first, query)
    return tuple(hits)


def complete(journal: Journal, hits: Sequence[SearchHit], query: str) -> tuple[SearchHit, ...]:
    """``hits`` with every snippet made (a hit whose row is gone meanwhile is left out)."""
    query = storable(query[: QUERY_LIMIT * 2]).strip()[:QUERY_LIMIT]
    with journal.read() as session:
        return tuple(_completed(session.connection(), hits, hits, query))


def _ids(
    backend: ModuleType,
    connection: Connection,
    kind: HitKind,
    expression: str | None,
    limit: int,
    lowest: int = 0,
) -> set[int]:
    """The newest rows (from ``lowest`` on) matching ``expression``: where the query's
    words stand together, as typed ("hop tac" = "hợp tác"), or are all in the title."""
    if expression is None:
        return set()
    return set(backend.newest_ids(connection, kind, expression, limit, lowest))


def _allocate(scored: dict[HitKind, list[_Scored]], limit: int) -> list[_Scored]:
    """The best ``limit`` overall, each kind within its share while others have enough."""
    for found in scored.values():
        found.sort(key=lambda hit: -hit.score)
    total = sum(len(found) for found in scored.values())
    if total <= limit:
        chosen = [hit for found in scored.values() for hit in found]
    else:
        caps = {kind: max(1, int(limit * SHARES[kind])) for kind in scored}
        chosen = []
        for kind, found in scored.items():
            chosen.extend(found[: caps[kind]])
        if len(chosen) < limit:  # a kind with few hits leaves room for the others
            taken = {(hit.kind, hit.id) for hit in chosen}
            rest = [
                hit for found in scored.values() for hit in found if (hit.kind, hit.id) not in taken
            ]
            rest.sort(key=lambda hit: -hit.score)
            chosen.extend(rest[: limit - len(chosen)])
    chosen.sort(key=lambda hit: -hit.score)
    return chosen[:limit]


def _backend(journal: Journal) -> ModuleType:
    backend: ModuleType | None = getattr(journal, "search", None)
    if backend is None:
        raise UsageError(
            Problem.tr("Search is not available on this kind of database yet."),
            Problem.tr("Use a journal file, or search from a journal file copy."),
        )
    return backend


@contextmanager
def _current_index(journal: Journal, backend: ModuleType) -> Iterator[Connection]:
    """A read of the journal with its index current: asked within the same read (a
    search is a few milliseconds; a read of its own to ask first was a tenth of them)."""
    with journal.read() as session:
        connection = session.connection()
        if not backend.needs_rebuild(connection):
            yield connection
            return
    _ensure_index(journal, backend)
    with journal.read() as session:
        yield session.connection()


def ensure_index(journal: Journal) -> None:
    """Bring the index up to date now (after an upgrade, at start-up) rather than at the
    first search, which would wait for it. A database without a search of its own has
    nothing to bring up to date."""
    backend: ModuleType | None = getattr(journal, "search", None)
    if backend is not None:
        _ensure_index(journal, backend)


def _ensure_index(journal: Journal, backend: ModuleType) -> None:
    """An index that missed a write, was never built or was made by an older word rule is
    rebuilt before searching (once: a second search meanwhile waits for the first)."""
    if not _needs_rebuild(journal, backend):
        return
    with _REBUILDING:
        if _needs_rebuild(journal, backend):
            rebuild_index(journal)


def _needs_rebuild(journal: Journal, backend: ModuleType) -> bool:
    with journal.read() as session:
        return bool(backend.needs_rebuild(session.connection()))


def rebuild_index(journal: Journal) -> None:
    """Index everything again, in short transactions: a note saved meanwhile, here or by
    another process, waits for a step, never for the whole rebuild."""
    backend = _backend(journal)

    def run(step: Callable[[Connection], None]) -> None:
        with journal.write() as session:
            step(session.connection())

    backend.rebuild_in_steps(run)


def _recency(day: date | None, today: date) -> float:
    """1 for today, half for ``RECENCY_DAYS`` ago, towards 0 for long ago; 0 for never."""
    if day is None:
        return 0.0
    return 1.0 / (1.0 + max(0, (today - day).days) / RECENCY_DAYS)


class _NameQuery:
    """The query as names are compared with it, worked out once per search."""

    __slots__ = ("first", "folded", "joined", "needles", "words")

    def __init__(self, query: str) -> None:
        self.folded = fold(query)
        self.joined = self.folded.replace(" ", "")
        self.needles = query_needles(query)
        self.first = self.needles[0][0] if self.needles else ""
        self.words = tuple(_WORD.findall(self.folded))

    def together(self, name: str) -> bool:
        """The query's words (two or more) stand in the name in a row, as typed, the last
        perhaps begun: "van an" in Nguyễn Văn An, not in An Văn Bình."""
        count = len(self.words)
        if count < 2:
            return False
        words = _folded_name(name)[2]
        for start in range(len(words) - count + 1):
            run = words[start : start + count]
            if run[:-1] == self.words[:-1] and run[-1].startswith(self.words[-1]):
                return True
        return False


@lru_cache(maxsize=8192)
def _folded_name(name: str) -> tuple[str, str, tuple[str, ...]]:
    """A name folded, without its spaces, and its words: the same names come back on every
    keystroke of a search, each folded once."""
    folded = fold(name)
    return folded, folded.replace(" ", ""), tuple(_WORD.findall(folded))


def _name_score(name: str, query: _NameQuery) -> tuple[float, bool]:
    """How well the name itself answers the query: spelled whole, or every word begun."""
    folded_name, joined, words = _folded_name(name)
    if folded_name == query.folded or joined == query.joined:
        return 6.0, True
    needles = query.needles
    found = [_in_name(needle, folded_name, words) for needle in needles]
    if needles and all(found):
        starts = 1.0 if folded_name.startswith(query.first) else 0.0
        covered = sum(len(needle[0]) for needle in needles)
        return 3.0 + starts + covered / max(len(folded_name), 1), True
    return (1.0, False) if any(found) else (0.0, False)


def _in_name(needle: tuple[str, bool, bool], folded_name: str, words: tuple[str, ...]) -> bool:
    text, word_start, whole = needle
    if not word_start:  # Chinese: anywhere in the name
        return text in folded_name
    return any(word == text if whole else word.startswith(text) for word in words)


def _score_names(
    kind: HitKind,
    named: Sequence[tuple[Any, ...]],
    others: Sequence[tuple[Any, ...]],
    query: _NameQuery,
    today: date,
) -> list[_Scored]:
    """A name that answers the query ranks above everything else, by how well it does
    (spelled whole, every word begun, its words together as typed), then by how lately
    they were in touch; one found by what is written about them ranks among the notes."""
    separator = " · " if kind is HitKind.PERSON else ", "
    scored = []
    seen: set[int] = set()
    for item_id, name, *context, last_contact in (*named, *others):
        if item_id in seen:
            continue
        seen.add(item_id)
        bonus, title_match = _name_score(name, query)
        recency = _recency(_local_day(last_contact), today)
        if title_match:
            together = 0.5 if query.together(name) else 0.0
            score = 3.0 + bonus + together + recency
        else:
            score = 0.25 + 0.35 * recency  # below a note of the last two months
        scored.append(
            _Scored(
                kind,
                item_id,
                name,
                score,
                title_match,
                context=separator.join(part for part in context if part),
            )
        )
    return scored


def _score_entries(
    newest: Sequence[tuple[Any, ...]],
    adjacent: set[int],
    in_title: set[int],
    query: str,
    today: date,
) -> list[_Scored]:
    """Every candidate scored from its date, whether its words stand together and whether
    its title holds them: kinds are looked at for the hits shown, notes are read for
    those only."""
    folded_query = fold(query)
    scored = []
    for entry_id, at, title, kind, interaction_kind in newest:
        day = _local_day(at) or today
        score = _recency(day, today)
        if entry_id in adjacent:
            score += 0.3
        title_match = entry_id in in_title  # every word of the query is in the title
        if title_match:
            score += 1.0 + (1.0 if _folded_name(title or "")[0] == folded_query else 0.0)
        scored.append(
            _Scored(
                HitKind.ENTRY,
                entry_id,
                title or "",
                score,
                title_match,
                when=day,
                entry_kind=kind,
                interaction_kind=interaction_kind,
            )
        )
    return scored


def _local_day(at: str | datetime | None) -> date | None:
    """``local_date``, for hundreds of candidates a search: SQLite's text of a UTC moment
    ("2026-11-30 09:15:00.000000") told its day by the hour it is in."""
    if isinstance(at, str) and len(at) in (19, 26) and at[13] == ":":
        day = _day_of_hour(at[:13])
        if day is not None:
            return day
    return local_date(at)


@lru_cache(maxsize=8192)
def _day_of_hour(hour: str) -> date | None:
    """The local day of every moment of this UTC hour ("2026-11-30 09"), or None where the
    day (a zone half an hour off) or the clock (summer time) changes within it."""
    try:
        start = datetime.fromisoformat(hour + ":00:00").replace(tzinfo=UTC)
    except ValueError:
        return None
    first, last = start.astimezone(), (start + timedelta(hours=1, microseconds=-1)).astimezone()
    if first.utcoffset() != last.utcoffset() or first.date() != last.date():
        return None
    return first.date()


def _as_hits(chosen: Sequence[_Scored]) -> list[SearchHit]:
    """The ranked hits, their snippets not made yet."""
    return [
        SearchHit(
            hit.kind,
            hit.id,
            hit.title,
            _PENDING,
            when=hit.when,
            context=hit.context,
            entry_kind=_ENTRY_KINDS.get(hit.entry_kind) if hit.entry_kind else None,
            interaction_kind=(
                _INTERACTION_KINDS.get(hit.interaction_kind) if hit.interaction_kind else None
            ),
            score=round(hit.score, 4),
            title_match=hit.title_match,
            complete=False,
        )
        for hit in chosen
    ]


_PENDING = Snippet("")
# The kinds by their stored values, for sixty hits a keystroke.
_ENTRY_KINDS = {kind.value: kind for kind in EntryKind}
_INTERACTION_KINDS = {kind.value: kind for kind in InteractionKind}


def _completed(
    connection: Connection, hits: Sequence[SearchHit], wanted: Sequence[SearchHit], query: str
) -> list[SearchHit]:
    """``hits``, those of ``wanted`` not yet complete made so from their documents."""
    keys = {(hit.kind, hit.id) for hit in wanted if not hit.complete}
    docs: dict[tuple[HitKind, int], SearchDoc] = {}
    for kind in HitKind:
        ids = [item_id for hit_kind, item_id in keys if hit_kind is kind]
        if ids:
            docs.update(((kind, doc.id), doc) for doc in load_docs(connection, kind, ids))
    finished = []
    for hit in hits:
        key = (hit.kind, hit.id)
        if key not in keys:
            finished.append(hit)
        elif (doc := docs.get(key)) is not None:  # else gone since it was found
            finished.append(_with_snippet(hit, doc, query))
    return finished


def _with_snippet(hit: SearchHit, doc: SearchDoc, query: str) -> SearchHit:
    if hit.kind is HitKind.ENTRY:
        title = hit.title or summary_line("", doc.body)
        return replace(
            hit,
            title=title,
            snippet=_entry_snippet(doc, title, query),
            context=doc.names.replace("\n", ", "),
            complete=True,
        )
    return replace(hit, snippet=_entity_snippet(doc, hit.title_match, query), complete=True)


def _entry_snippet(doc: SearchDoc, title: str, query: str) -> Snippet:
    """Where the notes matched; else how they begin (never the title said again)."""
    lines = [line for line in doc.body[:SCAN_LIMIT].splitlines() if line.strip()]
    if lines and (lines[0].strip() == title or fold(lines[0]) == fold(title)):
        lines = lines[1:]
    body = flatten("\n".join(lines))
    found = make_snippet(body, query)
    if found is not None:
        return found
    return plain_snippet(body, query=query)


def _entity_snippet(doc: SearchDoc, name_matched: bool, query: str) -> Snippet:
    """A person or partner found by name: who they are; found by other words: where."""
    body = flatten(doc.body[:SCAN_LIMIT])
    if not name_matched:
        found = make_snippet(body, query)
        if found is not None:
            return found
    return plain_snippet(body, query=query)

"""The search index on SQLite: three FTS5 tables of folded text (``domain/search_text``).

This is the search module the architecture allows SQLite-only SQL in. The tables hold the
folded words, not the original text (snippets are made from the rows themselves), and
their rowid is the row's id. ``unicode61`` with diacritics kept only splits the folded
text on spaces and punctuation; the prefix indexes make a word being typed ("ngu",
"hang") cheap: without one, FTS5 merges the lists of every word it may begin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Any

from sqlalchemy import Connection, Executable, Integer, Subquery, TextClause, column, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, OperationalError

from partnerbook.domain.search import HitKind
from partnerbook.domain.search_text import index_text, is_cjk, query_groups
from partnerbook.store import cipher
from partnerbook.store.search_docs import SearchDoc, load_docs

TABLES = {
    HitKind.PERSON: "search_people",
    HitKind.PARTNER: "search_partners",
    HitKind.ENTRY: "search_entries",
}
COLUMNS = {
    HitKind.PERSON: ("name", "body"),
    HitKind.PARTNER: ("name", "body"),
    HitKind.ENTRY: ("title", "body", "names"),
}
# What the index's words are made by (domain/search_text): an index made by an older rule
# is rebuilt before the next search. 2: Hebrew prose also without its prefix letters.
# 3: a prefix index of four letters too (the tables are made again).
TOKENS_VERSION = "3"
_OPTIONS = "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4'"
_WORDLIKE = re.compile(r"\w")
_SOURCE = {
    HitKind.PERSON: "SELECT id FROM people WHERE deleted_at IS NULL",
    HitKind.PARTNER: "SELECT id FROM partners WHERE deleted_at IS NULL",
    HitKind.ENTRY: "SELECT id FROM entries WHERE deleted_at IS NULL",
}


def create_tables(connection: Connection) -> None:
    """The tables as this version makes them: one made with other options (an older
    version's) is made again, empty, for the rebuild to fill."""
    for kind, table in TABLES.items():
        made = f"CREATE VIRTUAL TABLE {table} USING fts5({', '.join(COLUMNS[kind])}, {_OPTIONS})"
        found = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).scalar()
        if found is not None and found != made:
            connection.exec_driver_sql(f"DROP TABLE {table}")
            found = None
        if found is None:
            connection.exec_driver_sql(made)
    connection.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS search_meta (key VARCHAR(40) PRIMARY KEY, value TEXT)"
    )


def drop_tables(connection: Connection) -> None:
    for table in (*TABLES.values(), "search_meta"):
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def mark_stale(connection: Connection) -> None:
    """Remember that a write could not reach the index: rebuild it before the next search."""
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO search_meta (key, value) VALUES ('stale', '1')"
    )


def needs_rebuild(connection: Connection) -> bool:
    if not is_built(connection):
        return True
    rows: dict[str, str] = dict(
        connection.exec_driver_sql(
            "SELECT key, value FROM search_meta WHERE key IN ('stale', 'tokens')"
        ).all()
    )
    return "stale" in rows or rows.get("tokens") != TOKENS_VERSION


def write(connection: Connection, kind: HitKind, ids: Sequence[int]) -> None:
    """Bring these rows' documents up to date (a trashed or deleted row leaves the index)."""
    if not ids:
        return
    table = TABLES[kind]
    docs = load_docs(connection, kind, ids)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(i,) for i in ids])
        _insert(cursor, kind, docs)
    finally:
        cursor.close()


def _insert(cursor: object, kind: HitKind, docs: Sequence[SearchDoc]) -> None:
    table = TABLES[kind]
    columns = COLUMNS[kind]
    marks = ", ".join("?" for _ in columns)
    prose = [column in ("title", "body") for column in columns]  # names are not prose
    rows = []
    for doc in docs:
        values = (doc.name, doc.body, doc.names)[: len(columns)]
        rows.append((doc.id, *(index_text(v, p) for v, p in zip(values, prose, strict=True))))
    cursor.executemany(  # type: ignore[attr-defined]
        f"INSERT INTO {table}(rowid, {', '.join(columns)}) VALUES (?, {marks})", rows
    )


def rebuild(connection: Connection) -> None:
    """Index everything again from the rows, in the caller's transaction (a migration, a
    bulk load): the steps of ``rebuild_in_steps``, all on one connection."""
    rebuild_in_steps(lambda step: step(connection))


Step = Callable[[Connection], None]


def rebuild_in_steps(run: Callable[[Step], None], chunk: int = 2000) -> None:
    """``rebuild``, one short transaction per ``chunk`` rows (``run`` gives each step a
    write transaction of its own): indexing 100,000 notes again takes seconds, and other
    writers (a note saved meanwhile, another process) must never wait that long for the
    lock. Rows written meanwhile are indexed by their own flush as always; a step rewrites
    its rows' documents whole, so the two never clash; and the index stays marked as
    needing a rebuild until the last step."""
    run(create_tables)
    for kind in TABLES:
        found: list[int] = []
        run(partial(_live_ids, kind=kind, into=found))
        for start in range(0, len(found), chunk):
            run(partial(write, kind=kind, ids=found[start : start + chunk]))
        run(partial(_finish_table, kind=kind))
    run(_mark_current)


def _live_ids(connection: Connection, kind: HitKind, into: list[int]) -> None:
    into.extend(row[0] for row in connection.exec_driver_sql(_SOURCE[kind]))


def _finish_table(connection: Connection, kind: HitKind) -> None:
    """Documents of rows gone meanwhile (or missed by a failed write) leave; then merge."""
    table = TABLES[kind]
    connection.exec_driver_sql(f"DELETE FROM {table} WHERE rowid NOT IN ({_SOURCE[kind]})")
    connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _mark_current(connection: Connection) -> None:
    connection.exec_driver_sql("DELETE FROM search_meta WHERE key = 'stale'")
    connection.exec_driver_sql(
        "INSERT OR REPLACE INTO search_meta (key, value) VALUES ('tokens', ?)",
        (TOKENS_VERSION,),
    )


def is_built(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name IN "
        "('search_people', 'search_partners', 'search_entries', 'search_meta')"
    ).scalar()
    return found == len(TABLES) + 1


def problems(connection: Connection) -> list[str]:
    """FTS5's own integrity check of each table, as readable lines."""
    found = []
    for table in TABLES.values():
        try:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except OperationalError as error:
            found.append(f"search index {table}: {error.orig}")
    return found


def match_expression(query: str, *, every_word_a_prefix: bool) -> str | None:
    """The FTS5 MATCH text for a query, or None when it has nothing to look for.

    Each group is a phrase (a CJK run's pairs in order, or one word). The last word, or
    every word when looking for names, may begin a longer one; a lone CJK character always
    does (it begins one of the index's tokens). A last word of one letter, after others,
    is still being typed and is left out rather than matched as a whole word.
    """
    groups = [
        [token for token in group if _WORDLIKE.search(token)] for group in query_groups(query)
    ]
    groups = [group for group in groups if group]
    if (
        len(groups) > 1
        and len(groups[-1]) == 1
        and len(groups[-1][0]) == 1
        and not is_cjk(groups[-1][0])
    ):
        groups.pop()
    phrases = []
    for number, group in enumerate(groups):
        phrase = '"' + " ".join(token.replace('"', '""') for token in group) + '"'
        word = group[0]
        if len(group) == 1 and is_cjk(word):
            prefix = len(word) == 1
        else:
            last = number == len(groups) - 1
            prefix = len(group) == 1 and (every_word_a_prefix or last)
        phrases.append(phrase + ("*" if prefix else ""))
    return " ".join(phrases) if phrases else None


def phrase_expression(query: str) -> str | None:
    """The query's words as one phrase, for the bonus of words standing together; None
    for a single word or group (nothing to gain)."""
    words = [w for group in query_groups(query) for w in group if _WORDLIKE.search(w)]
    groups = query_groups(query)
    if len(groups) < 2 or any(is_cjk(word) for word in words):
        return None
    return '"' + " ".join(word.replace('"', '""') for word in words) + '"*'


def in_title(expression: str) -> str:
    """The same expression, matched in the entries' titles only."""
    return f"{{title}} : ({expression})"


def ids_matching(kind: HitKind) -> TextClause:
    """The ids of the rows matching the bound ``fts_expression``, as a subquery for a
    portable query to narrow its rows with (``id IN (...)``)."""
    table = TABLES[kind]
    return text(f"SELECT rowid FROM {table} WHERE {table} MATCH :fts_expression")


def in_name(expression: str) -> str:
    """The same expression, matched in the names (of people and partners) only."""
    return f"{{name}} : ({expression})"


def newest_ids(
    connection: Connection, kind: HitKind, expression: str, limit: int, lowest: int = 0
) -> list[int]:
    """Ids of the newest ``limit`` matches with an id of at least ``lowest``, unranked: for
    what only has to be true of a match (its words together, in its title). FTS5 starts
    at ``lowest``, so asking of a set of newest matches costs what that set does."""
    table = TABLES[kind]
    rows = _rows(
        connection,
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid >= ? "
        "ORDER BY rowid DESC LIMIT ?",
        (expression, lowest, limit),
    )
    return [int(row[0]) for row in rows]


def matches(kind: HitKind) -> Subquery:
    """The newest matches of the bound ``fts_expression`` (at most ``fts_limit``, largest
    ids first) as a subquery of ``id``, for a portable query to read what it needs of
    those rows in the same statement. Unranked: FTS5 walks its lists from the newest and
    stops, where bm25 would count every row each word is in."""
    table = TABLES[kind]
    return (
        text(
            f"SELECT rowid AS id FROM {table} WHERE {table} MATCH :fts_expression "
            "ORDER BY rowid DESC LIMIT :fts_limit"
        )
        .columns(column("id", Integer))
        .subquery("found")
    )


def read_matches(
    connection: Connection, statement: Executable, parameters: dict[str, object]
) -> list[Any]:
    """The rows of a query over ``matches`` as the driver gives them (text as stored, no
    result processing: hundreds of rows a keystroke); none for an expression FTS5 cannot
    read."""
    sql, names, fixed = _compiled(statement, connection.dialect)
    values = {**fixed, **parameters}
    return _rows(connection, sql, tuple(values[name] for name in names))


@lru_cache(maxsize=32)
def _compiled(
    statement: Executable, dialect: Dialect
) -> tuple[str, tuple[str, ...], dict[str, object]]:
    """The statement's SQL, the order of its parameters and the values it fixes itself
    (an offset of 0 beside a bound limit), compiled once."""
    compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
    return str(compiled), tuple(compiled.positiontup or ()), dict(compiled.params)


def _rows(connection: Connection, sql: str, parameters: tuple[object, ...]) -> list[Any]:
    """The rows of one MATCH query as the driver's tuples, on the connection's own
    cursor (these run several times a keystroke, and a result's rows cost more to make
    than to read); none for a query FTS5 cannot read."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, parameters).fetchall()  # type: ignore[no-any-return]
    except cipher.ERRORS as error:
        if isinstance(error, cipher.OPERATIONAL_ERRORS) and "fts5" in str(error).lower():
            return []  # a query FTS5 cannot read: nothing found
        # As SQLAlchemy would have raised it: a damaged or locked file is told apart above.
        raise DBAPIError.instance(sql, parameters, error, Exception) from error
    finally:
        cursor.close()

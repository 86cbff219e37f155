"""Hostile text for the fuzz tests, and the checks every example ends with.

Loaded by each test file with ``importlib`` (pytest runs with --import-mode=importlib, so
test modules cannot import each other). What PartnerBook does with such text is one
rule, ``partnerbook.domain.text.storable``: NUL removed, a lone surrogate replaced by
U+FFFD, everything else kept as typed; names and other one-line fields also collapse
whitespace runs. Every example ends in a value that reads back as that rule says, or in a
``UserError`` with a message: never another exception, never a row check or the search
index finds wrong.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from partnerbook.domain.text import storable
from partnerbook.errors import UserError

T = TypeVar("T")

EXAMPLES = int(os.environ.get("PARTNERBOOK_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a 2-core CI machine is slow now and then; time is not the property
    derandomize=os.environ.get("CI") == "1",
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one journal per test function, on purpose
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
    database=None,
)

BIDI = [chr(c) for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))]
PIECES = [
    "\x00",
    "\ud800",  # a lone high surrogate
    "\udfff",
    "\udc80",  # a byte that was not UTF-8, as surrogateescape gives it
    "\ud83d\ude00",  # both halves of 😀, written apart
    "\x1b[31m",
    "\x07",
    "\x7f",
    "\x85",  # NEL: whitespace to Python
    "\x9b",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\u200b",
    "\u200d",
    "e\u0301\u0301\u0301",
    "\u0e47" * 20,  # a stack of combining marks
    "👩\u200d👩\u200d👧\u200d👦",
    "🇻🇳",
    "🏳️\u200d🌈",
    "Nguyễn Thị Lan",
    "שִׁירָה לֵוִי",
    "合作伙伴",
    "\r\n",
    "\t",
    "  ",
    "'",
    '"',
    "*",
    "NEAR(",
    "a OR b",
    "#12",
    "%",
    "_",
    "\\",
    *BIDI,
]

_any_char = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.characters(categories=["Cs"]),
    st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Mn", "Me"]),
)
_short = st.one_of(
    st.text(_any_char, max_size=40),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(_any_char, max_size=4)), max_size=10).map(
        "".join
    ),
)


class Big(str):
    """A huge string that prints short when hypothesis reports an example."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Big({len(self)} chars: {str.__repr__(self[:24])}…)"


MB = 1_000_000
HUGE = [
    "x" * (5 * MB),  # a 5 MB note
    "合作" * (5 * MB // 6),  # 5 MB of Chinese in UTF-8
    ("đường dài \u202e" * 100 + "\n") * 5000,  # long lines with RTL overrides, ~ 6 MB
    "\x00" * 1000 + "y" * (MB - 1000),  # NUL padding: under the limit once stripped
    "z" * MB,  # exactly at the 1 MB limit
    "z" * (MB + 1),
    "\ud800" * 5000,
    "n" * 300,  # a name at the limit
    "n" * 301,
    ("a " * 200_000).strip(),  # one long "line" of many words
]
huge = st.sampled_from([Big(text) for text in HUGE])
# Mostly short hostile strings (fast), a huge one now and then.
hostile = st.one_of(_short, _short, _short, huge)
short_hostile = _short


def expected_line(text: str) -> str:
    """What a one-line field keeps: storable, whitespace runs as one space, stripped."""
    return " ".join(storable(text).split())


def expected_long(text: str) -> str:
    return storable(text)


def outcome(call: Callable[[], T]) -> tuple[bool, T | UserError]:
    """(True, value) or (False, the UserError); anything else fails the test."""
    try:
        return True, call()
    except UserError as error:
        assert error.message.strip(), "a UserError without a message"
        assert len(error.message) < 20_000, "a message quoting the whole input"
        return False, error


def index_dump(journal: Any) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("search_people", "search_partners", "search_entries")
    with journal.engine.connect() as connection:
        return {
            table: list(connection.exec_driver_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid"))
            for table in tables
        }


def assert_consistent(journal: Any) -> None:
    """No corrupted row (check passes) and the search index is what a rebuild makes."""
    from partnerbook.services.search import rebuild_index
    from partnerbook.store import search_fts
    from partnerbook.store.check import check_journal

    report = check_journal(journal.location)
    assert report.healthy, report.problems
    with journal.engine.connect() as connection:
        assert not search_fts.needs_rebuild(connection), "the index went stale"
        assert search_fts.problems(connection) == []
    before = index_dump(journal)
    rebuild_index(journal)
    assert index_dump(journal) == before, "the search index differs from a rebuild"

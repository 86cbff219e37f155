"""Search with any query; the date, intent, search-text and snippet parsers on any text."""

from __future__ import annotations

import itertools
import sys
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from partnerbook.domain import search_text, snippets
from partnerbook.domain.dates import DateParseError, When, parse_past_or_present, parse_when
from partnerbook.domain.note_intent import read_intent
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.search import search
from partnerbook.store.engine import Journal

H = sys.modules["partnerbook_fuzz_hostile"]
_COUNTER = itertools.count()
NOW = datetime(2025, 6, 1, 10, 30)
NOTES = [
    "cà phê với chị Lan ở Hà Nội — she needs a Q1 KPI win",
    "שירה מחפשת שותפות חדשה \u200f(קפה)\u200f",
    "与王芳讨论合作伙伴计划 👩\u200d👩\u200d👧\u200d👦",
]


@H.FUZZ
@given(query=H.hostile)
def test_any_query_finds_or_finds_nothing(journal: Journal, query: str) -> None:
    if not search(journal, "kpi"):
        for note in NOTES:
            capture_note(journal, NoteRequest(note, people=["Nguyễn Thị Lan"]))
    saved, hits = H.outcome(lambda: search(journal, query))
    assert saved, hits  # a query is never refused: it finds something or nothing
    for hit in hits:
        assert hit.title and hit.snippet is not None
    H.assert_consistent(journal)


@H.FUZZ
@given(note=H.hostile, query=H.short_hostile)
def test_a_hostile_note_is_found_by_its_words_and_its_snippet_is_short(
    journal: Journal, note: str, query: str
) -> None:
    marker = "zebrafish" + "".join(chr(97 + int(d)) for d in str(next(_COUNTER)))
    saved, captured = H.outcome(lambda: capture_note(journal, NoteRequest(f"{marker} {note}")))
    if saved:  # one marker per example: a page of hits holds at most 60 of one word
        assert captured.entry_id in {hit.id for hit in search(journal, marker)}
        for hit in search(journal, f"{marker} {query}"):
            assert len(hit.snippet.text) < 1000
    H.assert_consistent(journal)


@H.FUZZ
@given(text=H.hostile, past=st.booleans(), languages=st.sampled_from([None, ["vi"], ["he"]]))
def test_a_date_phrase_is_read_or_refused_in_words(
    text: str, past: bool, languages: list[str] | None
) -> None:
    parse = parse_past_or_present if past else parse_when
    try:
        when = parse(text, NOW, languages=languages)
    except DateParseError as error:  # the parsers' documented refusal
        assert str(error) and len(str(error)) < 400
    else:
        assert isinstance(when, When) and abs(when.day.year - NOW.year) <= 10


@H.FUZZ
@given(text=H.hostile)
def test_a_note_intent_is_read_from_any_text(text: str) -> None:
    intent = read_intent(text, NOW)
    assert intent.follow_up is None or isinstance(intent.follow_up, When)


@H.FUZZ
@given(text=H.hostile, query=H.short_hostile)
def test_search_text_and_snippets_take_any_text(text: str, query: str) -> None:
    indexed = search_text.index_text(text)
    assert isinstance(indexed, str)
    assert isinstance(search_text.query_groups(query), list)
    snippet = snippets.make_snippet(text, query)
    if snippet is not None:
        assert len(snippet.text) < 1000
    plain = snippets.plain_snippet(text, query=query)
    assert len(plain.text) < 1000
    assert isinstance(snippets.flatten(text[:10_000]), str)

"""An interaction's fields, give & take items, reviews and drafts, given hostile text."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from partnerbook.domain.enums import LedgerDirection, LedgerKind, ReviewPeriod
from partnerbook.domain.text import first_line
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.drafts import load_draft, save_draft
from partnerbook.services.interaction_editing import (
    FIELDS,
    add_task,
    load_interaction,
    save_interaction_field,
)
from partnerbook.services.ledger import add_item, load_item
from partnerbook.services.partners import create_partner
from partnerbook.services.reviews import Review, kpis_from_rows, load_review, save_review
from partnerbook.store.engine import Journal

H = sys.modules["partnerbook_fuzz_hostile"]
TEXT_FIELDS = {"title": "line", "place": "line", "body": "long"}


@H.FUZZ
@given(field=st.sampled_from(sorted(FIELDS)), value=H.hostile)
def test_every_interaction_field_takes_hostile_text_or_refuses_it(
    journal: Journal, field: str, value: str
) -> None:
    entry = capture_note(journal, NoteRequest("cà phê với chị Lan", people=["Lan"])).entry_id
    saved, _ = H.outcome(lambda: save_interaction_field(journal, entry, field, value))
    if saved:
        note = load_interaction(journal, entry)
        stored = getattr(note, field)
        if field == "title" and not H.expected_line(value):
            assert stored == first_line(note.body)  # an empty title shows the first line
        elif TEXT_FIELDS.get(field) == "line":
            assert stored == (H.expected_line(value) or None)
        elif field == "body":
            assert stored == H.expected_long(value)
        elif field == "topics":
            lines = [line.strip() for line in H.expected_long(value).splitlines()]
            assert stored == tuple(line[:500] for line in lines if line)
        else:
            assert stored == FIELDS[field](value)
    H.assert_consistent(journal)


@H.FUZZ
@given(text=H.hostile)
def test_a_task_out_of_an_interaction_takes_hostile_text(journal: Journal, text: str) -> None:
    entry = capture_note(journal, NoteRequest("gọi anh Đức", people=["Đức"])).entry_id
    saved, task = H.outcome(lambda: add_task(journal, entry, text, date(2025, 6, 3)))
    if saved:
        [found] = [t for t in load_interaction(journal, entry).tasks if t.id == task]
        assert found.title == H.expected_line(text)[:500]
    else:
        assert not H.expected_line(text)
    H.assert_consistent(journal)


@H.FUZZ
@given(
    title=H.hostile,
    referred=H.hostile,
    value=st.one_of(H.short_hostile, st.sampled_from(["NaN", "-Infinity", "1e999", "12,5"])),
    currency=H.short_hostile,
    kind=st.sampled_from(LedgerKind),
)
def test_a_give_or_take_item_takes_hostile_text_or_refuses_it(
    journal: Journal, title: str, referred: str, value: str, currency: str, kind: LedgerKind
) -> None:
    at = datetime(2025, 5, 2, 6, 20, tzinfo=UTC)
    saved, item = H.outcome(
        lambda: add_item(
            journal,
            LedgerDirection.GIVEN,
            kind,
            title,
            at,
            referred_name=referred,
            value=value,
            currency=currency,
        )
    )
    if saved:
        loaded = load_item(journal, item)
        assert loaded.title == H.expected_line(title)[:500]
        if kind is LedgerKind.REFERRAL:
            assert loaded.referred_name == (H.expected_line(referred) or None)
        assert loaded.value is None or loaded.value.is_finite()
    H.assert_consistent(journal)


@H.FUZZ
@given(
    summary=H.hostile,
    next_steps=H.hostile,
    rows=st.lists(st.tuples(*[H.short_hostile] * 4), max_size=4),
)
def test_a_review_takes_hostile_text_or_refuses_it(
    journal: Journal, summary: str, next_steps: str, rows: list[tuple[str, str, str, str]]
) -> None:
    partner_id = create_partner(journal, "Sen Vàng Consulting")

    def save() -> int:
        kpis = kpis_from_rows(rows)
        review = Review(
            partner_id,
            "Sen Vàng Consulting",
            ReviewPeriod.QUARTERLY,
            date(2025, 1, 1),
            date(2025, 3, 31),
            summary=summary,
            next_steps=next_steps,
            kpis=kpis,
        )
        return save_review(journal, review)

    saved, entry = H.outcome(save)
    if saved:
        loaded = load_review(journal, entry)
        assert loaded.summary == H.expected_long(summary)
        assert loaded.next_steps == H.expected_long(next_steps)
        for kpi in loaded.kpis:
            assert kpi.name and kpi.name == H.expected_long(kpi.name)
    H.assert_consistent(journal)


@H.FUZZ
@given(body=st.one_of(H.hostile, st.sampled_from(["\x00", "\x00\x00 ", "\ud800"])))
def test_a_draft_keeps_hostile_text_as_cleaned(journal: Journal, body: str) -> None:
    saved, _ = H.outcome(lambda: save_draft(journal, "quick-capture", body))
    if saved:
        expected = H.expected_long(body[:2_000_000])
        assert load_draft(journal, "quick-capture") == (expected or None)
    H.assert_consistent(journal)

"""Quick notes with hostile text: the note, the people's and the partner's names."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from partnerbook.domain.enums import InteractionKind
from partnerbook.domain.text import first_line
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.interaction_editing import load_interaction
from partnerbook.services.people import get_person
from partnerbook.store.engine import Journal

H = sys.modules["partnerbook_fuzz_hostile"]


@H.FUZZ
@given(text=H.hostile, kind=st.sampled_from(InteractionKind))
def test_a_hostile_note_is_saved_as_cleaned_or_refused(
    journal: Journal, text: str, kind: InteractionKind
) -> None:
    saved, result = H.outcome(lambda: capture_note(journal, NoteRequest(text, kind=kind)))
    if saved:
        body = H.expected_long(text).strip()
        note = load_interaction(journal, result.entry_id)
        assert (note.body, note.title, note.interaction_kind) == (body, first_line(body), kind)
    else:
        assert len(H.expected_long(text).strip().encode()) > 1_000_000 or not body_of(text)
    H.assert_consistent(journal)


def body_of(text: str) -> str:
    return H.expected_long(text).strip()


@H.FUZZ
@given(name=H.hostile, partner=H.hostile, text=H.short_hostile)
def test_hostile_names_make_people_and_partners_as_cleaned_or_are_refused(
    journal: Journal, name: str, partner: str, text: str
) -> None:
    request = NoteRequest(text or "coffee", new_people=[name], partner=partner)
    saved, result = H.outcome(lambda: capture_note(journal, request))
    if saved:
        [person] = result.created_people
        assert person.display_name == H.expected_line(name)
        assert get_person(journal, person.id).display_name == H.expected_line(name)
        assert (result.partner is not None) == bool(partner)
        if result.created_partner:
            assert result.partner.name == H.expected_line(partner)
    else:
        names = (name, partner) if partner else (name,)
        assert any(not 0 < len(H.expected_line(value)) <= 300 for value in names) or not body_of(
            text or "coffee"
        )
    H.assert_consistent(journal)


@H.FUZZ
@given(name=H.short_hostile)
def test_a_hostile_name_to_look_up_finds_or_creates_or_is_refused(
    journal: Journal, name: str
) -> None:
    capture_note(journal, NoteRequest("seed", people=["Nguyễn Thị Lan"], partner="合作伙伴"))
    saved, result = H.outcome(lambda: capture_note(journal, NoteRequest("x", people=[name])))
    if saved:
        for person in result.created_people:
            assert person.display_name == H.expected_line(name)
    H.assert_consistent(journal)

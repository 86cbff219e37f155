"""Drafts: what the user is typing, kept in the journal itself as it is typed.

The journal is already fsync'd on every commit (WAL, synchronous=FULL), so a draft
written here survives a crash, a kill or a closed lid just as a saved note does; the
next window that opens the same slot finds it. Each slot holds one draft, replaced
wholesale: the caller decides what the text means (often JSON).
"""

from __future__ import annotations

from partnerbook.store.engine import Journal
from partnerbook.store.models import Draft

QUICK_CAPTURE = "quick-capture"
MAX_DRAFT_CHARS = 2_000_000


def save_draft(journal: Journal, slot: str, body: str) -> None:
    """Keep ``body`` as the draft of ``slot``; an empty body removes the draft."""
    if not body:
        discard_draft(journal, slot)
        return
    body = body[:MAX_DRAFT_CHARS]
    with journal.write() as session:
        draft = session.get(Draft, slot)
        if draft is None:
            session.add(Draft(slot=slot, body=body, updated_at=journal.now()))
        elif draft.body != body:
            draft.body = body
            draft.updated_at = journal.now()


def load_draft(journal: Journal, slot: str) -> str | None:
    with journal.read() as session:
        draft = session.get(Draft, slot)
        return draft.body if draft is not None else None


def discard_draft(journal: Journal, slot: str) -> None:
    with journal.write() as session:
        draft = session.get(Draft, slot)
        if draft is not None:
            session.delete(draft)

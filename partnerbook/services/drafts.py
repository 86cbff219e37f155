"""Drafts: what the user is typing, kept in the journal itself as it is typed.

The journal is already fsync'd on every commit (WAL, synchronous=FULL), so a draft
written here survives a crash, a kill or a closed lid just as a saved note does; the
next window that opens the same slot finds it. Each slot holds one draft, replaced
wholesale: the caller decides what the text means (often JSON).
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from partnerbook.domain.text import storable
from partnerbook.errors import StorageError
from partnerbook.messages import Problem
from partnerbook.store.engine import Journal
from partnerbook.store.models import Draft

QUICK_CAPTURE = "quick-capture"
MAX_DRAFT_CHARS = 2_000_000


def save_draft(journal: Journal, slot: str, body: str) -> None:
    """Keep ``body`` as the draft of ``slot``; an empty body removes the draft."""
    body = storable(body[:MAX_DRAFT_CHARS])
    if not body:
        discard_draft(journal, slot)
        return
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


# --- when the journal cannot be written -------------------------------------------------------
#
# A full disk, a read-only folder, a removed drive: the draft cannot go into the journal.
# It is then kept in a small file of its own in the config folder (0600, written whole or
# not at all), one per journal and slot, and given back by the next window; once the
# journal takes it again, the file goes.

FALLBACK_FOLDER = "unsaved-drafts"


def fallback_file(folder: Path, journal: Journal, slot: str) -> Path:
    key = hashlib.sha256(journal.location.describe().encode("utf-8")).hexdigest()[:16]
    return folder / FALLBACK_FOLDER / f"{slot}-{key}.txt"


def keep_outside(folder: Path, journal: Journal, slot: str, body: str) -> Path:
    """Write ``body`` to the fallback file (StorageError when that fails too)."""
    from partnerbook.paths import make_private_dir
    from partnerbook.services.files import write_atomically

    target = fallback_file(folder, journal, slot)
    try:
        make_private_dir(target.parent)
    except OSError as error:
        raise StorageError(
            Problem.tr(
                "Cannot create {parent}: {detail}.",
                parent=target.parent,
                detail=error.strerror or error,
            ),
            Problem.tr("Keep the window open: what you typed is still there."),
        ) from error
    return write_atomically(target, body[:MAX_DRAFT_CHARS].encode("utf-8"))


def load_outside(folder: Path, journal: Journal, slot: str) -> str | None:
    try:
        return fallback_file(folder, journal, slot).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def forget_outside(folder: Path, journal: Journal, slot: str) -> None:
    """The journal holds the draft again (or it was saved): the fallback copy goes."""
    with contextlib.suppress(OSError):
        fallback_file(folder, journal, slot).unlink(missing_ok=True)

"""What a search finds, as plain values for the window and the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partnerbook.domain.enums import EntryKind, InteractionKind


class HitKind(StrEnum):
    PERSON = "person"
    PARTNER = "partner"
    ENTRY = "entry"


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short passage of the original text; ``marks`` are (start, end) spans of ``text``
    that matched the query, to be highlighted."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: HitKind
    id: int
    title: str
    snippet: Snippet
    # Entries: the local date they happened (or are due). People and partners: None.
    when: date | None = None
    # A few words of context: a person's partner and city, a partner's city.
    context: str = ""
    entry_kind: EntryKind | None = None
    interaction_kind: InteractionKind | None = None
    # Higher is better; comparable within one search only.
    score: float = 0.0
    # The title itself matched (a name typed whole or by its beginning).
    title_match: bool = False
    # False: ranked, but its snippet (and a note's names, or an untitled note's first
    # line) not read yet; ``services.search.complete`` reads them.
    complete: bool = True


def display_order(hits: Sequence[SearchHit]) -> list[SearchHit]:
    """The hits as a list shows them: grouped by kind, each group where its best hit ranks
    (``hits`` come best first), best first within it."""
    groups: dict[HitKind, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return [hit for members in groups.values() for hit in members]

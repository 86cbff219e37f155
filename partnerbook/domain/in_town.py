"""Who is in town: people in a city or country, longest unseen first ("I'm in Hanoi next
week — whom should I see?"), and the places the journal knows, for completion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partnerbook.domain.enums import CadenceState
from partnerbook.domain.text import fold


class PlaceKind(StrEnum):
    CITY = "city"
    COUNTRY = "country"


@dataclass(frozen=True, slots=True)
class InTownRow:
    id: int
    display_name: str
    partner: str | None
    role: str | None
    city: str | None
    country: str | None
    last_contact: date | None  # the local day of the last interaction; None: never met
    days_since: int | None
    cadence_state: CadenceState


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """A city or country as typed on people's pages, with how many people live there."""

    name: str
    kind: PlaceKind
    people: int


def place_key(text: str) -> str:
    """Folded, letters and digits only: "Hà Nội", "ha noi", "HANOI" and "Ha-Noi" meet."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def place_matches(place: str, typed: str) -> bool:
    """The typed text begins the place, or one of its words onwards ("york" finds New
    York, "chiminh" finds Ho Chi Minh City), spaces, case and diacritics aside."""
    wanted = place_key(typed)
    if not wanted:
        return False
    words = fold(place).split()
    return any(place_key(" ".join(words[i:])).startswith(wanted) for i in range(len(words)))

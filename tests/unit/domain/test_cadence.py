from __future__ import annotations

from datetime import date, timedelta

import pytest

from partnerbook.domain.cadence import Cadence, cadence_state, overdue_days
from partnerbook.domain.enums import CadenceState

TODAY = date(2026, 11, 23)


def test_states_follow_ideal_and_too_long_marks() -> None:
    cadence = Cadence(30, 60)
    assert cadence_state(cadence, TODAY - timedelta(days=30), TODAY) is CadenceState.OK
    assert cadence_state(cadence, TODAY - timedelta(days=31), TODAY) is CadenceState.DUE
    assert cadence_state(cadence, TODAY - timedelta(days=60), TODAY) is CadenceState.DUE
    assert cadence_state(cadence, TODAY - timedelta(days=61), TODAY) is CadenceState.OVERDUE


def test_no_cadence_and_never_contacted() -> None:
    assert cadence_state(None, TODAY, TODAY) is CadenceState.NONE
    assert cadence_state(Cadence(14), None, TODAY) is CadenceState.DUE


def test_too_long_defaults_to_half_again_the_ideal() -> None:
    assert Cadence(30).too_long == 45


def test_overdue_days_counts_past_the_ideal() -> None:
    assert overdue_days(Cadence(30), TODAY - timedelta(days=45), TODAY) == 15
    assert overdue_days(Cadence(30), TODAY - timedelta(days=10), TODAY) == -20
    assert overdue_days(Cadence(30), None, TODAY) is None


@pytest.mark.parametrize(("ideal", "too_long"), [(0, None), (-3, None), (30, 10)])
def test_nonsense_cadences_are_refused(ideal: int, too_long: int | None) -> None:
    with pytest.raises(ValueError, match="rhythm"):
        Cadence(ideal, too_long)

"""The collector rests during bulk work and comes back after the last of it, as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from partnerbook.services.collector import bulk, collector_paused


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_while_bulk_work_runs_and_back_after_even_when_it_fails() -> None:
    gc.enable()

    @bulk
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("a malformed file")

    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()


def test_back_only_after_the_last_of_two_overlapping_operations() -> None:
    gc.enable()
    inner_started, outer_may_end = threading.Event(), threading.Event()

    def other_thread() -> None:
        with collector_paused():
            inner_started.set()
            outer_may_end.wait(5)

    with collector_paused():
        worker = threading.Thread(target=other_thread)
        worker.start()
        assert inner_started.wait(5)
    assert not gc.isenabled()  # the worker's import is still under way
    outer_may_end.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()

"""The cyclic garbage collector paused for a bulk operation.

Importing 10,000 cards makes some 100,000 objects (cards, the session's rows, their
states) that all stay alive until the import ends. Each time enough have been made, the
collector walks every one of them again and finds nothing to free: a third of the
import's time. Reference counting frees what it can meanwhile; the collector catches any
cycles left once it runs again after the import. Peak memory is the same either way.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_LOCK = threading.Lock()
_paused = 0  # bulk operations under way (an import on a worker, a command line's own)
_resume = False  # whether the collector ran before the first of them

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection until the last bulk operation under way is over."""
    global _paused, _resume
    with _LOCK:
        if _paused == 0:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _LOCK:
            _paused -= 1
            if _paused == 0 and _resume:
                gc.enable()


def bulk(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run with the collector paused."""

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return function(*args, **kwargs)

    return paused

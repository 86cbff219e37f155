"""Hearing back from a worker thread, safely however soon its window is closed.

A worker hands its result to the window's thread with a queued signal. Emitting a signal
of an object that the window's thread is deleting at that very moment (a view closed,
and the relay that was its child with it) crashes Qt. So every worker here emits on one
mailbox that lives as long as the app; the window's thread hands what arrives to its
owner's callback, or to nobody once the owner is gone.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Signal


class _Mailbox(QObject):
    delivered = Signal(int, object)  # the receiver's key, its arguments


_box: _Mailbox | None = None
_receivers: dict[int, Callable[..., None]] = {}
_keys = itertools.count(1)


def _mailbox() -> _Mailbox:
    """The app's one mailbox (made on the window's thread, the first time it is needed)."""
    global _box
    if _box is None or not shiboken6.isValid(_box):
        _box = _Mailbox(QCoreApplication.instance())  # lives as long as the app
        _box.delivered.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    return _box


def _deliver(key: int, arguments: tuple[Any, ...]) -> None:
    receive = _receivers.get(key)
    if receive is not None:  # else its owner is gone, or it was closed: nobody to tell
        receive(*arguments)


class Relay:
    """``send(...)`` from any thread calls ``receive(...)`` on the window's thread, for as
    long as ``owner`` lives (make it on the window's thread)."""

    def __init__(self, owner: QObject, receive: Callable[..., None]) -> None:
        self._box = _mailbox()
        self._key = next(_keys)
        _receivers[self._key] = receive
        self._owner = owner
        self._watch: QMetaObject.Connection | None = owner.destroyed.connect(self._forget)

    def send(self, *arguments: Any) -> None:
        with suppress(RuntimeError):  # the app itself is gone (a worker outliving it)
            self._box.delivered.emit(self._key, arguments)

    def close(self) -> None:
        """Nothing more is to be delivered (on the window's thread, once done with it)."""
        self._forget()
        if self._watch is not None and shiboken6.isValid(self._owner):
            with suppress(RuntimeError, TypeError):
                self._owner.destroyed.disconnect(self._watch)
        self._watch = None

    def _forget(self, *_: Any) -> None:
        _receivers.pop(self._key, None)

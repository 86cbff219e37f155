"""A worker's answer reaches its owner on the window's thread, and nobody once it is gone."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook.ui.relay import Relay


def _from_a_worker(relay: Relay, *arguments: Any) -> None:
    worker = threading.Thread(target=relay.send, args=arguments)
    worker.start()
    worker.join(5)


def test_an_answer_is_received_on_the_windows_thread(qtbot: QtBot) -> None:
    owner = QObject()
    heard: list[tuple[Any, ...]] = []
    relay = Relay(owner, lambda *a: heard.append((*a, threading.current_thread().name)))
    _from_a_worker(relay, 7, "lan")
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(7, "lan", threading.main_thread().name)]


def test_an_owner_gone_meanwhile_hears_nothing_and_nothing_breaks(qtbot: QtBot) -> None:
    owner = QObject()
    heard: list[int] = []
    relay = Relay(owner, heard.append)
    shiboken6.delete(owner)  # closed while its worker was still at work
    _from_a_worker(relay, 1)
    qtbot.wait(50)
    QApplication.processEvents()
    assert heard == []


def test_a_closed_relay_delivers_nothing_more(qtbot: QtBot) -> None:
    owner = QObject()
    heard: list[int] = []
    relay = Relay(owner, heard.append)
    _from_a_worker(relay, 1)
    qtbot.waitUntil(lambda: heard == [1])
    relay.close()
    _from_a_worker(relay, 2)
    qtbot.wait(50)
    assert heard == [1]


def test_closed_relays_leave_no_watch_on_their_owner(qtbot: QtBot) -> None:
    """Today reads in the background after every change: a relay per read must not pile
    up connections on the view for as long as the window is open."""
    from PySide6.QtCore import SIGNAL

    owner = QObject()
    Relay(owner, print).close()
    settled = owner.receivers(SIGNAL("destroyed(QObject*)"))
    for _ in range(20):
        Relay(owner, print).close()
    assert owner.receivers(SIGNAL("destroyed(QObject*)")) == settled

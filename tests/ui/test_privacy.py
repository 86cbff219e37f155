"""Nothing leaks: a whole window session opens no network connection, and every file it
creates is its owner's only."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook.app import AppController
from partnerbook.gui_options import GuiOptions
from partnerbook.paths import AppPaths
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.partners import create_partner
from partnerbook.services.people import change_partner, create_person
from partnerbook.store.engine import resolve_location
from partnerbook.store.migrate import open_journal
from tests.ui.conftest import type_text


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt at a network connection or a name lookup fails the test (and is kept)."""
    tried: list[str] = []

    def refuse(what: str) -> object:
        def fail(*args: object, **_kwargs: object) -> None:
            tried.append(f"{what}{args[1:] if what == 'connect' else args}")
            raise NetworkUsedError(f"PartnerBook tried the network: {what} {args}")

        return fail

    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: object) -> None:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return real_connect(sock, address)  # local IPC only (none is used offscreen)
        return refuse("connect")(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield tried
    assert tried == [], tried


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[AppController]:
    hook = sys.excepthook
    made = AppController(qapp, AppPaths.default(), GuiOptions(theme="light"))
    yield made
    made.shutdown()
    if made.window is not None:
        made.window.close()
    sys.excepthook = hook


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_full_session_opens_no_connection_and_leaves_only_private_files(
    controller: AppController,
    no_network: list[str],
    qtbot: QtBot,
    isolated_home: Path,
) -> None:
    previous = os.umask(0o022)  # a desktop's usual umask: our modes must not rely on it
    try:
        paths = AppPaths.default()
        journal_path = paths.default_journal
        seeded = open_journal(resolve_location(journal_path))
        try:
            acme = create_partner(seeded, "Acme Pay")
            lan = create_person(seeded, "Nguyễn Thị Lan")
            change_partner(seeded, lan, acme)
            capture_note(seeded, NoteRequest(text="Coffee: she needs the Q1 KPI", people=["Lan"]))
        finally:
            seeded.close()

        assert controller.start(resolve_location(journal_path)) is None
        window = controller.window
        for view in ("today", "people", "partners", "timeline", "search"):
            window.show_view(view)
            qtbot.wait(20)
        window.open_person(lan)
        window.open_partner(acme)
        brief = window.open_brief("person", lan)
        assert brief is not None
        brief.close()
        window.show_view("search")
        window.search_view.set_query("kpi")
        qtbot.wait(300)  # the search runs on a worker thread and comes back
        palette = window.go_to()
        type_text(palette.line, "lan")
        qtbot.wait(50)
        palette.close()
        capture = window.quick_capture()
        type_text(capture.note, "A quick note")
        capture.flush_draft()
        capture.close()
        controller.backup_now()
        controller.shutdown()
        assert "PySide6.QtNetwork" not in sys.modules  # nothing even loaded Qt's networking

        made = list(isolated_home.rglob("*"))
        files = {p.relative_to(isolated_home).as_posix(): oct(mode(p)) for p in made if p.is_file()}
        folders = {
            p.relative_to(isolated_home).as_posix(): oct(mode(p)) for p in made if p.is_dir()
        }
        for name in ("data/journal.sqlite", "data/journal.sqlite.lock", "config/partnerbook.ini"):
            assert name in files, files
        assert any(name.startswith("data/journal-backups/manual-") for name in files), files
        assert {k: v for k, v in files.items() if v != oct(0o600)} == {}
        assert {k: v for k, v in folders.items() if v != oct(0o700)} == {}
    finally:
        os.umask(previous)


def test_the_smoke_run_opens_no_connection(tmp_path: Path, isolated_home: Path) -> None:
    """A separate process, where any INET connection or lookup fails loudly (and is noted)."""
    site = tmp_path / "site"
    site.mkdir()
    tried = tmp_path / "network-tried.txt"
    (site / "sitecustomize.py").write_text(
        textwrap.dedent(
            f"""
            import socket

            _log = {str(tried)!r}
            _real = socket.socket.connect

            def _note(what, args):
                with open(_log, "a", encoding="utf-8") as handle:
                    handle.write(f"{{what}} {{args!r}}\\n")
                raise OSError("network refused by the test")

            def connect(self, address):
                if self.family == getattr(socket, "AF_UNIX", None):
                    return _real(self, address)
                _note("connect", address)

            socket.socket.connect = connect
            socket.socket.connect_ex = lambda self, address: _note("connect_ex", address)
            socket.create_connection = lambda *a, **k: _note("create_connection", a)
            socket.getaddrinfo = lambda *a, **k: _note("getaddrinfo", a)
            """
        ),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "partnerbook", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint-ms" in result.stdout
    assert not tried.exists(), tried.read_text(encoding="utf-8")

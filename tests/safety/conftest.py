"""Tools of the safety tests: real PartnerBook processes, started, raced and killed.

``PARTNERBOOK_LONG_SAFETY=1`` makes the loops long (hundreds of kills, for a release or
after touching the store); ``PARTNERBOOK_SAFETY_ITERATIONS=N`` sets the count exactly and
``PARTNERBOOK_SAFETY_SEED=S`` replays a run (the seed is printed when a test fails).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

WRITER = Path(__file__).with_name("writer.py")
LONG = os.environ.get("PARTNERBOOK_LONG_SAFETY", "") not in ("", "0")
PROCESS_TIMEOUT_S = 120


def iterations(short: int, long: int) -> int:
    chosen = os.environ.get("PARTNERBOOK_SAFETY_ITERATIONS")
    if chosen:
        return int(chosen)
    return long if LONG else short


@dataclass
class Started:
    """A process under test, what it said, and whether we killed it."""

    argv: list[str]
    popen: subprocess.Popen[str]
    killed: bool = False
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    _head: str = ""

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGKILL)
            self.killed = True

    def wait_for(self, tag: str) -> None:
        """Read its output up to a line starting with ``tag`` (kept for ``stdout``)."""
        assert self.popen.stdout is not None
        while True:
            line = self.popen.stdout.readline()  # the process ends, or says it: no hang
            self._head += line
            if not line or line.startswith(tag):
                return

    def finish(self, timeout: float = PROCESS_TIMEOUT_S) -> Started:
        try:
            out, err = self.popen.communicate(timeout=timeout)
            out = self._head + out
        except subprocess.TimeoutExpired:
            self.popen.kill()
            out, err = self.popen.communicate()
            raise AssertionError(f"{self.argv} did not finish in {timeout} s:\n{err}") from None
        self.returncode = self.popen.returncode
        self.stdout, self.stderr = out, err
        return self

    def lines(self, tag: str) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.stdout.splitlines() if line.startswith(tag)]

    def describe(self) -> str:
        state = "killed" if self.killed else f"exit {self.returncode}"
        output = f"--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"
        return f"{' '.join(self.argv[1:])}: {state}\n{output}"


class Processes:
    """Starts PartnerBook processes on one journal, in the test's own PARTNERBOOK_HOME."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self.env = dict(os.environ, PYTHONIOENCODING="utf-8")
        self.env.pop("PARTNERBOOK_DATABASE_URL", None)
        self.started: list[Started] = []

    def _start(self, argv: list[str]) -> Started:
        popen = subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            encoding="utf-8",
            env=self.env,
        )
        started = Started(argv, popen)
        self.started.append(started)
        return started

    def cli(self, *args: str, db: Path | None = None) -> Started:
        """``python -m partnerbook --db JOURNAL ARGS`` (started, not waited for)."""
        target = str(db or self.journal)
        return self._start([sys.executable, "-m", "partnerbook", "--db", target, *args])

    def run_cli(self, *args: str, db: Path | None = None) -> Started:
        return self.cli(*args, db=db).finish()

    def writer(self, mode: str, prefix: str, count: int = 0, db: Path | None = None) -> Started:
        """The in-process writer loop of writer.py (``count`` 0: until killed)."""
        target = str(db or self.journal)
        return self._start([sys.executable, str(WRITER), target, mode, prefix, str(count)])

    def stop_all(self) -> None:
        for started in self.started:
            if started.popen.poll() is None:
                started.popen.kill()
                started.popen.communicate()

    # (Methods, not module functions: with --import-mode=importlib tests cannot import
    # conftest.)
    iterations = staticmethod(iterations)
    long = LONG

    @staticmethod
    def kill_at_random(rng: random.Random, processes: list[Started], longest: float) -> None:
        """SIGKILL each process at its own random moment within ``longest`` seconds."""
        start = time.monotonic()
        schedule = sorted((rng.uniform(0.0, longest), index) for index in range(len(processes)))
        for moment, index in schedule:
            delay = start + moment - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            processes[index].kill()
        for started in processes:
            started.finish()

    @staticmethod
    def query(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Rows from the journal, read the way SQLite recovers a file after a crash."""
        connection = sqlite3.connect(path, timeout=30)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()


@pytest.fixture
def seed() -> Iterator[int]:
    chosen = int(
        os.environ.get("PARTNERBOOK_SAFETY_SEED") or random.SystemRandom().randrange(10**9)
    )
    print(f"PARTNERBOOK_SAFETY_SEED={chosen}")  # shown by pytest when the test fails
    yield chosen


@pytest.fixture
def processes(tmp_path: Path, isolated_home: Path) -> Iterator[Processes]:
    tools = Processes(tmp_path / "journal.sqlite")
    yield tools
    tools.stop_all()

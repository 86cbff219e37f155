"""The app window's command-line flags, kept light so that parsing them imports nothing big.

Shared by ``partnerbook`` (without a command) and ``partnerbook-gui``.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import dataclass
from pathlib import Path

START = time.perf_counter()  # the fallback where the process start time is not known
VIEW_CHOICES = ("today", "people", "partners", "timeline", "search")
THEME_CHOICES = ("system", "light", "dark", "high-contrast")


@dataclass(frozen=True)
class GuiOptions:
    db: str | None = None
    smoke: bool = False
    view: str | None = None
    screenshot: Path | None = None
    lang: str | None = None
    theme: str | None = None
    select: str | None = None
    capture: bool = False
    search: str | None = None


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    """The GUI's flags, shared by ``partnerbook`` (no command) and ``partnerbook-gui``."""
    gui = parser.add_argument_group("app window")
    gui.add_argument("--view", choices=VIEW_CHOICES, help="the view to open on")
    gui.add_argument("--lang", metavar="CODE", help="interface language, e.g. vi, he, zh_TW")
    gui.add_argument(
        "--theme", choices=THEME_CHOICES, help="light, dark, high-contrast, or follow the system"
    )
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, print first-paint-ms and the layout direction, exit",
    )
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="open at 1280x800, save a PNG of the window, exit",
    )
    gui.add_argument("--select", metavar="NAME", help="with --screenshot: the row to select")
    gui.add_argument("--search", metavar="TEXT", help="open the Search view with TEXT searched")
    gui.add_argument(
        "--capture",
        action="store_true",
        help="open only the quick note window (bind this to a key in your desktop)",
    )


def options_from(args: argparse.Namespace) -> GuiOptions:
    return GuiOptions(
        db=args.db,
        smoke=args.smoke,
        view=args.view,
        screenshot=args.screenshot,
        lang=args.lang,
        theme=args.theme,
        select=args.select,
        capture=args.capture,
        search=args.search,
    )


def seconds_since_process_start() -> float:
    """From the moment the process started (Linux /proc; elsewhere from our first import),
    so that --smoke counts the interpreter and every import, as a user waits for them."""
    try:
        fields = Path("/proc/self/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        now = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
        return now - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - START

"""Screenshots of every main view in every language, light and dark, to look at.

    .venv/bin/python tools/screenshots.py [--journal demo.sqlite] [--out screenshots/]
        [--lang vi he ...] [--view today people ...] [--theme light dark]
        [--width 1280 1024] [--fresh]

Each PNG is the real app on the demo journal (made once in the output folder when none is
given), named VIEW-LANG-THEME-WIDTH.png. The views: the five of the window (today, people,
partners, timeline, search), a person's and a partner's page (person, partner: a row with
much on it selected), the quick note window (capture) and the meeting brief of a person and
of a partner (brief, partner-brief); with --fresh also the welcome of a journal with nothing
in it (welcome). Look at all of them: truncated, overlapping, untranslated or ugly is a bug.

Each shot runs in a process of its own (``--shot``), so that languages and themes never
mix: the window is built as ``partnerbook --screenshot`` builds it, at WIDTH x 800.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WINDOW_VIEWS = ("today", "people", "partners", "timeline", "search")
VIEWS = (*WINDOW_VIEWS, "person", "partner", "capture", "brief", "partner-brief")
LANGUAGES = ("en", "vi", "he", "zh_CN", "zh_TW", "it")
THEMES = ("light", "dark")
WIDTHS = (1280, 1024)
SEARCHES = {
    "en": "partner",
    "vi": "hop tac",
    "he": "פגישה",
    "zh_CN": "合作",
    "zh_TW": "合作",
    "it": "caffe",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--view", nargs="*", default=list(VIEWS), choices=[*VIEWS, "welcome"])
    parser.add_argument("--theme", nargs="*", default=list(THEMES))
    parser.add_argument("--width", nargs="*", type=int, default=list(WIDTHS))
    parser.add_argument("--fresh", action="store_true", help="also the welcome of an empty journal")
    parser.add_argument("--shot", nargs=5, metavar=("VIEW", "LANG", "THEME", "WIDTH", "OUT"))
    args = parser.parse_args()
    if args.shot:
        view, language, theme, width, target = args.shot
        return shoot(args.journal, view, language, theme, int(width), Path(target))
    args.out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PARTNERBOOK_HOME"] = str(args.out / "home")
    journal = args.journal or args.out / "demo.sqlite"
    if not journal.exists():
        subprocess.run(
            [sys.executable, "-m", "partnerbook", "--db", str(journal), "demo", "--people", "600"],
            check=True,
            env=env,
        )
    views = list(args.view)
    if args.fresh and "welcome" not in views:
        views.append("welcome")
    failed = 0
    for view in views:
        source = journal
        if view == "welcome":
            source = args.out / "empty.sqlite"
            source.unlink(missing_ok=True)
        for language in args.lang:
            for theme in args.theme:
                for width in args.width:
                    target = args.out / f"{view}-{language}-{theme}-{width}.png"
                    done = subprocess.run(
                        [
                            sys.executable,
                            str(Path(__file__).resolve()),
                            "--journal",
                            str(source),
                            "--shot",
                            view,
                            language,
                            theme,
                            str(width),
                            str(target),
                        ],
                        env=env,
                        capture_output=True,
                        text=True,
                        check=False,
                    )
                    if done.returncode != 0:
                        failed += 1
                        print(f"{target.name}: failed\n{done.stderr}", file=sys.stderr)
                    else:
                        print(target)
    return 1 if failed else 0


def shoot(journal: Path, view: str, language: str, theme: str, width: int, target: Path) -> int:
    """One PNG, in this process: the window as ``--screenshot`` builds it, then the view."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    import partnerbook.app as app_module
    from partnerbook.gui_options import GuiOptions
    from partnerbook.paths import AppPaths
    from partnerbook.store.engine import resolve_location

    app_module.SCREENSHOT_SIZE = (width, 800)
    window_view = {
        "person": "people",
        "partner": "partners",
        "brief": "people",
        "partner-brief": "partners",
    }.get(view, view if view in WINDOW_VIEWS else "today")
    options = GuiOptions(
        db=str(journal),
        view=window_view,
        screenshot=target,
        lang=language,
        theme=theme,
        search=SEARCHES.get(language, "partner") if view == "search" else None,
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    controller = app_module.AppController(app, AppPaths.default(), options)
    saved: list[bool] = []

    def screenshot(path: Path) -> int:
        controller._wait_for_data()
        app.processEvents()
        window = controller.window
        current = window.stack.currentWidget()
        if view in ("person", "partner", "brief", "partner-brief"):
            row = _richest_row(controller, "person" if view in ("person", "brief") else "partner")
            if row is not None:
                current.select_id(row)
                app.processEvents()
        finish = getattr(current, "finish_loading", None)
        if finish is not None:
            finish()
        widget: Any = window
        if view == "capture":
            widget = window.quick_capture()
        elif view in ("brief", "partner-brief"):
            about = "person" if view == "brief" else "partner"
            widget = window.open_brief(about, current.current_id())
        for _ in range(3):
            app.processEvents()
        pixmap = widget.grab()
        path.parent.mkdir(parents=True, exist_ok=True)
        saved.append(pixmap.save(str(path), "PNG"))
        controller.shutdown()
        return 0 if saved[-1] else 1

    controller._screenshot = screenshot  # type: ignore[method-assign]
    code = controller.start(resolve_location(str(journal)))
    return int(code or 0) if saved else 1


def _richest_row(controller: Any, about: str) -> int | None:
    """The person or partner the most entries are about: a page with something on it."""
    from sqlalchemy import func, select

    from partnerbook.store.models import entry_partners, entry_people

    column = entry_people.c.person_id if about == "person" else entry_partners.c.partner_id
    with controller.journal.read() as session:
        found = session.execute(
            select(column).group_by(column).order_by(func.count().desc()).limit(1)
        ).scalar()
    return int(found) if found is not None else None


if __name__ == "__main__":
    sys.exit(main())

"""What the window's start imports: only what its first paint needs (issue 8, start-up time).

Every module imported at start costs the user time before the window shows, and more once
PySide6's import hook is in place; dialogs, import and export, the brief, search and the
palette load on first use. Run as real processes, since one test process imports all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from partnerbook.services import people as people_service
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow

# Runs ``partnerbook --smoke`` and prints the modules imported when it is done.
SMOKE_MODULES = """
import json, os, sys
real_exit = os._exit
def report(code):
    print("modules " + json.dumps(sorted(sys.modules)))
    sys.stdout.flush()
    real_exit(code)
os._exit = report
from partnerbook.cli.main import main
sys.exit(main(sys.argv[1:]))
"""

# Loaded on first use, never for the first paint.
NOT_AT_START = (
    "partnerbook.store.import_models",  # photos, other programs' ids, import batches
    "partnerbook.services.importing",
    "partnerbook.services.archive",
    "partnerbook.services.contacts_export",
    "partnerbook.services.calendar_export",
    "partnerbook.services.brief",
    "partnerbook.services.search",
    "partnerbook.store.search_index",  # the index: at the first write or search
    "partnerbook.store.search_fts",
    "partnerbook.domain.search",
    "partnerbook.services.demo",
    "partnerbook.services.reminders",  # checked every minute, from after the first paint
    "partnerbook.ui.brief",
    "partnerbook.ui.views.search_view",
    "partnerbook.ui.views.timeline_view",
    "partnerbook.ui.views.partners_view",
    "partnerbook.ui.views.interaction_page",
    "partnerbook.ui.dialogs.palette",
    "partnerbook.ui.dialogs.export_menu",  # made when the File menu first opens
    "partnerbook.ui.background",
    "partnerbook.ui.dialogs.import_dialog",
    "partnerbook.ui.dialogs.quick_capture",
    "partnerbook.ui.dialogs.brief_dialog",
    "partnerbook.ui.dialogs.review_dialog",
    "partnerbook.ui.dialogs.give_take",
    "partnerbook.ui.dialogs.in_town",
    "alembic",  # a journal at the current revision is opened without migrating
    "dateparser",
    "phonenumbers",
    "vobject",
    "icalendar",
)


def _smoke_modules(journal_path: Path, home: Path, *args: str) -> set[str]:
    env = dict(os.environ, PARTNERBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SMOKE_MODULES, "--db", str(journal_path), "--smoke", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint-ms" in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("modules "))
    return set(json.loads(line.removeprefix("modules ")))


@pytest.fixture
def filled(journal: Journal, journal_path: Path) -> Path:
    people_service.create_person(journal, "Nguyễn Thị Lan", city="Hà Nội")
    journal.close()
    return journal_path


def _loaded(modules: set[str], name: str) -> bool:
    return any(module == name or module.startswith(name + ".") for module in modules)


@pytest.mark.parametrize("view", [None, "people"])
def test_start_imports_only_what_the_first_paint_needs(
    filled: Path, isolated_home: Path, view: str | None
) -> None:
    modules = _smoke_modules(filled, isolated_home, *(["--view", view] if view else []))
    assert "partnerbook.ui.main_window" in modules  # the window was built
    assert [name for name in NOT_AT_START if _loaded(modules, name)] == []
    # The window opens on Today; the People view is built when first shown, the welcome
    # only for a journal with nobody in it.
    assert ("partnerbook.ui.views.people_view" in modules) == (view == "people")
    # What People needs, with every satellite of a person: only when it is shown.
    for needed_by_people in ("partnerbook.services.people", "partnerbook.store.satellites"):
        assert (needed_by_people in modules) == (view == "people")
    assert "partnerbook.ui.views.empty_state" not in modules


def test_the_whole_schema_includes_what_imports_add() -> None:
    """Declared apart and loaded on use, the import tables are still in every place that
    needs the whole schema: the archive (a journal exported whole) and migrations."""
    code = (
        "from partnerbook.services.archive import _tables\n"
        "print(sorted(t.name for t in _tables()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    tables = result.stdout
    for name in ("person_photos", "external_ids", "import_batches", "import_changes", "people"):
        assert f"'{name}'" in tables


def test_file_export_is_made_when_the_file_menu_first_opens(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(view=None)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    for _ in range(2):  # opened twice: one Export submenu, right after Import Contacts
        file_menu.aboutToShow.emit()
        actions = file_menu.actions()
        menus = [a for a in actions if a.menu() is window.export_menu]
        assert len(menus) == 1
        assert actions.index(menus[0]) == actions.index(window.import_action) + 1
    assert window.export_menu.actions_by_key["json"] in window.export_menu.actions()


def test_the_search_index_loads_at_the_first_write_and_keeps_up(filled: Path) -> None:
    """Opening a journal imports none of the index's code; the first write does, and what
    it wrote is found."""
    code = f"""
import sys
from partnerbook.services import people
from partnerbook.store.engine import resolve_location
from partnerbook.store.migrate import open_journal
journal = open_journal(resolve_location({str(filled)!r}))
print("opened", "partnerbook.store.search_index" in sys.modules)
people.create_person(journal, "Trần Văn Bình")
print("written", "partnerbook.store.search_index" in sys.modules)
from partnerbook.services.search import search
from partnerbook.store.engine import SEARCH_DIALECTS
from partnerbook.store.search_index import backend_for
print("found", [hit.title for hit in search(journal, "binh")])
print("backends", all(backend_for(name) is not None for name in SEARCH_DIALECTS))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "opened False",
        "written True",
        "found ['Trần Văn Bình']",
        "backends True",
    ]

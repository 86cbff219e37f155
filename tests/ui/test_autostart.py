"""Start at login: the View menu's switch writes and removes the desktop's autostart entry."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from partnerbook import APP_ID
from partnerbook.services import autostart
from partnerbook.ui.main_window import MainWindow


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG autostart entry")
def test_start_at_login_writes_a_valid_autostart_entry_and_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_window: Callable[..., MainWindow]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    window = make_window()
    window._show_autostart()
    assert not window.autostart_action.isChecked()
    window.autostart_action.setChecked(True)
    assert entry.is_file() and autostart.is_enabled()
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry, encoding="utf-8")
    desktop = parsed["Desktop Entry"]
    assert desktop["Type"] == "Application"
    program = Path(desktop["Exec"].split()[0]).name
    assert program.startswith(("partnerbook-gui", "python")), desktop["Exec"]
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    window.autostart_action.setChecked(False)
    assert not entry.exists() and not autostart.is_enabled()

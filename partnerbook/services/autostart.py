"""Start PartnerBook at login, so that reminders come even before the window is opened.

Each desktop has its own place: an XDG autostart entry on Linux, a LaunchAgent on macOS,
the current user's Run key on Windows. Only the user's own settings are touched.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import shutil
import sys
from pathlib import Path

from partnerbook import APP_ID, APP_NAME
from partnerbook.errors import StorageError
from partnerbook.messages import Problem

_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How this installation starts its window: the launcher script, or this Python."""
    script = shutil.which("partnerbook-gui")
    return [script] if script else [sys.executable, "-m", "partnerbook"]


def _linux_entry() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def _mac_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_NAME)
                return True
        except OSError:
            return False
    return (_mac_agent() if sys.platform == "darwin" else _linux_entry()).exists()


def set_enabled(enabled: bool) -> None:
    try:
        if sys.platform == "win32":
            _set_windows(enabled)
        elif sys.platform == "darwin":
            _set_file(_mac_agent(), _mac_plist() if enabled else None)
        else:
            _set_file(_linux_entry(), _linux_desktop() if enabled else None)
    except OSError as error:
        raise StorageError(
            (
                Problem.tr(
                    "Starting at login could not be turned on: {detail}.",
                    detail=error.strerror or error,
                )
                if enabled
                else Problem.tr(
                    "Starting at login could not be turned off: {detail}.",
                    detail=error.strerror or error,
                )
            ),
            Problem.tr("Check that your settings folder is writable."),
        ) from error


def _linux_desktop() -> bytes:
    command = " ".join(shlex.quote(part) for part in launch_command())
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders of follow-ups and promises\n"
        f"Exec={command}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    ).encode()


def _mac_plist() -> bytes:
    return plistlib.dumps(
        {"Label": APP_ID, "ProgramArguments": launch_command(), "RunAtLoad": True}
    )


def _set_file(path: Path, content: bytes | None) -> None:
    if content is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(content)
    partial.replace(path)


def _set_windows(enabled: bool) -> None:
    if sys.platform == "win32":  # checked so, type checkers on other systems skip it
        import winreg

        access = winreg.KEY_SET_VALUE
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, access) as key:
            if enabled:
                command = " ".join(f'"{part}"' for part in launch_command())
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, command)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_NAME)

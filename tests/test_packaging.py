"""Desktop identity: the launcher entry, AppStream metadata and icon agree and validate."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import partnerbook

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "packaging" / "linux" / f"{partnerbook.APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{partnerbook.APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / f"{partnerbook.APP_ID}.svg"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing on CI; .ci/setup --test installs it")
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return found


def test_app_id_is_reverse_dns_without_hyphens() -> None:
    parts = partnerbook.APP_ID.split(".")
    assert len(parts) >= 3 and all(part.isidentifier() for part in parts)


def test_desktop_entry_names_our_id_icon_and_launcher() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == partnerbook.APP_ID
    assert section["Exec"].split()[0] == "partnerbook-gui"
    assert section["Type"] == "Application"
    for language in ("vi", "he", "zh_CN", "zh_TW", "it"):
        assert section[f"Comment[{language}]"], language


def test_metainfo_matches_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == partnerbook.APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == partnerbook.__version__


def test_icon_is_a_square_svg() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag.endswith("svg")
    viewbox = [float(v) for v in root.get("viewBox", "").split()]
    assert len(viewbox) == 4 and viewbox[2] == viewbox[3] > 0


def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

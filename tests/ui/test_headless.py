"""The GUI flags used by benchmarks and screenshots, run as real processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from partnerbook.services import people as people_service
from partnerbook.services.partners import create_partner
from partnerbook.store.engine import Journal


def _run(journal_path: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARTNERBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "partnerbook", "--db", str(journal_path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def filled(journal: Journal, journal_path: Path) -> Path:
    bank = create_partner(journal, "Ngân hàng Sen Vàng")
    pid = people_service.create_person(journal, "Nguyễn Thị Lan", city="Hà Nội")
    people_service.change_partner(journal, pid, bank)
    people_service.create_person(journal, "שירה כהן")
    people_service.create_person(journal, "王伟")
    journal.close()
    return journal_path


def test_smoke_reports_first_paint_and_layout(filled: Path, isolated_home: Path) -> None:
    result = _run(filled, "--smoke", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^first-paint-ms \d+$", result.stdout, re.MULTILINE)
    assert "layout ltr" in result.stdout


def test_smoke_in_hebrew_mirrors_the_layout(filled: Path, isolated_home: Path) -> None:
    result = _run(filled, "--smoke", "--lang", "he", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "layout rtl" in result.stdout


def test_the_language_chosen_in_settings_is_used_and_lang_overrides_it(
    filled: Path, isolated_home: Path
) -> None:
    config = isolated_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "partnerbook.ini").write_text("[General]\nlanguage=he\n", encoding="utf-8")
    chosen = _run(filled, "--smoke", home=isolated_home)
    assert chosen.returncode == 0, chosen.stderr
    assert "layout rtl" in chosen.stdout
    overridden = _run(filled, "--smoke", "--lang", "it", home=isolated_home)
    assert "layout ltr" in overridden.stdout


@pytest.mark.parametrize("view", ["people", "partners"])
def test_screenshot_writes_a_png_of_the_window(
    filled: Path, isolated_home: Path, tmp_path: Path, view: str
) -> None:
    target = tmp_path / f"{view}.png"
    result = _run(filled, "--view", view, "--screenshot", str(target), home=isolated_home)
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 800)


def test_a_garbage_journal_is_refused_without_a_window(tmp_path: Path, isolated_home: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"\x00not a database" * 500)
    before = garbage.read_bytes()
    result = _run(garbage, "--smoke", home=isolated_home)
    assert result.returncode == 3
    assert "not a PartnerBook journal" in result.stderr
    assert "Traceback" not in result.stderr
    assert garbage.read_bytes() == before

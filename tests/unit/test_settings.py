from __future__ import annotations

from pathlib import Path

from partnerbook.settings import DEFAULT_KEEP_BACKUPS, Settings


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert Settings.from_file(tmp_path / "missing.ini") == Settings()


def test_keep_backups_is_read_and_bounded(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[backups]\nkeep = 3\n", encoding="utf-8")
    assert Settings.from_file(path).keep_backups == 3
    path.write_text("[backups]\nkeep = 0\n", encoding="utf-8")
    assert Settings.from_file(path).keep_backups == 1


def test_a_broken_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("this is [not an ini\nkeep = many", encoding="utf-8")
    assert Settings.from_file(path).keep_backups == DEFAULT_KEEP_BACKUPS
    path.write_text("[backups]\nkeep = many\n", encoding="utf-8")
    assert Settings.from_file(path).keep_backups == DEFAULT_KEEP_BACKUPS

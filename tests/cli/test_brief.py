"""``partnerbook brief``: end to end, as a user runs it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

HEBREW = "נועה ברק"
CHINESE = "王芳"
PARTNER = "上海银行合作部"


def _make(pb: Any, db: Path) -> None:
    from partnerbook.services import people as people_service
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.services.partners import create_partner

    with pb.journal(db) as journal:
        bank = create_partner(journal, PARTNER)
        wang = people_service.create_person(journal, CHINESE, role="合作经理")
        people_service.change_partner(journal, wang, bank)
        people_service.MOTIVATIONS.add(
            journal, wang, {"kind": "kpi", "their_words": "第二季度的KPI", "certainty": "heard"}
        )
        people_service.create_person(journal, HEBREW)
        people_service.create_person(journal, "Nguyễn Thị Lan")
        people_service.create_person(journal, "Nguyễn Văn Đức")
        capture_note(
            journal, NoteRequest(text="Cà phê với Lan\nChị ấy cần số liệu", people=["Lan"])
        )


def test_markdown_on_stdout(pb: Any, db: Path) -> None:
    _make(pb, db)
    result = pb("--db", str(db), "brief", "王")
    assert result.returncode == 0, result.describe()
    lines = result.stdout.splitlines()
    assert f"# {CHINESE}" in lines
    assert result.stdout.index("## What's in it for them") < result.stdout.index(
        "## Last interactions"
    )
    assert "第二季度的KPI" in result.stdout
    lan = pb("--db", str(db), "brief", "nguyen thi")
    assert lan.returncode == 0 and "Chị ấy cần số liệu" in lan.stdout, lan.describe()


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".md"])
def test_written_to_a_file_by_its_extension(pb: Any, db: Path, tmp_path: Path, suffix: str) -> None:
    _make(pb, db)
    target = tmp_path / f"brief{suffix}"
    result = pb("--db", str(db), "brief", CHINESE, "-o", str(target))
    assert result.returncode == 0, result.describe()
    assert str(target) in result.stdout and result.stderr == ""
    data = target.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert CHINESE in text and "第二季度的KPI" in text
    else:
        text = data.decode("utf-8")
        assert CHINESE in text and "第二季度的KPI" in text
        assert text.startswith("<!DOCTYPE html>") == (suffix == ".html")


def test_a_partner_by_name(pb: Any, db: Path) -> None:
    _make(pb, db)
    result = pb("--db", str(db), "brief", "上海")
    assert result.returncode == 0, result.describe()
    assert f"# {PARTNER}" in result.stdout and CHINESE in result.stdout
    forced = pb("--db", str(db), "brief", "--partner", "上海银行")
    assert forced.returncode == 0 and f"# {PARTNER}" in forced.stdout


def test_unknown_and_ambiguous_names(pb: Any, db: Path) -> None:
    _make(pb, db)
    unknown = pb("--db", str(db), "brief", "Nobody")
    pb.assert_refused(unknown, 2)
    assert "No person or partner is called 'Nobody'" in unknown.stderr
    ambiguous = pb("--db", str(db), "brief", "nguyen")
    pb.assert_refused(ambiguous, 2)
    assert "Nguyễn Thị Lan" in ambiguous.stderr and "Nguyễn Văn Đức" in ambiguous.stderr
    assert "--with" not in ambiguous.stderr


def test_a_bad_extension_and_a_folder_that_is_not_there(pb: Any, db: Path, tmp_path: Path) -> None:
    _make(pb, db)
    bad = pb("--db", str(db), "brief", CHINESE, "-o", str(tmp_path / "brief.docx"))
    pb.assert_refused(bad, 2)
    assert ".pdf, .html or .md" in bad.stderr
    assert not (tmp_path / "brief.docx").exists()
    missing = pb("--db", str(db), "brief", CHINESE, "-o", str(tmp_path / "nope" / "brief.pdf"))
    pb.assert_refused(missing, 6)
    assert "Cannot write" in missing.stderr


def test_no_journal_yet(pb: Any, tmp_path: Path) -> None:
    result = pb("--db", str(tmp_path / "none.sqlite"), "brief", "anyone")
    pb.assert_refused(result)
    assert not (tmp_path / "none.sqlite").exists()

"""``partnerbook search``: the same search as the window, for people and scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli


def _seed(pb: PartnerBookCli, db: Path) -> None:
    notes = [
        ("Coffee with Lan: her Q1 KPI is 500 new accounts", "Nguyễn Thị Lan"),
        ("和王芳讨论长期合作关系", "王芳"),
        ("פגישה עם שירה על שיתוף פעולה", "שירה כהן"),
    ]
    for text, person in notes:
        result = pb("--db", str(db), "note", text, "--with", person, "--at", "2026-11-20")
        assert result.returncode == 0, result.describe()


def test_search_json_has_the_exact_shape(pb: PartnerBookCli, db: Path) -> None:
    _seed(pb, db)
    result = pb("--db", str(db), "search", "合作", "--json")
    assert result.returncode == 0, result.describe()
    hits = json.loads(result.stdout)
    assert len(hits) == 1
    [hit] = hits
    assert set(hit) == {"kind", "id", "title", "snippet", "when"}
    assert hit["kind"] == "entry" and isinstance(hit["id"], int)
    assert hit["title"] == "和王芳讨论长期合作关系"
    assert hit["when"] == "2026-11-20"


def test_people_come_first_and_are_found_without_diacritics(pb: PartnerBookCli, db: Path) -> None:
    _seed(pb, db)
    hits = json.loads(pb("--db", str(db), "search", "NGUYEN", "thi", "--json").stdout)
    assert [(hit["kind"], hit["title"]) for hit in hits][:1] == [("person", "Nguyễn Thị Lan")]
    assert hits[0]["when"] is None
    assert {hit["kind"] for hit in hits} == {"person", "entry"}


def test_the_plain_listing_names_kind_id_and_date(pb: PartnerBookCli, db: Path) -> None:
    _seed(pb, db)
    result = pb("--db", str(db), "search", "שירה")
    assert result.returncode == 0, result.describe()
    lines = result.stdout.splitlines()
    assert lines[0].startswith("person  #") and "שירה כהן" in lines[0]
    assert any(line.startswith("note    #") and "2026-11-20" in line for line in lines)


def test_nothing_found_says_what_to_try(pb: PartnerBookCli, db: Path) -> None:
    _seed(pb, db)
    result = pb("--db", str(db), "search", "xyzzy")
    assert result.returncode == 0
    assert "Nothing found for 'xyzzy'" in result.stdout
    assert json.loads(pb("--db", str(db), "search", "xyzzy", "--json").stdout) == []


def test_an_empty_query_or_a_bad_limit_is_a_usage_error(pb: PartnerBookCli, db: Path) -> None:
    _seed(pb, db)
    pb.assert_refused(pb("--db", str(db), "search", "  "), code=2)
    pb.assert_refused(pb("--db", str(db), "search", "lan", "--limit", "0"), code=2)


def test_a_missing_journal_is_not_created(pb: PartnerBookCli, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    result = pb("--db", str(missing), "search", "lan")
    assert result.returncode != 0
    assert not missing.exists()

"""``partnerbook demo``: a sample journal made once, then usable by every other command."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("partnerbook.services.demo")

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

DONE = re.compile(
    r"^Done in \d+\.\d s: 40 people, (?P<partners>\d+) partners, 400 entries "
    r"from (?P<first>\d{4}-\d{2}-\d{2}) to (?P<last>\d{4}-\d{2}-\d{2})\.$"
)


def test_demo_fills_a_new_journal_once_and_the_journal_works(pb: PartnerBookCli, db: Path) -> None:
    result = pb("--db", str(db), "demo", "--people", "40", "--entries", "400")
    assert result.returncode == 0, result.describe()
    lines = result.stdout.splitlines()
    assert lines[0] == f"Filling {db} …"
    done = DONE.match(lines[-1])
    assert done is not None, result.stdout
    assert date.fromisoformat(done["last"]) == date.today()
    assert (date.today() - date.fromisoformat(done["first"])).days > 365  # years, not days
    assert pb.count(db, "people") == 40
    assert pb.count(db, "entries") == 400
    partners = int(done["partners"])

    before = pb.digest(db)
    again = pb("--db", str(db), "demo", "--people", "5", "--entries", "5")
    pb.assert_refused(again)
    assert "This journal already holds data (40 people" in again.stderr
    assert again.stdout == ""
    assert pb.digest(db) == before

    check = pb("--db", str(db), "check")
    assert check.returncode == 0, check.describe()
    assert f"Contents:  40 people, {partners} partners, 400 entries" in check.stdout
    assert "The journal is healthy." in check.stdout

    due = pb("--db", str(db), "due", "--within", "30", "--json")
    assert due.returncode == 0, due.describe()
    report = json.loads(due.stdout)
    assert list(report) == ["follow_ups", "commitments", "stay_in_touch"]
    for item in report["follow_ups"]:
        assert set(item) == {"id", "text", "due", "people", "partner"}
        date.fromisoformat(item["due"])
    for item in report["commitments"]:
        assert set(item) == {"id", "text", "owner", "due", "people"}
        assert item["owner"] in ("me", "them")
    for item in report["stay_in_touch"]:
        assert set(item) == {"person", "last_contact", "cadence_days", "overdue_days"}
    assert report["follow_ups"] or report["commitments"], "a demo with nothing to do"


def test_demo_refuses_a_file_that_is_not_a_journal(pb: PartnerBookCli, db: Path) -> None:
    db.write_text("not a journal\n" * 50, encoding="utf-8")
    before = pb.digest(db)
    result = pb("--db", str(db), "demo", "--people", "40", "--entries", "400")
    pb.assert_refused(result, code=3)
    assert str(db) in result.stderr
    assert pb.digest(db) == before
    assert sorted(path.name for path in db.parent.iterdir()) == [db.name]


def test_demo_refuses_an_impossible_size_before_making_anything(
    pb: PartnerBookCli, db: Path
) -> None:
    result = pb("--db", str(db), "demo", "--people", "0", "--entries", "400")
    pb.assert_refused(result, code=2)
    assert "--people must be between 1 and" in result.stderr
    assert not db.exists()

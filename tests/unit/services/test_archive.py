"""The JSON archive: the whole journal out and back in, exactly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from partnerbook.errors import UsageError
from partnerbook.services.archive import (
    FORMAT_VERSION,
    archive_of,
    export_archive,
    import_archive,
)
from partnerbook.services.demo import fill_demo
from partnerbook.services.search import search
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def demo(journal: Journal) -> Journal:
    fill_demo(journal, people=60, entries=900, seed=7)
    return journal


def _empty(tmp_path: Path, name: str = "restored.sqlite") -> Journal:
    return open_journal(resolve_location(tmp_path / name))


def test_the_demo_journal_round_trips_exactly(demo: Journal, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    summary = export_archive(demo, first, NOW)
    assert summary.people == 60 and summary.entries == 900
    archive = json.loads(first.read_text(encoding="utf-8"))
    assert archive["format_version"] == FORMAT_VERSION
    assert all(person["display_name"] for person in archive["people"])
    assert {"people", "partners", "entries", "motivations", "entry_people"} <= set(archive)

    restored = _empty(tmp_path)
    try:
        import_archive(restored, first.read_bytes())
        second = tmp_path / "second.json"
        export_archive(restored, second, NOW)
        assert second.read_bytes() == first.read_bytes()
        # the index is rebuilt from the rows: search finds the same
        assert [h.id for h in search(restored, "合作")] == [h.id for h in search(demo, "合作")]
    finally:
        restored.close()


def test_trash_and_audit_columns_travel(demo: Journal, tmp_path: Path) -> None:
    from partnerbook.services.people import delete_person

    archive = archive_of(demo, NOW)
    person = archive["people"][0]
    delete_person(demo, person["id"])
    trashed = next(p for p in archive_of(demo, NOW)["people"] if p["id"] == person["id"])
    assert "deleted_at" in trashed and trashed["version"] == person["version"] + 1
    assert {"created_at", "updated_at", "created_by"} <= set(trashed)


def test_a_journal_with_data_is_not_mixed_with_an_archive(demo: Journal, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    export_archive(demo, path, NOW)
    before = archive_of(demo, NOW)
    with pytest.raises(UsageError, match="new, empty one"):
        import_archive(demo, path.read_bytes())
    assert archive_of(demo, NOW) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.update(format_version=FORMAT_VERSION + 1), "newer PartnerBook"),
        (lambda a: a.update(format="something-else"), "not a PartnerBook archive"),
        (lambda a: a.update(holograms=[]), "does not know"),
        (lambda a: a["people"][0].update(aura="x"), "does not know"),
        (lambda a: a["entries"][3].update(at="last tuesday"), r"entries\[3\]\.at"),
        (lambda a: a["people"][1].update(version="two"), "not a whole number"),
        (lambda a: a.update(people={"not": "a list"}), "not a list"),
    ],
)
def test_a_bad_archive_is_refused_and_nothing_is_imported(
    demo: Journal, tmp_path: Path, change: object, message: str
) -> None:
    archive = archive_of(demo, NOW)
    change(archive)  # type: ignore[operator]
    restored = _empty(tmp_path)
    try:
        with pytest.raises(UsageError, match=message):
            import_archive(restored, json.dumps(archive).encode())
        assert archive_of(restored, NOW)["people"] == []
    finally:
        restored.close()


@pytest.mark.parametrize("data", [b"", b"\xff\xfe garbage", b"[1, 2]", b'{"format": 1}'])
def test_what_is_not_an_archive_says_so(journal: Journal, data: bytes) -> None:
    with pytest.raises(UsageError, match="not a PartnerBook archive"):
        import_archive(journal, data)

"""Contact files and archives of hostile bytes and text: read, refused in words, or merged."""

from __future__ import annotations

import base64
import json
import sys
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from partnerbook.domain.text import storable
from partnerbook.services.archive import archive_of, import_archive
from partnerbook.services.capture import NoteRequest, capture_note
from partnerbook.services.importing import apply_import, parse_contacts, plan_import
from partnerbook.services.people import PERSON_FIELDS, people_rows
from partnerbook.store.engine import Journal, resolve_location
from partnerbook.store.migrate import open_journal

H = sys.modules["partnerbook_fuzz_hostile"]


def _vcard(name: str, note: str, email: str) -> bytes:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"N:{name};;;;", f"NOTE:{note}"]
    lines += [f"EMAIL;TYPE=work:{email}", f"ORG:{name[:20]}", "END:VCARD", ""]
    return "\r\n".join(lines).encode("utf-8", "surrogatepass")


def _csv(name: str, note: str, email: str) -> bytes:
    header = "First Name,Last Name,E-mail Address,Notes\r\n"
    quoted = [f'"{value.replace(chr(34), chr(34) * 2)}"' for value in (name, "", email, note)]
    return (header + ",".join(quoted) + "\r\n").encode("utf-8", "surrogatepass")


contact_files = st.one_of(
    st.binary(max_size=2000),
    st.builds(_vcard, H.short_hostile, H.short_hostile, H.short_hostile),
    st.builds(_csv, H.short_hostile, H.short_hostile, H.short_hostile),
    st.builds(_vcard, H.short_hostile, H.huge, H.short_hostile),
    st.builds(lambda b: b"BEGIN:VCARD\r\n" + b, st.binary(max_size=500)),
)


@H.FUZZ
@given(data=contact_files)
def test_a_hostile_contact_file_is_read_or_refused_and_merges_cleanly(
    journal: Journal, data: bytes
) -> None:
    parsed_ok, parsed = H.outcome(lambda: parse_contacts(data))
    if parsed_ok:
        saved, _ = H.outcome(
            lambda: apply_import(journal, plan_import(journal, parsed), "hostile.vcf")
        )
        if saved:
            for row in people_rows(journal):
                assert row.display_name == storable(row.display_name)
                assert row.display_name == PERSON_FIELDS["display_name"](row.display_name)
    H.assert_consistent(journal)


def _sample_archive(tmp: Any) -> dict[str, Any]:
    journal = open_journal(resolve_location(tmp / "sample.sqlite"))
    try:
        capture_note(journal, NoteRequest("cà phê với chị Lan", people=["Lan"], partner="合作"))
        return json.loads(json.dumps(archive_of(journal), default=str))
    finally:
        journal.close()


_SAMPLE: dict[str, Any] = {}
hostile_values = st.one_of(
    H.short_hostile,
    st.integers(),
    st.floats(allow_nan=True),
    st.none(),
    st.booleans(),
    st.just(base64.b64encode(b"\x00\xff").decode()),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(H.short_hostile, st.integers(), max_size=2),
)


@H.FUZZ
@given(data=st.data())
def test_a_hostile_archive_is_imported_cleaned_or_refused(
    journal: Journal, tmp_path_factory: Any, data: st.DataObject
) -> None:
    if not _SAMPLE:
        _SAMPLE.update(_sample_archive(tmp_path_factory.mktemp("sample")))
    archive = json.loads(json.dumps(_SAMPLE))
    tables = [key for key, value in archive.items() if isinstance(value, list) and value]
    for _ in range(data.draw(st.integers(1, 4))):
        table = data.draw(st.sampled_from(tables))
        row = data.draw(st.sampled_from(archive[table]))
        column = data.draw(st.sampled_from(sorted(row)))
        row[column] = data.draw(hostile_values)
    as_bytes = data.draw(st.sampled_from(["plain", "ascii", "garbage"]), label="encoding")
    text = json.dumps(archive, ensure_ascii=as_bytes == "ascii")
    raw = text.encode("utf-8", "surrogatepass")
    if as_bytes == "garbage":
        raw = raw[: data.draw(st.integers(0, len(raw)))] + data.draw(st.binary(max_size=20))
    saved, _ = H.outcome(lambda: import_archive(journal, raw))
    if saved:
        for row in people_rows(journal):
            assert row.display_name == storable(row.display_name)
        _clear(journal)
    H.assert_consistent(journal)


def _clear(journal: Journal) -> None:
    """Empty the journal again for the next example (an archive fills an empty journal)."""
    with journal.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%'"
            " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        ).scalars()
        for name in list(names):
            connection.exec_driver_sql(f'DELETE FROM "{name}"')
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    from partnerbook.services.search import rebuild_index

    rebuild_index(journal)

"""Every real client's export imports end to end, and a second import adds no one.

The files are read in place from ../shared/fixtures/vcard-real-clients (never copied into
the project); the readers' own tests check them field by field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerbook.services.importing import (
    ImportAction,
    apply_import,
    plan_import,
    read_contacts,
)
from partnerbook.services.people import get_person
from partnerbook.store.engine import Journal

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "vcard-real-clients"
REAL = sorted(SHARED.glob("*.vcf")) if SHARED.is_dir() else []
OURS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "csv").glob("*.csv"))


@pytest.mark.skipif(not REAL, reason=f"the shared fixtures are not here ({SHARED})")
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_client_s_export_imports_and_imports_again_as_nothing_new(
    journal: Journal, path: Path
) -> None:
    parsed = read_contacts(path)
    assert parsed.contacts, f"{path.name}: {parsed.errors}"
    plan = plan_import(journal, parsed)
    result = apply_import(journal, plan, path.name)
    assert result.created >= 1
    assert result.created + result.updated + result.skipped == len(parsed.contacts)
    again = plan_import(journal, read_contacts(path))
    assert {r.action for r in again.records} <= {ImportAction.SKIP, ImportAction.ERROR}
    # what was read is what the person's page shows
    first = next(r for r in plan.records if r.action is ImportAction.CREATE)
    assert first.contact is not None
    with journal.read() as session:
        from sqlalchemy import select

        from partnerbook.store.import_models import ImportChange

        person_id = session.scalars(
            select(ImportChange.person_id)
            .where(ImportChange.action == "created_person")
            .order_by(ImportChange.id)
            .limit(1)
        ).one()
    person = get_person(journal, person_id)
    assert person.display_name == first.contact.display_name[:300]
    emails = {c.value for c in person.contacts if c.kind.value == "email"}
    assert {e.value for e in first.contact.emails} <= emails


@pytest.mark.parametrize("path", OURS, ids=lambda p: p.name)
def test_each_csv_export_imports_and_imports_again_as_nothing_new(
    journal: Journal, path: Path
) -> None:
    parsed = read_contacts(path)
    result = apply_import(journal, plan_import(journal, parsed), path.name)
    assert result.created >= 1
    again = plan_import(journal, read_contacts(path))
    assert {r.action for r in again.records} <= {ImportAction.SKIP, ImportAction.ERROR}

"""Whether the journal has anyone in it yet: the window asks before its first paint.

Apart from ``services.people`` (what the People view needs, with every satellite of a
person), so that opening the app on Today loads neither.
"""

from __future__ import annotations

from sqlalchemy import select

from partnerbook.store.engine import Journal
from partnerbook.store.models import Partner, Person


def journal_is_empty(journal: Journal) -> bool:
    """No live person or partner yet: the first-run welcome instead of empty lists."""
    with journal.read() as session:
        for table in (Person.__table__, Partner.__table__):
            found = session.scalar(select(table.c.id).where(table.c.deleted_at.is_(None)).limit(1))
            if found is not None:
                return False
    return True

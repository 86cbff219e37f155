from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from partnerbook.domain.enums import CadenceState, CommitmentOwner, EntryKind
from partnerbook.errors import UsageError
from partnerbook.services.due import due_report
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

TODAY = date.today()


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


def _local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0)).astimezone().astimezone(UTC)


def test_empty_journal_has_nothing_due(journal: Journal) -> None:
    assert due_report(journal, today=TODAY).is_empty


def test_follow_ups_due_today_and_overdue_but_not_later_or_closed(
    journal: Journal,
    add_person: Callable[..., int],
    add_partner: Callable[..., int],
    add_entry: Callable[..., int],
) -> None:
    lan = add_person("Nguyễn Thị Lan")
    bank = add_partner("Ngân hàng Sen Vàng")
    fu = EntryKind.FOLLOW_UP
    overdue = add_entry(
        fu, "Send deck", people=(lan,), partners=(bank,), due=_days(-3), status="open"
    )
    today = add_entry(fu, "Call back", due=_days(0), status="open")
    add_entry(fu, "Later", due=_days(5), status="open")
    add_entry(fu, "Done one", due=_days(-1), status="done")
    add_entry(fu, "Dismissed", due=_days(-1), status="dismissed")
    add_entry(fu, "In the trash", due=_days(-1), status="open", deleted=True)

    report = due_report(journal, today=TODAY)
    assert [f.id for f in report.follow_ups] == [overdue, today]
    first = report.follow_ups[0]
    assert first.people == ("Nguyễn Thị Lan",) and first.partner == "Ngân hàng Sen Vàng"
    assert first.due == _days(-3)


def test_within_looks_ahead(journal: Journal, add_entry: Callable[..., int]) -> None:
    add_entry(EntryKind.FOLLOW_UP, "In five days", due=_days(5), status="open")
    add_entry(EntryKind.FOLLOW_UP, "In nine days", due=_days(9), status="open")
    assert [f.text for f in due_report(journal, today=TODAY, within_days=5).follow_ups] == [
        "In five days"
    ]
    assert len(due_report(journal, today=TODAY, within_days=9).follow_ups) == 2


def test_snoozed_follow_up_waits_for_its_snooze(
    journal: Journal, add_entry: Callable[..., int]
) -> None:
    entry_id = add_entry(EntryKind.FOLLOW_UP, "Snoozed", due=_days(-1), status="open")
    with journal.write() as session:
        session.get_one(Entry, entry_id).snoozed_until = _local_noon(_days(2))
    assert due_report(journal, today=TODAY).follow_ups == ()
    assert [f.id for f in due_report(journal, today=TODAY, within_days=2).follow_ups] == [entry_id]


def test_my_promises_come_first(journal: Journal, add_entry: Callable[..., int]) -> None:
    c = EntryKind.COMMITMENT
    theirs = add_entry(
        c, "They send the contract", due=_days(-2), status="open", owner=CommitmentOwner.THEM
    )
    mine = add_entry(c, "I send the recap", due=_days(0), status="open", owner=CommitmentOwner.ME)
    add_entry(c, "Kept already", due=_days(-5), status="kept", owner=CommitmentOwner.ME)
    report = due_report(journal, today=TODAY)
    assert [c.id for c in report.commitments] == [mine, theirs]
    assert report.commitments[0].owner is CommitmentOwner.ME


def test_stay_in_touch_uses_the_last_interaction(
    journal: Journal, add_person: Callable[..., int], add_entry: Callable[..., int]
) -> None:
    late = add_person("Giulia Rossi", cadence_ideal_days=30, cadence_too_long_days=60)
    fine = add_person("陳美玲", cadence_ideal_days=30)
    never = add_person("Shira Cohen", cadence_ideal_days=14)
    add_person("No cadence")
    add_entry(EntryKind.INTERACTION, "old coffee", people=(late,), at=_local_noon(_days(-100)))
    add_entry(EntryKind.INTERACTION, "older coffee", people=(late,), at=_local_noon(_days(-200)))
    add_entry(EntryKind.INTERACTION, "recent", people=(fine,), at=_local_noon(_days(-3)))
    # A follow-up is not contact: it must not reset the rhythm.
    add_entry(EntryKind.FOLLOW_UP, "todo", people=(late,), at=_local_noon(_days(-1)), status="open")

    report = due_report(journal, today=TODAY)
    assert [s.person_id for s in report.stay_in_touch] == [late, never]
    giulia = report.stay_in_touch[0]
    assert giulia.last_contact == _days(-100)
    assert giulia.cadence_days == 30 and giulia.overdue_days == 70
    assert giulia.state is CadenceState.OVERDUE
    assert report.stay_in_touch[1].last_contact is None


def test_within_includes_people_falling_due_soon(
    journal: Journal, add_person: Callable[..., int], add_entry: Callable[..., int]
) -> None:
    soon = add_person("Soon", cadence_ideal_days=30)
    add_entry(EntryKind.INTERACTION, "coffee", people=(soon,), at=_local_noon(_days(-27)))
    assert due_report(journal, today=TODAY).stay_in_touch == ()
    assert [s.person_id for s in due_report(journal, today=TODAY, within_days=5).stay_in_touch] == [
        soon
    ]


def test_archived_people_are_left_alone(journal: Journal, add_person: Callable[..., int]) -> None:
    add_person("Archived", cadence_ideal_days=7, archived=True)
    assert due_report(journal, today=TODAY).stay_in_touch == ()


@pytest.mark.parametrize("within", [-1, 100_000])
def test_within_out_of_range_is_refused(journal: Journal, within: int) -> None:
    with pytest.raises(UsageError):
        due_report(journal, today=TODAY, within_days=within)

"""Today's lists and the actions on them, against hand-computed cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from partnerbook.domain.enums import (
    CommitmentOwner,
    CommitmentStatus,
    EntryKind,
    FollowUpStatus,
    PartnerStage,
    ReviewPeriod,
)
from partnerbook.errors import UsageError
from partnerbook.services import follow_ups
from partnerbook.services.today import today_list
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry

TODAY = date.today()
AddEntry = Callable[..., int]


def _ago(days: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


def test_follow_ups_overdue_and_due_today_only(
    journal: Journal, add_person: Callable[..., int], add_entry: AddEntry
) -> None:
    lan = add_person("Nguyễn Thị Lan")
    open_ = FollowUpStatus.OPEN.value
    late = add_entry(
        EntryKind.FOLLOW_UP, "Send deck", people=(lan,), due=TODAY - timedelta(3), status=open_
    )
    due = add_entry(EntryKind.FOLLOW_UP, "Call back", due=TODAY, status=open_)
    add_entry(EntryKind.FOLLOW_UP, "Later", due=TODAY + timedelta(1), status=open_)
    add_entry(EntryKind.FOLLOW_UP, "Done", due=TODAY, status=FollowUpStatus.DONE.value)
    add_entry(EntryKind.FOLLOW_UP, "Gone", due=TODAY, status=open_, deleted=True)
    section = today_list(journal).section("follow_ups")
    assert [(i.entry_id, i.overdue_days, i.who) for i in section.items] == [
        (late, 3, "Nguyễn Thị Lan"),
        (due, 0, ""),
    ]


def test_my_promises_come_first_then_by_date(journal: Journal, add_entry: AddEntry) -> None:
    open_ = CommitmentStatus.OPEN.value
    theirs = add_entry(
        EntryKind.COMMITMENT,
        "Their targets",
        due=TODAY - timedelta(2),
        status=open_,
        owner=CommitmentOwner.THEM,
    )
    mine_late = add_entry(
        EntryKind.COMMITMENT,
        "Intro to CFO",
        due=TODAY + timedelta(5),
        status=open_,
        owner=CommitmentOwner.ME,
    )
    mine_soon = add_entry(
        EntryKind.COMMITMENT, "Pilot numbers", due=TODAY, status=open_, owner=CommitmentOwner.ME
    )
    add_entry(
        EntryKind.COMMITMENT,
        "Far away",
        due=TODAY + timedelta(30),
        status=open_,
        owner=CommitmentOwner.ME,
    )
    section = today_list(journal).section("promises")
    assert [i.entry_id for i in section.items] == [mine_soon, mine_late, theirs]


def test_people_and_partners_past_their_rhythm(
    journal: Journal,
    add_person: Callable[..., int],
    add_partner: Callable[..., int],
    add_entry: AddEntry,
) -> None:
    seen = add_person("Seen lately", cadence_ideal_days=30)
    due = add_person("A month ago", cadence_ideal_days=30, cadence_too_long_days=60)
    never = add_person("Never met", cadence_ideal_days=14)
    add_person("No rhythm")
    acme = add_partner("Acme", cadence_ideal_days=60)
    add_entry(EntryKind.INTERACTION, "coffee", people=(seen,), at=_ago(3))
    add_entry(EntryKind.INTERACTION, "coffee", people=(due,), partners=(acme,), at=_ago(40))
    items = today_list(journal).section("stay_in_touch").items
    found = {i.title: i for i in items}
    assert set(found) == {"A month ago", "Never met"}  # Acme: 40 days, within its 60
    assert found["A month ago"].overdue_days == 10
    assert found["A month ago"].last_contact == (datetime.now() - timedelta(days=40)).date()
    assert found["Never met"].person_ids == (never,)


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_only_those_past_their_rhythm_are_read_and_none_is_missed(
    journal: Journal,
    add_person: Callable[..., int],
    add_partner: Callable[..., int],
    add_entry: AddEntry,
    monkeypatch: pytest.MonkeyPatch,
    zone: str,
) -> None:
    """The rows read are narrowed by their stored last contact, a day early for any time
    zone: around each rhythm's day, hour by hour, the same people as reading everyone."""
    import time

    from partnerbook.services import today as today_module

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        now = datetime.now(UTC)
        for days in (1, 7, 30):
            partner = add_partner(f"Partner {days}", cadence_ideal_days=days)
            for hours in range(-40, 41, 4):
                person = add_person(f"{days}d {hours:+}h", cadence_ideal_days=days)
                at = now - timedelta(days=days, hours=hours)
                add_entry(
                    EntryKind.INTERACTION, "met", people=(person,), partners=(partner,), at=at
                )
        add_person("Never met", cadence_ideal_days=9)
        narrowed = today_list(journal).section("stay_in_touch")
        monkeypatch.setattr(today_module, "MAX_RHYTHMS", -1)  # every row with a rhythm read
        everyone = today_list(journal).section("stay_in_touch")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert narrowed == everyone
    titles = {item.title for item in everyone.items}
    assert "Never met" in titles and "1d +40h" in titles and "30d -40h" not in titles


def test_reviews_fall_due_on_their_rhythm(
    journal: Journal, add_partner: Callable[..., int], add_entry: AddEntry
) -> None:
    active = PartnerStage.ACTIVE
    monthly = add_partner("Monthly Co", review_period=ReviewPeriod.MONTHLY, stage=active)
    quarterly = add_partner("Quarterly Co", review_period=ReviewPeriod.QUARTERLY, stage=active)
    add_partner("Dormant Co", review_period=ReviewPeriod.MONTHLY, stage=PartnerStage.DORMANT)
    add_partner("No reviews", stage=active)
    add_entry(EntryKind.REVIEW, "review", partners=(monthly,), at=_ago(45))
    add_entry(EntryKind.REVIEW, "review", partners=(quarterly,), at=_ago(45))
    items = today_list(journal).section("reviews").items
    assert [(i.partner_id, i.overdue_days) for i in items] == [(monthly, 15)]


def test_birthdays_this_week(journal: Journal, add_person: Callable[..., int]) -> None:
    in_3 = TODAY + timedelta(3)
    in_9 = TODAY + timedelta(9)
    soon = add_person("Soon", birthday_month=in_3.month, birthday_day=in_3.day)
    add_person("Later", birthday_month=in_9.month, birthday_day=in_9.day)
    items = today_list(journal).section("birthdays").items
    assert [(i.person_ids, i.due) for i in items] == [((soon,), in_3)]


def test_done_dismiss_snooze_and_undo(journal: Journal, add_entry: AddEntry) -> None:
    open_ = FollowUpStatus.OPEN.value
    task = add_entry(EntryKind.FOLLOW_UP, "Ping", due=TODAY, status=open_)
    change = follow_ups.complete(journal, task)
    assert today_list(journal).section("follow_ups").total == 0
    follow_ups.undo(journal, change)
    assert today_list(journal).section("follow_ups").total == 1
    change = follow_ups.snooze(journal, task, follow_ups.snooze_presets(datetime.now())["tomorrow"])
    assert today_list(journal).section("follow_ups").total == 0
    tomorrow = today_list(journal, today=TODAY + timedelta(1)).section("follow_ups")
    assert [i.entry_id for i in tomorrow.items] == [task]  # back when the snooze ends
    follow_ups.undo(journal, change)
    follow_ups.dismiss(journal, task)
    with journal.read() as session:
        assert session.get_one(Entry, task).status == FollowUpStatus.DISMISSED.value


def test_a_recurring_follow_up_brings_its_next_one(journal: Journal, add_entry: AddEntry) -> None:
    task = add_entry(
        EntryKind.FOLLOW_UP,
        "Monthly check-in",
        due=date(2026, 1, 31),
        status=FollowUpStatus.OPEN.value,
    )
    with journal.write() as session:
        session.get_one(Entry, task).recurrence = follow_ups.every(2, "week")
    change = follow_ups.complete(journal, task)
    assert change.next_id is not None
    with journal.read() as session:
        following = session.get_one(Entry, change.next_id)
        assert (following.due_date, following.status) == (date(2026, 2, 14), "open")
        assert following.recurrence == "FREQ=WEEKLY;INTERVAL=2"
    follow_ups.undo(journal, change)
    with journal.read() as session:
        assert session.get_one(Entry, change.next_id).deleted_at is not None
        assert session.get_one(Entry, task).status == "open"


def test_promises_are_kept_released_or_broken(journal: Journal, add_entry: AddEntry) -> None:
    promise = add_entry(
        EntryKind.COMMITMENT,
        "Intro",
        due=TODAY,
        status=CommitmentStatus.OPEN.value,
        owner=CommitmentOwner.ME,
    )
    follow_ups.complete(journal, promise)
    with journal.read() as session:
        assert session.scalar(select(Entry.status).where(Entry.id == promise)) == "kept"
    follow_ups.break_promise(journal, promise)
    with journal.read() as session:
        assert session.scalar(select(Entry.status).where(Entry.id == promise)) == "broken"


@pytest.mark.parametrize(("count", "unit"), [(0, "day"), (3, "fortnight"), (400, "week")])
def test_a_repeat_rule_out_of_range_is_refused(count: int, unit: str) -> None:
    with pytest.raises(UsageError):
        follow_ups.every(count, unit)

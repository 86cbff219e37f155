"""``partnerbook due``: follow-ups, promises and people to get back to, for people and scripts.

Commitments and stay-in-touch rhythms cannot be entered from the command line yet, so
the journal is filled in-process through the store's models, then read by the CLI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import PartnerBookCli

PARTNER = "Ngân hàng Sen Vàng"


@dataclass
class Seeded:
    today: date
    ids: dict[str, int]
    sarah_last_contact: date
    minh_last_contact: date


def seed(pb: PartnerBookCli, db: Path) -> Seeded:
    from partnerbook.domain.enums import (
        CommitmentOwner,
        EntryKind,
        FollowUpStatus,
        InteractionKind,
    )
    from partnerbook.domain.text import fold
    from partnerbook.store.models import Entry, Partner, Person

    now = datetime.now(UTC)
    today = date.today()

    def person(name: str, cadence: int | None = None) -> Person:
        return Person(
            display_name=name, name_key=fold(name), languages=[], cadence_ideal_days=cadence
        )

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    with pb.journal(db) as journal, journal.write() as session:
        partner = Partner(name=PARTNER, name_key=fold(PARTNER))
        sarah = person("Sarah Cohen", cadence=14)  # last seen 30 days ago: 16 days past
        lan = person("Nguyễn Thị Lan", cadence=30)  # never seen: the rhythm has not started
        minh = person("Đặng Văn Minh", cadence=60)  # seen 10 days ago: fine for 50 more days
        wei = person("王伟")  # no rhythm at all
        archived = person("Archived Person", cadence=7)
        archived.archived = True

        def interaction(at: datetime, *people: Person) -> Entry:
            return Entry(
                kind=EntryKind.INTERACTION,
                interaction_kind=InteractionKind.COFFEE,
                at=at,
                title="Coffee",
                people=list(people),
            )

        def follow_up(title: str, due: int, *people: Person, status: str = "open") -> Entry:
            return Entry(
                kind=EntryKind.FOLLOW_UP,
                at=now,
                title=title,
                due_date=day(due),
                status=status,
                people=list(people),
            )

        def promise(title: str, owner: CommitmentOwner, due: int, *people: Person) -> Entry:
            return Entry(
                kind=EntryKind.COMMITMENT,
                at=now,
                title=title,
                owner=owner,
                due_date=day(due),
                status="open",
                people=list(people),
            )

        entries = {
            "sarah coffee": interaction(now - timedelta(days=30), sarah),
            "minh coffee": interaction(now - timedelta(days=10), minh),
            "f overdue": follow_up("Send Sarah the deck", -3, sarah),
            "f today": follow_up("Call Lan and Wei about the launch", 0, lan, wei),
            "f soon": follow_up("Draft the referral terms", 5),
            "f later": follow_up("Quarterly review", 30),
            "f done": follow_up("Already done", -1, sarah, status=FollowUpStatus.DONE.value),
            "f deleted": follow_up("Deleted one", 0),
            "c theirs overdue": promise("Minh sends the API keys", CommitmentOwner.THEM, -1, minh),
            "c mine soon": promise("Intro Sarah to our CFO", CommitmentOwner.ME, 2, sarah),
            "c mine today": promise("Share the pricing sheet", CommitmentOwner.ME, 0),
            "c mine later": promise("Speak at their event", CommitmentOwner.ME, 40),
            "c kept": promise("Kept promise", CommitmentOwner.ME, -2),
        }
        entries["f overdue"].partners = [partner]
        entries["c mine soon"].partners = [partner]
        entries["c kept"].status = "kept"
        entries["f deleted"].deleted_at = now
        # Follow-ups and promises dated now name Sarah, but they are not contact: she stays
        # 16 days past her rhythm.
        session.add_all([partner, sarah, lan, minh, wei, archived, *entries.values()])
        session.flush()
        ids = {key: entry.id for key, entry in entries.items()}
    return Seeded(
        today=today,
        ids=ids,
        sarah_last_contact=(now - timedelta(days=30)).astimezone().date(),
        minh_last_contact=(now - timedelta(days=10)).astimezone().date(),
    )


@pytest.fixture
def seeded(pb: PartnerBookCli, db: Path) -> Seeded:
    return seed(pb, db)


def due_json(pb: PartnerBookCli, db: Path, *args: str) -> dict[str, Any]:
    result = pb("--db", str(db), "due", *args, "--json")
    assert result.returncode == 0, result.describe()
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert isinstance(report, dict)
    return report


def follow_up_json(seeded: Seeded, key: str, text: str, people: list[str], partner: Any) -> Any:
    due = {"f overdue": -3, "f today": 0, "f soon": 5, "f later": 30}[key]
    return {
        "id": seeded.ids[key],
        "text": text,
        "due": (seeded.today + timedelta(days=due)).isoformat(),
        "people": people,
        "partner": partner,
    }


def promise_json(seeded: Seeded, key: str, text: str, owner: str, people: list[str]) -> Any:
    due = {"c theirs overdue": -1, "c mine soon": 2, "c mine today": 0, "c mine later": 40}[key]
    return {
        "id": seeded.ids[key],
        "text": text,
        "owner": owner,
        "due": (seeded.today + timedelta(days=due)).isoformat(),
        "people": people,
    }


def test_due_today_json_has_the_exact_shape(pb: PartnerBookCli, db: Path, seeded: Seeded) -> None:
    report = due_json(pb, db)
    assert list(report) == ["follow_ups", "commitments", "stay_in_touch"]
    assert report["follow_ups"] == [
        follow_up_json(seeded, "f overdue", "Send Sarah the deck", ["Sarah Cohen"], PARTNER),
        follow_up_json(
            seeded, "f today", "Call Lan and Wei about the launch", ["Nguyễn Thị Lan", "王伟"], None
        ),
    ]
    # My promises first, even when theirs is older.
    assert report["commitments"] == [
        promise_json(seeded, "c mine today", "Share the pricing sheet", "me", []),
        promise_json(
            seeded, "c theirs overdue", "Minh sends the API keys", "them", ["Đặng Văn Minh"]
        ),
    ]
    assert report["stay_in_touch"] == [
        {
            "person": "Sarah Cohen",
            "last_contact": seeded.sarah_last_contact.isoformat(),
            "cadence_days": 14,
            "overdue_days": (seeded.today - seeded.sarah_last_contact).days - 14,
        },
        {
            "person": "Nguyễn Thị Lan",
            "last_contact": None,
            "cadence_days": 30,
            "overdue_days": None,
        },
    ]
    for item in report["follow_ups"] + report["commitments"]:
        assert date.fromisoformat(item["due"]).isoformat() == item["due"]


def test_within_includes_what_comes_and_excludes_beyond(
    pb: PartnerBookCli, db: Path, seeded: Seeded
) -> None:
    week = due_json(pb, db, "--within", "7")
    assert [item["id"] for item in week["follow_ups"]] == [
        seeded.ids["f overdue"],
        seeded.ids["f today"],
        seeded.ids["f soon"],
    ]
    assert week["follow_ups"][2] == follow_up_json(
        seeded, "f soon", "Draft the referral terms", [], None
    )
    assert week["commitments"] == [
        promise_json(seeded, "c mine today", "Share the pricing sheet", "me", []),
        promise_json(seeded, "c mine soon", "Intro Sarah to our CFO", "me", ["Sarah Cohen"]),
        promise_json(
            seeded, "c theirs overdue", "Minh sends the API keys", "them", ["Đặng Văn Minh"]
        ),
    ]
    assert [item["person"] for item in week["stay_in_touch"]] == ["Sarah Cohen", "Nguyễn Thị Lan"]

    # Day 30 and day 40 come in with a wider window; Minh (due in 50 days) still does not.
    wide = due_json(pb, db, "--within", "45")
    assert [item["id"] for item in wide["follow_ups"]] == [
        seeded.ids["f overdue"],
        seeded.ids["f today"],
        seeded.ids["f soon"],
        seeded.ids["f later"],
    ]
    assert [item["id"] for item in wide["commitments"]] == [
        seeded.ids["c mine today"],
        seeded.ids["c mine soon"],
        seeded.ids["c mine later"],
        seeded.ids["c theirs overdue"],
    ]
    assert [item["person"] for item in wide["stay_in_touch"]] == ["Sarah Cohen", "Nguyễn Thị Lan"]

    # Past Minh's rhythm, he is listed too: his last contact, not yet overdue.
    later = due_json(pb, db, "--within", "55")
    [minh] = [item for item in later["stay_in_touch"] if item["person"] == "Đặng Văn Minh"]
    assert minh == {
        "person": "Đặng Văn Minh",
        "last_contact": seeded.minh_last_contact.isoformat(),
        "cadence_days": 60,
        "overdue_days": (seeded.today - seeded.minh_last_contact).days - 60,
    }


def test_due_for_people_mentions_every_item(pb: PartnerBookCli, db: Path, seeded: Seeded) -> None:
    result = pb("--db", str(db), "due", "--within", "7")
    assert result.returncode == 0, result.describe()
    today, ids = seeded.today, seeded.ids

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    sarah_past = (today - seeded.sarah_last_contact).days - 14
    assert result.stdout.splitlines() == [
        "Follow-ups due within 7 days:",
        f"  #{ids['f overdue']} {day(-3)} [3 days overdue] Send Sarah the deck"
        f"  (Sarah Cohen · {PARTNER})",
        f"  #{ids['f today']} {day(0)} [today] Call Lan and Wei about the launch"
        "  (Nguyễn Thị Lan, 王伟)",
        f"  #{ids['f soon']} {day(5)} [in 5 days] Draft the referral terms",
        "Promises due within 7 days:",
        f"  #{ids['c mine today']} {day(0)} [today] I promised: Share the pricing sheet",
        f"  #{ids['c mine soon']} {day(2)} [in 2 days] I promised: Intro Sarah to our CFO"
        f"  (Sarah Cohen · {PARTNER})",
        f"  #{ids['c theirs overdue']} {day(-1)} [1 day overdue] They promised: "
        "Minh sends the API keys  (Đặng Văn Minh)",
        "Time to get in touch:",
        f"  Sarah Cohen: last contact {seeded.sarah_last_contact.isoformat()} "
        f"(every 14 days, {sarah_past} days past)",
        "  Nguyễn Thị Lan: no contact logged yet (every 30 days)",
    ]


def test_nothing_due_on_an_empty_journal(pb: PartnerBookCli, db: Path) -> None:
    with pb.journal(db):
        pass
    today = pb("--db", str(db), "due")
    assert today.returncode == 0, today.describe()
    assert today.stdout == "Nothing due today.\n"
    week = pb("--db", str(db), "due", "--within", "7", "--json")
    assert week.returncode == 0, week.describe()
    assert json.loads(week.stdout) == {"follow_ups": [], "commitments": [], "stay_in_touch": []}


@pytest.mark.parametrize(
    ("within", "message"),
    [
        ("-1", "--within must be between 0 and 3660 days (got -1)."),
        ("3661", "--within must be between 0 and 3660 days (got 3661)."),
        ("soon", "argument --within: invalid int value: 'soon'"),
    ],
)
def test_a_bad_window_is_a_usage_error(
    pb: PartnerBookCli, db: Path, within: str, message: str
) -> None:
    with pb.journal(db):
        pass
    before = pb.digest(db)
    result = pb("--db", str(db), "due", "--within", within, "--json")
    assert result.returncode == 2, result.describe()
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert pb.digest(db) == before


def test_due_never_creates_a_journal(pb: PartnerBookCli, db: Path) -> None:
    result = pb("--db", str(db), "due", "--json")
    pb.assert_refused(result, code=6)
    assert f"There is no journal at {db}." in result.stderr
    assert result.stdout == ""
    assert not db.exists()
    assert not db.parent.joinpath(f"{db.stem}-backups").exists()

"""The meeting brief's content, section by section, on a journal built by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from partnerbook.domain.enums import (
    BenefitDirection,
    CommitmentOwner,
    DetailCategory,
    EntryKind,
    FollowUpStatus,
    Horizon,
    InteractionKind,
    LedgerDirection,
    LedgerKind,
    MotivationKind,
    PartnerStage,
    ReferralOutcome,
    StakeholderRole,
    Standing,
)
from partnerbook.errors import UsageError
from partnerbook.services import people as people_service
from partnerbook.services.brief import (
    INTERACTIONS_SHOWN,
    find_subject,
    key_lines,
    partner_brief,
    person_brief,
)
from partnerbook.services.partners import VALUE_ITEMS, create_partner, update_partner
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Partner, Person

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _entry(journal: Journal, kind: EntryKind, title: str, people: list[int], **fields: Any) -> int:
    partners = fields.pop("partners", [])
    with journal.write() as session:
        entry = Entry(
            kind=kind,
            title=title,
            at=fields.pop("at", NOW - timedelta(days=1)),
            people=[session.get_one(Person, pid) for pid in people],
            partners=[session.get_one(Partner, pid) for pid in partners],
            **fields,
        )
        session.add(entry)
        session.flush()
        return entry.id


def build(journal: Journal) -> dict[str, int]:
    """A bank partner in Shanghai and 王芳 there, with everything a brief shows."""
    bank = create_partner(journal, "上海银行合作部", standing="smaller", city="Shanghai")
    update_partner(
        journal,
        bank,
        {
            "agreement_scope": "互相转介中小企业客户",
            "agreement_renewal": date(2026, 9, 1),
            "referral_terms": "fixed_fee",
            "referral_fee": Decimal("1500"),
            "currency": "cny",
        },
    )
    for direction, horizon, text, quantity, unit in (
        ("for_them", "short", "30 qualified leads in Q2", Decimal(30), "leads"),
        ("for_them", "long", "A second revenue line", None, None),
        ("for_us", "short", "Their SME customers", Decimal("12.5"), "%"),
    ):
        VALUE_ITEMS.add(
            journal,
            bank,
            {
                "direction": direction,
                "horizon": horizon,
                "text": text,
                "quantity": quantity,
                "unit": unit,
            },
        )
    introducer = people_service.create_person(journal, "Nguyễn Thị Lan")
    wang = people_service.create_person(
        journal, "王芳", role="合作经理", city="上海", stakeholder_role="champion"
    )
    people_service.change_partner(journal, wang, bank)
    people_service.update_person(
        journal,
        wang,
        {
            "introduced_by_id": introducer,
            "how_we_met": "在深圳的金融科技大会",
            "birthday_month": 3,
            "birthday_day": 20,
        },
    )
    people_service.MOTIVATIONS.add(
        journal,
        wang,
        {"kind": "relationship", "their_words": "喜欢一起吃饭", "certainty": "guessed"},
    )
    people_service.MOTIVATIONS.add(
        journal,
        wang,
        {"kind": "kpi", "their_words": "第二季度的KPI", "certainty": "heard", "strength": 3},
    )
    people_service.DETAILS.add(journal, wang, {"category": "hobby", "text": "马拉松"})
    people_service.DETAILS.add(journal, wang, {"category": "ask_next", "text": "女儿的高考"})
    introduced = [
        people_service.create_person(journal, name) for name in ("שירה כהן", "Marco Rossi")
    ]
    for person in introduced:
        people_service.update_person(journal, person, {"introduced_by_id": wang})
    ids = {"bank": bank, "wang": wang, "introducer": introducer}
    for day in range(7):  # seven interactions: the brief shows the last five
        ids[f"note{day}"] = _entry(
            journal,
            EntryKind.INTERACTION,
            f"咖啡 {day}",
            [wang],
            partners=[bank],
            at=NOW - timedelta(days=30 - day),
            interaction_kind=InteractionKind.COFFEE,
            place="静安咖啡馆" if day == 6 else None,
            body=f"咖啡 {day}\n\n## 要点\n\n- **她需要** 第二季度的KPI\n- 见 [报告](https://x.example)"
            "\n\n---\n\n下一步：发送数据\n第四行不显示",
        )
    _entry(
        journal,
        EntryKind.COMMITMENT,
        "寄试行数据",
        [wang],
        owner=CommitmentOwner.ME,
        status="open",
        due_date=TODAY - timedelta(days=2),
    )
    _entry(
        journal,
        EntryKind.COMMITMENT,
        "介绍财务总监",
        [wang],
        owner=CommitmentOwner.THEM,
        status="open",
        due_date=TODAY + timedelta(days=5),
    )
    _entry(journal, EntryKind.COMMITMENT, "已完成", [wang], owner=CommitmentOwner.ME, status="kept")
    _entry(
        journal, EntryKind.FOLLOW_UP, "问预算", [wang], status="open", due_date=TODAY, partners=[]
    )
    _entry(journal, EntryKind.FOLLOW_UP, "旧的", [wang], status=FollowUpStatus.DONE.value)
    _entry(
        journal,
        EntryKind.FOLLOW_UP,
        "已删除",
        [wang],
        status="open",
        deleted_at=NOW,
    )
    _entry(
        journal,
        EntryKind.LEDGER,
        "Referred Hoa Sen Corp",
        [wang],
        direction=LedgerDirection.GIVEN,
        ledger_kind=LedgerKind.REFERRAL,
        outcome=ReferralOutcome.WON,
        value_amount=Decimal(800),
    )
    _entry(
        journal,
        EntryKind.LEDGER,
        "She introduced the CFO",
        [wang],
        direction=LedgerDirection.RECEIVED,
        ledger_kind=LedgerKind.INTRODUCTION,
        at=NOW - timedelta(hours=2),
    )
    return ids


@pytest.fixture
def built(journal: Journal) -> dict[str, int]:
    return build(journal)


def test_who_they_are_and_what_they_want_first(journal: Journal, built: dict[str, int]) -> None:
    brief = person_brief(journal, built["wang"], today=TODAY)
    assert (brief.name, brief.role, brief.city) == ("王芳", "合作经理", "上海")
    assert brief.stakeholder_role is StakeholderRole.CHAMPION
    assert brief.partner is not None
    assert brief.partner.partner.name == "上海银行合作部"
    assert brief.partner.stage is PartnerStage.PROSPECT
    assert brief.partner.standing is Standing.SMALLER
    # The strongest motivation first, though it was added second.
    assert [m.kind for m in brief.motivations] == [MotivationKind.KPI, MotivationKind.RELATIONSHIP]
    assert brief.motivations[0].their_words == "第二季度的KPI"
    assert brief.last_contact == (NOW - timedelta(days=24)).astimezone().date()


def test_value_proposition_with_numbers(journal: Journal, built: dict[str, int]) -> None:
    brief = person_brief(journal, built["wang"], today=TODAY)
    assert brief.partner is not None
    items = {(i.direction, i.horizon): i for i in brief.partner.value_items}
    lead = items[(BenefitDirection.FOR_THEM, Horizon.SHORT)]
    assert (lead.text, lead.quantity, lead.unit) == ("30 qualified leads in Q2", 30, "leads")
    assert items[(BenefitDirection.FOR_US, Horizon.SHORT)].quantity == Decimal("12.5")
    assert items[(BenefitDirection.FOR_THEM, Horizon.LONG)].quantity is None


def test_last_five_interactions_with_key_lines(journal: Journal, built: dict[str, int]) -> None:
    brief = person_brief(journal, built["wang"], today=TODAY)
    assert brief.interactions_total == 7
    assert len(brief.interactions) == INTERACTIONS_SHOWN
    assert [i.title for i in brief.interactions] == [f"咖啡 {d}" for d in (6, 5, 4, 3, 2)]
    newest = brief.interactions[0]
    assert newest.kind is InteractionKind.COFFEE
    assert newest.place == "静安咖啡馆"
    assert newest.with_people == ("王芳",)
    # Title not repeated, heading and rule skipped, markup and link targets gone, three lines.
    assert newest.key_lines == ("她需要 第二季度的KPI", "见 报告", "下一步：发送数据")


def test_open_commitments_both_ways_and_follow_ups(journal: Journal, built: dict[str, int]) -> None:
    tasks = person_brief(journal, built["wang"], today=TODAY).tasks
    assert [(t.text, t.overdue_days) for t in tasks.mine] == [("寄试行数据", 2)]
    assert [(t.text, t.overdue_days) for t in tasks.theirs] == [("介绍财务总监", -5)]
    assert tasks.mine[0].owner is CommitmentOwner.ME
    assert (tasks.mine_total, tasks.theirs_total) == (1, 1)
    # Done and trashed follow-ups are not open.
    assert [(t.text, t.overdue_days) for t in tasks.follow_ups] == [("问预算", 0)]
    assert tasks.follow_ups_total == 1


def test_give_and_take_balance(journal: Journal, built: dict[str, int]) -> None:
    balance = person_brief(journal, built["wang"], today=TODAY).balance
    assert (balance.my_kept, balance.my_decided, balance.my_open) == (1, 1, 1)
    assert (balance.their_kept, balance.their_decided, balance.their_open) == (0, 0, 1)
    assert (balance.given, balance.received) == (1, 1)
    assert (balance.referrals_given, balance.referrals_won) == (1, 1)
    assert balance.referral_value_won == Decimal(800)
    assert [item.title for item in balance.recent] == [
        "She introduced the CFO",
        "Referred Hoa Sen Corp",
    ]
    assert balance.recent[1].outcome is ReferralOutcome.WON


def test_personal_details_and_introductions(journal: Journal, built: dict[str, int]) -> None:
    brief = person_brief(journal, built["wang"], today=TODAY)
    # What to ask about first, then the rest.
    assert [(d.category, d.text) for d in brief.details] == [
        (DetailCategory.ASK_NEXT, "女儿的高考"),
        (DetailCategory.HOBBY, "马拉松"),
    ]
    assert brief.birthday == (3, 20)
    assert brief.birthday_in_days == 10
    assert brief.how_we_met == "在深圳的金融科技大会"
    assert brief.introduced_by is not None
    assert brief.introduced_by.display_name == "Nguyễn Thị Lan"
    assert sorted(ref.display_name for ref in brief.introduced) == ["Marco Rossi", "שירה כהן"]
    assert brief.introduced_total == 2
    lan = person_brief(journal, built["introducer"], today=TODAY)
    assert [ref.display_name for ref in lan.introduced] == ["王芳"]
    assert lan.motivations == () and lan.interactions == () and lan.partner is None


def test_partner_brief(journal: Journal, built: dict[str, int]) -> None:
    colleague = people_service.create_person(journal, "李伟", role="实习生")
    people_service.change_partner(journal, colleague, built["bank"])
    brief = partner_brief(journal, built["bank"], today=TODAY)
    assert (brief.name, brief.stage, brief.standing) == (
        "上海银行合作部",
        PartnerStage.PROSPECT,
        Standing.SMALLER,
    )
    # The champion first, with her motivations; the intern after her.
    assert [p.person.display_name for p in brief.people] == ["王芳", "李伟"]
    assert [m.kind for m in brief.people[0].motivations] == [
        MotivationKind.KPI,
        MotivationKind.RELATIONSHIP,
    ]
    assert brief.people_total == 2
    assert len(brief.value_items) == 3
    assert brief.agreement.scope == "互相转介中小企业客户"
    assert brief.agreement.renewal == date(2026, 9, 1)
    assert (brief.referral_fee, brief.currency) == (Decimal(1500), "CNY")
    assert brief.interactions_total == 7
    assert brief.interactions[0].title == "咖啡 6"
    # Only what is linked to the partner: the promises and follow-up were about her alone.
    assert brief.tasks.mine == () and brief.tasks.follow_ups == ()


def test_key_lines_are_short_and_skip_markup() -> None:
    body = "Title\n\n# Heading\n\n> quoted *point*\n\n1. " + "x" * 300 + "\n```\n"
    lines = key_lines("Title", body)
    assert lines[0] == "quoted point"
    assert lines[1].endswith("…") and len(lines[1]) <= 160
    assert key_lines("Only a title", "Only a title") == ()


def test_names_resolve_like_note_with(journal: Journal, built: dict[str, int]) -> None:
    assert find_subject(journal, "王") == ("person", built["wang"])
    assert find_subject(journal, "nguyen") == ("person", built["introducer"])
    assert find_subject(journal, "lan") == ("person", built["introducer"])  # a word prefix
    assert find_subject(journal, "上海银行") == ("partner", built["bank"])
    assert find_subject(journal, f"#{built['bank']}", "partner") == ("partner", built["bank"])
    assert find_subject(journal, f"#{built['wang']}") == ("person", built["wang"])
    people_service.create_person(journal, "Marco Bianchi")
    with pytest.raises(UsageError, match="more than one person") as error:
        find_subject(journal, "marco")
    assert "Marco Rossi" in error.value.message and "Marco Bianchi" in error.value.message
    with pytest.raises(UsageError, match="No person or partner"):
        find_subject(journal, "nobody at all")
    with pytest.raises(UsageError, match="There is no"):
        find_subject(journal, "#99999")


def test_a_trashed_person_has_no_brief(journal: Journal, built: dict[str, int]) -> None:
    people_service.delete_person(journal, built["wang"])
    with pytest.raises(UsageError):
        person_brief(journal, built["wang"])

"""Translated names for the journal's vocabularies (the database stores stable values)."""

from __future__ import annotations

from enum import Enum
from functools import cache

from PySide6.QtCore import QCoreApplication

from partnerbook.domain.enums import (
    BenefitDirection,
    CadenceState,
    Certainty,
    CommitmentOwner,
    CommitmentStatus,
    ContactKind,
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
    ReferralTerms,
    ReviewPeriod,
    StakeholderRole,
    Standing,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(value: Enum | None) -> str:
    if value is None:
        return ""
    return _table().get((type(value), value), str(value.value))


@cache
def _table() -> dict[tuple[type, Enum], str]:
    """Built once, after the translators are installed (the app does that before any view)."""
    # Keyed by (type, member): StrEnum members equal their values, so ReferralTerms.NONE and
    # CadenceState.NONE (both "none") would otherwise be one key.
    pairs: list[tuple[Enum, str]] = [
        (MotivationKind.KPI, _t("KPI / target")),
        (MotivationKind.BOSS_RECOGNITION, _t("Recognition from boss")),
        (MotivationKind.PEER_STANDING, _t("Standing with peers")),
        (MotivationKind.CAREER, _t("Career")),
        (MotivationKind.LEARNING, _t("Learning / novelty")),
        (MotivationKind.COMFORT, _t("Ease / comfort")),
        (MotivationKind.RELATIONSHIP, _t("Relationship / fun")),
        (MotivationKind.OTHER, _t("Other")),
        (Certainty.HEARD, _t("Heard it")),
        (Certainty.GUESSED, _t("Guessed")),
        (DetailCategory.FAMILY, _t("Family")),
        (DetailCategory.HOBBY, _t("Hobby")),
        (DetailCategory.ASK_NEXT, _t("Ask next time")),
        (DetailCategory.FOOD, _t("Food & drink")),
        (DetailCategory.OTHER, _t("Other")),
        (ContactKind.EMAIL, _t("Email")),
        (ContactKind.PHONE, _t("Phone")),
        (ContactKind.URL, _t("Web")),
        (StakeholderRole.CHAMPION, _t("Champion")),
        (StakeholderRole.DECISION_MAKER, _t("Decision maker")),
        (StakeholderRole.INFLUENCER, _t("Influencer")),
        (StakeholderRole.BLOCKER, _t("Blocker")),
        (StakeholderRole.USER, _t("User")),
        (PartnerStage.PROSPECT, _t("Prospect")),
        (PartnerStage.EXPLORING, _t("Exploring")),
        (PartnerStage.ACTIVE, _t("Active")),
        (PartnerStage.DORMANT, _t("Dormant")),
        (PartnerStage.ENDED, _t("Ended")),
        (Standing.SMALLER, _t("We are smaller")),
        (Standing.PEERS, _t("Peers")),
        (Standing.LARGER, _t("We are larger")),
        (BenefitDirection.FOR_THEM, _t("For them")),
        (BenefitDirection.FOR_US, _t("For us")),
        (Horizon.SHORT, _t("Short term")),
        (Horizon.LONG, _t("Long term")),
        (ReferralTerms.NONE, _t("No referral terms")),
        (ReferralTerms.FIXED_FEE, _t("Fixed fee per referral")),
        (ReferralTerms.PERCENTAGE, _t("Percentage")),
        (ReviewPeriod.MONTHLY, _t("Monthly")),
        (ReviewPeriod.QUARTERLY, _t("Quarterly")),
        (ReviewPeriod.YEARLY, _t("Yearly")),
        (CadenceState.NONE, _t("No rhythm set")),
        (CadenceState.OK, _t("In touch")),
        (CadenceState.DUE, _t("Due for contact")),
        (CadenceState.OVERDUE, _t("Overdue")),
        (EntryKind.INTERACTION, _t("Interaction")),
        (EntryKind.FOLLOW_UP, _t("Follow-up")),
        (EntryKind.COMMITMENT, _t("Promise")),
        (EntryKind.LEDGER, _t("Give & take")),
        (EntryKind.REVIEW, _t("Review")),
        (EntryKind.STAGE_CHANGE, _t("Stage change")),
        (InteractionKind.COFFEE, _t("Coffee")),
        (InteractionKind.MEETING, _t("Meeting")),
        (InteractionKind.CALL, _t("Call")),
        (InteractionKind.VIDEO, _t("Video call")),
        (InteractionKind.MESSAGE, _t("Message")),
        (InteractionKind.EMAIL, _t("Email")),
        (InteractionKind.EVENT, _t("Event")),
        (InteractionKind.NOTE, _t("Note")),
        (FollowUpStatus.OPEN, _t("Open")),
        (FollowUpStatus.DONE, _t("Done")),
        (FollowUpStatus.DISMISSED, _t("Dismissed")),
        (CommitmentOwner.ME, _t("I promised")),
        (CommitmentOwner.THEM, _t("They promised")),
        (CommitmentStatus.OPEN, _t("Open")),
        (CommitmentStatus.KEPT, _t("Kept")),
        (CommitmentStatus.BROKEN, _t("Broken")),
        (CommitmentStatus.RELEASED, _t("Released")),
        (LedgerDirection.GIVEN, _t("Given")),
        (LedgerDirection.RECEIVED, _t("Received")),
        (LedgerKind.FAVOUR, _t("Favour")),
        (LedgerKind.INTRODUCTION, _t("Introduction")),
        (LedgerKind.REFERRAL, _t("Referral")),
        (LedgerKind.RESOURCE, _t("Resource")),
        (LedgerKind.PAYMENT, _t("Payment")),
        (ReferralOutcome.PENDING, _t("Pending")),
        (ReferralOutcome.WON, _t("Won")),
        (ReferralOutcome.LOST, _t("Lost")),
    ]
    return {(type(member), member): text for member, text in pairs}


def standing_hint(standing: Standing | None) -> str:
    """The practitioners' advice for our size relative to the partner."""
    if standing is Standing.SMALLER:
        return _t(
            "They are bigger: be gentle and take on the legwork — schedule, send the "
            "invitations, write the recap, print the files."
        )
    if standing is Standing.PEERS:
        return _t("Peers: share the legwork and agree in writing who does what.")
    if standing is Standing.LARGER:
        return _t(
            "We are bigger: make it easy for them to work with us and keep our promises small "
            "and sure."
        )
    return ""

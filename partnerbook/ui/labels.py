"""Translated names for the journal's vocabularies (the database stores stable values)."""

from __future__ import annotations

from enum import Enum
from functools import cache

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
from partnerbook.ui.tr_context import TranslationContext


class Labels(TranslationContext):
    """The translation context of this module's strings."""


def forget_translations() -> None:
    """The language changed: build the names again in the new one."""
    _table.cache_clear()


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
        (MotivationKind.KPI, Labels.tr("KPI / target")),
        (MotivationKind.BOSS_RECOGNITION, Labels.tr("Recognition from boss")),
        (MotivationKind.PEER_STANDING, Labels.tr("Standing with peers")),
        (MotivationKind.CAREER, Labels.tr("Career")),
        (MotivationKind.LEARNING, Labels.tr("Learning / novelty")),
        (MotivationKind.COMFORT, Labels.tr("Ease / comfort")),
        (MotivationKind.RELATIONSHIP, Labels.tr("Relationship / fun")),
        (MotivationKind.OTHER, Labels.tr("Other")),
        (Certainty.HEARD, Labels.tr("Heard it")),
        (Certainty.GUESSED, Labels.tr("Guessed")),
        (DetailCategory.FAMILY, Labels.tr("Family")),
        (DetailCategory.HOBBY, Labels.tr("Hobby")),
        (DetailCategory.ASK_NEXT, Labels.tr("Ask next time")),
        (DetailCategory.FOOD, Labels.tr("Food & drink")),
        (DetailCategory.OTHER, Labels.tr("Other")),
        (ContactKind.EMAIL, Labels.tr("Email")),
        (ContactKind.PHONE, Labels.tr("Phone")),
        (ContactKind.URL, Labels.tr("Web")),
        (StakeholderRole.CHAMPION, Labels.tr("Champion")),
        (StakeholderRole.DECISION_MAKER, Labels.tr("Decision maker")),
        (StakeholderRole.INFLUENCER, Labels.tr("Influencer")),
        (StakeholderRole.BLOCKER, Labels.tr("Blocker")),
        (StakeholderRole.USER, Labels.tr("User")),
        (PartnerStage.PROSPECT, Labels.tr("Prospect")),
        (PartnerStage.EXPLORING, Labels.tr("Exploring")),
        (PartnerStage.ACTIVE, Labels.tr("Active")),
        (PartnerStage.DORMANT, Labels.tr("Dormant")),
        (PartnerStage.ENDED, Labels.tr("Ended")),
        (Standing.SMALLER, Labels.tr("We are smaller")),
        (Standing.PEERS, Labels.tr("Peers")),
        (Standing.LARGER, Labels.tr("We are larger")),
        (BenefitDirection.FOR_THEM, Labels.tr("For them")),
        (BenefitDirection.FOR_US, Labels.tr("For us")),
        (Horizon.SHORT, Labels.tr("Short term")),
        (Horizon.LONG, Labels.tr("Long term")),
        (ReferralTerms.NONE, Labels.tr("No referral terms")),
        (ReferralTerms.FIXED_FEE, Labels.tr("Fixed fee per referral")),
        (ReferralTerms.PERCENTAGE, Labels.tr("Percentage")),
        (ReviewPeriod.MONTHLY, Labels.tr("Monthly")),
        (ReviewPeriod.QUARTERLY, Labels.tr("Quarterly")),
        (ReviewPeriod.YEARLY, Labels.tr("Yearly")),
        (CadenceState.NONE, Labels.tr("No rhythm set")),
        (CadenceState.OK, Labels.tr("In touch")),
        (CadenceState.DUE, Labels.tr("Due for contact")),
        (CadenceState.OVERDUE, Labels.tr("Overdue")),
        (EntryKind.INTERACTION, Labels.tr("Interaction")),
        (EntryKind.FOLLOW_UP, Labels.tr("Follow-up")),
        (EntryKind.COMMITMENT, Labels.tr("Promise")),
        (EntryKind.LEDGER, Labels.tr("Give & take")),
        (EntryKind.REVIEW, Labels.tr("Review")),
        (EntryKind.STAGE_CHANGE, Labels.tr("Stage change")),
        (InteractionKind.COFFEE, Labels.tr("Coffee")),
        (InteractionKind.MEETING, Labels.tr("Meeting")),
        (InteractionKind.CALL, Labels.tr("Call")),
        (InteractionKind.VIDEO, Labels.tr("Video call")),
        (InteractionKind.MESSAGE, Labels.tr("Message")),
        (InteractionKind.EMAIL, Labels.tr("Email")),
        (InteractionKind.EVENT, Labels.tr("Event")),
        (InteractionKind.NOTE, Labels.tr("Note")),
        (FollowUpStatus.OPEN, Labels.tr("Open", "status of a follow-up (a task): not done yet")),
        (FollowUpStatus.DONE, Labels.tr("Done")),
        (FollowUpStatus.DISMISSED, Labels.tr("Dismissed")),
        (CommitmentOwner.ME, Labels.tr("I promised")),
        (CommitmentOwner.THEM, Labels.tr("They promised")),
        (CommitmentStatus.OPEN, Labels.tr("Open", "status of a promise: not kept or broken yet")),
        (CommitmentStatus.KEPT, Labels.tr("Kept")),
        (CommitmentStatus.BROKEN, Labels.tr("Broken")),
        (CommitmentStatus.RELEASED, Labels.tr("Released")),
        (LedgerDirection.GIVEN, Labels.tr("Given")),
        (LedgerDirection.RECEIVED, Labels.tr("Received")),
        (LedgerKind.FAVOUR, Labels.tr("Favour")),
        (LedgerKind.INTRODUCTION, Labels.tr("Introduction")),
        (LedgerKind.REFERRAL, Labels.tr("Referral")),
        (LedgerKind.RESOURCE, Labels.tr("Resource")),
        (LedgerKind.PAYMENT, Labels.tr("Payment")),
        (ReferralOutcome.PENDING, Labels.tr("Pending")),
        (ReferralOutcome.WON, Labels.tr("Won")),
        (ReferralOutcome.LOST, Labels.tr("Lost")),
    ]
    return {(type(member), member): text for member, text in pairs}


def standing_hint(standing: Standing | None) -> str:
    """The practitioners' advice for our size relative to the partner."""
    if standing is Standing.SMALLER:
        return Labels.tr(
            "They are bigger: be gentle and take on the legwork — schedule, send the "
            "invitations, write the recap, print the files."
        )
    if standing is Standing.PEERS:
        return Labels.tr("Peers: share the legwork and agree in writing who does what.")
    if standing is Standing.LARGER:
        return Labels.tr(
            "We are bigger: make it easy for them to work with us and keep our promises small "
            "and sure."
        )
    return ""

"""Closed vocabularies of the journal.

Values are stored as lower-case strings in the database, so they are stable across
languages and versions; labels for people are the UI's job (translated there).
"""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    INTERACTION = "interaction"
    FOLLOW_UP = "follow_up"
    COMMITMENT = "commitment"
    LEDGER = "ledger"
    REVIEW = "review"
    STAGE_CHANGE = "stage_change"


class InteractionKind(StrEnum):
    COFFEE = "coffee"
    MEETING = "meeting"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"
    EMAIL = "email"
    EVENT = "event"
    NOTE = "note"


class PartnerStage(StrEnum):
    PROSPECT = "prospect"
    EXPLORING = "exploring"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class Standing(StrEnum):
    """Our size relative to the partner: it decides who takes on the legwork."""

    SMALLER = "smaller"
    PEERS = "peers"
    LARGER = "larger"


class BenefitDirection(StrEnum):
    FOR_THEM = "for_them"
    FOR_US = "for_us"


class Horizon(StrEnum):
    SHORT = "short"
    LONG = "long"


class ReferralTerms(StrEnum):
    NONE = "none"
    FIXED_FEE = "fixed_fee"
    PERCENTAGE = "percentage"


class MotivationKind(StrEnum):
    KPI = "kpi"
    BOSS_RECOGNITION = "boss_recognition"
    PEER_STANDING = "peer_standing"
    CAREER = "career"
    LEARNING = "learning"
    COMFORT = "comfort"
    RELATIONSHIP = "relationship"
    OTHER = "other"


class StakeholderRole(StrEnum):
    """The part a person plays in the partnership's decisions."""

    CHAMPION = "champion"
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    BLOCKER = "blocker"
    USER = "user"


class Certainty(StrEnum):
    HEARD = "heard"
    GUESSED = "guessed"


class DetailCategory(StrEnum):
    FAMILY = "family"
    HOBBY = "hobby"
    ASK_NEXT = "ask_next"
    FOOD = "food"
    OTHER = "other"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DISMISSED = "dismissed"


class CommitmentOwner(StrEnum):
    ME = "me"
    THEM = "them"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    RELEASED = "released"


class LedgerDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class LedgerKind(StrEnum):
    FAVOUR = "favour"
    INTRODUCTION = "introduction"
    REFERRAL = "referral"
    RESOURCE = "resource"
    PAYMENT = "payment"


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    WON = "won"
    LOST = "lost"


class ReviewPeriod(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class CadenceState(StrEnum):
    """Stay-in-touch health: within the ideal rhythm, past it, or past the too-long mark."""

    NONE = "none"
    OK = "ok"
    DUE = "due"
    OVERDUE = "overdue"

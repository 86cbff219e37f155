"""Every vocabulary value has its own label, even where two vocabularies share a value."""

from __future__ import annotations

from partnerbook.domain.enums import CadenceState, ContactKind, InteractionKind, ReferralTerms
from partnerbook.ui.labels import label


def test_equal_values_of_different_vocabularies_keep_their_own_labels() -> None:
    assert label(ReferralTerms.NONE) == "No referral terms"
    assert label(CadenceState.NONE) == "No rhythm set"
    assert label(ContactKind.EMAIL) == "Email"
    assert label(InteractionKind.VIDEO) == "Video call"

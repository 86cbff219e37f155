"""What a quick note says about itself: its kind, and a follow-up at its end."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from partnerbook.domain.enums import InteractionKind
from partnerbook.domain.note_intent import read_intent

MONDAY = datetime(2026, 11, 23, 9, 30)
NEXT_TUE = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "kind", "follow_up", "phrase"),
    [
        (
            "coffee with Lan — she needs a Q1 KPI win; follow up next Tuesday",
            InteractionKind.COFFEE,
            NEXT_TUE,
            "next Tuesday",
        ),
        (
            "Cà phê với chị Lan: cần KPI quý 1. Theo dõi thứ ba tuần sau",
            InteractionKind.COFFEE,
            NEXT_TUE,
            "thứ ba tuần sau",
        ),
        (
            "和王芳喝咖啡，她需要第一季度的KPI。跟进下周二",
            InteractionKind.COFFEE,
            NEXT_TUE,
            "下周二",
        ),
        ("和廖志豪喝咖啡。跟進下週二。", InteractionKind.COFFEE, NEXT_TUE, "下週二"),
        (
            "Pranzo con Giulia: vuole un evento a Milano. Ricontattare martedì prossimo.",
            InteractionKind.MEETING,
            NEXT_TUE,
            "martedì prossimo",
        ),
        (
            "פגישה עם שירה על הפיילוט, מעקב יום שלישי הבא",
            InteractionKind.MEETING,
            NEXT_TUE,
            "יום שלישי הבא",
        ),
        ("call with Sarah, f/u tomorrow", InteractionKind.CALL, date(2026, 11, 24), "tomorrow"),
        ("zoom with the Acme team", InteractionKind.VIDEO, None, ""),
        ("notes from the conference", InteractionKind.EVENT, None, ""),
        ("thoughts on the renewal terms", None, None, ""),
    ],
)
def test_kind_and_follow_up_are_read_from_the_words(
    text: str, kind: InteractionKind | None, follow_up: date | None, phrase: str
) -> None:
    intent = read_intent(text, MONDAY)
    assert intent.kind is kind
    assert (intent.follow_up.day if intent.follow_up else None) == follow_up
    assert intent.follow_up_text == phrase
    assert not intent.follow_up_unclear


def test_a_follow_up_phrase_that_is_not_a_date_is_reported_not_guessed() -> None:
    intent = read_intent("we agreed to follow up on the contract", MONDAY)
    assert intent.follow_up is None
    assert intent.follow_up_unclear
    assert intent.follow_up_text == "the contract"


def test_a_kind_word_late_in_the_note_does_not_decide_the_kind() -> None:
    assert read_intent("she told me about the new coffee machine", MONDAY).kind is None


def test_taiwanese_and_simplified_follow_up_words_are_read() -> None:
    from datetime import datetime

    from partnerbook.domain.note_intent import read_intent

    now = datetime(2026, 12, 1, 9, 0)
    for text in ("和王芳喝咖啡；追蹤：下週二", "和王芳喝咖啡；追踪：下周二"):
        intent = read_intent(text, now)
        assert intent.follow_up is not None and intent.follow_up.day.isoformat() == "2026-12-08"

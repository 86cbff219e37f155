"""The track record in words: "You kept 3 of 4 promises (75 %) · they kept 1 of 2"."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from partnerbook.services.track_record import Balance, KeptRate, PromiseCounts
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.widgets.punctuation import percent, separator


class TrackRecord(TranslationContext):
    """The translation context of this module's strings."""


def _percent(rate: float) -> str:
    return percent(rate * 100)


def _side(counts: PromiseCounts, mine: bool) -> str:
    locale = QLocale()
    if not counts.decided:
        if counts.open:
            text = (
                TrackRecord.tr("you have %1 open") if mine else TrackRecord.tr("they have %1 open")
            )
            return text.replace("%1", locale.toString(counts.open))
        return (
            TrackRecord.tr("no promises from you yet")
            if mine
            else TrackRecord.tr("no promises from them yet")
        )
    text = (
        TrackRecord.tr("you kept %1 of %2 (%3)")
        if mine
        else TrackRecord.tr("they kept %1 of %2 (%3)")
    )
    text = (
        text.replace("%1", locale.toString(counts.kept))
        .replace("%2", locale.toString(counts.decided))
        .replace("%3", _percent(counts.rate or 0.0))
    )
    if counts.open:
        text += separator() + TrackRecord.tr("%1 open").replace("%1", locale.toString(counts.open))
    return text


def describe_track_record(rate: KeptRate, balance: Balance, extra: str = "") -> str:
    locale = QLocale()
    promises = TrackRecord.tr("Promises: %1 · %2")
    lines = [
        promises.replace("%1", _side(rate.mine, True)).replace("%2", _side(rate.theirs, False))
    ]
    if balance.given or balance.received:
        line = (
            TrackRecord.tr("Give & take: you have given %1, received %2")
            .replace("%1", locale.toString(balance.given))
            .replace("%2", locale.toString(balance.received))
        )
        if balance.referrals_given or balance.referrals_received:
            line += " · " + (
                TrackRecord.tr("referrals: %1 given (%2 won), %3 received")
                .replace("%1", locale.toString(balance.referrals_given))
                .replace("%2", locale.toString(balance.referrals_won))
                .replace("%3", locale.toString(balance.referrals_received))
            )
        lines.append(line)
    else:
        lines.append(TrackRecord.tr("Give & take: nothing noted yet."))
    if extra:
        lines.append(extra)
    return "\n".join(lines)

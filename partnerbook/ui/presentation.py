"""Presentation mode: what a screen share (or a partner looking over a shoulder) must not
show — what each person personally wants, their personal details, the private notes and
the give & take.

The state is one flag on ``AppEvents`` (``presenting``, ``presenting_changed``); each view
subscribes and hides its own private parts, so the window never reaches into them. Hidden
parts are hidden, not emptied: turning the mode off shows them again as they were,
nothing is read again. In place of each a one-line "Hidden while presenting".
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QWidget

from partnerbook.domain.enums import EntryKind
from partnerbook.domain.search import HitKind, SearchHit, Snippet
from partnerbook.domain.snippets import find_matches, query_needles
from partnerbook.domain.types import TimelineEntry
from partnerbook.ui.events import AppEvents

# The kinds of entry whose very title is private: the give & take (favours, referrals).
# Interactions keep their titles and first lines: they are the meeting notes the user
# chose to write, and what a timeline is for; motivations and personal details are never
# in them (they live on the person).
PRIVATE_ENTRY_KINDS = frozenset({EntryKind.LEDGER})


def hidden_text() -> str:
    return QCoreApplication.translate("Presentation", "Hidden while presenting")


def placeholder(parent: QWidget | None = None) -> QLabel:
    """The discreet line standing in for a hidden part (muted, one line)."""
    text = hidden_text()
    widget = QLabel(text, parent)
    widget.setObjectName("Muted")
    widget.setAccessibleName(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return widget


def _widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _widgets(inner)
    return found


class PrivatePart:
    """The body of a page's card (a layout), hidden while presenting, a placeholder
    shown instead; what was visible before comes back as it was."""

    def __init__(self, events: AppEvents, body: QLayout, parent: QWidget) -> None:
        self._body = body
        self._hidden: list[QWidget] = []
        self.placeholder = placeholder(parent)
        self.placeholder.hide()
        # At the leading edge by the layout, not by its text: an untranslated English line
        # still sits on the right in Hebrew, where the card's title is.
        if isinstance(body, QBoxLayout):
            body.addWidget(self.placeholder, 0, Qt.AlignmentFlag.AlignLeading)
        else:
            body.addWidget(self.placeholder)
        events.presenting_changed.connect(self.set_presenting)
        if events.presenting:
            self.set_presenting(True)

    @property
    def concealed(self) -> bool:
        return not self.placeholder.isHidden()

    def set_presenting(self, on: bool) -> None:
        if on == self.concealed:
            return
        if on:
            self._hidden = [
                w for w in _widgets(self._body) if w is not self.placeholder and not w.isHidden()
            ]
            for widget in self._hidden:
                widget.hide()
            self.placeholder.show()
        else:
            self.placeholder.hide()
            for widget in self._hidden:
                widget.show()
            self._hidden = []


def masked_entry(entry: TimelineEntry) -> TimelineEntry:
    """A timeline row as a screen share may show it (a give & take says only its kind)."""
    if entry.kind not in PRIVATE_ENTRY_KINDS:
        return entry
    return replace(entry, title=hidden_text(), summary="")


def shown_while_presenting(hit: SearchHit, query: str) -> bool:
    """A person is listed while presenting only when the query matches their name or the
    words shown with it (partner, city): found by a private word ("maratona", what they
    want), the result alone would tell the room what they said."""
    if hit.kind is not HitKind.PERSON:
        return True
    needles = query_needles(query)
    return bool(find_matches(hit.title, needles) or find_matches(hit.context, needles))


def masked_hit(hit: SearchHit) -> SearchHit:
    """A search result without its snippet: a person's or partner's comes from their
    body (motivations, personal details, notes); a note shows its title only (and a give
    & take not even that)."""
    title = hit.title
    if hit.kind is HitKind.ENTRY and hit.entry_kind in PRIVATE_ENTRY_KINDS:
        title = hidden_text()
    return replace(hit, title=title, snippet=Snippet(""))

"""The "Personal topics learned" card of the interaction editor: one topic per line, each
offered to the personal details of the people met, so that what was learned about them is
there on their page next time (a topic they already hold is not added twice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from partnerbook.errors import UserError
from partnerbook.services import interaction_editing as service
from partnerbook.store.engine import Journal
from partnerbook.ui.bidi import isolated
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import translated
from partnerbook.ui.views.interaction_tasks import clear_layout
from partnerbook.ui.widgets.form import Card, mark_invalid, text_box

MAX_OFFERED = 4  # buttons for the first few people; a larger meeting is rare here


class TopicsCard(Card):
    """The editor binds ``topics_edit`` to its saver; ``flush`` saves what was typed
    before it is offered."""

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        flush: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Personal topics learned"), parent)
        self._journal = journal
        self._events = events
        self._flush = flush
        self._detail: service.InteractionDetail | None = None
        hint = QLabel(
            self.tr(
                "One per line: family, hobbies, what to ask about next time. "
                "Offer them to the person's page to remember them there."
            ),
            self,
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.topics_edit = text_box(
            self.tr("e.g. her daughter starts university in March"), self.tr("Topics learned"), 3
        )
        self.body.addWidget(self.topics_edit)
        self.offer_row = QHBoxLayout()
        self.body.addLayout(self.offer_row)
        self.offer_message = QLabel(self)
        self.offer_message.setObjectName("Muted")
        self.offer_message.setWordWrap(True)
        self.offer_message.hide()  # takes no room until there is something to say
        self.body.addWidget(self.offer_message)

    def show_offers(self, detail: service.InteractionDetail) -> None:
        self._detail = detail
        clear_layout(self.offer_row)
        if not detail.topics:
            return
        for person in detail.people[:MAX_OFFERED]:
            button = QPushButton(
                self.tr("Add to %1's details").replace("%1", isolated(person.display_name)),
                self,
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, pid=person.id: self.offer(pid))
            self.offer_row.addWidget(button)
        self.offer_row.addStretch(1)

    def offer(self, person_id: int) -> None:
        self._flush()  # the editor shows us the topics as saved
        detail = self._detail
        if detail is None:
            return
        try:
            added = service.add_topics_to_person(self._journal, detail.id, person_id, detail.topics)
        except UserError as error:
            self._say(translated(error), True)
            return
        self._events.people_changed.emit([person_id])
        name = isolated(next((p.display_name for p in detail.people if p.id == person_id), ""))
        if not added:
            text = self.tr("%1's personal details already hold these.").replace("%1", name)
        elif len(added) == 1:  # no English catalog resolves "%n topic(s)": say it outright
            text = self.tr("One topic added to %1's personal details.").replace("%1", name)
        else:
            text = (
                self.tr("%1 topics added to %2's personal details.")
                .replace("%1", QLocale().toString(len(added)))
                .replace("%2", name)
            )
        self._say(text, False)

    def _say(self, text: str, error: bool) -> None:
        self.offer_message.setText(text)
        self.offer_message.setVisible(bool(text))
        mark_invalid(self.offer_message, error)

"""The first thing a new user sees: three ways to begin, not an empty table.

Look around in the demo journal (a separate file: this one stays empty), bring the
contacts in from a phone or an address book, or write the first note, which makes the
people and the partner it names. Adding a partner or a person by hand stays at hand below.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

CHOICE_WIDTH = 248  # three side by side fit beside the sidebar in a 1024 px window


class EmptyState(QWidget):
    add_person = Signal()
    add_partner = Signal()
    open_demo = Signal()
    import_contacts = Signal()
    first_note = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(2)
        title = QLabel(self.tr("Welcome to PartnerBook"), self)
        title.setObjectName("PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Keep what each partner and each person wants, what was said over coffee, "
                "and what was promised on both sides. Start with the company you work with "
                "most, or the person you met last."
            ),
            self,
        )
        text.setObjectName("Muted")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # As wide as the choices below (a word-wrapped label alone shrinks to a column).
        text.setFixedWidth(3 * CHOICE_WIDTH + 2 * 14)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)

        self.demo_button = QPushButton(self.tr("Explore the demo journal"), self)
        self.demo_button.setToolTip(
            self.tr("A separate sample journal with eight years of multilingual relationships")
        )
        self.demo_button.clicked.connect(self.open_demo)
        self.import_button = QPushButton(self.tr("Import contacts…"), self)
        self.import_button.setObjectName("Primary")
        self.import_button.setToolTip(
            self.tr("From your phone, Google, Outlook or LinkedIn: a vCard or CSV export")
        )
        self.import_button.clicked.connect(self.import_contacts)
        self.note_button = QPushButton(self.tr("Write a first note…"), self)
        self.note_button.clicked.connect(self.first_note)
        choices = QHBoxLayout()
        choices.setSpacing(14)
        choices.addStretch(1)
        for heading, words, button in (
            (
                self.tr("Look around first"),
                self.tr(
                    "A sample journal of its own: eight years of partners, people and notes "
                    "in six languages. This one stays empty."
                ),
                self.demo_button,
            ),
            (
                self.tr("Bring your contacts"),
                self.tr(
                    "A vCard or CSV export from your phone, Google, Outlook or LinkedIn. "
                    "You see what each contact becomes before anything is saved."
                ),
                self.import_button,
            ),
            (
                self.tr("Start from a conversation"),
                self.tr(
                    "Who you met and what was said, as in a notebook. The people and the "
                    "partner you name are added as you save."
                ),
                self.note_button,
            ),
        ):
            choices.addWidget(self._choice(heading, words, button))
        choices.addStretch(1)
        layout.addLayout(choices)

        layout.addSpacing(14)
        by_hand = QHBoxLayout()
        by_hand.addStretch(1)
        or_label = QLabel(self.tr("Or add one by hand:"), self)
        or_label.setObjectName("Muted")
        by_hand.addWidget(or_label)
        self.partner_button = QPushButton(self.tr("Add a partner"), self)
        self.partner_button.clicked.connect(self.add_partner)
        self.person_button = QPushButton(self.tr("Add a person"), self)
        self.person_button.clicked.connect(self.add_person)
        for button in (self.partner_button, self.person_button):
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            by_hand.addWidget(button)
        by_hand.addStretch(1)
        layout.addLayout(by_hand)
        layout.addStretch(3)

    def _choice(self, heading: str, words: str, button: QPushButton) -> QFrame:
        card = QFrame(self)
        card.setObjectName("Card")
        card.setFixedWidth(CHOICE_WIDTH)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(8)
        title = QLabel(heading, card)
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        column.addWidget(title)
        text = QLabel(words, card)
        text.setObjectName("Muted")
        text.setWordWrap(True)
        column.addWidget(text)
        column.addStretch(1)
        button.setParent(card)
        button.setMinimumHeight(34)
        button.setAccessibleDescription(words)
        column.addWidget(button)
        return card

    def focus_first(self) -> None:
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

"""The first thing a new user sees: an invitation, not an empty table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    add_person = Signal()
    add_partner = Signal()
    open_demo = Signal()
    import_contacts = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
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
        text.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.partner_button = QPushButton(self.tr("Add a partner"), self)
        self.partner_button.setObjectName("Primary")
        self.partner_button.clicked.connect(self.add_partner)
        self.person_button = QPushButton(self.tr("Add a person"), self)
        self.person_button.clicked.connect(self.add_person)
        self.import_button = QPushButton(self.tr("Import contacts…"), self)
        self.import_button.setToolTip(
            self.tr("From your phone, Google, Outlook or LinkedIn: a vCard or CSV export")
        )
        self.import_button.clicked.connect(self.import_contacts)
        self.demo_button = QPushButton(self.tr("Explore the demo journal"), self)
        self.demo_button.setToolTip(
            self.tr("A separate sample journal with eight years of multilingual relationships")
        )
        self.demo_button.clicked.connect(self.open_demo)
        for button in (
            self.partner_button,
            self.person_button,
            self.import_button,
            self.demo_button,
        ):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def focus_first(self) -> None:
        self.partner_button.setFocus(Qt.FocusReason.OtherFocusReason)

"""The meeting brief in a window: read it, print it (Ctrl+P), save it as PDF, HTML or
Markdown. Non-modal, so the person's page stays at hand while preparing.

By keyboard: the text has focus when the window opens, with a caret the arrows move (a
screen reader reads it line by line); Ctrl+Down and Ctrl+Up go from one section's heading
to the next; Tab reaches Print, Save As and Close; Esc closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextBlock, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.brief import Brief, PersonBrief
from partnerbook.errors import UserError
from partnerbook.services.brief import partner_brief, person_brief
from partnerbook.store.engine import Journal
from partnerbook.ui.brief.pdf import document_font, han_forms, print_brief, save_brief
from partnerbook.ui.brief.render import BriefStyle, brief_html
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import with_hint
from partnerbook.ui.theme import Colours


def load_brief(journal: Journal, about: str, entity_id: int) -> Brief:
    if about == "partner":
        return partner_brief(journal, entity_id)
    return person_brief(journal, entity_id)


def _screen_pt() -> float:
    """10 pt beside Qt's 9 pt default: in proportion to the system's text size."""
    from PySide6.QtWidgets import QApplication

    body = QApplication.font().pointSizeF()
    return round(body * 10 / 9, 1) if body > 0 else 10.0


def screen_style(colours: Colours) -> BriefStyle:
    """The theme's colours on screen; paper (print, PDF) is always light."""
    return BriefStyle(
        text=colours.text,
        muted=colours.muted,
        accent=colours.accent,
        rule=colours.border,
        note=colours.text,
        font_pt=_screen_pt(),
        line_height=100,
    )


class BriefDialog(QDialog):
    def __init__(
        self,
        brief: Brief,
        colours: Colours,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        events: AppEvents | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BriefDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.brief = brief
        self._settings = settings
        self._style = screen_style(colours)
        # Presentation mode: the presentation copy, on screen, on paper and in files alike.
        self.presenting = events.presenting if events is not None else False
        self.setWindowTitle(self.tr("Meeting Brief — %1").replace("%1", brief.name))
        self.resize(760, 860)

        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("BriefView")
        self.browser.setAccessibleName(self.tr("Meeting brief"))
        self.browser.setAccessibleDescription(
            self.tr("Ctrl+Down and Ctrl+Up move from one section to the next.")
        )
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._render()
        if events is not None:
            events.presenting_changed.connect(self.set_presenting)
        layout.addWidget(self.browser, 1)
        self.message = QLabel(self)
        self.message.setObjectName("SaveState")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the brief (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self.tr("&Save As…"), self)
        self.save_button.setToolTip(self.tr("Save the brief as PDF, HTML or Markdown (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_section(1))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_section(-1))
        self.browser.setFocus()

    def _render(self) -> None:
        markup = brief_html(self.brief, self._style, presenting=self.presenting)
        self.browser.document().setDefaultFont(document_font(self._style, han_forms(markup)))
        self.browser.setHtml(markup)

    # --- sections ---------------------------------------------------------------------------

    def _headings(self) -> list[QTextBlock]:
        """The sections' headings (h2), in reading order."""
        found = []
        block = self.browser.document().firstBlock()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                found.append(block)
            block = block.next()
        return found

    def section_titles(self) -> list[str]:
        return [block.text().strip() for block in self._headings()]

    def current_section(self) -> str | None:
        """The heading of the section the caret is in (None above the first one)."""
        position = self.browser.textCursor().block().position()
        before = [b for b in self._headings() if b.position() <= position]
        return before[-1].text().strip() if before else None

    def move_section(self, step: int) -> None:
        """To the next (1) or previous (-1) section's heading, shown at the top."""
        position = self.browser.textCursor().block().position()
        headings = self._headings()
        if step > 0:
            targets = [b for b in headings if b.position() > position]
            target = targets[0] if targets else None
        else:
            targets = [b for b in headings if b.position() < position]
            target = targets[-1] if targets else None
        if target is None:
            return
        cursor = QTextCursor(target)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect().top() - 4)
        self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_presenting(self, on: bool) -> None:
        if on != self.presenting:
            self.presenting = on
            self._render()

    # --- printing and saving --------------------------------------------------------------

    def print_(self) -> bool:
        return print_brief(self.brief, self, presenting=self.presenting)

    def _suggested_path(self) -> Path:
        folder = Path.home()
        if self._settings is not None:
            folder = Path(str(self._settings.value("brief/folder", str(folder))))
        kind = "person" if isinstance(self.brief, PersonBrief) else "partner"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.brief.name).strip()
        return folder / f"{safe or kind} — {self.tr('brief')}.pdf"

    def save_as(self) -> Path | None:
        filters = ";;".join(
            (
                self.tr("PDF (*.pdf)"),
                self.tr("Web page (*.html)"),
                self.tr("Markdown (*.md)"),
            )
        )
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Save the Brief"), str(self._suggested_path()), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".html", ".md"):
            extension = ".html" if "html" in selected else ".md" if "*.md" in selected else ".pdf"
            path = path.with_name(path.name + extension)
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        """Written whole or not at all; a refusal is said in words, never a traceback."""
        try:
            written = save_brief(self.brief, path, presenting=self.presenting)
        except UserError as error:
            self.show_message(
                self.tr("The brief was not saved: %1").replace("%1", with_hint(error)), error=True
            )
            return None
        if self._settings is not None:
            self._settings.setValue("brief/folder", str(written.parent))
        self.show_message(self.tr("Saved to %1").replace("%1", str(written)))
        return written

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setProperty("state", "error" if error else "saved")
        self.message.setText(text)
        self.message.show()

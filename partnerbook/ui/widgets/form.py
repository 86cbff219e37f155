"""Small building blocks shared by the person and partner pages."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from partnerbook.ui.labels import label


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Outline (or colour) a widget as refused: the stylesheet styles [invalid="true"]."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_save_state(label: QLabel, state: str, message: str = "") -> None:
    """A page's "Saving… / All changes saved / Not saved: why" line."""
    translate = QCoreApplication.translate
    text = {
        "saving": translate("SaveState", "Saving…"),
        "saved": translate("SaveState", "All changes saved"),
        "invalid": translate("SaveState", "Not saved: %1").replace("%1", message),
    }[state]
    label.setText(text)
    mark_invalid(label, state == "invalid")


class Card(QFrame):
    """A titled section of a page."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(8)
        header = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("SectionTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.header = header
        outer.addLayout(header)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body)

    def add_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow page puts a wide row's field under its label instead of widening the page.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.body.addLayout(form)
        return form


def line(placeholder: str = "", accessible: str = "") -> QLineEdit:
    widget = QLineEdit()
    widget.setPlaceholderText(placeholder)
    widget.setAccessibleName(accessible or placeholder)
    return widget


class TextBox(QTextEdit):
    """Plain text in several lines, each paragraph aligned by its own script.

    QPlainTextEdit lays out every paragraph from the left, so a Hebrew note sits on the
    wrong side; QTextEdit aligns a Hebrew paragraph right and an English one left, in
    either layout direction. Rich text is refused: what is pasted arrives as plain text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)


def text_box(placeholder: str, accessible: str, lines: int = 3) -> TextBox:
    widget = TextBox()
    widget.setPlaceholderText(placeholder)
    widget.setAccessibleName(accessible)
    widget.setTabChangesFocus(True)
    height = widget.fontMetrics().lineSpacing() * lines + 14
    widget.setMinimumHeight(height)
    widget.setMaximumHeight(max(height, 260) if lines > 4 else height + 30)
    return widget


def enum_combo(values: Iterable[Enum], accessible: str, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


def optional_spin(minimum: int, maximum: int, accessible: str, none_text: str = "—") -> QSpinBox:
    """A spin box whose lowest value means 'not set' and shows ``none_text``."""
    spin = QSpinBox()
    spin.setRange(minimum - 1, maximum)
    spin.setSpecialValueText(none_text)
    spin.setAccessibleName(accessible)
    spin.setValue(minimum - 1)
    return spin


def split_list(text: str) -> list[str]:
    """Comma-separated input (ASCII, Chinese and Arabic-script commas alike)."""
    for comma in ("，", "、", "،", ";"):
        text = text.replace(comma, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def join_list(values: Iterable[str] | None) -> str:
    return ", ".join(values or ())

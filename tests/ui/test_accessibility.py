from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from partnerbook.services import people as people_service
from partnerbook.services.partners import VALUE_ITEMS, create_partner
from partnerbook.store.engine import Journal
from partnerbook.ui.main_window import MainWindow

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the inner editor of a spin box or combo box; the outer one is named
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QLineEdit):
            continue  # Qt's own clear button inside a line edit, announced with the edit
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parent()).__name__}"
            )
    return missing


def test_every_input_has_an_accessible_name(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    partner = create_partner(journal, "Studio Or")
    VALUE_ITEMS.add(journal, partner, {"direction": "for_them", "horizon": "short", "text": "x"})
    person = people_service.create_person(journal, "שירה כהן")
    people_service.MOTIVATIONS.add(journal, person, {"kind": "kpi", "certainty": "heard"})
    people_service.CONTACTS.add(journal, person, {"kind": "email", "value": "s@example.com"})
    people_service.DETAILS.add(journal, person, {"category": "family", "text": "two kids"})
    window = make_window()
    window.show_view("people")
    window.people.select_id(person)
    assert _unnamed(window) == []
    window.show_view("partners")
    window.partners.select_id(partner)
    assert _unnamed(window) == []


def test_tab_walks_the_person_page_in_reading_order(
    journal: Journal, make_window: Callable[[], MainWindow]
) -> None:
    person = people_service.create_person(journal, "Sarah Cohen")
    window = make_window()
    window.people.select_id(person)
    page = window.people.person_page
    order: list[QWidget] = []
    widget: QWidget = page.name_edit
    while widget not in order:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
            order.append(widget)
        widget = widget.nextInFocusChain()
        if len(order) > 200:
            break
    expected = [
        page.name_edit,
        page.archive_button,
        page.motivations.add_button,
        page.partner_picker,
        page.role_edit,
        page.details.add_button,
        page.contacts.add_button,
        page.given_edit,
        page.city_edit,
        page.tags_edit,
        page.notes_edit,
    ]
    positions = [order.index(w) for w in expected]
    assert positions == sorted(positions), "Tab must follow the page from top to bottom"

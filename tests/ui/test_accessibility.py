from __future__ import annotations

from collections.abc import Callable

import pytest
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
from partnerbook.ui import theme
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


# --- contrast (WCAG 2.2: text 4.5:1, large text and focus rings 3:1) ------------------------

THEMES = {
    "light": theme.LIGHT,
    "dark": theme.DARK,
    "high-contrast": theme.HIGH_CONTRAST,
    "high-contrast-light": theme.HIGH_CONTRAST_LIGHT,
}


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_measured_as_wcag_measures_it() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_reads_on_the_surfaces_it_is_drawn_on(name: str) -> None:
    c = THEMES[name]
    surfaces = {
        "window": c.window,
        "base": c.base,
        "alt_base": c.alt_base,
        "card": c.card,
        "sidebar": c.sidebar,
    }
    texts = {
        "text": (c.text, 4.5),
        "muted (hints, secondary)": (c.muted, 4.5),
        "accent (links, badges)": (c.accent, 4.5),
        "invalid": (c.invalid, 4.5),
        "ok": (c.ok, 4.5),
        "due": (c.due, 4.5),
        "overdue": (c.overdue, 4.5),
    }
    low = [
        f"{what} {fg} on {where} {bg}: {contrast(fg, bg):.2f}"
        for what, (fg, least) in texts.items()
        for where, bg in surfaces.items()
        if contrast(fg, bg) < least
    ]
    for what, fg, bg in (
        ("text on a selected row", c.text, c.sidebar_selected),
        ("text on the accent (primary buttons, highlight)", c.accent_text, c.accent),
    ):
        if contrast(fg, bg) < 4.5:
            low.append(f"{what}: {contrast(fg, bg):.2f}")
    assert low == []


@pytest.mark.parametrize("name", THEMES)
def test_the_focus_ring_stands_out_from_what_surrounds_it(name: str) -> None:
    c = THEMES[name]
    fill, fill_text, border = theme.primary_colours(c)
    assert contrast(fill_text, fill) >= 4.5
    low = [
        f"{what}: {contrast(ring, bg):.2f}"
        for what, ring, bg in (
            ("ring on the window", c.focus, c.window),
            ("ring on a field or list", c.focus, c.base),
            ("ring on a card", c.focus, c.card),
            ("ring on the sidebar", c.focus, c.sidebar),
            ("ring on a selected item", c.focus, c.sidebar_selected),
            ("ring against the border it replaces", c.focus, c.border),
            ("ring of a primary button, on the window", c.focus_on_accent, c.window),
            ("ring of a primary button, against its fill", c.focus_on_accent, fill),
            ("ring of a primary button, against its border", c.focus_on_accent, border),
        )
        if contrast(ring, bg) < 3.0
    ]
    assert low == []


@pytest.mark.parametrize("name", THEMES)
def test_every_kind_of_entry_has_a_hue_that_reads(name: str) -> None:
    """Timeline and search glyphs: graphics and bold labels, 3:1 on the base."""
    c = THEMES[name]
    table = theme.KIND_COLOURS_DARK if c.dark else theme.KIND_COLOURS_LIGHT
    low = {
        key: round(contrast(hue, c.base), 2)
        for key, hue in table.items()
        if contrast(hue, c.base) < 3.0
    }
    assert low == {}


@pytest.mark.parametrize("name", THEMES)
def test_the_stylesheet_draws_a_focus_ring_on_every_kind_of_control(name: str) -> None:
    sheet = " ".join(theme.stylesheet(THEMES[name]).split())
    c = THEMES[name]
    for selector in (
        "QLineEdit:focus",
        "QPushButton:focus",
        "QTableView:focus",
        "QTreeView:focus",
        "QListView:focus",
        "QToolButton:focus",
        "QToolButton#RemoveButton:focus",
        "QListWidget#SidebarList::item:focus",
    ):
        rule = sheet.split(selector, 1)[1].split("}", 1)[0]
        rule = rule.split("{", 1)[1] if "{" in rule else rule
        assert f"2px solid {c.focus}" in rule, selector
    primary = sheet.split("QPushButton#Primary:focus", 1)[1].split("}", 1)[0]
    assert f"2px solid {c.focus_on_accent}" in primary


def test_the_theme_follows_the_system_s_request_for_high_contrast(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    assert theme.colours_for("system") is theme.HIGH_CONTRAST
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    assert theme.colours_for("system") is theme.HIGH_CONTRAST_LIGHT
    assert theme.colours_for("light") is theme.LIGHT  # a theme picked is kept
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: False)
    assert theme.colours_for("system") is theme.LIGHT
    assert theme.colours_for("high-contrast") is theme.HIGH_CONTRAST_LIGHT
    assert theme.system_prefers_high_contrast is not None


def test_titles_grow_with_the_system_s_text_size(qapp: object) -> None:
    """A larger text size chosen in the OS (the application font) makes titles larger
    too, in proportion; nothing is written in a fixed size below the body text."""
    import re

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from partnerbook.ui.dialogs.brief_dialog import screen_style

    def sizes(sheet: str) -> list[float]:
        return [float(x) for x in re.findall(r"font-size:\s*([\d.]+)pt", sheet)]

    normal = sizes(theme.stylesheet(theme.LIGHT, 9.0))
    large = sizes(theme.stylesheet(theme.LIGHT, 18.0))
    assert normal and all(size >= 9.0 for size in normal)
    assert large == pytest.approx([2 * size for size in normal], abs=0.1)
    assert "px" not in " ".join(re.findall(r"font-size:[^;]*;", theme.stylesheet(theme.DARK)))

    previous = QApplication.font()
    try:
        QApplication.setFont(QFont(previous.family(), 18))
        assert screen_style(theme.LIGHT).font_pt == pytest.approx(20.0)
    finally:
        QApplication.setFont(previous)
    assert screen_style(theme.LIGHT).font_pt == pytest.approx(previous.pointSizeF() * 10 / 9, 0.1)


@pytest.mark.parametrize("name", THEMES)
def test_every_image_the_stylesheet_names_is_there(name: str) -> None:
    import re
    from pathlib import Path

    urls = re.findall(r"url\(([^)]+)\)", theme.stylesheet(THEMES[name]))
    assert all(Path(url).is_file() for url in urls), urls
    if THEMES[name].high_contrast:
        assert len(urls) >= 3  # the combo box's arrow and the spin box's two

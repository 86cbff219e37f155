"""Light, dark and high-contrast themes that follow the operating system, on Fusion.

Fusion looks the same everywhere and takes a full palette, so one set of colours serves
Linux, Windows and macOS; the OS decides light or dark (``QStyleHints.colorScheme``) and
asks for high contrast (``QStyleHints.accessibility().contrastPreference()``) unless the
user picks a theme. Colours that mean something (stay-in-touch states, stages) live here
too, so every view agrees.

Every text colour reads at 4.5:1 or more on the surfaces it is drawn on, and the focus
ring at 3:1 or more against what surrounds it (WCAG 2.2; ``tests/ui/test_contrast.py``
measures them). The focus ring is its own colour (``focus``), and controls filled with
the accent get a ring of another (``focus_on_accent``), so focus never disappears.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from partnerbook.domain.enums import CadenceState, PartnerStage
from partnerbook.paths import resource_dir


@dataclass(frozen=True, slots=True)
class Colours:
    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    sidebar: str
    sidebar_selected: str
    invalid: str
    ok: str
    due: str
    overdue: str
    card: str
    focus: str  # the focus ring, on the window's surfaces
    focus_on_accent: str  # the focus ring of a control filled with the accent
    high_contrast: bool = False


LIGHT = Colours(
    dark=False,
    window="#f6f7f9",
    base="#ffffff",
    alt_base="#f9fafb",
    text="#1f2933",
    muted="#5d6875",
    accent="#2a66d0",
    accent_text="#ffffff",
    border="#d9dee5",
    sidebar="#eef1f5",
    sidebar_selected="#dbe6fb",
    invalid="#c62828",
    ok="#2e7d32",
    due="#8f5600",
    overdue="#c62828",
    card="#ffffff",
    focus="#2a66d0",
    focus_on_accent="#081630",
)

DARK = Colours(
    dark=True,
    window="#1e2127",
    base="#262a31",
    alt_base="#282c33",
    text="#e6e9ee",
    muted="#9aa5b1",
    accent="#5f92f7",
    accent_text="#0f1115",
    border="#3a404a",
    sidebar="#191c21",
    sidebar_selected="#2c3a55",
    invalid="#ff6b6b",
    ok="#66bb6a",
    due="#ffb74d",
    overdue="#ff6b6b",
    card="#262a31",
    focus="#6f9dff",
    focus_on_accent="#ffffff",
)

# High contrast: black and white text, borders well above 3:1, a focus ring two pixels
# wide that differs from the border it replaces by 3:1 (yellow on black, blue on white),
# primary buttons outlined instead of filled (as Windows' contrast themes draw them).
# Chosen by --theme high-contrast or when the OS asks for more contrast; light or dark
# as the OS is.
HIGH_CONTRAST = Colours(
    dark=True,
    window="#000000",
    base="#000000",
    alt_base="#141414",
    text="#ffffff",
    muted="#d6d6d6",
    accent="#8fd4ff",
    accent_text="#000000",
    border="#7a7a7a",
    sidebar="#000000",
    sidebar_selected="#1f3a5c",
    invalid="#ff8a80",
    ok="#8ff0a4",
    due="#ffd54f",
    overdue="#ff8a80",
    card="#000000",
    focus="#ffe000",
    focus_on_accent="#ffe000",
    high_contrast=True,
)

HIGH_CONTRAST_LIGHT = Colours(
    dark=False,
    window="#ffffff",
    base="#ffffff",
    alt_base="#f2f2f2",
    text="#000000",
    muted="#2e2e2e",
    accent="#0036a3",
    accent_text="#ffffff",
    border="#000000",
    sidebar="#ffffff",
    sidebar_selected="#cfe0ff",
    invalid="#a30000",
    ok="#005c12",
    due="#6b3d00",
    overdue="#a30000",
    card="#ffffff",
    focus="#1a56d6",
    focus_on_accent="#1a56d6",
    high_contrast=True,
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_high_contrast() -> bool:
    """The OS asks for more contrast (Windows contrast themes, macOS Increase Contrast,
    GNOME High Contrast; Qt 6.10+ tells)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


THEME_NAMES = ("system", "light", "dark", "high-contrast")


def colours_for(choice: str) -> Colours:
    """``choice`` is "light", "dark", "high-contrast" or "system"."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    if choice == "high-contrast" or system_prefers_high_contrast():
        return HIGH_CONTRAST if system_prefers_dark() else HIGH_CONTRAST_LIGHT
    return DARK if system_prefers_dark() else LIGHT


_FUSION_SET = "partnerbook-fusion-set"
_APPLIED = "partnerbook-theme"


def apply_theme(app: QApplication, colours: Colours) -> None:
    # A new style, palette or style sheet re-polishes every widget there is, and doing so
    # while an old window was being torn down crashed Qt (first in setStyle, then in
    # setStyleSheet): a theme already applied is left alone, and once Fusion, a theme is
    # a palette and a sheet. Asked of the app, not of its style: with a style sheet,
    # app.style() is a proxy without a name.
    applied = f"{colours!r} {app.font().pointSizeF()}"
    if app.property(_APPLIED) == applied:
        return
    if not app.property(_FUSION_SET):
        app.setStyle("Fusion")
        app.setProperty(_FUSION_SET, True)
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(colours.window))
    palette.setColor(role.WindowText, QColor(colours.text))
    palette.setColor(role.Base, QColor(colours.base))
    palette.setColor(role.AlternateBase, QColor(colours.alt_base))
    palette.setColor(role.Text, QColor(colours.text))
    palette.setColor(role.Button, QColor(colours.base if colours.dark else colours.window))
    palette.setColor(role.ButtonText, QColor(colours.text))
    palette.setColor(role.Highlight, QColor(colours.accent))
    palette.setColor(role.HighlightedText, QColor(colours.accent_text))
    palette.setColor(role.ToolTipBase, QColor(colours.base))
    palette.setColor(role.ToolTipText, QColor(colours.text))
    palette.setColor(role.PlaceholderText, QColor(colours.muted))
    palette.setColor(role.Link, QColor(colours.accent))
    palette.setColor(role.Mid, QColor(colours.border))
    palette.setColor(role.Midlight, QColor(colours.border))
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, role.Text, QColor(colours.muted))
        palette.setColor(group, role.WindowText, QColor(colours.muted))
        palette.setColor(group, role.ButtonText, QColor(colours.muted))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(colours, app.font().pointSizeF()))
    app.setProperty("pb_dark", colours.dark)
    app.setProperty(_APPLIED, applied)


def primary_colours(c: Colours) -> tuple[str, str, str]:
    """A primary button's fill, text and border: the accent, or outlined in high contrast."""
    if c.high_contrast:
        return c.base, c.text, c.border
    return c.accent, c.accent_text, c.accent


DESIGN_PT = 9.0  # the body size the titles were drawn against (Qt's default)


def stylesheet(c: Colours, body_pt: float = DESIGN_PT) -> str:
    """``body_pt``: the system's font size; titles keep their proportion to it, so a
    larger text size chosen in the OS makes them larger too."""
    fill, fill_text, fill_border = primary_colours(c)
    scale = (body_pt if body_pt > 0 else DESIGN_PT) / DESIGN_PT

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
    QWidget#Sidebar {{ background: {c.sidebar}; border: none; }}
    QListWidget#SidebarList {{ background: transparent; border: none; outline: 0;
        font-size: {pt(10.5)}; }}
    QListWidget#SidebarList::item {{ padding: 8px 12px; border-radius: 6px; margin: 1px 8px; }}
    QListWidget#SidebarList::item:selected {{ background: {c.sidebar_selected};
        color: {c.text}; }}
    QListWidget#SidebarList::item:focus {{ border: 2px solid {c.focus}; padding: 6px 10px; }}
    QLabel#SidebarTitle {{ color: {c.muted}; font-weight: 600; padding: 14px 20px 6px 20px; }}
    QLabel#PageTitle {{ font-size: {pt(17)}; font-weight: 600; }}
    QLabel#PageSubtitle, QLabel#Muted {{ color: {c.muted}; }}
    QLabel#SectionTitle {{ font-size: {pt(11.5)}; font-weight: 600; padding-top: 6px; }}
    QLabel#Hint {{ color: {c.due}; }}
    QLabel#SaveState {{ color: {c.muted}; }}
    QLabel#SaveState[invalid="true"] {{ color: {c.invalid}; }}
    QFrame#ReminderBanner {{ background: {c.sidebar_selected}; border: none;
        border-bottom: 1px solid {c.border}; }}
    QLabel#WhenPreview {{ color: {c.muted}; }}
    QLabel#WhenPreview[invalid="true"] {{ color: {c.invalid}; border: none; }}
    QFrame#Card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 8px; }}
    QLineEdit, QPlainTextEdit, QTextEdit {{
        border: 1px solid {c.border}; border-radius: 5px; padding: 3px 6px;
        background: {c.base}; }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
        border: 2px solid {c.focus}; padding: 2px 5px; }}
    *[invalid="true"] {{ border: 2px solid {c.invalid}; }}
    QTableView {{ border: none; gridline-color: transparent;
        selection-background-color: {c.sidebar_selected}; selection-color: {c.text}; }}
    QTableView, QTreeView, QListView {{ border: 2px solid transparent; }}
    QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {c.focus}; }}
    QHeaderView::section {{ background: {c.window}; border: none;
        border-bottom: 1px solid {c.border}; padding: 5px 6px; color: {c.muted};
        font-weight: 600; }}
    QPushButton {{ border: 1px solid {c.border}; border-radius: 6px; padding: 5px 12px;
        background: {c.base}; }}
    QPushButton:focus {{ border: 2px solid {c.focus}; padding: 4px 11px; }}
    QPushButton#Primary {{ background: {fill}; color: {fill_text};
        border: 1px solid {fill_border}; font-weight: 600; }}
    QPushButton#Primary:focus {{ border: 2px solid {c.focus_on_accent}; padding: 4px 11px; }}
    QToolButton:focus {{ border: 2px solid {c.focus}; border-radius: 4px; }}
    QToolButton#RemoveButton {{ border: none; color: {c.muted}; padding: 2px 6px; }}
    QToolButton#RemoveButton:hover {{ color: {c.invalid}; }}
    QToolButton#RemoveButton:focus {{ color: {c.invalid}; border: 2px solid {c.focus};
        border-radius: 4px; padding: 0px 4px; }}
    QScrollArea#PageScroll {{ border: none; background: {c.window}; }}
    QWidget#PageBody {{ background: {c.window}; }}
    QToolBar {{ border: none; spacing: 4px; padding: 3px; }}
    QMenu::item:selected {{ background: {c.sidebar_selected}; color: {c.text}; }}
    QStatusBar {{ color: {c.muted}; }}
    QSplitter::handle {{ background: {c.border}; }}
    QWidget#FilterBarLine {{ background: {c.border}; }}
    QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px;
        padding: 1px 3px; }}
    QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; }}
    """ + (_high_contrast_sheet(c) if c.high_contrast else "")


THEME_IMAGES = resource_dir("theme")


def _arrow(direction: str, c: Colours) -> str:
    """The url() of an arrow in the text's colour (a styled combo box draws none)."""
    path = THEME_IMAGES / f"arrow-{direction}-{'white' if c.dark else 'black'}.svg"
    return f"url({path.as_posix()})"


def _high_contrast_sheet(c: Colours) -> str:
    """Fusion draws check boxes, radio buttons, combo and spin boxes with an outline
    derived from the window colour: on black, black. Here they get borders of their own,
    and a check box shows its state by its fill (empty or the accent), not by hue."""
    return f"""
    QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px;
        border: 2px solid {c.text}; background: {c.base}; }}
    QCheckBox::indicator {{ border-radius: 3px; }}
    QRadioButton::indicator {{ border-radius: 9px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
        background: {c.accent}; border: 2px solid {c.text}; }}
    QCheckBox::indicator:indeterminate {{ background: {c.muted}; }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
        border-color: {c.muted}; }}
    QComboBox, QAbstractSpinBox {{ border: 1px solid {c.border}; border-radius: 5px;
        padding: 3px 6px; background: {c.base}; color: {c.text}; }}
    QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {c.focus}; padding: 2px 5px; }}
    QComboBox {{ padding-right: 22px; }}
    QComboBox:focus {{ padding-right: 21px; }}
    QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
        width: 20px; border: none; }}
    QComboBox::down-arrow {{ image: {_arrow("down", c)}; width: 12px; height: 12px; }}
    QAbstractSpinBox {{ padding-right: 20px; }}
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border;
        width: 18px; border: none; background: transparent; }}
    QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
    QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QAbstractSpinBox::up-arrow {{ image: {_arrow("up", c)}; width: 10px; height: 10px; }}
    QAbstractSpinBox::down-arrow {{ image: {_arrow("down", c)}; width: 10px; height: 10px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled,
    QAbstractSpinBox::up-arrow:off, QAbstractSpinBox::down-arrow:off {{ image: none; }}
    QComboBox QAbstractItemView {{ border: 1px solid {c.border}; background: {c.base};
        selection-background-color: {c.accent}; selection-color: {c.accent_text}; }}
    QScrollBar {{ background: {c.base}; border: 1px solid {c.border}; }}
    QScrollBar::handle {{ background: {c.muted}; border-radius: 3px; min-height: 24px;
        min-width: 24px; margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QMenu {{ border: 1px solid {c.border}; }}
    QMenu::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QToolTip {{ border: 1px solid {c.text}; background: {c.base}; color: {c.text}; }}
    """


def cadence_colour(colours: Colours, state: CadenceState) -> QColor | None:
    return {
        CadenceState.OK: QColor(colours.ok),
        CadenceState.DUE: QColor(colours.due),
        CadenceState.OVERDUE: QColor(colours.overdue),
    }.get(state)


STAGE_COLOURS = {
    PartnerStage.PROSPECT: "#8e99a8",
    PartnerStage.EXPLORING: "#3f8fd8",
    PartnerStage.ACTIVE: "#2e9d5a",
    PartnerStage.DORMANT: "#c98a1b",
    PartnerStage.ENDED: "#9a5b5b",
}


# Timeline kinds: interactions by their kind, then the other entry kinds. Keys are the
# stored values (InteractionKind and EntryKind); each hue is readable on its own tint.
KIND_COLOURS_LIGHT = {
    "coffee": "#8d5a3b",
    "meeting": "#2f6fde",
    "call": "#2e8b57",
    "video": "#7b4fd6",
    "message": "#0b8aa0",
    "email": "#4f6d8f",
    "event": "#c2417f",
    "note": "#66717e",
    "follow_up": "#c26d00",
    "commitment": "#c0392b",
    "ledger": "#8a7000",
    "review": "#3949ab",
    "stage_change": "#00897b",
}

KIND_COLOURS_DARK = {
    "coffee": "#d6a17c",
    "meeting": "#7aa5ff",
    "call": "#63c98f",
    "video": "#ad8cf5",
    "message": "#4fc8dc",
    "email": "#9db5d4",
    "event": "#f08cbc",
    "note": "#a9b3be",
    "follow_up": "#ffb54d",
    "commitment": "#ff8a7a",
    "ledger": "#e3c650",
    "review": "#9aa8ff",
    "stage_change": "#4fd1c0",
}


def kind_colour(colours: Colours, key: str) -> QColor:
    table = KIND_COLOURS_DARK if colours.dark else KIND_COLOURS_LIGHT
    return QColor(table.get(key, colours.muted))

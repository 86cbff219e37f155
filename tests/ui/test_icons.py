"""The line icons: every one loads, is drawn at the screen's scale, turns with the layout,
takes the theme's colour, is in the window and ships with the package."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from partnerbook.ui import icons
from partnerbook.ui.icons import DIRECTIONAL, NAMES, icon, icons_dir
from partnerbook.ui.main_window import VIEWS, MainWindow
from partnerbook.ui.theme import DARK, LIGHT

ROOT = Path(__file__).resolve().parents[2]


def _image(qicon: QIcon, scale: float = 1.0, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return qicon.pixmap(QSize(24, 24), scale, mode).toImage()


def _ink(image: QImage) -> list[tuple[int, int, QColor]]:
    """The painted pixels: where alpha is not zero, with their colour."""
    return [
        (x, y, image.pixelColor(x, y))
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    ]


def _mirrored(image: QImage) -> QImage:
    return image.flipped(Qt.Orientation.Horizontal)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_svgs_in_resources_are_exactly_the_named_icons() -> None:
    found = {path.stem for path in icons_dir().glob("*.svg")} - {
        "io.github.partnerbook.PartnerBook"
    }
    assert found == set(NAMES)
    assert set(NAMES) >= DIRECTIONAL


@pytest.mark.parametrize("name", NAMES)
def test_each_svg_is_a_24px_line_drawing_in_one_substitutable_colour(name: str) -> None:
    text = (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 24 24"
    group = root.find("{http://www.w3.org/2000/svg}g")
    assert group is not None
    assert group.get("stroke") == "currentColor" and group.get("fill") == "none"
    assert 1.75 <= float(group.get("stroke-width", "0")) <= 2
    assert group.get("stroke-linecap") == "round" and group.get("stroke-linejoin") == "round"
    # No colour of its own anywhere: the theme's is put in at load time.
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", text)


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_draws_at_twice_the_pixels_on_a_2x_screen(qapp: QApplication, name: str) -> None:
    qicon = icon(name, LIGHT)
    assert not qicon.isNull()
    pixmap = qicon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    ink = _ink(pixmap.toImage())
    assert len(ink) > 48  # a drawing, not a blank square
    # Rendered at 48 px, not a 24 px bitmap blown up: some pixel lies off the 2×2 grid of
    # an upscale (a blown-up bitmap has every 2×2 block alike).
    image = pixmap.toImage()
    assert any(
        image.pixel(x, y) != image.pixel(x + 1, y) for x in range(0, 48, 2) for y in range(48)
    )


@pytest.mark.parametrize("name", NAMES)
def test_icons_take_the_theme_text_colour_and_the_muted_one_when_disabled(
    qapp: QApplication, name: str
) -> None:
    for colours in (LIGHT, DARK):
        qicon = icon(name, colours)
        for mode, wanted in (
            (QIcon.Mode.Normal, colours.text),
            (QIcon.Mode.Disabled, colours.muted),
        ):
            opaque = [c for _x, _y, c in _ink(_image(qicon, 2.0, mode)) if c.alpha() == 255]
            assert opaque, (name, mode)
            assert {c.name() for c in opaque} == {QColor(wanted).name()}, (name, mode)


def test_icons_are_cached_per_name_and_colour(qapp: QApplication) -> None:
    assert icon("people", LIGHT).cacheKey() == icon("people", LIGHT).cacheKey()
    assert icon("people", LIGHT).cacheKey() != icon("people", DARK).cacheKey()
    assert icon("people", LIGHT).cacheKey() != icon("today", LIGHT).cacheKey()


@pytest.mark.parametrize("name", sorted(DIRECTIONAL))
def test_directional_icons_turn_round_right_to_left(
    qapp: QApplication, right_to_left: None, name: str
) -> None:
    turned = _image(icon(name, LIGHT), 2.0)
    plain = _image(icon(name, LIGHT, mirrored=False), 2.0)
    assert turned != plain
    assert turned == _mirrored(plain)


def test_undo_points_back_against_the_reading_direction(qapp: QApplication) -> None:
    """Undo's arrow head is on the side the text starts: left, and right in Hebrew."""

    def head_side(image: QImage) -> str:
        xs = [x for x, y, _c in _ink(image) if y < 16]  # the arrow head is in the top half
        middle = image.width() / 2
        return "left" if sum(xs) / len(xs) < middle else "right"

    assert head_side(_image(icon("undo", LIGHT), 2.0)) == "left"
    assert head_side(_image(icon("redo", LIGHT), 2.0)) == "right"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert head_side(_image(icon("undo", LIGHT), 2.0)) == "right"
        assert head_side(_image(icon("redo", LIGHT), 2.0)) == "left"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("name", sorted(set(NAMES) - DIRECTIONAL))
def test_other_icons_stay_as_drawn_right_to_left(
    qapp: QApplication, right_to_left: None, name: str
) -> None:
    assert _image(icon(name, LIGHT)) == _image(icon(name, LIGHT, mirrored=False))


def _icon_names_in(window: MainWindow) -> dict[str, int]:
    """cacheKey of each named LIGHT icon, to tell which one an action carries."""
    return {name: icon(name, LIGHT).cacheKey() for name in NAMES}


def test_toolbar_actions_show_their_icon_beside_the_label(
    make_window: Callable[..., MainWindow],
) -> None:
    from PySide6.QtWidgets import QToolBar, QToolButton

    window = make_window()
    toolbar = window.findChild(QToolBar, "MainToolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    keys = _icon_names_in(window)
    expected = {
        window.capture_action: "quick_note",
        window.new_person_action: "new_person",
        window.new_partner_action: "new_partner",
        window.undo_action: "undo",
        window.redo_action: "redo",
        window.find_action: "search",
    }
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert set(actions) == set(expected)
    for action, name in expected.items():
        assert action.icon().cacheKey() == keys[name], name
        button = toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert not button.icon().isNull() and button.text()


def test_sidebar_items_and_view_actions_have_their_views_icon(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    keys = _icon_names_in(window)
    assert window.sidebar.count() == len(VIEWS)
    for row, view in enumerate(VIEWS):
        item = window.sidebar.item(row)
        assert item.data(Qt.ItemDataRole.UserRole) == view
        assert item.icon().cacheKey() == keys[view]
        assert window.view_actions[view].icon().cacheKey() == keys[view]


def test_menus_have_icons_for_brief_import_and_export(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    keys = _icon_names_in(window)
    assert window.brief_action.icon().cacheKey() == keys["brief"]
    assert window.import_action.icon().cacheKey() == keys["import"]
    assert window.export_menu.icon().cacheKey() == keys["export"]


def test_a_dark_window_draws_its_icons_light(
    qtbot: object, journal: object, settings: object
) -> None:
    from partnerbook.ui.events import AppEvents
    from partnerbook.ui.main_window import WindowHooks

    hooks = WindowHooks(open_demo=lambda: None, set_theme=lambda _c: None, backup_now=lambda: None)
    window = MainWindow(journal, AppEvents(), settings, DARK, hooks, view="people")  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        assert window.capture_action.icon().cacheKey() == icon("quick_note", DARK).cacheKey()
        assert window.sidebar.item(0).icon().cacheKey() == icon("today", DARK).cacheKey()
    finally:
        window.flush()


def test_the_icons_ship_in_the_wheel() -> None:
    """pyproject's data files carry every SVG to <prefix>/share/partnerbook/icons, where
    icons_dir() looks when there is no source tree."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    target = icons._INSTALLED.as_posix()
    assert target in data_files
    shipped = {p.resolve() for pattern in data_files[target] for p in ROOT.glob(pattern)}
    assert {(icons_dir() / f"{name}.svg").resolve() for name in NAMES} <= shipped


def test_an_installed_package_finds_its_icons_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sysconfig

    installed = tmp_path / icons._INSTALLED
    installed.mkdir(parents=True)
    from partnerbook import paths

    monkeypatch.setattr(paths, "SOURCE_RESOURCES", tmp_path / "no-source-tree")
    monkeypatch.setattr(sysconfig, "get_path", lambda _name, _scheme=None: str(tmp_path))
    assert icons_dir() == installed


def test_the_theme_pictures_and_translations_ship_in_the_wheel_too() -> None:
    from partnerbook.paths import INSTALLED_RESOURCES, SOURCE_RESOURCES

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    for kind, pattern in (("theme", "*.svg"), ("translations", "*.qm")):
        target = (INSTALLED_RESOURCES / kind).as_posix()
        shipped = {p.resolve() for glob in data_files[target] for p in ROOT.glob(glob)}
        wanted = {p.resolve() for p in (SOURCE_RESOURCES / kind).glob(pattern)}
        assert wanted and wanted <= shipped, kind

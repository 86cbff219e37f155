"""The main window: a sidebar of views, menus and toolbar with standard shortcuts, a status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from partnerbook import APP_NAME, __version__
from partnerbook.services.first_run import journal_is_empty
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.icons import icon
from partnerbook.ui.theme import Colours
from partnerbook.ui.widgets.reminder_banner import ReminderBanner

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from partnerbook.services.reviews import Review
    from partnerbook.ui.dialogs.brief_dialog import BriefDialog
    from partnerbook.ui.dialogs.export_menu import ExportMenu
    from partnerbook.ui.dialogs.import_dialog import ImportDialog
    from partnerbook.ui.dialogs.in_town import InTownDialog
    from partnerbook.ui.dialogs.palette import CommandPalette, PaletteItem
    from partnerbook.ui.dialogs.quick_capture import QuickCapture
    from partnerbook.ui.views.empty_state import EmptyState
    from partnerbook.ui.views.interaction_page import InteractionDialog
    from partnerbook.ui.views.partners_view import PartnersView
    from partnerbook.ui.views.people_view import PeopleView
    from partnerbook.ui.views.search_view import SearchView
    from partnerbook.ui.views.timeline_view import TimelineView
    from partnerbook.ui.views.today_view import TodayView

REMINDER_CHECK_MS = 60_000
VIEWS = ("today", "people", "partners", "timeline", "search")
DEFAULT_VIEW = "today"  # the app opens on what needs doing


@dataclass
class WindowHooks:
    """What the window asks of the application (which owns journals and themes)."""

    open_demo: Callable[[], None]
    set_theme: Callable[[str], None]
    backup_now: Callable[[], None]
    theme_choice: str = "system"
    # The interface language chosen in settings ("" follows the system), and how to change it.
    language_choice: str = ""
    set_language: Callable[[str], None] = lambda _code: None
    # Shows a desktop notification (the tray's); False when there is none to show it.
    notify: Callable[[str, str], bool] = lambda _title, _text: False


def plain_label(text: str) -> str:
    """A menu label as words: without its accelerator, "&File" or CJK "檔案(&F)"."""
    import re

    return re.sub(r"\s*\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _standard(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's shortcut, or ours where the platform has none (Quit on some desktops)."""
    sequence = QKeySequence(key)
    return sequence if not sequence.isEmpty() else QKeySequence(fallback)


class MainWindow(QMainWindow):
    view_changed = Signal(str)

    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        settings: QSettings,
        colours: Colours,
        hooks: WindowHooks,
        icon: QIcon | None = None,
        view: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.journal = journal
        self.events = events
        self.settings = settings
        self.hooks = hooks
        self.undo_stack = QUndoStack(self)
        self._wanted_view = DEFAULT_VIEW
        self._title = f"{APP_NAME} — {journal.location.describe()}"
        self.setWindowTitle(self._title)
        if icon is not None:
            self.setWindowIcon(icon)
        self.setMinimumSize(QSize(900, 560))

        self._colours = colours
        # Each view is built when first shown: a faster start (the app opens on Today).
        self._people: PeopleView | None = None
        self._partners: PartnersView | None = None
        self._timeline: TimelineView | None = None
        self._today: TodayView | None = None
        self._search: SearchView | None = None
        self._in_town: InTownDialog | None = None
        self._empty: EmptyState | None = None  # only a new journal needs the welcome
        self._capture: QuickCapture | None = None
        self._editors: dict[int, InteractionDialog] = {}
        self._palette: CommandPalette | None = None

        self._build_body()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._set_icons()
        self._build_status()
        events.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        events.open_entry.connect(self.open_entry)
        events.open_person.connect(self.open_person)
        events.open_partner.connect(self.open_partner)
        events.capture_about.connect(self._capture_about)
        events.review_partner.connect(self.new_review)
        events.open_brief.connect(self.open_brief)
        events.presenting_changed.connect(self._show_presenting)
        events.people_changed.connect(self._maybe_leave_empty_state)
        events.partners_changed.connect(self._maybe_leave_empty_state)
        events.journal_reloaded.connect(self._maybe_leave_empty_state)
        self.restore_window_state()
        self.show_view(view or str(settings.value("window/view", DEFAULT_VIEW)))

    # --- building -------------------------------------------------------------------------

    def _build_body(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        sidebar = QWidget(central)
        sidebar.setObjectName("Sidebar")
        sidebar.setFixedWidth(190)
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(0, 0, 0, 8)
        title = QLabel(self.tr("Relationships"), sidebar)
        title.setObjectName("SidebarTitle")
        side_layout.addWidget(title)
        self.sidebar = QListWidget(sidebar)
        self.sidebar.setObjectName("SidebarList")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setIconSize(QSize(18, 18))
        for key, text in (
            ("today", self.tr("Today")),
            ("people", self.tr("People")),
            ("partners", self.tr("Partners")),
            ("timeline", self.tr("Timeline")),
            ("search", self.tr("Search")),
        ):
            item = QListWidgetItem(icon(key, self._colours), text, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        side_layout.addWidget(self.sidebar, 1)
        layout.addWidget(sidebar)

        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.banner = ReminderBanner(right)
        self.banner.open_requested.connect(self.open_entry)
        self.banner.snooze_requested.connect(self._snooze_until_tomorrow)
        right_layout.addWidget(self.banner)
        self.stack = QStackedWidget(right)
        right_layout.addWidget(self.stack, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                if shortcut is not None
                else tip
            )
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.capture_action = self._action(
            self.tr("Quick &Note…"),
            self.quick_capture,
            "Ctrl+L",
            self.tr("Log what was said, in seconds"),
        )
        self.new_person_action = self._action(
            self.tr("New &Person…"),
            self._new_person,
            QKeySequence(key.New),
            self.tr("Add a person"),
        )
        self.new_partner_action = self._action(
            self.tr("New Pa&rtner…"), self._new_partner, "Ctrl+Shift+N", self.tr("Add a partner")
        )
        self.import_action = self._action(
            self.tr("&Import Contacts…"),
            self.import_contacts,
            "Ctrl+Shift+I",
            self.tr("Bring people in from a vCard or a Google, LinkedIn or Outlook CSV"),
        )
        self.demo_action = self._action(
            self.tr("Open the &Demo Journal"),
            self.hooks.open_demo,
            "Ctrl+Shift+D",
            self.tr("A separate sample journal to explore"),
        )
        self.backup_action = self._action(
            self.tr("Back &Up Now"),
            self.hooks.backup_now,
            "Ctrl+Shift+B",
            tip=self.tr("Save a verified copy of the journal"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, _standard(key.Quit, "Ctrl+Q"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(key.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.find_action = self._action(
            self.tr("&Search…"),
            self.open_search,
            QKeySequence(key.Find),
            self.tr("Search people, partners and notes"),
        )
        self.filter_action = self._action(
            self.tr("&Filter the List"),
            self._filter_list,
            "Ctrl+Shift+F",
            self.tr("Filter the list"),
        )
        self.presentation_action = self._action(
            self.tr("P&resentation Mode"),
            lambda: self.events.set_presenting(self.presentation_action.isChecked()),
            "Ctrl+Shift+P",
            self.tr("Hide motivations, personal details, notes and the give & take while sharing"),
        )
        self.presentation_action.setCheckable(True)  # off in every new window, never remembered
        self.presentation_action.setChecked(self.events.presenting)
        self.in_town_action = self._action(
            self.tr("&Who's in Town…"),
            self.in_town,
            "Ctrl+Shift+T",
            self.tr("People in a city or country, the longest unseen first"),
        )
        self.palette_action = self._action(
            self.tr("&Go To…"),
            self.go_to,
            "Ctrl+K",
            self.tr("Jump to a person, a partner, a view or an action"),
        )
        self.archive_action = self._action(
            self.tr("&Archive or Unarchive"),
            self._archive_current,
            "Ctrl+Shift+A",
            self.tr("Archived people and partners leave the lists but keep their history"),
        )
        self.delete_action = self._action(
            self.tr("Move to &Trash"),
            self._delete_current,
            "Ctrl+Delete",
            self.tr("Move the selected person or partner to the trash"),
        )
        self.brief_action = self._action(
            self.tr("Meeting &Brief…"),
            self._brief_current,
            "Ctrl+B",
            self.tr("One page on the selected person or partner, to read or print"),
        )
        self.view_actions = {
            "today": self._action(self.tr("T&oday"), lambda: self.show_view("today"), "Ctrl+1"),
            "people": self._action(self.tr("&People"), lambda: self.show_view("people"), "Ctrl+2"),
            "partners": self._action(
                self.tr("P&artners"), lambda: self.show_view("partners"), "Ctrl+3"
            ),
            "timeline": self._action(
                self.tr("&Timeline"), lambda: self.show_view("timeline"), "Ctrl+4"
            ),
            "search": self._action(self.tr("&Search"), lambda: self.show_view("search"), "Ctrl+5"),
        }
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for choice, text in (
            ("system", self.tr("Follow the &System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
            ("high-contrast", self.tr("&High Contrast")),
        ):
            action = QAction(text, self, checkable=True)
            action.setChecked(choice == self.hooks.theme_choice)
            action.triggered.connect(lambda _c=False, c=choice: self.hooks.set_theme(c))
            self.theme_group.addAction(action)
            self.theme_actions[choice] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        # Each language by its own name, as its speakers look for it.
        for code, text in (
            ("", self.tr("Follow the &System")),
            ("en", "English"),
            ("vi", "Tiếng Việt"),
            ("he", "עברית"),
            ("zh_CN", "简体中文"),
            ("zh_TW", "繁體中文"),
            ("it", "Italiano"),
        ):
            action = QAction(text, self, checkable=True)
            action.setChecked(code == self.hooks.language_choice)
            action.triggered.connect(lambda _c=False, c=code: self.hooks.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.autostart_action = QAction(self.tr("Start at Lo&gin"), self, checkable=True)
        self.autostart_action.setStatusTip(
            self.tr("Open PartnerBook when you log in, so reminders come on time")
        )
        self.autostart_action.toggled.connect(self._set_autostart)
        self.about_action = self._action(
            self.tr("&About PartnerBook"), self._about, _standard(key.HelpContents, "F1")
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.capture_action)
        file_menu.addAction(self.brief_action)
        file_menu.addSeparator()
        file_menu.addActions([self.new_person_action, self.new_partner_action])
        file_menu.addAction(self.import_action)
        # File → Export is made when the File menu first opens (or the palette asks for it):
        # its module and the background runner are not needed for the first paint.
        self._file_menu = file_menu
        self._export_menu: ExportMenu | None = None
        self._after_export = file_menu.addSeparator()
        file_menu.aboutToShow.connect(lambda: self.export_menu)
        file_menu.addActions([self.demo_action, self.backup_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.filter_action, self.palette_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.archive_action, self.delete_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(list(self.view_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.in_town_action)
        view_menu.addAction(self.presentation_action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("T&heme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.addActions(list(self.language_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.autostart_action)
        view_menu.aboutToShow.connect(self._show_autostart)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.addAction(self.capture_action)
        toolbar.addSeparator()
        toolbar.addAction(self.new_person_action)
        toolbar.addAction(self.new_partner_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _set_icons(self) -> None:
        """Line icons in the theme's colours (a new theme builds a new window)."""
        for name, action in (
            ("quick_note", self.capture_action),
            ("brief", self.brief_action),
            ("new_person", self.new_person_action),
            ("new_partner", self.new_partner_action),
            ("import", self.import_action),
            ("backup", self.backup_action),
            ("undo", self.undo_action),
            ("redo", self.redo_action),
            ("search", self.find_action),
            ("filter", self.filter_action),
            ("archive", self.archive_action),
            ("trash", self.delete_action),
            ("place", self.in_town_action),
            *self.view_actions.items(),
        ):
            action.setIcon(icon(name, self._colours))

    def show_location_warning(self, text: str, journal: str) -> None:
        """A band above the view: the journal is in a sync folder or on a network disk."""
        from partnerbook.ui.widgets.location_banner import LocationBanner

        column = self.banner.parentWidget()
        assert column is not None
        self.location_banner = LocationBanner(text, journal, column)
        layout = column.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.location_banner)
        self.location_banner.show()

    def _build_status(self) -> None:
        where = QLabel(self.journal.location.describe(), self)
        where.setObjectName("Muted")
        where.setToolTip(self.tr("The journal this window shows"))
        self.statusBar().addPermanentWidget(where)
        self.presenting_label = QLabel(self.tr("Presentation mode"), self)
        self.presenting_label.setObjectName("PresentingBadge")
        self.presenting_label.setAccessibleName(self.tr("Presentation mode is on"))
        self.presenting_label.setToolTip(
            self.tr(
                "Motivations, personal details, notes and the give & take are hidden (Ctrl+Shift+P)"
            )
        )
        self.presenting_label.setStyleSheet(
            f"color: {self._colours.accent}; font-weight: 600; padding: 0 8px;"
        )
        self.statusBar().addPermanentWidget(self.presenting_label)
        self._show_presenting(self.events.presenting)

    def _show_presenting(self, on: bool) -> None:
        """Presentation mode's indicator: the status bar says it, and the title."""
        self.presentation_action.setChecked(on)
        self.presenting_label.setVisible(on)
        suffix = " — " + self.tr("Presentation mode") if on else ""
        self.setWindowTitle(self._title + suffix)

    @property
    def empty(self) -> EmptyState:
        if self._empty is None:
            from partnerbook.ui.views.empty_state import EmptyState

            empty = EmptyState(self)
            empty.add_person.connect(self._new_person)
            empty.add_partner.connect(self._new_partner)
            empty.open_demo.connect(self.hooks.open_demo)
            empty.import_contacts.connect(self.import_contacts)
            empty.first_note.connect(self.quick_capture)
            self.stack.addWidget(empty)
            self._empty = empty
        return self._empty

    @property
    def export_menu(self) -> ExportMenu:
        if self._export_menu is None:
            from partnerbook.ui.dialogs.export_menu import ExportMenu

            menu = ExportMenu(self.journal, self.events, self.settings, self)
            menu.setIcon(icon("export", self._colours))
            self._file_menu.insertMenu(self._after_export, menu)
            self._export_menu = menu
        return self._export_menu

    @property
    def people(self) -> PeopleView:
        if self._people is None:
            from partnerbook.ui.views.people_view import PeopleView

            view = PeopleView(
                self.journal, self.events, self.undo_stack, self._colours, self.settings
            )
            self.stack.addWidget(view)
            view.restore_state()
            self._people = view
        return self._people

    @property
    def partners(self) -> PartnersView:
        if self._partners is None:
            from partnerbook.ui.views.partners_view import PartnersView

            view = PartnersView(
                self.journal, self.events, self.undo_stack, self._colours, self.settings
            )
            self.stack.addWidget(view)
            view.restore_state()
            self._partners = view
        return self._partners

    @property
    def today(self) -> TodayView:
        if self._today is None:
            from partnerbook.ui.views.today_view import TodayView

            view = TodayView(self.journal, self.events, self.undo_stack, self._colours)
            self.stack.addWidget(view)
            self._today = view
        return self._today

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            from partnerbook.ui.views.timeline_view import TimelineView

            view = TimelineView(self.journal, self.events, self._colours)
            view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view.entry_activated.connect(self.events.open_entry)
            view.person_activated.connect(self.events.open_person)
            view.partner_activated.connect(self.events.open_partner)
            self.stack.addWidget(view)
            self._timeline = view
        return self._timeline

    @property
    def search_view(self) -> SearchView:
        if self._search is None:
            from partnerbook.ui.views.search_view import SearchView

            view = SearchView(self.journal, self.events, self._colours)
            self.stack.addWidget(view)
            self._search = view
        return self._search

    # --- views ------------------------------------------------------------------------------

    def is_empty_journal(self) -> bool:
        return journal_is_empty(self.journal)

    def show_view(self, key: str) -> None:
        if key not in VIEWS:
            key = DEFAULT_VIEW
        self.flush()
        if self.is_empty_journal():
            self.stack.setCurrentWidget(self.empty)
            self._wanted_view = key
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(-1)  # nothing to list yet: no view looks chosen
            self.sidebar.blockSignals(False)
            self.empty.focus_first()
            return
        view: QWidget
        if key == "today":
            view = self.today
        elif key == "partners":
            view = self.partners
        elif key == "timeline":
            view = self.timeline
        elif key == "search":
            view = self.search_view
        else:
            view = self.people
        self.stack.setCurrentWidget(view)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(VIEWS.index(key))
        self.sidebar.blockSignals(False)
        if key == "search":
            self.search_view.focus_field()
        self.view_changed.emit(key)

    def current_view(self) -> str:
        current = self.stack.currentWidget()
        if current is not None and current is self._partners:
            return "partners"
        if current is not None and current is self._timeline:
            return "timeline"
        if current is not None and current is self._today:
            return "today"
        if current is not None and current is self._search:
            return "search"
        return "people"

    def _sidebar_changed(self, row: int) -> None:
        if 0 <= row < len(VIEWS):
            self.show_view(VIEWS[row])

    def _maybe_leave_empty_state(self, _ids: object = None) -> None:
        if (
            self._empty is not None
            and self.stack.currentWidget() is self._empty
            and not self.is_empty_journal()
        ):
            self.show_view(self.current_view_key())

    def current_view_key(self) -> str:
        row = self.sidebar.currentRow()
        return VIEWS[row] if 0 <= row < len(VIEWS) else self._wanted_view

    # --- verbs ------------------------------------------------------------------------------

    def quick_capture(self) -> QuickCapture:
        """The quick note window, built at first use and kept (with its draft) afterwards."""
        if self._capture is None:
            from partnerbook.ui.dialogs.quick_capture import QuickCapture

            self._capture = QuickCapture(self.journal, self.events, self.settings, self)
        self._capture.open_fresh()
        return self._capture

    # --- other processes' writes --------------------------------------------------------------

    def start_watching(self) -> None:
        """Show what other processes write to the journal (started after the first paint)."""
        from partnerbook.ui.journal_watch import JournalWatch

        self.journal_watch = JournalWatch(self.journal, self.events, self.flush, parent=self)
        self.journal_watch.start()

    # --- reminders ----------------------------------------------------------------------------

    def start_reminders(self) -> None:
        """Check every minute for follow-ups falling due while the app runs."""
        from datetime import datetime

        self._reminded_until = datetime.now().astimezone()
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_CHECK_MS)
        self._reminder_timer.timeout.connect(self.check_reminders)
        self._reminder_timer.start()

    def check_reminders(self, now: datetime | None = None) -> None:
        from datetime import datetime

        from partnerbook.errors import UserError
        from partnerbook.services.reminders import fallen_due

        now = now or datetime.now().astimezone()
        since = getattr(self, "_reminded_until", now)
        try:
            due = fallen_due(self.journal, since, now)
        except UserError:
            return  # a busy journal: the next minute asks again, from the same moment
        self._reminded_until = now
        if not due:
            return
        title = self.tr("Follow up now")
        text = "\n".join(r.title + (f" — {r.who}" if r.who else "") for r in due[:5])
        if not self.hooks.notify(title, text):
            self.banner.add(due)

    def _snooze_until_tomorrow(self, entry_id: int) -> None:
        from datetime import datetime

        from partnerbook.errors import UserError
        from partnerbook.services import follow_ups
        from partnerbook.ui.messages import translated

        until = follow_ups.snooze_presets(datetime.now())["tomorrow"]
        try:
            follow_ups.snooze(self.journal, entry_id, until)
        except UserError as error:
            self.statusBar().showMessage(translated(error), 8000)
            return
        self.events.entries_changed.emit([entry_id])

    def new_review(self, partner_id: int) -> None:
        from partnerbook.errors import UserError
        from partnerbook.services.reviews import new_review
        from partnerbook.ui.messages import translated

        try:
            self._open_review(new_review(self.journal, partner_id))
        except UserError as error:
            self.statusBar().showMessage(translated(error), 8000)

    def _open_review(self, review: Review) -> None:
        from partnerbook.ui.dialogs.review_dialog import ReviewDialog

        dialog = ReviewDialog(
            self.journal, self.events, self.undo_stack, self._colours, review, self
        )
        dialog.open()

    def _show_autostart(self) -> None:
        from partnerbook.services.autostart import is_enabled

        self.autostart_action.blockSignals(True)
        self.autostart_action.setChecked(is_enabled())
        self.autostart_action.blockSignals(False)

    def _set_autostart(self, enabled: bool) -> None:
        from partnerbook.errors import UserError
        from partnerbook.services.autostart import set_enabled
        from partnerbook.ui.messages import translated

        try:
            set_enabled(enabled)
        except UserError as error:
            self.statusBar().showMessage(translated(error), 8000)
            self._show_autostart()
            return
        self.statusBar().showMessage(
            self.tr("PartnerBook will open when you log in.")
            if enabled
            else self.tr("PartnerBook will no longer open at login."),
            6000,
        )

    # --- the palette ---------------------------------------------------------------------------

    def go_to(self) -> CommandPalette:
        from partnerbook.ui.dialogs.palette import CommandPalette

        if self._palette is None:
            palette = CommandPalette(
                self._palette_commands(), self._palette_lookup, self._palette_recent, self
            )
            palette.chosen.connect(self.run_palette_item)
            self._palette = palette
        self._palette.open_fresh()
        return self._palette

    def _palette_commands(self) -> list[PaletteItem]:
        from partnerbook.ui.dialogs.palette import PaletteItem

        views = [
            PaletteItem(f"view:{key}", plain_label(action.text()), self.tr("View"))
            for key, action in self.view_actions.items()
        ]
        actions = [
            PaletteItem(
                f"action:{name}",
                plain_label(action.text()).rstrip("…"),
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for name, action in self._palette_actions().items()
        ]
        return views + actions

    def _palette_actions(self) -> dict[str, QAction]:
        return {
            "capture": self.capture_action,
            "brief": self.brief_action,
            "new_person": self.new_person_action,
            "new_partner": self.new_partner_action,
            "import": self.import_action,
            "export_json": self.export_menu.actions_by_key["json"],
            "export_vcard": self.export_menu.actions_by_key["vcard"],
            "backup": self.backup_action,
            "demo": self.demo_action,
            "filter": self.filter_action,  # Search itself is the view "Search"
            "in_town": self.in_town_action,
            "presentation": self.presentation_action,
        }

    def _palette_lookup(self, typed: str) -> list[PaletteItem]:
        from partnerbook.services.partners import partner_refs
        from partnerbook.services.suggest import suggest_people
        from partnerbook.ui.dialogs.palette import PaletteItem

        people = [
            PaletteItem(
                f"person:{c.id}",
                c.display_name,
                " · ".join(part for part in (c.partner, c.city) if part),
            )
            for c in suggest_people(self.journal, typed, limit=8)
        ]
        partners = [
            PaletteItem(f"partner:{ref.id}", ref.name, self.tr("Partner"))
            for ref in partner_refs(self.journal, typed, limit=6)
        ]
        return people + partners

    def _palette_recent(self) -> list[PaletteItem]:
        from partnerbook.ui.dialogs.palette import PaletteItem

        known = {item.key: item for item in self._palette_commands()}
        found = []
        for key in self._recent_keys():
            if key in known:
                found.append(known[key])
            elif ":" in key:
                found.append(PaletteItem(key, str(self.settings.value(f"palette/name/{key}", key))))
        return found

    def _recent_keys(self) -> list[str]:
        value = self.settings.value("palette/recent", [])
        return (
            [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])
        )

    def _remember(self, key: str, name: str) -> None:
        from partnerbook.ui.dialogs.palette import RECENT_KEPT

        keys = [key] + [k for k in self._recent_keys() if k != key]
        self.settings.setValue("palette/recent", keys[:RECENT_KEPT])
        self.settings.setValue(f"palette/name/{key}", name)

    def run_palette_item(self, key: str) -> None:
        kind, _, value = key.partition(":")
        palette = self._palette
        name = ""
        if palette is not None and palette.results.currentItem() is not None:
            name = palette.results.currentItem().text().split("  —  ")[0]
        if kind == "view" and value in VIEWS:
            self.show_view(value)
        elif kind == "action" and value in self._palette_actions():
            self._palette_actions()[value].trigger()
        elif kind == "person" and value.isdigit():
            self.open_person(int(value))
        elif kind == "partner" and value.isdigit():
            self.open_partner(int(value))
        else:
            return
        self._remember(key, name)

    def _capture_about(self, person_ids: list[int], partner_id: int | None) -> None:
        capture = self.quick_capture()
        capture.preset(person_ids, partner_id)
        capture.open_fresh()

    def open_person(self, person_id: int) -> None:
        self.show_view("people")
        self.people.select_id(person_id)

    def open_partner(self, partner_id: int) -> None:
        self.show_view("partners")
        self.partners.select_id(partner_id)

    def open_entry(self, entry_id: int) -> None:
        """An interaction opens in its editor; a follow-up or promise in the one it came from."""
        from partnerbook.services.timeline import interaction_of

        interaction_id = interaction_of(self.journal, entry_id)
        if interaction_id is not None:
            self.open_interaction(interaction_id)
            return
        from partnerbook.errors import UserError
        from partnerbook.services.reviews import load_review
        from partnerbook.ui.dialogs.give_take import GiveTakeDialog

        try:
            self._open_review(load_review(self.journal, entry_id))
            return
        except UserError:
            pass  # not a review: perhaps a give & take item
        try:
            dialog = GiveTakeDialog(
                self.journal, self.events, self.undo_stack, entry_id=entry_id, parent=self
            )
        except UserError:
            self.statusBar().showMessage(
                self.tr("This entry has no note to open; open its people from the list."), 6000
            )
            return
        dialog.open()

    def open_interaction(self, interaction_id: int) -> InteractionDialog | None:
        """The note's editor in its own window (one per note: opening it again raises it)."""
        open_already = self._editors.get(interaction_id)
        if open_already is not None:
            open_already.raise_()
            open_already.activateWindow()
            return open_already
        from partnerbook.ui.views.interaction_page import InteractionDialog

        dialog = InteractionDialog(self.journal, self.events, self.undo_stack, self.settings, self)
        if not dialog.open_entry(interaction_id):
            dialog.deleteLater()
            return None
        dialog.page.person_activated.connect(self.open_person)
        dialog.page.partner_activated.connect(self.open_partner)
        self._editors[interaction_id] = dialog
        dialog.destroyed.connect(lambda _o=None, i=interaction_id: self._editors.pop(i, None))
        dialog.show()
        return dialog

    def _new_person(self) -> None:
        self.show_view("people")
        self.people.new_person()
        self._maybe_leave_empty_state()

    def import_contacts(self, path: Path | None = None) -> ImportDialog | None:
        """File → Import Contacts: pick a file, then its preview (the dialog reads it)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from partnerbook.ui.dialogs.import_dialog import FILE_FILTERS, ImportDialog

        if path is None:
            folder = str(self.settings.value("import/folder", str(Path.home())))
            filters = ";;".join(
                [
                    self.tr("Contacts (%1)").replace(
                        "%1", " ".join(pattern for _name, pattern in FILE_FILTERS)
                    ),
                    *(f"{name} ({pattern})" for name, pattern in FILE_FILTERS),
                    self.tr("All files (*)"),
                ]
            )
            chosen, _selected = QFileDialog.getOpenFileName(
                self, self.tr("Import Contacts"), folder, filters
            )
            if not chosen:
                return None
            path = Path(chosen)
            self.settings.setValue("import/folder", str(path.parent))
        self.flush()  # what is being typed is saved before the import's transaction
        dialog = ImportDialog(
            self.journal, self.events, self.undo_stack, self._colours, path, self, self.settings
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _new_partner(self) -> None:
        self.show_view("partners")
        self.partners.new_partner()
        self._maybe_leave_empty_state()

    def open_search(self) -> None:
        """Ctrl+F: the Search view, its field focused with what was typed selected."""
        self.show_view("search")

    def in_town(self) -> InTownDialog:
        if self._in_town is None:
            from partnerbook.ui.dialogs.in_town import InTownDialog

            self._in_town = InTownDialog(self.journal, self.events, self._colours, self)
        self._in_town.open_fresh()
        return self._in_town

    def _filter_list(self) -> None:
        from partnerbook.ui.views.list_view import MasterDetailView

        view = self.stack.currentWidget()
        if isinstance(view, MasterDetailView):
            view.focus_filter()

    def _brief_current(self) -> None:
        """The brief of the person or partner selected in the current view."""
        view = self.stack.currentWidget()
        people = self._people
        person_id = people.current_id() if people is not None and view is people else None
        partners = self._partners
        partner_id = partners.current_id() if partners is not None and view is partners else None
        if self._search is not None and view is self._search:
            hit = self._search.results.current_hit()
            if hit is not None and hit.kind.value in ("person", "partner"):
                self.open_brief(hit.kind.value, hit.id)
                return
        if person_id is not None:
            self.open_brief("person", person_id)
        elif partner_id is not None:
            self.open_brief("partner", partner_id)
        else:
            self.statusBar().showMessage(
                self.tr("Select a person or a partner to see their brief."), 6000
            )

    def open_brief(self, about: str, entity_id: int) -> BriefDialog | None:
        """A window of its own, so the page stays at hand; ``about``: person or partner."""
        from partnerbook.errors import UserError
        from partnerbook.ui.dialogs.brief_dialog import BriefDialog, load_brief
        from partnerbook.ui.messages import translated

        self.flush()  # what was just typed on the page belongs in the brief
        try:
            brief = load_brief(self.journal, about, entity_id)
        except UserError as error:
            self.statusBar().showMessage(translated(error), 8000)
            return None
        dialog = BriefDialog(brief, self._colours, self.settings, self, self.events)
        dialog.show()
        return dialog

    def _archive_current(self) -> None:
        view, people, partners = self.stack.currentWidget(), self._people, self._partners
        if people is not None and view is people and people.current_id() is not None:
            people.person_page.archive_button.toggle()
        elif partners is not None and view is partners and partners.current_id() is not None:
            partners.partner_page.archive_button.toggle()

    def _delete_current(self) -> None:
        from partnerbook.ui.views.list_view import MasterDetailView

        view = self.stack.currentWidget()
        if isinstance(view, MasterDetailView):
            view.delete_current()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About PartnerBook"),
            self.tr(
                "<h3>PartnerBook %1</h3><p>A relationship journal for partnership managers, "
                "business developers and sales people.</p><p>Your journal: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.journal.location.describe()),
        )

    # --- state ------------------------------------------------------------------------------

    def flush(self) -> None:
        if self._capture is not None:
            self._capture.flush_draft()
        for editor in list(self._editors.values()):
            editor.page.flush()
        if self._people is not None:
            self._people.flush()
        if self._partners is not None:
            self._partners.flush()

    def restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/view", self.current_view_key())
        if self._people is not None:
            self._people.save_state()
        if self._partners is not None:
            self._partners.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        self.save_window_state()
        super().closeEvent(event)

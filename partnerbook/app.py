"""The GUI's composition root: options, journal, language, theme, the window, and after it.

Import order matters for start-up time: SQLAlchemy's ORM is imported before PySide6,
because PySide6 installs an import hook that slows every later import. Work that the first
paint does not need (integrity check, daily backup) runs after the window shows.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The collector rests while SQLAlchemy and the rest are imported (as in cli/main.py: none
# of it is garbage); what they made is then frozen, never walked again.
_COLLECTING = gc.isenabled()
gc.disable()

import sqlalchemy.orm  # noqa: E402, F401 - deliberately before PySide6 (see above)

from partnerbook.errors import JournalDamagedError, UserError, is_damage  # noqa: E402
from partnerbook.gui_options import (  # noqa: E402
    GuiOptions,
    add_gui_arguments,
    options_from,
    seconds_since_process_start,
)
from partnerbook.paths import (  # noqa: E402
    DATABASE_URL_ENV,
    AppPaths,
    backups_dir_for,
    create_private_file,
    make_private_dir,
    restrict_new_files,
)
from partnerbook.settings import Settings  # noqa: E402
from partnerbook.store.engine import Journal, JournalLocation, resolve_location  # noqa: E402
from partnerbook.store.lock import JournalLock  # noqa: E402
from partnerbook.store.migrate import open_journal  # noqa: E402

gc.freeze()
if _COLLECTING:
    gc.enable()

SCREENSHOT_SIZE = (1280, 800)
DEMO_PEOPLE = 600
DEMO_ENTRIES = 12000
EXIT_NO_JOURNAL = 3
EXIT_LOCKED = 4


def main(argv: Sequence[str] | None = None) -> int:
    """``partnerbook-gui``: the desktop launcher's entry point."""
    parser = argparse.ArgumentParser(prog="partnerbook-gui")
    parser.add_argument("--db", metavar="PATH_OR_URL")
    add_gui_arguments(parser)
    return run_gui(options_from(parser.parse_args(argv)))


def run_gui(options: GuiOptions) -> int:
    if not _display_available():
        print(
            "partnerbook: no display to open the window on. Run it in a desktop session, "
            "or use a command (partnerbook --help).",
            file=sys.stderr,
        )
        return 1
    # What is imported lives as long as the app: the collector need never walk it again
    # (a full collection otherwise walks every class and function of SQLAlchemy and Qt).
    gc.freeze()
    # What the first paint queries with, imported while imports are still fast (see above):
    # the mapped models alone cost a quarter more once PySide6's hook is in place.
    for module in (
        "sqlalchemy.dialects.sqlite",
        "partnerbook.services.first_run",
        "partnerbook.domain.dates",
        "partnerbook.services.today",
        "partnerbook.services.follow_ups",
        "partnerbook.store.location_check",
    ):
        importlib.import_module(module)
    gc.freeze()
    from PySide6.QtWidgets import QApplication

    gc.freeze()  # and what PySide6 made of its modules
    paths = AppPaths.default()
    restrict_new_files()  # the journal, its backups, settings and log: the owner's only
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    controller = AppController(app, paths, options)
    # An explicit --db "" is refused by resolve_location, never read as "the default".
    location_text = (
        options.db
        if options.db is not None
        else os.environ.get(DATABASE_URL_ENV) or str(paths.default_journal)
    )
    try:
        location = resolve_location(location_text)
    except UserError as error:
        controller.fail(error)
        return error.exit_code
    code = controller.start(location)
    if code is not None:
        return code
    return int(app.exec())


def _display_available() -> bool:
    """On Linux without X11 or Wayland, Qt would abort; say so instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class AppController:
    """Owns the open journal and its window; switches journals (e.g. to the demo)."""

    def __init__(self, app: Any, paths: AppPaths, options: GuiOptions) -> None:
        from PySide6.QtCore import QObject, QSettings, Qt, Signal

        from partnerbook import APP_ID, APP_NAME
        from partnerbook.i18n import choose_locale, install_translations

        self.app = app
        self.paths = paths
        self.options = options
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(APP_NAME)
        app.setDesktopFileName(APP_ID)
        make_private_dir(paths.config_dir)
        settings_file = paths.config_dir / "partnerbook.ini"
        create_private_file(settings_file)  # Qt keeps an existing file's mode when it saves
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        from partnerbook.ui.fonts import apply_fonts

        self.language_choice = str(self.settings.value("language", "") or "")
        locale = choose_locale(options.lang or self.language_choice or None)
        self.translators = install_translations(app, locale)
        apply_fonts(app, locale)
        self.theme_choice = options.theme or str(self.settings.value("theme", "system"))
        self.journal: Journal | None = None
        self.lock: JournalLock | None = None
        self.window: Any = None
        self._tray: Any = None  # the system tray icon, where the desktop has a tray
        self._tray_menu: Any = None
        self._capture: Any = None  # --capture: the quick note window alone
        self.events: Any = None
        self._damage_offered = False  # once per open journal: the user has been asked

        class StorageRelay(QObject):
            failed = Signal(object)  # (Journal, StorageError), from any thread

        self._storage_relay = StorageRelay()
        # Queued even from the UI thread: the offer never opens inside the read that failed.
        self._storage_relay.failed.connect(self._storage_failed, Qt.ConnectionType.QueuedConnection)
        self._apply_theme()
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        accessibility = getattr(app.styleHints(), "accessibility", None)  # Qt 6.10+
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._system_scheme_changed)
        self._install_crash_handler()
        app.aboutToQuit.connect(self.shutdown)

    # --- journals ---------------------------------------------------------------------------

    def start(self, location: JournalLocation) -> int | None:
        """Open the journal and show its window; an exit code when that is impossible."""
        # Quick capture alone writes as `partnerbook note` does, beside an open window.
        interactive = not (self.options.smoke or self.options.screenshot or self.options.capture)
        if interactive and location.path is not None:
            lock = JournalLock(location.path)
            try:
                lock.acquire()
            except UserError as error:
                self.fail(error)
                return error.exit_code
            self.lock = lock
        if not self._unlock(location):  # an encrypted journal and the user chose Quit
            self._release_lock()
            return 0
        try:
            self.journal = open_journal(location)
        except UserError as error:
            self._release_lock()
            if is_damage(error) and not self._headless and location.path is not None:
                return self.offer_restore(location, _translated(error))
            self.fail(error)
            return error.exit_code
        self._damage_offered = False
        relay, opened = self._storage_relay, self.journal
        self.journal.storage_listeners.append(lambda error: relay.failed.emit((opened, error)))
        if self.options.capture:
            self._show_capture_only()
            return None
        try:
            self._show_window()
        except UserError as error:
            if not is_damage(error) or self._headless or location.path is None:
                raise
            self._tear_down()  # its first page could not be read: the journal is damaged
            return self.offer_restore(location, _translated(error))
        self._warn_about_location(location)
        if self.options.smoke:
            return self._smoke()
        if self.options.screenshot:
            return self._screenshot(self.options.screenshot)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(2000, self._after_start)
        return None

    def _show_capture_only(self) -> None:
        """``--capture``: the quick note window and nothing else; closing it quits."""
        from partnerbook.ui.dialogs.quick_capture import QuickCapture
        from partnerbook.ui.events import AppEvents

        assert self.journal is not None
        self.events = AppEvents()
        capture = QuickCapture(self.journal, self.events, self.settings)
        capture.finished.connect(lambda _result: self.app.quit())
        capture.open_fresh()
        self.window = None
        self._capture = capture

    def _show_window(self) -> None:
        from PySide6.QtGui import QIcon

        from partnerbook.ui.events import AppEvents
        from partnerbook.ui.main_window import MainWindow, WindowHooks

        assert self.journal is not None
        previous = getattr(self, "events", None)
        self.events = AppEvents()
        # A window built again (theme, language, another journal) keeps presentation mode
        # on: a screen being shared is never exposed by a rebuild. A new run starts off.
        self.events.presenting = bool(previous is not None and previous.presenting)
        icon_path = Path(__file__).resolve().parent.parent / "resources" / "icons"
        icon_file = icon_path / "io.github.partnerbook.PartnerBook.svg"
        icon = QIcon(str(icon_file)) if icon_file.exists() else None
        if icon is not None:
            self.app.setWindowIcon(icon)
        hooks = WindowHooks(
            open_demo=self.open_demo,
            set_theme=self.set_theme,
            backup_now=self.backup_now,
            theme_choice=self.theme_choice,
            language_choice=self.language_choice,
            set_language=self.set_language,
            notify=self._notify,
        )
        self.window = MainWindow(
            self.journal,
            self.events,
            self.settings,
            self.colours,
            hooks,
            icon,
            view=self.options.view,  # else the view the user left open
        )
        if self.options.screenshot:
            self.window.resize(*SCREENSHOT_SIZE)
        self.window.show()
        if self.options.search is not None:
            self.window.show_view("search")
            self.window.search_view.set_query(self.options.search)

    def switch_to(self, location: JournalLocation) -> None:
        self._tear_down()
        code = self.start(location)
        if code is not None:
            self.app.exit(code)

    def _tear_down(self) -> None:
        """Close the window and the journal, and let go of its lock."""
        if self._tray is not None:
            self._tray.hide()
            self._tray = self._tray_menu = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self._release_lock()

    def open_demo(self) -> None:
        """Switch to the demo journal, filling it first (in the background) if needed."""
        from PySide6.QtCore import QObject, Qt, Signal
        from PySide6.QtWidgets import QProgressDialog

        demo = resolve_location(self.paths.data_dir / "demo.sqlite")
        if self.journal is not None and self.journal.location == demo:
            return
        assert demo.path is not None
        if demo.path.exists() and demo.path.stat().st_size > 0:
            self.switch_to(demo)
            return

        class Relay(QObject):
            done = Signal(object)

        relay = Relay()
        progress = QProgressDialog(
            self.app.translate("App", "Writing eight years of sample relationships…"),
            "",
            0,
            0,
            self.window,
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def work() -> None:
            try:
                from partnerbook.services.demo import fill_demo

                journal = open_journal(demo)
                try:
                    fill_demo(journal, people=DEMO_PEOPLE, entries=DEMO_ENTRIES)
                finally:
                    journal.close()
                relay.done.emit(None)
            except UserError as error:
                relay.done.emit(error)
            except Exception as error:  # a bug: log it, and still end the progress dialog
                from partnerbook.crashlog import record_bug

                record_bug(error, self.paths.log_file)
                relay.done.emit(
                    UserError(
                        self.app.translate("App", "The demo journal could not be made."),
                        self.app.translate("App", "Details are in %1.").replace(
                            "%1", str(self.paths.log_file)
                        ),
                    )
                )

        def finished(error: UserError | None) -> None:
            progress.close()
            if error is not None:
                self.fail(error)
                return
            self.switch_to(demo)

        relay.done.connect(finished)
        self._relay = relay
        threading.Thread(target=work, name="demo-journal", daemon=True).start()

    def backup_now(self) -> None:
        from partnerbook.services.maintenance import make_backup

        if self.journal is None or self.window is None:
            return
        self.window.flush()
        try:
            target = make_backup(self.journal.location, already_open=True)
        except UserError as error:
            self.fail(error)
            return
        self.events.status_message.emit(
            self.app.translate("App", "Backup saved and verified: %1").replace("%1", str(target))
        )

    def _after_start(self) -> None:
        """Integrity check, the daily backup and a search index left behind by an upgrade
        brought up to date, off the UI thread, after the first paint."""
        from PySide6.QtCore import QObject, Signal

        journal = self.journal
        if journal is None:
            return
        self._install_tray()
        if self.window is not None:
            self.window.start_reminders()
            self.window.start_watching()  # another process's notes appear in the window

        class Relay(QObject):
            damaged = Signal(str)

        relay = Relay()
        relay.damaged.connect(self._report_damage)
        self._maintenance_relay = relay

        def work() -> None:
            from partnerbook.services.maintenance import daily_backup, run_check

            try:
                report = run_check(journal.location, already_open=True)
            except UserError as error:
                relay.damaged.emit(_translated(error))
                return
            if not report.healthy:
                relay.damaged.emit("; ".join(report.problems[:3]))
                return  # never back up a damaged journal over good backups
            daily_backup(journal, keep=Settings.load(self.paths).keep_backups)
            _index_brought_up_to_date(journal)

        threading.Thread(target=work, name="start-up-maintenance", daemon=True).start()

    def _install_tray(self) -> None:
        """Quick capture from the tray, where the desktop has one (not on the start path)."""
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon

        if self._tray is not None or self.window is None:
            return
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        window = self.window
        tray = QSystemTrayIcon(self.app.windowIcon(), self.app)
        tray.setToolTip("PartnerBook")
        menu = QMenu()
        menu.addAction(window.capture_action)
        today = menu.addAction(self.app.translate("App", "Today"))
        today.triggered.connect(
            lambda: (window.show_view("today"), window.showNormal(), window.activateWindow())
        )
        show = menu.addAction(self.app.translate("App", "Show PartnerBook"))
        show.triggered.connect(
            lambda: (window.showNormal(), window.raise_(), window.activateWindow())
        )
        menu.addSeparator()
        menu.addAction(window.quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(
            lambda reason: (
                window.quick_capture()
                if reason == QSystemTrayIcon.ActivationReason.Trigger
                else None
            )
        )
        tray.show()
        self._tray, self._tray_menu = tray, menu

    def _notify(self, title: str, text: str) -> bool:
        """A desktop notification through the tray; False where there is no tray."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if self._tray is None or not self._tray.supportsMessages():
            return False
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return True

    def _report_damage(self, problems: str) -> None:
        """The start-up check found damage: the same offer as at start."""
        self.damage_found(
            JournalDamagedError(
                self.app.translate("App", "The journal's integrity check found problems: %1")
                .replace("%1", problems)
                .replace("\n", " ")
            )
        )

    def _unlock(self, location: JournalLocation) -> bool:
        """An encrypted journal: its passphrase from the keyring (when remembered), else
        PARTNERBOOK_PASSPHRASE, else the passphrase dialog. False: the user chose Quit.
        Kept in memory only (store/cipher.py); in the keyring when the user asks."""
        from partnerbook.store import cipher

        path = location.path
        if path is None or not cipher.available() or not cipher.looks_encrypted(path):
            return True
        if cipher.key_for(path) is not None:
            return True
        for known in (cipher.keyring_get(path), cipher.passphrase_from_environment()):
            if known is not None and cipher.opens(path, known):
                cipher.remember(path, known)
                return True
        if self._headless:
            return True  # refused when opened, with the message saying why
        from partnerbook.ui.dialogs.passphrase import PassphraseDialog

        dialog = PassphraseDialog(
            location.describe(), lambda typed: cipher.opens(path, cipher.Passphrase(typed))
        )
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted or not dialog.accepted_passphrase:
            return False
        passphrase = cipher.Passphrase(dialog.accepted_passphrase)
        dialog.accepted_passphrase = None
        cipher.remember(path, passphrase)
        if dialog.remember.isChecked() and not cipher.keyring_set(path, passphrase):
            import logging

            logging.getLogger(__name__).warning("the passphrase could not be kept in the keyring")
        return True

    # --- a damaged journal --------------------------------------------------------------------

    @property
    def _headless(self) -> bool:
        return bool(self.options.smoke or self.options.screenshot)

    def offer_restore(self, location: JournalLocation, detail: str) -> int | None:
        """At start: the journal is damaged. Offer the latest good backup, or quit."""
        from partnerbook.services.maintenance import good_backup_for
        from partnerbook.ui.dialogs.damaged_journal import RESTORE, DamagedJournalDialog

        assert location.path is not None
        print(f"partnerbook: {detail}", file=sys.stderr)
        good = good_backup_for(location)
        dialog = DamagedJournalDialog(
            location.describe(),
            detail,
            good.created if good is not None else None,
            backups_dir_for(location.path),
        )
        if dialog.choose() != RESTORE or good is None:
            return JournalDamagedError.exit_code
        return self._restore(location, good.path)

    def _restore(self, location: JournalLocation, backup: Path) -> int | None:
        """Restore ``backup`` (the damaged file moved aside, never deleted) and open it."""
        from partnerbook.services.maintenance import restore_backup

        try:
            result = restore_backup(location, backup)
        except UserError as error:
            self.fail(error)
            return error.exit_code
        code = self.start(location)
        if code is None and self.events is not None:
            kept = result.previous_saved_to
            text = self.app.translate("App", "Restored the backup %1.").replace("%1", backup.name)
            if kept is not None:
                text += " " + self.app.translate(
                    "App", "The journal as it was is kept in %1."
                ).replace("%1", str(kept))
            self.events.status_message.emit(text)
        return code

    def _storage_failed(self, report: tuple[Journal, UserError]) -> None:
        """Every StorageError the journal raised (on the UI thread, through the relay); a
        journal closed meanwhile (restored, switched) no longer counts."""
        journal, error = report
        if journal is self.journal and is_damage(error):
            self.damage_found(error)

    def damage_found(self, error: UserError) -> None:
        """During use: the journal turned out damaged. Offer the backup once per journal."""
        from partnerbook.services.maintenance import good_backup_for
        from partnerbook.ui.dialogs.damaged_journal import (
            LATER,
            RESTORE,
            DamagedJournalDialog,
        )

        journal = self.journal
        if journal is None or journal.location.path is None or self._damage_offered:
            return
        self._damage_offered = True
        if self._headless:
            print(f"partnerbook: {error.message}", file=sys.stderr)
            return
        location = journal.location
        assert location.path is not None
        good = good_backup_for(location)
        dialog = DamagedJournalDialog(
            location.describe(),
            _translated(error),
            good.created if good is not None else None,
            backups_dir_for(location.path),
            during_use=True,
            parent=self.window,
        )
        choice = dialog.choose()
        if choice == LATER:
            if self.events is not None:
                self.events.status_message.emit(
                    self.app.translate(
                        "App", "The journal is damaged: what you see may be incomplete."
                    )
                )
            return
        if choice != RESTORE or good is None:
            self.app.quit()
            return
        self._tear_down()
        code = self._restore(location, good.path)
        if code is not None:
            self.app.exit(code)

    def _warn_about_location(self, location: JournalLocation) -> None:
        """A journal in a cloud-sync folder or on a network filesystem: a banner says so."""
        from partnerbook.store.location_check import CLOUD, location_risk

        if location.path is None or self.window is None:
            return
        risk = location_risk(location.path)
        if risk is None:
            return
        print(f"partnerbook: warning: {risk.message(location.path)}", file=sys.stderr)
        if risk.kind == CLOUD:
            text = self.app.translate(
                "App",
                "Your journal is inside a %1 folder. Sync services copy a database while it "
                "is being written and can damage it.",
            ).replace("%1", risk.service)
        else:
            text = self.app.translate(
                "App",
                "Your journal is on a network filesystem (%1). Network filesystems often get "
                "database locking wrong and can damage it.",
            ).replace("%1", risk.service)
        self.window.show_location_warning(text, str(location.path))

    # --- theme --------------------------------------------------------------------------------

    def _apply_theme(self) -> None:
        from partnerbook.ui.theme import apply_theme, colours_for

        self.colours = colours_for(self.theme_choice)
        apply_theme(self.app, self.colours)

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.theme_choice in ("system", "high-contrast"):  # high contrast: light or dark
            self.set_theme(self.theme_choice)

    def set_theme(self, choice: str) -> None:
        self.theme_choice = choice
        self.settings.setValue("theme", choice)
        self._apply_theme()
        if self.journal is not None:
            self.switch_to(self.journal.location)  # views pick up the new colours

    def set_language(self, code: str) -> None:
        """Another interface language, at once: the window is built again in it."""
        from partnerbook.i18n import choose_locale, install_translations
        from partnerbook.ui import labels
        from partnerbook.ui.fonts import apply_fonts

        self.language_choice = code
        self.settings.setValue("language", code)
        for translator in self.translators:
            self.app.removeTranslator(translator)
        locale = choose_locale(code or None)
        self.translators = install_translations(self.app, locale)
        apply_fonts(self.app, locale)
        labels.forget_translations()
        if self.journal is not None:
            self.switch_to(self.journal.location)

    # --- headless modes -------------------------------------------------------------------

    def _wait_for_data(self) -> None:
        """Lay out and load the first page, without running the idle-time page fetches."""
        window = self.window
        self.app.sendPostedEvents()
        view = window.stack.currentWidget()
        model = getattr(view, "model", None)
        if model is not None and model.rowCount() == 0 and model.canFetchMore():
            model.fetchMore()  # the first page, if the view has not asked for it yet
        if (
            self.options.screenshot  # a first paint is the list as it opens, nobody selected
            and hasattr(view, "table")
            and view.model.rowCount() > 0
            and view.current_id() is None
        ):
            self._select_for_screenshot(view)
        self.app.sendPostedEvents()

    def _select_for_screenshot(self, view: Any) -> None:
        from partnerbook.domain.text import fold
        from partnerbook.ui.models.rows_model import ID_ROLE

        wanted = fold(self.options.select or "")
        if wanted:
            view.model.load_all()
        for row in range(view.model.rowCount()):
            index = view.model.index(row, 0)
            if not wanted or wanted in fold(str(index.data())):
                view.select_id(int(index.data(ID_ROLE)))
                return

    def _smoke(self) -> int:
        self._wait_for_data()
        self.window.grab()
        elapsed_ms = seconds_since_process_start() * 1000
        from PySide6.QtCore import Qt

        direction = "rtl" if self.app.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        print(f"first-paint-ms {elapsed_ms:.0f}")
        print(f"layout {direction}")
        sys.stdout.flush()
        self.shutdown()
        # Nothing is left to save: skip tearing down thousands of Qt objects one by one.
        os._exit(0)

    def _screenshot(self, target: Path) -> int:
        self._wait_for_data()
        self.app.processEvents()  # a screenshot may wait for everything
        finish = getattr(self.window.stack.currentWidget(), "finish_loading", None)
        if finish is not None:
            finish()
        for _ in range(3):  # what the first paint set off: columns fitted to their room
            self.app.processEvents()
        pixmap = self.window.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(target), "PNG")
        self.shutdown()
        if not ok:
            print(f"partnerbook: could not write {target}", file=sys.stderr)
            return 1
        print(f"screenshot {target}")
        return 0

    # --- errors and shutdown ------------------------------------------------------------------

    def fail(self, error: UserError) -> None:
        """Show a user error: a dialog in the app, a line on stderr when headless."""
        headless = self.options.smoke or self.options.screenshot
        text = str(error)
        print(f"partnerbook: {text}", file=sys.stderr)
        if headless:
            return
        from PySide6.QtWidgets import QMessageBox

        from partnerbook.ui.messages import hint_of, translated

        box = QMessageBox(QMessageBox.Icon.Warning, "PartnerBook", translated(error))
        if error.hint:
            box.setInformativeText(hint_of(error))
        box.exec()

    def _install_crash_handler(self) -> None:
        def handle(kind: type[BaseException], value: BaseException, tb: Any) -> None:
            from partnerbook.crashlog import record_bug

            if isinstance(value, UserError):
                if is_damage(value) and self.journal is not None:
                    self.damage_found(value)  # the offer of a backup, not just a message
                    return
                self.fail(value)
                return
            record_bug(value.with_traceback(tb), self.paths.log_file)
            if self.options.smoke or self.options.screenshot:
                sys.__excepthook__(kind, value, tb)
                return
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                self.window,
                "PartnerBook",
                self.app.translate(
                    "App",
                    "PartnerBook hit a problem it did not expect. What you saved is safe.\n\n"
                    "Details were written to %1. Please report it.",
                ).replace("%1", str(self.paths.log_file)),
            )

        sys.excepthook = handle

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def shutdown(self) -> None:
        headless = self.options.smoke or self.options.screenshot
        if self._capture is not None:
            self._capture.flush_draft()
        if self.window is not None:
            # A damaged or unwritable journal: what could be kept, was (drafts, editors).
            with contextlib.suppress(UserError):
                self.window.flush()
            if not headless:  # a screenshot must not move the user's window or view
                self.window.save_window_state()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        self._release_lock()


def _translated(error: UserError) -> str:
    """The error's message in the window's language (the catalogs are installed by then)."""
    from partnerbook.ui.messages import translated

    return translated(error)


def _index_brought_up_to_date(journal: Journal) -> None:
    """The search index made again now if an upgrade left it behind (seconds on a large
    journal), so that the first search need not wait for it; if this fails, the first
    search tries again and says why."""
    import logging

    from partnerbook.services.search import ensure_index

    try:
        ensure_index(journal)
    except UserError as error:
        logging.getLogger(__name__).warning("the search index could not be rebuilt: %s", error)

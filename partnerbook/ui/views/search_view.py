"""Search: one large field, results as you type, grouped under People, Partners and Notes.

Typing restarts a 100 ms timer; the search then runs on a worker thread so that typing
never waits for the journal. Every search carries a generation number and only the
newest one's results are shown: an older, slower search that finishes late is dropped.
Enter in the field opens the first result (searching at once if the results are not yet
of the text typed); Down moves into the results, Up from the first one back to the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from partnerbook.domain.search import HitKind, SearchHit, display_order
from partnerbook.domain.snippets import find_matches, query_needles
from partnerbook.errors import UserError
from partnerbook.store.engine import Journal
from partnerbook.ui.events import AppEvents
from partnerbook.ui.messages import translated
from partnerbook.ui.presentation import masked_hit, shown_while_presenting
from partnerbook.ui.relay import Relay
from partnerbook.ui.theme import Colours
from partnerbook.ui.widgets.search_delegate import (
    HEADING_ROLE,
    HIT_ROLE,
    TITLE_MARKS_ROLE,
    SearchDelegate,
    kind_text,
    snippet_shown,
)

DEBOUNCE_MS = 100
# A search still running after this long says so (the first after an upgrade can wait
# seconds for the index to be made again).
PATIENCE_MS = 600
LIMIT = 60
# Hits given their snippets before the list is first shown: a tall window's screenful.
# The rest follow a moment later, before anyone can scroll to them.
FIRST_SCREEN = 16
Search = Callable[..., Sequence[SearchHit]]
Complete = Callable[[Journal, Sequence[SearchHit], str], Sequence[SearchHit]]
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
BRIEF_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_B)


def _real_search(
    journal: Journal, query: str, *, limit: int = LIMIT, complete_first: int | None = None
) -> Sequence[SearchHit]:
    from partnerbook.services.search import search

    return search(journal, query, limit=limit, complete_first=complete_first)


def _real_complete(journal: Journal, hits: Sequence[SearchHit], query: str) -> Sequence[SearchHit]:
    from partnerbook.services.search import complete

    return complete(journal, hits, query)


class SearchField(QLineEdit):
    """The query; Down moves into the results."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchResults(QListWidget):
    """The results; headings are skipped by the arrows, Up from the top leaves the list."""

    up_from_top = Signal()
    open_requested = Signal(object)  # a SearchHit
    brief_requested = Signal(object)

    def _hit_rows(self) -> list[int]:
        return [r for r in range(self.count()) if self.item(r).data(HIT_ROLE) is not None]

    def event(self, event: QEvent) -> bool:
        # Ctrl+B is ours while the list has focus, even if the window has an action on it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == BRIEF_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, modifiers = event.key(), event.modifiers()
        hit = self.current_hit()
        if key in ENTER_KEYS and hit is not None:
            self.open_requested.emit(hit)
            return
        if key == Qt.Key.Key_B and modifiers == Qt.KeyboardModifier.ControlModifier:
            if hit is not None and hit.kind in (HitKind.PERSON, HitKind.PARTNER):
                self.brief_requested.emit(hit)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            rows = self._hit_rows()
            if not rows:
                return
            row = self.currentRow()
            if key == Qt.Key.Key_Up:
                earlier = [r for r in rows if r < row]
                if not earlier:
                    self.up_from_top.emit()
                    return
                self.setCurrentRow(earlier[-1])
            else:
                later = [r for r in rows if r > row]
                if later:
                    self.setCurrentRow(later[0])
            self.scrollToItem(self.currentItem())
            return
        super().keyPressEvent(event)

    def current_hit(self) -> SearchHit | None:
        item = self.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def select_first(self) -> None:
        rows = self._hit_rows()
        if rows:
            self.setCurrentRow(rows[0])
            self.scrollToTop()


class SearchView(QWidget):
    def __init__(
        self,
        journal: Journal,
        events: AppEvents,
        colours: Colours,
        parent: QWidget | None = None,
        search: Search = _real_search,
        complete: Complete = _real_complete,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SearchView")
        self._journal = journal
        self._events = events
        self._search = search
        self._complete = complete
        self._generation = 0
        self._shown_query: str | None = None  # the query the list shows the results of
        self._stale = False  # the journal changed while the view was hidden
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="search")
        self._relay = Relay(self, self._finished)  # generation, query, hits or the error
        self.destroyed.connect(lambda _o=None, pool=self._pool: pool.shutdown(wait=False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget(self)
        bar.setObjectName("FilterBar")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(24, 18, 24, 10)
        bar_layout.setSpacing(6)
        self.field = SearchField(bar)
        self.field.setObjectName("SearchField")
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setPlaceholderText(
            self.tr("Search names and notes — no accents needed: nguyen, kpi q1, 合作")
        )
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.field.setFont(font)
        self.field.setMinimumHeight(44)
        self.field.setStyleSheet(
            "QLineEdit#SearchField { padding: 6px 12px; border-radius: 8px; }"
            "QLineEdit#SearchField:focus { padding: 5px 11px; }"
        )
        bar_layout.addWidget(self.field)
        self.summary = QLabel(bar)
        self.summary.setObjectName("Muted")
        bar_layout.addWidget(self.summary)
        layout.addWidget(bar)

        self.results = SearchResults(self)
        self.results.setObjectName("SearchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(SearchDelegate(colours, self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setMouseTracking(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setFrameShape(QListWidget.Shape.NoFrame)
        self.results.setStyleSheet("QListWidget#SearchResults { border: none; outline: 0; }")
        self.empty = QLabel(self)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(48, 36, 48, 24)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setMaximumWidth(720)  # a hint reads as a paragraph, not a banner
        empty_page = QWidget(self)
        empty_row = QHBoxLayout(empty_page)
        empty_row.addWidget(
            self.empty, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
        )
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.results)
        self._stack.addWidget(empty_page)
        self._empty_page = empty_page
        layout.addWidget(self._stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.setInterval(PATIENCE_MS)
        self._waiting.timeout.connect(self._still_searching)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self.open_first)
        self.field.down.connect(self._into_results)
        self.results.up_from_top.connect(self.focus_field)
        self.results.open_requested.connect(self.open_hit)
        self.results.brief_requested.connect(self._brief)
        self.results.itemDoubleClicked.connect(self._double_clicked)
        for signal in (events.people_changed, events.partners_changed, events.entries_changed):
            signal.connect(self._journal_changed)
        events.journal_reloaded.connect(self._journal_changed)
        self._hits: tuple[str, Sequence[SearchHit]] = ("", ())  # as found, before masking
        events.presenting_changed.connect(lambda _on: self._show_hits(*self._hits))
        self._show_hits("", ())

    # --- the query ------------------------------------------------------------------------

    def query(self) -> str:
        return " ".join(self.field.text().split())

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_query(self, text: str) -> None:
        """Type ``text`` into the field and search it at once (for screenshots and links)."""
        self.field.setText(text)
        self._timer.stop()
        self._generation += 1
        self._show_result(self._generation, self.query(), self._run(self.query()))

    def search_now(self) -> None:
        """Start searching the field's text in the background; older searches are dropped."""
        self._timer.stop()
        self._generation += 1
        query = self.query()
        if not query:
            self._waiting.stop()
            self._show_hits("", ())
            return
        self._waiting.start()
        self._pool.submit(self._work, self._generation, query)

    def _work(self, generation: int, query: str) -> None:
        """The first screen's hits complete, shown; then the rest completed, shown again."""
        result: object = None
        for step in (self._run_first, self._completed):
            if generation != self._generation:
                return  # a newer text came meanwhile: its results are wanted, not these
            try:
                result = step(query, result)
            except Exception as error:  # handed to the window's thread, which reports it
                result = error
            self._relay.send(generation, query, result)  # to nobody if the view is gone
            if not isinstance(result, tuple) or all(hit.complete for hit in result):
                return

    def _run_first(self, query: str, _before: object) -> Sequence[SearchHit] | UserError:
        return self._run(query, FIRST_SCREEN)

    def _completed(self, query: str, found: object) -> Sequence[SearchHit] | UserError:
        assert isinstance(found, tuple)
        try:
            return tuple(self._complete(self._journal, found, query))
        except UserError as error:
            return error

    def _run(self, query: str, first: int | None = None) -> Sequence[SearchHit] | UserError:
        """Every hit complete, or (with ``first``) that many of those shown first."""
        if not query:
            return ()
        try:
            return tuple(self._search(self._journal, query, limit=LIMIT, complete_first=first))
        except UserError as error:
            return error

    def _still_searching(self) -> None:
        self.summary.setText(self.tr("Searching…"))
        if self._stack.currentWidget() is self._empty_page:
            self.empty.setText("")  # not the help for an empty field, or an older "nothing"

    def _finished(self, generation: int, query: str, result: object) -> None:
        if generation != self._generation:
            return  # an older text's results: the newer text's are on their way or shown
        self._waiting.stop()
        self._show_result(generation, query, result)

    def _show_result(self, generation: int, query: str, result: object) -> None:
        if isinstance(result, UserError):
            self.summary.setText(translated(result))
            return
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, tuple)
        self._show_hits(query, result)

    # --- showing --------------------------------------------------------------------------

    def _headings(self) -> dict[HitKind, str]:
        return {
            HitKind.PERSON: self.tr("People"),
            HitKind.PARTNER: self.tr("Partners"),
            HitKind.ENTRY: self.tr("Notes"),
        }

    def _show_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        self._hits = (query, hits)
        if self._events.presenting:  # no snippets: people's come from what they want
            hits = [masked_hit(hit) for hit in hits if shown_while_presenting(hit, query)]
        self._shown_query = query
        keep = self.results.current_hit()
        had_focus = self.results.hasFocus()
        self.results.clear()
        if not query:
            self.summary.setText("")
            self.empty.setText(
                self.tr(
                    "Search everything in the journal: people, partners and every note.\n\n"
                    "Type a name or its beginning (“ngu” finds Nguyễn), a few words of a note "
                    "(“q1 kpi”), a city or a partner. Case and accents do not matter, and "
                    "Chinese works as written (合作).\n\n"
                    "Down moves into the results; Enter opens the first one."
                )
            )
            self._stack.setCurrentWidget(self._empty_page)
            return
        if not hits:
            self.summary.setText("")
            self.empty.setText(
                self.tr(
                    "Nothing found for “%1”.\n\nTry fewer words, or the beginning of a name."
                ).replace("%1", query)
            )
            self._stack.setCurrentWidget(self._empty_page)
            return
        if self._completes(query, hits):
            return
        groups: dict[HitKind, list[SearchHit]] = {}
        for hit in display_order(hits):  # a group comes where its best hit ranks
            groups.setdefault(hit.kind, []).append(hit)
        headings = self._headings()
        needles = query_needles(query)
        for kind, members in groups.items():
            heading = QListWidgetItem(self.results)
            heading.setData(HEADING_ROLE, headings[kind])
            heading.setData(Qt.ItemDataRole.UserRole, len(members))
            heading.setData(Qt.ItemDataRole.AccessibleTextRole, headings[kind])
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            for hit in members:
                self._fill_item(QListWidgetItem(self.results), hit, needles)
        counts = self.tr("%n found", "", len(hits)).replace(
            str(len(hits)), QLocale().toString(len(hits)), 1
        )
        if len(hits) >= LIMIT:
            counts = self.tr("The first %1 found; add a word to narrow them").replace(
                "%1", QLocale().toString(len(hits))
            )
        self.summary.setText(counts)
        self._stack.setCurrentWidget(self.results)
        self._reselect(keep)
        if had_focus and self.results.current_hit() is None:
            self.results.select_first()

    def _completes(self, query: str, hits: Sequence[SearchHit]) -> bool:
        """The same hits as shown, now with their snippets: each row is given its own, the
        list is not rebuilt (the selection, the scroll and the focus stay where they are)."""
        rows = [
            (row, item)
            for row in range(self.results.count())
            if isinstance((item := self.results.item(row)).data(HIT_ROLE), SearchHit)
        ]
        shown = [item.data(HIT_ROLE) for _row, item in rows]
        if query != self._shown_query or len(shown) != len(hits):
            return False
        ordered = display_order(hits)
        if [(h.kind, h.id) for h in shown] != [(h.kind, h.id) for h in ordered]:
            return False
        needles = query_needles(query)
        for (_row, item), hit in zip(rows, ordered, strict=True):
            shown_hit = item.data(HIT_ROLE)
            if shown_hit.complete and not hit.complete:
                continue  # searched again (the journal changed): its snippet is on the way
            if shown_hit != hit:
                self._fill_item(item, hit, needles)
        return True

    def _fill_item(
        self, item: QListWidgetItem, hit: SearchHit, needles: Sequence[tuple[str, bool, bool]]
    ) -> None:
        item.setData(HIT_ROLE, hit)
        item.setData(TITLE_MARKS_ROLE, tuple(find_matches(hit.title, needles)))
        item.setData(Qt.ItemDataRole.DisplayRole, hit.title)
        spoken = [hit.title, hit.context, kind_text(hit)]
        if snippet_shown(hit):
            spoken.append(hit.snippet.text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(s for s in spoken if s))

    def _reselect(self, keep: SearchHit | None) -> None:
        if keep is None:
            return
        for row in range(self.results.count()):
            hit = self.results.item(row).data(HIT_ROLE)
            if isinstance(hit, SearchHit) and (hit.kind, hit.id) == (keep.kind, keep.id):
                self.results.setCurrentRow(row)
                return

    def hits(self) -> list[SearchHit]:
        """The results shown, in order (for tests and the window)."""
        found = []
        for row in range(self.results.count()):
            hit = self.results.item(row).data(HIT_ROLE)
            if isinstance(hit, SearchHit):
                found.append(hit)
        return found

    def headings(self) -> list[str]:
        return [
            str(self.results.item(r).data(HEADING_ROLE))
            for r in range(self.results.count())
            if self.results.item(r).data(HEADING_ROLE) is not None
        ]

    # --- acting ---------------------------------------------------------------------------

    def _into_results(self) -> None:
        if self._stack.currentWidget() is not self.results:
            return
        if self.results.current_hit() is None:
            self.results.select_first()
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_first(self) -> None:
        query = self.query()
        if not query:
            return
        if query != self._shown_query or self._timer.isActive():
            self.set_query(self.field.text())  # Enter was quicker than the search
        hits = self.hits()
        if hits:
            self.open_hit(hits[0])

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind is HitKind.PERSON:
            self._events.open_person.emit(hit.id)
        elif hit.kind is HitKind.PARTNER:
            self._events.open_partner.emit(hit.id)
        else:
            self._events.open_entry.emit(hit.id)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.open_hit(hit)

    def _brief(self, hit: SearchHit) -> None:
        self._events.open_brief.emit(str(hit.kind), hit.id)

    def _journal_changed(self, *_: Any) -> None:
        if not self.query():
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._stale = False
            self._timer.start()
        super().showEvent(event)

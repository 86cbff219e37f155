"""Run a slow job (an export of 100,000 entries) off the window's thread, and hear back on it.

The job runs in a worker thread; its result, or the exception it raised, comes back as a
queued signal on the owner's thread, so the callback may touch widgets. A job whose owner
is gone by then is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject

from partnerbook.ui.relay import Relay

_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="partnerbook-job")


def run_in_background(
    owner: QObject,
    job: Callable[[], Any],
    done: Callable[[Any, BaseException | None], None],
) -> Future[Any]:
    """Start ``job``; ``done(result, error)`` is called on ``owner``'s thread after it."""
    relay: Relay

    def finish(result: Any, error: BaseException | None) -> None:
        relay.close()
        done(result, error)

    relay = Relay(owner, finish)

    def work() -> Any:
        try:
            result = job()
        except Exception as error:  # handed to the window's thread, never lost
            relay.send(None, error)
            return None
        relay.send(result, None)
        return result

    return _POOL.submit(work)


def report_failure(parent: Any, error: BaseException) -> None:
    """A user error as a message with what to do; anything else to the crash handler."""
    import sys

    from partnerbook.errors import UserError
    from partnerbook.ui.messages import hint_of, translated

    if isinstance(error, UserError):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "PartnerBook", translated(error), parent=parent)
        if error.hint:
            box.setInformativeText(hint_of(error))
        box.open()
        return
    sys.excepthook(type(error), error, error.__traceback__)

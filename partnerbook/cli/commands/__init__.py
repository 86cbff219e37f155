"""One module per command; each has ``register(subparsers)`` and sets ``run``.

Heavy imports (SQLAlchemy, dateparser) happen inside ``run`` so that ``--help`` and
``--version`` answer at once.
"""

from __future__ import annotations

from types import ModuleType

from partnerbook.cli.commands import (
    brief,
    demo,
    due,
    encryption,
    export,
    importing,
    maintenance,
    note,
    search,
)

ALL: tuple[ModuleType, ...] = (
    note,
    due,
    brief,
    search,
    importing,
    export,
    demo,
    maintenance,
    encryption,
)
# Every command's name, known without registering them (opening the app needs none; a
# test keeps this the parser's own list).
NAMES = frozenset(
    {"note", "due", "brief", "search", "import", "export", "demo", "check", "backup"}
    | {"restore", "encrypt", "decrypt"}
)

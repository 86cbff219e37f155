"""``check``, ``backup`` and ``restore``: keeping the journal healthy and safe."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partnerbook.cli.context import CliContext
from partnerbook.errors import DAMAGED_HINT, JournalDamagedError, damaged_message


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check",
        help="check the journal's integrity (never changes it)",
        description="Integrity and foreign-key checks and the schema revision. "
        "Exits 0 when healthy. The journal is only read.",
    )
    check.set_defaults(run=run_check)

    backup = subparsers.add_parser(
        "backup",
        help="save a verified copy of the journal",
        description="Write a verified copy of the journal (default: into its backups folder).",
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to write it")
    backup.set_defaults(run=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the journal with a backup (the current one is kept)",
        description="Replace the journal with a backup. A copy of the current journal is "
        "saved in the backups folder first, so a restore can itself be undone.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.set_defaults(run=run_restore)


def run_check(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.maintenance import run_check as check

    context.warn_about_location()
    report = check(context.location)
    context.print(f"Journal:   {report.location}")
    if report.revision == report.head:
        context.print(f"Schema:    {report.revision} (current)")
    else:
        context.print(
            f"Schema:    {report.revision} (older; it is upgraded, with a backup first, "
            f"when the journal is next opened to {report.head})"
        )
    if report.counts:
        context.print(
            f"Contents:  {report.counts.get('people', 0)} people, "
            f"{report.counts.get('partners', 0)} partners, "
            f"{report.counts.get('entries', 0)} entries"
        )
    if report.healthy:
        context.print("Integrity: ok\nForeign keys: ok\nThe journal is healthy.")
        return 0
    context.print("Problems found:")
    for problem in report.problems:
        context.print(f"  - {problem}")
    raise JournalDamagedError(damaged_message(report.location), DAMAGED_HINT)


def run_backup(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.maintenance import make_backup

    target = make_backup(context.location, args.output)
    context.print(f"Backup written and verified: {target}")
    return 0


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.maintenance import restore_backup

    context.unlock(args.file)  # an encrypted backup of an encrypted journal
    result = restore_backup(context.location, args.file)
    context.print(f"Restored {context.location.describe()} from {result.restored_from}")
    if result.previous_saved_to is not None:
        context.print(f"The journal as it was is kept in {result.previous_saved_to}")
    stats = result.stats
    context.print(
        f"It holds {stats.people} people, {stats.partners} partners, {stats.entries} entries."
    )
    return 0

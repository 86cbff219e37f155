"""``export``: take the journal's data out, in formats other tools read."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partnerbook.cli.context import CliContext


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="write follow-ups and promises (and later everything) in other formats",
        description="Export from the journal. Formats: ics (a calendar).",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    ics = formats.add_parser(
        "ics",
        help="open follow-ups and dated promises as a calendar file",
        description="Writes open follow-ups and dated promises as calendar events with an "
        "alarm. Importing the file again updates the same events instead of adding copies.",
    )
    ics.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("partnerbook.ics"),
        metavar="FILE",
        help="where to write it (default: partnerbook.ics here)",
    )
    ics.set_defaults(run=run_ics)


def run_ics(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.calendar_export import export_ics

    with context.journal(create=False) as journal:
        summary = export_ics(journal, args.output)
    context.print(
        f"Wrote {summary.follow_ups} follow-up{'s' if summary.follow_ups != 1 else ''} and "
        f"{summary.promises} promise{'s' if summary.promises != 1 else ''} to {summary.path}"
    )
    return 0

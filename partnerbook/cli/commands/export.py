"""``export``: take the journal's data out, in formats other tools read."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partnerbook.cli.context import CliContext


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="take everything out: a JSON archive, contacts, or follow-ups as a calendar",
        description="Export from the journal. Formats: json (the whole journal, "
        "re-importable), vcard and csv (people; csv also partners), ics (a calendar).",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    ics = formats.add_parser(
        "ics",
        help="open follow-ups and dated promises as a calendar file",
        description="Writes open follow-ups and dated promises as calendar events with an "
        "alarm. Importing the file again updates the same events instead of adding copies.",
    )
    _output(ics, "partnerbook.ics")
    ics.set_defaults(run=run_ics)
    archive = formats.add_parser(
        "json",
        help="the whole journal as one JSON archive",
        description="Everything in the journal (people, partners, entries, the trash, who "
        "changed what and when) as one JSON file. 'partnerbook import FILE' into a new "
        "journal brings it all back.",
    )
    _output(archive, "partnerbook.json")
    archive.set_defaults(run=run_json)
    cards = formats.add_parser(
        "vcard",
        help="people as vCards, for any address book",
        description="Every person as a vCard 4.0 (or 3.0 for older address books), with "
        "partner, role, emails, phones, links, birthday (the year only when known), tags, "
        "notes and photo. Exporting again keeps each card's UID, so address books update "
        "the same contact.",
    )
    _output(cards, "people.vcf")
    cards.add_argument(
        "--version",
        dest="vcard_version",
        choices=("4.0", "3.0"),
        default="4.0",
        help="vCard version (default: 4.0; 3.0 for older clients)",
    )
    cards.set_defaults(run=run_vcard)
    table = formats.add_parser(
        "csv",
        help="people (or partners) as a spreadsheet",
        description="People as a CSV file under Google Contacts' own headers (Google, "
        "Outlook and spreadsheets read it; 'partnerbook import' reads it back), or "
        "partners with --partners.",
    )
    _output(table, None, "where to write it (default: people.csv, or partners.csv)")
    table.add_argument("--partners", action="store_true", help="partners instead of people")
    table.set_defaults(run=run_csv)


def _output(parser: Any, default: str | None, help_text: str = "") -> None:
    """-o FILE, the same for every format."""
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(default) if default else None,
        metavar="FILE",
        help=help_text or f"where to write it (default: {default} here)",
    )


def run_ics(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.calendar_export import export_ics

    with context.journal(create=False) as journal:
        summary = export_ics(journal, args.output)
    context.print(
        f"Wrote {summary.follow_ups} follow-up{'s' if summary.follow_ups != 1 else ''} and "
        f"{summary.promises} promise{'s' if summary.promises != 1 else ''} to {summary.path}"
    )
    return 0


def run_json(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.archive import export_archive

    with context.journal(create=False) as journal:
        _refuse_journal_files(journal.location.path, args.output)
        summary = export_archive(journal, args.output)
    context.print(
        f"Wrote {summary.people:,} people, {summary.partners:,} partners and "
        f"{summary.entries:,} entries to {summary.path}"
    )
    return 0


def run_vcard(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.contacts_export import export_vcards

    with context.journal(create=False) as journal:
        _refuse_journal_files(journal.location.path, args.output)
        count = export_vcards(journal, args.output, args.vcard_version)
    context.print(
        f"Wrote {count:,} {'person' if count == 1 else 'people'} "
        f"(vCard {args.vcard_version}) to {args.output}"
    )
    return 0


def run_csv(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.contacts_export import export_csv

    target = args.output or Path("partners.csv" if args.partners else "people.csv")
    with context.journal(create=False) as journal:
        _refuse_journal_files(journal.location.path, target)
        count = export_csv(journal, target, partners=args.partners)
    what = "partner" if args.partners else ("person" if count == 1 else "people")
    plural = "s" if args.partners and count != 1 else ""
    context.print(f"Wrote {count:,} {what}{plural} to {target}")
    return 0


def _refuse_journal_files(journal_path: Path | None, target: Path) -> None:
    from partnerbook.services.files import export_target

    export_target(target, journal_path, target.name or "export")

"""``partnerbook import FILE``: bring contacts in (vCard, Google, LinkedIn, Outlook,
Thunderbird CSV), or a whole journal from a JSON archive.

Exit 0 when the file was processed (records that could not be read are listed, not
fatal), 1 when nothing could be read from it, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerbook.cli.context import CliContext

if TYPE_CHECKING:  # the window's start imports this module to build the parser: keep it light
    from partnerbook.services.importing import ImportPlan, ImportResult

FORMATS = (
    "auto",
    "vcard",
    "google-csv",
    "linkedin-csv",
    "outlook-csv",
    "thunderbird-csv",
    "json",
)
SHOWN_ERRORS = 50


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="bring contacts in (vCard, Google, LinkedIn, Outlook, Thunderbird) or an archive",
        description="Import contacts. People already in the journal (the same contact id, "
        "email, phone, LinkedIn profile, or name and partner) are updated, never "
        "duplicated, and nothing you wrote is overwritten: importing a file twice changes "
        "nothing. A JSON archive ('partnerbook export json') fills a new, empty journal.",
    )
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE", help="the file to import")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="what the file is (default: told from its content)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would happen, change nothing"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--undo-last", action="store_true", help="take the last import back, as a whole"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.errors import UsageError

    if args.undo_last:
        if args.file is not None:
            raise UsageError("--undo-last takes no FILE.")
        return _undo_last(context)
    if args.file is None:
        raise UsageError("Say which file to import.", "e.g. partnerbook import contacts.vcf")
    if args.format == "json" or (args.format == "auto" and _looks_like_json(args.file)):
        return _import_archive(args, context)
    return _import_contacts(args, context)


def _looks_like_json(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _nothing_read(context: CliContext, message: str, hint: str | None) -> int:
    context.err.write(f"partnerbook: {message}\n")
    if hint:
        context.err.write(f"{hint}\n")
    return 1


def _import_contacts(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.domain.contacts import ContactFormat
    from partnerbook.errors import StorageError, UsageError
    from partnerbook.services.importing import apply_import, dry_run, plan_import, read_contacts

    chosen = None if args.format == "auto" else ContactFormat(args.format)
    try:
        parsed = read_contacts(args.file, chosen)
    except (UsageError, StorageError) as error:
        return _nothing_read(context, error.message, error.hint)
    if not parsed.contacts:
        first = parsed.errors[0].message if parsed.errors else "it holds no contacts"
        return _nothing_read(
            context,
            f"Nothing could be read from {args.file}: {first}",
            "Check the file, or say what it is with --format.",
        )
    with context.journal(create=not args.dry_run) as journal:
        plan = plan_import(journal, parsed, region=_region())
        result = dry_run(plan) if args.dry_run else apply_import(journal, plan, args.file.name)
    if args.json:
        from partnerbook.services.importing import result_as_json

        context.print_json(result_as_json(result))
    else:
        _print_summary(context, args.file, plan, result, args.dry_run)
    return 0


def _print_summary(
    context: CliContext, path: Path, plan: ImportPlan, result: ImportResult, dry: bool
) -> None:
    read = result.created + result.updated + result.skipped
    context.print(f"Read {read:,} contact{'s' if read != 1 else ''} from {path} ({plan.format}).")
    verb = "Would create" if dry else "Created"
    context.print(
        f"{verb} {result.created:,}, {'would update' if dry else 'updated'} {result.updated:,}, "
        f"left {result.skipped:,} unchanged; {len(result.errors):,} could not be read."
    )
    for error in result.errors[:SHOWN_ERRORS]:
        context.print(f"  record {error.record} (line {error.line}): {error.message}")
    if len(result.errors) > SHOWN_ERRORS:
        context.print(f"  … and {len(result.errors) - SHOWN_ERRORS:,} more")
    if dry:
        context.print("Nothing was changed (--dry-run).")
    elif result.batch_id is not None:
        context.print("To take it back: partnerbook import --undo-last")


def _import_archive(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.errors import StorageError, UsageError
    from partnerbook.services.archive import import_archive, read_archive

    try:
        data = args.file.read_bytes()
    except OSError as error:
        return _nothing_read(context, f"Cannot read {args.file}: {error.strerror or error}.", None)
    try:
        read_archive(data)
    except UsageError as error:
        return _nothing_read(context, error.message, error.hint)
    if args.dry_run:
        from partnerbook.services.archive import _counts

        counts = _counts(read_archive(data))
        summary = {"created": counts.get("people", 0), "updated": 0, "skipped": 0, "errors": []}
    else:
        try:
            with context.journal(create=True) as journal:
                counts = import_archive(journal, data).counts
        except StorageError:
            raise
        summary = {"created": counts.get("people", 0), "updated": 0, "skipped": 0, "errors": []}
    if args.json:
        context.print_json(summary)
    else:
        verb = "Would restore" if args.dry_run else "Restored"
        context.print(
            f"{verb} {counts.get('people', 0):,} people, {counts.get('partners', 0):,} "
            f"partners and {counts.get('entries', 0):,} entries from {args.file}."
        )
    return 0


def _undo_last(context: CliContext) -> int:
    from partnerbook.errors import UsageError
    from partnerbook.services.importing import last_batch, undo_import

    with context.journal(create=False) as journal:
        batch = last_batch(journal)
        if batch is None:
            raise UsageError("There is no import to take back.")
        undo_import(journal, batch)
    context.print("The last import was taken back.")
    return 0


def _region() -> str:
    """The shell locale's country ("vi_VN.UTF-8" → "VN"), for national phone numbers."""
    for name in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        value = os.environ.get(name, "")
        language = value.split(".")[0]
        if "_" in language:
            return language.split("_")[1][:2].upper()
    return ""

"""``partnerbook note``: capture an interaction in one line, optionally with a follow-up."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from partnerbook.cli.context import CliContext
from partnerbook.domain.enums import InteractionKind
from partnerbook.settings import Settings

DATE_EXAMPLES = "e.g. today, tomorrow, 'next tuesday', 'in 2 weeks' or 2026-12-01"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "note",
        help="capture an interaction (coffee, call, meeting...)",
        description="Save what was said, with whom, and optionally when to follow up.",
    )
    parser.add_argument("text", help="the note; its first line becomes the title")
    parser.add_argument(
        "--with",
        dest="people",
        action="append",
        default=[],
        metavar="PERSON",
        help="who it was with (repeat for several); a name or its beginning, "
        "any case, accents optional, or #NUMBER for a namesake; an unknown name creates "
        "the person",
    )
    parser.add_argument("--partner", metavar="NAME", help="the partner (organisation)")
    parser.add_argument(
        "--kind",
        choices=[kind.value for kind in InteractionKind],
        default=InteractionKind.NOTE.value,
        help="what kind of interaction (default: note)",
    )
    parser.add_argument(
        "--at", metavar="WHEN", help=f"when it happened (default: now; {DATE_EXAMPLES})"
    )
    parser.add_argument(
        "--follow-up", metavar="WHEN", help=f"also create a follow-up due then ({DATE_EXAMPLES})"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.cli.dates import parse_cli_date
    from partnerbook.services.capture import NoteRequest, capture_note, validate_note
    from partnerbook.services.maintenance import daily_backup

    validate_note(args.text)  # before touching the journal: a bad note changes nothing
    now = datetime.now().astimezone()
    at = None
    if args.at:
        when = parse_cli_date(args.at, "--at", now, past=True)
        at = when.as_datetime(now.time().replace(second=0, microsecond=0)).astimezone()
    follow_up = parse_cli_date(args.follow_up, "--follow-up", now) if args.follow_up else None
    request = NoteRequest(
        text=args.text,
        people=args.people,
        partner=args.partner,
        kind=InteractionKind(args.kind),
        at=at,
        follow_up=follow_up,
    )
    with context.journal() as journal:
        saved = capture_note(journal, request)
        daily_backup(journal, keep=Settings.load(context.paths).keep_backups)
    local = saved.at.astimezone()
    context.print(
        f"Saved {saved.kind.value} #{saved.entry_id} on {local:%a %d %b %Y %H:%M}: {saved.title}"
    )
    new_ids = {ref.id for ref in saved.created_people}
    for person in saved.people:
        suffix = " (new person added)" if person.id in new_ids else ""
        context.print(f"  with {person.display_name}{suffix}")
    if saved.partner is not None:
        suffix = " (new partner added)" if saved.created_partner else ""
        context.print(f"  partner {saved.partner.name}{suffix}")
    if saved.follow_up_id is not None and saved.follow_up_due is not None:
        context.print(f"Follow-up #{saved.follow_up_id} due {saved.follow_up_due:%a %d %b %Y}")
    return 0

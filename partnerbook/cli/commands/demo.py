"""``partnerbook demo``: a realistic multilingual journal to explore the app with."""

from __future__ import annotations

import argparse
import time
from typing import Any

from partnerbook.cli.context import CliContext
from partnerbook.settings import Settings


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill a new, empty journal with realistic sample data",
        description="Fill a new or empty journal with eight years of realistic, multilingual "
        "relationships (English, Vietnamese, Hebrew, Chinese, Italian). "
        "A journal that already holds data is refused.",
    )
    parser.add_argument("--people", type=int, default=600, metavar="N", help="people (default 600)")
    parser.add_argument(
        "--entries", type=int, default=12000, metavar="M", help="timeline entries (default 12000)"
    )
    parser.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (default 7)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.demo import fill_demo, validate_demo_size
    from partnerbook.services.maintenance import daily_backup

    validate_demo_size(args.people, args.entries)
    started = time.monotonic()
    with context.journal() as journal:
        heading = [f"Filling {journal.location.describe()} …"]

        def progress(step: str) -> None:
            # Said at the first step, after fill_demo has accepted the journal: a journal
            # that already holds data is refused without claiming to be filled.
            while heading:
                context.print(heading.pop())
            context.print(f"  {step}")

        summary = fill_demo(
            journal, people=args.people, entries=args.entries, seed=args.seed, progress=progress
        )
        daily_backup(journal, keep=Settings.load(context.paths).keep_backups)
    context.print(
        f"Done in {time.monotonic() - started:.1f} s: {summary.people} people, "
        f"{summary.partners} partners, {summary.entries} entries "
        f"from {summary.first.isoformat()} to {summary.last.isoformat()}."
    )
    return 0

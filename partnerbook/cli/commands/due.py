"""``partnerbook due``: what to do today (or within the next days)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from partnerbook.cli.context import CliContext

if TYPE_CHECKING:  # the window's start imports this module to build the parser: keep it light
    from partnerbook.domain.types import DueReport


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "due",
        help="follow-ups and promises due, people past their stay-in-touch rhythm",
        description="What is due or overdue today, or within the next DAYS days.",
    )
    parser.add_argument(
        "--within", type=int, default=0, metavar="DAYS", help="look DAYS days ahead (default: 0)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.due import due_report

    with context.journal(create=False) as journal:
        report = due_report(journal, within_days=args.within)
    if args.json:
        context.print_json(report_as_json(report))
    else:
        print_report(report, context)
    return 0


def report_as_json(report: DueReport) -> dict[str, Any]:
    return {
        "follow_ups": [
            {
                "id": item.id,
                "text": item.text,
                "due": item.due.isoformat(),
                "people": list(item.people),
                "partner": item.partner,
            }
            for item in report.follow_ups
        ],
        "commitments": [
            {
                "id": item.id,
                "text": item.text,
                "owner": item.owner.value,
                "due": item.due.isoformat(),
                "people": list(item.people),
            }
            for item in report.commitments
        ],
        "stay_in_touch": [
            {
                "person": item.person,
                "last_contact": item.last_contact.isoformat() if item.last_contact else None,
                "cadence_days": item.cadence_days,
                "overdue_days": item.overdue_days,
            }
            for item in report.stay_in_touch
        ],
    }


def _when(due: date, today: date) -> str:
    days = (due - today).days
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} overdue"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"


def _who(people: tuple[str, ...], partner: str | None) -> str:
    parts = [", ".join(people)] if people else []
    if partner:
        parts.append(partner)
    return f"  ({' · '.join(parts)})" if parts else ""


def print_report(report: DueReport, context: CliContext) -> None:
    today = report.today
    scope = "today" if report.within_days == 0 else f"within {report.within_days} days"
    if report.is_empty:
        context.print(f"Nothing due {scope}.")
        return
    if report.follow_ups:
        context.print(f"Follow-ups due {scope}:")
        for item in report.follow_ups:
            context.print(
                f"  #{item.id} {item.due.isoformat()} [{_when(item.due, today)}] "
                f"{item.text}{_who(item.people, item.partner)}"
            )
    if report.commitments:
        context.print(f"Promises due {scope}:")
        for promise in report.commitments:
            who = "I promised" if promise.owner.value == "me" else "They promised"
            context.print(
                f"  #{promise.id} {promise.due.isoformat()} [{_when(promise.due, today)}] "
                f"{who}: {promise.text}{_who(promise.people, promise.partner)}"
            )
    if report.stay_in_touch:
        context.print("Time to get in touch:")
        for person in report.stay_in_touch:
            if person.last_contact is None:
                last = "no contact logged yet"
            else:
                last = f"last contact {person.last_contact.isoformat()}"
            late = ""
            if person.overdue_days is not None and person.overdue_days > 0:
                late = f", {person.overdue_days} days past"
            context.print(f"  {person.person}: {last} (every {person.cadence_days} days{late})")

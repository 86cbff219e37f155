"""``partnerbook search QUERY``: find people, partners and notes, the lazy way."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from partnerbook.cli.context import CliContext

if TYPE_CHECKING:  # the window's start imports this module to build the parser: keep it light
    from partnerbook.domain.search import SearchHit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search",
        help="full-text search over people, partners and notes",
        description="Find people, partners and notes. Case and accents do not matter "
        "('nguyen' finds Nguyễn); two Chinese characters find a word inside longer text; "
        "the last word may be just its beginning.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    parser.add_argument(
        "--limit", type=int, default=30, metavar="N", help="at most N results (default: 30)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.errors import UsageError
    from partnerbook.services.search import search

    query = " ".join(args.query).strip()
    if not query:
        raise UsageError("The search is empty.", "Give a word, a name or its beginning.")
    if not 1 <= args.limit <= 1000:
        raise UsageError("--limit takes a number from 1 to 1000.")
    with context.journal(create=False) as journal:
        hits = search(journal, query, limit=args.limit)
    if args.json:
        context.print_json([hit_as_json(hit) for hit in hits])
    elif not hits:
        context.print(f"Nothing found for '{query}'. Try fewer words, or the beginning of one.")
    else:
        for hit in hits:
            context.print(_line(hit))
    return 0


def hit_as_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "title": hit.title,
        "snippet": hit.snippet.text,
        "when": hit.when.isoformat() if hit.when else None,
    }


_LABELS = {"person": "person ", "partner": "partner", "entry": "note   "}


def _line(hit: SearchHit) -> str:
    when = f" {hit.when.isoformat()}" if hit.when else ""
    context = f"  ({hit.context})" if hit.context else ""
    snippet = f"\n      {hit.snippet.text}" if hit.snippet.text else ""
    return f"{_LABELS[hit.kind.value]} #{hit.id}{when}  {hit.title}{context}{snippet}"

"""``partnerbook brief NAME``: the one-page meeting brief, on stdout or in a file.

The PDF needs Qt's layout and fonts, so the GUI's renderer is imported inside ``run``
(and an offscreen Qt application made when there is no display); Markdown and HTML
need the same translated words, so they come from the same renderer.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from partnerbook.cli.context import CliContext
from partnerbook.errors import UsageError

FORMATS = {".pdf": "PDF", ".html": "HTML", ".md": "Markdown"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "brief",
        help="the one-page meeting brief on a person or a partner",
        description="Everything to reread before a meeting: their motivations first, our "
        "value proposition, the last five interactions, open promises both ways, "
        "follow-ups, the give & take, personal things to ask about, introductions. "
        "Without -o it prints Markdown.",
    )
    parser.add_argument(
        "name",
        metavar="NAME",
        help="a person or a partner: the name or its beginning, any case, accents optional, "
        "or #NUMBER; a person is looked for first",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write it to FILE.pdf, FILE.html or FILE.md (the format follows the extension)",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--person", dest="which", action="store_const", const="person", help="NAME is a person"
    )
    which.add_argument(
        "--partner", dest="which", action="store_const", const="partner", help="NAME is a partner"
    )
    parser.set_defaults(run=run, which=None)


def run(args: argparse.Namespace, context: CliContext) -> int:
    output: Path | None = args.output
    if output is not None and output.suffix.lower() not in FORMATS:
        raise UsageError(
            f"'{output}' is not a brief format: {output.suffix or 'no extension'}.",
            "Name the file .pdf, .html or .md.",
        )
    from partnerbook.services.brief import find_subject, partner_brief, person_brief

    with context.journal(create=False) as journal:
        kind, subject_id = find_subject(journal, args.name, args.which)
        brief = (
            person_brief(journal, subject_id)
            if kind == "person"
            else partner_brief(journal, subject_id)
        )
    from partnerbook.ui.brief.pdf import gui_for_command_line, save_brief

    _app = gui_for_command_line()  # fonts, layout and the user's language for the words
    if output is None:
        from partnerbook.ui.brief.render import brief_markdown

        context.out.write(brief_markdown(brief))
        return 0
    written = save_brief(brief, output)
    context.print(f"Wrote the {FORMATS[output.suffix.lower()]} brief on {brief.name} to {written}")
    return 0

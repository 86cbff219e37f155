"""``partnerbook``: with no subcommand it opens the app; with one, it runs the command line.

Errors the user can act on print one clear message and exit non-zero; bugs are logged
to a file and summarised in one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

# What is imported below (SQLAlchemy above all) lives as long as the process and makes no
# garbage, yet the collector would walk it again and again while it is made: a start-up
# cost. It rests until these imports are done; they are then frozen (never walked again).
_COLLECTING = gc.isenabled()
gc.disable()

from partnerbook import __version__  # noqa: E402
from partnerbook.cli import commands  # noqa: E402
from partnerbook.cli.context import CliContext  # noqa: E402
from partnerbook.errors import UserError, is_damage  # noqa: E402
from partnerbook.gui_options import add_gui_arguments, options_from  # noqa: E402
from partnerbook.paths import restrict_new_files  # noqa: E402

gc.freeze()
if _COLLECTING:
    gc.enable()

EXIT_BUG = 70
EXIT_INTERRUPTED = 130


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerbook",
        description="PartnerBook, a relationship journal for partnership managers. "
        "Without a command it opens the app.",
        epilog="The journal is a local file; see 'partnerbook COMMAND --help' for each command.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerBook {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the journal to use: a file path or a SQLAlchemy URL "
        "(default: $PARTNERBOOK_DATABASE_URL, else the journal in your data folder)",
    )
    add_gui_arguments(parser)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands.ALL:
        module.register(subparsers)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The app's options, read without the commands when none is given (opening the app
    is the common case, and registering every command's options is start-up time)."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not (commands.NAMES | {"-h", "--help"}) & set(given):
        args, rest = build_parser(with_commands=False).parse_known_args(given)
        if not rest:
            return args
    return build_parser().parse_args(given)  # a command, or what the full parser explains


def main(argv: Sequence[str] | None = None) -> int:
    _make_output_safe()
    restrict_new_files()  # exports, backups, the log: the owner's only (umask 077)
    args = parse_arguments(argv)
    context = CliContext.create(args.db)
    try:
        if args.command is None:
            from partnerbook.app import run_gui

            return run_gui(options_from(args))
        context.unlock()  # an encrypted journal: its passphrase first
        result: int = args.run(args, context)
    except UserError as error:
        context.err.write(f"partnerbook: {error.message}\n")
        if error.hint:
            context.err.write(f"{error.hint}\n")
        if is_damage(error):
            _name_good_backup(context)
        return error.exit_code
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        context.err.write("partnerbook: interrupted; nothing more was saved.\n")
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: log it, say where, no traceback on screen
        from partnerbook.crashlog import record_bug

        log_file = context.paths.log_file
        where = f"Details are in {log_file}." if record_bug(error, log_file) else ""
        context.err.write(
            f"partnerbook: unexpected error ({type(error).__name__}: {error}). {where}\n"
            "This is a bug in PartnerBook; please report it with the log.\n"
        )
        return EXIT_BUG
    return result


def _name_good_backup(context: CliContext) -> None:
    """A damaged journal: say which backup to restore, so the advice can be followed."""
    from partnerbook.services.maintenance import good_backup_for

    try:
        good = good_backup_for(context.location)
    except (UserError, OSError):
        return
    if good is None:
        context.err.write("No backup that passes its check was found beside the journal.\n")
        return
    when = good.created.astimezone().strftime("%Y-%m-%d %H:%M")
    context.err.write(
        f"The latest good backup is from {when}: partnerbook restore '{good.path}'\n"
        "(the damaged journal is moved aside into the backups folder, not deleted).\n"
    )


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _make_output_safe() -> None:
    """Never crash on a console that cannot show Vietnamese, Hebrew or Chinese."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def run() -> None:
    raise SystemExit(main())

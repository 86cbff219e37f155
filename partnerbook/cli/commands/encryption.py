"""``encrypt`` and ``decrypt``: a journal encrypted at rest with a passphrase (SQLCipher)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from partnerbook.cli.context import CliContext, interactive
from partnerbook.errors import UsageError

if TYPE_CHECKING:
    from partnerbook.store.cipher import Passphrase


def register(subparsers: Any) -> None:
    encrypt = subparsers.add_parser(
        "encrypt",
        help="encrypt the journal with a passphrase (a verified backup first)",
        description="Encrypt the journal with a passphrase (SQLCipher): asked twice, or read "
        "from PARTNERBOOK_PASSPHRASE (for scripts and tests). A verified backup of the plain "
        "journal is made first; every later command asks the passphrase. Needs the optional "
        "package: pip install 'partnerbook[encryption]'.",
    )
    encrypt.set_defaults(run=run_encrypt)
    decrypt = subparsers.add_parser(
        "decrypt",
        help="turn an encrypted journal back into a plain one (a verified backup first)",
        description="Decrypt the journal: it becomes a plain SQLite file again. A verified "
        "(encrypted) backup is made first.",
    )
    decrypt.set_defaults(run=run_decrypt)


def run_encrypt(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.encryption import encrypt_journal

    result = encrypt_journal(context.location, _new_passphrase())
    context.print(f"Encrypted {result.journal} ({result.rows} rows, verified).")
    context.print(f"The journal as it was (not encrypted) is kept in {result.backup}")
    if result.plain_backups:
        context.err.write(
            f"partnerbook: {len(result.plain_backups)} backups beside the journal are not "
            f"encrypted (made before), including {result.backup.name}.\n"
            f"Delete them from {result.backup.parent} once you no longer need them: "
            "they hold the journal in plain text.\n"
        )
    context.print("Keep the passphrase safe: without it the journal cannot be read.")
    return 0


def run_decrypt(args: argparse.Namespace, context: CliContext) -> int:
    from partnerbook.services.encryption import decrypt_journal

    result = decrypt_journal(context.location)
    context.print(f"Decrypted {result.journal} ({result.rows} rows, verified).")
    context.print(f"The encrypted journal as it was is kept in {result.backup}")
    return 0


def _new_passphrase() -> Passphrase:
    from partnerbook.store.cipher import (
        PASSPHRASE_ENV,
        Passphrase,
        dbapi,
        passphrase_from_environment,
    )

    dbapi()  # the optional package first: no passphrase asked for nothing
    given = passphrase_from_environment()
    if given is not None:
        return given
    if not interactive():
        raise UsageError(
            "The new passphrase cannot be asked: this is not a terminal.",
            f"Run 'partnerbook encrypt' in a terminal, or set {PASSPHRASE_ENV} for a script.",
        )
    import getpass

    first = getpass.getpass("New passphrase: ")
    if first != getpass.getpass("The same passphrase again: "):
        raise UsageError("The two passphrases differ.", "Nothing was changed; try again.")
    return Passphrase(first)

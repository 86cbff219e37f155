"""What encryption at rest costs, measured on demand (not part of the test run).

    .venv/bin/python tests/benchmarks/bench_encryption.py [--runs 20] [--size 10k]

The same demo journal (10,000 entries by default) plain and encrypted with SQLCipher:
a capture committed in the process, the search mix of bench_search.py, and a whole
``partnerbook note`` process, which stretches the passphrase into the key once (PBKDF2,
SQLCipher's defaults; every connection after the first opens with that raw key). The
stretch alone is measured too: most of what a process pays for encryption. Each encrypted
figure has the plain one as its floor: the ratio is the overhead. Informational, no
budget. Needs the optional package (pip install '.[encryption]').
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from common import Row, discard, measure, ratio_row, run_alone, scratch_copy, summary

PASSPHRASE = "correct horse battery staple"
SEARCHES = ["maratona", "khách hàng", "合作", "ngu", "hop dong", "referral pil"]


def encrypted_copy(path: Path) -> Path:
    from partnerbook.services.encryption import encrypt_journal
    from partnerbook.store import cipher
    from partnerbook.store.engine import resolve_location

    target = scratch_copy(path, f"encryption-{path.stem}.sqlite")
    encrypt_journal(resolve_location(target), cipher.Passphrase(PASSPHRASE))
    return target


def in_process(plain: Path, encrypted: Path, runs: int) -> list[Row]:
    from partnerbook.domain.dates import When
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.services.search import search
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    journals = {
        name: open_journal(resolve_location(p))
        for name, p in (("plain", plain), ("enc", encrypted))
    }
    counter = iter(range(10**6))

    def capture(name: str) -> None:
        n = next(counter)
        request = NoteRequest(
            f"coffee {n}: she needs a Q1 KPI win",
            people=[f"Bench Person {n % 7}"],
            follow_up=When(date(2026, 12, 1)),
        )
        capture_note(journals[name], request)

    def search_mix(name: str) -> None:
        for query in SEARCHES:
            search(journals[name], query)

    for _ in range(7):  # the people, created once on each
        capture("plain")
        capture("enc")
    search_mix("plain")
    search_mix("enc")
    times: dict[str, list[float]] = {key: [] for key in ("cp", "ce", "sp", "se")}
    for _ in range(runs):  # interleaved: a busy spell of the machine weighs on both
        times["cp"] += measure(lambda: capture("plain"), 1)
        times["ce"] += measure(lambda: capture("enc"), 1)
        times["sp"] += measure(lambda: search_mix("plain"), 1)
        times["se"] += measure(lambda: search_mix("enc"), 1)
    for journal in journals.values():
        journal.close()
    from partnerbook.store import cipher

    salt = encrypted.read_bytes()[:16]
    stretch = measure(lambda: cipher.derive_key(cipher.Passphrase(PASSPHRASE), salt), 5)
    return [
        summary("encryption: the passphrase stretched once (PBKDF2)", stretch, None),
        summary("encryption: capture commit, plain (floor)", times["cp"], None),
        ratio_row("encryption: capture commit, encrypted", times["ce"], times["cp"], None),
        summary("encryption: search mix (6 queries), plain (floor)", times["sp"], None),
        ratio_row("encryption: search mix, encrypted", times["se"], times["sp"], None),
    ]


def whole_process(plain: Path, encrypted: Path, runs: int) -> list[Row]:
    home = Path(tempfile.mkdtemp(prefix="pb-bench-home-"))
    env = dict(os.environ, PARTNERBOOK_HOME=str(home), PARTNERBOOK_PASSPHRASE=PASSPHRASE)

    def note(db: Path) -> None:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerbook",
                "--db",
                str(db),
                "note",
                "coffee",
                "--with",
                "Bench Person 1",
            ],
            check=True,
            capture_output=True,
            env=env,
        )

    note(plain)  # warm: the daily backups
    note(encrypted)
    on_plain: list[float] = []
    on_encrypted: list[float] = []
    for _ in range(runs):
        on_plain += measure(lambda: note(plain), 1)
        on_encrypted += measure(lambda: note(encrypted), 1)
    return [
        summary("encryption: partnerbook note, plain (floor)", on_plain, None),
        ratio_row("encryption: partnerbook note, encrypted", on_encrypted, on_plain, None),
    ]


def figures(path: Path, runs: int) -> list[Row]:
    plain = scratch_copy(path, f"encryption-plain-{path.stem}.sqlite")
    encrypted = encrypted_copy(path)
    try:
        return in_process(plain, encrypted, runs) + whole_process(
            plain, encrypted, max(3, runs // 3)
        )
    finally:
        discard(plain)
        discard(encrypted)


def main() -> None:
    run_alone(__doc__, figures, "encryption", runs=20, size="10k")


if __name__ == "__main__":
    main()

"""A PartnerBook writer the safety tests start as a process, then kill or race.

    python tests/safety/writer.py DB MODE PREFIX COUNT

MODE ``notes`` saves COUNT notes through ``services.capture.capture_note`` (one
transaction each) and, every other note, the quick-capture draft through
``services.drafts``. ``edit-FIELD`` sets FIELD of the person named PREFIX (made by the
test) to ``PREFIX-1``, ``PREFIX-2``, ... through ``services.people.update_person``; a
PREFIX ``NAME/TAG`` edits NAME with values of its own, so that two editors of one field
never write a value the row already holds (an edit that changes nothing bumps no version).

``OPEN`` is printed once the journal is open. A line ``ACK <token>`` (or ``DRAFT <n>``,
``EDIT <value>``) is printed, and flushed, only after the call returned, that is after
the commit: it is what the app would have shown the user as saved. A ``UserError`` is
printed as ``REFUSED <message>`` (what the app would have said) and the process exits 1;
anything else is a bug: a traceback, exit 70.
A COUNT of 0 means "until killed".
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    db, mode, prefix, count_text = argv
    count = int(count_text)
    from partnerbook.errors import UserError
    from partnerbook.store.engine import resolve_location
    from partnerbook.store.migrate import open_journal

    try:
        journal = open_journal(resolve_location(Path(db)), actor="safety-writer")
    except UserError as error:
        print(f"REFUSED {error.message}", flush=True)
        return 1
    print("OPEN", flush=True)
    try:
        if mode == "notes":
            _notes(journal, prefix, count)
        elif mode.startswith("edit-"):
            _edits(journal, mode.removeprefix("edit-"), prefix, count)
        else:
            raise SystemExit(f"unknown mode {mode}")
    except UserError as error:
        print(f"REFUSED {error.message}", flush=True)
        return 1
    except Exception:
        traceback.print_exc()
        return 70
    finally:
        journal.close()
    return 0


def _notes(journal: object, prefix: str, count: int) -> None:
    from partnerbook.services.capture import NoteRequest, capture_note
    from partnerbook.services.drafts import QUICK_CAPTURE, save_draft

    number = 0
    while count == 0 or number < count:
        number += 1
        token = f"{prefix}x{number:05d}"
        capture_note(
            journal,  # type: ignore[arg-type]
            NoteRequest(f"Coffee {token}\nwhat was said, {token}", people=["Lan"]),
        )
        print(f"ACK {token}", flush=True)
        if number % 2 == 0:
            body = json.dumps({"text": f"typing {prefix} {number}", "seq": number})
            save_draft(journal, QUICK_CAPTURE, body)  # type: ignore[arg-type]
            print(f"DRAFT {number}", flush=True)


def _edits(journal: object, field: str, prefix: str, count: int) -> None:
    from partnerbook.services.people import people_refs, update_person

    name = prefix.split("/")[0]
    (person,) = people_refs(journal, name)  # type: ignore[arg-type]
    for number in range(1, count + 1):
        value = f"{prefix}-{number}"
        update_person(journal, person.id, {field: value})  # type: ignore[arg-type]
        print(f"EDIT {value}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

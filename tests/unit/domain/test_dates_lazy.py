"""The window's first paint imports ``partnerbook.domain.dates`` but parses no date: the
phrase rules of five languages (some 25 ms of regular expressions) wait for the first one."""

from __future__ import annotations

import subprocess
import sys


def test_the_date_rules_load_with_the_first_phrase_not_with_the_module() -> None:
    code = (
        "import sys\n"
        "from datetime import datetime\n"
        "import partnerbook.domain.dates as dates\n"
        "assert 'partnerbook.domain.date_rules' not in sys.modules\n"
        "assert dates.parse_when('2026-12-01', datetime(2026, 1, 1)).day.day == 1\n"
        "assert 'partnerbook.domain.date_rules' not in sys.modules  # ISO needs no rules\n"
        "print(dates.parse_when('next tuesday', datetime(2026, 12, 1)).day)\n"
        "assert 'partnerbook.domain.date_rules' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2026-12-08"

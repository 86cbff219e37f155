"""Screenshots of every main view in every language, light and dark, to look at.

    .venv/bin/python tools/screenshots.py [--journal demo.sqlite] [--out screenshots/]
        [--lang vi he ...] [--view today people ...] [--theme light dark]

Each PNG is the real app (``partnerbook --screenshot``) on the demo journal (made once in
the output folder when none is given), named VIEW-LANG-THEME.png. Look at all of them:
truncated, overlapping, untranslated or ugly is a bug.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("today", "people", "partners", "timeline", "search")
LANGUAGES = ("en", "vi", "he", "zh_CN", "zh_TW", "it")
THEMES = ("light", "dark")
SEARCHES = {
    "en": "partner",
    "vi": "hop tac",
    "he": "שיתוף",
    "zh_CN": "合作",
    "zh_TW": "合作",
    "it": "caffe",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--view", nargs="*", default=list(VIEWS))
    parser.add_argument("--theme", nargs="*", default=list(THEMES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PARTNERBOOK_HOME"] = str(args.out / "home")
    journal = args.journal or args.out / "demo.sqlite"
    command = [sys.executable, "-m", "partnerbook", "--db", str(journal)]
    if not journal.exists():
        subprocess.run([*command, "demo", "--people", "600"], check=True, env=env)
    failed = 0
    for view in args.view:
        for language in args.lang:
            for theme in args.theme:
                target = args.out / f"{view}-{language}-{theme}.png"
                extra = ["--search", SEARCHES[language]] if view == "search" else []
                done = subprocess.run(
                    [
                        *command,
                        "--view",
                        view,
                        "--lang",
                        language,
                        "--theme",
                        theme,
                        *extra,
                        "--screenshot",
                        str(target),
                    ],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if done.returncode != 0:
                    failed += 1
                    print(f"{target.name}: failed\n{done.stderr}", file=sys.stderr)
                else:
                    print(target)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

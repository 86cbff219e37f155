"""Keep the interface's translations current: extract, compile, and count.

    .venv/bin/python tools/translations.py update    # new strings into every .ts
    .venv/bin/python tools/translations.py release   # .ts -> .qm (what the app loads)
    .venv/bin/python tools/translations.py check     # how much of each is translated

The .ts files (Qt Linguist XML, resources/translations/) are the sources translators edit;
the .qm files beside them are compiled from them and committed, and a test checks that they
match. Strings are found by Qt's own lupdate in every module that may show text.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "he", "zh_CN", "zh_TW", "it")
# English is the source language; its catalog holds only the plural forms ("%n found").
ENGLISH = "en"
# Qt ships no catalog of its own strings (standard buttons, undo) for these: ours does.
QT_CATALOGS = ("qtbase_vi",)
TOOLS = Path(sys.executable).parent


# Below the interface, what the window shows of them: errors, hints and what reading a
# file found, marked ``Problem.tr("...")`` and the like (``partnerbook/messages.py``).
MESSAGE_LAYERS = ("services", "store", "interop", "domain")
MESSAGE_MODULES = ("errors.py", "messages.py")


def sources() -> list[Path]:
    """Every module that may show text: the window, its widgets, the GUI's root, and the
    layers below whose messages the window shows (translated by ``ui/messages.py``)."""
    package = ROOT / "partnerbook"
    found = sorted((package / "ui").rglob("*.py"))
    below = [
        path
        for layer in MESSAGE_LAYERS
        for path in sorted((package / layer).rglob("*.py"))
        if "migrations" not in path.relative_to(package).parts
    ]
    return [
        *found,
        package / "app.py",
        package / "i18n.py",
        *below,
        *(package / name for name in MESSAGE_MODULES),
    ]


def catalog(language: str) -> Path:
    return FOLDER / f"partnerbook_{language}.ts"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in sources()]
    lupdate = str(TOOLS / "pyside6-lupdate")
    for language in LANGUAGES:
        subprocess.run(
            [lupdate, "-no-obsolete", *files, "-ts", str(catalog(language))], check=True, cwd=ROOT
        )
    subprocess.run(
        [lupdate, "-no-obsolete", "-pluralonly", *files, "-ts", str(catalog(ENGLISH))],
        check=True,
        cwd=ROOT,
    )


def release(target: Path = FOLDER) -> list[Path]:
    written = []
    names = [f"partnerbook_{language}" for language in (*LANGUAGES, ENGLISH)]
    for name in [*names, *QT_CATALOGS]:
        qm = target / f"{name}.qm"
        subprocess.run(
            [
                str(TOOLS / "pyside6-lrelease"),
                "-silent",
                str(FOLDER / f"{name}.ts"),
                "-qm",
                str(qm),
            ],
            check=True,
        )
        written.append(qm)
    return written


def coverage(language: str) -> tuple[int, int]:
    """(translated, all) messages of a catalog; plural forms count once, when all are done."""
    root = ElementTree.parse(catalog(language)).getroot()
    done = total = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        total += 1
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        if translation.get("type") != "unfinished" and all(text and text.strip() for text in texts):
            done += 1
    return done, total


def check() -> int:
    worst = 100.0
    for language in LANGUAGES:
        done, total = coverage(language)
        share = 100.0 * done / total if total else 0.0
        worst = min(worst, share)
        print(f"{language:6} {done:5} of {total:5}  {share:5.1f} %")
    return 0 if worst >= 95.0 else 1


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        sys.exit(check())

"""The words the layers below give the window reach the translators, and stay whole.

Services, the store, the file readers and the domain mark what they say with
``Problem.tr("...")`` and its siblings (``partnerbook/messages.py``). Read from the code:
every such template is a literal (lupdate cannot read an f-string's values, and would
file its braces as words), is found by lupdate under its marker's name, and a user error
raised in a module the window uses never carries a bare English literal.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from partnerbook import messages
from tests.ui.test_translatable import ROOT, _tools

PACKAGE = ROOT / "partnerbook"
BELOW = ("services", "store", "interop", "domain")
MARKERS = {
    name
    for name, value in vars(messages).items()
    if isinstance(value, type)
    and issubclass(value, messages.Message)
    and value is not messages.Message
}
ERRORS = {
    "UserError",
    "UsageError",
    "StorageError",
    "NotAJournalError",
    "NewerJournalError",
    "JournalLockedError",
    "JournalDamagedError",
    "NotFoundError",
    "EncryptionUnavailableError",
    "PassphraseError",
    "PassphraseNeededError",
}
# Command-line only: the window never runs these, so their words may stay English.
CLI_ONLY = {"services/demo.py"}


def _below() -> list[Path]:
    found = [
        path
        for layer in BELOW
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if "migrations" not in path.parts
    ]
    return [*found, PACKAGE / "errors.py", PACKAGE / "messages.py"]


def _marked(path: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """(context, template) of every ``Marker.tr(...)`` in the file, and what is not literal."""
    found: set[tuple[str, str]] = set()
    wrong: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in MARKERS
        ):
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            wrong.append(f"{where}: {node.func.value.id}.tr needs a literal template")
            continue
        if len(node.args) > 1:
            wrong.append(f"{where}: the values go by name ({{name}}), not by position")
        named = {keyword.arg for keyword in node.keywords}
        separator = not named and messages.placeholders(first.value) == {"earlier", "later"}
        if messages.placeholders(first.value) != named and not separator:  # listed() fills it
            wrong.append(
                f"{where}: placeholders {sorted(messages.placeholders(first.value))} "
                f"but values {sorted(n or '**' for n in named)}"
            )
        found.add((node.func.value.id, first.value))
    return found, wrong


def test_every_template_is_a_literal_with_its_values_named() -> None:
    wrong = [problem for path in _below() for problem in _marked(path)[1]]
    assert wrong == [], "\n".join(wrong)


def test_lupdate_finds_every_template_under_its_marker(tmp_path: Path) -> None:
    tools = _tools()
    sources = tools.sources()  # type: ignore[attr-defined]
    assert set(_below()) <= set(sources), "tools/translations.py sources() misses a layer"
    marked = set().union(*(_marked(path)[0] for path in _below()))
    assert len(marked) > 300
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files = [str(path.relative_to(ROOT)) for path in sources]
    subprocess.run(
        [str(lupdate), *files, "-ts", str(fresh)], check=True, cwd=ROOT, capture_output=True
    )
    root = ElementTree.parse(fresh).getroot()
    extracted = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    assert marked - extracted == set(), sorted(marked - extracted)[:20]


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)
    )


def test_no_user_error_the_window_may_show_carries_a_bare_english_literal() -> None:
    found = []
    for path in _below():
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in CLI_ONLY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in ERRORS:
                continue
            said = [
                *node.args[:2],
                *(k.value for k in node.keywords if k.arg in ("message", "hint")),
            ]
            if any(_literal(arg) for arg in said):
                found.append(f"{relative}:{node.lineno}: {name}(...) with plain English")
    assert found == [], "\n".join(found)

"""Every string the interface shows can be translated, and every catalog is nearly whole.

The first check reads the window's code: a text handed straight to a widget (``setText``,
``QLabel(...)``, ``addAction``, a tooltip, an accessible name...) as a plain or f-string
literal with words in it is an English string no translator will ever see. Names that are
the same in every language (PartnerBook, Ctrl+K) are allowed.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOWN = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addAction",
    "addMenu",
    "showMessage",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setSpecialValueText",
    "setPrefix",
    "setSuffix",
    "setInformativeText",
    "setDetailedText",
    "setLabelText",
    "addTab",
    "setTabText",
    "setItemText",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
}
# Names and signs that read the same in every language.
ALLOWED = re.compile(r"^(PartnerBook|Ctrl\+\w+|[A-Z]{3}|[^\w]*|%\d|\w)$")


def _tools() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _literal_words(node: ast.expr) -> str | None:
    """The English in a literal argument (plain or f-string), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    else:
        return None
    text = text.strip()
    if not re.search(r"[A-Za-z]{2,}", text) or ALLOWED.match(text):
        return None
    return text


def _untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name not in SHOWN or not node.args:
            continue
        words = _literal_words(node.args[0])
        if words is not None:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({words!r})")
    return found


def test_no_text_reaches_a_widget_without_tr() -> None:
    sources = _tools().sources()  # type: ignore[attr-defined]
    problems = [problem for path in sources for problem in _untranslated(path)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["vi", "he", "zh_CN", "zh_TW", "it"])
def test_each_catalog_is_at_least_95_percent_translated(language: str) -> None:
    done, total = _tools().coverage(language)  # type: ignore[attr-defined]
    assert total > 800
    assert done / total >= 0.95, f"{language}: {done} of {total} translated"


def test_the_catalogs_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate finds nothing the committed catalogs lack (run tools/translations.py update)."""
    tools = _tools()
    files = [str(path.relative_to(ROOT)) for path in tools.sources()]  # type: ignore[attr-defined]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *files, "-ts", str(fresh)], check=True, cwd=ROOT, capture_output=True
    )
    import xml.etree.ElementTree as ElementTree

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ElementTree.parse(path).getroot()
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }

    missing = keys(fresh) - keys(tools.catalog("vi"))  # type: ignore[attr-defined]
    assert missing == set(), sorted(missing)[:20]


def test_the_compiled_catalogs_match_their_sources(tmp_path: Path) -> None:
    tools = _tools()
    for fresh in tools.release(tmp_path):  # type: ignore[attr-defined]
        committed = tools.FOLDER / fresh.name  # type: ignore[attr-defined]
        assert committed.exists(), f"{committed.name} missing: run tools/translations.py release"
        assert committed.read_bytes() == fresh.read_bytes(), f"{fresh.name} is stale"


PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[a-z_]+\}")


@pytest.mark.parametrize("language", ["vi", "he", "zh_CN", "zh_TW", "it"])
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    """A translation that lost "{where}" or "%1" would show a hole, or the English."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(_tools().catalog(language)).getroot()  # type: ignore[attr-defined]
    wrong = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            # A plural form may leave out %n where the language says it in words ("one").
            if found != wanted and not (
                message.get("numerus") == "yes" and set(found) == set(wanted) - {"%n"}
            ):
                wrong.append(f"{source!r} → {form!r}")
    assert wrong == []

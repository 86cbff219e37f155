"""One text normalisation for matching names and, later, the search index.

Users type the lazy way: no diacritics, any case ("ngu" must find "Nguyễn",
"dang" must find "Đặng", "shira" must find "שִׁירָה"-less spellings of Hebrew with niqqud).
"""

from __future__ import annotations

import unicodedata

# Letters that carry their "accent" in the base letter and so survive NFD decomposition.
STROKE_LETTERS = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
    }
)


_marks: dict[int, None] = {}


def _mark_table() -> dict[int, None]:
    """Every combining mark of the Basic Multilingual Plane, for str.translate: one C call
    per text instead of a Python test per character (the index folds millions of them)."""
    if not _marks:
        _marks.update(
            (code, None)
            for code in range(0x300, 0x10000)
            if unicodedata.category(chr(code)).startswith("M")
        )
    return _marks


def fold(text: str) -> str:
    """Normalise for comparison: NFKC, case folded, diacritics (and Hebrew niqqud) removed.

    Whitespace runs collapse to one space; the result is stripped.
    """
    if text.isascii():  # NFKC and NFD leave ASCII alone, and casefold is lower there
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).casefold()
    stripped = unicodedata.normalize("NFD", text).translate(_mark_table())
    if stripped and max(stripped) > "\uffff":  # marks beyond the BMP are rare: test each
        stripped = "".join(c for c in stripped if not unicodedata.category(c).startswith("M"))
    stripped = stripped.translate(STROKE_LETTERS)
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def name_matches_prefix(name: str, query: str) -> bool:
    """True when the folded query starts the folded name or any of its words."""
    folded_name = fold(name)
    folded_query = fold(query)
    if not folded_query:
        return False
    if folded_name.startswith(folded_query):
        return True
    return any(word.startswith(folded_query) for word in folded_name.split())


def first_line(text: str, limit: int = 200) -> str:
    """The first non-empty line, shortened with an ellipsis: a title for a note."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def storable(text: str) -> str:
    """``text`` as a journal can keep it: the one cleaning every typed or imported text gets.

    - NUL is removed: SQLite's C strings, FTS5 queries ("unterminated string"), Qt's C
      APIs and every exporter stop at it, and nobody types one on purpose.
    - A lone surrogate (half of a UTF-16 pair from a broken paste, or a byte that was not
      UTF-8, as Python decodes command-line arguments) cannot be encoded as UTF-8, so
      SQLite cannot take it: it becomes U+FFFD, the replacement character, as undecodable
      bytes do everywhere; two halves of one pair written separately join again.

    Everything else (other control characters, right-to-left marks, emoji, combining
    marks) is kept as typed.
    """
    if "\x00" in text:
        text = text.replace("\x00", "")
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def shown(value: object, limit: int = 60) -> str:
    """A value quoted in a message: cut to ``limit`` characters (a refused 5 MB paste must
    not come back as a 5 MB message), and storable, so the message itself can be logged."""
    text = storable(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"

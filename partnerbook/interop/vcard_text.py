"""vCard text values: escaping, splitting on unescaped separators, cleaning, folding.

Shared by the reader and the writer so that what one writes the other reads back.
"""

from __future__ import annotations

import re

# Bounds: a note is kept up to 1 MB of text (the rest is cut); other text fields up to
# 2,000 characters. Real clients never come near; a broken or hostile file might.
MAX_NOTE = 1_000_000
MAX_TEXT = 2_000
FOLD_OCTETS = 75

_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\", '"': '"'}
_ESCAPE_RE = re.compile(r"\\(.)", re.DOTALL)

# C0 and C1 controls and DEL go; tab becomes a space. Newline is handled per field.
_CONTROLS = dict.fromkeys([*range(32), 127, *range(128, 160)])
_CONTROLS[0x09] = 0x20
_LINE_TABLE = {**_CONTROLS, 0x0A: 0x20}
_NOTE_TABLE = {**_CONTROLS, 0x0A: 0x0A}
_SURROGATES = re.compile("[\ud800-\udfff]")


def unescape(value: str) -> str:
    r"""``\n`` and ``\N`` are newlines; ``\,`` ``\;`` ``\\`` (and Apple's ``\:``, Gmail's
    ``\"``) are the character; any other backslash is kept as written (vCard 2.1 files
    hold Windows paths)."""
    if "\\" not in value:
        return value
    return _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def split_unescaped(value: str, separator: str) -> list[str]:
    r"""Split on ``separator`` where it is not escaped (``Doe\, Jr;John``); the parts keep
    their escapes, to be unescaped after."""
    if "\\" not in value:
        return value.split(separator)
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def escape(value: str) -> str:
    """The text escaping of RFC 6350 3.4 (also right for 3.0)."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def clean_line(value: str) -> str:
    """One-line text as we keep it: controls and lone surrogates out, newlines and tabs
    as spaces, stripped, bounded."""
    if not value.isascii() or not value.isprintable():
        value = _SURROGATES.sub("", value.replace("\r\n", "\n").translate(_LINE_TABLE))
    return value.strip()[:MAX_TEXT].strip()


def clean_note(value: str) -> str:
    """Notes keep their newlines; everything else as ``clean_line``, bounded at 1 MB."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isascii() or not value.isprintable():
        value = _SURROGATES.sub("", value.translate(_NOTE_TABLE))
    return value.strip()[:MAX_NOTE].strip()


def fold(line: str) -> str:
    """Fold at 75 octets (a continuation's leading space included), never inside a UTF-8
    character; joined with CRLF."""
    encoded = line.encode("utf-8")
    if len(encoded) <= FOLD_OCTETS:
        return line
    pieces: list[str] = []
    start = 0
    limit = FOLD_OCTETS
    while len(encoded) - start > limit:
        end = start + limit
        while end > start and (encoded[end] & 0xC0) == 0x80:  # a continuation byte
            end -= 1
        pieces.append(encoded[start:end].decode("utf-8"))
        start = end
        limit = FOLD_OCTETS - 1
    pieces.append(encoded[start:].decode("utf-8"))
    return "\r\n ".join(pieces)

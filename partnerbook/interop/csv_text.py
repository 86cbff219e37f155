"""CSV as contact programs write it: bytes to text, the delimiter, rows with their lines.

Exports come as UTF-8 (with or without BOM), UTF-16 with a BOM (Outlook's "Unicode" CSV),
or Windows-1252 when Excel saved the file; some Outlook locales separate with ``;``. The
row parser is ours rather than the ``csv`` module's so that it never raises (NUL bytes,
huge cells, a quote never closed), says on which physical line each row starts (quoted
notes span lines), and keeps a quote left open from swallowing the rest of the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 30
_UNDEFINED_1252 = re.compile("[\udc80-\udcff]")
_CELL_NEWLINES = re.compile(r"\r\n?")


def decode_csv_bytes(data: bytes) -> str:
    """The file's text: by its BOM, else UTF-8, else Windows-1252 (Excel's "CSV" on Western
    Windows), whose five undefined bytes are read as Latin-1 so nothing fails. NULs go."""
    text: str
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32", errors="replace").lstrip("\ufeff")
    elif data.startswith(b"\xff\xfe"):
        text = data[2:].decode("utf-16-le", errors="replace")
    elif data.startswith(b"\xfe\xff"):
        text = data[2:].decode("utf-16-be", errors="replace")
    elif (bom_less := _bom_less_utf16(data)) is not None:
        text = data.decode(bom_less, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="surrogateescape")
            text = _UNDEFINED_1252.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)
    return text.replace("\x00", "")


def _bom_less_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL beside every ASCII letter."""
    head = data[:400]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """``,``, ``;`` or tab: the one the first line holding any (outside quotes) has most
    of. That line is the header (LinkedIn's notes above it have none outside quotes); a
    later line could be the middle of a quoted note."""
    for line in text.splitlines()[:_SNIFF_LINES]:
        counts = [_count_outside_quotes(line, delimiter) for delimiter in DELIMITERS]
        if max(counts) > 0:
            return DELIMITERS[counts.index(max(counts))]
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    parts = line.split('"')
    return sum(part.count(delimiter) for part in parts[0::2])


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One record's cells and the 1-based physical line it starts on."""

    cells: tuple[str, ...]
    line: int
    unclosed_quote: bool = False  # a quoted cell was never closed: read to its line's end

    @property
    def blank(self) -> bool:
        return all(not cell.strip() for cell in self.cells)


def parse_rows(text: str, delimiter: str) -> list[CsvRow]:
    """RFC 4180 rows, lenient as Excel is: a quote inside an unquoted cell is a character,
    text after a closing quote joins the cell, and a quote never closed ends at its line."""
    rows: list[CsvRow] = []
    stops = re.compile("[" + re.escape(delimiter) + "\r\n]")
    pos, line, size = 0, 1, len(text)
    while pos < size:
        start_line, cells, unclosed = line, [], False
        while True:
            if pos < size and text[pos] == '"':
                cell, pos, line, closed = _quoted(text, pos, line, stops)
                unclosed = unclosed or not closed
            else:
                match = stops.search(text, pos)
                end = match.start() if match else size
                cell, pos = text[pos:end], end
            cells.append(cell)
            if pos >= size:
                break
            if text[pos] == delimiter:
                pos += 1
                if pos >= size:
                    cells.append("")
                continue
            pos += 2 if text.startswith("\r\n", pos) else 1
            line += 1
            break
        rows.append(CsvRow(tuple(cells), start_line, unclosed))
    return rows


def _quoted(text: str, pos: int, line: int, stops: re.Pattern[str]) -> tuple[str, int, int, bool]:
    """A quoted cell from its opening quote: (cell, position after it, line, closed)."""
    parts: list[str] = []
    at = pos + 1
    lines_in = 0
    while True:
        quote = text.find('"', at)
        if quote < 0:
            # Never closed: take the opening line only, so the rest of the file survives.
            match = stops.search(text, pos + 1)
            end = match.start() if match else len(text)
            return text[pos + 1 : end], end, line, False
        chunk = text[at:quote]
        parts.append(chunk)
        lines_in += _newlines(chunk)
        if text.startswith('""', quote):
            parts.append('"')
            at = quote + 2
            continue
        match = stops.search(text, quote + 1)
        end = match.start() if match else len(text)
        parts.append(text[quote + 1 : end])
        return "".join(parts), end, line + lines_in, True


def _newlines(chunk: str) -> int:
    return chunk.count("\n") + chunk.count("\r") - chunk.count("\r\n")


def header_key(name: str) -> str:
    """How a header is looked up: NFKC, any case, no spaces ("E-mail 1 - Value")."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold().strip('"')


def clean_cell(cell: str) -> str:
    """A cell as a value: one kind of newline, no surrounding blanks."""
    return _CELL_NEWLINES.sub("\n", cell).strip()


class Header:
    """A header row: each column found by any spelling of its name (the first wins)."""

    def __init__(self, cells: Sequence[str]) -> None:
        self.names = tuple(cells)
        self._index: dict[str, int] = {}
        for position, name in enumerate(cells):
            self._index.setdefault(header_key(name), position)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(self._index)

    def has(self, *names: str) -> bool:
        """Every one of ``names`` is a column."""
        return all(header_key(name) in self._index for name in names)

    def has_any(self, names: Iterable[str]) -> bool:
        return any(header_key(name) in self._index for name in names)

    def index(self, name: str) -> int | None:
        return self._index.get(header_key(name))

    def __len__(self) -> int:
        return len(self.names)


class Fields:
    """One data row read through its header: ``fields.get("First Name", "Given Name")``."""

    def __init__(self, header: Header, row: CsvRow) -> None:
        self.header = header
        self.row = row

    def get(self, *names: str) -> str:
        """The first non-empty cell among the columns ``names`` (cleaned), else ""."""
        cells = self.row.cells
        for name in names:
            position = self.header.index(name)
            if position is not None and position < len(cells):
                value = clean_cell(cells[position])
                if value:
                    return value
        return ""

    def extra_cells(self) -> int:
        """How many non-empty cells lie beyond the header's last column."""
        return sum(1 for cell in self.row.cells[len(self.header) :] if cell.strip())

"""Bytes to vCard records: what happens before any property means anything.

Real files are not what the RFCs describe, so this works on bytes, line by line:

- the file's encoding: a UTF-16 file (BOM, or NUL bytes every other byte) becomes UTF-8;
  a UTF-8 BOM goes; line ends may be CRLF, LF, CR alone or iOS's CR CR LF, mixed;
- records are split here (``BEGIN:VCARD`` / ``END:VCARD`` in any case), each with its
  1-based number and the line it starts on; an ``AGENT`` holding a whole vCard is
  skipped; a record cut off by the end of the file is an error, one cut off by the next
  ``BEGIN:VCARD`` is read;
- lines are unfolded (CRLF or LF then a space or tab), and vCard 2.1 quoted-printable
  values continue after a trailing ``=`` on the next line, indented or not; base64 lines
  of 2.1 writers that forgot to indent are joined too;
- each value is decoded by its own ``ENCODING`` and ``CHARSET`` (quoted-printable in
  UTF-8, ISO-8859-1, Windows-1252, Shift_JIS, Big5, GB2312/GBK...); without a charset
  UTF-8 is tried, then Windows-1252;
- parameters are normalised: bare ones (``TEL;WORK;VOICE``, ``PHOTO;BASE64``) become
  ``TYPE`` or ``ENCODING``; repeated ``type=`` and comma lists are merged, lower-cased.

Content lines are parsed here, not by vobject: its line regex backtracks exponentially on
a line of many parameters without a colon (``X;a;a;...;a;``: 0.1 s at 20, doubling with
each one), and a full vobject parse costs 0.3 ms a card where this costs a tenth of that.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from partnerbook.messages import Reading

_BEGIN = b"BEGIN:VCARD"
_END = b"END:VCARD"
_NAME_RE = re.compile(r"[A-Za-z0-9-]+")
_ENCODINGS = {"quoted-printable", "base64", "b", "8bit", "7bit"}
_CHARSET_ALIASES = {
    # Windows writes "ISO-8859-1" and means Windows-1252 (its superset); ASCII too.
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "cp950",
    "big-5": "cp950",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
}
_SINGLE_BYTE = {"cp1252", "iso8859-1", "iso8859-2", "iso8859-15", "cp1250", "cp1251"}


@dataclass(frozen=True, slots=True)
class Property:
    """One content line, decoded: the value is text with its vCard escapes still in."""

    group: str  # "item1" (lower-case) or ""
    name: str  # upper-case
    params: Mapping[str, tuple[str, ...]]  # upper-case keys; TYPE values lower-case
    value: str
    line: int

    @property
    def types(self) -> tuple[str, ...]:
        return self.params.get("TYPE", ())

    def param(self, key: str) -> str | None:
        values = self.params.get(key)
        return values[0] if values else None


@dataclass(slots=True)
class Record:
    number: int  # 1-based
    line: int  # the BEGIN:VCARD line
    lines: list[tuple[int, bytes]] = field(default_factory=list)  # logical lines
    error: str | None = None


@dataclass(slots=True)
class _Logical:
    line: int
    parts: list[bytes]
    quoted_printable: bool
    base64: bool
    note: bool


def to_utf8(data: bytes) -> bytes:
    """UTF-16 (with a BOM, or ASCII-range text with NULs between) becomes UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    encoding = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        head = data[:200]
        if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and not head[0::2].count(0):
            encoding = "utf-16-le"
        elif len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and not head[1::2].count(0):
            encoding = "utf-16-be"
    if encoding is None:
        return data
    return data.decode(encoding, "replace").encode("utf-8", "replace")


def _physical_lines(data: bytes) -> list[bytes]:
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r")
    return data.split(b"\n")


def _marker(line: bytes) -> bytes | None:
    """BEGIN:VCARD or END:VCARD (any case, surrounding blanks aside), else None."""
    if len(line) > 24 or b":" not in line:
        return None
    upper = line.strip().upper()
    return upper if upper in (_BEGIN, _END) else None


def logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfolded lines with the number of the physical line each starts on; blank lines
    dropped."""
    result: list[_Logical] = []
    current: _Logical | None = None
    for number, raw in enumerate(_physical_lines(data), 1):
        line = raw.rstrip(b"\r")
        if not line or (current is None and not line.strip()):
            current = None  # a blank line ends a 2.1 base64 value, and any soft break
            continue
        if current is not None and _marker(line) is None:
            if current.quoted_printable and current.parts[-1].endswith(b"="):
                current.parts[-1] = current.parts[-1][:-1]
                current.parts.append(line)  # QP soft break: the next line as it is
                continue
            if line[0] in (0x20, 0x09):
                current.parts.append(line[1:])
                continue
            if b":" not in line and (current.base64 or current.note):
                # An unindented continuation: base64 as is, a note's on a new line; any
                # other line without a colon is no property and is left out.
                current.parts.append(line if current.base64 else b"\n" + line)
                continue
        colon = line.find(b":")
        head = (line[:colon] if colon >= 0 else line).upper()
        current = _Logical(
            number,
            [line.lstrip()],
            b"QUOTED-PRINTABLE" in head,
            b"BASE64" in head or b"ENCODING=B" in head,
            head.split(b";")[0].rpartition(b".")[2].strip() == b"NOTE",
        )
        result.append(current)
    return [(item.line, b"".join(item.parts)) for item in result]


def split_records(data: bytes) -> tuple[list[Record], bool]:
    """The records in file order, and whether the file held any BEGIN:VCARD at all."""
    records: list[Record] = []
    current: Record | None = None
    nested = 0
    previous = b""
    for number, line in logical_lines(to_utf8(data)):
        marker = _marker(line)
        if nested:
            if marker == _BEGIN:
                nested += 1
            elif marker == _END:
                nested -= 1
            continue
        if marker == _BEGIN:
            if current is not None and _is_agent(previous):
                current.lines.pop()
                nested = 1
                continue
            current = Record(len(records) + 1, number)
            records.append(current)
        elif marker == _END:
            current = None
        elif current is not None:
            current.lines.append((number, line))
        previous = line
    if current is not None:
        current.error = Reading.tr(
            "It ends without END:VCARD: the file looks cut short, so this contact was "
            "left out. Export the contacts again."
        )
    return records, bool(records)


def _is_agent(line: bytes) -> bool:
    """``AGENT:`` with nothing after it: vCard 2.1 embeds the agent's vCard next."""
    head, colon, value = line.upper().partition(b":")
    return bool(colon) and not value.strip() and head.split(b";")[0].endswith(b"AGENT")


def _param_values(text: str) -> list[str]:
    if '"' not in text:
        return text.split(",")
    values: list[str] = []
    for piece in re.findall(r'"([^"]*)"|([^,]+)', text):
        values.extend(piece[0].split(",") if piece[0] else [piece[1]])
    return values


def _split_params(text: str) -> list[str]:
    if '"' not in text:
        return text.split(";")
    return re.findall(r'(?:[^;"]|"[^"]*"?)+', text)


def _caret(value: str) -> str:
    """RFC 6868 parameter escapes: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return value.replace("^^", "\x00").replace("^n", "\n").replace("^'", '"').replace("\x00", "^")


@lru_cache(maxsize=4096)
def parse_head(head: str) -> tuple[str, str, Mapping[str, tuple[str, ...]]] | None:
    """``item1.TEL;type=WORK;VOICE`` -> ("item1", "TEL", {"TYPE": ("work", "voice")});
    None when the name is not a property name. Cached: a file repeats a few dozen heads
    thousands of times (the dicts are shared, so nobody may change them)."""
    pieces = _split_params(head)
    if not pieces:
        return None
    group, _, name = pieces[0].strip().rpartition(".")
    if not _NAME_RE.fullmatch(name):
        return None
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, equals, text = piece.partition("=")
        key = key.strip().upper()
        if not key:
            continue
        if not equals:  # a bare vCard 2.1 parameter
            text = key
            lower = key.lower()
            key = "ENCODING" if lower in _ENCODINGS else "TYPE"
        values = [_caret(value.strip()) for value in _param_values(text)]
        if key in ("TYPE", "ENCODING", "VALUE"):
            values = [value.lower() for value in values]
        params.setdefault(key, []).extend(value for value in values if value)
    return (
        group.lower(),
        name.upper(),
        {key: tuple(values) for key, values in params.items()},
    )


@lru_cache(maxsize=64)
def _codec(charset: str) -> str | None:
    name = charset.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # unknown, or not a name at all (a NUL inside)
        return None


def decode_text(raw: bytes, charset: str | None) -> str:
    """The charset named, else UTF-8, else Windows-1252; never raises. Valid UTF-8 wins
    over a declared single-byte charset (writers often declare Latin-1 and write UTF-8);
    what cannot be decoded is dropped."""
    if raw.isascii():
        return raw.decode("ascii")
    codec = _codec(charset) if charset else None
    order = ["utf-8", codec] if codec in _SINGLE_BYTE else [codec, "utf-8"]
    for name in order:
        if name is None:
            continue
        try:
            return raw.decode(name)
        except UnicodeDecodeError:
            continue
    fallback = codec or "cp1252"
    return raw.decode(fallback, "replace").replace("\ufffd", "")


def parse_line(number: int, line: bytes) -> Property | None:
    """A logical line as a Property, or None for a line that is not one."""
    colon = line.find(b":")
    if colon < 0:
        return None
    if b'"' in line[:colon]:  # a colon inside a quoted parameter value
        in_quotes = False
        for index, byte in enumerate(line):
            if byte == 0x22:
                in_quotes = not in_quotes
            elif byte == 0x3A and not in_quotes:
                colon = index
                break
    parsed = parse_head(line[:colon].decode("utf-8", "replace"))
    if parsed is None:
        return None
    group, name, params = parsed
    raw = line[colon + 1 :]
    encoding = params.get("ENCODING", ("",))[0]
    charset = params.get("CHARSET", (None,))[0]
    if encoding == "quoted-printable":
        raw = binascii.a2b_qp(raw)
    return Property(group, name, params, decode_text(raw, charset), number)

"""Which program wrote a contacts CSV, told by its header row, and reading it accordingly.

The header is looked for among the first rows (LinkedIn writes notes above it) and tested
in an order where no test can take another program's file: Thunderbird ("Primary Email"),
LinkedIn ("Connected On", "URL", "Position"), Google ("Labels", "E-mail 1 - Value"…, and
never Outlook's "E-mail Address"), then Outlook. PartnerBook's own people CSV has Google's
headers, so it is told as Google's and re-imports through the Google reader.
"""

from __future__ import annotations

from partnerbook.domain.contacts import ContactFormat, ParsedContacts, RecordError
from partnerbook.interop.csv_google import GOOGLE
from partnerbook.interop.csv_linkedin import LINKEDIN
from partnerbook.interop.csv_outlook import OUTLOOK
from partnerbook.interop.csv_records import HEADER_SEARCH_ROWS, CsvKind, read_kind
from partnerbook.interop.csv_text import Header, decode_csv_bytes, parse_rows, sniff_delimiter
from partnerbook.interop.csv_thunderbird import THUNDERBIRD
from partnerbook.messages import Reading

KINDS: tuple[CsvKind, ...] = (THUNDERBIRD, LINKEDIN, GOOGLE, OUTLOOK)  # the order of the tests
_BY_FORMAT = {kind.format: kind for kind in KINDS}
_DETECT_BYTES = 512 * 1024  # the header is near the top; a huge file need not be parsed
UNKNOWN = Reading.tr(
    "This file is not a contacts export PartnerBook knows (Google, LinkedIn, Outlook, "
    "Thunderbird); use --format to say which program wrote it."
)


def detect_csv(data: bytes) -> ContactFormat | None:
    """The program whose contact CSV ``data`` is, or None (another CSV, or not a CSV)."""
    try:
        text = decode_csv_bytes(_head(data))
        if text.lstrip().upper().startswith("BEGIN:VCARD"):
            return None
        for row in parse_rows(text, sniff_delimiter(text))[:HEADER_SEARCH_ROWS]:
            header = Header(row.cells)
            for kind in KINDS:
                if kind.is_header(header):
                    return kind.format
    except Exception:  # telling the kind never fails: an unknown file is None
        return None
    return None


def _head(data: bytes) -> bytes:
    """The file's first lines, cut after a line feed so no character is cut in two."""
    if len(data) <= _DETECT_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _DETECT_BYTES)
    return data[: cut + 1] if cut > 0 else data[:_DETECT_BYTES]


def read_contacts_csv(data: bytes, format: ContactFormat | None = None) -> ParsedContacts:
    """The contacts of a CSV written by ``format``'s program (None: told from the header).

    A file whose kind cannot be told gives no contacts and one error for the whole file
    (record 0, line 1), with ``format`` GOOGLE_CSV, the kind of PartnerBook's own CSV.
    ``format`` must be one of the CSV formats (ValueError otherwise: a caller's mistake).
    """
    if format is not None and format not in _BY_FORMAT:
        raise ValueError(f"{format} is not a CSV format")
    chosen = format or detect_csv(data)
    if chosen is None:
        return ParsedContacts(
            format=ContactFormat.GOOGLE_CSV,
            contacts=(),
            errors=(RecordError(record=0, line=1, message=_unknown_message(data)),),
        )
    return read_kind(data, _BY_FORMAT[chosen])


def _unknown_message(data: bytes) -> str:
    if not data.strip():
        return Reading.tr("The file is empty: there is nothing to import.")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCARD"):
        return Reading.tr("This is a vCard file, not a CSV: import it as vCard (--format vcard).")
    return UNKNOWN

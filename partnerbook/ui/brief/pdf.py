"""The brief on paper: a QTextDocument laid out on A4 for QPdfWriter or a QPrinter.

Fonts are named explicitly (Noto Sans, Noto Sans Hebrew, Noto Sans CJK SC/TC, in the
order ``ui/fonts.py`` picks for the interface language): the PDF then embeds the glyphs
of every script in the journal, and Chinese never falls back to a serif or bitmap face.
The document is painted page by page ourselves: ``QTextDocument.print`` would add its own
2 cm margins and page numbers to a page that should have neither.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from partnerbook.domain.brief import Brief
from partnerbook.services.files import write_atomically
from partnerbook.ui.brief.render import PAPER, BriefStyle, brief_html, brief_markdown
from partnerbook.ui.fonts import HEBREW, LATIN, SIMPLIFIED, TRADITIONAL, fallback_families

MARGINS_MM = QMarginsF(15, 12, 15, 12)  # left, top, right, bottom
PDF_DPI = 300
FORMATS = (".pdf", ".html", ".md")


def gui_for_command_line() -> QGuiApplication:
    """A Qt application for a process without windows (``partnerbook brief -o x.pdf``):
    offscreen when there is no display, the user's language and fonts as the app has."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["partnerbook"])
    from partnerbook.i18n import choose_locale, install_translations

    install_translations(app, choose_locale(None))
    return app


def document_font(style: BriefStyle = PAPER, han: str | None = None) -> QFont:
    """Noto for every script first (DejaVu would take Hebrew before Noto Sans Hebrew);
    Chinese in the forms the brief is written in (``han``: "traditional"/"simplified"),
    else the interface's. No ligatures: a PDF's "ﬁ" would copy as one odd character."""
    available = set(QFontDatabase.families())
    locale_order = fallback_families(QLocale())
    cjk = [f for f in locale_order if "CJK" in f or f in SIMPLIFIED + TRADITIONAL]
    if han == "traditional":
        cjk = [*TRADITIONAL, *SIMPLIFIED]
    elif han == "simplified":
        cjk = [*SIMPLIFIED, *TRADITIONAL]
    order = [LATIN[0], HEBREW[0], *cjk, *locale_order]
    families = list(dict.fromkeys(f for f in order if f in available))
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(style.font_pt)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def han_forms(text: str) -> str | None:
    """ "traditional" or "simplified" by the characters only one of the two writes
    (們/们, 這/这…); None without Chinese. Taiwanese names then get Taiwanese glyphs."""
    traditional = sum(text.count(c) for c in _TRADITIONAL_ONLY)
    simplified = sum(text.count(c) for c in _SIMPLIFIED_ONLY)
    if traditional == simplified == 0:
        return None
    return "traditional" if traditional > simplified else "simplified"


_TRADITIONAL_ONLY = (
    "們個這說會對時開關學國經業發務數據與過還為來門問題見後讓給應該買賣點車東長專書"
    "無當現進體動樣變將從寫聽錢種電話號碼訊紀錄總協議價戶網絡雙區線營銷費導簡報條灣葉"
)
_SIMPLIFIED_ONLY = (
    "们个这说会对时开关学国经业发务数据与过还为来门问题见后让给应该买卖点车东长专书"
    "无当现进体动样变将从写听钱种电话号码讯纪录总协议价户网络双区线营销费导简报条湾叶"
)


def brief_document(
    brief: Brief, style: BriefStyle = PAPER, *, presenting: bool = False
) -> QTextDocument:
    markup = brief_html(brief, style, presenting=presenting)
    document = QTextDocument()
    document.setDefaultFont(document_font(style, han_forms(markup)))
    document.setHtml(markup)
    return document


def paint(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay the document out on the device's pages and paint them; returns the page count."""
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(0)  # the page layout holds the margins
    document.rootFrame().setFrameFormat(frame)
    width, height = float(device.width()), float(device.height())
    document.setPageSize(QSizeF(width, height))
    painter = QPainter(device)
    try:
        for page in range(document.pageCount()):
            if page:
                device.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, width, height))  # no line bleeds onto two pages
            painter.translate(0, -page * height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * height, width, height)
            layout.draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return document.pageCount()


def _a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def pdf_bytes(brief: Brief, *, presenting: bool = False) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(brief.name)
    writer.setCreator("PartnerBook")
    _a4(writer)
    paint(brief_document(brief, for_device(writer), presenting=presenting), writer)
    del writer  # finishes the file
    data: QByteArray = buffer.data()
    buffer.close()
    return unified_to_unicode(bytes(data.data()))


def for_device(device: QPagedPaintDevice, style: BriefStyle = PAPER) -> BriefStyle:
    return replace(style, px=device.logicalDpiY() / 96)


_CMAP = re.compile(rb"/CIDInit.*?endcmap", re.DOTALL)
_CMAP_VALUES = re.compile(rb"\[[^\]]*\]")
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def unified_to_unicode(pdf: bytes) -> bytes:
    """Qt maps each glyph back to the lowest code point that uses it: Noto CJK draws 人 and
    the Kangxi radical ⼈ (U+2F08) with one glyph, so the PDF's text said ⼈ — copied,
    searched or read by pdftotext, it was not 人. The radicals (and compatibility
    ideographs) in the ToUnicode maps become the characters they stand for; each value
    keeps its four hex digits, so no offset in the file moves."""

    def unified(match: re.Match[bytes]) -> bytes:
        code = int(match.group(1), 16)
        if 0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF:
            char = unicodedata.normalize("NFKC", chr(code))
            if len(char) == 1 and ord(char) <= 0xFFFF:
                return b"<%04X>" % ord(char)
        return match.group(0)

    def values(match: re.Match[bytes]) -> bytes:
        return _HEX.sub(unified, match.group(0))

    return _CMAP.sub(lambda cmap: _CMAP_VALUES.sub(values, cmap.group(0)), pdf)


def brief_bytes(brief: Brief, suffix: str, *, presenting: bool = False) -> bytes:
    """The brief in the format the file name asks for: .pdf, .html or .md; ``presenting``:
    the presentation copy."""
    suffix = suffix.lower()
    if suffix == ".pdf":
        return pdf_bytes(brief, presenting=presenting)
    if suffix == ".html":
        return brief_html(brief, standalone=True, presenting=presenting).encode("utf-8")
    if suffix == ".md":
        return brief_markdown(brief, presenting=presenting).encode("utf-8")
    raise ValueError(f"not a brief format: {suffix}")


def save_brief(brief: Brief, target: Path, *, presenting: bool = False) -> Path:
    """Written atomically; a StorageError says why it could not be (never half a file)."""
    return write_atomically(target, brief_bytes(brief, target.suffix, presenting=presenting))


def print_brief(brief: Brief, parent: QWidget | None = None, *, presenting: bool = False) -> bool:
    """The system's print dialog, then the brief on A4; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(brief.name)
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Brief", "Print the Brief"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint(brief_document(brief, for_device(printer), presenting=presenting), printer)
    return True

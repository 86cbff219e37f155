"""The brief as HTML (for QTextDocument, the printer, and a file) and as Markdown.

QTextDocument knows a subset of HTML and CSS: no ``dir="auto"``, no ``<bdi>``, no
borders on paragraphs. So every paragraph gets an explicit ``dir`` (the interface's for
our lines, the text's own for the user's notes) and user text inside our sentences is
wrapped in FSI…PDI; the same markup reads well in a browser. All user text is escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from partnerbook.domain.brief import Brief, PersonBrief
from partnerbook.ui.brief.content import (
    Block,
    Page,
    Run,
    Section,
    partner_page,
    person_page,
    presentation_copy,
    text_direction,
)

FSI, PDI = "\u2068", "\u2069"


@dataclass(frozen=True, slots=True)
class BriefStyle:
    """Colours of the page: paper is always light; the dialog follows the theme."""

    text: str = "#1f2933"
    muted: str = "#5f6b78"
    accent: str = "#2f5fb3"
    rule: str = "#c9d1db"
    note: str = "#33404d"
    font_pt: float = 9.0
    line_height: int = 92  # of the fonts' own: Noto's is generous for a dense page
    # QTextDocument reads CSS pixels as the device's: a 300 dpi page needs them scaled.
    px: float = 1.0

    def scaled(self, pixels: float) -> int:
        return round(pixels * self.px)


PAPER = BriefStyle()


def page_of(brief: Brief, presenting: bool = False) -> Page:
    """``presenting``: the presentation copy (no motivations, personal details, give & take)."""
    page = person_page(brief) if isinstance(brief, PersonBrief) else partner_page(brief)
    return presentation_copy(page) if presenting else page


def interface_direction() -> str:
    app = QGuiApplication.instance()
    rtl = (
        app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        if app is not None
        else QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    )
    return "rtl" if rtl else "ltr"


# --- HTML -------------------------------------------------------------------------------------


def stylesheet(style: BriefStyle = PAPER) -> str:
    """CSS that QTextDocument understands (and browsers too)."""
    px = style.scaled
    return f"""
body {{ color: {style.text}; font-size: {style.font_pt}pt; }}
h1 {{ font-size: {style.font_pt * 1.9:.1f}pt; font-weight: 600; margin-top: 0px;
      margin-bottom: {px(2)}px; }}
h2 {{ font-size: {style.font_pt * 1.12:.1f}pt; font-weight: 600; color: {style.accent};
      margin-top: {px(7)}px; margin-bottom: {px(1)}px; }}
p {{ margin-top: 0px; margin-bottom: {px(1)}px; line-height: {style.line_height}%; }}
p.subtitle {{ font-size: {style.font_pt * 1.15:.1f}pt; margin-bottom: {px(3)}px; }}
p.sub {{ margin-top: {px(3)}px; color: {style.muted}; }}
p.note {{ color: {style.note}; margin-bottom: 0px; }}
p.kicker {{ color: {style.muted}; font-size: {style.font_pt * 0.85:.1f}pt; }}
.muted {{ color: {style.muted}; }}
"""


def brief_html(
    brief: Brief, style: BriefStyle = PAPER, standalone: bool = False, *, presenting: bool = False
) -> str:
    """The brief's HTML. ``standalone`` makes a whole file (head, title, CSS) for a browser."""
    return page_html(page_of(brief, presenting), style, standalone)


def page_html(page: Page, style: BriefStyle = PAPER, standalone: bool = False) -> str:
    ui = interface_direction()
    # The name in the interface's direction like the rest of the header, isolated.
    parts = [
        _p("kicker", ui, _escape(page.footer)),
        f'<h1 dir="{ui}">{FSI}{_escape(page.title)}{PDI}</h1>',
    ]
    if page.subtitle:
        parts.append(_p("subtitle", ui, _runs_html(page.subtitle, style)))
    for fact in page.facts:
        parts.append(_p("fact", ui, _runs_html(fact, style)))
    for section in page.sections:
        if not section.column:
            parts.append(_section_html(section, ui, style))
    columns = [
        "\n".join(_section_html(s, ui, style) for s in page.sections if s.column == side)
        for side in ("start", "end")
    ]
    if any(columns):
        # Short lists side by side: a typical brief then fits on one page.
        cell = '<td width="48%" valign="top">'
        parts.append(
            f'<table dir="{ui}" width="100%" cellspacing="0" cellpadding="0"'
            f' style="margin-top: {style.scaled(4)}px;"><tr>'
            f'{cell}{columns[0]}</td><td width="4%"></td>{cell}{columns[1]}</td></tr></table>'
        )
    body = "\n".join(parts)
    css = stylesheet(style)
    if not standalone:
        return f'<html><head><style>{css}</style></head><body dir="{ui}">\n{body}\n</body></html>'
    language = QLocale().bcp47Name() or "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{language}" dir="{ui}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(page.title)}</title>\n<style>{css}"
        "body { font-family: 'Noto Sans', 'Noto Sans Hebrew', 'Noto Sans CJK SC', sans-serif;"
        " max-width: 46em; margin: 2em auto; line-height: 1.35; }\n"
        "p.note, p.indent { margin-inline-start: 1.6em; }\n"
        "@page { size: A4; margin: 16mm; }\n</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _section_html(section: Section, ui: str, style: BriefStyle) -> str:
    heading = f'<h2 dir="{ui}" id="{section.key}">{_escape(section.title)}</h2>'
    return "\n".join([heading, *(_block_html(block, ui, style) for block in section.blocks)])


def _p(kind: str, direction: str, inner: str, indent: int = 0) -> str:
    margin = ""
    if indent:
        side = "right" if direction == "rtl" else "left"
        margin = f' style="margin-{side}: {indent}px;"'
    return f'<p class="{kind}" dir="{direction}"{margin}>{inner}</p>'


def _block_html(block: Block, ui: str, style: BriefStyle) -> str:
    if block.kind == "note":
        text = block.runs[0].text if block.runs else ""
        direction = text_direction(text) or ui
        # The note starts on its own side: indented from the left in LTR, the right in RTL.
        return _p("note", direction, _escape(text), indent=style.scaled(14))
    if block.kind == "sub":
        return _p("sub", ui, _runs_html(block.runs, style))
    return _p(
        block.kind, ui, _runs_html(block.runs, style), indent=18 if block.kind == "indent" else 0
    )


def _runs_html(runs: tuple[Run, ...], style: BriefStyle) -> str:
    out = []
    for run in runs:
        text = _escape(run.text)
        if run.is_user:
            text = f"{FSI}{text}{PDI}"
        if run.style in ("b", "user-b"):
            text = f"<b>{text}</b>"
        elif run.style == "muted":
            text = f'<span style="color: {style.muted};">{text}</span>'
        out.append(text)
    return "".join(out)


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


# --- Markdown ---------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def brief_markdown(brief: Brief, *, presenting: bool = False) -> str:
    return page_markdown(page_of(brief, presenting))


def page_markdown(page: Page) -> str:
    lines = [f"_{_md(page.footer)}_", "", f"# {_md(page.title)}", ""]
    if page.subtitle:
        lines += [_md_runs(page.subtitle), ""]
    for fact in page.facts:
        lines.append(f"- {_md_runs(fact)}")
    for section in page.sections:
        lines += ["", f"## {_md(section.title)}", ""]
        for block in section.blocks:
            text = _md_runs(block.runs)
            if block.kind == "sub":
                lines += ([""] if lines[-1] else []) + [f"**{_md(block.runs[0].text)}**", ""]
            elif block.kind in ("note", "indent"):
                lines.append(f"  - {text}")
            else:
                lines.append(f"- {text}")
    lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_runs(runs: tuple[Run, ...]) -> str:
    out = []
    for run in runs:
        text = _md(run.text) if run.is_user else run.text.replace("*", "\\*")
        if run.style in ("b", "user-b") and text.strip():
            lead, core, trail = _split_space(text)
            text = f"{lead}**{core}**{trail}"
        out.append(text)
    return "".join(out).strip()


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core[0])
    return text[:start], core, text[start + len(core) :]

"""The brief as HTML, Markdown and PDF, and its window: opened by Ctrl+B and the page button."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook.domain.enums import CommitmentOwner, EntryKind, InteractionKind
from partnerbook.services import people as people_service
from partnerbook.services.brief import partner_brief, person_brief
from partnerbook.services.partners import VALUE_ITEMS, create_partner
from partnerbook.store.engine import Journal
from partnerbook.store.models import Entry, Person
from partnerbook.ui.brief.pdf import han_forms, pdf_bytes, save_brief
from partnerbook.ui.brief.render import FSI, PDI, brief_html, brief_markdown
from partnerbook.ui.dialogs.brief_dialog import BriefDialog
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.theme import DARK

HEBREW = "נועה ברק"
HEBREW_NOTE = "היא צריכה תוצאה עד הרבעון הבא"
VIETNAMESE = "Nguyễn Thị Lan"
VIETNAMESE_NOTE = "Chị ấy cần số liệu quý một"
SIMPLIFIED = "上海银行合作部"
TRADITIONAL = "綠蔭電子支付"
CHINESE_NOTE = "她需要第二季度的数据"


def _note(journal: Journal, person: int, title: str, body: str, days_ago: int) -> None:
    with journal.write() as session:
        session.add(
            Entry(
                kind=EntryKind.INTERACTION,
                interaction_kind=InteractionKind.COFFEE,
                at=datetime.now(UTC) - timedelta(days=days_ago),
                title=title,
                body=body,
                people=[session.get_one(Person, person)],
            )
        )


def _task(journal: Journal, person: int, kind: EntryKind, title: str, **fields: object) -> None:
    with journal.write() as session:
        session.add(
            Entry(
                kind=kind,
                at=datetime.now(UTC),
                title=title,
                status="open",
                people=[session.get_one(Person, person)],
                **fields,
            )
        )


def _journal_in_every_script(journal: Journal) -> tuple[int, int]:
    bank = create_partner(journal, SIMPLIFIED, standing="smaller")
    VALUE_ITEMS.add(
        journal,
        bank,
        {"direction": "for_them", "horizon": "short", "text": "Leads", "quantity": Decimal(30)},
    )
    person = people_service.create_person(journal, VIETNAMESE, role="Giám đốc <Đối tác>")
    people_service.change_partner(journal, person, bank)
    people_service.MOTIVATIONS.add(
        journal, person, {"kind": "kpi", "their_words": HEBREW_NOTE, "certainty": "heard"}
    )
    introducer = people_service.create_person(journal, HEBREW)
    people_service.update_person(journal, person, {"introduced_by_id": introducer})
    people_service.DETAILS.add(journal, person, {"category": "ask_next", "text": TRADITIONAL})
    _note(journal, person, "Cà phê ở Quận 1", f"{VIETNAMESE_NOTE}\n{CHINESE_NOTE}", 3)
    _note(journal, person, HEBREW, HEBREW_NOTE, 10)
    _task(journal, person, EntryKind.COMMITMENT, "Gửi số liệu", owner=CommitmentOwner.ME)
    _task(journal, person, EntryKind.FOLLOW_UP, "Hỏi ngân sách")
    return person, bank


def test_html_has_its_sections_in_order_motivations_first(
    qapp: QApplication, journal: Journal
) -> None:
    person, bank = _journal_in_every_script(journal)
    markup = brief_html(person_brief(journal, person))
    order = [
        markup.index(f'id="{key}"')
        for key in (
            "motivations",
            "value",
            "interactions",
            "promises",
            "follow_ups",
            "personal",
            "balance",
            "introductions",
        )
    ]
    assert order == sorted(order)
    # User text is escaped and isolated in our sentences; a Hebrew note runs right to left.
    assert "Giám đốc &lt;Đối tác&gt;" in markup and "<Đối tác>" not in markup
    assert f"{FSI}{HEBREW}{PDI}" in markup
    assert 'dir="rtl" style="margin-right:' in markup and HEBREW_NOTE in markup
    assert 'dir="ltr"' in markup  # our own lines, in the English interface's direction
    partner = brief_html(partner_brief(journal, bank), standalone=True)
    assert partner.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in partner
    assert partner.index('id="people"') < partner.index('id="interactions"')


def test_markdown_says_the_same_in_the_same_order(qapp: QApplication, journal: Journal) -> None:
    person, _bank = _journal_in_every_script(journal)
    text = brief_markdown(person_brief(journal, person))
    assert text.splitlines()[2] == f"# {VIETNAMESE}"
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0] == "## What's in it for them"
    assert headings.index("## Last interactions") < headings.index("## Open promises")
    assert f"**KPI / target** — “{HEBREW_NOTE}” (heard it" in text
    assert "**30** — Leads" in text
    assert f"  - {VIETNAMESE_NOTE}" in text
    assert "Giám đốc \\<Đối tác\\>" in text  # Markdown's own characters escaped
    assert f"Introduced by **{HEBREW}**" in text
    assert FSI not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_pdf_holds_every_script_on_one_page(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    person, _bank = _journal_in_every_script(journal)
    target = save_brief(person_brief(journal, person), tmp_path / "brief.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Exactly as typed: no Kangxi radicals for Chinese, no ligatures, diacritics kept.
    words = " ".join(text.split())
    for expected in (VIETNAMESE, VIETNAMESE_NOTE, CHINESE_NOTE, SIMPLIFIED, TRADITIONAL):
        assert expected in words, expected
    assert unicodedata.normalize("NFKC", words) == words
    assert HEBREW in words or HEBREW[::-1] in words
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE), info.stdout
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    assert "NotoSansHebrew" in fonts.stdout and "NotoSansCJK" in fonts.stdout


def test_pdf_of_a_partner_and_chinese_forms(qapp: QApplication, journal: Journal) -> None:
    _person, bank = _journal_in_every_script(journal)
    assert pdf_bytes(partner_brief(journal, bank)).startswith(b"%PDF")
    assert han_forms("和葉承恩視訊會議") == "traditional"
    assert han_forms("和叶承恩视讯会议") == "simplified"
    assert han_forms("Nguyễn") is None


def test_a_write_refused_is_said_and_nothing_is_left(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    person, _bank = _journal_in_every_script(journal)
    dialog = BriefDialog(person_brief(journal, person), DARK)
    qtbot.addWidget(dialog)
    folder = tmp_path / "briefs"
    folder.mkdir()
    missing = folder / "no such folder" / "brief.pdf"
    assert dialog.save_to(missing) is None
    assert dialog.message.isVisibleTo(dialog)
    assert "was not saved" in dialog.message.text() and str(missing) in dialog.message.text()
    assert not missing.parent.exists()
    for suffix in (".pdf", ".html", ".md"):
        written = dialog.save_to(folder / f"brief{suffix}")
        assert written is not None and written.stat().st_size > 500
    assert "Saved to" in dialog.message.text()
    assert sorted(p.name for p in folder.iterdir()) == [
        "brief.html",
        "brief.md",
        "brief.pdf",
    ]


def test_ctrl_b_opens_the_brief_of_the_selected_person(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    person, bank = _journal_in_every_script(journal)
    window = make_window("people")
    window.people.select_id(person)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = _open_brief_dialog(qtbot, VIETNAMESE)
    assert VIETNAMESE_NOTE in dialog.browser.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.show_view("partners")
    window.partners.select_id(bank)
    window.brief_action.trigger()
    _open_brief_dialog(qtbot, SIMPLIFIED)
    assert "brief" in window._palette_actions()


def test_the_page_button_opens_the_brief(
    qtbot: QtBot, journal: Journal, make_window: Callable[..., MainWindow]
) -> None:
    person, bank = _journal_in_every_script(journal)
    window = make_window("people")
    window.people.select_id(person)
    with qtbot.waitSignal(window.events.open_brief) as emitted:
        qtbot.mouseClick(window.people.person_page.brief_button, Qt.MouseButton.LeftButton)
    assert emitted.args == ["person", person]
    _open_brief_dialog(qtbot, VIETNAMESE)
    window.show_view("partners")
    window.partners.select_id(bank)
    with qtbot.waitSignal(window.events.open_brief) as emitted:
        qtbot.mouseClick(window.partners.partner_page.brief_button, Qt.MouseButton.LeftButton)
    assert emitted.args == ["partner", bank]


def _open_brief_dialog(qtbot: QtBot, name: str) -> BriefDialog:
    def shown() -> BriefDialog | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, BriefDialog) and w.isVisible() and w.brief.name == name
        ]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    return dialog

"""Each language's own punctuation and case in the joins the interface makes: the brief,
the lists, the undo texts. A stand-in translator plays Chinese punctuation, so the test
needs no catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from partnerbook.services import people as people_service
from partnerbook.services.brief import partner_brief, person_brief
from partnerbook.services.partners import create_partner, update_partner
from partnerbook.store.engine import Journal
from partnerbook.ui.brief.render import brief_markdown
from partnerbook.ui.main_window import MainWindow
from partnerbook.ui.widgets.punctuation import join_items, percent, place

CHINESE = {
    ("Punctuation", ", "): "、",
    ("Punctuation", "%1, %2"): "%2%1",
    ("Punctuation", "%1: "): "%1：",
    ("Punctuation", " (%1)"): "（%1）",
    ("Punctuation", " — "): "——",
    ("Brief", "guessed"): "猜测",
    ("Labels", "Guessed"): "Guessed-LABEL",
}


class ChinesePunctuation(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return CHINESE.get((context, source))  # None: not translated, the source stands

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = ChinesePunctuation()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_joins_come_from_the_translator(chinese: None) -> None:
    assert join_items(["银行", "", "电子钱包", None]) == "银行、电子钱包"
    assert place("台中", "台湾") == "台湾台中"
    assert place(None, "台湾") == "台湾"
    assert percent(95.4) == "95%"  # no space before the sign


def test_a_brief_in_chinese_has_no_english_separators(chinese: None, journal: Journal) -> None:
    bank = create_partner(journal, "上海银行合作部")
    update_partner(
        journal, bank, {"kinds": ["银行", "电子钱包"], "city": "上海", "country": "中国"}
    )
    person = people_service.create_person(
        journal, "王芳", role="合作经理", city="北京", country="中国"
    )
    people_service.update_person(journal, person, {"languages": ["zh-CN", "en"]})
    people_service.change_partner(journal, person, bank)
    people_service.MOTIVATIONS.add(
        journal, person, {"kind": "kpi", "their_words": "季度指标", "certainty": "guessed"}
    )
    text = brief_markdown(person_brief(journal, person))
    assert "zh-CN、en" in text and "中国北京" in text
    # The certainty in brackets is a word of its own, never a label lowered.
    assert "（猜测" in text and "guessed-label" not in text.casefold()
    partner = brief_markdown(partner_brief(journal, bank))
    assert "电子钱包、银行" in partner and "中国上海" in partner
    assert "**KPI / target**——“季度指标”（猜测" in text
    assert "**王芳**——合作经理" in partner
    for english in ("zh-CN, en", "北京, 中国", "银行, ", ", 银行", " ("):
        assert english not in text and english not in partner, english


def test_undo_texts_name_the_field_as_its_form_does(
    journal: Journal, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    pid = people_service.create_person(journal, "Giulia Rossi")
    window = make_window()
    window.show_view("people")
    window.people.select_id(pid)
    page = window.people.person_page
    page.role_edit.setFocus()
    qtbot.keyClicks(page.role_edit, "Direttrice marketing")
    qtbot.waitUntil(lambda: people_service.get_person(journal, pid).role == "Direttrice marketing")
    assert window.undo_stack.undoText() == "Edit: Role"


def test_a_stage_change_is_shown_in_words_not_its_stored_values(qapp: QApplication) -> None:
    from partnerbook.domain.enums import PartnerStage
    from partnerbook.ui.labels import label
    from partnerbook.ui.widgets.timeline_delegate import shown_title

    words = f"{label(PartnerStage.ACTIVE)} → {label(PartnerStage.ENDED)}"
    assert shown_title("active → ended") == words and words != "active → ended"
    rtl = f"{label(PartnerStage.ACTIVE)} ← {label(PartnerStage.ENDED)}"  # as kind_detail says
    assert shown_title("active → ended", rtl=True) == rtl
    assert shown_title("coffee → lunch") == "coffee → lunch"  # the user's own words

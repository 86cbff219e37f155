"""The index and the queries fold the same way; Chinese is indexed in overlapping pairs."""

from __future__ import annotations

import pytest

from partnerbook.domain.search_text import index_text, query_groups, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Thị Lan", ["nguyen", "thi", "lan"]),
        ("Đặng Văn Đức, CEO!", ["dang", "van", "duc", "ceo"]),
        ("שִׁירָה כֹּהֵן", ["שירה", "כהנ"]),  # niqqud gone, the final nun an ordinary one
        ("Caffè con Giulia — c'è un evento", ["caffe", "con", "giulia", "c'e", "un", "evento"]),
        ("合作伙伴", ["合作", "作伙", "伙伴", "伴"]),
        ("夥伴關係很重要", ["夥伴", "伴關", "關係", "係很", "很重", "重要", "要"]),
        ("王", ["王"]),
        ("和王芳喝咖啡 about KPI", ["和王", "王芳", "芳喝", "喝咖", "咖啡", "啡", "about", "kpi"]),
        ("🎯 pilot", ["pilot"]),  # a pictograph is not a word to search for
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def test_a_two_character_word_is_found_inside_longer_text() -> None:
    indexed = set(index_text("我们希望与贵行建立长期合作关系").split())
    [group] = query_groups("合作")
    assert set(group) <= indexed
    [longer] = query_groups("合作关系")
    assert longer == ["合作", "作关", "关系"] and set(longer) <= indexed


def test_queries_typed_the_lazy_way_meet_the_index() -> None:
    indexed = set(index_text("Gặp chị Nguyễn Thị Lan ở Hà Nội").split())
    for query in ("nguyen", "NGUYEN thi", "ha noi", "ha"):
        assert all(set(group) <= indexed for group in query_groups(query)), query


def test_hebrew_prose_is_indexed_without_its_prefix_letters_too() -> None:
    from partnerbook.domain.search_text import hebrew_stems, tokens

    assert tokens("נפגשנו בתל אביב", prose=True) == ["נפגשנו", "בתל", "תל", "אביב"]
    assert hebrew_stems("והשותף") == ["השותף", "שותף"]
    assert hebrew_stems("ושבתל") == ["שבתל", "בתל", "תל"]
    assert hebrew_stems("בית") == ["ית"]
    assert hebrew_stems("בן") == []  # too short: a stem keeps two letters
    assert hebrew_stems("דוד") == []  # ד is no prefix
    # with niqqud, folded first
    assert "תל" in tokens("בְּתֵל אָבִיב", prose=True)


def test_names_keep_their_first_letter() -> None:
    from partnerbook.domain.search_text import tokens

    assert tokens("ברק כהן") == ["ברק", "כהנ"]
    assert tokens("Lan in Hanoi", prose=True) == ["lan", "in", "hanoi"]


def test_hebrew_final_letters_are_looked_for_as_ordinary_ones() -> None:
    """תשלום typed whole still begins תשלומים: its last letter is final, theirs is not."""
    from partnerbook.domain.search_text import query_groups, tokens

    assert query_groups("תשלום") == [["תשלומ"]]
    assert tokens("בתשלומים", prose=True) == ["בתשלומימ", "תשלומימ"]
    assert tokens("כהן") == ["כהנ"]


def test_a_snippet_marks_a_hebrew_word_after_its_prefix_letters() -> None:
    from partnerbook.domain.snippets import make_snippet

    text = "פגישה על שיתוף פעולה בתשלומים"
    snippet = make_snippet(text, "תשלום")
    assert snippet is not None
    ((start, end),) = snippet.marks
    assert text[start:end] == "תשלומ"  # its mem is an ordinary one: בתשלומים
    snippet = make_snippet("בית קפה", "ית")  # not a prefix ב: "ית" is no word here
    assert snippet is not None and snippet.marks == ((1, 3),)

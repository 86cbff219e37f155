"""Snippets show the user's own text, with what the query matched marked."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerbook.domain import snippets
from partnerbook.domain.snippets import SCAN_LIMIT, flatten, make_snippet, plain_snippet


def _marked(text: str, query: str) -> list[str]:
    snippet = make_snippet(text, query)
    assert snippet is not None
    return [snippet.text[a:b] for a, b in snippet.marks]


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Gặp chị Nguyễn Thị Lan ở Hà Nội", "nguyen ha noi", ["Nguyễn", "Hà", "Nội"]),
        ("Đặng Văn Đức", "dang duc", ["Đặng", "Đức"]),
        ("שִׁירָה כֹּהֵן מאַרְבֵּל", "שירה", ["שִׁירָה"]),
        ("我们希望与贵行建立长期合作关系", "合作", ["合作"]),
        ("我们希望与贵行建立长期合作关系", "合作关系", ["合作关系"]),
        ("Caffè con Giulia in città", "caffe citta", ["Caffè", "città"]),
        ("Partnership with Lan", "partn", ["Partn"]),
        # a word before the last must be whole: "ha" is not the start of "hàng" here
        ("ngân hàng Hà Nội", "ha noi", ["Hà", "Nội"]),
        ("STRASSE and straße", "strasse", ["STRASSE", "straße"]),
    ],
)
def test_matches_mark_the_original_letters(text: str, query: str, marked: list[str]) -> None:
    assert _marked(text, query) == marked


def test_nothing_matched_is_none() -> None:
    assert make_snippet("Lunch with Sarah", "xyzzy") is None


def test_a_long_text_is_cut_around_the_match_at_word_edges() -> None:
    text = "lorem " * 200 + "the referral pilot went well " + "ipsum " * 200
    snippet = make_snippet(text, "referral")
    assert snippet is not None
    assert snippet.text.startswith("…lorem") and snippet.text.endswith("…")
    assert len(snippet.text) < 200
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["referral"]


def test_markdown_marks_go_and_marks_follow() -> None:
    flat = flatten("# Title\n\n- **Next**: two _case_ studies\n  > for mai_nguyen@bank.example")
    assert flat == "Title · **Next**: two _case_ studies · for mai_nguyen@bank.example"
    shown = plain_snippet(flat).text
    assert shown == "Title · Next: two case studies · for mai_nguyen@bank.example"
    assert _marked("- **Nguyễn** said *yes*", "nguyen yes") == ["Nguyễn", "yes"]


def test_a_huge_note_is_scanned_only_so_far() -> None:
    text = "x " * SCAN_LIMIT + "needle"
    assert make_snippet(text, "needle") is None
    assert plain_snippet(text, width=20).text.startswith("x x")


def test_plain_snippet_marks_what_is_in_its_beginning() -> None:
    snippet = plain_snippet("Head of Partnerships · London", query="partnerships")
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["Partnerships"]


# A passage's shortcut (no whitespace to collapse, only marks to drop) must give what the
# character-by-character cleaning does, for any text, cut and matched spans.
_PIECES = st.sampled_from(
    [
        "a",
        "Nguyễn",
        "合作",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "**",
        "*",
        "_",
        "__x",
        "`",
        "~~",
        "·",
        "é",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(_PIECES, max_size=30),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 60)),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=4),
)
def test_the_quick_cut_is_the_careful_one(
    pieces: list[str], cut: tuple[int, int], spans: list[tuple[int, int]]
) -> None:
    text = "".join(pieces)
    start, end = sorted((min(cut[0], len(text)), min(cut[1], len(text))))
    ordered = sorted(
        (a, min(a + n, len(text))) for a, n in spans if a < len(text) and a + 1 <= len(text)
    )
    assert snippets._cut(text, start, end, ordered) == snippets._cut_cleaning(
        text, start, end, ordered
    )

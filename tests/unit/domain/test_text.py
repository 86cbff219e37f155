from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from partnerbook.domain.text import first_line, fold, name_matches_prefix


def test_fold_removes_vietnamese_diacritics_and_d_stroke() -> None:
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"
    assert fold("ĐẶNG Văn Đức") == "dang van duc"


def test_fold_handles_italian_accents_and_german_sharp_s() -> None:
    assert fold("Niccolò Verità") == "niccolo verita"
    assert fold("Straße") == "strasse"


def test_fold_strips_hebrew_niqqud() -> None:
    assert fold("שִׁירָה") == "שירה"


def test_fold_keeps_chinese_and_normalises_width() -> None:
    assert fold("王伟") == "王伟"
    assert fold("ＡＢＣ　合作") == "abc 合作"  # full-width letters and space (NFKC)


def test_fold_collapses_whitespace() -> None:
    assert fold("  Sarah \t  Cohen \n") == "sarah cohen"


def test_prefix_matching_on_name_or_word() -> None:
    assert name_matches_prefix("Nguyễn Thị Lan", "ngu")
    assert name_matches_prefix("Nguyễn Thị Lan", "LAN")
    assert not name_matches_prefix("Nguyễn Thị Lan", "an")
    assert not name_matches_prefix("Nguyễn Thị Lan", "  ")


def test_first_line_skips_blank_lines_and_shortens() -> None:
    assert first_line("\n\n  Coffee with Lan  \nmore") == "Coffee with Lan"
    long = "x" * 300
    assert first_line(long, limit=50) == "x" * 49 + "…"
    assert first_line("   \n  ") == ""


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet=st.characters(codec="utf-8", categories=["Ll", "Lu", "Zs"])))
def test_fold_ignores_case_of_cased_letters(text: str) -> None:
    assert fold(text.swapcase()) == fold(text)

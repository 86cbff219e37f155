"""Text: English words for the user that keep what a translation needs."""

from __future__ import annotations

import pickle

import pytest

from partnerbook.errors import StorageError, UsageError, UserError, damaged_message
from partnerbook.messages import Problem, Reading, Text, capitalized, fill, listed, placeholders


def test_a_text_is_its_english_filled_in() -> None:
    text = Problem.tr(
        "The disk holding {where} is full; {count} saved.", where="/j.sqlite", count=3
    )
    assert text == "The disk holding /j.sqlite is full; 3 saved."
    assert isinstance(text, str)
    assert str(text) == text and type(str(text)) is str
    assert (text.context, text.template) == (
        "Problem",
        "The disk holding {where} is full; {count} saved.",
    )
    assert dict(text.args) == {"where": "/j.sqlite", "count": 3}
    assert f"{text}" == "The disk holding /j.sqlite is full; 3 saved."


def test_a_text_without_args_is_its_template_even_with_braces() -> None:
    assert Problem.tr("Use {curly} braces") == "Use {curly} braces"
    assert fill("{known} and {unknown}", {"known": "k"}) == "k and {unknown}"
    assert placeholders("{a} {b} {a} {not a name}") == {"a", "b"}


def test_texts_inside_texts_are_english_too() -> None:
    why = Reading.tr("the same email ({email})", email="a@b.c")
    reason = Reading.tr(
        "{person}: {why}; {adds}", person="Lan", why=why, adds=Reading.tr("nothing new")
    )
    assert reason == "Lan: the same email (a@b.c); nothing new"
    assert reason.arg("why") is why


def test_a_text_is_frozen_and_survives_pickling() -> None:
    text = Problem.tr("The journal {where} is read-only.", where="x")
    with pytest.raises(AttributeError):
        text.template = "other"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(text))
    assert again == text and again.template == text.template and again.args == text.args


def test_rendering_looks_up_every_template_and_keeps_the_placeholders() -> None:
    catalog = {
        "The disk holding {where} is full.": "Ổ đĩa chứa {where} đã đầy.",
        "{earlier}; {later}": "{earlier}；{later}",
        "lost": "mất {where}",  # a translation that lost its placeholder is not used
    }
    text = Problem.tr("The disk holding {where} is full.", where="/j")
    assert text.render(lambda t: catalog.get(t.template, t.template)) == "Ổ đĩa chứa /j đã đầy."
    joined = listed([Reading.tr("a"), Reading.tr("b"), "c"])
    assert joined == "a; b; c"
    assert joined.render(lambda t: catalog.get(t.template, t.template)) == "a；b；c"
    assert Problem.tr("lost").render(lambda t: catalog[t.template]) == "lost"
    shown = text.render(lambda t: t.template, lambda value: f"<{value}>")
    assert shown == "The disk holding </j> is full."


def test_plain_text_is_shown_as_it_is() -> None:
    plain = Text.plain("disk I/O error {x}")
    assert plain == "disk I/O error {x}" and not plain.translatable
    assert plain.render(lambda t: "never asked") == "disk I/O error {x}"
    assert Text.plain(plain) is plain


def test_capitalized_begins_upper_case_before_and_after_translating() -> None:
    text = capitalized(listed([Reading.tr("is not a date"), Reading.tr("the rest was read")]))
    assert text == "Is not a date; the rest was read"
    assert text.render(
        lambda t: {"is not a date": "không phải ngày"}.get(t.template, t.template)
    ) == ("Không phải ngày; the rest was read")
    assert pickle.loads(pickle.dumps(text)) == text
    assert capitalized("plain") == "Plain"


def test_user_errors_keep_english_and_the_text() -> None:
    error = StorageError(
        Problem.tr("The journal {where} is read-only; nothing was saved.", where="/j"),
        Problem.tr("Check the permissions."),
        kind="read_only",
    )
    assert error.message == "The journal /j is read-only; nothing was saved."
    assert type(error.message) is str and type(error.hint) is str
    assert error.message_text.template == "The journal {where} is read-only; nothing was saved."
    assert error.hint_text.context == "Problem"
    assert str(error) == "The journal /j is read-only; nothing was saved.\nCheck the permissions."


def test_user_errors_still_take_plain_strings() -> None:
    error = UsageError("Plain words.")
    assert error.message == "Plain words." and error.hint == ""
    assert not error.message_text.translatable
    assert isinstance(error, UserError) and error.exit_code == 2


def test_the_damaged_message_reads_as_before() -> None:
    assert damaged_message("/j") == "The journal /j is damaged."
    assert damaged_message("/j", "its structure cannot be read") == (
        "The journal /j is damaged: its structure cannot be read."
    )

"""Words for the user from below the interface: English here, translated when shown.

A service, the store or a file reader says what went wrong as a ``Text``:
``Problem.tr("The disk is full: {path} could not be written.", path=path)``. A ``Text`` is
a ``str`` (the English, placeholders filled), so the command line prints it, logs keep it
and code that passes messages along as text keeps working unchanged; it also keeps its
context, its English template and its named arguments, so the window can look the
template up in the Qt catalogs and fill in the arguments (``ui/messages.py``). An
argument that is itself a ``Text`` is translated the same way, so messages compose.

Qt's lupdate reads ``Name.tr("...")`` as a string of context "Name" (adjacent literals
joined), so every template lands in the catalogs: the template must be a literal, never
an f-string. Placeholders are ``{name}``; a translation keeps them (in any order).
Anything done to a ``Text`` as a string (concatenation, slicing) gives plain English.

Qt-free: every layer may use this module, as it may ``errors.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def placeholders(template: str) -> set[str]:
    """The names a template fills in (a translation must keep the same)."""
    return set(_PLACEHOLDER.findall(template))


def fill(template: str, values: dict[str, str]) -> str:
    """``{name}`` replaced by its value; a name without a value (or a stray brace) is kept."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


class Text(str):
    """English text that knows how to be translated: context, template and named args.

    Frozen. ``str(text)`` is the English, filled in. ``Text.plain(s)`` wraps text that is
    not translatable (a message from the operating system, a name): shown as it is.
    """

    context: str
    template: str
    args: tuple[tuple[str, object], ...]

    def __new__(cls, context: str, template: str, args: Iterable[tuple[str, object]] = ()) -> Text:
        pairs = tuple(args)
        english = fill(template, {name: str(value) for name, value in pairs}) if pairs else template
        self = super().__new__(cls, english)
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "args", pairs)
        return self

    @classmethod
    def plain(cls, text: str) -> Text:
        return text if isinstance(text, Text) else cls("", str(text))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Text is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a Text is frozen")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.template, self.args))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.template!r}, {dict(self.args)!r})"

    def __str__(self) -> str:
        return str.__str__(self)

    @property
    def translatable(self) -> bool:
        return bool(self.context)

    def arg(self, name: str) -> object:
        return dict(self.args)[name]

    def render(self, lookup: Callable[[Text], str], show: Callable[[object], str] = str) -> str:
        """The text with ``lookup`` giving each template (translated) and ``show`` each value.

        A translated template that lost one of the English placeholders is not used: the
        English one is, so no value is ever dropped.
        """
        template = lookup(self) if self.context else self.template
        if template != self.template and placeholders(template) != placeholders(self.template):
            template = self.template
        if not self.args:
            return template
        values = {
            name: value.render(lookup, show) if isinstance(value, Text) else show(value)
            for name, value in self.args
        }
        return fill(template, values)


class Message:
    """Base of the markers: ``class Problem(Message)`` then ``Problem.tr("...", name=value)``."""

    @classmethod
    def tr(cls, template: str, /, **args: object) -> Text:
        return Text(cls.__name__, template, args.items())


class Problem(Message):
    """What went wrong and what to do: errors and their hints, from every layer."""


class Field(Message):
    """A field's name inside a sentence: "{label} cannot be empty." ("The city")."""


class Noun(Message):
    """A kind of thing inside a sentence: "That {what} no longer exists." ("person")."""


class Reading(Message):
    """What reading a file of contacts found: per record problems, the import plan's reasons."""


def listed(parts: Iterable[str], separator: Text | None = None) -> str:
    """Parts said one after the other ("a; b; c"), each language with its own separator.

    ``separator`` is a template of ``{earlier}`` and ``{later}`` (the default is
    ``Reading.tr("{earlier}; {later}")``; a list of commas is ``"{earlier}, {later}"``).
    """
    items = list(parts)
    if not items:
        return ""
    joint = separator or Reading.tr("{earlier}; {later}")
    text = items[0]
    for part in items[1:]:
        text = Text(joint.context, joint.template, (("earlier", text), ("later", part)))
    return text


class _Capitalized(Text):
    """``text`` with its first letter upper case, in English and once translated."""

    def __new__(cls, inner: Text) -> _Capitalized:
        english = str(inner)
        self = str.__new__(cls, english[:1].upper() + english[1:])
        object.__setattr__(self, "context", "")
        object.__setattr__(self, "template", "{text}")
        object.__setattr__(self, "args", (("text", inner),))
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (capitalized, (self.args[0][1],))

    def render(self, lookup: Callable[[Text], str], show: Callable[[object], str] = str) -> str:
        inner = self.args[0][1]
        text = inner.render(lookup, show) if isinstance(inner, Text) else show(inner)
        return text[:1].upper() + text[1:]


def capitalized(text: str) -> str:
    """A sentence made of parts ("the birthday … ; the rest was read") begun upper case."""
    if isinstance(text, Text):
        return _Capitalized(text)
    return text[:1].upper() + text[1:]

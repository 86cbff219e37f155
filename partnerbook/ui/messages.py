"""What the layers below say, in the interface's language.

Services, the store and the file readers say things as ``partnerbook.messages.Text``
(English, with its context, template and arguments). ``translated`` looks each template
up in the installed catalogs (``QCoreApplication.translate``), fills in the arguments
(themselves translated when they are ``Text``) and, in a right-to-left window, keeps each
plain argument (a name, a path) as it reads by isolating it. Plain strings are shown as
they are; a ``UserError`` gives its message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from partnerbook.errors import UserError
from partnerbook.messages import Text
from partnerbook.ui.bidi import isolated


def _lookup(text: Text) -> str:
    return QCoreApplication.translate(text.context, text.template)


def _right_to_left() -> bool:
    return QGuiApplication.instance() is not None and QGuiApplication.isRightToLeft()


def translated(item: UserError | str | None, *, rtl: bool | None = None) -> str:
    """The message of an error, or a text, as the window shows it."""
    if isinstance(item, UserError):
        item = item.message_text
    if not item:
        return ""
    if not isinstance(item, Text):
        return item
    isolate = _right_to_left() if rtl is None else rtl
    return item.render(_lookup, (lambda value: isolated(str(value))) if isolate else str)


def hint_of(error: UserError, *, rtl: bool | None = None) -> str:
    """What to do about it, translated ("" when the error says nothing more)."""
    return translated(error.hint_text, rtl=rtl)


def with_hint(error: UserError, *, rtl: bool | None = None) -> str:
    """Message and hint on two lines, as a label shows them."""
    message = translated(error, rtl=rtl)
    hint = hint_of(error, rtl=rtl)
    return f"{message}\n{hint}" if hint else message

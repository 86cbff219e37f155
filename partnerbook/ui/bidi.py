"""Text of one direction inside a sentence of the other, kept as it reads.

Unicode isolates: a Hebrew name in an English sentence, an English one in a Hebrew
sentence (``isolated``: first strong letter decides, FSI … PDI), and what is always left
to right whatever surrounds it, such as a file path or the service's English reasons
(``left_to_right``: LRI … PDI). Without them "/home/lan/journal.sqlite" shows as
"home/lan/journal.sqlite/" in a Hebrew window.
"""

from __future__ import annotations


def isolated(text: str) -> str:
    return f"\u2068{text}\u2069" if text else ""


def left_to_right(text: str) -> str:
    return f"\u2066{text}\u2069" if text else ""

"""One text normalisation for the search index and for queries, so that both meet.

Words are folded (NFKC, case, diacritics, Hebrew niqqud, đ → d: ``text.fold``). Chinese
and Japanese have no spaces between words, so every run of CJK characters is indexed as
overlapping pairs ("合作伙伴" → "合作 作伙 伙伴"): a two-character word typed in a query
then matches inside any longer text, and a longer query matches as a phrase of its pairs.
A single character stays as it is (a one-character name, a query of one character), and
the last character of a longer run is indexed alone too: a one-character query is a prefix
query, and every character of a run then begins one of its tokens ("王芳" → "王芳 芳", so
"芳" finds it).
"""

from __future__ import annotations

import re

from partnerbook.domain.text import fold

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
_RUNS = re.compile(rf"[{_CJK}]+|[^\s{_CJK}]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def tokens(text: str) -> list[str]:
    """The index's words for ``text``: folded words, and CJK runs as overlapping pairs."""
    found: list[str] = []
    for run in _RUNS.findall(fold(text)):
        if _IS_CJK.match(run):
            found.extend(_pairs(run))
            if len(run) > 1:
                found.append(run[-1])
        else:
            word = _WORD_EDGE.sub("", run)
            if word:
                found.append(word)
    return found


def index_text(text: str) -> str:
    """What goes into the full-text index for ``text``."""
    return " ".join(tokens(text))


def query_groups(text: str) -> list[list[str]]:
    """A query as groups of tokens: each group must match as a phrase (a CJK run's pairs
    in order, or a single word); the last word may be the beginning of a longer one."""
    groups: list[list[str]] = []
    for run in _RUNS.findall(fold(text)):
        if _IS_CJK.match(run):
            groups.append(_pairs(run))
        else:
            word = _WORD_EDGE.sub("", run)
            if word:
                groups.append([word])
    return groups


def is_cjk(text: str) -> bool:
    """True when ``text`` begins with a Chinese or Japanese character."""
    return bool(_IS_CJK.match(text))


def _pairs(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]

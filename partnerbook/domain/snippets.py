"""A short passage around what a query matched, with the matched words marked.

The index holds folded text, so its own snippets would show "nguyen" where the user wrote
"Nguyễn". Here the original text is folded character by character, keeping where each
folded character came from, so matches found in folded text mark the original letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from partnerbook.domain.search import Snippet
from partnerbook.domain.search_text import HEBREW_FINALS, hebrew_stems, is_cjk, query_groups
from partnerbook.domain.text import STROKE_LETTERS

# Enough to find a match in any real note without folding a 5 MB paste on every search.
SCAN_LIMIT = 20_000
# Emphasis marks; an underscore inside a word (mai_nguyen@...) is not one.
_MARKUP = re.compile(r"\*{1,3}|`+|~~|(?<!\w)_{1,3}(?=\w)|(?<=\w)_{1,3}(?!\w)")
# Whitespace that _cut would drop or collapse: at either end, a run, or not a plain space.
_ODD_SPACE = re.compile(r"^\s|\s$|\s\s|[^\S ]")
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|[-*+>]\s+|\d+[.)]\s+|\[[ xX]\]\s+)+")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    text = unicodedata.normalize("NFKC", char).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return kept.translate(STROKE_LETTERS).translate(HEBREW_FINALS)


# Characters seen so far, their folds as a str.translate table, and those whose fold is
# not exactly one character (ß, ligatures, combining marks): a text without any of those
# folds in one C call and keeps its indexes.
_SEEN: set[str] = set()
_TABLE: dict[int, str] = {}
_NOT_ONE: set[str] = set()


def _folded_with_sources(text: str) -> tuple[str, list[int] | range]:
    """The folded text, and for each of its characters the index it came from."""
    if text.isascii():  # one character each, in place
        return text.lower(), range(len(text))
    chars = set(text)
    for char in chars - _SEEN:
        folded = _fold_char(char)
        _TABLE[ord(char)] = folded
        if len(folded) != 1:
            _NOT_ONE.add(char)
        _SEEN.add(char)
    if not chars & _NOT_ONE:
        return text.translate(_TABLE), range(len(text))
    out: list[str] = []
    sources: list[int] = []
    for index, char in enumerate(text):
        folded = _TABLE[ord(char)]
        out.append(folded)
        sources.extend([index] * len(folded))
    return "".join(out), sources


def query_needles(query: str) -> list[tuple[str, bool, bool]]:
    """What to look for in folded text: (needle, must start a word, must end a word).

    The last word may be the beginning of a longer one, as the index matches it."""
    return list(_needles(query))


@lru_cache(maxsize=64)
def _needles(query: str) -> tuple[tuple[str, bool, bool], ...]:
    """``query_needles``, worked out once for the many snippets of one search."""
    needles: list[tuple[str, bool, bool]] = []
    groups = query_groups(query)
    for number, group in enumerate(groups):
        if is_cjk(group[0]):
            needles.append((group[0] + "".join(pair[1:] for pair in group[1:]), False, False))
        else:
            last = number == len(groups) - 1
            needles.extend((word, True, not last) for word in group)
    return tuple(needles)


def find_matches(text: str, needles: Sequence[tuple[str, bool, bool]]) -> list[tuple[int, int]]:
    """(start, end) spans of ``text`` (original indexes) where a needle matched."""
    if not text or not needles:
        return []
    scanned = text[:SCAN_LIMIT]
    folded, sources = _folded_with_sources(scanned)
    spans: list[tuple[int, int]] = []
    for needle, word_start, word_end in needles:
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            starts = not word_start or _starts_word(folded, start)
            ends = not word_end or end == len(folded) or not folded[end].isalnum()
            if starts and ends:
                spans.append((sources[start], sources[end - 1] + 1))
            start = folded.find(needle, start + 1)
    return _merged(sorted(spans))


def _starts_word(folded: str, start: int) -> bool:
    """A word begins at ``start``, or a Hebrew word does after its prefix letters (the
    index finds תל in בתל: the snippet marks it there too)."""
    begin = start
    while begin > 0 and folded[begin - 1].isalnum():
        begin -= 1
    if begin == start:
        return True
    end = start
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return folded[start:end] in hebrew_stems(folded[begin:end])


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, query: str, width: int = 160) -> Snippet | None:
    """The passage of ``text`` around its first match, or None when nothing matched."""
    spans = find_matches(text, _needles(query))
    if not spans:
        return None
    first = spans[0][0]
    lead = width // 4
    start = max(0, first - lead)
    if start > 0:  # begin at a word, not inside one
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else first
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    return _cut(text, start, end, spans)


def plain_snippet(text: str, width: int = 160, query: str = "") -> Snippet:
    """The beginning of ``text``, with what the query matched there marked."""
    end = min(len(text), width)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    spans = find_matches(text[:end], _needles(query)) if query else []
    return _cut(text, 0, end, spans)


def flatten(text: str) -> str:
    """Lines (or a document's fields) on one line, apart by a dot, without the Markdown
    marks that begin lines: a snippet is one line of a list."""
    lines = (_LINE_MARK.sub("", line).strip() for line in text.splitlines())
    return " · ".join(line for line in lines if line)


def _cut(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> Snippet:
    """text[start:end] on one line: whitespace runs collapsed, emphasis marks (``**``,
    ``_``, backticks) dropped, the matched spans moved along."""
    segment = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    if _ODD_SPACE.search(segment) is None:
        # No whitespace to collapse (most passages): only emphasis marks may go, and each
        # character kept moves back by the marks dropped before it.
        drops = [(m.start(), m.end()) for m in _MARKUP.finditer(segment)]
        kept = segment
        if drops:
            ends = [0, *(e for _s, e in drops)]
            starts = [*(s for s, _e in drops), len(segment)]
            kept = "".join(segment[a:b] for a, b in zip(ends, starts, strict=True))
        if not drops or _ODD_SPACE.search(kept) is None:
            marks = []
            for span_start, span_end in spans:
                if start <= span_start and span_end <= end:
                    first = _kept_at(segment, span_start - start, drops)
                    last = _kept_at(segment, span_end - 1 - start, drops)
                    if first is not None and last is not None:
                        marks.append((first + len(prefix), last + 1 + len(prefix)))
            return Snippet(prefix + kept + suffix, tuple(marks))
    return _cut_cleaning(text, start, end, spans)


def _kept_at(segment: str, offset: int, drops: list[tuple[int, int]]) -> int | None:
    """Where the character at ``offset`` lands once ``drops`` are cut out; None for a
    space or a dropped character (a mark never begins or ends there)."""
    if segment[offset].isspace():
        return None
    moved = 0
    for drop_start, drop_end in drops:
        if offset < drop_start:
            break
        if offset < drop_end:
            return None
        moved += drop_end - drop_start
    return offset - moved


def _cut_cleaning(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> Snippet:
    """``_cut`` character by character: marks dropped, whitespace runs collapsed."""
    segment = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    dropped = {i for m in _MARKUP.finditer(segment) for i in range(m.start(), m.end())}
    out: list[str] = []
    position: dict[int, int] = {}
    for offset, char in enumerate(segment):
        if offset in dropped:
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            continue
        position[start + offset] = len(out)
        out.append(char)
    while out and out[-1] == " ":
        out.pop()
    marks: list[tuple[int, int]] = []
    for span_start, span_end in spans:
        first = position.get(span_start)
        last = position.get(span_end - 1)
        if first is not None and last is not None and start <= span_start and span_end <= end:
            marks.append((first + len(prefix), last + 1 + len(prefix)))
    return Snippet(prefix + "".join(out) + suffix, tuple(marks))

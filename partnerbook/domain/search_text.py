"""One text normalisation for the search index and for queries, so that both meet.

Words are folded (NFKC, case, diacritics, Hebrew niqqud, đ → d: ``text.fold``). Chinese
and Japanese have no spaces between words, so every run of CJK characters is indexed as
overlapping pairs ("合作伙伴" → "合作 作伙 伙伴"): a two-character word typed in a query
then matches inside any longer text, and a longer query matches as a phrase of its pairs.
A single character stays as it is (a one-character name, a query of one character), and
the last character of a longer run is indexed alone too: a one-character query is a prefix
query, and every character of a run then begins one of its tokens ("王芳" → "王芳 芳", so
"芳" finds it).

Hebrew writes "in", "the", "and", "to", "from", "that" and "as" as letters joined to the
next word (בתל אביב, "in Tel Aviv"; והשותף, "and the partner"). Running text is indexed
with each such word also without its prefix letters, so a query for תל אביב finds it.
Names are not: a name's first letter is part of it (ברק is not "only"). Hebrew's final
letters (ם ן ץ ף ך) are indexed and looked for as their ordinary forms: a word typed whole
is then still the beginning of a longer one (תשלום begins תשלומים).
"""

from __future__ import annotations

import re

from partnerbook.domain.text import fold

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
_RUNS = re.compile(rf"[{_CJK}]+|[^\s{_CJK}]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea]{3,}")
_HEBREW_PREFIXES = frozenset("משהוכלב")
# Letters that may come before another prefix letter: ו (and), ש (that), כ (as, when),
# מ (from) and ל (to) as in "ומה", "שב", "כשה", "מה", "לכ".
_HEBREW_OUTER = frozenset("ושכמל")
_SHORTEST_STEM = 2
HEBREW_FINALS = str.maketrans("ךםןףץ", "כמנפצ")


def search_fold(text: str) -> str:
    """``fold``, and Hebrew final letters as their ordinary forms (one letter for one)."""
    return fold(text).translate(HEBREW_FINALS)


def tokens(text: str, prose: bool = False) -> list[str]:
    """The index's words for ``text``: folded words, and CJK runs as overlapping pairs;
    for ``prose`` (not a name), Hebrew words also without their prefix letters."""
    found: list[str] = []
    for run in _RUNS.findall(search_fold(text)):
        if _IS_CJK.match(run):
            found.extend(_pairs(run))
            if len(run) > 1:
                found.append(run[-1])
        else:
            word = _WORD_EDGE.sub("", run)
            if word:
                found.append(word)
                if prose and _HEBREW_WORD.match(word):
                    found.extend(hebrew_stems(word))
    return found


def index_text(text: str, prose: bool = False) -> str:
    """What goes into the full-text index for ``text``."""
    return " ".join(tokens(text, prose))


def hebrew_stems(word: str) -> list[str]:
    """``word`` without one or two prefix letters ("והשותף" → "השותף", "שותף"), each stem
    at least two letters; the word itself is not included."""
    stems: list[str] = []
    if word[0] in _HEBREW_PREFIXES and len(word) - 1 >= _SHORTEST_STEM:
        stems.append(word[1:])
        if (
            word[0] in _HEBREW_OUTER
            and word[1] in _HEBREW_PREFIXES
            and len(word) - 2 >= _SHORTEST_STEM
        ):
            stems.append(word[2:])
            if word[1] in _HEBREW_OUTER and word[2] in _HEBREW_PREFIXES and len(word) - 3 >= 2:
                stems.append(word[3:])  # "ושבתל": and that in Tel
    return stems


def query_groups(text: str) -> list[list[str]]:
    """A query as groups of tokens: each group must match as a phrase (a CJK run's pairs
    in order, or a single word); the last word may be the beginning of a longer one."""
    groups: list[list[str]] = []
    for run in _RUNS.findall(search_fold(text)):
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

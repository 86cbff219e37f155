"""What a quickly typed note says about itself: its kind and a trailing follow-up.

"coffee with Lan — she needs a Q1 KPI win; follow up next Tuesday" is a coffee, with a
follow-up next Tuesday. Users type the way they speak, in their own language, so the
words are matched after folding (no case, no diacritics) and a follow-up is only taken
when its date is understood; a follow-up phrase that is not a date is reported, never
turned into a guessed date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from partnerbook.domain.dates import DateParseError, When, parse_when
from partnerbook.domain.enums import InteractionKind
from partnerbook.domain.text import fold

# Folded words that name the kind of a meeting, looked for among the first words.
_KIND_WORDS: dict[InteractionKind, tuple[str, ...]] = {
    InteractionKind.COFFEE: ("coffee", "ca phe", "cafe", "caffe", "咖啡", "קפה", "tea", "tra"),
    InteractionKind.CALL: (
        "call",
        "phoned",
        "goi dien",
        "电话",
        "電話",
        "chiamata",
        "telefonata",
        "שיחה",
        "שיחת טלפון",
    ),
    InteractionKind.VIDEO: (
        "video",
        "zoom",
        "teams",
        "google meet",
        "视频",
        "視訊",
        "视讯",
        "videochiamata",
    ),
    InteractionKind.MEETING: (
        "meeting",
        "lunch",
        "dinner",
        "hop",
        "an trua",
        "an toi",
        "会议",
        "會議",
        "开会",
        "開會",
        "会面",
        "會面",
        "面谈",
        "面談",
        "午餐",
        "晚餐",
        "吃饭",
        "吃飯",
        "见面",
        "見面",
        "午饭",
        "晚饭",
        "riunione",
        "pranzo",
        "cena",
        "incontro",
        "פגישה",
        "ארוחת",
    ),
    InteractionKind.EMAIL: ("email", "e-mail", "mail", "邮件", "郵件", 'דוא"ל', "מייל"),
    InteractionKind.MESSAGE: (
        "message",
        "whatsapp",
        "zalo",
        "wechat",
        "微信",
        "line",
        "sms",
        "tin nhan",
        "messaggio",
        "הודעה",
    ),
    InteractionKind.EVENT: (
        "event",
        "conference",
        "su kien",
        "hoi thao",
        "活动",
        "活動",
        "会展",
        "evento",
        "conferenza",
        "כנס",
        "אירוע",
    ),
}
_KIND_WINDOW = 4  # words

_FOLLOW_UP_MARKERS = (
    r"follow[ -]?up(?: on| with)?",
    r"f/u",
    r"theo doi",
    r"hen lai",
    r"nhac lai",
    r"ricontatta(?:re)?",
    r"risentir(?:ci|si)",
    r"richiama(?:re)?",
    r"מעקב",
    r"לחזור(?: אליו| אליה| אליהם)?",
)
_FOLLOW_UP = re.compile(
    r"(?:^|[\s,;:.!?()\-–—])(?:" + "|".join(_FOLLOW_UP_MARKERS) + r")\s*:?\s+(?P<when>[^\n]+?)"
    r"[\s.!?。！？]*$"
)
_FOLLOW_UP_CJK = re.compile(
    r"(?:跟进|跟進|回访|回訪|追蹤|追踪)\s*[:：]?\s*(?P<when>[^\n]+?)[\s.!?。！？]*$"
)


@dataclass(frozen=True, slots=True)
class NoteIntent:
    kind: InteractionKind | None = None
    follow_up: When | None = None
    follow_up_text: str = ""  # the words taken as the follow-up date, as typed
    follow_up_unclear: bool = False  # a follow-up phrase whose date was not understood


def read_intent(text: str, now: datetime) -> NoteIntent:
    """The kind named near the start and a follow-up at the end, if the note has them."""
    kind = _kind_of(text)
    phrase = _follow_up_phrase(text)
    if not phrase:
        return NoteIntent(kind)
    try:
        return NoteIntent(kind, parse_when(phrase, now), phrase)
    except DateParseError:
        return NoteIntent(kind, None, phrase, follow_up_unclear=True)


def _kind_of(text: str) -> InteractionKind | None:
    words = fold(text).split()[: _KIND_WINDOW + 1]
    head = " " + " ".join(re.sub(r"[^\w\"'/-]+", " ", w) for w in words) + " "
    for kind, names in _KIND_WORDS.items():
        for name in names:
            if _is_cjk(name[0]):
                if name in head:
                    return kind
            elif f" {name} " in head:
                return kind
    return None


def _follow_up_phrase(text: str) -> str:
    folded, index = _fold_with_map(text.rstrip())
    match = _FOLLOW_UP.search(folded) or _FOLLOW_UP_CJK.search(folded)
    if match is None:
        return ""
    start, end = match.span("when")
    return text[index[start] : index[end - 1] + 1].strip()


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold character by character, remembering where each folded character came from."""
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char).casefold()
        folded = "".join(
            c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
        )
        folded = folded.replace("đ", "d")
        for c in folded:
            out.append(c)
            index.append(position)
    return "".join(out), index


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"

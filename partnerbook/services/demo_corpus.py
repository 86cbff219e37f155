"""Words for the demo journal: the shape of a locale, and what all locales share.

Each language lives in its own module (``demo_corpus_vi`` ...) and fills a ``Locale``.
Texts are written as blocks of lines so that a language reads like one page. Templates
may use these fields (all optional):

- ``{name}`` the person's full name, ``{short}`` how we address them ("chị Lan", "Emma"),
  ``{he}``/``{He}`` and ``{his}`` their pronouns, ``{org}`` their organisation (or their
  name), ``{place}``, ``{city}`` (as written locally), ``{other}`` another person's name,
  ``{referred}`` a referred customer, ``{q}`` a quantity;
- ``[male|female]`` picks the form that agrees with the person (Hebrew verbs, Italian
  adjectives).

Every organisation, café and venue is invented or generic on purpose: a demo must never
look like a real company's data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from partnerbook.domain.text import fold


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    latin: str  # ASCII spelling, for e-mail addresses and web sites


@dataclass(frozen=True, slots=True)
class City:
    name: str  # as stored: the English exonym people filter by ("Hanoi")
    native: str  # as written in notes ("Hà Nội")
    country: str  # in English ("Vietnam")
    utc_offset: int  # hours; working hours are local
    phone: str  # pattern, "d" is a random digit
    currency: str
    spots: tuple[str, ...] = ()  # generic places in town, for coffees


@dataclass(frozen=True, slots=True)
class PartnerPattern:
    text: str  # with "{core}" and optionally "{city}"
    slug: str  # added to the core's Latin spelling for the web site
    kinds: tuple[str, ...]
    note: str  # what kind of organisation this is, for the partner's notes


@dataclass(frozen=True, slots=True)
class Benefit:
    text: str  # with "{q}" when quantified
    unit: str | None
    quantities: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Kpi:
    name: str
    unit: str
    monthly: int  # a monthly target; 0 for a rate that does not grow with the period


@dataclass(frozen=True, slots=True)
class Locale:
    code: str
    languages: tuple[str, ...]
    weight: int
    weekend: tuple[int, ...]  # weekday numbers (Monday is 0)
    family_first: bool
    spaced: bool  # a space between family and given name
    family: tuple[Name, ...]
    female: tuple[Name, ...]
    male: tuple[Name, ...]
    pronouns: tuple[str, str, str, str]  # he, she, his, her
    address: tuple[str, str]  # how a man / a woman is addressed: "{given}", "anh {last}"
    cities: tuple[City, ...]
    mail_domain: str
    cores: tuple[Name, ...]
    patterns: tuple[PartnerPattern, ...]
    clients: tuple[str, ...]  # customer companies with "{core}", for referrals
    places: tuple[str, ...]
    roles: tuple[str, ...]
    solo_roles: tuple[str, ...]
    departments: tuple[str, ...]
    how_met: tuple[str, ...]
    introduced: str  # how we met when someone introduced us, with "{other}"
    motivations: dict[str, tuple[str, ...]]
    details: dict[str, tuple[str, ...]]
    scopes: tuple[str, ...]
    responsibilities: tuple[str, ...]
    terms: tuple[str, ...]
    revenue: dict[str, tuple[str, ...]]  # referral terms -> text with {fee} {pct} {cur}
    fit_notes: dict[str, tuple[str, ...]]  # criterion -> (strong, weak)
    benefits: dict[str, tuple[Benefit, ...]]  # "for_them short" ...
    openers: dict[str, tuple[str, ...]]  # interaction kind -> first lines
    topics: tuple[str, ...]
    said: tuple[str, ...]
    wants: tuple[str, ...]
    next_steps: tuple[str, ...]
    labels: dict[str, str]  # colon, next, wants, personal, notes
    follow_ups: tuple[str, ...]
    promises_me: tuple[str, ...]
    promises_them: tuple[str, ...]
    recurring: dict[str, tuple[str, ...]]  # RRULE -> texts
    ledger: dict[str, tuple[str, ...]]  # "referral given" -> titles
    kpis: tuple[Kpi, ...]
    review_titles: dict[str, str]  # period -> "Quarterly review {period}: {headline}"
    period_names: dict[str, str]  # period -> "Q{q} {y}" with {m} {month} {q} {y}
    months: tuple[str, ...]
    headlines: dict[str, tuple[str, ...]]  # good, mixed, weak
    review_lines: dict[str, tuple[str, ...]]  # good, mixed, weak
    review_next: tuple[str, ...]
    stage_notes: dict[str, tuple[str, ...]]  # stage reached -> why


def lines(block: str) -> tuple[str, ...]:
    """One text a line; blank lines are skipped."""
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


def sections(block: str) -> dict[str, tuple[str, ...]]:
    """'[kpi]' headed blocks of lines -> {'kpi': (...), ...}."""
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in lines(block):
        if line.startswith("[") and line.endswith("]") and "|" not in line:
            current = found.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return {key: tuple(value) for key, value in found.items()}


def names(spec: str) -> tuple[Name, ...]:
    """'Lan Hương De_Luca' -> names whose Latin form comes from folding."""
    return tuple(Name(w.replace("_", " "), latin(w)) for w in spec.split())


def pairs(spec: str) -> tuple[Name, ...]:
    """'שירה:shira 王:wang' -> names with an explicit romanisation."""
    found = []
    for word in spec.split():
        text, roman = word.split(":")
        found.append(Name(text.replace("_", " "), roman))
    return tuple(found)


def patterns(block: str) -> tuple[PartnerPattern, ...]:
    """'pattern | slug | kind,kind' lines, each followed by a line of notes."""
    items = lines(block)
    found = []
    for head, note in zip(items[::2], items[1::2], strict=True):
        text, slug, kinds = (part.strip() for part in head.split("|"))
        found.append(PartnerPattern(text, slug, tuple(kinds.split(",")), note))
    return tuple(found)


def benefits(block: str) -> dict[str, tuple[Benefit, ...]]:
    """'[for_them short]' sections of 'text | unit | 10 20 30' lines (unit and numbers optional)."""
    found: dict[str, tuple[Benefit, ...]] = {}
    for key, items in sections(block).items():
        parsed = []
        for item in items:
            text, unit, numbers = ([*(p.strip() for p in item.split("|")), "", ""])[:3]
            parsed.append(Benefit(text, unit or None, tuple(int(n) for n in numbers.split())))
        found[key] = tuple(parsed)
    return found


def kpis(block: str) -> tuple[Kpi, ...]:
    found = []
    for line in lines(block):
        name, unit, monthly = (part.strip() for part in line.split("|"))
        found.append(Kpi(name, unit, int(monthly)))
    return tuple(found)


def latin(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


_GENDERED = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


@lru_cache(maxsize=65536)
def agree(text: str, female: bool) -> str:
    """Pick '[male|female]' forms; text without brackets comes back as it is."""
    if "[" not in text:
        return text
    return _GENDERED.sub(lambda m: m.group(2 if female else 1), text)


# Tags a partnership manager actually uses; their folded keys are all distinct.
PERSON_TAGS = (
    "VIP",
    "Connector",
    "Speaker",
    "Mentor",
    "Investor network",
    "Alumni",
    "Bạn cũ",
    "חבר ותיק",
    "老朋友",
    "貴人",
    "Amico di famiglia",
)
PARTNER_TAGS = (
    "Strategic",
    "Co-marketing",
    "Referral partner",
    "Long-term",
    "Pilot",
    "Đối tác chiến lược",
    "שת״פ שיווקי",
    "重点客户",
    "長期合作",
    "Fornitore di fiducia",
)
ENTRY_TAGS = ("Q4 push", "Year-end", "Newsletter", "Tết", "Pesach", "中秋", "展会", "Fiera")
TRIP_TAGS = {
    "Hanoi": "Hanoi trip",
    "Ho Chi Minh City": "Saigon trip",
    "Tel Aviv": "Tel Aviv trip",
    "Shanghai": "Shanghai trip",
    "Taipei": "Taipei trip",
    "Milan": "Milan trip",
}

# Secondary kinds that often come with a main one.
RELATED_KINDS = {
    "bank": ("e-wallet",),
    "e-wallet": ("bank",),
    "agency": ("media", "designer"),
    "media": ("agency",),
    "designer": ("agency",),
    "event organiser": ("venue", "media"),
    "supplier": ("installer",),
    "installer": ("supplier",),
    "brand": ("media",),
}

# Our size relative to the partner, by its main kind: next to a bank, an exchange or a
# university we are the smaller side; studios and installers are usually smaller than us.
STANDING_BY_KIND = {
    "bank": ("smaller",),
    "exchange": ("smaller",),
    "e-wallet": ("smaller", "smaller", "peers"),
    "university": ("smaller",),
    "brand": ("smaller", "peers"),
    "media": ("peers", "smaller"),
    "agency": ("peers",),
    "supplier": ("peers", "larger"),
    "event organiser": ("peers", "larger"),
    "venue": ("larger",),
    "designer": ("larger",),
    "installer": ("larger",),
}

# Roughly how many units of each currency a US dollar buys: amounts stay plausible.
PER_DOLLAR = {
    "USD": 1,
    "EUR": 0.9,
    "GBP": 0.8,
    "ILS": 3.7,
    "CNY": 7,
    "TWD": 32,
    "VND": 25000,
    "SGD": 1.35,
    "AUD": 1.5,
}

FIT_CRITERIA = (
    "complementary_strengths",
    "audience_fit",
    "trust",
    "size_proportion",
    "willingness",
)

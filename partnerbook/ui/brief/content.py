"""What the brief says, in the user's language, before it becomes HTML or Markdown.

One small document model (a page of sections of blocks of runs) serves both formats,
so the HTML and the Markdown always say the same, in the same order: the header, then
the motivations, then the rest. A run knows whether it is our words or the user's: the
user's are isolated (FSI…PDI) where they sit inside our sentences, so a Hebrew name in
an English line (or an English name in a Hebrew one) keeps its own direction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from partnerbook.domain.brief import (
    BriefBalance,
    BriefInteraction,
    BriefTask,
    BriefTasks,
    PartnerBrief,
    PersonBrief,
)
from partnerbook.domain.enums import (
    BenefitDirection,
    CadenceState,
    Certainty,
    CommitmentOwner,
    EntryKind,
    Horizon,
    ReferralTerms,
    Standing,
)
from partnerbook.domain.records import MotivationRecord, ValueItemRecord
from partnerbook.ui.labels import label, standing_hint
from partnerbook.ui.tr_context import TranslationContext
from partnerbook.ui.widgets.dates import format_date
from partnerbook.ui.widgets.punctuation import (
    caption,
    dash,
    join_items,
    percent,
    place,
    remark,
    separator,
)


class Brief(TranslationContext):
    """The translation context of this module's strings."""


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    style: str = ""  # "" our words | "b" ours, bold | "muted" ours, quiet | "user" | "user-b"

    @property
    def is_user(self) -> bool:
        return self.style.startswith("user")


@dataclass(frozen=True, slots=True)
class Block:
    runs: tuple[Run, ...]
    # "item": a line in the interface's direction; "note": the user's own words on a line
    # of their own, in their own direction, indented; "indent": an item under the one
    # before; "sub": a small heading inside a section.
    kind: str = "item"


@dataclass(slots=True)
class Section:
    key: str  # stable: "motivations", "interactions"… (tests and anchors use it)
    title: str
    blocks: list[Block] = field(default_factory=list)
    # On paper the short lists sit side by side after the main flow: "start" or "end".
    column: str = ""

    def add(self, *runs: Run, kind: str = "item") -> None:
        self.blocks.append(Block(tuple(r for r in runs if r.text), kind))

    def note(self, text: str) -> None:
        if text.strip():
            self.blocks.append(Block((Run(text.strip(), "user"),), "note"))

    def sub(self, text: str) -> None:
        self.blocks.append(Block((Run(text, "b"),), "sub"))

    def empty(self, text: str) -> None:
        self.blocks.append(Block((Run(text, "muted"),)))


@dataclass(slots=True)
class Page:
    title: str  # the person's or partner's name (the user's text)
    subtitle: tuple[Run, ...]
    facts: list[tuple[Run, ...]]
    sections: list[Section]
    footer: str  # what this is and when it was made: "Meeting brief · 12/1/2026"

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


def user(text: str | None, bold: bool = False) -> Run:
    return Run(text or "", "user-b" if bold else "user")


def ours(text: str, style: str = "") -> Run:
    return Run(text, style)


def fill(template: str, *values: Run) -> list[Run]:
    """A translated sentence with %1, %2… replaced by runs (user text stays isolated)."""
    runs: list[Run] = []
    for part in re.split(r"(%\d)", template):
        if re.fullmatch(r"%\d", part):
            index = int(part[1:]) - 1
            if 0 <= index < len(values):
                runs.append(values[index])
        elif part:
            runs.append(Run(part))
    return runs


def text_direction(text: str) -> str:
    """ "rtl" or "ltr" from the first strong character, as browsers' dir="auto" does."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return ""


# --- numbers and dates ------------------------------------------------------------------------


def number(value: Decimal | int) -> str:
    locale = QLocale()
    if isinstance(value, int) or value == value.to_integral_value():
        return locale.toString(int(value))
    decimals = max(0, min(4, -int(value.normalize().as_tuple().exponent)))
    return locale.toString(float(value), "f", decimals)


def day(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return format_date(value)


def _with_unit(amount: str, unit: str | None) -> str:
    """ "150 seats", but "30%": a sign after a space is cut from its number right to left
    (Hebrew showed "% 30")."""
    if not unit:
        return amount
    return amount + unit if unit.strip() in ("%", "‰", "％") else f"{amount} {unit}"


def _spaced(text: str) -> str:
    """A caption and the space after it, none after a full-width colon ("网站：")."""
    return text if text.endswith(("：", "︰")) else text + " "


def _plural(text: str, n: int) -> str:
    """A plural message with the count written the locale's way."""
    return text.replace(str(n), number(n), 1)


def ago(value: date, today: date) -> str:
    days = (today - value).days
    if days <= 0:
        return Brief.tr("today")
    if days == 1:
        return Brief.tr("yesterday")
    if days < 60:
        return _plural(Brief.tr("%n day(s) ago", "", days), days)
    months = days // 30
    if months < 24:
        return _plural(Brief.tr("%n month(s) ago", "", months), months)
    years = days // 365
    return _plural(Brief.tr("%n year(s) ago", "", years), years)


def due_text(task: BriefTask) -> str:
    if task.due is None or task.overdue_days is None:
        return Brief.tr("no date")
    when = day(task.due)
    if task.overdue_days > 0:
        late = _plural(Brief.tr("%n day(s) overdue", "", task.overdue_days), task.overdue_days)
        return Brief.tr("due %1, %2").replace("%1", when).replace("%2", late)
    if task.overdue_days == 0:
        return Brief.tr("due today")
    return Brief.tr("due %1").replace("%1", when)


# --- the parts both briefs share --------------------------------------------------------------


def _motivation_runs(motivation: MotivationRecord) -> list[Run]:
    strength = {1: Brief.tr("weak"), 2: Brief.tr("medium"), 3: Brief.tr("strong")}.get(
        motivation.strength, ""
    )
    # Inside a sentence, words of their own: a label lowered is wrong in many languages.
    how = (
        {
            Certainty.HEARD: Brief.tr("heard it", "a motivation, in brackets: they said so"),
            Certainty.GUESSED: Brief.tr("guessed", "a motivation, in brackets: our guess"),
        }.get(motivation.certainty, "")
        if motivation.certainty
        else ""
    )
    quiet = join_items((how, strength))
    if motivation.last_confirmed is not None:
        quiet += " · " + Brief.tr("confirmed %1").replace("%1", day(motivation.last_confirmed))
    runs = [ours(label(motivation.kind), "b")]
    if motivation.their_words.strip():
        runs += [ours(dash()), *fill(Brief.tr("“%1”"), user(motivation.their_words.strip()))]
    runs.append(ours(remark(quiet), "muted"))
    if motivation.certainty is Certainty.GUESSED:
        check = Brief.tr("— check it")
        runs.append(ours(check if check.startswith("——") else " " + check, "muted"))
    return runs


def value_section(items: tuple[ValueItemRecord, ...], key: str = "value") -> Section:
    section = Section(key, Brief.tr("Our value proposition"))
    for direction in (BenefitDirection.FOR_THEM, BenefitDirection.FOR_US):
        for horizon in (Horizon.SHORT, Horizon.LONG):
            chosen = [i for i in items if i.direction is direction and i.horizon is horizon]
            if not chosen:
                continue
            section.sub(f"{label(direction)} · {label(horizon)}")
            for item in chosen:
                runs: list[Run] = []
                if item.quantity is not None:
                    amount = _with_unit(number(item.quantity), item.unit)
                    runs += [user(amount, bold=True), ours(dash())]
                section.add(*runs, user(item.text.strip()))
    if not items:
        section.empty(
            Brief.tr("Nothing written down yet: two or three benefits each way, with numbers.")
        )
    return section


def interactions_section(items: tuple[BriefInteraction, ...], total: int) -> Section:
    title = Brief.tr("Last interactions")
    if total > len(items):
        title += " " + Brief.tr("(%1 of %2)").replace("%1", number(len(items))).replace(
            "%2", number(total)
        )
    section = Section("interactions", title)
    for item in items:
        head = day(item.at) + (f" · {label(item.kind)}" if item.kind else "")
        runs = [ours(head, "b"), ours(dash()), user(item.title.strip(), bold=True)]
        if item.place:
            runs += [ours(" · ", "muted"), Run(item.place, "user")]
        section.add(*runs)
        for line in item.key_lines:
            section.note(line)
    if not items:
        section.empty(Brief.tr("No interactions noted yet."))
    return section


def _task_runs(task: BriefTask) -> list[Run]:
    late = task.overdue_days is not None and task.overdue_days > 0
    return [user(task.text.strip()), ours("  " + due_text(task), "b" if late else "muted")]


def _more(section: Section, shown: int, total: int) -> None:
    if total > shown:
        section.empty(Brief.tr("… and %1 more").replace("%1", number(total - shown)))


def tasks_sections(tasks: BriefTasks) -> list[Section]:
    promises = Section("promises", Brief.tr("Open promises"), column="start")
    for owner, listed, total in (
        (CommitmentOwner.ME, tasks.mine, tasks.mine_total),
        (CommitmentOwner.THEM, tasks.theirs, tasks.theirs_total),
    ):
        if not listed:
            promises.add(ours(caption(label(owner)), "b"), ours(Brief.tr("nothing open"), "muted"))
            continue
        promises.sub(label(owner))
        for task in listed:
            promises.add(*_task_runs(task))
        _more(promises, len(listed), total)
    follow_ups = Section("follow_ups", Brief.tr("Open follow-ups"), column="start")
    for task in tasks.follow_ups:
        follow_ups.add(*_task_runs(task))
    if not tasks.follow_ups:
        follow_ups.empty(Brief.tr("Nothing open."))
    _more(follow_ups, len(tasks.follow_ups), tasks.follow_ups_total)
    return [promises, follow_ups]


def _kept(kept: int, decided: int, open_: int, mine: bool) -> str:
    if not decided:
        text = Brief.tr("you have %1 open") if mine else Brief.tr("they have %1 open")
        if not open_:
            return (
                Brief.tr("no promises from you yet")
                if mine
                else Brief.tr("no promises from them yet")
            )
        return text.replace("%1", number(open_))
    text = Brief.tr("you kept %1 of %2 (%3)") if mine else Brief.tr("they kept %1 of %2 (%3)")
    return (
        text.replace("%1", number(kept))
        .replace("%2", number(decided))
        .replace("%3", percent(kept * 100 / decided))
    )


def balance_section(balance: BriefBalance) -> Section:
    section = Section("balance", label(EntryKind.LEDGER), column="end")
    promises = Brief.tr("Promises: %1 · %2")
    section.add(
        ours(
            promises.replace(
                "%1", _kept(balance.my_kept, balance.my_decided, balance.my_open, True)
            ).replace(
                "%2", _kept(balance.their_kept, balance.their_decided, balance.their_open, False)
            )
        )
    )
    if balance.given or balance.received:
        line = (
            Brief.tr("You have given %1, received %2.")
            .replace("%1", number(balance.given))
            .replace("%2", number(balance.received))
        )
        if balance.net < 0:
            line += " " + Brief.tr("Time for a deposit.")
        section.add(ours(line, "b"))
        if balance.referrals_given or balance.referrals_received:
            text = (
                Brief.tr("Referrals: %1 given (%2 won), %3 received")
                .replace("%1", number(balance.referrals_given))
                .replace("%2", number(balance.referrals_won))
                .replace("%3", number(balance.referrals_received))
            )
            if balance.referral_value_won:
                text += " · " + Brief.tr("won: %1").replace(
                    "%1", number(balance.referral_value_won)
                )
            section.add(ours(text))
    else:
        section.empty(Brief.tr("Nothing given or received noted yet."))
    for item in balance.recent:
        what = " · ".join(part for part in (label(item.direction), label(item.kind)) if part)
        runs = [ours(f"{day(item.at)} · {what}", "muted"), ours(dash()), user(item.title.strip())]
        if item.outcome is not None:
            runs.append(ours(remark(label(item.outcome)), "muted"))
        section.add(*runs)
    return section


# Presentation mode: what a shared screen must not show of a brief.
PRIVATE_SECTIONS = frozenset({"motivations", "personal", "balance"})


def presentation_copy(page: Page) -> Page:
    """The page without motivations, personal details and the give & take, saying so at
    the top; a partner's key people keep their names and roles, not what each wants."""
    sections = []
    for section in page.sections:
        if section.key in PRIVATE_SECTIONS:
            continue
        if section.key == "people":
            blocks = [b for b in section.blocks if b.kind != "indent"]
            section = Section(section.key, Brief.tr("Who's who"), blocks, section.column)
        sections.append(section)
    notice = Brief.tr(
        "Presentation copy: motivations, personal details and the give & take are left out"
    )
    return Page(page.title, page.subtitle, page.facts, sections, f"{notice} · {page.footer}")


def _names(refs: tuple[str, ...]) -> list[Run]:
    runs: list[Run] = []
    for index, name in enumerate(refs):
        if index:
            runs.append(ours(separator()))
        runs.append(user(name))
    return runs


def _footer(today: date) -> str:
    return Brief.tr("Meeting brief · %1").replace("%1", day(today))


# --- a person ----------------------------------------------------------------------------------


def person_page(brief: PersonBrief) -> Page:
    subtitle: list[Run] = []
    if brief.role:
        subtitle.append(user(brief.role))
    if brief.partner is not None:
        if subtitle:
            subtitle.append(ours(" · "))
        subtitle += [user(brief.partner.partner.name, bold=True)]
        subtitle.append(ours(remark(label(brief.partner.stage)), "muted"))
    if brief.stakeholder_role is not None:
        subtitle.append(ours(" · " + label(brief.stakeholder_role), "muted"))
    facts = _person_facts(brief)

    motivations = Section("motivations", Brief.tr("What's in it for them"))
    for motivation in brief.motivations:
        motivations.add(*_motivation_runs(motivation))
    if not brief.motivations:
        motivations.empty(
            Brief.tr(
                "Not known yet. Ask what they personally get: a KPI, their boss's praise, ease?"
            )
        )
    sections = [motivations]
    if brief.partner is not None:
        sections.append(value_section(brief.partner.value_items))
    sections.append(interactions_section(brief.interactions, brief.interactions_total))
    sections += tasks_sections(brief.tasks)
    sections.append(balance_section(brief.balance))
    personal = _personal_section(brief)
    if personal.blocks:
        sections.append(personal)
    introductions = _introductions_section(brief)
    if introductions.blocks:
        sections.append(introductions)
    return Page(brief.name, tuple(subtitle), facts, sections, _footer(brief.today))


def _person_facts(brief: PersonBrief) -> list[tuple[Run, ...]]:
    facts: list[tuple[Run, ...]] = []
    if brief.partner is not None and brief.partner.standing is not None:
        facts.append(_standing_runs(brief.partner.standing))
    where = place(brief.city, brief.country)
    line: list[Run] = []
    if where:
        line += [ours(_spaced(Brief.tr("Based in")), "muted"), user(where)]
    if brief.department:
        line += [ours(" · ", "muted"), user(brief.department)]
    if brief.languages:
        line += [
            ours(" · " + _spaced(Brief.tr("speaks")), "muted"),
            user(join_items(brief.languages)),
        ]
    if line:
        facts.append(tuple(line))
    facts.append(tuple(_contact_runs(brief.last_contact, brief.cadence_state, brief.today)))
    return facts


def _standing_runs(standing: Standing) -> tuple[Run, ...]:
    """Our size against theirs, and the practitioners' advice for it (without saying
    "Peers" twice when the advice starts with it)."""
    name = label(standing)
    hint = standing_hint(standing)
    if hint.startswith(name):
        hint = hint[len(name) :].lstrip(" :.—-：，、")  # also full-width, as CJK write them
    runs = (ours(_spaced(Brief.tr("Our standing:")), "muted"), ours(name, "b"))
    return (*runs, ours(dash() + hint)) if hint else runs


def _contact_runs(last: date | None, state: CadenceState, today: date) -> list[Run]:
    if last is None:
        return [ours(Brief.tr("Never spoken to yet."), "muted")]
    runs = [
        ours(_spaced(Brief.tr("Last spoke")), "muted"),
        ours(day(last), "b"),
        ours(remark(ago(last, today)), "muted"),
    ]
    if state in (CadenceState.DUE, CadenceState.OVERDUE):
        runs.append(ours(" · " + label(state), "b"))
    return runs


def _personal_section(brief: PersonBrief) -> Section:
    section = Section("personal", Brief.tr("Personal: ask about"), column="start")
    for detail in brief.details:
        section.add(ours(caption(label(detail.category)), "muted"), user(detail.text.strip()))
    if brief.birthday is not None:
        month, day_of_month = brief.birthday
        # The locale's long date without its weekday and year: "March 5", "5 marzo", "3月5日".
        when = QLocale().toString(QDate(2000, month, day_of_month), _month_day_format())
        text = Brief.tr("Birthday: %1").replace("%1", when)
        if brief.birthday_in_days == 0:
            text += dash() + Brief.tr("today!")
        elif brief.birthday_in_days is not None:
            soon = brief.birthday_in_days
            text += dash() + (
                Brief.tr("tomorrow")
                if soon == 1
                else _plural(Brief.tr("in %n day(s)", "", soon), soon)
            )
        section.add(ours(text, "b" if brief.birthday_in_days is not None else ""))
    return section


def _month_day_format() -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    for part in ("dddd", "yyyy", "yy"):
        fmt = fmt.replace(part, "")
    return fmt.strip(" ,.-/年") or "d MMMM"


def _introductions_section(brief: PersonBrief) -> Section:
    section = Section("introductions", Brief.tr("Introductions"), column="end")
    if brief.introduced_by is not None:
        section.add(
            *fill(Brief.tr("Introduced by %1"), user(brief.introduced_by.display_name, bold=True))
        )
    if brief.introduced:
        runs = [ours(_spaced(Brief.tr("Introduced to us:")))]
        runs += _names(tuple(ref.display_name for ref in brief.introduced))
        if brief.introduced_total > len(brief.introduced):
            more = brief.introduced_total - len(brief.introduced)
            runs.append(ours(" " + Brief.tr("and %1 more").replace("%1", number(more)), "muted"))
        section.add(*runs)
    if brief.how_we_met:
        section.add(ours(_spaced(Brief.tr("How we met:")), "muted"), user(brief.how_we_met))
    return section


# --- a partner ---------------------------------------------------------------------------------


def partner_page(brief: PartnerBrief) -> Page:
    subtitle: list[Run] = [ours(label(brief.stage), "b")]
    if brief.stage_since is not None:
        subtitle.append(
            ours(" " + Brief.tr("since %1").replace("%1", day(brief.stage_since)), "muted")
        )
    if brief.kinds:
        subtitle += [ours(" · "), user(join_items(brief.kinds))]
    where = place(brief.city, brief.country)
    if where:
        subtitle += [ours(" · "), user(where)]
    facts: list[tuple[Run, ...]] = []
    if brief.standing is not None:
        facts.append(_standing_runs(brief.standing))
    if brief.website:
        facts.append((ours(_spaced(Brief.tr("Web:")), "muted"), user(brief.website)))
    facts.append(tuple(_contact_runs(brief.last_contact, brief.cadence_state, brief.today)))

    people = Section("people", Brief.tr("Who's who and what's in it for them"))
    for person in brief.people:
        runs = [user(person.person.display_name, bold=True)]
        if person.role:
            runs += [ours(dash()), user(person.role)]
        if person.stakeholder_role is not None:
            runs.append(ours(remark(label(person.stakeholder_role)), "muted"))
        people.add(*runs)
        for motivation in person.motivations:
            people.add(*_motivation_runs(motivation), kind="indent")
    if not brief.people:
        people.empty(Brief.tr("Nobody there noted yet."))
    _more(people, len(brief.people), brief.people_total)

    sections = [people, value_section(brief.value_items)]
    terms = _agreement_section(brief)
    if terms.blocks:
        sections.append(terms)
    sections.append(interactions_section(brief.interactions, brief.interactions_total))
    sections += tasks_sections(brief.tasks)
    sections.append(balance_section(brief.balance))
    return Page(brief.name, tuple(subtitle), facts, sections, _footer(brief.today))


def _agreement_section(brief: PartnerBrief) -> Section:
    section = Section("agreement", Brief.tr("Agreement"))
    agreement = brief.agreement
    for name, text in (
        (Brief.tr("Scope"), agreement.scope),
        (Brief.tr("Who does what"), agreement.responsibilities),
        (Brief.tr("Revenue share"), agreement.revenue_share),
        (Brief.tr("Terms"), agreement.terms),
    ):
        if text:
            section.add(ours(caption(name), "muted"), user(text))
    if agreement.renewal is not None:
        section.add(ours(_spaced(Brief.tr("Renewal:")), "muted"), ours(day(agreement.renewal), "b"))
    currency = f" {brief.currency}" if brief.currency else ""
    if brief.referral_terms is ReferralTerms.FIXED_FEE and brief.referral_fee is not None:
        fee = number(brief.referral_fee) + currency
        section.add(*fill(Brief.tr("Referrals: a fixed fee of %1 each"), ours(fee, "b")))
    elif brief.referral_terms is ReferralTerms.PERCENTAGE and brief.referral_percent is not None:
        share = number(brief.referral_percent) + QLocale().percent()
        section.add(*fill(Brief.tr("Referrals: %1 of the revenue"), ours(share, "b")))
    return section

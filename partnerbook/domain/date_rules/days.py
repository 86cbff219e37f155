"""Calendar and clock arithmetic every language shares. Weeks start on Monday."""

from __future__ import annotations

from datetime import date, time, timedelta

from partnerbook.domain.date_rules.base import Context, DatePhraseError, Part, Unit


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_of_month(day: date, steps: int = 0) -> date:
    index = day.month - 1 + steps
    return date(day.year + index // 12, index % 12 + 1, 1)


def shift(day: date, unit: Unit, count: int) -> date:
    """``count`` units later (or earlier); a month later than 31 January is 28/29 Feb."""
    if unit is Unit.DAY:
        return day + timedelta(days=count)
    if unit is Unit.WEEK:
        return day + timedelta(weeks=count)
    months = count * 12 if unit is Unit.YEAR else count
    first = first_of_month(day, months)
    last_day = (first_of_month(first, 1) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last_day))


def period_start(today: date, unit: Unit, steps: int) -> date:
    """Next week is its Monday, next month its first day."""
    if unit is Unit.WEEK:
        return monday(today) + timedelta(weeks=steps)
    if unit is Unit.MONTH:
        return first_of_month(today, steps)
    raise DatePhraseError(f"no start for a {unit.value}")


def on_weekday(today: date, weekday: int, week: int | None, past: bool) -> date:
    """That weekday of a week (1 next, 0 this, -1 last), or with None the coming one.

    The coming one is never today: "Monday" said on a Monday is a week away (or, looking
    back, a week ago).
    """
    if week is not None:
        return monday(today) + timedelta(weeks=week, days=weekday)
    if past:
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


def next_or_last(day: int, month: int, year: int | None, context: Context) -> date:
    """A day and month: in the year given, else the next (or last) time it comes round."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise DatePhraseError(f"day {day} of month {month} does not exist")
    if year is not None:
        return real(year, month, day)
    today = context.today
    step = -1 if context.past else 1
    for years in range(9):  # 29 February comes round within eight years
        found = real_or_none(today.year + step * years, month, day)
        if found is not None and (found <= today if context.past else found >= today):
            return found
    raise DatePhraseError(f"day {day} of month {month} does not exist")


def nth_of_month(day: int, context: Context, months: int | None = None) -> date:
    """The 5th: of the month ``months`` away, or else the next (or last) 5th there is."""
    if not 1 <= day <= 31:
        raise DatePhraseError(f"no month has a day {day}")
    if months is not None:
        first = first_of_month(context.today, months)
        return real(first.year, first.month, day)
    step = -1 if context.past else 1
    for count in range(13):
        first = first_of_month(context.today, step * count)
        found = real_or_none(first.year, first.month, day)
        if found is not None and (
            found <= context.today if context.past else found >= context.today
        ):
            return found
    raise DatePhraseError(f"no month has a day {day}")  # pragma: no cover - 31 comes round


def real(year: int, month: int, day: int) -> date:
    found = real_or_none(year, month, day)
    if found is None:
        raise DatePhraseError(f"{year}-{month:02d}-{day:02d} does not exist")
    return found


def real_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# The 12-hour hours a part of the day moves past noon.
_AFTER_NOON = {
    Part.MORNING: range(0),
    Part.MIDDAY: range(1, 6),
    Part.AFTERNOON: range(1, 12),
    Part.NIGHT: range(6, 12),
}


def clock(hour: int, minute: int, part: Part | None = None) -> time:
    """A time of day; a part of the day moves a 12-hour hour onto the right half."""
    if part in (Part.MORNING, Part.NIGHT) and hour == 12:
        hour = 0
    elif part is not None and hour in _AFTER_NOON[part]:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DatePhraseError(f"{hour}:{minute:02d} is not a time of day")
    return time(hour, minute)

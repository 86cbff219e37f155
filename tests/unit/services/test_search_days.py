"""A note's local day, told by the hour it is in: the same day local_date gives, in every
kind of zone (half and quarter hours off, summer time, half-hour summer time)."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from partnerbook.services import search
from partnerbook.services.contact_history import local_date

ZONES = [
    "UTC",
    "Europe/Rome",
    "America/New_York",
    "America/St_Johns",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Asia/Ho_Chi_Minh",
    "Asia/Jerusalem",
]


@pytest.fixture
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    search._day_of_hour.cache_clear()
    try:
        yield request.param
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
        search._day_of_hour.cache_clear()


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_the_day_of_the_hour_is_the_day_of_the_moment(zone: str) -> None:
    rnd = random.Random(zone)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    moments = [start + timedelta(minutes=rnd.randrange(3 * 365 * 24 * 60)) for _ in range(4000)]
    # every minute around this zone's changes of clock in 2025
    moments += [
        datetime(2025, month, day, hour, minute, tzinfo=UTC)
        for month in (3, 4, 9, 10, 11)
        for day in range(1, 31, 3)
        for hour in range(24)
        for minute in (0, 14, 15, 29, 30, 44, 45, 59)
    ]
    for moment in moments:
        for text in (
            moment.replace(tzinfo=None).isoformat(" ", "microseconds"),
            moment.replace(tzinfo=None).isoformat(" ", "seconds"),
        ):
            assert search._local_day(text) == local_date(text), (zone, text)

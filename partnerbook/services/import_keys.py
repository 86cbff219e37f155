"""How an imported contact is known again: comparable forms of its ids, emails, phones,
LinkedIn profile and name.

Phones go through the ``phonenumbers`` package, so "+84 90 123 4567", "0901234567" (in
Vietnam) and "(+84) 901-234-567" are one number; a number it cannot read is compared by
its digits. LinkedIn URLs lose scheme, "www.", a country subdomain, query and trailing
slash ("https://vn.linkedin.com/in/lan-nguyen/" is "linkedin.com/in/lan-nguyen").
"""

from __future__ import annotations

import re
from functools import lru_cache

from partnerbook.domain.text import fold

_DIGITS = re.compile(r"\D")
_LINKEDIN = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com(/[^?#]*)", re.I)


def email_key(value: str) -> str:
    return value.strip().casefold()


@lru_cache(maxsize=65536)
def phone_key(value: str, region: str = "") -> str:
    """E.164 where the number can be read (with ``region`` for national numbers), else
    its digits; "" for something with fewer than five digits (not a number to match on)."""
    digits = _DIGITS.sub("", value)
    if len(digits) < 5:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region.upper() or None)
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(number):
        return digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def linkedin_key(url: str) -> str:
    """ "linkedin.com/in/NAME" for a LinkedIn profile URL, else ""."""
    found = _LINKEDIN.match(url.strip())
    if found is None:
        return ""
    path = found.group(1).rstrip("/").casefold()
    return f"linkedin.com{path}" if path.startswith("/in/") else ""


def name_key(display_name: str, organisation: str | None) -> str:
    """A person's name with their partner's: two "Lan Nguyễn" at two banks are two people."""
    return f"{fold(display_name)}\x1f{fold(organisation or '')}"

"""Names put together in the order their speakers say them."""

from __future__ import annotations

import pytest

from partnerbook.interop.csv_fields import given_names, person_name


@pytest.mark.parametrize(
    ("first", "middle", "family", "shown"),
    [
        ("Lan", "Thị", "Nguyễn", "Nguyễn Thị Lan"),
        ("An", "Văn", "Nguyễn", "Nguyễn Văn An"),
        ("Mai", "", "Trần", "Trần Mai"),
        ("Đức", "", "Đặng", "Đặng Đức"),
        ("芳", "", "王", "王芳"),
        ("שירה", "", "כהן", "שירה כהן"),
        ("Giulia", "", "Bianchi", "Giulia Bianchi"),
        ("Jean", "", "Le", "Jean Le"),  # a French Le, no Vietnamese letters: as stored
        ("Lan", "", "Nguyen", "Lan Nguyen"),  # written without diacritics: as stored
        ("Sarah", "Jane", "O'Connor", "Sarah Jane O'Connor"),
    ],
)
def test_names_in_their_own_order(first: str, middle: str, family: str, shown: str) -> None:
    assert person_name(given_names(first, middle), family) == shown

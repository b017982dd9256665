"""Months and dates as the books see them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.calendar import Month, add_months, days_between, parse_date
from coopdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 1, 31), 2, date(2025, 3, 31)),
        (date(2025, 1, 31), 3, date(2025, 4, 30)),
        (date(2025, 1, 15), 1, date(2025, 2, 15)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 1, 10), -1, date(2024, 12, 10)),
        (date(2025, 5, 31), 12, date(2026, 5, 31)),
        (date(2025, 5, 31), 0, date(2025, 5, 31)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(-240, 240))
def test_add_months_lands_in_the_right_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day == min(start.day, Month.of(result).days)


def test_month_parse_and_bounds() -> None:
    feb = Month.parse("2024-02")
    assert (feb.first_day, feb.last_day, feb.days) == (date(2024, 2, 1), date(2024, 2, 29), 29)
    assert Month.parse(" 2025-02 ").days == 28
    assert str(Month(2025, 3)) == "2025-03"
    assert Month(2025, 12).next() == Month(2026, 1)
    assert Month(2025, 1).next() == Month(2025, 2)
    assert Month.of(date(2025, 7, 19)) == Month(2025, 7)
    assert Month(2024, 12) < Month(2025, 1)


@pytest.mark.parametrize("text", ["2025-13", "2025-00", "2025-1", "25-01", "2025/01", "", "januari"])
def test_month_parse_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        Month.parse(text)
    assert err.value.field == "month"


def test_parse_date() -> None:
    assert parse_date("2025-02-28") == date(2025, 2, 28)
    assert parse_date(" 2024-02-29 ") == date(2024, 2, 29)
    for bad in ("2025-02-29", "2025-13-01", "31-01-2025", "", "kemarin"):
        with pytest.raises(ValidationError) as err:
            parse_date(bad, "joined")
        assert err.value.field == "joined"


def test_days_between() -> None:
    days = days_between(date(2025, 2, 27), date(2025, 3, 2))
    assert days == [date(2025, 2, 27), date(2025, 2, 28), date(2025, 3, 1), date(2025, 3, 2)]
    assert days_between(date(2025, 1, 1), date(2025, 1, 1)) == [date(2025, 1, 1)]

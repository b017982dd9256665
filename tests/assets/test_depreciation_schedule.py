"""The straight-line schedule: hand-worked figures, the first-month rule, and properties that
must hold for any terms (sums to cost - residual exactly, never negative, one row per month)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.calendar import Month
from coopdesk.domain.depreciation import (
    AssetCategory,
    due_months,
    first_month,
    last_month_before_disposal,
    parse_category,
    straight_line,
)
from coopdesk.domain.errors import ValidationError


def test_twelve_million_over_36_months_last_month_takes_the_remainder() -> None:
    rows = straight_line(12_000_000, 0, 36, date(2025, 1, 10))
    assert [r.amount for r in rows[:35]] == [333_333] * 35
    assert rows[-1].amount == 333_345  # 12.000.000 - 35 × 333.333
    assert rows[-1].accumulated == 12_000_000 and rows[-1].book_value == 0
    assert rows[0].month == Month(2025, 1) and rows[-1].month == Month(2027, 12)


def test_residual_value_is_not_depreciated() -> None:
    rows = straight_line(10_000_000, 1_000_000, 24, date(2025, 3, 1))
    assert rows[0].amount == 375_000  # 9.000.000 / 24
    assert sum(r.amount for r in rows) == 9_000_000
    assert rows[-1].book_value == 1_000_000


@pytest.mark.parametrize(("day", "first"), [
    (date(2025, 3, 1), Month(2025, 3)), (date(2025, 3, 15), Month(2025, 3)),
    (date(2025, 3, 16), Month(2025, 4)), (date(2025, 12, 31), Month(2026, 1)),
])
def test_first_month_is_the_month_of_purchase_up_to_the_15th(day: date, first: Month) -> None:
    assert first_month(day) == first
    assert straight_line(1_200_000, 0, 12, day)[0].month == first


@pytest.mark.parametrize(("day", "last"), [
    (date(2025, 6, 15), Month(2025, 5)), (date(2025, 6, 16), Month(2025, 6)), (date(2025, 1, 10), Month(2024, 12)),
])
def test_disposal_month_counts_only_after_the_15th(day: date, last: Month) -> None:
    assert last_month_before_disposal(day) == last


def test_due_months_stop_at_the_month_and_at_a_disposal() -> None:
    rows = straight_line(1_200_000, 0, 12, date(2025, 1, 2))
    assert len(due_months(rows, Month(2025, 3))) == 3
    assert len(due_months(rows, Month(2025, 12), date(2025, 5, 10))) == 4  # Jan-Apr


def test_land_is_not_depreciated() -> None:
    assert straight_line(500_000_000, 0, 0, date(2025, 1, 1), AssetCategory.LAND) == []


@pytest.mark.parametrize(("cost", "residual", "life", "field"), [
    (0, 0, 12, "cost"), (-5, 0, 12, "cost"), (1_000, 1_000, 12, "residual"), (1_000, -1, 12, "residual"),
    (1_000, 0, 0, "life"), (1_000, 0, 601, "life"),
])
def test_impossible_terms_are_refused(cost: int, residual: int, life: int, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        straight_line(cost, residual, life, date(2025, 1, 1))
    assert err.value.field == field


def test_category_names() -> None:
    assert parse_category(" Vehicle ") is AssetCategory.VEHICLE
    with pytest.raises(ValidationError) as err:
        parse_category("car")
    assert err.value.field == "category"


@settings(max_examples=300, deadline=None)
@given(cost=st.integers(1, 10**13), life=st.integers(1, 600), residual_share=st.floats(0, 0.99),
       day=st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_schedule_sums_exactly_and_is_never_negative(cost: int, life: int, residual_share: float,
                                                     day: date) -> None:
    residual = int(cost * residual_share)  # a test input only; the schedule itself sees ints
    if residual >= cost:
        residual = cost - 1
    rows = straight_line(cost, residual, life, day)
    assert len(rows) == life
    assert sum(r.amount for r in rows) == cost - residual
    assert all(r.amount >= 0 for r in rows)
    assert rows[-1].book_value == residual
    assert [r.no for r in rows] == list(range(1, life + 1))
    assert all(b.month == a.month.next() for a, b in itertools.pairwise(rows))

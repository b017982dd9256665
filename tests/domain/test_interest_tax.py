"""Sukarela interest (lowest / average daily balance), the minimum balance, the final tax on
interest and the wajib arrears rule (DOMAIN.md §3).  Every figure below is worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.calendar import Month
from coopdesk.domain.money import round_rupiah
from coopdesk.domain.savings import (
    TAX_FREE_LIMIT,
    InterestBasis,
    compute_interest,
    daily_balances,
    final_tax,
    interest_basis,
    monthly_interest,
    wajib_arrears,
)

JAN = Month(2025, 1)  # 31 days
# Opening 1.000.000; +500.000 on the 10th; -800.000 on the 20th.
MOVES = [(date(2025, 1, 10), 500_000), (date(2025, 1, 20), -800_000)]


def test_daily_balances_of_the_example() -> None:
    balances = daily_balances(1_000_000, MOVES, JAN)
    # days 1-9: 1.000.000 (9 days); 10-19: 1.500.000 (10 days); 20-31: 700.000 (12 days)
    assert balances == [1_000_000] * 9 + [1_500_000] * 10 + [700_000] * 12


def test_lowest_balance_example() -> None:
    # lowest end-of-day balance = 700.000; 700.000 x 6% / 12 = 3.500
    result = compute_interest(1_000_000, MOVES, JAN, InterestBasis.LOWEST, Decimal("6"))
    assert (result.basis, result.gross, result.tax, result.net) == (700_000, 3_500, 0, 3_500)


def test_average_daily_balance_example() -> None:
    # (9 x 1.000.000 + 10 x 1.500.000 + 12 x 700.000) / 31 = 32.400.000 / 31 = 1.045.161,29 -> 1.045.161
    # 1.045.161 x 6% / 12 = 5.225,805 -> 5.226 (half up)
    result = compute_interest(1_000_000, MOVES, JAN, InterestBasis.AVERAGE, Decimal("6"))
    assert (result.basis, result.gross, result.tax) == (1_045_161, 5_226, 0)


def test_several_movements_on_one_day_count_at_the_end_of_the_day() -> None:
    # In and out on the 15th: the end-of-day balance never drops, so the lowest stays 1.000.000.
    moves = [(date(2025, 1, 15), -900_000), (date(2025, 1, 15), 900_000)]
    assert interest_basis(1_000_000, moves, JAN, InterestBasis.LOWEST) == 1_000_000


def test_account_opened_mid_month_earns_nothing_on_lowest_balance() -> None:
    moves = [(date(2025, 1, 5), 1_000_000)]
    assert interest_basis(0, moves, JAN, InterestBasis.LOWEST) == 0
    # Average: 27 days (5th-31st) x 1.000.000 / 31 = 870.967,74 -> 870.968; at 6%: 4.354,84 -> 4.355
    result = compute_interest(0, moves, JAN, InterestBasis.AVERAGE, Decimal("6"))
    assert (result.basis, result.gross) == (870_968, 4_355)


def test_february_has_28_days_for_the_average() -> None:
    feb = Month(2025, 2)
    moves = [(date(2025, 2, 15), 2_800_000)]
    # days 15-28 = 14 days x 2.800.000 / 28 = 1.400.000
    assert interest_basis(0, moves, feb, InterestBasis.AVERAGE) == 1_400_000


def test_lowest_balance_of_ten_million_at_three_percent() -> None:
    # 10.000.000 x 3% / 12 = 25.000
    assert monthly_interest(10_000_000, Decimal("3")) == 25_000


def test_interest_rounds_half_up_to_whole_rupiah() -> None:
    # 100.100 x 3% / 12 = 250,25 -> 250;  100.200 x 3% / 12 = 250,5 -> 251
    assert monthly_interest(100_100, Decimal("3")) == 250
    assert monthly_interest(100_200, Decimal("3")) == 251
    # a fractional yearly rate: 1.000.000 x 2,75% / 12 = 2.291,67 -> 2.292
    assert monthly_interest(1_000_000, Decimal("2.75")) == 2_292


def test_minimum_balance_rule() -> None:
    # Below the minimum nothing is paid; at the minimum the whole basis earns interest.
    assert monthly_interest(499_999, Decimal("6"), minimum_balance=500_000) == 0
    assert monthly_interest(500_000, Decimal("6"), minimum_balance=500_000) == 2_500
    result = compute_interest(1_000_000, MOVES, JAN, InterestBasis.LOWEST, Decimal("6"), minimum_balance=750_000)
    assert (result.basis, result.gross, result.tax) == (700_000, 0, 0)
    result = compute_interest(1_000_000, MOVES, JAN, InterestBasis.LOWEST, Decimal("6"), minimum_balance=700_000)
    assert result.gross == 3_500


def test_no_interest_on_nothing_or_at_zero_rate() -> None:
    assert monthly_interest(0, Decimal("6")) == 0
    assert monthly_interest(5_000_000, Decimal("0")) == 0
    assert compute_interest(0, [], JAN, InterestBasis.AVERAGE, Decimal("6")).gross == 0


def test_tax_free_up_to_240_000() -> None:
    assert TAX_FREE_LIMIT == 240_000
    assert final_tax(0) == 0
    assert final_tax(239_999) == 0
    assert final_tax(240_000) == 0


def test_above_240_000_tax_is_ten_percent_of_the_whole_gross() -> None:
    # 10% of 240.001 = 24.000,1 -> 24.000 (not 10% of the 1 Rupiah excess)
    assert final_tax(240_001) == 24_000
    assert final_tax(240_005) == 24_001  # 24.000,5 rounds half up
    assert final_tax(300_000) == 30_000


def test_big_saver_pays_tax_on_the_whole_interest() -> None:
    # basis 120.000.000 at 3%: 120.000.000 x 3% / 12 = 300.000 gross > 240.000
    # tax 10% of 300.000 = 30.000; net 270.000
    result = compute_interest(120_000_000, [], JAN, InterestBasis.LOWEST, Decimal("3"))
    assert (result.basis, result.gross, result.tax, result.net) == (120_000_000, 300_000, 30_000, 270_000)


def test_tax_threshold_through_the_interest() -> None:
    # 96.000.000 x 3% / 12 = 240.000 exactly: no tax
    at = compute_interest(96_000_000, [], JAN, InterestBasis.LOWEST, Decimal("3"))
    assert (at.gross, at.tax, at.net) == (240_000, 0, 240_000)
    # 96.000.400 x 3% / 12 = 240.001: tax 24.000, net 216.001
    over = compute_interest(96_000_400, [], JAN, InterestBasis.LOWEST, Decimal("3"))
    assert (over.gross, over.tax, over.net) == (240_001, 24_000, 216_001)


moves_strategy = st.lists(
    st.tuples(st.integers(1, 31).map(lambda d: date(2025, 1, d)), st.integers(-5_000_000, 5_000_000)),
    max_size=12,
)


@given(st.integers(0, 50_000_000), moves_strategy)
def test_lowest_never_exceeds_average(opening: int, moves: list[tuple[date, int]]) -> None:
    balances = daily_balances(opening, moves, JAN)
    lowest = interest_basis(opening, moves, JAN, InterestBasis.LOWEST)
    average = interest_basis(opening, moves, JAN, InterestBasis.AVERAGE)
    assert lowest == max(0, min([opening, *balances]))
    assert 0 <= lowest <= average
    assert len(balances) == 31
    assert balances[-1] == opening + sum(a for _, a in moves)


@given(st.integers(0, 10**13))
def test_tax_is_zero_or_ten_percent_of_gross(gross: int) -> None:
    tax = final_tax(gross)
    if gross <= 240_000:
        assert tax == 0
    else:
        assert tax == round_rupiah(Decimal(gross) / 10)
        assert 0 < gross - tax < gross


def test_wajib_arrears_fifo() -> None:
    owed = [("2025-03", 50_000), ("2025-01", 50_000), ("2025-02", 50_000)]  # any order in
    # 75.000 paid: January is settled first, then half of February.
    assert wajib_arrears(owed, 75_000) == [("2025-02", 25_000), ("2025-03", 50_000)]
    assert wajib_arrears(owed, 0) == [("2025-01", 50_000), ("2025-02", 50_000), ("2025-03", 50_000)]
    assert wajib_arrears(owed, 100_000) == [("2025-03", 50_000)]
    assert wajib_arrears(owed, 150_000) == []
    assert wajib_arrears(owed, 400_000) == []  # paid ahead
    assert wajib_arrears(owed, -50_000) == wajib_arrears(owed, 0)
    assert wajib_arrears([], 50_000) == []


def test_wajib_arrears_when_the_amount_changed() -> None:
    # The wajib amount went from 50.000 to 60.000 in March; 100.000 settles Jan and Feb.
    owed = [("2025-01", 50_000), ("2025-02", 50_000), ("2025-03", 60_000)]
    assert wajib_arrears(owed, 100_000) == [("2025-03", 60_000)]
    assert wajib_arrears(owed, 130_000) == [("2025-03", 30_000)]

"""Savings rules: products, sukarela interest and the final tax on it (DOMAIN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coopdesk.domain.calendar import Month
from coopdesk.domain.money import round_rupiah


class SavingsKind(StrEnum):
    POKOK = "pokok"
    WAJIB = "wajib"
    SUKARELA = "sukarela"


class InterestBasis(StrEnum):
    LOWEST = "lowest"  # saldo terendah: the lowest end-of-day balance of the month
    AVERAGE = "average"  # saldo rata-rata harian: mean of the end-of-day balances


# PPh final on interest paid to members (PP 15/2009, PMK 112/2010): nothing when the
# month's interest is at most this, otherwise 10% of the whole gross interest.
TAX_FREE_LIMIT = 240_000
TAX_RATE = Decimal("0.10")


@dataclass(frozen=True)
class InterestResult:
    basis: int  # the balance interest is paid on
    gross: int
    tax: int

    @property
    def net(self) -> int:
        return self.gross - self.tax


def daily_balances(opening: int, movements: list[tuple[date, int]], month: Month) -> list[int]:
    """End-of-day balance for each day of ``month``, from the opening balance and the movements."""
    by_day: dict[date, int] = {}
    for day, amount in movements:
        by_day[day] = by_day.get(day, 0) + amount
    balance = opening
    result: list[int] = []
    for day_no in range(1, month.days + 1):
        balance += by_day.get(date(month.year, month.month, day_no), 0)
        result.append(balance)
    return result


def interest_basis(opening: int, movements: list[tuple[date, int]], month: Month, basis: InterestBasis) -> int:
    """The balance the month's interest is computed on.

    Lowest balance includes the opening balance: an account opened in the middle of the
    month had nothing at its start, so it earns nothing that month (the usual bank rule).
    """
    balances = daily_balances(opening, movements, month)
    if basis is InterestBasis.LOWEST:
        return max(0, min([opening, *balances]))
    return max(0, round_rupiah(Decimal(sum(balances)) / Decimal(len(balances))))


def monthly_interest(basis_amount: int, rate_per_year: Decimal, minimum_balance: int = 0) -> int:
    """One month's interest: basis × yearly rate / 12, whole Rupiah half up.  Rate in percent."""
    if basis_amount <= 0 or basis_amount < minimum_balance:
        return 0
    return round_rupiah(Decimal(basis_amount) * rate_per_year / Decimal(100) / Decimal(12))


def final_tax(gross_interest: int) -> int:
    """PPh final: 0 up to Rp 240.000 a month; above it 10% of the whole gross (not the excess)."""
    if gross_interest <= TAX_FREE_LIMIT:
        return 0
    return round_rupiah(Decimal(gross_interest) * TAX_RATE)


def compute_interest(
    opening: int,
    movements: list[tuple[date, int]],
    month: Month,
    basis: InterestBasis,
    rate_per_year: Decimal,
    minimum_balance: int = 0,
) -> InterestResult:
    base = interest_basis(opening, movements, month, basis)
    gross = monthly_interest(base, rate_per_year, minimum_balance)
    return InterestResult(basis=base, gross=gross, tax=final_tax(gross))


def wajib_arrears(obligations: list[tuple[str, int]], paid_total: int) -> list[tuple[str, int]]:
    """Unpaid wajib months, oldest first: payments settle obligations in order (FIFO).

    Returns ``(period, amount still owed)`` for each month not fully covered.
    """
    remaining = paid_total
    unpaid: list[tuple[str, int]] = []
    for period, amount in sorted(obligations):
        covered = min(amount, max(remaining, 0))
        remaining -= covered
        if covered < amount:
            unpaid.append((period, amount - covered))
    return unpaid

"""Fixed assets (aset tetap): categories, their accounts, and straight-line monthly depreciation.

Convention (the app's help text says the same): **an asset is depreciated for every month in
which the cooperative owns it on the 15th.**  Bought on the 1st to the 15th, its first month
is the month of purchase; bought on the 16th or later, the month after.  Disposed of after
the 15th, the month of disposal is still depreciated; on the 15th or before, it is not.
Half a month is too little to matter and this keeps every month whole.

Monthly depreciation = (cost - residual value) / useful life in months, rounded half up to
whole Rupiah; the **last month takes what is left**, so that over the whole life the asset is
depreciated by exactly cost - residual.  Land (tanah) is not depreciated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import round_rupiah

CUTOFF_DAY = 15  # owned on this day of a month: that month is depreciated
MAX_LIFE_MONTHS = 600  # 50 years: buildings are the longest-lived assets a KSP owns


class AssetCategory(StrEnum):
    LAND = "land"
    BUILDING = "building"
    VEHICLE = "vehicle"
    EQUIPMENT = "equipment"


@dataclass(frozen=True)
class CategoryAccounts:
    asset: str
    accumulated: str | None  # None: not depreciated (land)


# Kemenkop chart: 1310 Tanah, 1320/1325 Bangunan, 1330/1335 Kendaraan, 1340/1345 Inventaris.
ACCOUNTS: dict[AssetCategory, CategoryAccounts] = {
    AssetCategory.LAND: CategoryAccounts("1310", None),
    AssetCategory.BUILDING: CategoryAccounts("1320", "1325"),
    AssetCategory.VEHICLE: CategoryAccounts("1330", "1335"),
    AssetCategory.EQUIPMENT: CategoryAccounts("1340", "1345"),
}
DEPRECIATION_EXPENSE = "5270"


def parse_category(text: str, field: str = "category") -> AssetCategory:
    value = str(text).strip().lower()
    try:
        return AssetCategory(value)
    except ValueError:
        raise ValidationError(field, "must be building, vehicle, equipment or land (got {value})",
                              value=text) from None


def depreciates(category: AssetCategory) -> bool:
    return ACCOUNTS[category].accumulated is not None


def owned_on_cutoff(month: Month, acquired_on: date, disposed_on: date | None = None) -> bool:
    """Whether the asset counts for ``month``: owned on its 15th."""
    cutoff = date(month.year, month.month, CUTOFF_DAY)
    return acquired_on <= cutoff and (disposed_on is None or disposed_on > cutoff)


def first_month(acquired_on: date) -> Month:
    """The first month depreciated: the month of purchase up to the 15th, else the next."""
    month = Month.of(acquired_on)
    return month if acquired_on.day <= CUTOFF_DAY else month.next()


def last_month_before_disposal(disposed_on: date) -> Month:
    """The last month depreciated for an asset disposed of on ``disposed_on``."""
    month = Month.of(disposed_on)
    if disposed_on.day > CUTOFF_DAY:
        return month
    return Month(month.year - 1, 12) if month.month == 1 else Month(month.year, month.month - 1)


@dataclass(frozen=True)
class ScheduleRow:
    no: int
    month: Month
    amount: int
    accumulated: int
    book_value: int


def monthly_amount(cost: int, residual: int, life_months: int) -> int:
    """The ordinary month's depreciation: (cost - residual) / life, half up."""
    return round_rupiah(Decimal(cost - residual) / life_months)


def check_terms(cost: int, residual: int, life_months: int, category: AssetCategory) -> None:
    """Refuse terms no schedule can be made of (ValidationError naming the field)."""
    for field, value in (("cost", cost), ("residual", residual), ("life", life_months)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(field, "must be a whole number (got {value})", value=value)
    if cost <= 0:
        raise ValidationError("cost", "must be more than zero")
    if residual < 0:
        raise ValidationError("residual", "must not be negative (got {value})", value=residual)
    if not depreciates(category):
        if residual:
            raise ValidationError("residual", "land is not depreciated; leave the residual value at 0")
        return
    if residual >= cost:
        raise ValidationError("residual", "must be less than the cost ({cost})", cost=cost)
    if not 1 <= life_months <= MAX_LIFE_MONTHS:
        raise ValidationError("life", "must be 1 to {max} months (got {value})", max=MAX_LIFE_MONTHS,
                              value=life_months)


def straight_line(cost: int, residual: int, life_months: int, acquired_on: date,
                  category: AssetCategory = AssetCategory.EQUIPMENT) -> list[ScheduleRow]:
    """The whole schedule, one row per month from :func:`first_month`; empty for land.

    Every month is ``monthly_amount`` except the last, which takes the remainder (it may be a
    little more or less than the others); if rounding up would use the depreciable amount up
    before the last month, the remaining months are 0 rather than negative.
    """
    check_terms(cost, residual, life_months, category)
    if not depreciates(category):
        return []
    base = cost - residual
    monthly = monthly_amount(cost, residual, life_months)
    rows: list[ScheduleRow] = []
    month = first_month(acquired_on)
    done = 0
    for no in range(1, life_months + 1):
        amount = base - done if no == life_months else min(monthly, base - done)
        done += amount
        rows.append(ScheduleRow(no, month, amount, done, cost - done))
        month = month.next()
    return rows


def due_months(schedule: list[ScheduleRow], through: Month, disposed_on: date | None = None) -> list[ScheduleRow]:
    """Rows of the schedule up to and including ``through`` (and not after a disposal)."""
    last = last_month_before_disposal(disposed_on) if disposed_on is not None else None
    return [r for r in schedule if r.month <= through and (last is None or r.month <= last)]


def accumulated_at(schedule: list[ScheduleRow], through: Month) -> int:
    """Depreciation of all months up to and including ``through``."""
    return sum(r.amount for r in schedule if r.month <= through)

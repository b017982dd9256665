"""Portfolio quality (DOMAIN.md §5): days past due, collectibility, allowance (PPAP), NPL, aging.

Pure functions over plain numbers, so the loan page, the portfolio report and month end's
allowance posting all classify a loan the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import round_rupiah


class Collectibility(StrEnum):
    LANCAR = "lancar"
    KURANG_LANCAR = "kurang_lancar"
    DIRAGUKAN = "diragukan"
    MACET = "macet"

    @property
    def label(self) -> str:
        return {"lancar": "Lancar", "kurang_lancar": "Kurang Lancar", "diragukan": "Diragukan",
                "macet": "Macet"}[self.value]

    @property
    def non_performing(self) -> bool:
        return self is not Collectibility.LANCAR


@dataclass(frozen=True)
class QualityRules:
    """Thresholds in days past due (upper bound of each class) and allowance rates in percent.

    Defaults are DOMAIN.md's; the rates follow the rural-bank scheme most cooperatives copy
    (the Kemenkop rates are unconfirmed), so they are settings.
    """

    lancar_max: int = 90
    kurang_lancar_max: int = 180
    diragukan_max: int = 270
    rate_lancar: Decimal = Decimal("0.5")
    rate_kurang_lancar: Decimal = Decimal("10")
    rate_diragukan: Decimal = Decimal("50")
    rate_macet: Decimal = Decimal("100")

    def __post_init__(self) -> None:
        if not 0 <= self.lancar_max < self.kurang_lancar_max < self.diragukan_max:
            raise ValidationError("thresholds", "must rise: lancar < kurang lancar < diragukan")
        for rate in (self.rate_lancar, self.rate_kurang_lancar, self.rate_diragukan, self.rate_macet):
            if not Decimal(0) <= rate <= Decimal(100):
                raise ValidationError("allowance rate", "must be between 0 and 100")

    def rate(self, cls: Collectibility) -> Decimal:
        return {
            Collectibility.LANCAR: self.rate_lancar,
            Collectibility.KURANG_LANCAR: self.rate_kurang_lancar,
            Collectibility.DIRAGUKAN: self.rate_diragukan,
            Collectibility.MACET: self.rate_macet,
        }[cls]


AGING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("current", 0, 0),
    ("1-30", 1, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("91-180", 91, 180),
    ("181-270", 181, 270),
    (">270", 271, None),
)


def days_past_due(oldest_unpaid_due: date | None, as_of: date) -> int:
    """Days since the oldest unpaid installment fell due (0 when nothing is overdue)."""
    if oldest_unpaid_due is None or oldest_unpaid_due >= as_of:
        return 0
    return (as_of - oldest_unpaid_due).days


def classify(dpd: int, rules: QualityRules = QualityRules()) -> Collectibility:
    if dpd <= rules.lancar_max:
        return Collectibility.LANCAR
    if dpd <= rules.kurang_lancar_max:
        return Collectibility.KURANG_LANCAR
    if dpd <= rules.diragukan_max:
        return Collectibility.DIRAGUKAN
    return Collectibility.MACET


def allowance_needed(outstanding: int, cls: Collectibility, collateral: int = 0,
                     rules: QualityRules = QualityRules()) -> int:
    """PPAP wajib dibentuk for one loan: Lancar on the outstanding, the others on the
    outstanding less eligible collateral (never below zero)."""
    base = outstanding if cls is Collectibility.LANCAR else max(outstanding - max(collateral, 0), 0)
    return round_rupiah(Decimal(base) * rules.rate(cls) / Decimal(100))


def aging_bucket(dpd: int) -> str:
    for name, low, high in AGING_BUCKETS:
        if dpd >= low and (high is None or dpd <= high):
            return name
    raise AssertionError(dpd)


def npl_ratio(outstanding_by_class: dict[Collectibility, int]) -> Decimal:
    """(Kurang Lancar + Diragukan + Macet) / total outstanding, as a fraction (0 when no loans)."""
    total = sum(outstanding_by_class.values())
    if total == 0:
        return Decimal(0)
    bad = sum(v for k, v in outstanding_by_class.items() if k.non_performing)
    return Decimal(bad) / Decimal(total)


def npl_score_label(ratio: Decimal) -> str:
    """Juknis 15/2021 scoring of NPL: ≤ 5% sehat, ≤ 10% cukup sehat, ≤ 15% kurang sehat, else tidak sehat."""
    pct = ratio * 100
    if pct <= 5:
        return "sehat"
    if pct <= 10:
        return "cukup sehat"
    if pct <= 15:
        return "kurang sehat"
    return "tidak sehat"

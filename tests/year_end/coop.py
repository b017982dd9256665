"""A small cooperative with a year of books worked out by hand.

2025: one member pays pokok 100.000 and wajib 50.000 in cash; other income 4290 Rp 2.000.000
(Mar), 4210 Rp 300.000 (Jun); costs 5220 Rp 350.000 (Feb), 5210 Rp 1.200.000 (Jul), 5230
Rp 250.000 (Nov).  Income 2.300.000 - costs 1.800.000 = SHU Rp 500.000.
No sukarela, no loans, no assets: month end posts nothing, so the figures stay hand-worked.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.calendar import Month
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger, month_end, savings
from coopdesk.services.context import AppContext
from tests.services.helpers import join

SHU_2025 = 500_000
EXPECTED_LINES = [  # (account, debit, credit) of the closing entry, in code order, 3180 last
    ("4210", 300_000, 0), ("4290", 2_000_000, 0), ("5210", 0, 1_200_000), ("5220", 0, 350_000),
    ("5230", 0, 250_000), ("3180", 0, 500_000)]


def books_2025(ctx: AppContext, *, month_ends: bool = True) -> str:
    number = join(ctx)
    savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 2))
    for day, lines in [
        (date(2025, 2, 10), [LineSpec("5220", debit=350_000), LineSpec("1110", credit=350_000)]),
        (date(2025, 3, 5), [LineSpec("1110", debit=2_000_000), LineSpec("4290", credit=2_000_000)]),
        (date(2025, 6, 30), [LineSpec("1121", debit=300_000), LineSpec("4210", credit=300_000)]),
        (date(2025, 7, 25), [LineSpec("5210", debit=1_200_000), LineSpec("1110", credit=1_200_000)]),
        (date(2025, 11, 20), [LineSpec("5230", debit=250_000), LineSpec("1121", credit=250_000)]),
    ]:
        ledger.post_manual(ctx, day, "uji", lines)
    if month_ends:
        run_month_ends(ctx, 2025)
    return number


def run_month_ends(ctx: AppContext, year: int, first: int = 1, last: int = 12) -> None:
    for m in range(first, last + 1):
        month_end.run(ctx, str(Month(year, m)))

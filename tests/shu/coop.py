"""A small cooperative whose 2025 SHU is worked out by hand (tests/shu).

Members (pokok 100.000 each, joined 2 January 2025):

- 00001 Ani: wajib 500.000, sukarela 1.000.000, no loan.
- 00002 Budi: wajib 300.000; loan 2.400.000 for 1 month at 1,5 % flat (10 January), repaid on
  10 February with interest 36.000.
- 00003 Citra: wajib 100.000; loan 1.200.000, 1 month, repaid with interest 18.000.
- 00004 Dewi: wajib 100.000; loan 1.200.000, 1 month, repaid with interest 18.000; left the
  cooperative on 30 June (pokok and wajib paid back).

Income and costs (sukarela interest set to 0 % so month ends post no interest; the loans are
repaid within a month so the allowance of January is released in February):
member income 4110 interest 72.000 + 4130 Rp 9.928.000 = member_net 10.000.000;
non-member income 4150 (a new account) 2.500.000; salaries 5210 2.500.000.
SHU = 10.000.000; member part = 10.000.000 × 10.000.000 / 12.500.000 = 8.000.000.

Default allocation of 10.000.000: Cadangan 4.000.000, Jasa Modal 2.000.000, Jasa Usaha
2.500.000, funds 500.000 + 500.000 + 250.000 + 250.000.  Member pools scaled to 8/10:
JM 1.600.000, JU 2.000.000; the 400.000 + 500.000 taken off go to Cadangan (4.900.000).

Capital at year end (pokok + wajib): Ani 600.000, Budi 400.000, Citra 200.000, Dewi 0; Σ 1.200.000.
JM: Ani 800.000; Budi 533.333,33… → 533.333; Citra 266.666,66… → 266.667 (larger remainder gets
the Rupiah left over).  Interest paid: Budi 36.000, Citra 18.000, Dewi 18.000; Σ 72.000.
JU: Budi 1.000.000, Citra 500.000, Dewi 500.000.
Totals: Ani 800.000, Budi 1.533.333, Citra 766.667, Dewi 500.000 = 3.600.000.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import update

from coopdesk.db.models import SavingsProduct
from coopdesk.db.schema import Database
from coopdesk.domain.calendar import Month
from coopdesk.domain.journal import LineSpec
from coopdesk.services import accounts, ledger, loan_repayments, member_exit, month_end, savings, year_end
from coopdesk.services.context import AppContext
from tests.loans.helpers import disbursed_loan, new_product, staff
from tests.services.helpers import join

TODAY = date(2026, 3, 31)
RAT = date(2026, 3, 14)
SHU = 10_000_000
MEMBER_PART = 8_000_000
NAMES = ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dewi Anggraini")
WAJIB = (500_000, 300_000, 100_000, 100_000)
LOANS = (0, 2_400_000, 1_200_000, 1_200_000)
INTEREST = (0, 36_000, 18_000, 18_000)
CAPITAL = (600_000, 400_000, 200_000, 0)
JM = (800_000, 533_333, 266_667, 0)
JU = (0, 1_000_000, 500_000, 500_000)
TOTAL = (800_000, 1_533_333, 766_667, 500_000)
ALLOCATION = [  # (account, amount credited) of the allocation entry, table order
    ("3161", 4_900_000), ("2121", 1_600_000), ("2121", 2_000_000), ("2122", 500_000), ("2123", 500_000),
    ("2124", 250_000), ("2125", 250_000)]


def context(db: Database, user: str = "admin", today: date = TODAY) -> AppContext:
    return AppContext(db, user_name=user, today=lambda: today, now=lambda: datetime(2026, 3, 14, 10, 0))


def books(db: Database, *, close: bool = True) -> tuple[AppContext, list[str]]:
    """The 2025 books above (closed unless ``close`` is False); returns the context and member numbers."""
    ctx = context(db)
    staff(ctx)
    with ctx.transaction() as session:
        session.execute(update(SavingsProduct).values(interest_rate_year=Decimal(0)))
    accounts.add(ctx, "4150", "Pendapatan Jasa Pinjaman Non-Anggota", "income", "nonmember")
    new_product(ctx, "PJ", term_min=1)
    numbers = []
    for i, name in enumerate(NAMES):
        number = join(ctx, name, date(2025, 1, 2), female=i in (0, 2, 3))
        savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
        savings.deposit(ctx, number, "wajib", WAJIB[i], date(2025, 1, 2))
        numbers.append(number)
    savings.deposit(ctx, numbers[0], "sukarela", 1_000_000, date(2025, 1, 2))
    for i in (1, 2, 3):
        loan = disbursed_loan(ctx, numbers[i], LOANS[i], 1, date(2025, 1, 10), product="PJ")
        loan_repayments.repay(ctx, loan, LOANS[i] + INTEREST[i], date(2025, 2, 10))
    member_exit.exit_member(ctx, numbers[3], date(2025, 6, 30), "keluar")
    for day, lines in [
        (date(2025, 3, 5), [LineSpec("1110", debit=9_928_000), LineSpec("4130", credit=9_928_000)]),
        (date(2025, 4, 7), [LineSpec("1121", debit=2_500_000), LineSpec("4150", credit=2_500_000)]),
        (date(2025, 7, 25), [LineSpec("5210", debit=2_500_000), LineSpec("1110", credit=2_500_000)]),
    ]:
        ledger.post_manual(ctx, day, "uji", lines)
    for m in range(1, 13):
        month_end.run(ctx, str(Month(2025, m)))
    if close:
        year_end.close(ctx, 2025)
    return ctx, numbers

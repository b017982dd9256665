"""The dashboard's figures on a small cooperative worked out by hand.

Today is Thursday 20 November 2025.  Six members: Budi (joined 2 Jan), Siti (5 Jan),
Agus (10 Mar), Dewi (1 Feb, left 15 Oct), Eko (1 Sep), and Fajar, a member since June 2024.

Savings: pokok 100.000 from each; Budi's sukarela 1.200.000 (2 Jan) earns 3.000 at
October's month end (3% a year on the lowest balance); wajib 50.000 from Budi and Eko
(5 Oct); Dewi paid pokok, wajib 50.000 and sukarela 300.000 on 1 Feb and took all 450.000
back when she left; Fajar's wajib deposit of 6 Oct was a mistake and was reversed.
October's month end bills wajib 50.000 to the five members then: Siti, Agus and Fajar owe it.

Loans (flat 1,5% a month, no fees, no late penalty; the ketua approves):
- Budi 12.000.000 / 12 from 15 Jan (1.180.000 a month from 15 Feb): never paid, 278 days
  late: Macet; ten installments due: 11.800.000;
- Agus 3.000.000 / 10 from 1 May (345.000 a month from 1 Jun): paid June only, oldest
  unpaid 1 Jul, 142 days late: Kurang Lancar, outstanding 2.700.000, 5 × 345.000 due;
- Siti 6.000.000 / 6 from 22 Jun (1.090.000 a month): paid July to October on time,
  outstanding 2.000.000, next due Saturday 22 Nov: Lancar, due this week;
- Eko 2.400.000 / 12 from 24 Oct (236.000 a month): first due Monday 24 Nov: Lancar, due
  this week.

Outstanding 19.100.000: Lancar 4.400.000 (2), Kurang Lancar 2.700.000 (1), Macet
12.000.000 (1); NPL = 14.700.000 / 19.100.000 = 76,96%: tidak sehat.

Cash: borrowed 30.000.000 from the bank on 2 Jan; deposits 2.250.000; loans paid out
23.400.000, repaid 4.705.000; Dewi's exit 450.000; electricity 300.000 (30 Oct); 2.000.000
into the bank (3 Nov); office supplies 185.000 (7 Nov) → 10.620.000.  Bank: 2.000.000 +
interest 25.000 (10 Nov) = 2.025.000.  November so far: income 25.000, expenses 185.000.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.db.schema import Database
from coopdesk.domain.calendar import Month
from coopdesk.domain.journal import LineSpec
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.reports.dashboard import Dashboard, dashboard, wajib_arrears_totals
from coopdesk.services import corrections, ledger, loan_repayments, member_exit, month_end, savings
from coopdesk.services.context import AppContext
from coopdesk.services.loan_portfolio import falling_due, portfolio
from coopdesk.services.savings import arrears_by_member
from tests.loans.helpers import context, disbursed_loan, new_product, staff
from tests.services.helpers import join

TODAY = date(2025, 11, 20)


@pytest.fixture
def coop(db: Database) -> AppContext:
    return build_coop(db)


def build_coop(db: Database) -> AppContext:
    """The cooperative of this module's docstring (also shown by tests/gui/test_dashboard.py)."""
    ctx = context(db, today=TODAY)
    staff(ctx)
    new_product(ctx, "TANPA")
    budi = join(ctx, "Budi Santoso", date(2025, 1, 2))
    siti = join(ctx, "Siti Rahayu", date(2025, 1, 5), female=True)
    agus = join(ctx, "Agus Hidayat", date(2025, 3, 10))
    dewi = join(ctx, "Dewi Lestari", date(2025, 2, 1), female=True)
    eko = join(ctx, "Eko Pratama", date(2025, 9, 1))
    fajar = join(ctx, "Fajar Nugroho", date(2024, 6, 1))
    ledger.post_manual(ctx, date(2025, 1, 2), "Pinjaman modal kerja dari bank",
                       [LineSpec("1110", debit=30_000_000), LineSpec("2150", credit=30_000_000)])
    for number, day in ((budi, date(2025, 1, 2)), (siti, date(2025, 1, 5)), (fajar, date(2025, 1, 2)),
                        (dewi, date(2025, 2, 1)), (agus, date(2025, 3, 10)), (eko, date(2025, 9, 1))):
        savings.deposit(ctx, number, "pokok", 100_000, day)
    savings.deposit(ctx, budi, "sukarela", 1_200_000, date(2025, 1, 2))
    savings.deposit(ctx, dewi, "wajib", 50_000, date(2025, 2, 1))
    savings.deposit(ctx, dewi, "sukarela", 300_000, date(2025, 2, 1))

    disbursed_loan(ctx, budi, 12_000_000, 12, date(2025, 1, 15), "TANPA")
    agus_loan = disbursed_loan(ctx, agus, 3_000_000, 10, date(2025, 5, 1), "TANPA")
    loan_repayments.repay(ctx, agus_loan, 345_000, date(2025, 6, 1))
    siti_loan = disbursed_loan(ctx, siti, 6_000_000, 6, date(2025, 6, 22), "TANPA")
    for month in (7, 8, 9, 10):
        loan_repayments.repay(ctx, siti_loan, 1_090_000, date(2025, month, 22))
    savings.deposit(ctx, budi, "wajib", 50_000, date(2025, 10, 5))
    savings.deposit(ctx, eko, "wajib", 50_000, date(2025, 10, 5))
    wrong = savings.deposit(ctx, fajar, "wajib", 50_000, date(2025, 10, 6))
    corrections.reverse(ctx, wrong.voucher, "Salah anggota", date(2025, 10, 6))
    member_exit.exit_member(ctx, dewi, date(2025, 10, 15), "keluar")
    disbursed_loan(ctx, eko, 2_400_000, 12, date(2025, 10, 24), "TANPA")
    ledger.post_manual(ctx, date(2025, 10, 30), "Listrik Oktober",
                       [LineSpec("5230", debit=300_000), LineSpec("1110", credit=300_000)])
    month_end.run(ctx, "2025-10")
    ledger.post_manual(ctx, date(2025, 11, 3), "Setor kas ke bank",
                       [LineSpec("1121", debit=2_000_000), LineSpec("1110", credit=2_000_000)])
    ledger.post_manual(ctx, date(2025, 11, 7), "Beli kertas dan tinta",
                       [LineSpec("5220", debit=185_000), LineSpec("1110", credit=185_000)])
    ledger.post_manual(ctx, date(2025, 11, 10), "Jasa giro November",
                       [LineSpec("1121", debit=25_000), LineSpec("4210", credit=25_000)])
    return ctx


def figures(ctx: AppContext, day: date = TODAY) -> Dashboard:
    with ctx.reading() as session:
        return dashboard(session, day)


def test_members_savings_cash_and_the_month(coop: AppContext) -> None:
    d = figures(coop)
    assert d.coop_name == "KSP Sejahtera"
    assert (d.members_active, d.members_joined, d.members_left) == (5, 5, 1)
    assert [(s.code, s.account, s.balance) for s in d.savings] == [
        ("pokok", "3110", 500_000), ("wajib", "3120", 100_000), ("sukarela", "2111", 1_203_000)]
    assert d.savings_total == 1_803_000
    assert (d.cash, d.bank) == (10_620_000, 2_025_000)
    assert (d.income_month, d.expense_month, d.month_result) == (25_000, 185_000, -160_000)
    assert (d.arrears_members, d.arrears_amount) == (3, 150_000)


def test_loan_book_classes_npl_late_and_due_this_week(coop: AppContext) -> None:
    d = figures(coop)
    assert (d.loans_count, d.loans_outstanding) == (4, 19_100_000)
    assert [(c.collectibility, c.count, c.outstanding) for c in d.classes] == [
        (Collectibility.LANCAR, 2, 4_400_000), (Collectibility.KURANG_LANCAR, 1, 2_700_000),
        (Collectibility.DIRAGUKAN, 0, 0), (Collectibility.MACET, 1, 12_000_000)]
    assert d.non_performing == 14_700_000
    assert d.npl == Decimal(14_700_000) / Decimal(19_100_000)
    assert d.npl_label == "tidak sehat"
    assert (d.late_count, d.late_amount) == (2, 11_800_000 + 1_725_000)
    assert (d.due_count, d.due_amount, d.due_until) == (2, 1_090_000 + 236_000, date(2025, 11, 26))


def test_due_this_week_is_today_and_the_six_days_after(coop: AppContext) -> None:
    # 18 Nov: window 18-24 Nov holds Siti's 22nd and Eko's 24th.
    assert (figures(coop, date(2025, 11, 18)).due_count, figures(coop, date(2025, 11, 18)).due_amount) == \
        (2, 1_326_000)
    # 17 Nov: window 17-23 Nov stops before Eko's 24th.
    assert figures(coop, date(2025, 11, 17)).due_amount == 1_090_000
    # 25 Nov: Siti's and Eko's installments are late now, not due; the window 25 Nov - 1 Dec
    # holds Agus's installment of 1 December (he is late as well, so both lists show him).
    later = figures(coop, date(2025, 11, 25))
    assert (later.due_count, later.due_amount) == (1, 345_000)
    assert later.late_count == 4
    with coop.reading() as session:
        due = falling_due(session, TODAY)
    assert [(d.row.member_name, d.amount) for d in due] == [("Siti Rahayu", 1_090_000), ("Eko Pratama", 236_000)]


def test_twelve_month_trend_ends_with_the_tiles(coop: AppContext) -> None:
    d = figures(coop)
    assert [p.month for p in d.trend] == [Month(2024, 12)] + [Month(2025, m) for m in range(1, 12)]
    assert [p.day for p in d.trend][:2] == [date(2024, 12, 31), date(2025, 1, 31)]
    assert d.trend[-1].day == TODAY  # the running month ends today
    assert [p.savings for p in d.trend] == [
        0, 1_500_000, 1_950_000, 2_050_000, 2_050_000, 2_050_000, 2_050_000, 2_050_000, 2_050_000, 2_150_000,
        1_803_000, 1_803_000]
    assert [p.loans for p in d.trend] == [
        0, 12_000_000, 12_000_000, 12_000_000, 12_000_000, 15_000_000, 20_700_000, 19_700_000, 18_700_000,
        17_700_000, 19_100_000, 19_100_000]
    assert d.trend[-1].savings == d.savings_total
    assert d.trend[-1].loans == d.loans_outstanding  # 1141 = the portfolio's outstanding


def test_figures_agree_with_the_services_that_own_them(coop: AppContext) -> None:
    d = figures(coop)
    with coop.reading() as session:
        control = savings.control_totals(session, TODAY)
        assert {s.account: s.balance for s in d.savings} == control
        for s in d.savings:
            assert -ledger.account_balance(session, s.account, TODAY) == s.balance
        book = portfolio(session, TODAY)
        assert d.npl == book.npl and d.loans_outstanding == book.outstanding
        owed = arrears_by_member(session)
        assert wajib_arrears_totals(session) == (len(owed), sum(a.total for a in owed.values()))


def test_wajib_arrears_totals_follow_the_oldest_first_rule(coop: AppContext) -> None:
    """Prepaid, partly paid, a payment reversed, nothing paid and a
    member who left: the aggregate matches arrears_by_member month by month."""
    coop_nov = context(coop.db, today=date(2025, 12, 31))
    month_end.run(coop_nov, "2025-11")  # a second wajib month: 100.000 owed by everyone but Budi, Eko
    savings.deposit(coop, "00001", "wajib", 200_000, date(2025, 12, 1))  # Budi prepays
    savings.deposit(coop, "00002", "wajib", 30_000, date(2025, 12, 1))  # Siti pays part of October
    with coop.reading() as session:
        owed = arrears_by_member(session)
        totals = wajib_arrears_totals(session)
    assert {k: a.total for k, a in owed.items()} == {2: 70_000, 3: 100_000, 5: 50_000, 6: 100_000}
    assert totals == (4, 320_000)


def test_empty_books_show_zeros(ctx: AppContext) -> None:
    d = figures(ctx, date(2025, 3, 15))
    assert (d.members_active, d.savings_total, d.loans_count, d.cash, d.bank) == (0, 0, 0, 0, 0)
    assert d.npl == 0 and d.npl_label == "sehat"
    assert len(d.trend) == 12 and all(p.savings == p.loans == 0 for p in d.trend)
    assert [s.code for s in d.savings] == ["pokok", "wajib", "sukarela"]

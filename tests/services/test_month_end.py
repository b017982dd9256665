"""Month end: wajib obligations and arrears, sukarela interest with final tax, run once only.
Interest here is 3% a year (the books' default): one month is basis x 0,25%."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import InterestPosting, Member, MonthEndRun, SavingsTransaction, WajibObligation
from coopdesk.domain.errors import ValidationError
from coopdesk.services import member_exit, month_end, savings, savings_products
from coopdesk.services.context import AppContext
from coopdesk.services.savings_products import ProductChange

from .helpers import balances, context, credit_balance, debit_balance, entry_lines, join, member_id, snapshot, tb


def _obligations(ctx: AppContext) -> list[tuple[str, str, int]]:
    with ctx.reading() as session:
        return [(number, period, amount) for number, period, amount in session.execute(
            select(Member.number, WajibObligation.period, WajibObligation.amount)
            .join(Member, Member.id == WajibObligation.member_id)
            .order_by(WajibObligation.period, Member.number))]


def test_obligations_for_members_of_the_month_and_arrears_fifo(ctx: AppContext) -> None:
    a = join(ctx, "Ahmad", joined=date(2025, 1, 2))
    b = join(ctx, "Bambang", joined=date(2025, 2, 10))
    c = join(ctx, "Citra", joined=date(2025, 1, 2), female=True)
    member_exit.exit_member(ctx, c, date(2025, 2, 15), "keluar")  # nothing to pay back yet
    savings.deposit(ctx, a, "wajib", 75_000, date(2025, 1, 20))

    jan = month_end.run(ctx, "2025-01")
    # January: Ahmad and Citra (still a member on the 31st); Bambang had not joined.
    assert (jan.already_done, jan.obligations_created, jan.voucher) == (False, 2, None)
    feb = month_end.run(ctx, "2025-02")
    # February: Ahmad and Bambang; Citra left on the 15th.
    assert feb.obligations_created == 2
    mar = month_end.run(ctx, "2025-03")
    assert mar.obligations_created == 2
    assert _obligations(ctx) == [
        (a, "2025-01", 50_000), (c, "2025-01", 50_000),
        (a, "2025-02", 50_000), (b, "2025-02", 50_000),
        (a, "2025-03", 50_000), (b, "2025-03", 50_000),
    ]
    # Ahmad paid 75.000: January settled, 25.000 of February; owes 25.000 + 50.000 = 75.000.
    # Bambang paid nothing: February and March, 100.000.
    assert mar.arrears == [(a, "Ahmad", 75_000), (b, "Bambang", 100_000)]
    with ctx.reading() as session:
        owed = savings.arrears(session, member_id(ctx, a))
        assert owed.months == [("2025-02", 25_000), ("2025-03", 50_000)]
        assert owed.total == 75_000
        # Citra's January obligation was never paid, but she has left: the exit settled her
        # membership, so she is no longer in arrears (nor in March's arrears list above).
        assert savings.arrears(session, member_id(ctx, c)).months == []
    # A later payment settles the oldest month first.
    savings.deposit(ctx, b, "wajib", 50_000, date(2025, 4, 2))
    with ctx.reading() as session:
        assert savings.arrears(session, member_id(ctx, b)).months == [("2025-03", 50_000)]


def test_interest_on_the_lowest_balance_and_final_tax(ctx: AppContext) -> None:
    small = join(ctx, "Ahmad")
    big = join(ctx, "Bambang")
    at_limit = join(ctx, "Citra", female=True)
    over_limit = join(ctx, "Dewi", female=True)
    late = join(ctx, "Eko")
    savings.deposit(ctx, small, "sukarela", 10_000_000, date(2025, 1, 5))
    savings.deposit(ctx, big, "sukarela", 120_000_000, date(2025, 1, 6))
    savings.deposit(ctx, at_limit, "sukarela", 96_000_000, date(2025, 1, 7))
    savings.deposit(ctx, over_limit, "sukarela", 96_000_400, date(2025, 1, 7))
    savings.deposit(ctx, late, "sukarela", 5_000_000, date(2025, 2, 10))  # lowest February balance: 0

    # January: every account was opened during the month, lowest balance 0: no interest entry.
    assert month_end.run(ctx, "2025-01").voucher is None

    feb = month_end.run(ctx, "2025-02")
    # Ahmad   10.000.000 x 0,25% =  25.000, tax 0
    # Bambang 120.000.000 x 0,25% = 300.000 > 240.000: tax 10% of 300.000 = 30.000, net 270.000
    # Citra   96.000.000 x 0,25% = 240.000 exactly: tax 0
    # Dewi    96.000.400 x 0,25% = 240.001: tax 10% of 240.001 = 24.000, net 216.001
    # Eko     nothing: his lowest February balance is 0
    got = [(i.number, i.result.basis, i.result.gross, i.result.tax, i.result.net) for i in feb.interest]
    assert got == [
        (small, 10_000_000, 25_000, 0, 25_000),
        (big, 120_000_000, 300_000, 30_000, 270_000),
        (at_limit, 96_000_000, 240_000, 0, 240_000),
        (over_limit, 96_000_400, 240_001, 24_000, 216_001),
    ]
    # gross 25.000 + 300.000 + 240.000 + 240.001 = 805.001; tax 30.000 + 24.000 = 54.000
    assert (feb.gross_total, feb.tax_total) == (805_001, 54_000)
    assert feb.voucher == "JM-2025-000001"
    ids = {n: member_id(ctx, n) for n in (small, big, at_limit, over_limit)}
    assert entry_lines(ctx, feb.voucher) == [
        ("5110", 805_001, 0, None),
        ("2111", 0, 25_000, ids[small]),
        ("2111", 0, 270_000, ids[big]),
        ("2111", 0, 240_000, ids[at_limit]),
        ("2111", 0, 216_001, ids[over_limit]),
        ("2140", 0, 54_000, None),
    ]
    assert balances(ctx, big)["sukarela"] == 120_270_000
    assert balances(ctx, late)["sukarela"] == 5_000_000
    assert debit_balance(ctx, "5110") == 805_001
    assert credit_balance(ctx, "2140") == 54_000
    with ctx.reading() as session:
        rows = session.execute(select(SavingsTransaction.member_id, SavingsTransaction.amount, SavingsTransaction.kind)
                               .where(SavingsTransaction.date == date(2025, 2, 28))
                               .order_by(SavingsTransaction.member_id, SavingsTransaction.kind)).all()
        # The member's ledger shows the gross interest and the tax withheld separately.
        assert [tuple(r) for r in rows] == [
            (ids[small], 25_000, "interest"), (ids[big], 300_000, "interest"), (ids[big], -30_000, "tax"),
            (ids[at_limit], 240_000, "interest"),
            (ids[over_limit], 240_001, "interest"), (ids[over_limit], -24_000, "tax"),
        ]
        postings = session.execute(select(InterestPosting.member_id, InterestPosting.basis, InterestPosting.gross,
                                          InterestPosting.tax).order_by(InterestPosting.member_id)).all()
        assert [tuple(p) for p in postings] == [
            (ids[small], 10_000_000, 25_000, 0), (ids[big], 120_000_000, 300_000, 30_000),
            (ids[at_limit], 96_000_000, 240_000, 0), (ids[over_limit], 96_000_400, 240_001, 24_000)]
        assert savings.control_totals(session)["2111"] == credit_balance(ctx, "2111")

    # March compounds on February's credited interest:
    # Ahmad   10.025.000 x 0,25% = 25.062,5 -> 25.063
    # Bambang 120.270.000 x 0,25% = 300.675; tax 30.067,5 -> 30.068; net 270.607
    mar = {i.number: (i.result.gross, i.result.tax) for i in month_end.run(ctx, "2025-03").interest}
    assert mar[small] == (25_063, 0)
    assert mar[big] == (300_675, 30_068)
    assert mar[late] == (12_500, 0)  # 5.000.000 all of March: 12.500


def test_one_big_saver_entry(ctx: AppContext) -> None:
    big = join(ctx)
    savings.deposit(ctx, big, "sukarela", 120_000_000, date(2025, 1, 31))
    # February, lowest balance 120.000.000 x 3% / 12 = 300.000 > 240.000: tax 10% = 30.000, net 270.000
    result = month_end.run(ctx, "2025-02")
    assert entry_lines(ctx, result.voucher or "") == [
        ("5110", 300_000, 0, None), ("2111", 0, 270_000, member_id(ctx, big)), ("2140", 0, 30_000, None)]
    assert balances(ctx, big)["sukarela"] == 120_270_000


def test_average_daily_balance_option_and_minimum_balance(ctx: AppContext) -> None:
    savings_products.update(ctx, "sukarela", ProductChange(interest_basis="average",
                                                           interest_min_balance=1_000_000))
    a = join(ctx, "Ahmad")
    b = join(ctx, "Bambang")
    savings.deposit(ctx, a, "sukarela", 3_100_000, date(2025, 3, 22))
    savings.deposit(ctx, b, "sukarela", 3_099_980, date(2025, 3, 22))
    result = month_end.run(ctx, "2025-03")
    # Ahmad: 10 days (22nd-31st) x 3.100.000 / 31 = 1.000.000, at the minimum: 1.000.000 x 0,25% = 2.500
    # Bambang: 10 x 3.099.980 / 31 = 999.993,55 -> 999.994, below the minimum: nothing
    got = {i.number: (i.result.basis, i.result.gross) for i in result.interest}
    assert got == {a: (1_000_000, 2_500)}
    savings_products.update(ctx, "sukarela", ProductChange(interest_min_balance=3_200_000))
    # April, whole month at 3.100.000 average: below the new minimum, no interest at all.
    assert month_end.run(ctx, "2025-04").interest == []


def test_running_the_same_month_twice_changes_nothing(ctx: AppContext) -> None:
    a = join(ctx, "Ahmad")
    b = join(ctx, "Bambang")
    savings.deposit(ctx, a, "sukarela", 120_000_000, date(2025, 1, 5))
    savings.deposit(ctx, b, "wajib", 20_000, date(2025, 1, 5))
    first = month_end.run(ctx, "2025-02")
    before, trial = snapshot(ctx.db), tb(ctx)
    second = month_end.run(ctx, "2025-02")
    assert snapshot(ctx.db) == before
    assert tb(ctx) == trial
    assert not first.already_done and second.already_done
    assert (second.period, second.voucher, second.obligations_created) == ("2025-02", first.voucher, 2)
    assert second.interest == first.interest
    assert second.arrears == first.arrears == [(a, "Ahmad", 50_000), (b, "Bambang", 30_000)]
    with ctx.reading() as session:
        assert session.scalars(select(MonthEndRun.period)).all() == ["2025-02"]
    assert month_end.runs(ctx) == ["2025-02"]


def _refused(ctx: AppContext, period: str, match: str) -> None:
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match=match) as err:
        month_end.run(ctx, period)
    assert err.value.field == "month"
    assert snapshot(ctx.db) == before


def test_refusals(ctx: AppContext) -> None:
    a = join(ctx)
    savings.deposit(ctx, a, "sukarela", 1_000_000, date(2025, 1, 5))
    _refused(ctx, "2026-01", "2026-01 has not ended yet")
    _refused(ctx, "2024-12", "before the books start")
    _refused(ctx, "2025-13", "YYYY-MM")
    _refused(ctx, "Desember", "YYYY-MM")
    _refused(context(ctx.db, today=date(2025, 12, 30)), "2025-12", "has not ended yet")
    # On its last day the month may be closed.
    assert not month_end.run(context(ctx.db, today=date(2025, 12, 31)), "2025-12").already_done


def test_a_month_with_no_members(ctx: AppContext) -> None:
    result = month_end.run(ctx, "2025-01")
    assert (result.obligations_created, result.voucher, result.interest, result.arrears) == (0, None, [], [])
    assert month_end.runs(ctx) == ["2025-01"]

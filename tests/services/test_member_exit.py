"""A member leaves: pokok, wajib and sukarela are paid back in one entry; reversing it restores."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.services import corrections, member_exit, members, month_end, savings, savings_products
from coopdesk.services.context import AppContext
from coopdesk.services.savings_products import ProductChange

from .helpers import balances, credit_balance, debit_balance, entry_lines, join, member_id, snapshot


def _saver(ctx: AppContext) -> str:
    number = join(ctx, "Ahmad")
    savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
    for month in (1, 2, 3):
        savings.deposit(ctx, number, "wajib", 50_000, date(2025, month, 10))
    savings.deposit(ctx, number, "sukarela", 1_000_000, date(2025, 1, 15))
    savings.withdraw(ctx, number, "sukarela", 250_000, date(2025, 3, 1))
    return number


def test_exit_pays_everything_back_in_one_entry(ctx: AppContext) -> None:
    number = _saver(ctx)
    mid = member_id(ctx, number)
    assert member_exit.preview(ctx, number, date(2025, 6, 30)) == [
        ("Simpanan Pokok", 100_000), ("Simpanan Wajib", 150_000), ("Simpanan Sukarela", 750_000)]
    result = member_exit.exit_member(ctx, number, date(2025, 6, 30), "keluar")
    # 100.000 + 150.000 + 750.000 = 1.000.000 paid out in cash
    assert result.total == 1_000_000
    assert result.voucher == "BKK-2025-000002"  # the sukarela withdrawal was BKK-1
    assert (result.number, result.name, result.date, result.reason) == (number, "Ahmad", date(2025, 6, 30), "keluar")
    assert entry_lines(ctx, result.voucher) == [
        ("3110", 100_000, 0, mid), ("3120", 150_000, 0, mid), ("2111", 750_000, 0, mid),
        ("1110", 0, 1_000_000, mid)]
    assert balances(ctx, number) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    for code in ("3110", "3120", "2111"):
        assert credit_balance(ctx, code) == 0
    # cash: in 100.000 + 150.000 + 1.000.000, out 250.000 + 1.000.000 = 0
    assert debit_balance(ctx, "1110") == 0
    m = members.get(ctx, number)
    assert (m.status, m.status_date, m.exit_reason) == ("keluar", date(2025, 6, 30), "keluar")
    # No more obligations after leaving.
    assert month_end.run(ctx, "2025-07").obligations_created == 0


def test_after_the_exit_nothing_more_can_happen(ctx: AppContext) -> None:
    number = _saver(ctx)
    member_exit.exit_member(ctx, number, date(2025, 6, 30), "meninggal")
    assert members.get(ctx, number).status == "meninggal"
    before = snapshot(ctx.db)
    for call in (lambda: member_exit.exit_member(ctx, number, date(2025, 7, 1), "keluar"),
                 lambda: savings.deposit(ctx, number, "sukarela", 1_000, date(2025, 7, 1)),
                 lambda: savings.withdraw(ctx, number, "sukarela", 1_000, date(2025, 7, 1))):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == "member"
    assert snapshot(ctx.db) == before


def test_reversing_the_exit_restores_the_member_and_the_savings(ctx: AppContext) -> None:
    number = _saver(ctx)
    result = member_exit.exit_member(ctx, number, date(2025, 6, 30), "diberhentikan")
    assert result.voucher is not None
    corrections.reverse(ctx, result.voucher, "anggota batal keluar", date(2025, 7, 2))
    assert balances(ctx, number) == {"pokok": 100_000, "wajib": 150_000, "sukarela": 750_000}
    assert (credit_balance(ctx, "3110"), credit_balance(ctx, "3120"), credit_balance(ctx, "2111")) == (
        100_000, 150_000, 750_000)
    m = members.get(ctx, number)
    assert (m.status, m.status_date, m.exit_reason) == ("aktif", None, "")
    # Active again: can save and leave again.
    savings.deposit(ctx, number, "sukarela", 5_000, date(2025, 7, 3))
    again = member_exit.exit_member(ctx, number, date(2025, 7, 4), "keluar")
    assert again.total == 1_005_000


def _refused(ctx: AppContext, number: str, day: date, reason: str, field: str, match: str) -> None:
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match=match) as err:
        member_exit.exit_member(ctx, number, day, reason)
    assert err.value.field == field
    assert snapshot(ctx.db) == before


def test_exit_refusals(ctx: AppContext) -> None:
    number = _saver(ctx)
    _refused(ctx, number, date(2025, 2, 15), "keluar", "date", "movements after this date")
    _refused(ctx, number, date(2024, 12, 31), "keluar", "date", "before the member joined")
    _refused(ctx, number, date(2025, 6, 30), "pindah", "reason", "keluar, meninggal or diberhentikan")
    _refused(ctx, "77777", date(2025, 6, 30), "keluar", "member", "no member")


def test_exit_with_nothing_to_pay_back(ctx: AppContext) -> None:
    number = join(ctx)
    result = member_exit.exit_member(ctx, number, date(2025, 3, 1), "Keluar ")
    assert (result.voucher, result.paid_back, result.total) == (None, [], 0)
    assert members.get(ctx, number).status == "keluar"


def test_no_interest_lands_on_a_closed_account_after_the_exit(ctx: AppContext) -> None:
    # Found by this suite: a month end run late (February, after an exit dated in March)
    # credited February's interest to the member who had been paid out already.
    number = join(ctx)
    savings.deposit(ctx, number, "sukarela", 10_000_000, date(2025, 1, 5))
    settlement = member_exit.exit_member(ctx, number, date(2025, 3, 10), "keluar")
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match="left on 2025-03-10, after 2025-02") as err:
        month_end.run(ctx, "2025-02")
    assert err.value.field == "month"
    assert snapshot(ctx.db) == before
    # The way out the message gives: reverse the exit, run February, leave again.
    assert settlement.voucher is not None
    corrections.reverse(ctx, settlement.voucher, "bulan Februari belum ditutup", date(2025, 3, 10))
    feb = month_end.run(ctx, "2025-02")
    assert [(i.number, i.result.gross) for i in feb.interest] == [(number, 25_000)]  # 10.000.000 x 0,25%
    again = member_exit.exit_member(ctx, number, date(2025, 3, 10), "keluar")
    assert again.total == 10_025_000
    assert balances(ctx, number)["sukarela"] == 0
    assert month_end.run(ctx, "2025-03").interest == []
    assert balances(ctx, number)["sukarela"] == 0


def test_average_basis_pays_no_part_month_interest_after_the_exit(ctx: AppContext) -> None:
    # Found by this suite: with the average daily balance, a member who left on the 10th still
    # earned interest for days 1-9, credited on the 31st to a settled, closed account.
    savings_products.update(ctx, "sukarela", ProductChange(interest_basis="average"))
    leaver, stayer = join(ctx, "Ahmad"), join(ctx, "Bambang")
    for number in (leaver, stayer):
        savings.deposit(ctx, number, "sukarela", 3_100_000, date(2025, 2, 20))
    month_end.run(ctx, "2025-02")
    member_exit.exit_member(ctx, leaver, date(2025, 3, 10), "keluar")
    march = month_end.run(ctx, "2025-03")
    # Bambang: 3.100.000 + February's interest, all March.  Ahmad: nothing, he was settled on the 10th.
    assert [i.number for i in march.interest] == [stayer]
    assert balances(ctx, leaver) == {"pokok": 0, "wajib": 0, "sukarela": 0}

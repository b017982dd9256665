"""Deposits and withdrawals: the right accounts, the member on every line, the savings ledger
in the same transaction, and every refusal leaves the books exactly as they were."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import JournalEntry, SavingsTransaction, User
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.services import member_exit, savings, users
from coopdesk.services.context import AppContext

from .helpers import balances, context, entry_lines, join, member_id, snapshot, tb


@pytest.mark.parametrize(("product", "account", "amount"),
                         [("sukarela", "2111", 250_000), ("pokok", "3110", 100_000), ("wajib", "3120", 50_000)])
def test_deposit_posts_cash_against_the_products_control_account(ctx: AppContext, product: str, account: str,
                                                                 amount: int) -> None:
    number = join(ctx)
    mid = member_id(ctx, number)
    posted = savings.deposit(ctx, number, product, amount, date(2025, 2, 3))
    assert posted.voucher == "BKM-2025-000001"
    assert (posted.date, posted.amount) == (date(2025, 2, 3), amount)
    assert entry_lines(ctx, posted.voucher) == [("1110", amount, 0, mid), (account, 0, amount, mid)]
    with ctx.reading() as session:
        entry = session.scalar(select(JournalEntry).where(JournalEntry.voucher == posted.voucher))
        assert entry is not None
        assert entry.source == "savings.deposit"
        assert number in entry.memo
        assert session.get(User, entry.user_id).name == "admin"  # type: ignore[union-attr]
        rows = session.scalars(select(SavingsTransaction)).all()
        assert [(r.member_id, r.date, r.amount, r.kind, r.entry_id) for r in rows] == [
            (mid, date(2025, 2, 3), amount, "deposit", entry.id)]
    assert balances(ctx, number)[product] == amount
    assert tb(ctx).total_debit == tb(ctx).total_credit == amount


def test_the_acting_user_is_recorded(ctx: AppContext) -> None:
    users.add(ctx, "Sari", "kasir")
    number = join(ctx)
    kasir = context(ctx.db, user="Sari")
    voucher = savings.deposit(kasir, number, "sukarela", 10_000, date(2025, 2, 3)).voucher
    with ctx.reading() as session:
        entry = session.scalar(select(JournalEntry).where(JournalEntry.voucher == voucher))
        assert session.get(User, entry.user_id).name == "Sari"  # type: ignore[union-attr]
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        savings.deposit(context(ctx.db, user="nobody"), number, "sukarela", 10_000, date(2025, 2, 3))
    assert err.value.field == "user"
    assert snapshot(ctx.db) == before


def test_withdrawal_posts_the_control_account_against_cash(ctx: AppContext) -> None:
    number = join(ctx)
    mid = member_id(ctx, number)
    savings.deposit(ctx, number, "sukarela", 500_000, date(2025, 2, 3))
    posted = savings.withdraw(ctx, number, "sukarela", 200_000, date(2025, 2, 10))
    assert posted.voucher == "BKK-2025-000001"
    assert entry_lines(ctx, posted.voucher) == [("2111", 200_000, 0, mid), ("1110", 0, 200_000, mid)]
    assert balances(ctx, number)["sukarela"] == 300_000
    # The whole remaining balance can be taken out, down to zero.
    savings.withdraw(ctx, number, "sukarela", 300_000, date(2025, 2, 11))
    assert balances(ctx, number)["sukarela"] == 0
    with ctx.reading() as session:
        hist = savings.history(session, mid)
    assert [(h.kind, h.amount, h.balance) for h in hist] == [
        ("deposit", 500_000, 500_000), ("withdrawal", -200_000, 300_000), ("withdrawal", -300_000, 0)]


def _refused(ctx: AppContext, field: str, match: str, call: object, *args: object) -> None:
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match=match) as err:
        call(*args)  # type: ignore[operator]
    assert err.value.field == field
    assert snapshot(ctx.db) == before, "a refused posting changed the database"


def test_withdrawal_refusals_change_nothing(ctx: AppContext) -> None:
    number = join(ctx)
    savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 2))
    savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 3, 10))
    savings.withdraw(ctx, number, "sukarela", 80_000, date(2025, 3, 20))
    # balance: 100.000 from the 10th, 20.000 from the 20th
    _refused(ctx, "amount", "more than the balance", savings.withdraw, ctx, number, "sukarela", 20_001,
             date(2025, 3, 25))
    # Back-dated to the 15th: 100.000 was there that day, but the 20th would end at 20.000 - 50.000 < 0.
    _refused(ctx, "amount", "more than the balance", savings.withdraw, ctx, number, "sukarela", 50_000,
             date(2025, 3, 15))
    # Before the money came in.
    _refused(ctx, "amount", "more than the balance", savings.withdraw, ctx, number, "sukarela", 10_000,
             date(2025, 3, 5))
    _refused(ctx, "product", "only be withdrawn when membership ends", savings.withdraw, ctx, number, "pokok",
             10_000, date(2025, 3, 25))
    _refused(ctx, "product", "only be withdrawn when membership ends", savings.withdraw, ctx, number, "wajib",
             10_000, date(2025, 3, 25))
    _refused(ctx, "product", "no savings product", savings.withdraw, ctx, number, "berjangka", 1, date(2025, 3, 25))
    _refused(ctx, "member", "no member", savings.withdraw, ctx, "99999", "sukarela", 1, date(2025, 3, 25))
    for bad in (0, -5, 1.5, True, "5000"):
        _refused(ctx, "amount", "whole Rupiah|more than zero", savings.withdraw, ctx, number, "sukarela", bad,
                 date(2025, 3, 25))
    # What stays allowed: exactly the balance that every later day can spare.
    savings.withdraw(ctx, number, "sukarela", 20_000, date(2025, 3, 15))
    assert balances(ctx, number) == {"pokok": 100_000, "wajib": 50_000, "sukarela": 0}


def test_exited_member_can_neither_deposit_nor_withdraw(ctx: AppContext) -> None:
    number = join(ctx)
    savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 1, 5))
    member_exit.exit_member(ctx, number, date(2025, 4, 30), "keluar")
    _refused(ctx, "member", "no longer an active member", savings.withdraw, ctx, number, "sukarela", 1,
             date(2025, 5, 2))
    _refused(ctx, "member", "no longer an active member", savings.deposit, ctx, number, "sukarela", 1,
             date(2025, 5, 2))


def test_deposit_refusals_change_nothing(ctx: AppContext) -> None:
    number = join(ctx, joined=date(2025, 3, 1))
    _refused(ctx, "date", "before the member joined", savings.deposit, ctx, number, "sukarela", 1_000,
             date(2025, 2, 28))
    _refused(ctx, "member", "no member", savings.deposit, ctx, "00099", "sukarela", 1_000, date(2025, 3, 5))
    _refused(ctx, "product", "no savings product", savings.deposit, ctx, number, "deposito", 1_000,
             date(2025, 3, 5))
    for bad in (0, -1_000, 10.0, None):
        _refused(ctx, "amount", "whole Rupiah|more than zero", savings.deposit, ctx, number, "sukarela", bad,
                 date(2025, 3, 5))


def test_deposit_before_the_books_start_refused(ctx: AppContext) -> None:
    number = join(ctx, joined=date(2024, 6, 1))  # joined before CoopDesk was used
    _refused(ctx, "date", "before the books start", savings.deposit, ctx, number, "sukarela", 1_000,
             date(2024, 12, 31))
    savings.deposit(ctx, number, "sukarela", 1_000, date(2025, 1, 1))


def test_pokok_cannot_exceed_the_product_amount(ctx: AppContext) -> None:
    number = join(ctx)
    # Pokok is Rp 100.000 in these books.
    _refused(ctx, "amount", "simpanan pokok is Rp 100.000; Rp 0 is already paid", savings.deposit, ctx, number,
             "pokok", 150_000, date(2025, 1, 2))
    savings.deposit(ctx, number, "pokok", 60_000, date(2025, 1, 2))  # in two parts is fine
    _refused(ctx, "amount", "Rp 60.000 is already paid", savings.deposit, ctx, number, "pokok", 40_001,
             date(2025, 1, 3))
    savings.deposit(ctx, number, "pokok", 40_000, date(2025, 1, 3))
    _refused(ctx, "amount", "simpanan pokok", savings.deposit, ctx, number, "pokok", 1, date(2025, 1, 4))
    assert balances(ctx, number)["pokok"] == 100_000
    # Wajib and sukarela have no such ceiling: wajib may be paid ahead.
    savings.deposit(ctx, number, "wajib", 600_000, date(2025, 1, 4))
    assert balances(ctx, number)["wajib"] == 600_000


def test_not_found_errors_name_the_field(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError) as err:
        savings.deposit(ctx, "12345", "sukarela", 1_000, date(2025, 3, 5))
    assert err.value.field == "member"
    assert "12345" in err.value.message


def test_control_accounts_equal_the_members_balances(ctx: AppContext) -> None:
    a, b = join(ctx), join(ctx, "Siti Aminah", female=True)
    for number in (a, b):
        savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
        savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 2))
    savings.deposit(ctx, a, "sukarela", 700_000, date(2025, 1, 3))
    savings.deposit(ctx, b, "sukarela", 300_000, date(2025, 1, 3))
    savings.withdraw(ctx, b, "sukarela", 125_000, date(2025, 1, 4))
    with ctx.reading() as session:
        totals = savings.control_totals(session)
    # pokok 2 x 100.000; wajib 2 x 50.000; sukarela 700.000 + 300.000 - 125.000 = 875.000
    assert totals == {"3110": 200_000, "3120": 100_000, "2111": 875_000}
    rows = {r.code: (r.debit, r.credit) for r in tb(ctx).rows}
    assert rows == {"1110": (1_175_000, 0), "2111": (0, 875_000), "3110": (0, 200_000), "3120": (0, 100_000)}

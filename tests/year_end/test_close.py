"""Closing and re-opening a year: figures worked out by hand in coop.py."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from coopdesk.db.models import Account, ClosedYear, JournalEntry
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import YEAR_CLOSE_SOURCE, LineSpec
from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.statement import Period
from coopdesk.services import cash_count, corrections, ledger, users, year_end
from coopdesk.services.context import AppContext
from tests.conftest import make_ctx
from tests.services.helpers import credit_balance, snapshot

from .coop import EXPECTED_LINES, SHU_2025, books_2025

DEC31 = date(2025, 12, 31)
YEAR = Period(date(2025, 1, 1), DEC31)


def _lines(result: year_end.CloseResult) -> list[tuple[str, int, int]]:
    return [(l.account_code, l.debit, l.credit) for l in result.lines]


def _pnl_balances(ctx: AppContext) -> dict[str, int]:
    with ctx.reading() as session:
        codes = session.scalars(select(Account.code).where(Account.kind.in_(("income", "expense"))))
        return {c: ledger.account_balance(session, c, DEC31) for c in codes}


def test_close_zeroes_income_and_expenses_into_3180(ctx: AppContext) -> None:
    books_2025(ctx)
    with ctx.reading() as session:
        before = balance_sheet(session, DEC31)
        shu_before = income_statement(session, YEAR).amount("after_tax")
    assert shu_before == SHU_2025
    assert any(_pnl_balances(ctx).values())

    result = year_end.close(ctx, 2025)

    assert (result.voucher, result.day, result.shu, result.dry_run) == ("JM-2025-000001", DEC31, SHU_2025, False)
    assert _lines(result) == EXPECTED_LINES
    assert [i.key for i in result.warnings] == ["cash_count"]
    assert set(_pnl_balances(ctx).values()) == {0}
    assert credit_balance(ctx, "3180", DEC31) == SHU_2025
    with ctx.reading() as session:
        entry = ledger.entry_by_voucher(session, "JM-2025-000001")
        assert (entry.source, entry.date, entry.journal_type) == (YEAR_CLOSE_SOURCE, DEC31, "JM")
        assert session.get(ClosedYear, 2025) is not None
        after = balance_sheet(session, DEC31)
        for key in ("total_assets", "total_equity", "total_liabilities_equity"):
            assert after.amount(key) == before.amount(key), key
        # The closed year's income statement still shows the year's income.
        assert income_statement(session, YEAR).amount("after_tax") == SHU_2025
        # The closing lines describe the year's close even once it is posted (closing entries left out).
        assert [(l.account_code, l.debit, l.credit) for l in year_end.closing_lines(session, 2025)] == EXPECTED_LINES
    history = year_end.history(ctx, 2025)
    assert [(h.action, h.user, h.voucher, h.note) for h in history] == [
        ("close", "admin", "JM-2025-000001", "SHU Rp 500.000")]


def test_closed_year_refuses_postings_in_service_and_database(ctx: AppContext) -> None:
    books_2025(ctx)
    year_end.close(ctx, 2025)
    with pytest.raises(ValidationError) as err:
        ledger.post_manual(ctx, date(2025, 6, 1), "telat", [LineSpec("5220", debit=1_000),
                                                            LineSpec("1110", credit=1_000)])
    assert err.value.field == "date" and "closed year" in err.value.message
    # The database refuses it too, whatever the application does.
    with pytest.raises((IntegrityError, DBAPIError)), ctx.transaction() as session:
        session.execute(insert(JournalEntry.__table__).values(
            voucher="JU-2025-999999", journal_type="JU", year=2025, seq=999_999, date=date(2025, 6, 1),
            memo="langsung", user_id=1, created_at=datetime(2026, 1, 2), source="manual"))
    # 2026 is open.
    later = make_ctx(ctx.db, today=date(2026, 1, 31))
    assert ledger.post_manual(later, date(2026, 1, 5), "ATK", [LineSpec("5220", debit=1_000),
                                                                LineSpec("1110", credit=1_000)]).voucher


def test_dry_run_changes_nothing_and_shows_the_close(ctx: AppContext) -> None:
    books_2025(ctx)
    before = snapshot(ctx.db)
    dry = year_end.close(ctx, 2025, dry_run=True)
    assert snapshot(ctx.db) == before
    assert dry.dry_run and _lines(dry) == EXPECTED_LINES and dry.shu == SHU_2025
    real = year_end.close(ctx, 2025)
    assert (real.voucher, _lines(real), real.shu) == (dry.voucher, _lines(dry), dry.shu)


def test_close_refused_twice_and_while_blocking_items_fail(ctx: AppContext) -> None:
    books_2025(ctx, month_ends=False)
    before = snapshot(ctx.db)
    for dry_run in (True, False):
        with pytest.raises(ValidationError) as err:
            year_end.close(ctx, 2025, dry_run=dry_run)
        assert err.value.field == "year" and "2025-01" in err.value.message
    assert snapshot(ctx.db) == before
    from .coop import run_month_ends
    run_month_ends(ctx, 2025)
    year_end.close(ctx, 2025)
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match="2025 is already closed"):
        year_end.close(ctx, 2025)
    with pytest.raises(ValidationError) as bad:
        year_end.close(ctx, "20x5")
    assert bad.value.field == "year"
    with pytest.raises(ValidationError, match="before the books start"):
        year_end.close(ctx, 2024)
    assert snapshot(ctx.db) == before


def test_reopen_needs_an_administrator_and_a_reason(ctx: AppContext) -> None:
    books_2025(ctx)
    year_end.close(ctx, 2025)
    users.add(ctx, "siti", "bendahara")
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        year_end.reopen(make_ctx(ctx.db, user="siti"), 2025, "salah catat")
    assert err.value.field == "user"
    with pytest.raises(ValidationError) as err:
        year_end.reopen(ctx, 2025, "   ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError, match="2024 is not closed"):
        year_end.reopen(ctx, 2024, "salah")
    assert snapshot(ctx.db) == before


def test_reopen_reverses_the_close_and_closing_again_gives_the_same_figures(ctx: AppContext) -> None:
    books_2025(ctx)
    first = year_end.close(ctx, 2025)
    # The ordinary correction path cannot undo a close: it would unlock nothing and skip the reason.
    with pytest.raises(ValidationError, match="re-open the year"):
        corrections.reverse(ctx, first.voucher or "", "coba", date(2026, 1, 2))
    reversal = year_end.reopen(ctx, 2025, "  koreksi gaji Juli  ")
    assert reversal == "JK-2025-000001"
    with ctx.reading() as session:
        assert session.get(ClosedYear, 2025) is None
        entry = ledger.entry_by_voucher(session, reversal)
        original = ledger.entry_by_voucher(session, first.voucher or "")
        assert (entry.source, entry.date, entry.reverses_id, entry.reason) == (
            YEAR_CLOSE_SOURCE, DEC31, original.id, "koreksi gaji Juli")
        assert income_statement(session, YEAR).amount("after_tax") == SHU_2025
    assert credit_balance(ctx, "3180", DEC31) == 0
    assert _pnl_balances(ctx)["4290"] == -2_000_000
    # Open again: a late cost can be posted, and the new close takes it in.
    ledger.post_manual(ctx, date(2025, 12, 30), "Listrik Desember", [LineSpec("5230", debit=100_000),
                                                                      LineSpec("1110", credit=100_000)])
    second = year_end.close(ctx, 2025)
    assert second.voucher == "JM-2025-000002" and second.shu == SHU_2025 - 100_000
    assert ("5230", 0, 350_000) in _lines(second)
    assert credit_balance(ctx, "3180", DEC31) == SHU_2025 - 100_000
    assert set(_pnl_balances(ctx).values()) == {0}
    assert [(h.action, h.voucher, h.note) for h in year_end.history(ctx, 2025)] == [
        ("close", "JM-2025-000001", "SHU Rp 500.000"), ("reopen", "JK-2025-000001", "koreksi gaji Juli"),
        ("close", "JM-2025-000002", "SHU Rp 400.000")]


def test_reopen_then_close_without_changes_gives_the_same_lines(ctx: AppContext) -> None:
    books_2025(ctx)
    first = year_end.close(ctx, 2025)
    year_end.reopen(ctx, 2025, "periksa ulang")
    second = year_end.close(ctx, 2025)
    assert _lines(second) == _lines(first) == EXPECTED_LINES
    assert credit_balance(ctx, "3180", DEC31) == SHU_2025


def test_checklist_on_a_small_cooperative(ctx: AppContext) -> None:
    books_2025(ctx, month_ends=False)
    items = {i.key: i for i in year_end.checklist(ctx, 2025)}
    assert list(items) == ["not_closed", "month_ends", "accounts", "ledgers_agree", "cash_count", "allowance",
                           "depreciation"]
    assert items["ledgers_agree"].ok and items["ledgers_agree"].blocking
    assert not items["month_ends"].ok and items["month_ends"].blocking
    assert items["month_ends"].detail.startswith("0 of 12 months run; missing: 2025-01, 2025-02")
    assert not items["allowance"].ok and not items["allowance"].blocking
    assert not items["cash_count"].ok and not items["cash_count"].blocking
    assert items["not_closed"].ok and items["depreciation"].ok and items["accounts"].ok
    from .coop import run_month_ends
    run_month_ends(ctx, 2025, 1, 11)
    items = {i.key: i for i in year_end.checklist(ctx, 2025)}
    assert items["month_ends"].fix == "run month end for 2025-12"
    run_month_ends(ctx, 2025, 12, 12)
    with ctx.reading() as session:
        book = ledger.account_balance(session, "1110", DEC31)
    cash_count.record(ctx, date(2025, 12, 31), {"note:50000": book // 50_000})
    items = {i.key: i for i in year_end.checklist(ctx, 2025)}
    assert all(i.ok for i in items.values()), items
    year_end.close(ctx, 2025)
    items = {i.key: i for i in year_end.checklist(ctx, 2025)}
    assert not items["not_closed"].ok and items["not_closed"].blocking


def test_books_starting_mid_year_and_the_previous_year(empty_db: object) -> None:
    from coopdesk.db.schema import Database
    from coopdesk.services.books import BooksSetup, init_books

    from .coop import run_month_ends
    assert isinstance(empty_db, Database)
    init_books(empty_db, BooksSetup("KSP Muda", date(2024, 7, 1)))
    ctx = make_ctx(empty_db)
    run_month_ends(ctx, 2024, 7, 12)
    run_month_ends(ctx, 2025)
    items = {i.key: i for i in year_end.checklist(ctx, 2024)}
    assert "previous_closed" not in items and items["month_ends"].detail == "6 of 6 months run"
    items = {i.key: i for i in year_end.checklist(ctx, 2025)}
    assert not items["previous_closed"].ok and items["previous_closed"].blocking
    with pytest.raises(ValidationError, match="2024 is not closed yet; close it first"):
        year_end.close(ctx, 2025)
    # Nothing earned or spent: the year closes with no entry, only the lock.
    first = year_end.close(ctx, 2024)
    assert (first.voucher, first.lines, first.shu) == (None, [], 0)
    year_end.close(ctx, 2025)
    with pytest.raises(ValidationError, match="2025 is closed too; re-open it first"):
        year_end.reopen(ctx, 2024, "salah")
    assert year_end.reopen(ctx, 2025, "salah") is None
    assert year_end.reopen(ctx, 2024, "salah") is None


def test_checklist_refuses_books_whose_savings_ledger_disagrees_with_its_account(ctx: AppContext) -> None:
    """A members' savings row without its journal amount (as a damaged database or a bad import
    would leave it) is named, and closing is refused: SHU must not be shared on books like that."""
    from coopdesk.db.models import Member, SavingsProduct, SavingsTransaction

    books_2025(ctx)
    with ctx.db.sessions.begin() as session:
        member_id = session.scalar(select(Member.id))
        product_id = session.scalar(select(SavingsProduct.id).where(SavingsProduct.account_code == "3120"))
        entry_id = session.scalar(select(JournalEntry.id).order_by(JournalEntry.id))
        session.execute(insert(SavingsTransaction).values(member_id=member_id, product_id=product_id,
                                                          date=date(2025, 3, 1), amount=50_000, kind="deposit",
                                                          entry_id=entry_id))
    items = {i.key: i for i in year_end.checklist(ctx, 2025)}
    assert not items["ledgers_agree"].ok and items["ledgers_agree"].blocking
    # wajib by members: 50.000 paid + 50.000 injected; on 3120 only the 50.000 posted.
    assert items["ledgers_agree"].detail == "3120: members Rp 100.000 ≠ ledger Rp 50.000"
    with pytest.raises(ValidationError, match="Books balance and subledgers agree"):
        year_end.close(ctx, 2025)

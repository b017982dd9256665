"""Cash expense, cash income and transfers: the entries they post, and bad input refused
without changing anything."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.services import accounts, cash_entries
from coopdesk.services.context import AppContext
from tests.cash.conftest import CashLedger
from tests.services.helpers import debit_balance, entry_lines, snapshot


def test_the_story_posts_these_vouchers_and_balances(cash_ledger: CashLedger) -> None:
    ctx = cash_ledger.ctx
    assert cash_ledger.vouchers == ["BKM-2025-000001", "BKK-2025-000001", "BKM-2025-000002", "BKK-2025-000002",
                                    "JU-2025-000001", "BKM-2025-000003", "BKK-2025-000003"]
    assert entry_lines(ctx, "BKK-2025-000001") == [("5220", 150_000, 0, None), ("1110", 0, 150_000, None)]
    assert entry_lines(ctx, "BKM-2025-000002") == [("1110", 50_000, 0, None), ("4290", 0, 50_000, None)]
    assert entry_lines(ctx, "BKK-2025-000002") == [("1121", 500_000, 0, None), ("1110", 0, 500_000, None)]
    assert entry_lines(ctx, "JU-2025-000001") == [("1122", 200_000, 0, None), ("1121", 0, 200_000, None)]
    assert entry_lines(ctx, "BKM-2025-000003") == [("1110", 100_000, 0, None), ("1121", 0, 100_000, None)]
    assert entry_lines(ctx, "BKK-2025-000003") == [("5230", 80_000, 0, None), ("1121", 0, 80_000, None)]
    assert debit_balance(ctx, "1110") == 500_000
    assert debit_balance(ctx, "1121") == 120_000
    assert debit_balance(ctx, "1122") == 200_000
    assert debit_balance(ctx, "5220") == 150_000
    assert debit_balance(ctx, "4290") == -50_000


def test_transfer_voucher_follows_the_cash_box() -> None:
    from coopdesk.domain.journal import JournalType

    assert cash_entries.transfer_type("1110", "1121", "1110") is JournalType.CASH_OUT
    assert cash_entries.transfer_type("1122", "1110", "1110") is JournalType.CASH_IN
    assert cash_entries.transfer_type("1121", "1122", "1110") is JournalType.GENERAL


def test_defaults_today_and_records_the_user(ctx: AppContext) -> None:
    posted = cash_entries.cash_income(ctx, None, "4210", 12_345, "  Jasa giro Desember  ")
    assert posted.date == date(2025, 12, 31) and posted.amount == 12_345
    from coopdesk.reports.journal_list import list_entries

    with ctx.reading() as session:
        (row,) = list_entries(session)
    assert (row.memo, row.user, row.source) == ("Jasa giro Desember", "admin", "cash.income")


BAD = [
    ("expense into an income account", lambda c: cash_entries.cash_expense(c, None, "4290", 1000, "x"), "account",
     "account 4290 is not an expense account"),
    ("expense into an asset", lambda c: cash_entries.cash_expense(c, None, "1121", 1000, "x"), "account",
     "account 1121 is not an expense account"),
    ("expense paid from loans", lambda c: cash_entries.cash_expense(c, None, "5220", 1000, "x", "1141"), "from",
     "account 1141 is not a cash or bank account"),
    ("expense from savings", lambda c: cash_entries.cash_expense(c, None, "5220", 1000, "x", "2111"), "from",
     "account 2111 is not a cash or bank account"),
    ("income into an expense account", lambda c: cash_entries.cash_income(c, None, "5220", 1000, "x"), "account",
     "account 5220 is not an income account"),
    ("income into a liability", lambda c: cash_entries.cash_income(c, None, "4290", 1000, "x", "2140"), "to",
     "account 2140 is not a cash or bank account"),
    ("zero", lambda c: cash_entries.cash_expense(c, None, "5220", 0, "x"), "amount", "must be more than zero"),
    ("negative", lambda c: cash_entries.cash_income(c, None, "4290", -5, "x"), "amount", "must be more than zero"),
    ("a fraction", lambda c: cash_entries.cash_expense(c, None, "5220", 1.5, "x"), "amount", "must be whole Rupiah"),
    ("True is not Rp 1", lambda c: cash_entries.transfer(c, None, "1110", "1121", True, "x"), "amount",
     "must be whole Rupiah"),
    ("no memo", lambda c: cash_entries.cash_expense(c, None, "5220", 1000, "   "), "memo", "is required"),
    ("before the books", lambda c: cash_entries.cash_expense(c, date(2024, 12, 31), "5220", 1000, "x"), "date",
     "is before the books start (2025-01-01)"),
    ("same account", lambda c: cash_entries.transfer(c, None, "1121", "1121", 1000, "x"), "to",
     "must be a different account from 1121"),
    ("transfer to the loans", lambda c: cash_entries.transfer(c, None, "1110", "1141", 1000, "x"), "to",
     "account 1141 is not a cash or bank account"),
    ("transfer from a heading", lambda c: cash_entries.transfer(c, None, "2120", "1110", 1000, "x"), "from",
     "account 2120 is a heading; post to one of its sub-accounts"),
]


@pytest.mark.parametrize(("case", "call", "field", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused_and_changes_nothing(cash_ledger: CashLedger, case: str, call, field: str,
                                                  message: str) -> None:
    before = snapshot(cash_ledger.ctx.db)
    with pytest.raises(ValidationError) as err:
        call(cash_ledger.ctx)
    assert (err.value.field, err.value.message) == (field, message)
    assert snapshot(cash_ledger.ctx.db) == before


def test_unknown_and_inactive_accounts(ctx: AppContext) -> None:
    accounts.set_active(ctx, "5330", False)
    before = snapshot(ctx.db)
    with pytest.raises(NotFoundError) as err:
        cash_entries.cash_expense(ctx, None, "5999", 1000, "x")
    assert (err.value.field, err.value.message) == ("account", "no account with code 5999")
    with pytest.raises(ValidationError) as err:
        cash_entries.cash_expense(ctx, None, "5330", 1000, "RAT")
    assert err.value.message == "account 5330 is inactive"
    assert snapshot(ctx.db) == before


def test_pickers_offer_the_right_accounts(ctx: AppContext) -> None:
    from coopdesk.domain.accounts import AccountKind

    accounts.add(ctx, "1123", "Bank BRI", "asset")
    accounts.add(ctx, "1111", "Kas Kecil", "asset")
    with ctx.reading() as session:
        assert [o.code for o in cash_entries.cash_accounts(session)] == ["1110", "1111", "1121", "1122", "1123"]
        expenses = [o.code for o in cash_entries.accounts_of_kind(session, AccountKind.EXPENSE)]
        income = [o.code for o in cash_entries.accounts_of_kind(session, AccountKind.INCOME)]
    assert expenses[0] == "5110" and "5220" in expenses and "4290" not in expenses
    assert income == ["4110", "4120", "4130", "4140", "4210", "4290"]
    # A cash sub-account added by the cooperative works like 1110.
    assert cash_entries.transfer(ctx, None, "1111", "1123", 1, "uji").voucher == "JU-2025-000001"


def test_a_cash_entry_can_be_reversed(cash_ledger: CashLedger) -> None:
    from coopdesk.services import corrections

    ctx = cash_ledger.ctx
    reversal = corrections.reverse(ctx, "BKK-2025-000001", "salah akun", date(2025, 2, 20))
    assert reversal.voucher == "JK-2025-000001"
    assert debit_balance(ctx, "5220") == 0
    assert debit_balance(ctx, "1110") == 650_000

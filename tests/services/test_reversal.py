"""Reversing entries: the only way to correct the books."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import JournalEntry
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.reports.journal_list import list_entries
from coopdesk.services import corrections, ledger, month_end, savings
from coopdesk.services.context import AppContext

from .helpers import balances, credit_balance, entry_lines, join, member_id, snapshot, tb


def test_reversing_a_deposit(ctx: AppContext) -> None:
    number = join(ctx)
    mid = member_id(ctx, number)
    deposit = savings.deposit(ctx, number, "sukarela", 250_000, date(2025, 3, 3)).voucher
    rev = corrections.reverse(ctx, deposit, "  salah anggota  ", date(2025, 3, 4))
    assert rev.voucher == "JK-2025-000001"
    assert (rev.date, rev.amount) == (date(2025, 3, 4), 250_000)
    # The mirror image of the original, line by line, member included.
    assert entry_lines(ctx, deposit) == [("1110", 250_000, 0, mid), ("2111", 0, 250_000, mid)]
    assert entry_lines(ctx, rev.voucher) == [("1110", 0, 250_000, mid), ("2111", 250_000, 0, mid)]
    with ctx.reading() as session:
        original = ledger.entry_by_voucher(session, deposit)
        reversal = ledger.entry_by_voucher(session, rev.voucher)
        assert reversal.reverses_id == original.id
        assert reversal.reason == "salah anggota"
        assert reversal.memo == f"Koreksi {deposit}: salah anggota"
        assert reversal.source == "reversal:savings.deposit"
        assert original.reverses_id is None  # the original row is untouched
        rows = {r.voucher: r for r in list_entries(session)}
        assert rows[deposit].reversed_by == rev.voucher
        assert rows[rev.voucher].reverses == deposit
        hist = savings.history(session, mid)
    assert [(h.kind, h.amount, h.balance, h.voucher) for h in hist] == [
        ("deposit", 250_000, 250_000, deposit), ("rev-deposit", -250_000, 0, rev.voucher)]
    assert balances(ctx, number)["sukarela"] == 0
    assert credit_balance(ctx, "2111") == 0
    assert {(r.code, r.debit, r.credit) for r in tb(ctx).rows} == {("1110", 0, 0), ("2111", 0, 0)}


def test_reversal_defaults_to_today(ctx: AppContext) -> None:
    number = join(ctx)
    deposit = savings.deposit(ctx, number, "wajib", 50_000, date(2025, 3, 3)).voucher
    assert corrections.reverse(ctx, deposit.lower(), "dobel").date == date(2025, 12, 31)


def _refused(ctx: AppContext, voucher: str, reason: str, field: str, match: str, day: date | None = None) -> None:
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match=match) as err:
        corrections.reverse(ctx, voucher, reason, day)
    assert err.value.field == field
    assert snapshot(ctx.db) == before


def test_reversal_refusals(ctx: AppContext) -> None:
    number = join(ctx)
    deposit = savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 3, 3)).voucher
    _refused(ctx, deposit, "", "reason", "required")
    _refused(ctx, deposit, "   ", "reason", "required")
    _refused(ctx, "BKM-2025-000099", "x", "voucher", "no journal entry")
    _refused(ctx, deposit, "x", "date", "before the entry it reverses", date(2025, 3, 2))
    rev = corrections.reverse(ctx, deposit, "dobel", date(2025, 3, 3)).voucher
    _refused(ctx, deposit, "lagi", "voucher", f"already reversed by {rev}")
    _refused(ctx, rev, "batal koreksi", "voucher", "is itself a reversal")
    with pytest.raises(NotFoundError):
        corrections.reverse(ctx, "nonsense", "x")


def test_reversing_a_deposit_already_withdrawn_is_refused(ctx: AppContext) -> None:
    number = join(ctx)
    deposit = savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 3, 3)).voucher
    savings.withdraw(ctx, number, "sukarela", 60_000, date(2025, 3, 10))
    # Reversing it dated after the withdrawal would leave -60.000.
    _refused(ctx, deposit, "salah", "voucher", f"overdraw the savings of member {number}")
    # ...and dated before the withdrawal, the withdrawal's day would go negative.
    _refused(ctx, deposit, "salah", "voucher", "overdraw", date(2025, 3, 5))
    assert balances(ctx, number)["sukarela"] == 40_000


def test_reversing_a_withdrawal_gives_the_money_back(ctx: AppContext) -> None:
    number = join(ctx)
    savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 3, 3))
    withdrawal = savings.withdraw(ctx, number, "sukarela", 60_000, date(2025, 3, 10)).voucher
    corrections.reverse(ctx, withdrawal, "tidak jadi")
    assert balances(ctx, number)["sukarela"] == 100_000
    assert credit_balance(ctx, "2111") == 100_000


def test_reversing_a_manual_entry(ctx: AppContext) -> None:
    manual = ledger.post_manual(ctx, date(2025, 4, 1), "Beli ATK", [LineSpec("5220", debit=150_000),
                                                                    LineSpec("1110", credit=150_000)]).voucher
    rev = corrections.reverse(ctx, manual, "nota ganda").voucher
    assert entry_lines(ctx, rev) == [("5220", 0, 150_000, None), ("1110", 150_000, 0, None)]
    assert {(r.code, r.debit, r.credit) for r in tb(ctx).rows} == {("1110", 0, 0), ("5220", 0, 0)}


def test_reversing_month_end_interest_cancels_interest_and_tax(ctx: AppContext) -> None:
    big = join(ctx)
    savings.deposit(ctx, big, "sukarela", 120_000_000, date(2025, 1, 5))
    voucher = month_end.run(ctx, "2025-02").voucher
    assert voucher is not None
    assert balances(ctx, big)["sukarela"] == 120_270_000
    corrections.reverse(ctx, voucher, "tarif salah")
    assert balances(ctx, big)["sukarela"] == 120_000_000
    assert credit_balance(ctx, "2111") == 120_000_000
    assert credit_balance(ctx, "2140") == 0
    with ctx.reading() as session:
        assert session.scalar(select(JournalEntry.reverses_id).where(JournalEntry.journal_type == "JK")) is not None
    # The month stays done: running it again posts nothing new.
    before = snapshot(ctx.db)
    assert month_end.run(ctx, "2025-02").already_done
    assert snapshot(ctx.db) == before

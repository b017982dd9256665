"""Helpers for the fixed-asset and cash-count tests: money in the cash box, entries as tuples."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger
from coopdesk.services.context import AppContext


def fund(ctx: AppContext, amount: int, day: date = date(2025, 1, 2), account: str = "1110") -> None:
    """A grant (hibah) into the cash box or the bank, so there is money to spend."""
    ledger.post_manual(ctx, day, "Hibah", [LineSpec(account, debit=amount), LineSpec("3150", credit=amount)])


def lines(ctx: AppContext, voucher: str) -> list[tuple[str, int, int]]:
    """(account, debit, credit) of each line of a posted entry."""
    with ctx.reading() as session:
        return [(l.account.code, l.debit, l.credit) for l in ledger.entry_by_voucher(session, voucher).lines]


def balance(ctx: AppContext, code: str, day: date | None = None) -> int:
    """Debit-minus-credit balance of an account."""
    with ctx.reading() as session:
        return ledger.account_balance(session, code, day)

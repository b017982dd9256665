"""Buku besar: the journal lines of one account (or of the accounts behind a statement figure)
for a period, with the opening balance and a running balance.

This is also the drill-down behind every statement figure: a figure's accounts and period
open here, so the reader sees the very lines that add up to it.  The screen reads the same
ledger a page at a time (:mod:`coopdesk.reports.ledger_pages`); both take their lines and
opening balance from :func:`~coopdesk.reports.ledger_pages.ledger_scope`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine, Member
from coopdesk.reports.ledger_pages import LEDGER_ORDER, LedgerRow, drill_down_period, ledger_scope, line_text
from coopdesk.reports.ledger_sums import AccountInfo
from coopdesk.reports.statement import Period, StatementLine

__all__ = ["GeneralLedger", "LedgerRow", "drill_down", "general_ledger"]


@dataclass(frozen=True)
class GeneralLedger:
    accounts: list[AccountInfo]
    period: Period
    debit_normal: bool
    opening: int
    rows: list[LedgerRow]

    @property
    def total_debit(self) -> int:
        return sum(r.debit for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)

    @property
    def closing(self) -> int:
        movement = self.total_debit - self.total_credit
        return self.opening + (movement if self.debit_normal else -movement)

    @property
    def title(self) -> str:
        if len(self.accounts) == 1:
            return f"{self.accounts[0].code} {self.accounts[0].name}"
        return ", ".join(a.code for a in self.accounts)

    def as_json(self) -> dict[str, object]:
        return {
            "accounts": [{"code": a.code, "name": a.name} for a in self.accounts],
            "period": self.period.as_json(),
            "opening_balance": self.opening,
            "lines": [{"date": r.date.isoformat(), "voucher": r.voucher, "memo": r.memo, "account": r.account_code,
                       "member": r.member_number, "debit": r.debit, "credit": r.credit, "balance": r.balance}
                      for r in self.rows],
            "total_debit": self.total_debit,
            "total_credit": self.total_credit,
            "closing_balance": self.closing,
        }


def general_ledger(session: Session, codes: Sequence[str], start: date, end: date, *,
                   include_closing: bool = True) -> GeneralLedger:
    """Lines of ``codes`` dated ``start``..``end`` in date order.  Unknown codes are refused."""
    scope = ledger_scope(session, codes, start, end, include_closing=include_closing)
    stmt = (
        select(JournalEntry.id, JournalEntry.date, JournalEntry.voucher, JournalEntry.memo, JournalLine.memo,
               Account.code, Member.number, JournalLine.debit, JournalLine.credit)
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .join(Account, JournalLine.account_id == Account.id)
        .outerjoin(Member, JournalLine.member_id == Member.id)
        .where(*scope.where)
        .order_by(*LEDGER_ORDER)
    )
    rows = []
    balance = scope.opening
    for entry_id, day, voucher, memo, line_memo, code, member, debit, credit in session.execute(stmt):
        balance += scope.sign * (debit - credit)
        rows.append(LedgerRow(entry_id, day, voucher, line_text(memo, line_memo), code, member, int(debit),
                              int(credit), balance))
    return GeneralLedger(scope.accounts, scope.period, scope.debit_normal, scope.opening, rows)


def drill_down(session: Session, line: StatementLine, period: Period) -> GeneralLedger:
    """The journal lines behind a statement figure (see :func:`ledger_pages.drill_down_period`)."""
    start, end, include_closing = drill_down_period(line, period)
    return general_ledger(session, line.codes, start, end, include_closing=include_closing)

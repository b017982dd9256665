"""Buku besar: the journal lines of one account (or of the accounts behind a statement figure)
for a period, with the opening balance and a running balance.

This is also the drill-down behind every statement figure: a figure's accounts and period
open here, so the reader sees the very lines that add up to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine, Member
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import YEAR_CLOSE_SOURCE
from coopdesk.reports.ledger_sums import AccountInfo, chart
from coopdesk.reports.statement import Period, StatementLine, day_before


@dataclass(frozen=True, slots=True)
class LedgerRow:
    entry_id: int
    date: date
    voucher: str
    memo: str
    account_code: str
    member_number: str | None
    debit: int
    credit: int
    balance: int  # running balance on the ledger's normal side


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


def _balance(session: Session, account_ids: Sequence[int], as_of: date, include_closing: bool) -> int:
    stmt = (
        select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .where(JournalLine.account_id.in_(account_ids), JournalEntry.date <= as_of)
    )
    if not include_closing:
        stmt = stmt.where(JournalEntry.source != YEAR_CLOSE_SOURCE)
    return int(session.scalar(stmt) or 0)


def general_ledger(session: Session, codes: Sequence[str], start: date, end: date, *,
                   include_closing: bool = True) -> GeneralLedger:
    """Lines of ``codes`` dated ``start``..``end`` in date order.  Unknown codes are refused."""
    if start > end:
        raise ValidationError("from", "is after the end of the period ({end})", end=end.isoformat())
    accounts = chart(session)
    infos = []
    for code in codes:
        if code not in accounts:
            raise NotFoundError("account", "no account with code {code}", code=code)
        infos.append(accounts[code])
    ids = list(session.scalars(select(Account.id).where(Account.code.in_(list(codes)))))
    debit_normal = infos[0].debit_normal if infos else True
    sign = 1 if debit_normal else -1
    opening = sign * _balance(session, ids, day_before(start), include_closing)
    stmt = (
        select(JournalEntry.id, JournalEntry.date, JournalEntry.voucher, JournalEntry.memo, JournalLine.memo,
               Account.code, Member.number, JournalLine.debit, JournalLine.credit)
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .join(Account, JournalLine.account_id == Account.id)
        .outerjoin(Member, JournalLine.member_id == Member.id)
        .where(JournalLine.account_id.in_(ids), JournalEntry.date >= start, JournalEntry.date <= end)
        .order_by(JournalEntry.date, JournalEntry.id, JournalLine.line_no)
    )
    if not include_closing:
        stmt = stmt.where(JournalEntry.source != YEAR_CLOSE_SOURCE)
    rows = []
    balance = opening
    for entry_id, day, voucher, memo, line_memo, code, member, debit, credit in session.execute(stmt):
        balance += sign * (debit - credit)
        text = f"{memo} · {line_memo}" if line_memo and line_memo != memo else memo
        rows.append(LedgerRow(entry_id, day, voucher, text, code, member, int(debit), int(credit), balance))
    return GeneralLedger(infos, Period(start, end), debit_normal, opening, rows)


def drill_down(session: Session, line: StatementLine, period: Period) -> GeneralLedger:
    """The journal lines behind a statement figure.  A balance at a date opens the year up to
    that date (with the opening balance brought forward); a movement opens the period."""
    start = period.start if period.start is not None and line.basis == "movement" else date(period.end.year, 1, 1)
    return general_ledger(session, line.codes, start, period.end,
                          include_closing=line.basis == "balance")

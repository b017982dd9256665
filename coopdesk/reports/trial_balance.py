"""Trial balance (neraca saldo): every account's balance on its normal side at a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine
from coopdesk.domain.accounts import balance_sides


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    kind: str
    debit: int
    credit: int


@dataclass(frozen=True)
class TrialBalance:
    date: date
    rows: list[TrialBalanceRow]

    @property
    def total_debit(self) -> int:
        return sum(r.debit for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit

    def as_json(self) -> dict[str, object]:
        return {
            "date": self.date.isoformat(),
            "accounts": [{"code": r.code, "name": r.name, "debit": r.debit, "credit": r.credit} for r in self.rows],
            "total_debit": self.total_debit,
            "total_credit": self.total_credit,
        }


def trial_balance(session: Session, as_of: date, *, include_zero: bool = False) -> TrialBalance:
    """One grouped query over the journal up to ``as_of`` (covering index on lines)."""
    sums = {
        account_id: (int(d), int(c))
        for account_id, d, c in session.execute(
            select(JournalLine.account_id, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
            .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
            .where(JournalEntry.date <= as_of)
            .group_by(JournalLine.account_id)
        ).all()
    }
    rows = []
    for account in session.scalars(select(Account).order_by(Account.code)):
        debit, credit = balance_sides(*sums.get(account.id, (0, 0)))
        if debit or credit or include_zero or account.id in sums:
            rows.append(TrialBalanceRow(account.code, account.name, account.kind, debit, credit))
    return TrialBalance(as_of, rows)

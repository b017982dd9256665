"""Trial balance (neraca saldo): every account's balance on its normal side at a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account
from coopdesk.domain.accounts import balance_sides
from coopdesk.reports.ledger_sums import sums


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
    """Every account's balance at ``as_of``, from the day totals (see ledger_sums)."""
    totals = sums(session, end=as_of)
    rows = []
    for account in session.scalars(select(Account).order_by(Account.code)):
        moved = totals.get(account.code)
        debit, credit = balance_sides(moved.debit, moved.credit) if moved else (0, 0)
        if debit or credit or include_zero or moved is not None:
            rows.append(TrialBalanceRow(account.code, account.name, account.kind, debit, credit))
    return TrialBalance(as_of, rows)

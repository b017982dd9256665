"""Neraca saldo sebelum dan setelah penyesuaian (the worksheet): every account's balance at the
end of a period before the period's adjusting entries, the adjustments, and the balance after.

Adjusting entries are the ones month end posts (interest on savings and its tax, the loan
allowance, depreciation: sources ``month_end.*``).  Year-closing entries are left out, so the
worksheet of a closed year still shows its income and expenses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine
from coopdesk.domain.accounts import balance_sides
from coopdesk.reports.ledger_sums import sums
from coopdesk.reports.statement import Period

ADJUSTMENT_SOURCE_PREFIX = "month_end"


@dataclass(frozen=True)
class WorksheetRow:
    code: str
    name: str
    kind: str
    before_debit: int
    before_credit: int
    adjust_debit: int
    adjust_credit: int
    after_debit: int
    after_credit: int


@dataclass(frozen=True)
class Worksheet:
    period: Period
    rows: list[WorksheetRow]

    def total(self, column: str) -> int:
        return sum(getattr(r, column) for r in self.rows)

    @property
    def balanced(self) -> bool:
        return all(self.total(f"{p}_debit") == self.total(f"{p}_credit") for p in ("before", "adjust", "after"))

    def as_json(self) -> dict[str, object]:
        columns = ("before_debit", "before_credit", "adjust_debit", "adjust_credit", "after_debit", "after_credit")
        return {
            "period": self.period.as_json(),
            "accounts": [{"code": r.code, "name": r.name, **{c: getattr(r, c) for c in columns}} for r in self.rows],
            "totals": {c: self.total(c) for c in columns},
        }


def worksheet(session: Session, start: date, end: date) -> Worksheet:
    # Balances after adjustments from the day totals; the adjustments themselves are the
    # period's month-end entries only (date index), so no query reads the whole journal.
    after = sums(session, end=end, include_closing=False)
    adjustments = {
        account_id: (int(d or 0), int(c or 0))
        for account_id, d, c in session.execute(
            select(JournalLine.account_id, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
            .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
            .where(JournalEntry.date >= start, JournalEntry.date <= end,
                   JournalEntry.source.like(f"{ADJUSTMENT_SOURCE_PREFIX}%"))
            .group_by(JournalLine.account_id)
        )
    }
    rows = []
    for account in session.scalars(select(Account).order_by(Account.code)):
        if account.code not in after:
            continue
        total = after[account.code]
        adj_debit, adj_credit = adjustments.get(account.id, (0, 0))
        before = balance_sides(total.debit - adj_debit, total.credit - adj_credit)
        rows.append(WorksheetRow(account.code, account.name, account.kind, *before, adj_debit, adj_credit,
                                 *balance_sides(total.debit, total.credit)))
    return Worksheet(Period(start, end), rows)

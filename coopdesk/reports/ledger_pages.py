"""The general ledger read a page at a time, for the screen.

A drill-down into "total assets" over a busy year is hundreds of thousands of journal lines;
as :class:`~coopdesk.reports.general_ledger.LedgerRow` values that is a few hundred MB and
seconds of work.  The screen needs only what it paints, so :func:`ledger_index` keeps just
each line's id and running balance (16 bytes a line, in arrays) and :func:`ledger_rows`
reads the lines of one screenful by id.  Same lines, same order, same opening balance and
the same drill-down periods as :mod:`coopdesk.reports.general_ledger` (tests compare them).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine, Member
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import YEAR_CLOSE_SOURCE
from coopdesk.reports.general_ledger import LedgerRow, _balance
from coopdesk.reports.ledger_sums import AccountInfo, chart
from coopdesk.reports.statement import Period, StatementLine, day_before


@dataclass(frozen=True)
class LedgerIndex:
    """A general ledger without its rows: the lines' ids and running balances in ledger order."""

    accounts: list[AccountInfo]
    period: Period
    debit_normal: bool
    opening: int
    line_ids: array  # journal_lines.id, in date, entry, line order
    balances: array  # running balance after each line, on the ledger's normal side
    total_debit: int
    total_credit: int

    def __len__(self) -> int:
        return len(self.line_ids)

    @property
    def closing(self) -> int:
        return self.balances[-1] if self.balances else self.opening

    @property
    def title(self) -> str:
        if len(self.accounts) == 1:
            return f"{self.accounts[0].code} {self.accounts[0].name}"
        return ", ".join(a.code for a in self.accounts)


def ledger_index(session: Session, codes: Sequence[str], start: date, end: date, *,
                 include_closing: bool = True) -> LedgerIndex:
    """What :func:`~coopdesk.reports.general_ledger.general_ledger` would show, minus the rows' text."""
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
    # The entries of the period lie between these ids; saying so lets the database read only
    # that stretch of the (account, entry) index instead of every line the account ever had
    # (Kas for one month of a two-year book: 0.3 s instead of 1.5 s).
    first_id, last_id = session.execute(
        select(func.min(JournalEntry.id), func.max(JournalEntry.id))
        .where(JournalEntry.date >= start, JournalEntry.date <= end)
    ).one()
    stmt = (
        select(JournalLine.id, JournalLine.debit, JournalLine.credit)
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .where(JournalLine.account_id.in_(ids), JournalLine.entry_id.between(first_id or 0, last_id or 0),
               JournalEntry.date >= start, JournalEntry.date <= end)
        .order_by(JournalEntry.date, JournalEntry.id, JournalLine.line_no)
    )
    if not include_closing:
        stmt = stmt.where(JournalEntry.source != YEAR_CLOSE_SOURCE)
    line_ids, balances = array("q"), array("q")
    balance = opening
    total_debit = total_credit = 0
    for line_id, debit, credit in session.execute(stmt):
        balance += sign * (debit - credit)
        total_debit += debit
        total_credit += credit
        line_ids.append(line_id)
        balances.append(balance)
    return LedgerIndex(infos, Period(start, end), debit_normal, opening, line_ids, balances,
                       int(total_debit), int(total_credit))


def drill_down_index(session: Session, line: StatementLine, period: Period) -> LedgerIndex:
    """The lines behind a statement figure, as :func:`~coopdesk.reports.general_ledger.drill_down` opens them."""
    start = period.start if period.start is not None and line.basis == "movement" else date(period.end.year, 1, 1)
    return ledger_index(session, line.codes, start, period.end, include_closing=line.basis == "balance")


def ledger_rows(session: Session, index: LedgerIndex, first: int, count: int) -> list[LedgerRow]:
    """Rows ``first`` .. ``first + count - 1`` of the ledger (fewer at the end)."""
    wanted = index.line_ids[first:first + count]
    if not wanted:
        return []
    stmt = (
        select(JournalLine.id, JournalEntry.id, JournalEntry.date, JournalEntry.voucher, JournalEntry.memo,
               JournalLine.memo, Account.code, Member.number, JournalLine.debit, JournalLine.credit)
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .join(Account, JournalLine.account_id == Account.id)
        .outerjoin(Member, JournalLine.member_id == Member.id)
        .where(JournalLine.id.in_(list(wanted)))
    )
    found = {row[0]: row[1:] for row in session.execute(stmt)}
    rows = []
    for offset, line_id in enumerate(wanted):
        entry_id, day, voucher, memo, line_memo, code, member, debit, credit = found[line_id]
        text = f"{memo} · {line_memo}" if line_memo and line_memo != memo else memo
        rows.append(LedgerRow(entry_id, day, voucher, text, code, member, int(debit), int(credit),
                              index.balances[first + offset]))
    return rows

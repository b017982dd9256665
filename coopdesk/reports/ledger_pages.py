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

from sqlalchemy import ColumnElement, func, select
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
class LedgerScope:
    """Which lines a ledger shows and where it starts: shared by the full ledger
    (:func:`~coopdesk.reports.general_ledger.general_ledger`) and the paged one below, so
    both show the same lines from the same opening balance."""

    accounts: list[AccountInfo]
    period: Period
    debit_normal: bool
    opening: int
    where: list[ColumnElement[bool]]  # filters on JournalLine joined with JournalEntry

    @property
    def sign(self) -> int:
        return 1 if self.debit_normal else -1


def _balance(session: Session, account_ids: Sequence[int], as_of: date, include_closing: bool) -> int:
    stmt = (
        select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .where(JournalLine.account_id.in_(account_ids), JournalEntry.date <= as_of)
    )
    if not include_closing:
        stmt = stmt.where(JournalEntry.source != YEAR_CLOSE_SOURCE)
    return int(session.scalar(stmt) or 0)


def ledger_scope(session: Session, codes: Sequence[str], start: date, end: date, *,
                 include_closing: bool = True) -> LedgerScope:
    """Check the accounts and period, and work out the opening balance.  Unknown codes are refused."""
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
    opening = (1 if debit_normal else -1) * _balance(session, ids, day_before(start), include_closing)
    # The entries of the period lie between these ids; saying so lets the database read only
    # that stretch of the (account, entry) index instead of every line the account ever had
    # (Kas for one month of a two-year book: 0.3 s instead of 1.5 s).
    first_id, last_id = session.execute(
        select(func.min(JournalEntry.id), func.max(JournalEntry.id))
        .where(JournalEntry.date >= start, JournalEntry.date <= end)
    ).one()
    where = [JournalLine.account_id.in_(ids), JournalLine.entry_id.between(first_id or 0, last_id or 0),
             JournalEntry.date >= start, JournalEntry.date <= end]
    if not include_closing:
        where.append(JournalEntry.source != YEAR_CLOSE_SOURCE)
    return LedgerScope(infos, Period(start, end), debit_normal, opening, where)


LEDGER_ORDER = (JournalEntry.date, JournalEntry.id, JournalLine.line_no)


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
    scope = ledger_scope(session, codes, start, end, include_closing=include_closing)
    stmt = (
        select(JournalLine.id, JournalLine.debit, JournalLine.credit)
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .where(*scope.where)
        .order_by(*LEDGER_ORDER)
    )
    line_ids, balances = array("q"), array("q")
    balance = scope.opening
    total_debit = total_credit = 0
    for line_id, debit, credit in session.execute(stmt):
        balance += scope.sign * (debit - credit)
        total_debit += debit
        total_credit += credit
        line_ids.append(line_id)
        balances.append(balance)
    return LedgerIndex(scope.accounts, scope.period, scope.debit_normal, scope.opening, line_ids, balances,
                       int(total_debit), int(total_credit))


def figure_period(line: StatementLine, period: Period) -> Period:
    """The period a figure is read over.  An opening balance ("Saldo awal periode", "Kas awal
    periode") is the balance the day before the period starts, so that is what it opens."""
    if line.key.startswith("opening") and period.start is not None:
        return Period(None, day_before(period.start))
    return period


def drill_down_period(line: StatementLine, period: Period) -> tuple[date, date, bool]:
    """Start, end and whether closing entries count, for the lines behind a statement figure:
    a balance at a date opens the year up to that date (with the opening balance brought
    forward); a movement opens the period."""
    period = figure_period(line, period)
    start = period.start if period.start is not None and line.basis == "movement" else date(period.end.year, 1, 1)
    return start, period.end, line.basis == "balance"


def drill_down_index(session: Session, line: StatementLine, period: Period) -> LedgerIndex:
    """The lines behind a statement figure, as :func:`~coopdesk.reports.general_ledger.drill_down` opens them."""
    start, end, include_closing = drill_down_period(line, period)
    return ledger_index(session, line.codes, start, end, include_closing=include_closing)


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
        rows.append(LedgerRow(entry_id, day, voucher, line_text(memo, line_memo), code, member, int(debit),
                              int(credit), index.balances[first + offset]))
    return rows


def line_text(entry_memo: str, line_memo: str | None) -> str:
    """The description of a ledger line: the entry's memo, and the line's own note if it has one."""
    return f"{entry_memo} · {line_memo}" if line_memo and line_memo != entry_memo else entry_memo

"""Year end: the checklist, closing a year into 3180 SHU Tahun Berjalan, and re-opening it.

Closing posts ONE memorial entry dated 31 December (source ``YEAR_CLOSE_SOURCE``) that brings
every income and expense account's balance of the year to zero, the difference (the year's
SHU) to 3180, and records the year in ``closed_years`` in the same transaction: from then on
the service (``ledger.check_open_date``) and the database (a trigger) refuse any entry dated
in the year.  Statements leave ``YEAR_CLOSE_SOURCE`` entries out, so a closed year's income
statement still shows its income.

The checklist has two kinds of items:

- BLOCKING (closing is refused while one fails): every month end of the year run, the year
  not closed already, the previous year closed (when the books started before this year),
  and no inactive income or expense account holding a balance of the year;
- warnings (shown, the treasurer may close anyway): a cash count in December, the loan
  allowance posted for December, no depreciation still due.

Re-opening needs the administrator role and a reason.  It removes the ``closed_years`` row
and posts the reversal of the closing entry (dated 31 December, source ``YEAR_CLOSE_SOURCE``
too, so statements leave both out).  Who closed and re-opened when, and why, is kept in the
audit log and read back by :func:`history`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    Account,
    AccountDayTotal,
    AuditLog,
    CashCount,
    ClosedYear,
    JournalEntry,
    LoanMonthEnd,
    MonthEndRun,
    ShuDistribution,
    User,
)
from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import YEAR_CLOSE_SOURCE, JournalType, LineSpec, reversal_of
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.users import Role
from coopdesk.services import audit, fixed_assets, ledger, loan_portfolio, savings, settings
from coopdesk.services.context import AppContext
from coopdesk.services.loans import LOAN_ACCOUNT

SHU_ACCOUNT = "3180"
AUDIT_TYPE = "year"
CLOSE_ACTION = "year.close"
REOPEN_ACTION = "year.reopen"


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    ok: bool
    blocking: bool
    detail: str
    fix: str  # how to put it right; empty when ok
    # The figures behind ``detail`` (months missing, dates, amounts), so the app can word the item
    # in its own language instead of showing the English ``detail``.
    params: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass
class CloseResult:
    year: int
    day: date
    voucher: str | None  # None: no income or expense in the year, nothing to post
    lines: list[LineSpec]
    shu: int  # the year's result: > 0 surplus (credited to 3180), < 0 deficit
    dry_run: bool
    warnings: list[CheckItem] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "year": self.year, "date": self.day.isoformat(), "voucher": self.voucher, "shu": self.shu,
            "dry_run": self.dry_run,
            "lines": [{"account": l.account_code, "debit": l.debit, "credit": l.credit} for l in self.lines],
            "warnings": [i.key for i in self.warnings],
        }


@dataclass(frozen=True)
class HistoryEvent:
    at: datetime
    user: str
    action: str  # "close" or "reopen"
    voucher: str  # the closing entry, or the reversal of it; "-" when nothing was posted
    note: str  # close: the SHU; reopen: the reason


class _DryRun(Exception):
    """Raised inside the closing transaction to roll it back and hand the result out."""

    def __init__(self, result: CloseResult) -> None:
        super().__init__("dry run")
        self.result = result


def check_year(year: object) -> int:
    try:
        value = int(str(year).strip())
    except ValueError:
        value = 0
    if not 1900 <= value <= 9999:
        raise ValidationError("year", "must be a year such as 2025 (got {value})", value=year)
    return value


def _books_start(session: Session, year: int) -> date:
    start = settings.books_start(session)
    if start is None:
        start = session.scalar(select(func.min(JournalEntry.date))) or date(year, 1, 1)
    if start.year > year:
        raise ValidationError("year", "{year} is before the books start ({start})", year=year,
                              start=start.isoformat())
    return start


def _months(start: date, year: int) -> list[str]:
    first = Month.of(start) if start.year == year else Month(year, 1)
    out = []
    month = first
    while month.year == year:
        out.append(str(month))
        month = month.next()
    return out


def year_sums(session: Session, year: int) -> dict[str, int]:
    """Debit-minus-credit of every income and expense account over the year, closing entries
    left out (read from the day totals: a year of a large cooperative is a million lines)."""
    stmt = (
        select(Account.code, func.sum(AccountDayTotal.debit - AccountDayTotal.credit))
        .join(Account, AccountDayTotal.account_id == Account.id)
        .where(AccountDayTotal.date >= date(year, 1, 1), AccountDayTotal.date <= date(year, 12, 31),
               AccountDayTotal.closing.is_(False), Account.kind.in_(("income", "expense")))
        .group_by(Account.code)
    )
    return {code: int(net or 0) for code, net in session.execute(stmt).all() if net}


def closing_lines(session: Session, year: int) -> list[LineSpec]:
    """The closing entry: each income and expense account of the year to zero, the difference
    to 3180.  Empty when the year has no income or expense.  The dry run and the close both
    use this."""
    lines = []
    for code, net in sorted(year_sums(session, year).items()):
        lines.append(LineSpec(code, debit=max(-net, 0), credit=max(net, 0), memo="Penutupan buku"))
    # Income closes with debits and costs with credits: what the debits exceed the credits by is the SHU.
    shu = sum(l.debit - l.credit for l in lines)
    if shu:  # income and expenses that cancel out leave nothing for 3180
        lines.append(LineSpec(SHU_ACCOUNT, debit=max(-shu, 0), credit=max(shu, 0), memo=f"SHU tahun {year}"))
    return lines


def shu_of(lines: list[LineSpec]) -> int:
    return sum(l.credit - l.debit for l in lines if l.account_code == SHU_ACCOUNT)


def _items(session: Session, year: int) -> list[CheckItem]:
    start = _books_start(session, year)
    items = []
    closed = session.get(ClosedYear, year) is not None
    items.append(CheckItem("not_closed", "Year not closed yet", not closed, True,
                           f"{year} is already closed" if closed else f"{year} is open",
                           "re-open the year first (administrator) to close it again" if closed else "",
                           {"year": year}))
    if start.year < year:
        prev_closed = session.get(ClosedYear, year - 1) is not None
        items.append(CheckItem("previous_closed", "Previous year closed", prev_closed, True,
                               f"{year - 1} is {'closed' if prev_closed else 'still open'}",
                               "" if prev_closed else f"close {year - 1} first", {"previous": year - 1}))
    wanted = _months(start, year)
    done = set(session.scalars(select(MonthEndRun.period).where(MonthEndRun.period.in_(wanted))))
    missing = [m for m in wanted if m not in done]
    items.append(CheckItem(
        "month_ends", "Every month end run", not missing, True,
        f"{len(wanted) - len(missing)} of {len(wanted)} months run" + (f"; missing: {', '.join(missing)}"
                                                                        if missing else ""),
        f"run month end for {', '.join(missing)}" if missing else "",
        {"done": len(wanted) - len(missing), "wanted": len(wanted), "missing": missing}))
    inactive = sorted(session.scalars(select(Account.code).where(
        Account.code.in_(list(year_sums(session, year))), Account.active.is_(False))))
    items.append(CheckItem(
        "accounts", "Income and expense accounts can be closed", not inactive, True,
        f"inactive accounts with a balance: {', '.join(inactive)}" if inactive else "all active",
        f"activate {', '.join(inactive)} in the chart of accounts" if inactive else "", {"inactive": inactive}))
    items.append(_ledgers_agree(session, date(year, 12, 31)))
    december = Month(year, 12)
    counted = session.scalar(select(func.max(CashCount.date)).where(
        CashCount.date >= december.first_day, CashCount.date <= december.last_day))
    items.append(CheckItem("cash_count", "Cash counted in December", counted is not None, False,
                           f"last count {counted.isoformat()}" if counted else f"no cash count in {december}",
                           "" if counted else f"count the cash box (kas opname) dated in {december}",
                           {"counted": counted, "month": str(december)}))
    allowance = session.scalar(select(LoanMonthEnd).where(LoanMonthEnd.period == str(december)))
    items.append(CheckItem(
        "allowance", "Loans classified and allowance posted for December", allowance is not None, False,
        f"allowance needed {format_rupiah(allowance.needed)}" if allowance else f"no allowance run for {december}",
        "" if allowance else f"run month end {december}",
        {"needed": allowance.needed if allowance else None, "month": str(december)}))
    due = fixed_assets.due_through(session, december)
    items.append(CheckItem(
        "depreciation", "Depreciation posted for every month due", not due, False,
        f"{len(due)} asset-months due, {format_rupiah(sum(r.amount for _, r in due))}" if due
        else "nothing due",
        "" if not due else "run the month end after registering the assets, or review the asset register",
        {"count": len(due), "amount": sum(r.amount for _, r in due)}))
    return items


def _ledgers_agree(session: Session, day: date) -> CheckItem:
    """The books balance and every subledger equals its control account on ``day``.

    CoopDesk has no drafts and cannot post an unbalanced entry (the service and a database
    constraint refuse it), so this is the check a supervisor would make by hand: debits equal
    credits, members' savings equal 3110/3120/2111/2112, the loans' outstanding principal equals 1141.
    """
    rows = session.execute(
        select(Account.code, func.sum(AccountDayTotal.debit), func.sum(AccountDayTotal.credit))
        .join(Account, AccountDayTotal.account_id == Account.id)
        .where(AccountDayTotal.date <= day).group_by(Account.code)).all()
    debit = sum(int(d or 0) for _, d, _ in rows)
    credit = sum(int(c or 0) for _, _, c in rows)
    balance = {code: int(d or 0) - int(c or 0) for code, d, c in rows}
    problems: list[str] = []
    if debit != credit:
        problems.append(f"debit {format_rupiah(debit)} ≠ credit {format_rupiah(credit)}")
    for code, members_total in sorted(savings.control_totals(session, day).items()):
        if -balance.get(code, 0) != members_total:
            problems.append(f"{code}: members {format_rupiah(members_total)} ≠ ledger "
                            f"{format_rupiah(-balance.get(code, 0))}")
    outstanding = loan_portfolio.portfolio(session, day).outstanding
    if balance.get(LOAN_ACCOUNT, 0) != outstanding:
        problems.append(f"{LOAN_ACCOUNT}: loans {format_rupiah(outstanding)} ≠ ledger "
                        f"{format_rupiah(balance.get(LOAN_ACCOUNT, 0))}")
    return CheckItem("ledgers_agree", "Books balance and subledgers agree with their accounts", not problems, True,
                     "; ".join(problems) if problems else "debit = credit; savings and loans agree",
                     "report this to the developers with a copy of the database" if problems else "",
                     {"problems": problems, "debit": debit})


def checklist(ctx: AppContext, year: int) -> list[CheckItem]:
    """The year-end checklist; ``blocking`` items refuse the close while they fail."""
    year = check_year(year)
    with ctx.reading() as session:
        return _items(session, year)


def _refuse_blocking(items: list[CheckItem], year: int) -> None:
    failed = {i.key: i for i in items if i.blocking and not i.ok}
    if "not_closed" in failed:
        raise ValidationError("year", "{year} is already closed", year=year)
    if "previous_closed" in failed:
        raise ValidationError("year", "{previous} is not closed yet; close it first", previous=year - 1)
    if failed:
        raise ValidationError("year", "cannot be closed yet: {problems}",
                              problems="; ".join(f"{i.label}: {i.detail}" for i in failed.values()))


def close(ctx: AppContext, year: int, dry_run: bool = False) -> CloseResult:
    """Close ``year``: the closing entry and the lock, in one transaction.  The dry run takes the
    very same path and rolls it back, so it shows exactly what closing would post."""
    year = check_year(year)
    try:
        with ctx.transaction() as session:
            user = ctx.actor(session)
            day = date(year, 12, 31)
            if day > ctx.today():
                raise ValidationError("year", "{year} has not ended yet", year=year)
            items = _items(session, year)
            _refuse_blocking(items, year)
            lines = closing_lines(session, year)
            voucher = None
            if lines:
                entry = ledger.post_entry(
                    session, user, journal_type=JournalType.MEMORIAL, day=day, memo=f"Penutupan buku tahun {year}",
                    lines=lines, source=YEAR_CLOSE_SOURCE, created_at=ctx.now())
                voucher = entry.voucher
            session.add(ClosedYear(year=year, closed_at=ctx.now(), user_id=user.id))
            shu = shu_of(lines)
            audit.record(session, user, ctx.now(), CLOSE_ACTION, AUDIT_TYPE, str(year),
                         f"{voucher or '-'}: SHU {format_rupiah(shu)}")
            session.flush()
            result = CloseResult(year, day, voucher, lines, shu, dry_run, [i for i in items if not i.ok])
            if dry_run:
                raise _DryRun(result)
            return result
    except _DryRun as done:
        return done.result


def closing_entry(session: Session, year: int) -> JournalEntry | None:
    """The year's closing entry in force: posted by the close and not reversed by a re-open."""
    reversed_ids = select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))
    return session.scalar(
        select(JournalEntry).where(JournalEntry.source == YEAR_CLOSE_SOURCE, JournalEntry.year == year,
                                   JournalEntry.reverses_id.is_(None), JournalEntry.id.not_in(reversed_ids))
        .order_by(JournalEntry.id.desc()).limit(1))


def reopen(ctx: AppContext, year: int, reason: str) -> str | None:
    """Re-open a closed year (administrator only, with a reason); returns the voucher of the
    reversal of the closing entry (None when the close had posted nothing)."""
    year = check_year(year)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "is required")
    with ctx.transaction() as session:
        user = ctx.actor(session)
        if user.role != Role.ADMINISTRATOR.value:
            raise ValidationError("user", "only an administrator can re-open a closed year")
        row = session.get(ClosedYear, year)
        if row is None:
            raise ValidationError("year", "{year} is not closed", year=year)
        if session.get(ClosedYear, year + 1) is not None:
            raise ValidationError("year", "{next} is closed too; re-open it first", next=year + 1)
        if session.get(ShuDistribution, year) is not None:
            # The SHU posted at the RAT came from this year's result; members may have been paid.
            raise ValidationError("year", "the SHU of {year} has been posted after the RAT; the year cannot be "
                                          "re-opened", year=year)
        # The lock goes first: the reversal is dated in the year and would be refused otherwise.
        session.delete(row)
        session.flush()
        original = closing_entry(session, year)
        voucher = None
        if original is not None:
            reversal = ledger.post_entry(
                session, user, journal_type=JournalType.CORRECTION, day=date(year, 12, 31),
                memo=f"Pembukaan kembali tahun buku {year}: {reason}", lines=reversal_of(ledger.line_specs(original)),
                source=YEAR_CLOSE_SOURCE, created_at=ctx.now(), reverses=original, reason=reason)
            voucher = reversal.voucher
        audit.record(session, user, ctx.now(), REOPEN_ACTION, AUDIT_TYPE, str(year), f"{voucher or '-'}: {reason}")
        return voucher


def is_closed(session: Session, year: int) -> bool:
    return session.get(ClosedYear, year) is not None


def history(ctx: AppContext, year: int) -> list[HistoryEvent]:
    """Every close and re-open of ``year``, oldest first: when, by whom, the entry, SHU or reason."""
    year = check_year(year)
    with ctx.reading() as session:
        rows = session.execute(
            select(AuditLog, User.name).join(User, AuditLog.user_id == User.id)
            .where(AuditLog.object_type == AUDIT_TYPE, AuditLog.object_key == str(year),
                   AuditLog.action.in_((CLOSE_ACTION, REOPEN_ACTION)))
            .order_by(AuditLog.id)).all()
    out = []
    for log, name in rows:
        voucher, _, note = log.detail.partition(": ")
        out.append(HistoryEvent(log.at, name, "close" if log.action == CLOSE_ACTION else "reopen", voucher, note))
    return out

"""Posting journal entries and reversing them: the one way money enters the books.

Every other service builds :class:`LineSpec` lists and calls :func:`post_entry` inside its
own transaction, together with the subledger rows it writes, so both commit or neither does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    Account,
    ClosedYear,
    JournalEntry,
    JournalLine,
    SavingsProduct,
    User,
    VoucherCounter,
)
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import JournalType, LineSpec, check_lines, format_voucher
from coopdesk.services import settings
from coopdesk.services.context import AppContext

LOAN_CONTROL_ACCOUNT = "1141"


@dataclass(frozen=True)
class PostedEntry:
    id: int
    voucher: str
    date: date
    amount: int  # total of the debits


def check_open_date(session: Session, day: date, field: str = "date") -> None:
    """An entry may be dated only from the books' start on, and not in a closed year."""
    start = settings.books_start(session)
    if start is not None and day < start:
        raise ValidationError(field, "is before the books start ({start})", start=start.isoformat())
    if session.get(ClosedYear, day.year) is not None:
        raise ValidationError(field, "falls in {year}, a closed year", year=day.year)


def account_by_code(session: Session, code: str, field: str = "account") -> Account:
    account = session.scalar(select(Account).where(Account.code == str(code).strip()))
    if account is None:
        raise NotFoundError(field, "no account with code {code}", code=code)
    return account


def next_voucher(session: Session, journal_type: JournalType, year: int) -> tuple[int, str]:
    """Next number in the series; the counter row is locked until the posting commits,
    and rolls back with it, so numbers have no gaps."""
    # Fix (test suite): two first postings of a series in a year at the same moment on
    # PostgreSQL both inserted the counter row and one failed with a unique violation.
    # Create the row race-free (ON CONFLICT DO NOTHING waits for the other writer), then lock it.
    upsert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(upsert(VoucherCounter).values(journal_type=journal_type.value, year=year, last_no=0)
                    .on_conflict_do_nothing())
    counter = session.scalars(
        select(VoucherCounter)
        .where(VoucherCounter.journal_type == journal_type.value, VoucherCounter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    counter.last_no += 1
    session.flush()
    return counter.last_no, format_voucher(journal_type.value, year, counter.last_no)


def post_entry(
    session: Session,
    user: User,
    *,
    journal_type: JournalType,
    day: date,
    memo: str,
    lines: list[LineSpec],
    source: str,
    created_at: datetime,
    reverses: JournalEntry | None = None,
    reason: str | None = None,
) -> JournalEntry:
    """Validate and post one balanced entry in the caller's transaction."""
    check_lines(lines)
    if not memo.strip():
        raise ValidationError("memo", "is required")
    check_open_date(session, day)
    accounts: dict[str, Account] = {}
    for i, line in enumerate(lines, start=1):
        account = accounts.get(line.account_code) or account_by_code(session, line.account_code, f"line {i}")
        if not account.active:
            raise ValidationError(f"line {i}", "account {code} is inactive", code=account.code)
        if not account.postable:
            raise ValidationError(
                f"line {i}", "account {code} is a heading; post to one of its sub-accounts", code=account.code
            )
        accounts[line.account_code] = account
    seq, voucher = next_voucher(session, journal_type, day.year)
    entry = JournalEntry(
        voucher=voucher,
        journal_type=journal_type.value,
        year=day.year,
        seq=seq,
        date=day,
        memo=memo.strip(),
        user_id=user.id,
        created_at=created_at,
        source=source,
        reverses_id=reverses.id if reverses is not None else None,
        reason=reason,
    )
    session.add(entry)
    session.flush()
    # Core insert: a month-end entry has a line per member, and ORM objects cost ~50 µs each.
    session.execute(insert(JournalLine.__table__), [
        {"entry_id": entry.id, "line_no": no, "account_id": accounts[line.account_code].id, "debit": line.debit,
         "credit": line.credit, "member_id": line.member_id, "memo": line.memo}
        for no, line in enumerate(lines, start=1)
    ])
    session.flush()
    session.refresh(entry)
    return entry


def entry_by_voucher(session: Session, voucher: str) -> JournalEntry:
    entry = session.scalar(select(JournalEntry).where(JournalEntry.voucher == voucher.strip().upper()))
    if entry is None:
        raise NotFoundError("voucher", "no journal entry {voucher}", voucher=voucher)
    return entry


def reversal_for(session: Session, entry_id: int) -> JournalEntry | None:
    return session.scalar(select(JournalEntry).where(JournalEntry.reverses_id == entry_id))


def line_specs(entry: JournalEntry) -> list[LineSpec]:
    return [LineSpec(l.account.code, l.debit, l.credit, l.member_id, l.memo) for l in entry.lines]


def summary(entry: JournalEntry) -> PostedEntry:
    return PostedEntry(entry.id, entry.voucher, entry.date, sum(l.debit for l in entry.lines))


def post_manual(ctx: AppContext, day: date, memo: str, lines: list[LineSpec]) -> PostedEntry:
    """A general-journal entry typed by the treasurer.  Savings control accounts are off
    limits here: they change only with a member's savings movement, so they stay reconciled."""
    with ctx.transaction() as session:
        user = ctx.actor(session)
        protected = set(session.scalars(select(SavingsProduct.account_code)))
        for i, line in enumerate(lines, start=1):
            if line.account_code in protected:
                raise ValidationError(
                    f"line {i}",
                    "account {code} is a savings control account; use a deposit or withdrawal",
                    code=line.account_code,
                )
            # 1141 must stay equal to the loans' outstanding principal: it moves only with a
            # disbursement, repayment, write-off or exit settlement.
            if line.account_code == LOAN_CONTROL_ACCOUNT:
                raise ValidationError(
                    f"line {i}", "account {code} is the loan control account; use the loan screens",
                    code=line.account_code,
                )
        entry = post_entry(
            session, user, journal_type=JournalType.GENERAL, day=day, memo=memo, lines=lines,
            source="manual", created_at=ctx.now(),
        )
        return summary(entry)


def account_balance(session: Session, code: str, as_of: date | None = None) -> int:
    """Debit-minus-credit balance of one account (credit balances are negative)."""
    stmt = (
        select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .join(Account, JournalLine.account_id == Account.id)
        .where(Account.code == code)
    )
    if as_of is not None:
        stmt = stmt.where(JournalEntry.date <= as_of)
    return int(session.scalar(stmt) or 0)

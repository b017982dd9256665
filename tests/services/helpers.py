"""Small helpers for the service tests: members with valid NIKs, database snapshots, balances."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text

from coopdesk.db.base import Base
from coopdesk.db.models import Member
from coopdesk.db.schema import Database
from coopdesk.reports.trial_balance import TrialBalance, trial_balance
from coopdesk.services import ledger, members, savings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput

MONEY_TABLES = ("journal_entries", "journal_lines", "savings_transactions", "voucher_counters", "account_day_totals")


def nik(i: int, female: bool = False) -> str:
    """A valid NIK: region 337501, born 12 March 1975 (day 52 for a woman), serial ``i``."""
    return f"337501{52 if female else 12}0375{i:04d}"


def join(ctx: AppContext, name: str = "Budi Santoso", joined: date = date(2025, 1, 2), female: bool = False) -> str:
    """Register a member; returns the member number."""
    with ctx.reading() as session:
        seq = (session.scalar(select(func.max(Member.seq))) or 0) + 1
    return members.register(ctx, MemberInput(name=name, nik=nik(seq, female), gender="P" if female else "L",
                                             joined=joined))


def snapshot(db: Database, tables: tuple[str, ...] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (or of ``tables``), in primary-key order: equal snapshots mean
    nothing at all changed."""
    result = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if tables is not None and table.name not in tables:
                continue
            order = ", ".join(c.name for c in table.primary_key.columns)
            result[table.name] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table.name} ORDER BY {order}"))]
    return result


def tb(ctx: AppContext, day: date = date(2025, 12, 31)) -> TrialBalance:
    with ctx.reading() as session:
        return trial_balance(session, day)


def credit_balance(ctx: AppContext, code: str, day: date | None = None) -> int:
    """Balance of a credit-side account (liability, equity) as a positive number."""
    with ctx.reading() as session:
        return -ledger.account_balance(session, code, day)


def debit_balance(ctx: AppContext, code: str, day: date | None = None) -> int:
    with ctx.reading() as session:
        return ledger.account_balance(session, code, day)


def balances(ctx: AppContext, number: str) -> dict[str, int]:
    with ctx.reading() as session:
        return savings.balances(session, members.by_number(session, number).id)


def member_id(ctx: AppContext, number: str) -> int:
    with ctx.reading() as session:
        return members.by_number(session, number).id


def context(db: Database, today: date = date(2025, 12, 31), user: str = "admin") -> AppContext:
    return AppContext(db, user_name=user, today=lambda: today, now=lambda: datetime(2025, 12, 31, 9, 0))


def entry_lines(ctx: AppContext, voucher: str) -> list[tuple[str, int, int, int | None]]:
    """(account code, debit, credit, member id) of each line of a posted entry."""
    with ctx.reading() as session:
        entry = ledger.entry_by_voucher(session, voucher)
        return [(l.account.code, l.debit, l.credit, l.member_id) for l in entry.lines]

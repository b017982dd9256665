"""Listing journal entries for the journal view and ``journal list``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from coopdesk.db.models import JournalEntry, JournalLine, User


@dataclass(frozen=True)
class EntryRow:
    id: int
    voucher: str
    date: date
    memo: str
    amount: int
    user: str
    source: str
    reverses: str | None  # voucher this entry reverses
    reversed_by: str | None  # voucher that reversed this entry


def list_entries(session: Session, start: date | None = None, end: date | None = None,
                 text: str = "") -> list[EntryRow]:
    total = (
        select(JournalLine.entry_id, func.sum(JournalLine.debit).label("amount"))
        .group_by(JournalLine.entry_id)
        .subquery()
    )
    reversed_entry = aliased(JournalEntry)
    reversing = aliased(JournalEntry)
    stmt = (
        select(JournalEntry, total.c.amount, User.name, reversed_entry.voucher, reversing.voucher)
        .join(total, total.c.entry_id == JournalEntry.id)
        .join(User, User.id == JournalEntry.user_id)
        .outerjoin(reversed_entry, reversed_entry.id == JournalEntry.reverses_id)
        .outerjoin(reversing, reversing.reverses_id == JournalEntry.id)
        .order_by(JournalEntry.date, JournalEntry.id)
    )
    if start is not None:
        stmt = stmt.where(JournalEntry.date >= start)
    if end is not None:
        stmt = stmt.where(JournalEntry.date <= end)
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(JournalEntry.voucher.ilike(like) | JournalEntry.memo.ilike(like))
    return [
        EntryRow(e.id, e.voucher, e.date, e.memo, int(amount), user, e.source, rev, rev_by)
        for e, amount, user, rev, rev_by in session.execute(stmt).all()
    ]

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
    # Filter entries first (date index), then sum only their lines: summing every line of the
    # journal in a subquery took 5 s on 1,3 million lines.
    reversed_entry = aliased(JournalEntry)
    reversing = aliased(JournalEntry)
    stmt = (
        select(JournalEntry.id, JournalEntry.voucher, JournalEntry.date, JournalEntry.memo,
               func.sum(JournalLine.debit), User.name, JournalEntry.source, reversed_entry.voucher, reversing.voucher)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .join(User, User.id == JournalEntry.user_id)
        .outerjoin(reversed_entry, reversed_entry.id == JournalEntry.reverses_id)
        .outerjoin(reversing, reversing.reverses_id == JournalEntry.id)
        .group_by(JournalEntry.id, User.name, reversed_entry.voucher, reversing.voucher)
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
        EntryRow(id_, voucher, day, memo, int(amount), user, source, rev, rev_by)
        for id_, voucher, day, memo, amount, user, source, rev, rev_by in session.execute(stmt).all()
    ]

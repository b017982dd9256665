"""Fixed assets with their monthly depreciation, and cash counts (kas opname).

``depreciation_postings`` and ``cash_counts`` are insert-only (database triggers): a month's
depreciation, once posted, is part of the books, and a cash count is a signed record of what
was in the box.  ``fixed_assets`` itself changes only when the asset is disposed of (or that is reversed), or
its acquisition entry is reversed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base


class FixedAsset(Base):
    __tablename__ = "fixed_assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(12))  # land, building, vehicle, equipment
    cost: Mapped[int] = mapped_column(BigInteger)
    acquired_on: Mapped[date]
    useful_life_months: Mapped[int]  # 0 for land
    residual_value: Mapped[int] = mapped_column(BigInteger, default=0)
    # "1110", "1121" or "opening" (owned before the books started: credited to 3190 Saldo Awal).
    paid_from: Mapped[str] = mapped_column(String(12))
    acquisition_entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"))
    disposed_on: Mapped[date | None]
    disposal_proceeds: Mapped[int] = mapped_column(BigInteger, default=0)
    disposal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    # Set when the acquisition entry was reversed (entered by mistake): the asset is off the books.
    cancelled_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]


class DepreciationPosting(Base):
    """One asset's depreciation for one month and the entry that booked it.

    Unique per asset and month, so posting a month twice is refused by the database itself.
    Months before the books started are booked by the asset's opening entry.
    """

    __tablename__ = "depreciation_postings"
    __table_args__ = (UniqueConstraint("asset_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("fixed_assets.id"))
    month: Mapped[str] = mapped_column(String(7), index=True)  # "YYYY-MM"
    amount: Mapped[int] = mapped_column(BigInteger)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)


class CashCount(Base):
    """A count of the cash box against the books (kas opname), with its adjustment if posted."""

    __tablename__ = "cash_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    date: Mapped[date]
    # {"note:100000": 12, "coin:500": 4, ...}: how many of each note and coin were counted.
    counts: Mapped[str] = mapped_column(Text)
    counted_total: Mapped[int] = mapped_column(BigInteger)
    book_balance: Mapped[int] = mapped_column(BigInteger)
    difference: Mapped[int] = mapped_column(BigInteger)  # counted - books: < 0 short, > 0 over
    reason: Mapped[str] = mapped_column(Text, default="")
    adjustment_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]

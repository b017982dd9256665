"""Chart of accounts and the journal.  Journal rows are insert-only (database triggers)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.db.base import Base


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    # "member" / "nonmember" for income and expense lines (Laporan Perhitungan Hasil Usaha).
    participation: Mapped[str | None] = mapped_column(String(12))
    postable: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)


class VoucherCounter(Base):
    """Last voucher number per journal type and year, bumped in the posting transaction."""

    __tablename__ = "voucher_counters"

    journal_type: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_no: Mapped[int]


class JournalEntry(Base):
    __tablename__ = "journal_entries"
    __table_args__ = (
        UniqueConstraint("journal_type", "year", "seq"),
        Index("ix_journal_entries_date_id", "date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher: Mapped[str] = mapped_column(String(24), unique=True)
    journal_type: Mapped[str] = mapped_column(String(4))
    year: Mapped[int]
    seq: Mapped[int]
    date: Mapped[date]
    memo: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    # What made it, e.g. "savings.deposit", "month_end", "manual": lets views link back.
    source: Mapped[str] = mapped_column(String(40))
    # A reversing entry points at the entry it cancels; unique, so nothing is reversed twice.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[JournalLine]] = relationship(
        back_populates="entry", order_by="JournalLine.line_no", lazy="selectin"
    )


class JournalLine(Base):
    __tablename__ = "journal_lines"
    __table_args__ = (
        CheckConstraint("debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0)", name="one_side"),
        Index("ix_journal_lines_account_entry", "account_id", "entry_id", "debit", "credit"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    line_no: Mapped[int]
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    debit: Mapped[int] = mapped_column(BigInteger, default=0)
    credit: Mapped[int] = mapped_column(BigInteger, default=0)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    memo: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")
    account: Mapped[Account] = relationship(lazy="joined")


class AccountDayTotal(Base):
    """Debit and credit of one account on one day, kept by a database trigger on every
    journal line inserted (coopdesk/db/triggers.py), so a statement adds up accounts × days
    instead of a million lines.  Derived data: never written by the application itself;
    ``closing`` separates the year-closing entries, which most statements leave out."""

    __tablename__ = "account_day_totals"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    date: Mapped[date] = mapped_column(primary_key=True)
    closing: Mapped[bool] = mapped_column(primary_key=True)
    debit: Mapped[int] = mapped_column(BigInteger)
    credit: Mapped[int] = mapped_column(BigInteger)

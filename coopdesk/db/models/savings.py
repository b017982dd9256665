"""Savings products, the members' savings ledger, wajib obligations and month-end runs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base, DecimalText


class SavingsProduct(Base):
    __tablename__ = "savings_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    account_code: Mapped[str] = mapped_column(String(12))
    # "equity" (the cooperative-law default for pokok/wajib) or "liability" (SAK EP option).
    classification: Mapped[str] = mapped_column(String(12))
    fixed_amount: Mapped[int] = mapped_column(BigInteger, default=0)
    interest_rate_year: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    interest_basis: Mapped[str] = mapped_column(String(12), default="lowest")
    interest_min_balance: Mapped[int] = mapped_column(BigInteger, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class SavingsTransaction(Base):
    """One movement on a member's savings: amount > 0 adds to the balance, < 0 takes from it."""

    __tablename__ = "savings_transactions"
    __table_args__ = (
        Index("ix_savings_tx_member_product_date", "member_id", "product_id", "date", "amount"),
        Index("ix_savings_tx_product_date", "product_id", "date", "member_id", "amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("savings_products.id"))
    date: Mapped[date]
    amount: Mapped[int] = mapped_column(BigInteger)
    # deposit, withdrawal, interest, tax, exit, reversal
    kind: Mapped[str] = mapped_column(String(16))
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)


class WajibObligation(Base):
    __tablename__ = "wajib_obligations"
    __table_args__ = (UniqueConstraint("member_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    period: Mapped[str] = mapped_column(String(7), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)


class MonthEndRun(Base):
    __tablename__ = "month_end_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7), unique=True)
    run_at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    obligations_created: Mapped[int]
    interest_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))


class InterestPosting(Base):
    """Per member and month: the basis, gross interest and tax withheld (the bukti potong)."""

    __tablename__ = "interest_postings"
    __table_args__ = (UniqueConstraint("run_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("month_end_runs.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    basis: Mapped[int] = mapped_column(BigInteger)
    gross: Mapped[int] = mapped_column(BigInteger)
    tax: Mapped[int] = mapped_column(BigInteger)

"""Loan products, loans, their schedules, repayments and how each repayment was allocated.

Like the savings ledger, repayment rows are insert-only: a reversed repayment adds rows
with the opposite sign, so what is paid on an installment is always a SUM.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base, DecimalText


class LoanProduct(Base):
    __tablename__ = "loan_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    method: Mapped[str] = mapped_column(String(12))  # flat, menurun, anuitas
    rate: Mapped[Decimal] = mapped_column(DecimalText)  # percent
    rate_per: Mapped[str] = mapped_column(String(8), default="month")  # month, year
    term_min: Mapped[int] = mapped_column(default=1)
    term_max: Mapped[int] = mapped_column(default=60)
    rounding: Mapped[int] = mapped_column(default=1)  # 1, 100, 500, 1000
    provisi_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    admin_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    admin_fixed: Mapped[int] = mapped_column(BigInteger, default=0)
    # Withheld at disbursement into a savings product ("simpanan wajib pinjaman", risk fund).
    withheld_pct: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    withheld_product: Mapped[str | None] = mapped_column(String(20))
    penalty_rule: Mapped[str] = mapped_column(String(12), default="none")  # none, pct_day, pct_month, fixed_day
    penalty_value: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    grace_days: Mapped[int] = mapped_column(default=0)
    allocation_order: Mapped[str] = mapped_column(String(40), default="denda,interest,principal")
    overpayment: Mapped[str] = mapped_column(String(12), default="prepay")  # prepay, sukarela
    payoff_rule: Mapped[str] = mapped_column(String(16), default="current_period")  # or full_interest
    collateral_required: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Loan(Base):
    __tablename__ = "loans"
    __table_args__ = (Index("ix_loans_status_member", "status", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("loan_products.id"))
    # Terms are copied from the product at application: a later product change must not
    # rewrite a loan the member already signed for.
    principal: Mapped[int] = mapped_column(BigInteger)
    term: Mapped[int]
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    rate_per: Mapped[str] = mapped_column(String(8))
    method: Mapped[str] = mapped_column(String(12))
    rounding: Mapped[int]
    applied_on: Mapped[date]
    purpose: Mapped[str] = mapped_column(Text, default="")
    collateral: Mapped[str] = mapped_column(Text, default="")
    collateral_value: Mapped[int] = mapped_column(BigInteger, default=0)
    related_party: Mapped[bool] = mapped_column(default=False)
    # applied, approved, rejected, disbursed, paid_off, written_off
    status: Mapped[str] = mapped_column(String(12), default="applied")
    entered_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_supervisor: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_on: Mapped[date | None]
    rejected_reason: Mapped[str] = mapped_column(Text, default="")
    disbursed_on: Mapped[date | None]
    disbursement_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    provisi: Mapped[int] = mapped_column(BigInteger, default=0)
    admin_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    withheld: Mapped[int] = mapped_column(BigInteger, default=0)
    closed_on: Mapped[date | None]
    created_at: Mapped[datetime]


class LoanInstallment(Base):
    """The schedule fixed at disbursement (from domain.loan_schedule.schedule)."""

    __tablename__ = "loan_installments"
    __table_args__ = (
        UniqueConstraint("loan_id", "no"),
        Index("ix_loan_installments_due", "due_date", "loan_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    no: Mapped[int]
    due_date: Mapped[date]
    principal: Mapped[int] = mapped_column(BigInteger)
    interest: Mapped[int] = mapped_column(BigInteger)


class LoanTransaction(Base):
    """What one repayment (or its reversal, or a write-off) did to one installment.

    ``installment_no`` is NULL for amounts not tied to an installment (overpayment to
    sukarela, recovery after write-off).  kind: repayment, reversal, writeoff, payoff_waiver.
    """

    __tablename__ = "loan_transactions"
    __table_args__ = (Index("ix_loan_tx_loan_date", "loan_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16))
    installment_no: Mapped[int | None]
    principal: Mapped[int] = mapped_column(BigInteger, default=0)
    interest: Mapped[int] = mapped_column(BigInteger, default=0)
    denda: Mapped[int] = mapped_column(BigInteger, default=0)
    # Interest that will never be charged (early payoff under "current period" rule).
    waived_interest: Mapped[int] = mapped_column(BigInteger, default=0)


class LoanMonthEnd(Base):
    """The allowance (PPAP) adjustment posted by a month end, once per month."""

    __tablename__ = "loan_month_ends"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7), unique=True)
    needed: Mapped[int] = mapped_column(BigInteger)
    booked_before: Mapped[int] = mapped_column(BigInteger)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))

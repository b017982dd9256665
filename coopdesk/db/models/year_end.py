"""What the year end adds to the books: the SHU distribution, and what the RAT book is made from.

- ``shu_distributions``: one row per year once the RAT-approved allocation is posted (Dr 3180 /
  Cr 3161 and the 212x accounts), with how members were paid.  One row per year: posting twice
  is refused by the database.
- ``shu_member_payments``: one row per member and year, written in the same transaction as the
  payout entry.  Unique per (year, member): running the payout twice pays nobody twice.
- ``budget_lines``: the RAPB (next year's budget), one amount per account and year.
- ``year_texts``: the free texts of a year's RAT book (pengurus report, supervisor report, work
  plan, meetings held, the health questionnaire answers as JSON), one per (year, kind).
- ``officers``: pengurus, pengawas, manager and employees, with gender (the RAT book's
  organisation chapter and the ODS sheet count them) and the period they serve.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base


class ShuDistribution(Base):
    __tablename__ = "shu_distributions"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    rat_date: Mapped[date]
    shu: Mapped[int] = mapped_column(BigInteger)  # the closed year's SHU that was allocated
    allocation_entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"))
    pay_mode: Mapped[str] = mapped_column(String(12))  # "cash", "sukarela" or "" (members not paid yet)
    payout_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]


class ShuMemberPayment(Base):
    __tablename__ = "shu_member_payments"
    __table_args__ = (UniqueConstraint("year", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    jasa_modal: Mapped[int] = mapped_column(BigInteger)
    jasa_usaha: Mapped[int] = mapped_column(BigInteger)
    amount: Mapped[int] = mapped_column(BigInteger)  # jasa_modal + jasa_usaha
    pay_mode: Mapped[str] = mapped_column(String(12))  # "cash" or "sukarela"
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)


class BudgetLine(Base):
    __tablename__ = "budget_lines"
    __table_args__ = (UniqueConstraint("year", "account_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    amount: Mapped[int] = mapped_column(BigInteger)


class YearText(Base):
    __tablename__ = "year_texts"
    __table_args__ = (UniqueConstraint("year", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "pengurus", "pengawas", "dps" (Dewan Pengawas Syariah), "manager" or "employee"
    role: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(60))  # Ketua, Sekretaris, Bendahara, Kasir, ...
    name: Mapped[str] = mapped_column(String(120))
    gender: Mapped[str] = mapped_column(String(1))  # "L" or "P", as members
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]

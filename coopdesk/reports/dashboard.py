"""The home page's figures: one call on the worker, plain values back.

Every figure comes from the function that already owns it, so the dashboard cannot disagree
with the page a click opens: the loan book from :func:`loan_portfolio.portfolio` (classes,
NPL, late loans) and :func:`loan_portfolio.falling_due`; cash and bank from
:func:`ledger.account_balance`; the month's income and expenses from the sums the income
statement adds up (:func:`ledger_sums.sums`, year-closing entries left out).

The 12-month trend is one grouped query per source, by day, cumulated in Python (never a
query per month): savings from the members' savings ledger (what ``control_totals`` reads,
equal to 3110/3120/2111), loans from 1141 (equal to the portfolio's outstanding).  The
savings tiles are the trend's last point, so tiles and chart agree by construction.
Wajib arrears are aggregated in the database by the same oldest-first rule as
:func:`savings.arrears_by_member` (tests check both agree): listing every unpaid month of
20.000 members took seconds.

At 20.000 members, 24 months of history and 4.500 running loans the whole call takes about
3 s of CPU, most of it the portfolio (every loan's position): it runs on the worker.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Member,
    SavingsProduct,
    SavingsTransaction,
    WajibObligation,
)
from coopdesk.domain.calendar import Month
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.members import EXIT_STATUSES, MemberStatus
from coopdesk.domain.savings import SavingsKind
from coopdesk.reports.ledger_sums import chart, sums
from coopdesk.services import ledger, settings
from coopdesk.services.loan_portfolio import falling_due, portfolio
from coopdesk.services.loans import LOAN_ACCOUNT
from coopdesk.services.savings import _PAYMENT_KINDS as PAYMENT_KINDS  # the one definition of a payment

BANK_ACCOUNTS = ("1121", "1122")  # giro / tabungan and deposito pada bank
TREND_MONTHS = 12
DUE_DAYS = 7
_SAVINGS_ORDER = {SavingsKind.POKOK.value: 0, SavingsKind.WAJIB.value: 1, SavingsKind.SUKARELA.value: 2}


@dataclass(frozen=True)
class SavingsFigure:
    code: str  # product code: pokok, wajib, sukarela, ...
    name: str
    account: str  # its control account (3110, 3120, 2111)
    balance: int


@dataclass(frozen=True)
class ClassFigure:
    collectibility: Collectibility
    count: int
    outstanding: int


@dataclass(frozen=True)
class TrendPoint:
    month: Month
    day: date  # the month's last day, or today for the running month
    savings: int  # all savings products together
    loans: int  # 1141 Piutang Pinjaman Anggota


@dataclass(frozen=True)
class Dashboard:
    coop_name: str
    today: date
    members_active: int
    members_joined: int  # joined this year
    members_left: int  # left, died or expelled this year
    savings: tuple[SavingsFigure, ...]
    loans_count: int
    loans_outstanding: int
    classes: tuple[ClassFigure, ...]  # Lancar, Kurang Lancar, Diragukan, Macet
    npl: Decimal  # fraction
    npl_label: str  # Juknis 15/2021: sehat, cukup sehat, kurang sehat, tidak sehat
    late_count: int  # loans with an installment past its due date
    late_amount: int  # what to collect on them today: overdue installments and denda
    due_count: int  # loans with an installment due in the next DUE_DAYS days, unpaid
    due_amount: int
    due_until: date
    cash_account: str  # the cash account in the settings (1110)
    cash: int
    bank: int
    income_month: int  # this month up to today
    expense_month: int
    arrears_members: int  # active members behind with simpanan wajib
    arrears_amount: int
    trend: tuple[TrendPoint, ...]

    @property
    def savings_total(self) -> int:
        return sum(s.balance for s in self.savings)

    @property
    def non_performing(self) -> int:
        return sum(c.outstanding for c in self.classes if c.collectibility.non_performing)

    @property
    def month_result(self) -> int:
        return self.income_month - self.expense_month


def dashboard(session: Session, today: date) -> Dashboard:
    active, joined, left = member_counts(session, today)
    products = sorted(session.scalars(select(SavingsProduct).where(SavingsProduct.active)),
                      key=lambda p: (_SAVINGS_ORDER.get(p.kind, 9), p.id))
    months = _trend_months(today)
    by_product = savings_by_month_end(session, months, today)
    loans_series = balances_by_month_end(session, months, today, (LOAN_ACCOUNT,))[LOAN_ACCOUNT]
    zero = [0] * len(months)
    savings = tuple(SavingsFigure(p.code, p.name, p.account_code, by_product.get(p.id, zero)[-1]) for p in products)
    trend = tuple(TrendPoint(month, min(month.last_day, today),
                             sum(by_product.get(p.id, zero)[i] for p in products), loans_series[i])
                  for i, month in enumerate(months))
    cash_code = settings.get(session, "cash_account")

    book = portfolio(session, today)
    late = [r for r in book.rows if r.position.dpd > 0]  # the arrears list's loans
    due = falling_due(session, today, DUE_DAYS, book)
    classes = tuple(ClassFigure(c, book.count_by_class.get(c, 0), book.outstanding_by_class.get(c, 0))
                    for c in Collectibility)
    income, expense = income_and_expenses(session, Month.of(today).first_day, today)
    arrears_members, arrears_amount = wajib_arrears_totals(session)
    return Dashboard(
        coop_name=settings.get(session, "coop_name"), today=today,
        members_active=active, members_joined=joined, members_left=left, savings=savings,
        loans_count=len(book.rows), loans_outstanding=book.outstanding, classes=classes,
        npl=book.npl, npl_label=book.npl_label,
        late_count=len(late), late_amount=sum(r.position.due.total for r in late),
        due_count=len(due), due_amount=sum(d.amount for d in due), due_until=today + timedelta(days=DUE_DAYS - 1),
        cash_account=cash_code, cash=ledger.account_balance(session, cash_code, today),
        bank=sum(ledger.account_balance(session, code, today) for code in BANK_ACCOUNTS),
        income_month=income, expense_month=expense,
        arrears_members=arrears_members, arrears_amount=arrears_amount,
        trend=trend,
    )


def member_counts(session: Session, today: date) -> tuple[int, int, int]:
    """(active today, joined this year, left this year) in one pass over the members table."""
    year_start = date(today.year, 1, 1)
    exits = [s.value for s in EXIT_STATUSES]
    row = session.execute(select(
        func.count().filter(and_(Member.status == MemberStatus.ACTIVE.value, Member.joined <= today)),
        func.count().filter(and_(Member.joined >= year_start, Member.joined <= today)),
        func.count().filter(and_(Member.status.in_(exits), Member.status_date >= year_start,
                                 Member.status_date <= today)),
    )).one()
    return int(row[0]), int(row[1]), int(row[2])


def income_and_expenses(session: Session, start: date, end: date) -> tuple[int, int]:
    """Income and expenses of ``start``..``end``, each on its normal side, as the income
    statement sums them (year-closing entries left out)."""
    accounts = chart(session)
    totals = sums(session, start=start, end=end, include_closing=False)
    income = sum(s.net_credit for code, s in totals.items() if accounts[code].kind == "income")
    expense = sum(s.net_debit for code, s in totals.items() if accounts[code].kind == "expense")
    return income, expense


def _trend_months(today: date) -> list[Month]:
    """The TREND_MONTHS months up to and including today's, oldest first."""
    months = [Month.of(today)]
    for _ in range(TREND_MONTHS - 1):
        m = months[-1]
        months.append(Month(m.year - 1, 12) if m.month == 1 else Month(m.year, m.month - 1))
    return months[::-1]


def _cumulate(movements: list[tuple[date, int]], ends: list[date]) -> list[int]:
    """Running totals of dated movements at each of the (ascending) ``ends``."""
    movements.sort()
    points, running, i = [], 0, 0
    for end in ends:
        while i < len(movements) and movements[i][0] <= end:
            running += movements[i][1]
            i += 1
        points.append(running)
    return points


def _ends(months: list[Month], today: date) -> list[date]:
    return [min(m.last_day, today) for m in months]


def savings_by_month_end(session: Session, months: list[Month], today: date) -> dict[int, list[int]]:
    """Members' savings per product (id) at the end of each month (the running month: today).

    The savings ledger, as :func:`savings.control_totals` reads it (it moves with 3110, 3120
    and 2111 in the same transaction), summed per product and day over its covering index
    (product_id, date, member_id, amount): no join, one grouped query.
    """
    by_product: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for product_id, day, amount in session.execute(
            select(SavingsTransaction.product_id, SavingsTransaction.date, func.sum(SavingsTransaction.amount))
            .where(SavingsTransaction.date <= today)
            .group_by(SavingsTransaction.product_id, SavingsTransaction.date)):
        by_product[product_id].append((day, int(amount or 0)))
    ends = _ends(months, today)
    return {product_id: _cumulate(movements, ends) for product_id, movements in by_product.items()}


def balances_by_month_end(session: Session, months: list[Month], today: date,
                          codes: tuple[str, ...]) -> dict[str, list[int]]:
    """Debit-minus-credit balance of each account at the end of each month (the running
    month: today): the accounts' journal lines summed per day in one grouped query, then
    cumulated.  Grouping by day keeps the SQL the same on SQLite and PostgreSQL."""
    by_code: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for code, day, net in session.execute(
            select(Account.code, JournalEntry.date, func.sum(JournalLine.debit) - func.sum(JournalLine.credit))
            .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
            .join(Account, JournalLine.account_id == Account.id)
            .where(Account.code.in_(codes), JournalEntry.date <= today)
            .group_by(Account.code, JournalEntry.date)):
        by_code[code].append((day, int(net or 0)))
    ends = _ends(months, today)
    return {code: _cumulate(by_code.get(code, []), ends) for code in codes}


def wajib_arrears_totals(session: Session) -> tuple[int, int]:
    """(members behind with simpanan wajib, total owed): the totals of
    :func:`savings.arrears_by_member`, aggregated in the database instead of per month.

    Payments settle a member's obligations oldest first, so what stays unpaid is the
    obligations less the payments (a negative net payment pays nothing), when that is more
    than zero; arrears_by_member applies the same rule per month.  tests/reports check that
    both agree.  At 20.000 members with two years of obligations this takes a fraction of
    the time of listing every unpaid month.
    """
    wajib = session.scalar(select(SavingsProduct.id).where(SavingsProduct.kind == SavingsKind.WAJIB.value))
    if wajib is None:
        return 0, 0
    owed = (select(WajibObligation.member_id.label("member_id"), func.sum(WajibObligation.amount).label("owed"))
            .join(Member, Member.id == WajibObligation.member_id)
            .where(Member.status == MemberStatus.ACTIVE.value)
            .group_by(WajibObligation.member_id).subquery())
    paid = (select(SavingsTransaction.member_id.label("member_id"), func.sum(SavingsTransaction.amount).label("paid"))
            .where(SavingsTransaction.product_id == wajib, SavingsTransaction.kind.in_(PAYMENT_KINDS))
            .group_by(SavingsTransaction.member_id).subquery())
    net_paid = func.coalesce(paid.c.paid, 0)
    settled = case((net_paid < 0, 0), else_=net_paid)
    count, amount = session.execute(
        select(func.count(), func.coalesce(func.sum(owed.c.owed - settled), 0))
        .select_from(owed.outerjoin(paid, paid.c.member_id == owed.c.member_id))
        .where(owed.c.owed > settled)).one()
    return int(count), int(amount)

"""The RAT book's figures, read from the books: plain values, no layout.

Every function is a pure read over one session, and each reads with grouped SQL (members by
gender and year, savings by product and day, loans by day): a cooperative of 20.000 members
is a few dozen thousand rows, never a query per member or per year.  Figures that other
modules own come from them (the statements, the loan portfolio, the budget realisation, SHU
and the health self-assessment), so the book cannot disagree with the screen.

Years before the books started are left out (absent), not shown as zeros: a cooperative that
started its books in 2023 has a three-year development table, not two years of empty rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    Account,
    AccountDayTotal,
    JournalEntry,
    Loan,
    Member,
    SavingsProduct,
    SavingsTransaction,
)
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.members import MemberStatus
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.ledger_sums import DailyTotals, chart
from coopdesk.services import budget as budget_service
from coopdesk.services import organisation, settings, year_texts
from coopdesk.services.loans import LOAN_ACCOUNT

GENDERS = ("L", "P")
YEARS_SHOWN = 5
# Loans whose disbursement stands (cancelled = the disbursement was reversed, so it never counts as lent).
LENT_STATUSES = ("disbursed", "paid_off", "written_off")
# running_loans' statuses: a cancelled loan was on 1141 until its reversal.
RUNNING_STATUSES = ("disbursed", "paid_off", "written_off", "cancelled")


def year_end(year: int) -> date:
    return date(year, 12, 31)


def year_start(year: int) -> date:
    return date(year, 1, 1)


# --- Cover ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cover:
    coop: ps.CoopInfo
    legal_number: str
    legal_date: date | None
    nik: str
    address: str
    year: int


def cover(session: Session, year: int) -> Cover:
    legal_date_text = settings.get(session, "coop_legal_date")
    try:
        legal_date = date.fromisoformat(legal_date_text) if legal_date_text else None
    except ValueError:
        legal_date = None
    return Cover(ps.coop_info(session), settings.get(session, "coop_legal_number"), legal_date,
                 settings.get(session, "coop_nik"), settings.get(session, "coop_address"), year)


def first_year(session: Session) -> int | None:
    """The year the books start: the setting, else the first journal entry, else the first member."""
    start = settings.books_start(session)
    if start is not None:
        return start.year
    first = session.scalar(select(func.min(JournalEntry.date)))
    if first is None:
        first = session.scalar(select(func.min(Member.joined)))
    return first.year if first is not None else None


def years_shown(session: Session, year: int) -> list[int]:
    """The book's year and up to four before it, oldest first, none before the books start."""
    first = first_year(session)
    lowest = year - YEARS_SHOWN + 1 if first is None else max(year - YEARS_SHOWN + 1, min(first, year))
    return list(range(lowest, year + 1))


# --- Membership -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MembershipYear:
    """One year of membership development by gender: start + joined − left − died = end.

    "left" counts members who left of their own will and those expelled (diberhentikan);
    "died" those who died.  Each dict is keyed by gender ("L", "P")."""

    year: int
    start: dict[str, int]
    joined: dict[str, int]
    left: dict[str, int]
    died: dict[str, int]
    end: dict[str, int]

    def total(self, name: str) -> int:
        return sum(getattr(self, name).values())


def membership(session: Session, years: Iterable[int]) -> list[MembershipYear]:
    """Two grouped queries over members (by gender and join date; by gender, status and exit
    date), tallied per year in Python."""
    years = list(years)
    joins: dict[str, list[date]] = defaultdict(list)
    for gender, joined, count in session.execute(
            select(Member.gender, Member.joined, func.count()).group_by(Member.gender, Member.joined)):
        joins[gender] += [joined] * int(count)
    exits: dict[tuple[str, str], list[date]] = defaultdict(list)
    exit_statuses = (MemberStatus.LEFT.value, MemberStatus.EXPELLED.value, MemberStatus.DIED.value)
    for gender, status, day, count in session.execute(
            select(Member.gender, Member.status, Member.status_date, func.count())
            .where(Member.status.in_(exit_statuses), Member.status_date.is_not(None))
            .group_by(Member.gender, Member.status, Member.status_date)):
        kind = "died" if status == MemberStatus.DIED.value else "left"
        exits[(gender, kind)] += [day] * int(count)

    def count(days: list[date], first: date | None, last: date) -> int:
        return sum(1 for d in days if (first is None or d >= first) and d <= last)

    result = []
    for y in years:
        start, end = year_start(y), year_end(y)
        before = date(y - 1, 12, 31)
        row: dict[str, dict[str, int]] = {k: {} for k in ("start", "joined", "left", "died", "end")}
        for g in GENDERS:
            gone_before = count(exits[(g, "left")], None, before) + count(exits[(g, "died")], None, before)
            row["start"][g] = count(joins[g], None, before) - gone_before
            row["joined"][g] = count(joins[g], start, end)
            row["left"][g] = count(exits[(g, "left")], start, end)
            row["died"][g] = count(exits[(g, "died")], start, end)
            row["end"][g] = row["start"][g] + row["joined"][g] - row["left"][g] - row["died"][g]
        result.append(MembershipYear(y, **row))
    return result


# --- Savings --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SavingsRow:
    """One savings product: the members' balances at each year end (from the savings ledger,
    which moves with its control account 3110 / 3120 / 2111 in the same transaction)."""

    code: str
    name: str
    account: str
    balances: dict[int, int]  # year -> balance at 31 December
    savers: dict[int, int]  # year -> members with a positive balance at 31 December

    def growth(self, year: int) -> int | None:
        if year - 1 not in self.balances:
            return None
        return self.balances[year] - self.balances[year - 1]


def _cumulate(movements: list[tuple[date, int]], ends: list[date]) -> list[int]:
    movements.sort()
    points, running, i = [], 0, 0
    for end in ends:
        while i < len(movements) and movements[i][0] <= end:
            running += movements[i][1]
            i += 1
        points.append(running)
    return points


def savings(session: Session, years: list[int]) -> list[SavingsRow]:
    ends = [year_end(y) for y in years]
    by_product: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for product_id, day, amount in session.execute(
            select(SavingsTransaction.product_id, SavingsTransaction.date, func.sum(SavingsTransaction.amount))
            .where(SavingsTransaction.date <= ends[-1])
            .group_by(SavingsTransaction.product_id, SavingsTransaction.date)):
        by_product[product_id].append((day, int(amount or 0)))
    savers: dict[int, dict[int, int]] = defaultdict(dict)
    # The book's year and the year before only: counting savers scans every movement up to the date.
    for y in years[-2:]:
        per_member = (select(SavingsTransaction.product_id.label("pid"))
                      .where(SavingsTransaction.date <= year_end(y))
                      .group_by(SavingsTransaction.product_id, SavingsTransaction.member_id)
                      .having(func.sum(SavingsTransaction.amount) > 0).subquery())
        for pid, n in session.execute(select(per_member.c.pid, func.count()).group_by(per_member.c.pid)):
            savers[pid][y] = int(n)
    order = {"pokok": 0, "wajib": 1, "sukarela": 2}
    products = sorted(session.scalars(select(SavingsProduct)), key=lambda p: (order.get(p.kind, 3), p.code))
    rows = []
    for p in products:
        points = _cumulate(by_product.get(p.id, []), ends)
        if not p.active and not any(points):
            continue
        rows.append(SavingsRow(p.code, p.name, p.account_code, dict(zip(years, points, strict=True)),
                               {y: savers[p.id].get(y, 0) for y in years[-2:]}))
    return rows


# --- Loans ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LoanYear:
    year: int
    disbursed_count: int
    disbursed_principal: int
    outstanding: int  # 1141 at 31 December (equal to the portfolio's outstanding)
    loans: int  # loans running at 31 December
    borrowers: int  # members with a running loan at 31 December


def account_balances(session: Session, code: str, ends: list[date]) -> list[int]:
    """Debit-minus-credit balance of an account at each date, from the day totals."""
    movements = [(day, int(net or 0)) for day, net in session.execute(
        select(AccountDayTotal.date, func.sum(AccountDayTotal.debit) - func.sum(AccountDayTotal.credit))
        .join(Account, AccountDayTotal.account_id == Account.id)
        .where(Account.code == code, AccountDayTotal.date <= ends[-1])
        .group_by(AccountDayTotal.date))]
    return _cumulate(movements, ends)


def loans(session: Session, years: list[int]) -> list[LoanYear]:
    disbursed: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for day, n, principal in session.execute(
            select(Loan.disbursed_on, func.count(), func.sum(Loan.principal))
            .where(Loan.disbursed_on.is_not(None), Loan.status.in_(LENT_STATUSES),
                   Loan.disbursed_on >= year_start(years[0]), Loan.disbursed_on <= year_end(years[-1]))
            .group_by(Loan.disbursed_on)):
        disbursed[day.year][0] += int(n)
        disbursed[day.year][1] += int(principal or 0)
    outstanding = account_balances(session, LOAN_ACCOUNT, [year_end(y) for y in years])
    result = []
    for y, balance in zip(years, outstanding, strict=True):
        end = year_end(y)
        running = (Loan.disbursed_on.is_not(None), Loan.disbursed_on <= end, Loan.status.in_(RUNNING_STATUSES),
                   or_(Loan.closed_on.is_(None), Loan.closed_on > end))
        n_loans, n_members = session.execute(
            select(func.count(), func.count(func.distinct(Loan.member_id))).where(*running)).one()
        result.append(LoanYear(y, disbursed[y][0], disbursed[y][1], balance, int(n_loans), int(n_members)))
    return result


@dataclass(frozen=True)
class ClassRow:
    cls: Collectibility
    count: int
    outstanding: int
    rate: Decimal  # allowance rate in percent (settings)
    allowance: int  # allowance needed (PPAP wajib dibentuk)


@dataclass(frozen=True)
class Quality:
    as_of: date
    rows: list[ClassRow]
    npl: Decimal  # fraction
    npl_label: str
    allowance_booked: int

    @property
    def outstanding(self) -> int:
        return sum(r.outstanding for r in self.rows)

    @property
    def count(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def allowance(self) -> int:
        return sum(r.allowance for r in self.rows)


def quality(session: Session, year: int) -> Quality:
    """The collectibility table at 31 December, from the loan portfolio."""
    from coopdesk.services.loan_portfolio import portfolio
    from coopdesk.services.loans import quality_rules

    book = portfolio(session, year_end(year))
    rules = quality_rules(session)
    allowance: dict[Collectibility, int] = defaultdict(int)
    for r in book.rows:
        allowance[r.position.collectibility] += r.position.allowance
    rows = [ClassRow(c, book.count_by_class.get(c, 0), book.outstanding_by_class.get(c, 0), rules.rate(c),
                     allowance[c]) for c in Collectibility]
    return Quality(book.as_of, rows, book.npl, book.npl_label, book.allowance_booked)


# --- Income and costs -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PnlRow:
    code: str
    name: str
    kind: str  # "income" or "expense"
    amount: int  # on its normal side, closing entries left out
    previous: int


@dataclass(frozen=True)
class IncomeCosts:
    year: int
    rows: list[PnlRow]

    def total(self, kind: str, previous: bool = False) -> int:
        return sum(r.previous if previous else r.amount for r in self.rows if r.kind == kind)

    def shu(self, previous: bool = False) -> int:
        return self.total("income", previous) - self.total("expense", previous)


def income_costs(session: Session, year: int, daily: DailyTotals | None = None) -> IncomeCosts:
    daily = daily or DailyTotals(session, year_end(year))
    now = daily.sums(start=year_start(year), end=year_end(year), include_closing=False)
    before = daily.sums(start=year_start(year - 1), end=year_end(year - 1), include_closing=False)
    rows = []
    for code, info in chart(session).items():
        if info.kind not in ("income", "expense"):
            continue
        s, p = now.get(code), before.get(code)
        amount = 0 if s is None else (s.net_credit if info.kind == "income" else s.net_debit)
        previous = 0 if p is None else (p.net_credit if info.kind == "income" else p.net_debit)
        if amount or previous:
            rows.append(PnlRow(code, info.name, info.kind, amount, previous))
    return IncomeCosts(year, rows)


# --- Organisation and texts -----------------------------------------------------------------------

@dataclass(frozen=True)
class Person:
    role: str
    title: str
    name: str
    gender: str


def officers(session: Session, year: int) -> list[Person]:
    """Who served on 31 December of the year."""
    return [Person(o.role, o.title, o.name, o.gender) for o in organisation.officers(session, year_end(year))]


def year_text(session: Session, year: int, kind: str) -> str:
    return year_texts.get_text(session, year, kind).strip()


def rat_date(session: Session, year: int) -> date | None:
    """The date of the RAT on the year (YearText "rat_date", else the SHU distribution's date)."""
    return year_texts.rat_date(session, year)


# --- Budget ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BudgetLine:
    code: str
    name: str
    kind: str
    budget: int
    actual: int

    @property
    def percent(self) -> Decimal | None:
        if not self.budget:
            return None
        return (Decimal(self.actual) * 100 / Decimal(self.budget)).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Budgets:
    """Realisation of the year against its RAPB, and next year's RAPB against this year's actual.
    ``available`` is False when the budget service is not in this build."""

    available: bool
    realisation: list[BudgetLine] = field(default_factory=list)
    next_year: list[BudgetLine] = field(default_factory=list)  # budget = next year's, actual = this year's


def budgets(session: Session, year: int, pnl: IncomeCosts) -> Budgets:
    """Realisation of the year's RAPB (its budgeted lines) and next year's RAPB against this year's
    actual, from the budget service (actual = the account's income or expense of the year, closing
    entries left out; a group account sums the accounts under it)."""
    accounts = chart(session)
    actual = {r.code: r.amount for r in pnl.rows}
    # The account's kind from the chart: the book groups lines into income and expense.
    realisation = [BudgetLine(r.code, r.name, accounts[r.code].kind if r.code in accounts else str(r.kind),
                              int(r.budget), int(r.actual))
                   for r in budget_service.realisation(session, year) if r.budget]
    planned: dict[str, int] = budget_service.budget(session, year + 1)
    # Next year's lines, and this year's accounts no line of it covers (so the actual column is whole).
    codes = sorted(set(planned) | {c for c in actual if not _covered(c, planned)}) if planned else []
    next_year = [BudgetLine(c, accounts[c].name, accounts[c].kind, int(planned.get(c, 0)),
                            budget_service.under(c, actual)) for c in codes if c in accounts]
    return Budgets(True, realisation, next_year)


def _covered(code: str, planned: Iterable[str]) -> bool:
    return any(code == p or code.startswith(p.rstrip("0") or p) for p in planned)


def budget_groups(lines: list[BudgetLine]) -> list[tuple[str, int, int]]:
    """Budget and actual summed by kind (income, expense): what the chart shows."""
    out = []
    for kind in ("income", "expense"):
        chosen = [line for line in lines if line.kind == kind]
        if chosen:
            out.append((kind, sum(line.budget for line in chosen), sum(line.actual for line in chosen)))
    return out


# --- SHU and health (other packages) --------------------------------------------------------------

def shu_sheet(session: Session, year: int) -> tuple[Any, str]:
    """(the SHU working sheet, "") or (None, why not): the year not closed, or SHU not in this build."""
    from coopdesk.domain.errors import ValidationError

    try:
        from coopdesk.services import shu
    except ImportError:
        return None, "unavailable"
    if not hasattr(shu, "compute"):
        return None, "unavailable"
    try:
        return shu.compute(session, year), ""
    except ValidationError:
        return None, "not_closed"


def health(session: Session, year: int) -> tuple[Any, str]:
    try:
        from coopdesk.services import health as health_service
    except ImportError:
        return None, "unavailable"
    if not hasattr(health_service, "assess"):
        return None, "unavailable"
    return health_service.assess(session, year), ""


def health_answered(session: Session, year: int) -> bool:
    raw = year_text(session, year, "health_manajemen")
    if not raw:
        return False
    try:
        return bool(json.loads(raw))
    except ValueError:
        return False


def quality_settings(session: Session) -> dict[str, str]:
    """The allowance and classification settings the notes quote."""
    values = settings.get_all(session)
    return {k: values[k] for k in values if k.startswith(("kol_", "ppap_rate_"))}


def savings_rates(session: Session) -> list[tuple[str, Decimal]]:
    return [(p.name, p.interest_rate_year) for p in session.scalars(select(SavingsProduct).order_by(SavingsProduct.id))
            if p.interest_rate_year]


def savings_classes(session: Session) -> dict[str, list[str]]:
    """Product names by how the books classify them ("equity" or "liability"), for the notes."""
    out: dict[str, list[str]] = defaultdict(list)
    for p in session.scalars(select(SavingsProduct).where(SavingsProduct.active.is_(True)).order_by(SavingsProduct.id)):
        out[p.classification].append(p.name)
    return dict(out)


# --- The whole book -------------------------------------------------------------------------------

TEXT_KINDS = ("pengurus_report", "supervisor_report", "work_plan", "meetings")


@dataclass
class BookData:
    """Everything the PDF and the workbook print, read once."""

    year: int
    lang: str
    cover: Cover
    years: list[int]
    closed: bool
    texts: dict[str, str] = field(default_factory=dict)
    officers: list[Person] = field(default_factory=list)
    rat_date: date | None = None
    membership: list[MembershipYear] = field(default_factory=list)
    savings: list[SavingsRow] = field(default_factory=list)
    loans: list[LoanYear] = field(default_factory=list)
    quality: Quality | None = None
    pnl: IncomeCosts | None = None
    budgets: Budgets = field(default_factory=lambda: Budgets(False))
    statements: list[Any] = field(default_factory=list)  # balance sheet, income, equity changes, cash flow
    quality_settings: dict[str, str] = field(default_factory=dict)
    savings_rates: list[tuple[str, Decimal]] = field(default_factory=list)
    savings_classes: dict[str, list[str]] = field(default_factory=dict)
    allocation_text: str = ""
    shu: Any = None  # services.shu.ShuSheet, or None with shu_reason
    shu_reason: str = ""
    health: Any = None  # services.health.HealthAssessment, or None with health_reason
    health_reason: str = ""
    health_answered: bool = False

    def statement(self, key: str) -> Any:
        for s in self.statements:
            if s.key == key:
                return s
        raise KeyError(key)


def statements(session: Session, year: int, lang: str) -> list[Any]:
    """The four statements of the year with the year before as comparative, from one read of the day totals."""
    from coopdesk.reports.balance_sheet import balance_sheet
    from coopdesk.reports.cash_flow import cash_flow
    from coopdesk.reports.equity_changes import equity_changes
    from coopdesk.reports.income_statement import income_statement
    from coopdesk.reports.statement import Period

    daily = DailyTotals(session, year_end(year))
    period = Period(year_start(year), year_end(year))
    return [balance_sheet(session, year_end(year), lang, daily), income_statement(session, period, lang, daily),
            equity_changes(session, period, lang, daily), cash_flow(session, period, lang, daily)]

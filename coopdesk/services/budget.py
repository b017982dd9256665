"""The RAPB (next year's budget, one amount per income or expense account) and its realisation:
the budget beside what the books show for the year."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account
from coopdesk.db.models.year_end import BudgetLine
from coopdesk.domain.errors import ValidationError
from coopdesk.services import audit
from coopdesk.services.context import AppContext
from coopdesk.services.year_end import year_sums

BUDGET_KINDS = ("income", "expense")


@dataclass(frozen=True)
class BudgetRow:
    code: str
    name: str
    kind: str  # "income" or "expense"
    budget: int
    actual: int  # income as a positive amount (credit), expenses as a positive amount (debit)
    percent: Decimal | None  # actual / budget x 100, one decimal; None when nothing was budgeted


@dataclass(frozen=True)
class BudgetTotals:
    income_budget: int
    income_actual: int
    expense_budget: int
    expense_actual: int

    @property
    def shu_budget(self) -> int:
        return self.income_budget - self.expense_budget

    @property
    def shu_actual(self) -> int:
        return self.income_actual - self.expense_actual


def percent(actual: int, budget: int) -> Decimal | None:
    if budget == 0:
        return None
    return (Decimal(actual) * 100 / Decimal(budget)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2999:
        raise ValidationError("year", "not a year: {year}", year=year)
    return year


def budget(session: Session, year: int) -> dict[str, int]:
    stmt = (select(Account.code, BudgetLine.amount).join(Account, BudgetLine.account_id == Account.id)
            .where(BudgetLine.year == year).order_by(Account.code))
    return {code: int(amount) for code, amount in session.execute(stmt).all()}


def _amount(code: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"amount:{code}", "the amount for {code} must be whole Rupiah: {value}",
                              code=code, value=value)
    if value < 0:
        raise ValidationError(f"amount:{code}", "the amount for {code} must not be negative: {value}",
                              code=code, value=value)
    return value


def set_budget(ctx: AppContext, year: int, amounts: dict[str, int]) -> None:
    """Set the budget of the listed accounts (others are left as they are); 0 removes the line.
    All or nothing: one bad account or amount changes nothing."""
    _check_year(year)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        accounts = {a.code: a for a in session.scalars(select(Account).where(Account.code.in_(list(amounts))))}
        checked: list[tuple[Account, int]] = []
        for code, value in amounts.items():
            account = accounts.get(code)
            if account is None:
                raise ValidationError("account", "no account {code}", code=code)
            if account.kind not in BUDGET_KINDS:
                raise ValidationError("account", "{code} is not an income or expense account", code=code)
            checked.append((account, _amount(code, value)))
        for account, amount in checked:
            line = session.scalar(select(BudgetLine).where(BudgetLine.year == year,
                                                           BudgetLine.account_id == account.id))
            old = line.amount if line is not None else 0
            if old == amount:
                continue
            if amount == 0:
                session.delete(line)
            elif line is None:
                session.add(BudgetLine(year=year, account_id=account.id, amount=amount))
            else:
                line.amount = amount
            audit.record(session, user, ctx.now(), "budget.set", "budget", f"{year}/{account.code}",
                         f"{old} -> {amount}")


def budget_accounts(session: Session) -> list[tuple[str, str, str]]:
    """(code, name, kind) of the active income and expense accounts, income first, by code."""
    rows = session.execute(select(Account.code, Account.name, Account.kind)
                           .where(Account.kind.in_(BUDGET_KINDS), Account.active)).all()
    return sorted(((c, n, k) for c, n, k in rows), key=lambda a: (BUDGET_KINDS.index(a[2]), a[0]))


def actuals(session: Session, year: int) -> dict[str, int]:
    """The year's income and expenses per account as positive amounts, closing entries left out."""
    kinds = dict(session.execute(select(Account.code, Account.kind).where(Account.kind.in_(BUDGET_KINDS))).all())
    sums = year_sums(session, year)
    return {code: (-net if kinds.get(code) == "income" else net) for code, net in sums.items()}


def _stem(code: str) -> str:
    return code.rstrip("0") or code


def under(code: str, actual: dict[str, int]) -> int:
    """The actual of an account; for a group account (4100, not postable) the sum of the accounts
    under it, so the RAPB may be set per account or per group."""
    if code in actual:
        return actual[code]
    return sum(v for c, v in actual.items() if c != code and c.startswith(_stem(code)))


def _covered(code: str, planned: dict[str, int]) -> bool:
    return any(code == p or code.startswith(_stem(p)) for p in planned)


def realisation(session: Session, year: int) -> list[BudgetRow]:
    """Per income/expense account with a budget or an actual for ``year``, income first, by code.
    A budgeted group account carries the actual of the accounts under it; those accounts are then
    not listed again (the totals would count them twice)."""
    plan = budget(session, year)
    actual = actuals(session, year)
    codes = set(plan) | {c for c in actual if not _covered(c, plan)}
    if not codes:
        return []
    accounts = session.execute(select(Account.code, Account.name, Account.kind)
                               .where(Account.code.in_(sorted(codes)))).all()
    rows = []
    for code, name, kind in accounts:
        value = under(code, actual) if code in plan else actual.get(code, 0)
        rows.append(BudgetRow(code, name, kind, plan.get(code, 0), value, percent(value, plan.get(code, 0))))
    rows.sort(key=lambda r: (BUDGET_KINDS.index(r.kind), r.code))
    return rows


def totals(rows: list[BudgetRow]) -> BudgetTotals:
    return BudgetTotals(
        sum(r.budget for r in rows if r.kind == "income"), sum(r.actual for r in rows if r.kind == "income"),
        sum(r.budget for r in rows if r.kind == "expense"), sum(r.actual for r in rows if r.kind == "expense"),
    )


def copy_actuals_as_budget(ctx: AppContext, from_year: int, to_year: int, growth_percent: int = 0) -> dict[str, int]:
    """Budget ``to_year`` as ``from_year``'s actuals grown by ``growth_percent`` (rounded to Rp 1.000)."""
    _check_year(from_year)
    _check_year(to_year)
    with ctx.reading() as session:
        base = actuals(session, from_year)
    amounts: dict[str, int] = {}
    for code, value in base.items():
        grown = Decimal(max(value, 0)) * (100 + growth_percent) / 100
        amounts[code] = int((grown / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 1000)
    set_budget(ctx, to_year, amounts)
    return amounts

"""Helpers for the loan tests: users, members with savings, a loan from application to
disbursement, and the check that the books still hold together after every step."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from coopdesk.db.models import JournalLine, Loan, LoanInstallment
from coopdesk.db.schema import Database
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.services import ledger, loan_products, loan_repayments, loans, savings, users
from coopdesk.services.context import AppContext
from coopdesk.services.loan_portfolio import allowance_booked, portfolio
from coopdesk.services.loan_products import LoanProductInput

from ..services.helpers import join, snapshot

LATER = date(2027, 12, 31)  # a "today" after everything the tests do, so month ends can run


def context(db: Database, user: str = "admin", today: date = LATER) -> AppContext:
    return AppContext(db, user_name=user, today=lambda: today, now=lambda: datetime(2025, 12, 31, 9, 0))


def staff(ctx: AppContext) -> dict[str, AppContext]:
    """A ketua (pengurus who approves loans) and a pengawas, besides the administrator."""
    users.add(ctx, "ketua", "ketua")
    users.add(ctx, "pengawas", "pengawas")
    return {name: context(ctx.db, name, ctx.today()) for name in ("admin", "ketua", "pengawas")}


def new_product(ctx: AppContext, code: str, **terms: Any) -> str:
    """A loan product with no fees and no penalty unless ``terms`` say otherwise."""
    defaults: dict[str, Any] = {"method": "flat", "rate": Decimal("1.5"), "rounding": 1}
    return loan_products.add(ctx, LoanProductInput(code=code, name=f"Pinjaman {code}", **{**defaults, **terms}))


def approve(ctx: AppContext, number: str, day: date) -> None:
    """Approval by the ketua (the administrator entered the application)."""
    assert loans.approve(context(ctx.db, "ketua", ctx.today()), number, day) == "approved"


def disbursed_loan(ctx: AppContext, member: str, principal: int, term: int, day: date, product: str = "UMUM",
                   **extra: Any) -> str:
    """Apply (as admin), approve (as ketua) and disburse on ``day``; returns the loan number."""
    number = loans.apply(ctx, loans.Application(member, product, principal, term, day, **extra))
    approve(ctx, number, day)
    loans.disburse(ctx, number, day)
    return number


def saver(ctx: AppContext, name: str = "Budi Santoso", sukarela: int = 0, joined: date = date(2025, 1, 2)) -> str:
    """A member who paid pokok 100.000 and wajib 50.000 (and ``sukarela``) on joining."""
    number = join(ctx, name, joined)
    savings.deposit(ctx, number, "pokok", 100_000, joined)
    savings.deposit(ctx, number, "wajib", 50_000, joined)
    if sukarela:
        savings.deposit(ctx, number, "sukarela", sukarela, joined)
    return number


def loan_row(ctx: AppContext, number: str) -> Loan:
    with ctx.reading() as session:
        return loans.by_number(session, number)


def installments(ctx: AppContext, number: str) -> list[tuple[int, date, int, int]]:
    with ctx.reading() as session:
        loan = loans.by_number(session, number)
        return [(i.no, i.due_date, i.principal, i.interest) for i in session.scalars(
            select(LoanInstallment).where(LoanInstallment.loan_id == loan.id).order_by(LoanInstallment.no))]


def refused(ctx: AppContext, field: str, action: Any, *args: Any) -> str:
    """The call is refused with a ValidationError naming ``field`` and changes nothing at all."""
    from coopdesk.domain.errors import ValidationError

    before = snapshot(ctx.db)
    try:
        action(*args)
    except ValidationError as exc:
        assert exc.field == field, f"refused on {exc.field!r} ({exc.message}), expected {field!r}"
        assert snapshot(ctx.db) == before, "a refused operation changed the database"
        return exc.message
    raise AssertionError(f"{action.__name__}{args} was not refused")


def books_hold(ctx: AppContext, *days: date) -> None:
    """After every step: the trial balance is zero (debits = credits, every entry balanced) and
    1141 equals the outstanding principal of the running loans, on each of ``days`` (default:
    a day after everything).  1149 is also what the portfolio says is booked."""
    with ctx.reading() as session:
        unbalanced = session.execute(
            select(JournalLine.entry_id).group_by(JournalLine.entry_id)
            .having(func.sum(JournalLine.debit) != func.sum(JournalLine.credit))).all()
        assert unbalanced == [], f"unbalanced entries {unbalanced}"
        for day in days or (LATER,):
            tb = trial_balance(session, day)
            assert tb.total_debit == tb.total_credit, f"trial balance {day}: {tb.total_debit} != {tb.total_credit}"
            book = portfolio(session, day)
            on_1141 = ledger.account_balance(session, loans.LOAN_ACCOUNT, day)
            assert on_1141 == book.outstanding, f"1141 {on_1141} != outstanding {book.outstanding} on {day}"
            assert on_1141 == sum(r.position.outstanding for r in book.rows)
            assert book.allowance_booked == allowance_booked(session, day) == \
                -ledger.account_balance(session, loans.ALLOWANCE_ACCOUNT, day)
            # loans touch savings too (withheld amounts, overpayment to sukarela, exit netting)
            members_total = savings.control_totals(session, day)
            for code in ("3110", "3120", "2111"):
                assert -ledger.account_balance(session, code, day) == members_total.get(code, 0), (code, day)


def lines(ctx: AppContext, voucher: str) -> list[tuple[str, int, int]]:
    """(account, debit, credit) of each line of a posted entry, in order."""
    with ctx.reading() as session:
        return [(l.account.code, l.debit, l.credit) for l in ledger.entry_by_voucher(session, voucher).lines]


def balance(ctx: AppContext, code: str, day: date | None = None) -> int:
    """Debit-minus-credit balance of an account."""
    with ctx.reading() as session:
        return ledger.account_balance(session, code, day)


def due(ctx: AppContext, number: str, day: date) -> tuple[int, int, int]:
    """(denda, interest, principal) due on ``day``."""
    d = loan_repayments.due_today(ctx, number, day)
    return d.denda, d.interest, d.principal


def outstanding(ctx: AppContext, number: str, day: date) -> int:
    return loan_repayments.due_today(ctx, number, day).outstanding_principal

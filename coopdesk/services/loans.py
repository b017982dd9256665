"""A loan from application to disbursement, and reading a loan's position on any day.

Lifecycle: applied → approved (by a different user; a related-party loan also by a
pengawas) → disbursed → paid_off / written_off.  ``rejected`` ends an application and
``cancelled`` a disbursement that was reversed.  Repayments are in loan_repayments.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Loan,
    LoanInstallment,
    LoanProduct,
    LoanTransaction,
    Member,
    SavingsProduct,
    SavingsTransaction,
    User,
)
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.loan_payments import Due, InstallmentState, Movement, Penalty, PenaltyRule, due_on
from coopdesk.domain.loan_quality import Collectibility, QualityRules, allowance_needed, classify, days_past_due
from coopdesk.domain.loan_schedule import LoanTerms, Method, RatePer, Schedule, schedule
from coopdesk.domain.members import MemberStatus
from coopdesk.domain.money import format_rupiah, round_rupiah
from coopdesk.domain.users import Role
from coopdesk.services import audit, ledger, loan_products, settings
from coopdesk.services.context import AppContext
from coopdesk.services.members import by_number as member_by_number
from coopdesk.services.savings import product_by_code

LOAN_ACCOUNT = "1141"
PROVISI_ACCOUNT = "4120"
ADMIN_ACCOUNT = "4130"
INTEREST_ACCOUNT = "4110"
DENDA_ACCOUNT = "4140"
ALLOWANCE_ACCOUNT = "1149"
ALLOWANCE_EXPENSE = "5290"
RECOVERY_ACCOUNT = "4290"
RELATED_PARTY_CAP = Decimal("0.10")  # of modal sendiri (Permenkop 8/2023)
OPEN_STATUSES = ("disbursed",)


@dataclass(frozen=True)
class Application:
    member: str
    product: str
    principal: int
    term: int
    applied_on: date
    purpose: str = ""
    collateral: str = ""
    collateral_value: int = 0
    related_party: bool = False


@dataclass(frozen=True)
class Fees:
    provisi: int
    admin: int
    withheld: int

    def cash_paid(self, principal: int) -> int:
        return principal - self.provisi - self.admin - self.withheld


def terms_of(loan: Loan, start: date | None = None) -> LoanTerms:
    return LoanTerms(loan.principal, loan.term, loan.rate, Method(loan.method), RatePer(loan.rate_per),
                     loan.rounding, start or loan.disbursed_on or loan.applied_on)


def loan_schedule(loan: Loan, start: date | None = None) -> Schedule:
    """The loan's schedule: the same function the application preview and disbursement use."""
    return schedule(terms_of(loan, start))


def fees_for(session: Session, loan: Loan) -> Fees:
    product = session.get(LoanProduct, loan.product_id)
    assert product is not None
    pct = Decimal(loan.principal) / 100
    return Fees(
        provisi=round_rupiah(pct * product.provisi_pct),
        admin=product.admin_fixed + round_rupiah(pct * product.admin_pct),
        withheld=round_rupiah(pct * product.withheld_pct),
    )


def by_number(session: Session, number: str) -> Loan:
    loan = session.scalar(select(Loan).where(Loan.number == str(number).strip().upper()))
    if loan is None:
        raise NotFoundError("loan", "no loan {number}", number=number)
    return loan


def modal_sendiri(session: Session, as_of: date) -> int:
    """Own capital: the credit balance of the equity accounts (3xxx) on a day."""
    total = session.scalar(
        select(func.coalesce(func.sum(JournalLine.credit - JournalLine.debit), 0))
        .join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .join(Account, JournalLine.account_id == Account.id)
        .where(Account.kind == "equity", JournalEntry.date <= as_of)
    )
    return int(total or 0)


def related_party_warning(session: Session, principal: int, as_of: date) -> str | None:
    cap = round_rupiah(Decimal(modal_sendiri(session, as_of)) * RELATED_PARTY_CAP)
    if principal > cap:
        return (f"Pinjaman pihak terkait {format_rupiah(principal)} melebihi batas 10% modal sendiri "
                f"({format_rupiah(cap)}); perlu persetujuan pengurus dan pengawas.")
    return None


def apply(ctx: AppContext, app: Application) -> str:
    """Record an application; returns the loan number.  The terms are checked now by the
    same schedule function that will post them."""
    with ctx.transaction() as session:
        user = ctx.actor(session)
        member = member_by_number(session, app.member)
        if member.status != MemberStatus.ACTIVE.value:
            raise ValidationError("member", "{number} is no longer an active member", number=member.number)
        if app.applied_on < member.joined:
            raise ValidationError("date", "is before the member joined ({joined})", joined=member.joined.isoformat())
        product = loan_products.by_code(session, app.product)
        if not product.active:
            raise ValidationError("product", "loan product {code} is no longer offered", code=product.code)
        if not product.term_min <= app.term <= product.term_max:
            raise ValidationError("term", "must be {min} to {max} months for {product}", min=product.term_min,
                                  max=product.term_max, product=product.name)
        if app.collateral_value < 0:
            raise ValidationError("collateral_value", "must not be negative")
        if product.collateral_required and not (app.collateral.strip() or app.collateral_value):
            raise ValidationError("collateral", "is required for {product}", product=product.name)
        loan = Loan(
            member_id=member.id, product_id=product.id, principal=app.principal, term=app.term, rate=product.rate,
            rate_per=product.rate_per, method=product.method, rounding=product.rounding, applied_on=app.applied_on,
            purpose=app.purpose.strip(), collateral=app.collateral.strip(), collateral_value=app.collateral_value,
            related_party=app.related_party, status="applied", entered_by=user.id, created_at=ctx.now(),
        )
        loan_schedule(loan, app.applied_on)  # refuses impossible terms before anything is saved
        fees = fees_for(session, loan)
        if fees.cash_paid(app.principal) <= 0:
            raise ValidationError("principal", "is too small: fees and withheld amounts take all of it")
        year = app.applied_on.year
        seq = (session.scalar(select(func.count()).select_from(Loan).where(Loan.number.like(f"PJ-{year}-%"))) or 0)
        loan.number = f"PJ-{year}-{seq + 1:05d}"
        session.add(loan)
        session.flush()
        audit.record(session, user, ctx.now(), "loan.apply", "loan", loan.number,
                     f"{member.number} {format_rupiah(app.principal)} {app.term} bln")
        return loan.number


def approve(ctx: AppContext, number: str, day: date | None = None) -> str:
    """Approve as the acting user; returns the loan's status afterwards ("approved", or
    still "applied" when a related-party loan awaits its second approval)."""
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        loan = by_number(session, number)
        if loan.status != "applied":
            raise ValidationError("loan", "{number} is {status}, not waiting for approval", number=loan.number,
                                  status=loan.status)
        if loan.entered_by == user.id:
            raise ValidationError("user", "the user who entered a loan cannot approve it; another user must")
        if day < loan.applied_on:
            raise ValidationError("date", "is before the application ({date})", date=loan.applied_on.isoformat())
        if user.role == Role.PENGAWAS.value:
            if not loan.related_party:
                raise ValidationError("user", "a pengawas approves only related-party loans")
            loan.approved_by_supervisor = user.id
        else:
            if loan.approved_by is not None:
                raise ValidationError("user", "{number} already has the pengurus approval", number=loan.number)
            loan.approved_by = user.id
        if loan.approved_by is not None and (not loan.related_party or loan.approved_by_supervisor is not None):
            loan.status = "approved"
            loan.approved_on = day
        audit.record(session, user, ctx.now(), "loan.approve", "loan", loan.number, user.role)
        return loan.status


def reject(ctx: AppContext, number: str, reason: str) -> None:
    if not reason.strip():
        raise ValidationError("reason", "is required")
    with ctx.transaction() as session:
        user = ctx.actor(session)
        loan = by_number(session, number)
        if loan.status not in ("applied", "approved"):
            raise ValidationError("loan", "{number} is {status}; only an application can be rejected",
                                  number=loan.number, status=loan.status)
        loan.status = "rejected"
        loan.rejected_reason = reason.strip()
        audit.record(session, user, ctx.now(), "loan.reject", "loan", loan.number, reason.strip())


def _withheld_product(session: Session, loan: Loan) -> SavingsProduct:
    product = session.get(LoanProduct, loan.product_id)
    assert product is not None
    return product_by_code(session, product.withheld_product or "")


def disbursement_lines(session: Session, loan: Loan, member_id: int) -> tuple[list[LineSpec], Fees]:
    fees = fees_for(session, loan)
    lines = [LineSpec(LOAN_ACCOUNT, debit=loan.principal, member_id=member_id, memo=loan.number),
             LineSpec(settings.get(session, "cash_account"), credit=fees.cash_paid(loan.principal),
                      member_id=member_id)]
    if fees.provisi:
        lines.append(LineSpec(PROVISI_ACCOUNT, credit=fees.provisi, member_id=member_id))
    if fees.admin:
        lines.append(LineSpec(ADMIN_ACCOUNT, credit=fees.admin, member_id=member_id))
    if fees.withheld:
        savings_product = _withheld_product(session, loan)
        lines.append(LineSpec(savings_product.account_code, credit=fees.withheld, member_id=member_id))
    return lines, fees


def disburse(ctx: AppContext, number: str, day: date | None = None) -> ledger.PostedEntry:
    """Pay the loan out: Dr 1141 principal / Cr Kas cash paid, fees to income, withheld to savings."""
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        loan = by_number(session, number)
        if loan.status != "approved":
            raise ValidationError("loan", "{number} is {status}; only an approved loan can be disbursed",
                                  number=loan.number, status=loan.status)
        if loan.approved_on is not None and day < loan.approved_on:
            raise ValidationError("date", "is before the approval ({date})", date=loan.approved_on.isoformat())
        member = session.get(Member, loan.member_id)
        assert member is not None
        if member.status != MemberStatus.ACTIVE.value:
            raise ValidationError("member", "{number} is no longer an active member", number=member.number)
        plan = loan_schedule(loan, day)
        lines, fees = disbursement_lines(session, loan, member.id)
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_OUT, day=day,
            memo=f"Pencairan pinjaman {loan.number} {member.number} {member.name}", lines=lines,
            source="loan.disbursement", created_at=ctx.now(),
        )
        if fees.withheld:
            savings_product = _withheld_product(session, loan)
            session.add(SavingsTransaction(member_id=member.id, product_id=savings_product.id, date=day,
                                           amount=fees.withheld, kind="withheld", entry_id=entry.id))
        session.execute(insert(LoanInstallment.__table__), [
            {"loan_id": loan.id, "no": i.no, "due_date": i.due_date, "principal": i.principal,
             "interest": i.interest} for i in plan.installments])
        loan.status = "disbursed"
        loan.disbursed_on = day
        loan.disbursement_entry_id = entry.id
        loan.provisi, loan.admin_fee, loan.withheld = fees.provisi, fees.admin, fees.withheld
        return ledger.summary(entry)


# --- reading a loan's position -------------------------------------------------------------

def penalty_of(session: Session, loan: Loan) -> Penalty:
    product = session.get(LoanProduct, loan.product_id)
    assert product is not None
    return Penalty(PenaltyRule(product.penalty_rule), product.penalty_value, product.grace_days)


def installment_states(session: Session, loan_ids: list[int]) -> dict[int, list[InstallmentState]]:
    """Schedules with every transaction on them, for many loans in two queries."""
    states: dict[int, dict[int, InstallmentState]] = defaultdict(dict)
    if not loan_ids:
        return {}
    # Columns through the connection, not ORM objects: a portfolio of thousands of loans reads
    # ~100.000 installment rows, and the ORM took seconds for them (20.000 members).  The
    # connection does not autoflush, so flush what this transaction may have added first.
    session.flush()
    conn = session.connection()
    for chunk_start in range(0, len(loan_ids), 900):
        chunk = loan_ids[chunk_start:chunk_start + 900]
        for loan_id, no, due_date, principal, interest in conn.execute(
                select(LoanInstallment.loan_id, LoanInstallment.no, LoanInstallment.due_date,
                       LoanInstallment.principal, LoanInstallment.interest)
                .where(LoanInstallment.loan_id.in_(chunk)).order_by(LoanInstallment.loan_id, LoanInstallment.no)):
            states[loan_id][no] = InstallmentState(no, due_date, principal, interest)
        for tx in conn.execute(
                select(LoanTransaction.loan_id, LoanTransaction.installment_no, LoanTransaction.date,
                       LoanTransaction.principal, LoanTransaction.interest, LoanTransaction.denda,
                       LoanTransaction.waived_interest)
                .where(LoanTransaction.loan_id.in_(chunk), LoanTransaction.installment_no.is_not(None))
                .order_by(LoanTransaction.id)):
            state = states[tx.loan_id].get(tx.installment_no)  # type: ignore[arg-type]
            if state is not None:
                state.movements.append(Movement(tx.date, tx.principal, tx.interest, tx.denda, tx.waived_interest))
    return {loan_id: list(by_no.values()) for loan_id, by_no in states.items()}


@dataclass(frozen=True)
class Position:
    """A disbursed loan on a day: what is owed, how late, its class and allowance."""

    loan_id: int
    number: str
    due: Due
    dpd: int
    collectibility: Collectibility
    allowance: int

    @property
    def outstanding(self) -> int:
        return self.due.outstanding_principal


def quality_rules(session: Session) -> QualityRules:
    """Collectibility thresholds (days past due) and allowance rates from the settings."""
    return rules_from_settings(settings.get_all(session))


def rules_from_settings(values: dict[str, str]) -> QualityRules:
    return QualityRules(
        lancar_max=int(values["kol_lancar_max"]),
        kurang_lancar_max=int(values["kol_kurang_lancar_max"]),
        diragukan_max=int(values["kol_diragukan_max"]),
        rate_lancar=Decimal(values["ppap_rate_lancar"]),
        rate_kurang_lancar=Decimal(values["ppap_rate_kurang_lancar"]),
        rate_diragukan=Decimal(values["ppap_rate_diragukan"]),
        rate_macet=Decimal(values["ppap_rate_macet"]),
    )


def position(session: Session, loan: Loan, as_of: date, states: list[InstallmentState] | None = None,
             rules: QualityRules | None = None) -> Position:
    if states is None:
        states = installment_states(session, [loan.id]).get(loan.id, [])
    rules = rules or quality_rules(session)
    due = due_on(states, as_of, penalty_of(session, loan))
    dpd = days_past_due(due.oldest_unpaid_due, as_of)
    cls = classify(dpd, rules)
    return Position(loan.id, loan.number, due, dpd, cls,
                    allowance_needed(due.outstanding_principal, cls, loan.collateral_value, rules))


def latest_transaction_date(session: Session, loan_id: int) -> date | None:
    return session.scalar(select(func.max(LoanTransaction.date)).where(LoanTransaction.loan_id == loan_id))


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.name if user else ""

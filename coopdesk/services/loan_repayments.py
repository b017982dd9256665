"""Repayments at the teller: partial, full, several installments at once, early payoff.

A repayment is allocated by domain.loan_payments.allocate (denda → interest → principal by
default, oldest installment first) and posted as one entry with one loan-transaction row
per installment it touched.  Interest and denda are income when received (cash basis).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, insert, select
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, Loan, LoanProduct, LoanTransaction, Member, SavingsTransaction
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.loan_payments import (
    Allocation,
    Due,
    Overpayment,
    Part,
    PayoffRule,
    allocate,
    parse_order,
    payoff,
)
from coopdesk.domain.money import format_rupiah
from coopdesk.services import ledger, settings
from coopdesk.services.context import AppContext
from coopdesk.services.loans import (
    DENDA_ACCOUNT,
    INTEREST_ACCOUNT,
    LOAN_ACCOUNT,
    RECOVERY_ACCOUNT,
    by_number,
    installment_states,
    latest_transaction_date,
    penalty_of,
    position,
)
from coopdesk.services.savings import product_by_code, undo_movements


@dataclass(frozen=True)
class RepaymentResult:
    voucher: str
    allocation: Allocation
    paid_off: bool


def _open_loan(session: Session, number: str, day: date) -> Loan:
    loan = by_number(session, number)
    if loan.status != "disbursed":
        raise ValidationError("loan", "{number} is {status}; only a running loan takes repayments",
                              number=loan.number, status=loan.status)
    assert loan.disbursed_on is not None
    if day < loan.disbursed_on:
        raise ValidationError("date", "is before the disbursement ({date})", date=loan.disbursed_on.isoformat())
    last = latest_transaction_date(session, loan.id)
    if last is not None and day < last:
        # Allocation depends on what was paid before; a payment slipped in before a later
        # one would change how that later one should have been split.
        raise ValidationError("date", "is before the loan's last repayment ({date})", date=last.isoformat())
    return loan


def due_today(ctx: AppContext, number: str, day: date | None = None) -> Due:
    """What the teller's dialog shows: overdue and due installments, denda, the balance."""
    day = day or ctx.today()
    with ctx.reading() as session:
        loan = by_number(session, number)
        return position(session, loan, day).due


def preview(ctx: AppContext, number: str, amount: int, day: date | None = None) -> Allocation:
    """How a payment would be split: the same function that posts it."""
    day = day or ctx.today()
    with ctx.reading() as session:
        loan = _open_loan(session, number, day)
        return _allocation(session, loan, amount, day)


def _allocation(session: Session, loan: Loan, amount: int, day: date) -> Allocation:
    product = session.get(LoanProduct, loan.product_id)
    assert product is not None
    states = installment_states(session, [loan.id]).get(loan.id, [])
    return allocate(amount, states, day, penalty_of(session, loan), parse_order(product.allocation_order),
                    Overpayment(product.overpayment))


def payoff_allocation(session: Session, loan: Loan, day: date) -> Allocation:
    product = session.get(LoanProduct, loan.product_id)
    assert product is not None
    states = installment_states(session, [loan.id]).get(loan.id, [])
    return payoff(states, day, penalty_of(session, loan), PayoffRule(product.payoff_rule))


def payoff_amount(ctx: AppContext, number: str, day: date | None = None) -> Allocation:
    day = day or ctx.today()
    with ctx.reading() as session:
        return payoff_allocation(session, _open_loan(session, number, day), day)


def loan_lines(session: Session, allocation: Allocation, member_id: int, memo: str) -> list[LineSpec]:
    """The credit side of settling loan parts (shared with member exit netting)."""
    lines = []
    if allocation.principal:
        lines.append(LineSpec(LOAN_ACCOUNT, credit=allocation.principal, member_id=member_id, memo=memo))
    if allocation.interest:
        lines.append(LineSpec(INTEREST_ACCOUNT, credit=allocation.interest, member_id=member_id, memo=memo))
    if allocation.denda:
        lines.append(LineSpec(DENDA_ACCOUNT, credit=allocation.denda, member_id=member_id, memo=memo))
    return lines


def record_parts(session: Session, loan: Loan, allocation: Allocation, entry_id: int, day: date, kind: str) -> None:
    rows = [{"loan_id": loan.id, "entry_id": entry_id, "date": day, "kind": kind, "installment_no": p.installment_no,
             "principal": p.principal, "interest": p.interest, "denda": p.denda, "waived_interest": p.waived_interest}
            for p in allocation.parts]
    if rows:
        session.execute(insert(LoanTransaction.__table__), rows)
    session.flush()
    due = position(session, loan, day).due
    if due.outstanding_principal == 0 and due.remaining_interest == 0:
        loan.status = "paid_off"
        loan.closed_on = day


def _post(ctx: AppContext, session: Session, loan: Loan, allocation: Allocation, day: date, source: str,
          memo: str, kind: str) -> RepaymentResult:
    user = ctx.actor(session)
    member = session.get(Member, loan.member_id)
    assert member is not None
    total = allocation.principal + allocation.interest + allocation.denda + allocation.to_sukarela
    lines = [LineSpec(settings.get(session, "cash_account"), debit=total, member_id=member.id)]
    lines += loan_lines(session, allocation, member.id, loan.number)
    sukarela = None
    if allocation.to_sukarela:
        sukarela = product_by_code(session, "sukarela")
        lines.append(LineSpec(sukarela.account_code, credit=allocation.to_sukarela, member_id=member.id,
                              memo="Kelebihan angsuran"))
    entry = ledger.post_entry(session, user, journal_type=JournalType.CASH_IN, day=day,
                              memo=f"{memo} {loan.number} {member.number} {member.name}", lines=lines,
                              source=source, created_at=ctx.now())
    if sukarela is not None:
        session.add(SavingsTransaction(member_id=member.id, product_id=sukarela.id, date=day,
                                       amount=allocation.to_sukarela, kind="deposit", entry_id=entry.id))
    record_parts(session, loan, allocation, entry.id, day, kind)
    return RepaymentResult(entry.voucher, allocation, loan.status == "paid_off")


def repay(ctx: AppContext, number: str, amount: int, day: date | None = None) -> RepaymentResult:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError("amount", "must be more than zero")
    day = day or ctx.today()
    with ctx.transaction() as session:
        loan = _open_loan(session, number, day)
        allocation = _allocation(session, loan, amount, day)
        return _post(ctx, session, loan, allocation, day, "loan.repayment", "Angsuran pinjaman", "repayment")


def settle(ctx: AppContext, number: str, day: date | None = None) -> RepaymentResult:
    """Early payoff: pays everything owed today under the product's payoff rule."""
    day = day or ctx.today()
    with ctx.transaction() as session:
        loan = _open_loan(session, number, day)
        allocation = payoff_allocation(session, loan, day)
        if allocation.amount == 0 and not allocation.parts:
            raise ValidationError("loan", "{number} has nothing left to pay", number=loan.number)
        return _post(ctx, session, loan, allocation, day, "loan.payoff", "Pelunasan pinjaman", "payoff")


def write_off(ctx: AppContext, number: str, day: date | None = None, reason: str = "") -> ledger.PostedEntry:
    """Hapus buku: Dr 1149 / Cr 1141 the outstanding principal.  The member still owes it;
    anything recovered later is income (recover)."""
    if not reason.strip():
        raise ValidationError("reason", "is required")
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        loan = _open_loan(session, number, day)
        member = session.get(Member, loan.member_id)
        assert member is not None
        states = installment_states(session, [loan.id]).get(loan.id, [])
        parts = tuple(Part(s.no, principal=s.unpaid_principal(day), waived_interest=s.unpaid_interest(day))
                      for s in states if s.unpaid(day) > 0)
        outstanding = sum(p.principal for p in parts)
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.MEMORIAL, day=day,
            memo=f"Hapus buku pinjaman {loan.number} {member.number} {member.name}: {reason.strip()}",
            lines=[LineSpec("1149", debit=outstanding, member_id=member.id, memo=loan.number),
                   LineSpec(LOAN_ACCOUNT, credit=outstanding, member_id=member.id, memo=loan.number)],
            source="loan.writeoff", created_at=ctx.now(),
        )
        record_parts(session, loan, Allocation(parts), entry.id, day, "writeoff")
        loan.status = "written_off"
        loan.closed_on = day
        return ledger.summary(entry)


def recover(ctx: AppContext, number: str, amount: int, day: date | None = None) -> ledger.PostedEntry:
    """Money received on a written-off loan: Dr Kas / Cr 4290 Pendapatan Lain-lain."""
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError("amount", "must be more than zero")
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        loan = by_number(session, number)
        if loan.status != "written_off":
            raise ValidationError("loan", "{number} was not written off", number=loan.number)
        written = written_off_amount(session, loan)
        recovered = recovered_amount(session, loan)
        if amount > written - recovered:
            raise ValidationError("amount", "is more than what is left of the written-off amount ({left})",
                                  left=format_rupiah(written - recovered))
        member = session.get(Member, loan.member_id)
        assert member is not None
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_IN, day=day,
            memo=f"Penerimaan pinjaman dihapusbukukan {loan.number} {member.number} {member.name}",
            lines=[LineSpec(settings.get(session, "cash_account"), debit=amount, member_id=member.id),
                   LineSpec(RECOVERY_ACCOUNT, credit=amount, member_id=member.id, memo=loan.number)],
            source="loan.recovery", created_at=ctx.now(),
        )
        session.add(LoanTransaction(loan_id=loan.id, entry_id=entry.id, date=day, kind="recovery",
                                    installment_no=None, principal=amount))
        return ledger.summary(entry)


def written_off_amount(session: Session, loan: Loan) -> int:
    return sum(session.scalars(select(LoanTransaction.principal).where(
        LoanTransaction.loan_id == loan.id, LoanTransaction.kind.in_(("writeoff", "rev-writeoff")))))


def recovered_amount(session: Session, loan: Loan) -> int:
    return sum(session.scalars(select(LoanTransaction.principal).where(
        LoanTransaction.loan_id == loan.id, LoanTransaction.kind.in_(("recovery", "rev-recovery")))))


# --- reversal ------------------------------------------------------------------------------

def _reversed_entries() -> Select[tuple[int | None]]:
    return select(JournalEntry.reverses_id).where(JournalEntry.reverses_id.is_not(None))


def _check_reversal_date(session: Session, loan: Loan, reversal: JournalEntry) -> None:
    last = latest_transaction_date(session, loan.id)
    if last is not None and reversal.date < last:
        raise ValidationError("date", "is before loan {number}'s last transaction ({date})", number=loan.number,
                              date=last.isoformat())


def undo_loan_transactions(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """Cancel a repayment, payoff, write-off or recovery: opposite rows dated on the reversal.
    Only a loan's newest transaction can be reversed, so allocation history stays true."""
    rows = list(session.scalars(select(LoanTransaction).where(LoanTransaction.entry_id == original.id)))
    if not rows:
        # Fix (tests/loans): a repayment that all went to sukarela (nothing was due yet, product
        # overpayment = sukarela) has no loan rows, and reversing it left its sukarela deposit
        # standing while the journal took it back (2111 no longer matched the members' balances).
        # The exit settlement undoes its own savings rows (member_exit.undo_exit).
        if original.source.startswith("loan."):
            undo_movements(session, original, reversal)
        return
    # Fix (tests/loans): an exit settlement nets every running loan of the member, but only the
    # first loan was checked and set running again (the others stayed paid_off with their
    # principal owed again).  Each loan is handled now.  And a later transaction that has itself
    # been reversed no longer blocks: "reverse those first" could never be obeyed before.  A
    # reversal dated before the loan's last transaction is refused, as a repayment would be.
    newest = max(r.id for r in rows)
    loans = [session.get(Loan, loan_id) for loan_id in sorted({r.loan_id for r in rows})]
    for loan in loans:
        assert loan is not None
        newer = session.scalar(select(LoanTransaction.id).where(
            LoanTransaction.loan_id == loan.id, LoanTransaction.id > newest,
            LoanTransaction.kind.not_like("rev-%"), LoanTransaction.entry_id.not_in(_reversed_entries())).limit(1))
        if newer is not None:
            raise ValidationError("voucher", "loan {number} has later transactions; reverse those first",
                                  number=loan.number)
        _check_reversal_date(session, loan, reversal)
    session.execute(insert(LoanTransaction.__table__), [
        {"loan_id": r.loan_id, "entry_id": reversal.id, "date": reversal.date, "kind": f"rev-{r.kind}"[:16],
         "installment_no": r.installment_no, "principal": -r.principal, "interest": -r.interest,
         "denda": -r.denda, "waived_interest": -r.waived_interest} for r in rows])
    for loan in loans:
        assert loan is not None
        if loan.status in ("paid_off", "written_off") and original.source != "loan.recovery":
            loan.status = "disbursed"
            loan.closed_on = None
    undo_movements(session, original, reversal)


def undo_disbursement(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """A reversed disbursement cancels the loan (a new application is needed to lend again)."""
    loan = session.scalar(select(Loan).where(Loan.disbursement_entry_id == original.id))
    if loan is None:
        return
    # Fix (tests/loans): repayments that were reversed no longer block (they did forever), but
    # the disbursement cannot be reversed on a day before the loan's last transaction.
    live = session.scalar(select(LoanTransaction.id).where(
        LoanTransaction.loan_id == loan.id, LoanTransaction.kind.not_like("rev-%"),
        LoanTransaction.entry_id.not_in(_reversed_entries())).limit(1))
    if live is not None:
        raise ValidationError("voucher", "loan {number} has repayments; reverse those first", number=loan.number)
    _check_reversal_date(session, loan, reversal)
    undo_movements(session, original, reversal)
    loan.status = "cancelled"
    loan.closed_on = reversal.date

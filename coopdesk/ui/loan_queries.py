"""What the loan screens read, as plain values (no ORM object leaves the session, so the
results can be made on the worker thread and shown on the UI thread).

Positions (outstanding, days past due, class) come from services.loans.position and the
schedule rows from reports.loan_card, so the screens agree with the kartu angsuran, the
arrears list and month end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, Loan, LoanProduct, LoanTransaction, Member, User
from coopdesk.domain.loan_payments import Due
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.money import round_rupiah
from coopdesk.reports.loan_card import CardRow, loan_card
from coopdesk.services.loans import (
    RELATED_PARTY_CAP,
    fees_for,
    installment_states,
    loan_schedule,
    modal_sendiri,
    position,
)

# Filters of the loan list; "late" is a running loan with something overdue.
FILTERS = ("all", "open", "applied", "approved", "disbursed", "late", "paid_off", "written_off", "closed")
_FILTER_STATUSES = {
    "open": ("applied", "approved", "disbursed"),
    "applied": ("applied",),
    "approved": ("approved",),
    "disbursed": ("disbursed",),
    "late": ("disbursed",),
    "paid_off": ("paid_off",),
    "written_off": ("written_off",),
    "closed": ("rejected", "cancelled"),
}


@dataclass(frozen=True)
class LoanSummary:
    number: str
    member_number: str
    member_name: str
    member_phone: str
    member_active: bool
    product_code: str
    product_name: str
    principal: int
    term: int
    rate: Decimal
    rate_per: str
    method: str
    rounding: int
    status: str
    applied_on: date
    approved_on: date | None
    disbursed_on: date | None
    closed_on: date | None
    purpose: str
    collateral: str
    collateral_value: int
    related_party: bool
    entered_by: str
    approved_by: str
    approved_by_supervisor: str
    rejected_reason: str
    provisi: int
    admin_fee: int
    withheld: int
    first_installment: int  # total of installment 1 (scheduled)
    due: Due | None  # for a running loan, on the day the list was read
    dpd: int
    collectibility: Collectibility | None
    allowance: int

    @property
    def outstanding(self) -> int:
        """Principal still owed (a loan not disbursed owes nothing yet)."""
        return self.due.outstanding_principal if self.due is not None else 0

    @property
    def cash_paid(self) -> int:
        return self.principal - self.provisi - self.admin_fee - self.withheld

    @property
    def running(self) -> bool:
        return self.status == "disbursed"

    @property
    def waiting_for_supervisor(self) -> bool:
        return self.status == "applied" and self.related_party and bool(self.approved_by) \
            and not self.approved_by_supervisor


def _user_names(session: Session) -> dict[int, str]:
    return {u.id: u.name for u in session.scalars(select(User))}


def _summaries(session: Session, pairs: list[tuple[Loan, Member, LoanProduct]], as_of: date) -> list[LoanSummary]:
    names = _user_names(session)
    running_ids = [loan.id for loan, _m, _p in pairs if loan.status == "disbursed"]
    states = installment_states(session, running_ids)
    out = []
    for loan, member, product in pairs:
        due = None
        dpd = allowance = 0
        cls = None
        if loan.status == "disbursed":
            pos = position(session, loan, as_of, states.get(loan.id, []))
            due, dpd, cls, allowance = pos.due, pos.dpd, pos.collectibility, pos.allowance
        if loan.disbursed_on is None:
            fees = fees_for(session, loan)
            provisi, admin, withheld = fees.provisi, fees.admin, fees.withheld
        else:
            provisi, admin, withheld = loan.provisi, loan.admin_fee, loan.withheld
        try:
            first = loan_schedule(loan).installments[0].total
        except Exception:
            first = 0
        out.append(LoanSummary(
            loan.number, member.number, member.name, member.phone, member.status == "aktif", product.code,
            product.name, loan.principal, loan.term, loan.rate, loan.rate_per, loan.method, loan.rounding,
            loan.status, loan.applied_on, loan.approved_on, loan.disbursed_on, loan.closed_on, loan.purpose,
            loan.collateral, loan.collateral_value, loan.related_party, names.get(loan.entered_by, ""),
            names.get(loan.approved_by or 0, ""), names.get(loan.approved_by_supervisor or 0, ""),
            loan.rejected_reason, provisi, admin, withheld, first, due, dpd, cls, allowance))
    return out


def _base():  # type: ignore[no-untyped-def]
    return (select(Loan, Member, LoanProduct).join(Member, Loan.member_id == Member.id)
            .join(LoanProduct, Loan.product_id == LoanProduct.id))


def list_loans(session: Session, as_of: date, text: str = "", status: str = "all") -> list[LoanSummary]:
    """Loans matching ``text`` (loan number, member number or name) and the filter, newest first."""
    query = _base()
    if status in _FILTER_STATUSES:
        query = query.where(Loan.status.in_(_FILTER_STATUSES[status]))
    words = text.strip()
    if words:
        like = f"%{words.lower()}%"
        query = query.where(or_(func.lower(Loan.number).like(like), func.lower(Member.number).like(like),
                                func.lower(Member.name).like(like)))
    pairs = [tuple(r) for r in session.execute(query.order_by(Loan.id.desc())).all()]
    rows = _summaries(session, pairs, as_of)  # type: ignore[arg-type]
    if status == "late":
        rows = [r for r in rows if r.dpd > 0]
    return rows


def waiting(session: Session, as_of: date) -> list[LoanSummary]:
    """Applications to approve and approved loans to pay out, oldest first."""
    query = _base().where(Loan.status.in_(("applied", "approved"))).order_by(Loan.applied_on, Loan.id)
    return _summaries(session, [tuple(r) for r in session.execute(query).all()], as_of)  # type: ignore[misc]


def summary(session: Session, number: str, as_of: date) -> LoanSummary:
    query = _base().where(Loan.number == number.strip().upper())
    found = session.execute(query).first()
    if found is None:
        from coopdesk.services.loans import by_number

        by_number(session, number)  # raises the NotFoundError
    return _summaries(session, [tuple(found)], as_of)[0]  # type: ignore[arg-type]


def member_loans(session: Session, member_id: int, as_of: date) -> list[LoanSummary]:
    query = _base().where(Loan.member_id == member_id).order_by(Loan.id.desc())
    return _summaries(session, [tuple(r) for r in session.execute(query).all()], as_of)  # type: ignore[misc]


@dataclass(frozen=True)
class ScheduleRow:
    """One installment on the loan page: the kartu angsuran's row and its state."""

    no: int
    due_date: date
    principal: int
    interest: int
    outstanding: int
    paid: int
    paid_on: date | None
    state: str | None  # loan_card's status, or terlambat_sebagian; None on a simulation

    @property
    def total(self) -> int:
        return self.principal + self.interest

    @classmethod
    def of(cls, row: CardRow) -> ScheduleRow:
        state = row.status
        if state == "terlambat" and row.paid > 0:
            state = "terlambat_sebagian"
        return cls(row.no, row.due_date, row.principal, row.interest, row.outstanding, row.paid, row.paid_on, state)


@dataclass(frozen=True)
class HistoryRow:
    """One transaction on the loan: its voucher and what it did."""

    date: date
    voucher: str
    kind: str
    principal: int
    interest: int
    denda: int
    waived: int
    amount: int  # cash received (or paid out, for the disbursement)
    reversed: bool


@dataclass(frozen=True)
class LoanDetail:
    summary: LoanSummary
    schedule: tuple[ScheduleRow, ...]
    simulation: bool
    history: tuple[HistoryRow, ...]
    denda_paid: int
    written_off: int
    recovered: int


def detail(session: Session, number: str, as_of: date) -> LoanDetail:
    head = summary(session, number, as_of)
    schedule: tuple[ScheduleRow, ...] = ()
    simulation = head.disbursed_on is None
    denda_paid = written_off = 0
    if head.status not in ("rejected", "cancelled"):
        card = loan_card(session, number, as_of)
        schedule = tuple(ScheduleRow.of(r) for r in card.rows)
        denda_paid, written_off = card.denda_paid, card.written_off
    elif head.status == "cancelled":
        simulation = False
    loan = session.scalar(select(Loan).where(Loan.number == head.number))
    assert loan is not None
    history, recovered = _history(session, loan, head)
    return LoanDetail(head, schedule, simulation, history, denda_paid, written_off, recovered)


def _history(session: Session, loan: Loan, head: LoanSummary) -> tuple[tuple[HistoryRow, ...], int]:
    entry_ids = set(session.scalars(select(LoanTransaction.entry_id).where(LoanTransaction.loan_id == loan.id)))
    if loan.disbursement_entry_id is not None:
        entry_ids.add(loan.disbursement_entry_id)
    reversed_ids = set(session.scalars(select(JournalEntry.reverses_id).where(
        JournalEntry.reverses_id.in_(sorted(entry_ids)))))
    rows: list[tuple[int, HistoryRow]] = []
    if loan.disbursement_entry_id is not None:
        entry = session.get(JournalEntry, loan.disbursement_entry_id)
        if entry is not None:
            rows.append((entry.id, HistoryRow(entry.date, entry.voucher, "disbursement", loan.principal, 0, 0, 0,
                                              head.cash_paid, entry.id in reversed_ids)))
            reversal = session.scalar(select(JournalEntry).where(JournalEntry.reverses_id == entry.id))
            if reversal is not None:
                rows.append((reversal.id, HistoryRow(reversal.date, reversal.voucher, "rev-disbursement",
                                                     -loan.principal, 0, 0, 0, -head.cash_paid, False)))
    grouped = session.execute(
        select(LoanTransaction.entry_id, JournalEntry.voucher, JournalEntry.date, LoanTransaction.kind,
               func.sum(LoanTransaction.principal), func.sum(LoanTransaction.interest),
               func.sum(LoanTransaction.denda), func.sum(LoanTransaction.waived_interest))
        .join(JournalEntry, JournalEntry.id == LoanTransaction.entry_id)
        .where(LoanTransaction.loan_id == loan.id)
        .group_by(LoanTransaction.entry_id, JournalEntry.voucher, JournalEntry.date, LoanTransaction.kind)
    ).all()
    recovered = 0
    for entry_id, voucher, day, kind, principal, interest, denda, waived in grouped:
        principal, interest, denda, waived = int(principal or 0), int(interest or 0), int(denda or 0), int(waived or 0)
        base = kind.removeprefix("rev-")
        if base == "recovery":
            recovered += principal
        # A write-off moves no money; the others are what the member paid (or what a correction took back).
        amount = 0 if base == "writeoff" else principal + interest + denda
        rows.append((entry_id, HistoryRow(day, voucher, kind, principal, interest, denda, waived, amount,
                                          entry_id in reversed_ids)))
    rows.sort(key=lambda pair: (pair[1].date, pair[0]))
    return tuple(r for _id, r in rows), recovered


def related_party_cap(session: Session, as_of: date) -> int:
    """10% of modal sendiri (Permenkop 8/2023): above it a related-party loan is over the limit."""
    return round_rupiah(Decimal(modal_sendiri(session, as_of)) * RELATED_PARTY_CAP)

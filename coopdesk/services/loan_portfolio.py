"""The loan portfolio on any day: positions, arrears list, collectibility, NPL, aging, allowance.

Month end posts the difference between the allowance needed (PPAPWD) and the allowance
booked on 1149 (Dr 5290 / Cr 1149, or back), once per month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Loan, LoanInstallment, LoanMonthEnd, LoanProduct, Member
from coopdesk.domain.calendar import Month
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.loan_quality import AGING_BUCKETS, Collectibility, aging_bucket, npl_ratio, npl_score_label
from coopdesk.services import ledger
from coopdesk.services.context import AppContext
from coopdesk.services.loans import (
    ALLOWANCE_ACCOUNT,
    ALLOWANCE_EXPENSE,
    Position,
    installment_states,
    position,
    quality_rules,
)


@dataclass(frozen=True)
class LoanRow:
    """One running loan on a day, with who to call about it."""

    number: str
    member_number: str
    member_name: str
    phone: str
    principal: int
    disbursed_on: date
    position: Position


@dataclass
class Portfolio:
    as_of: date
    rows: list[LoanRow]
    allowance_booked: int
    outstanding_by_class: dict[Collectibility, int] = field(default_factory=dict)
    count_by_class: dict[Collectibility, int] = field(default_factory=dict)
    aging: dict[str, tuple[int, int]] = field(default_factory=dict)  # bucket -> (count, outstanding)

    @property
    def outstanding(self) -> int:
        return sum(self.outstanding_by_class.values())

    @property
    def npl(self) -> Decimal:
        return npl_ratio(self.outstanding_by_class)

    @property
    def npl_label(self) -> str:
        return npl_score_label(self.npl)

    @property
    def allowance_needed(self) -> int:
        return sum(r.position.allowance for r in self.rows)

    def as_json(self) -> dict[str, object]:
        return {
            "date": self.as_of.isoformat(),
            "loans": len(self.rows),
            "outstanding": self.outstanding,
            "classes": [{"class": c.value, "label": c.label, "count": self.count_by_class.get(c, 0),
                         "outstanding": self.outstanding_by_class.get(c, 0),
                         "allowance": sum(r.position.allowance for r in self.rows
                                          if r.position.collectibility is c)} for c in Collectibility],
            "npl": str((self.npl * 100).quantize(Decimal("0.01"))),
            "npl_label": self.npl_label,
            "aging": [{"bucket": b, "count": self.aging.get(b, (0, 0))[0], "outstanding": self.aging.get(b, (0, 0))[1]}
                      for b, _, _ in AGING_BUCKETS],
            "allowance_needed": self.allowance_needed,
            "allowance_booked": self.allowance_booked,
            "allowance_difference": self.allowance_needed - self.allowance_booked,
        }


def running_loans(session: Session, as_of: date) -> list[tuple[Loan, Member]]:
    """Loans disbursed on or before ``as_of`` and not closed before it."""
    return list(session.execute(
        select(Loan, Member).join(Member, Loan.member_id == Member.id)
        .where(Loan.disbursed_on.is_not(None), Loan.disbursed_on <= as_of,
               # Fix (tests/loans): a disbursement reversed later ("cancelled", closed on the
               # reversal's day) is on 1141 until then, so it is in the portfolio until then.
               Loan.status.in_(("disbursed", "paid_off", "written_off", "cancelled")))
        .where(or_(Loan.closed_on.is_(None), Loan.closed_on > as_of))
        .order_by(Loan.number)
    ).tuples())


def portfolio(session: Session, as_of: date) -> Portfolio:
    pairs = running_loans(session, as_of)
    states = installment_states(session, [loan.id for loan, _ in pairs])
    rules = quality_rules(session)
    # Held for the loop: the session keeps objects only while referenced, so without this
    # penalty_of's session.get re-read the product for every loan (5 s for 4.000 loans).
    products = list(session.scalars(select(LoanProduct)))
    rows = []
    for loan, member in pairs:
        pos = position(session, loan, as_of, states.get(loan.id, []), rules)
        if pos.outstanding > 0:
            rows.append(LoanRow(loan.number, member.number, member.name, member.phone, loan.principal,
                                loan.disbursed_on or as_of, pos))
    result = Portfolio(as_of, rows, allowance_booked(session, as_of))
    for c in Collectibility:
        result.outstanding_by_class[c] = 0
        result.count_by_class[c] = 0
    for r in rows:
        c = r.position.collectibility
        result.outstanding_by_class[c] += r.position.outstanding
        result.count_by_class[c] += 1
        bucket = aging_bucket(r.position.dpd)
        count, amount = result.aging.get(bucket, (0, 0))
        result.aging[bucket] = (count + 1, amount + r.position.outstanding)
    del products
    return result


def arrears(session: Session, as_of: date) -> list[LoanRow]:
    """Loans with something overdue, latest first: the collection list."""
    rows = [r for r in portfolio(session, as_of).rows if r.position.dpd > 0]
    return sorted(rows, key=lambda r: (-r.position.dpd, r.number))


@dataclass(frozen=True)
class FallingDue:
    row: LoanRow
    amount: int  # principal + interest of the installments due in the window, still unpaid


def falling_due(session: Session, start: date, days: int = 7, book: Portfolio | None = None) -> list[FallingDue]:
    """Running loans with an installment due from ``start`` to ``start + days - 1`` and not
    paid on ``start`` (the dashboard's "due this week"), in loan-number order.

    Only the loans with an installment in the window are read (index on due_date), so it
    stays quick with thousands of loans; ``book`` is the portfolio on ``start`` if the
    caller already has it."""
    end = start + timedelta(days=days - 1)
    book = book if book is not None else portfolio(session, start)
    rows = {r.position.loan_id: r for r in book.rows}
    candidates = sorted(set(session.scalars(
        select(LoanInstallment.loan_id).where(LoanInstallment.due_date >= start, LoanInstallment.due_date <= end)
    )) & rows.keys())
    states = installment_states(session, candidates)
    out = []
    for loan_id in candidates:
        amount = sum(s.unpaid(start) for s in states.get(loan_id, []) if start <= s.due_date <= end)
        if amount > 0:
            out.append(FallingDue(rows[loan_id], amount))
    return sorted(out, key=lambda d: d.row.number)


def allowance_booked(session: Session, as_of: date) -> int:
    """The allowance on the books: 1149's credit balance."""
    return -ledger.account_balance(session, ALLOWANCE_ACCOUNT, as_of)


def post_allowance(ctx: AppContext, session: Session, month: Month) -> LoanMonthEnd | None:
    """Bring 1149 to the allowance needed at the month's last day (called by month end)."""
    if session.scalar(select(LoanMonthEnd).where(LoanMonthEnd.period == str(month))) is not None:
        return None
    book = portfolio(session, month.last_day)
    needed, booked = book.allowance_needed, book.allowance_booked
    entry_id = None
    difference = needed - booked
    if difference:
        user = ctx.actor(session)
        lines = [LineSpec(ALLOWANCE_EXPENSE, debit=difference), LineSpec(ALLOWANCE_ACCOUNT, credit=difference)] \
            if difference > 0 else \
            [LineSpec(ALLOWANCE_ACCOUNT, debit=-difference), LineSpec(ALLOWANCE_EXPENSE, credit=-difference)]
        entry = ledger.post_entry(session, user, journal_type=JournalType.MEMORIAL, day=month.last_day,
                                  memo=f"Penyesuaian PPAP bulan {month}", lines=lines,
                                  source="month_end.allowance", created_at=ctx.now())
        entry_id = entry.id
    row = LoanMonthEnd(period=str(month), needed=needed, booked_before=booked, entry_id=entry_id)
    session.add(row)
    session.flush()
    return row


def member_loans(session: Session, member_id: int, as_of: date) -> list[tuple[Loan, Position | None]]:
    """All of a member's loans with today's position for the running ones (member page)."""
    loans = list(session.scalars(select(Loan).where(Loan.member_id == member_id).order_by(Loan.id)))
    states = installment_states(session, [l.id for l in loans if l.status == "disbursed"])
    return [(l, position(session, l, as_of, states.get(l.id, [])) if l.status == "disbursed" else None)
            for l in loans]

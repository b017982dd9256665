"""What a borrower owes on a day, late penalties (denda), and how a payment is allocated.

Pure functions over the schedule and the loan's transaction history, so the teller's
"due today" panel, the posting of a repayment, the loan page and the arrears list agree.

Denda accrues day by day on each installment's unpaid amount (principal + interest) once
the grace period after its due date has passed; a partial payment lowers what accrues from
the next day on.  A "% per month" rule accrues a thirtieth of the rate per day.  What has
accrued minus what was paid is due; denda is income only when received (cash basis).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, round_rupiah


class PenaltyRule(StrEnum):
    NONE = "none"
    PCT_DAY = "pct_day"  # % of the overdue installment per day
    PCT_MONTH = "pct_month"  # % of the overdue installment per month (accrued daily, 1/30 a day)
    FIXED_DAY = "fixed_day"  # fixed Rupiah per day an installment is overdue


class Overpayment(StrEnum):
    PREPAY = "prepay"  # pays the next installments in advance
    SUKARELA = "sukarela"  # credited to the member's simpanan sukarela


class PayoffRule(StrEnum):
    CURRENT_PERIOD = "current_period"  # interest up to the current period only
    FULL_INTEREST = "full_interest"  # all remaining scheduled interest


COMPONENTS = ("denda", "interest", "principal")


def parse_order(text: str) -> tuple[str, ...]:
    order = tuple(p.strip() for p in str(text).split(",") if p.strip())
    if sorted(order) != sorted(COMPONENTS):
        raise ValidationError("allocation order", "must name denda, interest and principal once each")
    return order


@dataclass(frozen=True)
class Penalty:
    rule: PenaltyRule = PenaltyRule.NONE
    value: Decimal = Decimal(0)  # percent for the pct rules, Rupiah for fixed_day
    grace_days: int = 0

    def per_day(self, unpaid: int) -> Decimal:
        if self.rule is PenaltyRule.PCT_DAY:
            return Decimal(unpaid) * self.value / 100
        if self.rule is PenaltyRule.PCT_MONTH:
            return Decimal(unpaid) * self.value / 100 / 30
        if self.rule is PenaltyRule.FIXED_DAY:
            return self.value if unpaid > 0 else Decimal(0)
        return Decimal(0)


@dataclass(frozen=True)
class Movement:
    """Part of a transaction that touched one installment (signed: a reversal is negative)."""

    date: date
    principal: int = 0
    interest: int = 0
    denda: int = 0
    waived_interest: int = 0


@dataclass
class InstallmentState:
    no: int
    due_date: date
    principal: int
    interest: int
    movements: list[Movement] = field(default_factory=list)

    def paid_principal(self, as_of: date) -> int:
        return sum(m.principal for m in self.movements if m.date <= as_of)

    def paid_interest(self, as_of: date) -> int:
        return sum(m.interest + m.waived_interest for m in self.movements if m.date <= as_of)

    def paid_denda(self, as_of: date) -> int:
        return sum(m.denda for m in self.movements if m.date <= as_of)

    def unpaid_principal(self, as_of: date) -> int:
        return self.principal - self.paid_principal(as_of)

    def unpaid_interest(self, as_of: date) -> int:
        return self.interest - self.paid_interest(as_of)

    def unpaid(self, as_of: date) -> int:
        return self.unpaid_principal(as_of) + self.unpaid_interest(as_of)

    def accrued_denda(self, as_of: date, penalty: Penalty) -> int:
        """Denda accrued up to and including ``as_of`` on this installment."""
        if penalty.rule is PenaltyRule.NONE:
            return 0
        start = self.due_date + timedelta(days=penalty.grace_days + 1)
        if as_of < start:
            return 0
        # Step function of the unpaid amount.  A day's denda is on what was unpaid when the
        # day began, so a payment lowers it from the next day on (a member who pays on day 3
        # of lateness pays denda for days 1-3 on the full amount, then on the rest).
        # Fix (tests/loans): the steps were the payment days themselves, but each step was
        # charged on the amount unpaid the day *before* it, so a payment never lowered the
        # denda at all and it kept accruing after the installment was paid in full.  Now the
        # steps are the days after a payment, which also makes the denda the teller collects
        # on a day equal to what the books say accrued on that day once the payment is in.
        one_day = timedelta(days=1)
        changes = sorted({m.date + one_day for m in self.movements if start <= m.date + one_day <= as_of})
        total = Decimal(0)
        day = start
        for change in [*changes, as_of + one_day]:
            if change > day:
                unpaid_then = self.unpaid(day - one_day)
                total += penalty.per_day(unpaid_then) * (change - day).days if unpaid_then > 0 else 0
                day = change
        return round_rupiah(total)

    def denda_due(self, as_of: date, penalty: Penalty) -> int:
        return max(0, self.accrued_denda(as_of, penalty) - self.paid_denda(as_of))


@dataclass(frozen=True)
class Due:
    """What is owed on a day: overdue and due installments, denda, and the whole balance."""

    as_of: date
    denda: int
    interest: int  # interest of installments due on or before as_of, unpaid
    principal: int  # principal of installments due on or before as_of, unpaid
    installments_late: int  # installments due before as_of and not fully paid
    oldest_unpaid_due: date | None  # oldest installment due on or before as_of and not fully paid
    outstanding_principal: int  # all principal not yet repaid
    remaining_interest: int  # all scheduled interest not yet paid or waived

    @property
    def total(self) -> int:
        return self.denda + self.interest + self.principal


def due_on(states: list[InstallmentState], as_of: date, penalty: Penalty) -> Due:
    due_now = [s for s in states if s.due_date <= as_of]
    unpaid_now = [s for s in due_now if s.unpaid(as_of) > 0]
    return Due(
        as_of=as_of,
        denda=sum(s.denda_due(as_of, penalty) for s in states),
        interest=sum(s.unpaid_interest(as_of) for s in due_now),
        principal=sum(s.unpaid_principal(as_of) for s in due_now),
        installments_late=sum(1 for s in unpaid_now if s.due_date < as_of),
        oldest_unpaid_due=min((s.due_date for s in unpaid_now), default=None),
        outstanding_principal=sum(s.unpaid_principal(as_of) for s in states),
        remaining_interest=sum(s.unpaid_interest(as_of) for s in states),
    )


@dataclass(frozen=True)
class Part:
    installment_no: int
    principal: int = 0
    interest: int = 0
    denda: int = 0
    waived_interest: int = 0


@dataclass(frozen=True)
class Allocation:
    parts: tuple[Part, ...]
    to_sukarela: int = 0

    @property
    def principal(self) -> int:
        return sum(p.principal for p in self.parts)

    @property
    def interest(self) -> int:
        return sum(p.interest for p in self.parts)

    @property
    def denda(self) -> int:
        return sum(p.denda for p in self.parts)

    @property
    def waived_interest(self) -> int:
        return sum(p.waived_interest for p in self.parts)

    @property
    def amount(self) -> int:
        return self.principal + self.interest + self.denda + self.to_sukarela


def allocate(amount: int, states: list[InstallmentState], as_of: date, penalty: Penalty,
             order: tuple[str, ...] = COMPONENTS, overpayment: Overpayment = Overpayment.PREPAY) -> Allocation:
    """Split a payment: over what is due, in ``order`` (each component oldest installment
    first); then what is left pays the next installments in advance (interest then principal
    of each, in schedule order) or goes to sukarela.  Refuses more than the whole loan."""
    if amount <= 0:
        raise ValidationError("amount", "must be more than zero")
    left = amount
    parts: dict[int, dict[str, int]] = {s.no: {"principal": 0, "interest": 0, "denda": 0} for s in states}
    due_now = [s for s in states if s.due_date <= as_of]

    def take(owed: int) -> int:
        nonlocal left
        paid = min(owed, left)
        left -= paid
        return paid

    for component in order:
        for s in due_now:
            if component == "denda":
                owed = s.denda_due(as_of, penalty)
            elif component == "interest":
                owed = s.unpaid_interest(as_of)
            else:
                owed = s.unpaid_principal(as_of)
            parts[s.no][component] += take(owed)
    # Denda on installments not yet due is always zero, so denda is settled above.
    to_sukarela = 0
    if left > 0:
        if overpayment is Overpayment.SUKARELA:
            to_sukarela, left = left, 0
        else:
            for s in states:
                if s.due_date <= as_of:
                    continue
                parts[s.no]["interest"] += take(s.unpaid_interest(as_of))
                parts[s.no]["principal"] += take(s.unpaid_principal(as_of))
    if left > 0:
        raise ValidationError("amount", "is {excess} more than everything owed on this loan",
                              excess=format_rupiah(left))
    return Allocation(tuple(Part(no, **v) for no, v in parts.items() if any(v.values())), to_sukarela)


def payoff(states: list[InstallmentState], as_of: date, penalty: Penalty, rule: PayoffRule) -> Allocation:
    """Settle the whole loan today.  Under the default rule the member pays interest up to
    the current period only (installments due on or before today, plus the one whose period
    is running); the rest of the scheduled interest is waived, not charged."""
    parts = []
    current_seen = False
    for s in states:
        principal = s.unpaid_principal(as_of)
        interest = s.unpaid_interest(as_of)
        denda = s.denda_due(as_of, penalty)
        waived = 0
        if rule is PayoffRule.CURRENT_PERIOD and s.due_date > as_of:
            if current_seen:
                waived, interest = interest, 0
            current_seen = True
        if principal or interest or denda or waived:
            parts.append(Part(s.no, principal, interest, denda, waived))
    return Allocation(tuple(parts))

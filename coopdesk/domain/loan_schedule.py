"""Loan installment schedules (DOMAIN.md §4): flat, menurun (declining balance) and anuitas.

This is the one function that computes a schedule: the application form's preview, the
posting at disbursement, the kartu angsuran and the loan page all call :func:`schedule`.

Rounding conventions:
- every amount is whole Rupiah, half up;
- with a rounding unit U (1, 100, 500 or 1.000) each installment's total is rounded **up**
  to a multiple of U and the extra goes to principal, so the loan is repaid a little faster;
- the **last** installment takes whatever principal remains, so principal repaid equals
  the principal lent exactly; its total is then whatever it comes to (not rounded).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from coopdesk.domain.calendar import add_months
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, round_rupiah

ROUNDING_UNITS = (1, 100, 500, 1000)
MAX_TERM_MONTHS = 360


class Method(StrEnum):
    FLAT = "flat"
    MENURUN = "menurun"
    ANUITAS = "anuitas"


class RatePer(StrEnum):
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Installment:
    no: int
    due_date: date
    principal: int
    interest: int
    outstanding: int  # principal still owed after this installment

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True)
class LoanTerms:
    principal: int
    term: int  # months
    rate: Decimal  # percent, per month or per year as ``per`` says
    method: Method
    per: RatePer = RatePer.MONTH
    rounding: int = 1
    start: date = date(2025, 1, 1)  # disbursement date; first due date one month later

    @property
    def monthly_rate(self) -> Decimal:
        """As a fraction: 1,5% per month → 0.015; 18% per year → 0.015."""
        rate = self.rate / Decimal(100)
        # Fix (tests/loans): ``is`` took a plain "month" (as check_terms accepts) for a yearly rate.
        return rate if self.per == RatePer.MONTH else rate / Decimal(12)


@dataclass(frozen=True)
class Schedule:
    terms: LoanTerms
    installments: tuple[Installment, ...]

    @property
    def total_principal(self) -> int:
        return sum(i.principal for i in self.installments)

    @property
    def total_interest(self) -> int:
        return sum(i.interest for i in self.installments)

    @property
    def total(self) -> int:
        return self.total_principal + self.total_interest

    def as_json(self) -> dict[str, object]:
        return {
            "installments": [
                {"no": i.no, "due_date": i.due_date.isoformat(), "principal": i.principal, "interest": i.interest,
                 "total": i.total, "outstanding": i.outstanding}
                for i in self.installments
            ],
            "total_principal": self.total_principal,
            "total_interest": self.total_interest,
        }


def check_terms(principal: object, term: object, rate: object, method: object, per: object = "month",
                rounding: object = 1) -> None:
    """Refuse what makes no sense, naming the field.  Types are checked too: the CLI and the
    form pass what the user typed once it is parsed, and a bool is not a number of months."""
    if not isinstance(principal, int) or isinstance(principal, bool) or principal <= 0:
        raise ValidationError("principal", "must be a positive whole number of Rupiah")
    if not isinstance(term, int) or isinstance(term, bool) or term <= 0:
        raise ValidationError("term", "must be a positive number of months")
    if term > MAX_TERM_MONTHS:
        raise ValidationError("term", "must be at most {max} months", max=MAX_TERM_MONTHS)
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0:
        raise ValidationError("rate", "must be zero or a positive percentage")
    if rate > 100:
        raise ValidationError("rate", "must be at most 100%")
    if method not in {m.value for m in Method}:
        raise ValidationError("method", "must be flat, menurun or anuitas (got {value})", value=method)
    if per not in {p.value for p in RatePer}:
        raise ValidationError("per", "must be month or year (got {value})", value=per)
    if rounding not in ROUNDING_UNITS:
        raise ValidationError("rounding", "must be 1, 100, 500 or 1000 (got {value})", value=rounding)


def _round_up(amount: int, unit: int) -> int:
    if unit <= 1:
        return amount
    return int((Decimal(amount) / unit).to_integral_value(rounding=ROUND_CEILING)) * unit


def annuity_payment(principal: int, monthly_rate: Decimal, term: int) -> int:
    """A = P·r / (1 − (1+r)^−n), whole Rupiah half up; P / n when r = 0."""
    if monthly_rate == 0:
        return round_rupiah(Decimal(principal) / term)
    factor = 1 - (1 + monthly_rate) ** -term
    return round_rupiah(Decimal(principal) * monthly_rate / factor)


def schedule(terms: LoanTerms) -> Schedule:
    """The installment schedule of a loan.  Raises ValidationError for impossible terms."""
    check_terms(terms.principal, terms.term, terms.rate, terms.method, terms.per, terms.rounding)
    method = Method(terms.method)
    r = terms.monthly_rate
    n = terms.term
    p = terms.principal
    base_principal = round_rupiah(Decimal(p) / n)
    flat_interest = round_rupiah(Decimal(p) * r)
    annuity = annuity_payment(p, r, n) if method is Method.ANUITAS else 0
    outstanding = p
    rows: list[Installment] = []
    for no in range(1, n + 1):
        due = add_months(terms.start, no)
        interest = flat_interest if method is Method.FLAT else round_rupiah(Decimal(outstanding) * r)
        if no == n:
            principal = outstanding
        else:
            scheduled = annuity if method is Method.ANUITAS else base_principal + interest
            principal = _round_up(scheduled, terms.rounding) - interest
            # Fix (tests/loans): ``principal == outstanding`` also repays the loan before its last
            # month (leaving an empty last installment: P 11.000, 12 months, 0%, unit 1.000, where
            # the unit is larger than the installment of 917).  The message said the unit was
            # "too large for installments of Rp 79.167" when it was Rp 1.000 (2,5 jt over 60 months
            # at 1,5%: 59 installments rounded up repay it all), and blamed a unit of Rp 1 when
            # whole-Rupiah rounding repaid the loan early (Rp 7 over 10 months; a 30-year anuitas
            # at 3% a month, whose half-Rupiah errors compound).  Each case now says what it is.
            if principal < 0 or principal >= outstanding:
                # The unit rounds an installment past what is left: the loan would be repaid
                # before its last month.  Better to say so than to print a nonsense schedule.
                if terms.rounding == 1:
                    raise ValidationError(
                        "term", "{n} months is too long for {amount}: whole-Rupiah installments repay it sooner",
                        n=n, amount=format_rupiah(p))
                if scheduled < terms.rounding:
                    raise ValidationError(
                        "rounding", "a rounding unit of {unit} is larger than an installment ({amount})",
                        unit=format_rupiah(terms.rounding), amount=format_rupiah(scheduled))
                raise ValidationError(
                    "rounding", "installments rounded up to {unit} would repay the loan before month {n}; "
                    "choose a smaller unit or a shorter term", unit=format_rupiah(terms.rounding), n=n)
        outstanding -= principal
        rows.append(Installment(no, due, principal, interest, outstanding))
    if terms.rounding > 1 and rows and rows[0].total < terms.rounding:
        raise ValidationError("rounding", "a rounding unit of {unit} is larger than an installment",
                              unit=format_rupiah(terms.rounding))
    return Schedule(terms, tuple(rows))

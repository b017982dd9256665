"""Loan products: the terms a cooperative offers (method, rate, fees, penalty, rules)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import LoanProduct, SavingsProduct
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.loan_payments import Overpayment, PayoffRule, PenaltyRule, parse_order
from coopdesk.domain.loan_schedule import MAX_TERM_MONTHS, ROUNDING_UNITS, Method, RatePer
from coopdesk.services import audit
from coopdesk.services.context import AppContext


@dataclass(frozen=True)
class LoanProductInput:
    code: str
    name: str
    method: str = Method.FLAT.value
    rate: Decimal = Decimal("1.5")
    rate_per: str = RatePer.MONTH.value
    term_min: int = 1
    term_max: int = 36
    rounding: int = 1
    provisi_pct: Decimal = Decimal(0)
    admin_pct: Decimal = Decimal(0)
    admin_fixed: int = 0
    withheld_pct: Decimal = Decimal(0)
    withheld_product: str | None = None
    penalty_rule: str = PenaltyRule.NONE.value
    penalty_value: Decimal = Decimal(0)
    grace_days: int = 0
    allocation_order: str = "denda,interest,principal"
    overpayment: str = Overpayment.PREPAY.value
    payoff_rule: str = PayoffRule.CURRENT_PERIOD.value
    collateral_required: bool = False


DEFAULT_PRODUCT = LoanProductInput(
    code="UMUM", name="Pinjaman Umum", method=Method.FLAT.value, rate=Decimal("1.5"), term_min=1, term_max=36,
    rounding=100, provisi_pct=Decimal("1"), admin_fixed=25_000, penalty_rule=PenaltyRule.PCT_DAY.value,
    penalty_value=Decimal("0.1"), grace_days=3,
)


def _check(data: LoanProductInput, session: Session) -> None:
    if not data.code.strip() or len(data.code.strip()) > 20:
        raise ValidationError("code", "is required (at most 20 characters)")
    if not data.name.strip():
        raise ValidationError("name", "is required")
    if data.method not in {m.value for m in Method}:
        raise ValidationError("method", "must be flat, menurun or anuitas (got {value})", value=data.method)
    if data.rate_per not in {p.value for p in RatePer}:
        raise ValidationError("per", "must be month or year (got {value})", value=data.rate_per)
    if not Decimal(0) <= data.rate <= Decimal(100):
        raise ValidationError("rate", "must be between 0 and 100")
    if not 1 <= data.term_min <= data.term_max <= MAX_TERM_MONTHS:
        raise ValidationError("term", "range must be 1 ≤ minimum ≤ maximum ≤ {max} months", max=MAX_TERM_MONTHS)
    if data.rounding not in ROUNDING_UNITS:
        raise ValidationError("rounding", "must be 1, 100, 500 or 1000 (got {value})", value=data.rounding)
    for name in ("provisi_pct", "admin_pct", "withheld_pct"):
        if not Decimal(0) <= getattr(data, name) <= Decimal(100):
            raise ValidationError(name.removesuffix("_pct"), "must be between 0 and 100%")
    if data.admin_fixed < 0:
        raise ValidationError("admin", "must not be negative")
    if data.withheld_pct > 0:
        if not data.withheld_product:
            raise ValidationError("withheld_product", "is required when an amount is withheld")
        if session.scalar(select(SavingsProduct.id).where(SavingsProduct.code == data.withheld_product)) is None:
            raise ValidationError("withheld_product", "no savings product {code}", code=data.withheld_product)
    if data.penalty_rule not in {r.value for r in PenaltyRule}:
        raise ValidationError("penalty", "must be none, pct_day, pct_month or fixed_day (got {value})",
                              value=data.penalty_rule)
    if data.penalty_value < 0:
        raise ValidationError("penalty", "must not be negative")
    if data.grace_days < 0:
        raise ValidationError("grace", "must not be negative")
    parse_order(data.allocation_order)
    if data.overpayment not in {o.value for o in Overpayment}:
        raise ValidationError("overpayment", "must be prepay or sukarela")
    if data.payoff_rule not in {r.value for r in PayoffRule}:
        raise ValidationError("payoff", "must be current_period or full_interest")


def create(session: Session, data: LoanProductInput) -> LoanProduct:
    _check(data, session)
    code = data.code.strip().upper()
    if session.scalar(select(LoanProduct.id).where(LoanProduct.code == code)) is not None:
        raise ValidationError("code", "loan product {code} already exists", code=code)
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    values.update(code=code, name=data.name.strip())
    product = LoanProduct(**values, active=True)
    session.add(product)
    session.flush()
    return product


def add(ctx: AppContext, data: LoanProductInput) -> str:
    with ctx.transaction() as session:
        user = ctx.actor(session)
        product = create(session, data)
        audit.record(session, user, ctx.now(), "loan_product.add", "loan_product", product.code, product.name)
        return product.code


def update(ctx: AppContext, code: str, data: LoanProductInput) -> None:
    """Change a product's terms; loans already applied for keep the terms they were given."""
    with ctx.transaction() as session:
        user = ctx.actor(session)
        _check(data, session)
        product = by_code(session, code)
        for f in fields(data):
            if f.name == "code":
                continue
            new = getattr(data, f.name)
            if getattr(product, f.name) != new:
                audit.record(session, user, ctx.now(), "loan_product.change", "loan_product", product.code,
                             f"{f.name}: {getattr(product, f.name)!r} -> {new!r}")
                setattr(product, f.name, new)


def by_code(session: Session, code: str) -> LoanProduct:
    product = session.scalar(select(LoanProduct).where(LoanProduct.code == str(code).strip().upper()))
    if product is None:
        raise NotFoundError("product", "no loan product {code}", code=code)
    return product


def all_products(ctx: AppContext) -> list[LoanProduct]:
    with ctx.reading() as session:
        return list(session.scalars(select(LoanProduct).order_by(LoanProduct.code)))

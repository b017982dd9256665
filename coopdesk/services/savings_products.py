"""Settings of the savings products: amounts of pokok and wajib, sukarela interest rules.

Changes are audited.  A product's control account and kind are fixed once the books exist:
moving them would break the reconciliation of the savings ledger with the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from coopdesk.db.models import SavingsProduct
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.savings import InterestBasis
from coopdesk.services import audit
from coopdesk.services.context import AppContext
from coopdesk.services.savings import product_by_code


@dataclass(frozen=True)
class ProductChange:
    name: str | None = None
    fixed_amount: int | None = None
    interest_rate_year: Decimal | None = None
    interest_basis: str | None = None
    interest_min_balance: int | None = None
    classification: str | None = None


def all_products(ctx: AppContext) -> list[SavingsProduct]:
    with ctx.reading() as session:
        return list(session.scalars(select(SavingsProduct).order_by(SavingsProduct.id)))


def update(ctx: AppContext, code: str, change: ProductChange) -> None:
    if change.interest_basis is not None and change.interest_basis not in {b.value for b in InterestBasis}:
        raise ValidationError("basis", "must be lowest or average (got {value})", value=change.interest_basis)
    if change.classification is not None and change.classification not in ("equity", "liability"):
        raise ValidationError("classification", "must be equity or liability")
    if change.interest_rate_year is not None and not Decimal(0) <= change.interest_rate_year <= Decimal(100):
        raise ValidationError("rate", "must be between 0 and 100")
    for field, value in (("amount", change.fixed_amount), ("min-balance", change.interest_min_balance)):
        if value is not None and value < 0:
            raise ValidationError(field, "must not be negative")
    if change.name is not None and not change.name.strip():
        raise ValidationError("name", "is required")
    with ctx.transaction() as session:
        user = ctx.actor(session)
        product = product_by_code(session, code)
        for attr, value in vars(change).items():
            if value is None or getattr(product, attr) == value:
                continue
            audit.record(session, user, ctx.now(), "product.change", "savings_product", product.code,
                         f"{attr}: {getattr(product, attr)!r} -> {value!r}")
            setattr(product, attr, value.strip() if isinstance(value, str) else value)

"""Creating a cooperative's books: chart of accounts, savings products, the administrator."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, SavingsProduct, User
from coopdesk.db.schema import Database
from coopdesk.domain.accounts import AccountKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.savings import InterestBasis, SavingsKind
from coopdesk.domain.users import Role
from coopdesk.resources import resource
from coopdesk.services import loan_products, settings
from coopdesk.services.context import DEFAULT_ADMIN


@dataclass(frozen=True)
class BooksSetup:
    name: str
    start: date
    admin: str = DEFAULT_ADMIN
    address: str = ""
    pokok_amount: int = 100_000
    wajib_amount: int = 50_000
    sukarela_rate: Decimal = Decimal("3")


def default_chart() -> list[dict[str, str]]:
    with resource("chart_of_accounts.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def is_initialised(db: Database) -> bool:
    with db.sessions() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def _products(setup: BooksSetup) -> list[SavingsProduct]:
    return [
        SavingsProduct(code="pokok", name="Simpanan Pokok", kind=SavingsKind.POKOK.value, account_code="3110",
                       classification="equity", fixed_amount=setup.pokok_amount),
        SavingsProduct(code="wajib", name="Simpanan Wajib", kind=SavingsKind.WAJIB.value, account_code="3120",
                       classification="equity", fixed_amount=setup.wajib_amount),
        SavingsProduct(code="sukarela", name="Simpanan Sukarela", kind=SavingsKind.SUKARELA.value,
                       account_code="2111", classification="liability", interest_rate_year=setup.sukarela_rate,
                       interest_basis=InterestBasis.LOWEST.value, interest_min_balance=0),
    ]


def init_books(db: Database, setup: BooksSetup, now: datetime | None = None) -> None:
    """Create the books once; refuses a database that already has them."""
    if not setup.name.strip():
        raise ValidationError("name", "is required")
    if setup.pokok_amount < 0 or setup.wajib_amount < 0:
        raise ValidationError("amount", "must not be negative")
    if is_initialised(db):
        raise ValidationError("database", "already holds the books of a cooperative")
    with db.sessions() as session, session.begin():
        _load(session, setup, now or datetime.now())


def _load(session: Session, setup: BooksSetup, now: datetime) -> None:
    session.add(User(name=setup.admin, role=Role.ADMINISTRATOR.value, active=True, created_at=now))
    for row in default_chart():
        session.add(Account(code=row["code"], name=row["name"], kind=AccountKind(row["kind"]).value,
                            participation=row["participation"] or None, postable=row["postable"] == "1",
                            active=True))
    session.add_all(_products(setup))
    session.flush()
    loan_products.create(session, loan_products.DEFAULT_PRODUCT)
    settings.put(session, "coop_name", setup.name.strip())
    settings.put(session, "coop_address", setup.address.strip())
    settings.put(session, "books_start", setup.start.isoformat())

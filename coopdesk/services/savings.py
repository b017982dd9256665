"""Deposits and withdrawals of members' savings, posted with their journal entry.

The savings ledger (``savings_transactions``) and the control accounts (3110, 3120, 2111)
always move together in one transaction, which is what keeps them reconciled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, Member, SavingsProduct, SavingsTransaction, WajibObligation
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.members import MemberStatus
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.savings import SavingsKind, wajib_arrears
from coopdesk.services import ledger, settings
from coopdesk.services.context import AppContext
from coopdesk.services.members import by_number


@dataclass(frozen=True)
class Movement:
    date: date
    product: str
    kind: str
    amount: int
    voucher: str
    balance: int  # running balance of that product after the movement


@dataclass(frozen=True)
class Arrears:
    months: list[tuple[str, int]]  # (period, amount owed)

    @property
    def total(self) -> int:
        return sum(a for _, a in self.months)


def product_by_code(session: Session, code: str) -> SavingsProduct:
    product = session.scalar(select(SavingsProduct).where(SavingsProduct.code == str(code).strip().lower()))
    if product is None or not product.active:
        raise NotFoundError("product", "no savings product {code}", code=code)
    return product


def products(session: Session) -> list[SavingsProduct]:
    return list(session.scalars(select(SavingsProduct).where(SavingsProduct.active).order_by(SavingsProduct.id)))


def balance(session: Session, member_id: int, product_id: int, as_of: date | None = None) -> int:
    stmt = select(func.coalesce(func.sum(SavingsTransaction.amount), 0)).where(
        SavingsTransaction.member_id == member_id, SavingsTransaction.product_id == product_id
    )
    if as_of is not None:
        stmt = stmt.where(SavingsTransaction.date <= as_of)
    return int(session.scalar(stmt) or 0)


def balances(session: Session, member_id: int) -> dict[str, int]:
    """Balance per product code for one member (every active product, zero included)."""
    sums = dict(
        session.execute(
            select(SavingsTransaction.product_id, func.sum(SavingsTransaction.amount))
            .where(SavingsTransaction.member_id == member_id)
            .group_by(SavingsTransaction.product_id)
        ).all()
    )
    return {p.code: int(sums.get(p.id, 0)) for p in products(session)}


def history(session: Session, member_id: int) -> list[Movement]:
    rows = session.execute(
        select(SavingsTransaction, SavingsProduct.code, JournalEntry.voucher)
        .join(SavingsProduct, SavingsTransaction.product_id == SavingsProduct.id)
        .join(JournalEntry, SavingsTransaction.entry_id == JournalEntry.id)
        .where(SavingsTransaction.member_id == member_id)
        .order_by(SavingsTransaction.date, SavingsTransaction.id)
    ).all()
    running: dict[str, int] = {}
    result = []
    for tx, code, voucher in rows:
        running[code] = running.get(code, 0) + tx.amount
        result.append(Movement(tx.date, code, tx.kind, tx.amount, voucher, running[code]))
    return result


def _wajib_product(session: Session) -> SavingsProduct | None:
    return session.scalar(select(SavingsProduct).where(SavingsProduct.kind == SavingsKind.WAJIB.value))


# Only real wajib payments settle obligations: an opening balance migrated from the old
# books covers months before CoopDesk, not the months it bills.
_PAYMENT_KINDS = ("deposit", "rev-deposit")


def arrears(session: Session, member_id: int) -> Arrears:
    return arrears_by_member(session, member_id).get(member_id, Arrears([]))


def arrears_by_member(session: Session, member_id: int | None = None) -> dict[int, Arrears]:
    """Unpaid wajib months per active member (only members who owe something), in two queries.

    A member who has left owes no wajib any more: the exit settles the membership, so
    former members are not arrears to chase."""
    wajib = _wajib_product(session)
    if wajib is None:
        return {}
    obligations_q = (
        select(WajibObligation.member_id, WajibObligation.period, WajibObligation.amount)
        .join(Member, Member.id == WajibObligation.member_id)
        .where(Member.status == MemberStatus.ACTIVE.value)
    )
    paid_q = (
        select(SavingsTransaction.member_id, func.sum(SavingsTransaction.amount))
        .where(SavingsTransaction.product_id == wajib.id, SavingsTransaction.kind.in_(_PAYMENT_KINDS))
        .group_by(SavingsTransaction.member_id)
    )
    if member_id is not None:
        obligations_q = obligations_q.where(WajibObligation.member_id == member_id)
        paid_q = paid_q.where(SavingsTransaction.member_id == member_id)
    owed: dict[int, list[tuple[str, int]]] = {}
    for mid, period, amount in session.execute(obligations_q).all():
        owed.setdefault(mid, []).append((period, amount))
    paid = {mid: int(total) for mid, total in session.execute(paid_q).all()}
    result = {}
    for mid, months in owed.items():
        unpaid = wajib_arrears(months, paid.get(mid, 0))
        if unpaid:
            result[mid] = Arrears(unpaid)
    return result


def _cash_account(session: Session) -> str:
    return settings.get(session, "cash_account")


def _min_balance_from(session: Session, member_id: int, product_id: int, day: date, change: int) -> int:
    """Lowest balance on any day from ``day`` on if ``change`` is added on ``day``: a
    back-dated withdrawal must not overdraw a later day either."""
    current = balance(session, member_id, product_id, day) + change
    lowest = current
    later = session.execute(
        select(SavingsTransaction.amount)
        .where(SavingsTransaction.member_id == member_id, SavingsTransaction.product_id == product_id,
               SavingsTransaction.date > day)
        .order_by(SavingsTransaction.date, SavingsTransaction.id)
    ).scalars()
    for amount in later:
        current += amount
        lowest = min(lowest, current)
    return lowest


def lock_member(session: Session, member_id: int) -> None:
    """Serialise postings on one member's savings, so that the checks made after this (balance,
    pokok ceiling, status) see every posting committed before it.

    Fix (test suite): two withdrawals of the same balance at the same moment both passed the
    balance check and overdrew the account, on PostgreSQL and on SQLite alike.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(Member.id).where(Member.id == member_id).with_for_update())
    else:
        # SQLite reads outside a transaction until the first write: this no-op write takes the
        # database's write lock now (other writers wait, busy_timeout), before anything is checked.
        session.execute(update(Member).where(Member.id == member_id).values(status=Member.status)
                        .execution_options(synchronize_session=False))


def _active_member(session: Session, number: str, day: date) -> Member:
    member = by_number(session, number)
    lock_member(session, member.id)
    session.refresh(member)  # as committed by whoever held the lock before us
    if member.status != MemberStatus.ACTIVE.value:
        raise ValidationError("member", "{number} is no longer an active member ({status})",
                              number=member.number, status=member.status)
    if day < member.joined:
        raise ValidationError("date", "is before the member joined ({joined})", joined=member.joined.isoformat())
    return member


def deposit(
    ctx: AppContext, number: str, product_code: str, amount: int, day: date | None = None
) -> ledger.PostedEntry:
    """Record a cash deposit (setoran) and post Dr Kas / Cr the product's control account."""
    _check_amount(amount)
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        member = _active_member(session, number, day)
        product = product_by_code(session, product_code)
        if product.kind == SavingsKind.POKOK.value and product.fixed_amount:
            paid = balance(session, member.id, product.id)
            if paid + amount > product.fixed_amount:
                raise ValidationError("amount", "simpanan pokok is {fixed}; {paid} is already paid",
                                      fixed=format_rupiah(product.fixed_amount), paid=format_rupiah(paid))
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_IN, day=day,
            memo=f"Setoran {product.name} {member.number} {member.name}",
            lines=[
                LineSpec(_cash_account(session), debit=amount, member_id=member.id),
                LineSpec(product.account_code, credit=amount, member_id=member.id),
            ],
            source="savings.deposit", created_at=ctx.now(),
        )
        session.add(SavingsTransaction(member_id=member.id, product_id=product.id, date=day, amount=amount,
                                       kind="deposit", entry_id=entry.id))
        return ledger.summary(entry)


def withdraw(
    ctx: AppContext, number: str, product_code: str, amount: int, day: date | None = None
) -> ledger.PostedEntry:
    """Record a cash withdrawal (penarikan) of sukarela savings."""
    _check_amount(amount)
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        member = _active_member(session, number, day)
        product = product_by_code(session, product_code)
        if product.kind != SavingsKind.SUKARELA.value:
            raise ValidationError("product", "{name} can only be withdrawn when membership ends", name=product.name)
        available = balance(session, member.id, product.id, day)
        if amount > available or _min_balance_from(session, member.id, product.id, day, -amount) < 0:
            raise ValidationError("amount", "is more than the balance ({balance})", balance=format_rupiah(available))
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_OUT, day=day,
            memo=f"Penarikan {product.name} {member.number} {member.name}",
            lines=[
                LineSpec(product.account_code, debit=amount, member_id=member.id),
                LineSpec(_cash_account(session), credit=amount, member_id=member.id),
            ],
            source="savings.withdrawal", created_at=ctx.now(),
        )
        session.add(SavingsTransaction(member_id=member.id, product_id=product.id, date=day, amount=-amount,
                                       kind="withdrawal", entry_id=entry.id))
        return ledger.summary(entry)


def _check_amount(amount: int) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError("amount", "must be whole Rupiah")
    if amount <= 0:
        raise ValidationError("amount", "must be more than zero")


def undo_movements(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """Cancel the savings rows of a reversed entry with opposite rows dated on the reversal.

    Refused when that would leave a member's balance below zero on any day, e.g. a deposit
    that has since been withdrawn.
    """
    rows = list(session.scalars(select(SavingsTransaction).where(SavingsTransaction.entry_id == original.id)))
    for member_id in sorted({tx.member_id for tx in rows}):
        lock_member(session, member_id)
    for tx in rows:
        if _min_balance_from(session, tx.member_id, tx.product_id, reversal.date, -tx.amount) < 0:
            number = session.get(Member, tx.member_id).number  # type: ignore[union-attr]
            raise ValidationError("voucher", "reversing it would overdraw the savings of member {number}",
                                  number=number)
        session.add(SavingsTransaction(member_id=tx.member_id, product_id=tx.product_id, date=reversal.date,
                                       amount=-tx.amount, kind=f"rev-{tx.kind}"[:16], entry_id=reversal.id))
    session.flush()


def control_totals(session: Session, as_of: date | None = None) -> dict[str, int]:
    """Sum of members' balances per control account code (for reconciliation checks)."""
    stmt = (
        select(SavingsProduct.account_code, func.coalesce(func.sum(SavingsTransaction.amount), 0))
        .join(SavingsTransaction, SavingsTransaction.product_id == SavingsProduct.id)
        .group_by(SavingsProduct.account_code)
    )
    if as_of is not None:
        stmt = stmt.where(SavingsTransaction.date <= as_of)
    return {code: int(total) for code, total in session.execute(stmt).all()}

"""A member leaves: pokok, wajib and sukarela are paid back in one entry (DOMAIN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, Member, SavingsTransaction
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.members import EXIT_STATUSES, MemberStatus
from coopdesk.services import audit, ledger, settings
from coopdesk.services.context import AppContext
from coopdesk.services.members import by_number
from coopdesk.services.savings import balance, product_by_code, products, undo_movements


@dataclass(frozen=True)
class ExitSettlement:
    number: str
    name: str
    date: date
    reason: str
    voucher: str | None  # None when there was nothing to pay back
    paid_back: list[tuple[str, int]]  # (product name, amount)

    @property
    def total(self) -> int:
        return sum(a for _, a in self.paid_back)


def settlement_lines(session: Session, member: Member, day: date) -> list[tuple[str, str, int, int]]:
    """(product code, product name, account, balance) for each product with a balance: the
    preview the exit dialog shows is computed by the same function that posts."""
    rows = []
    for product in products(session):
        amount = balance(session, member.id, product.id)
        if amount:
            rows.append((product.code, product.name, product.account_code, amount))
    return rows


def preview(ctx: AppContext, number: str, day: date) -> list[tuple[str, int]]:
    with ctx.reading() as session:
        member = by_number(session, number)
        return [(name, amount) for _, name, _, amount in settlement_lines(session, member, day)]


def exit_member(ctx: AppContext, number: str, day: date, reason: str) -> ExitSettlement:
    reason = str(reason).strip().lower()
    if reason not in {s.value for s in EXIT_STATUSES}:
        raise ValidationError("reason", "must be keluar, meninggal or diberhentikan (got {value})", value=reason)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        member = by_number(session, number)
        if member.status != MemberStatus.ACTIVE.value:
            raise ValidationError("member", "{number} has already left ({status})", number=member.number,
                                  status=member.status)
        if day < member.joined:
            raise ValidationError("date", "is before the member joined ({joined})", joined=member.joined.isoformat())
        later = session.scalar(select(SavingsTransaction.id).where(
            SavingsTransaction.member_id == member.id, SavingsTransaction.date > day).limit(1))
        if later is not None:
            raise ValidationError("date", "the member has savings movements after this date")
        rows = settlement_lines(session, member, day)
        if any(amount < 0 for *_, amount in rows):
            raise ValidationError("member", "a savings balance is negative; correct it first")
        voucher = None
        total = sum(amount for *_, amount in rows)
        if total > 0:
            lines = [LineSpec(account, debit=amount, member_id=member.id, memo=name)
                     for _, name, account, amount in rows]
            lines.append(LineSpec(settings.get(session, "cash_account"), credit=total, member_id=member.id))
            entry = ledger.post_entry(
                session, user, journal_type=JournalType.CASH_OUT, day=day,
                memo=f"Pengembalian simpanan anggota keluar {member.number} {member.name} ({reason})",
                lines=lines, source="member.exit", created_at=ctx.now(),
            )
            voucher = entry.voucher
            for code, _, _, amount in rows:
                session.add(SavingsTransaction(member_id=member.id, product_id=product_by_code(session, code).id,
                                               date=day, amount=-amount, kind="exit", entry_id=entry.id))
        member.status = reason
        member.status_date = day
        member.exit_reason = reason
        audit.record(session, user, ctx.now(), "member.exit", "member", member.number, reason)
        return ExitSettlement(member.number, member.name, day, reason, voucher,
                              [(name, amount) for _, name, _, amount in rows])


def undo_exit(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """Reversing an exit settlement restores the savings and makes the member active again."""
    undo_movements(session, original, reversal)
    member_id = next(l.member_id for l in original.lines if l.member_id is not None)
    member = session.get(Member, member_id)
    assert member is not None
    member.status = MemberStatus.ACTIVE.value
    member.status_date = None
    member.exit_reason = ""

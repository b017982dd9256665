"""Reversing a posted entry: the only way to correct the books.

The reversing entry mirrors the original line by line and points at it; whatever subledger
rows the original wrote are cancelled in the same transaction by the undo function its
source names here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import YEAR_CLOSE_SOURCE, JournalType, reversal_of
from coopdesk.services import fixed_assets
from coopdesk.services.context import AppContext
from coopdesk.services.ledger import PostedEntry, entry_by_voucher, line_specs, post_entry, reversal_for, summary
from coopdesk.services.loan_repayments import undo_disbursement, undo_loan_transactions
from coopdesk.services.member_exit import undo_exit
from coopdesk.services.savings import undo_movements
from coopdesk.services.shu import SOURCES as SHU_SOURCES

UndoFn = Callable[[Session, JournalEntry, JournalEntry], None]

# What to undo besides the journal, per entry source.  Sources not listed touch only the journal.
SUBLEDGER_UNDO: dict[str, UndoFn] = {
    "savings.deposit": undo_movements,
    "savings.withdrawal": undo_movements,
    "savings.opening": undo_movements,
    "month_end.interest": undo_movements,
    "member.exit": undo_exit,
    "loan.disbursement": undo_disbursement,
    "loan.repayment": undo_loan_transactions,
    "loan.payoff": undo_loan_transactions,
    "loan.writeoff": undo_loan_transactions,
    "loan.recovery": undo_loan_transactions,
    **fixed_assets.UNDO_BY_SOURCE,
}


def reverse(ctx: AppContext, voucher: str, reason: str, day: date | None = None) -> PostedEntry:
    """Post the reversing entry of ``voucher`` (and undo its subledger rows), with a reason."""
    if not reason or not reason.strip():
        raise ValidationError("reason", "is required")
    with ctx.transaction() as session:
        user = ctx.actor(session)
        original = entry_by_voucher(session, voucher)
        if original.source == YEAR_CLOSE_SOURCE:
            # Undoing a close also unlocks the year: only re-opening (administrator, reason) does that.
            raise ValidationError("voucher", "{voucher} closes the year {year}; re-open the year instead",
                                  voucher=original.voucher, year=original.year)
        if original.source in SHU_SOURCES:
            # Its member payments and the year's distribution record cannot be undone.
            raise ValidationError("voucher", "{voucher} posts an SHU approved by the RAT; it cannot be reversed",
                                  voucher=original.voucher)
        if original.reverses_id is not None:
            raise ValidationError("voucher", "{voucher} is itself a reversal", voucher=original.voucher)
        done = reversal_for(session, original.id)
        if done is not None:
            raise ValidationError(
                "voucher", "{voucher} was already reversed by {by}", voucher=original.voucher, by=done.voucher
            )
        when = day or ctx.today()
        if when < original.date:
            raise ValidationError("date", "is before the entry it reverses ({date})", date=original.date.isoformat())
        reversal = post_entry(
            session, user, journal_type=JournalType.CORRECTION, day=when,
            memo=f"Koreksi {original.voucher}: {reason.strip()}", lines=reversal_of(line_specs(original)),
            source=f"reversal:{original.source}", created_at=ctx.now(), reverses=original, reason=reason.strip(),
        )
        undo = SUBLEDGER_UNDO.get(original.source)
        if undo is not None:
            undo(session, original, reversal)
        return summary(reversal)

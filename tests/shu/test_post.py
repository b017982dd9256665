"""Posting the SHU of tests/shu/coop.py's 2025 after the RAT, and paying members."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coopdesk.db.models import AuditLog, SavingsTransaction, ShuDistribution, ShuMemberPayment
from coopdesk.db.schema import Database
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.shu import AllocationPost, format_allocation
from coopdesk.services import corrections, ledger, savings, settings, shu, year_end
from coopdesk.services.context import AppContext
from tests.services.helpers import snapshot

from .coop import ALLOCATION, RAT, SHU, TOTAL, context


def _lines(ctx: AppContext, voucher: str) -> list[tuple[str, int, int, int | None]]:
    with ctx.reading() as session:
        entry = ledger.entry_by_voucher(session, voucher)
        return [(l.account.code, l.debit, l.credit, l.member_id) for l in entry.lines]


def _credit(ctx: AppContext, code: str) -> int:
    with ctx.reading() as session:
        return -ledger.account_balance(session, code)


def _refused(ctx: AppContext, field: str, *args: object, **kwargs: object) -> str:
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        shu.post(ctx, *args, **kwargs)  # type: ignore[arg-type]
    assert err.value.field == field, err.value.message
    assert snapshot(ctx.db) == before
    return err.value.message


def _books_hold(ctx: AppContext) -> None:
    with ctx.reading() as session:
        totals = savings.control_totals(session)
        for code in ("3110", "3120", "2111"):
            assert -ledger.account_balance(session, code) == totals.get(code, 0), code
        debit, credit = session.execute(select(func.sum(ledger.JournalLine.debit),
                                               func.sum(ledger.JournalLine.credit))).one()
        assert debit == credit


def test_allocation_then_cash_payout(closed_db: Database) -> None:
    ctx = context(closed_db)
    cash_before, members_2121 = _credit(ctx, "1110"), _credit(ctx, "2121")
    assert _credit(ctx, "3180") == SHU

    result = shu.post(ctx, 2025, RAT, "cash")

    assert (result.shu, result.pay_mode, result.paid_members, result.paid_total) == (SHU, "cash", 4, 3_600_000)
    lines = _lines(ctx, result.allocation_voucher or "")
    assert lines[0] == ("3180", SHU, 0, None)
    assert [(code, credit) for code, _, credit, _ in lines[1:]] == ALLOCATION
    assert _credit(ctx, "3180") == 0
    assert _credit(ctx, "3161") == 4_900_000
    assert (_credit(ctx, "2122"), _credit(ctx, "2124")) == (500_000, 250_000)
    # the members' 3.600.000 went into 2121 and straight out in cash
    assert _credit(ctx, "2121") == members_2121
    assert _lines(ctx, result.payout_voucher or "") == [("2121", 3_600_000, 0, None), ("1110", 0, 3_600_000, None)]
    assert _credit(ctx, "1110") == cash_before + 3_600_000  # an asset: its credit-side balance grows
    with ctx.reading() as session:
        row = session.get(ShuDistribution, 2025)
        assert row is not None and (row.rat_date, row.shu, row.pay_mode) == (RAT, SHU, "cash")
        paid = session.execute(select(ShuMemberPayment.amount, ShuMemberPayment.pay_mode)
                               .order_by(ShuMemberPayment.member_id)).all()
        assert [tuple(p) for p in paid] == [(t, "cash") for t in TOTAL]
        assert session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "shu.post")) == 1
        sheet = shu.compute(session, 2025)
        assert sheet.distribution is not None
        assert (sheet.distribution.paid_members, sheet.distribution.paid_total) == (4, 3_600_000)
    _books_hold(ctx)

    # A second run pays nobody twice, whatever is asked.
    assert "already posted" in _refused(ctx, "year", 2025, RAT, "cash")
    assert "already posted" in _refused(ctx, "year", 2025, RAT, None)
    # Neither entry can be reversed, and the year cannot be re-opened.
    for voucher in (result.allocation_voucher, result.payout_voucher):
        with pytest.raises(ValidationError, match="cannot be reversed"):
            corrections.reverse(ctx, voucher or "", "salah")
    with pytest.raises(ValidationError, match="cannot be re-opened"):
        year_end.reopen(ctx, 2025, "koreksi")


def test_sukarela_payout_later_and_left_member_in_cash(closed_db: Database) -> None:
    ctx = context(closed_db)
    first = shu.post(ctx, 2025, RAT, None)
    assert (first.payout_voucher, first.pay_mode, first.paid_members) == (None, "", 0)
    assert _credit(ctx, "2121") == 3_600_000  # owed to the members until paid
    with ctx.reading() as session:
        assert shu.compute(session, 2025).distribution.pay_mode == ""  # type: ignore[union-attr]

    later = shu.post(ctx, 2025, RAT, "sukarela", pay_date=date(2026, 3, 20))

    assert later.allocation_voucher is None and later.paid_members == 4
    assert _credit(ctx, "2121") == 0
    lines = _lines(ctx, later.payout_voucher or "")
    assert lines[0] == ("2121", 3_600_000, 0, None)
    # Dewi left in June: paid in cash; the others credited to their sukarela, one line each
    assert [(c, cr) for c, _, cr, _ in lines[1:]] == [("1110", 500_000), ("2111", 800_000), ("2111", 1_533_333),
                                                     ("2111", 766_667)]
    with ctx.reading() as session:
        rows = session.execute(select(SavingsTransaction.amount, SavingsTransaction.kind, SavingsTransaction.date)
                               .where(SavingsTransaction.kind == "shu").order_by(SavingsTransaction.member_id)).all()
        assert [tuple(r) for r in rows] == [(t, "shu", date(2026, 3, 20)) for t in TOTAL[:3]]
        modes = session.scalars(select(ShuMemberPayment.pay_mode).order_by(ShuMemberPayment.member_id)).all()
        assert modes == ["sukarela", "sukarela", "sukarela", "cash"]
        row = session.get(ShuDistribution, 2025)
        assert row is not None and row.pay_mode == "sukarela" and row.payout_entry_id is not None
    _books_hold(ctx)
    assert "already posted" in _refused(ctx, "year", 2025, RAT, "cash")


@pytest.mark.parametrize(("rat", "pay", "field", "text"), [
    (date(2025, 12, 31), "cash", "rat_date", "after the end of 2025"),
    (date(2026, 4, 1), "cash", "rat_date", "in the future"),
    (RAT, "transfer", "pay", "must be cash or sukarela"),
])
def test_bad_input_changes_nothing(closed_db: Database, rat: date, pay: str, field: str, text: str) -> None:
    assert text in _refused(context(closed_db), field, 2025, rat, pay)


def test_open_year_and_missing_account_are_refused(closed_db: Database, open_db: Database) -> None:
    assert "not closed yet" in _refused(context(open_db), "year", 2025, RAT, "cash")
    ctx = context(closed_db)
    posts = [AllocationPost(p.name, p.percent, "2129" if p.name == "Dana Sosial" else p.account, p.kind)
             for p in shu.allocation_table_default()]
    settings.update(ctx, {"shu_allocation": format_allocation(posts)})
    assert "2129" in _refused(ctx, "allocation", 2025, RAT, "cash")


def test_paying_later_after_the_settings_changed_is_refused(closed_db: Database) -> None:
    ctx = context(closed_db)
    shu.post(ctx, 2025, RAT, None)
    settings.update(ctx, {"shu_capital_basis": "average"})
    with ctx.reading() as session:
        assert shu.compute(session, 2025).settings_changed
    assert "settings changed" in _refused(ctx, "pay", 2025, RAT, "cash")
    settings.update(ctx, {"shu_capital_basis": "year_end"})
    assert shu.post(ctx, 2025, RAT, "cash").paid_total == 3_600_000

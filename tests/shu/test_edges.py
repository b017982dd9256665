"""Edge cases: a loss shares nothing; nobody with a basis leaves the pool to the reserve; a
property: posting under any valid table and bases keeps the books balanced and the savings
subledger equal to its control accounts."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coopdesk.db.models import JournalLine, ShuMemberPayment
from coopdesk.db.schema import Database, open_database
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.domain.shu import FUND, JASA_MODAL, JASA_USAHA, RESERVE, AllocationPost, format_allocation
from coopdesk.services import ledger, savings, shu, year_end
from coopdesk.services import settings as app_settings
from tests.services.helpers import join

from .coop import RAT, SHU, context


def _one_member_year(db: Database, income: int, cost: int) -> None:
    ctx = context(db)
    number = join(ctx, "Eka Putri", date(2025, 1, 2), female=True)
    savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
    if income:
        ledger.post_manual(ctx, date(2025, 3, 1), "uji", [LineSpec("1110", debit=income),
                                                          LineSpec("4130", credit=income)])
    if cost:
        ledger.post_manual(ctx, date(2025, 4, 1), "uji", [LineSpec("5220", debit=cost), LineSpec("1110", credit=cost)])
    from tests.year_end.coop import run_month_ends

    run_month_ends(ctx, 2025)
    year_end.close(ctx, 2025)


def test_a_loss_shares_nothing(db: Database) -> None:
    _one_member_year(db, 0, 300_000)
    ctx = context(db)
    with ctx.reading() as session:
        sheet = shu.compute(session, 2025)
    assert (sheet.shu, sheet.member_part, sheet.jasa_modal_pool, sheet.total_to_members()) == (-300_000, 0, 0, 0)
    assert all(p.amount == 0 for p in sheet.pools) and all(l.amount == 0 for l in sheet.lines)
    with pytest.raises(ValidationError, match="no SHU to share"):
        shu.post(ctx, 2025, RAT, "cash")


def test_nobody_with_business_leaves_jasa_usaha_to_the_reserve(db: Database) -> None:
    """SHU 1.000.000 all from members; the only member has capital 100.000 and no loan:
    JM 200.000 to her, the JU pool 250.000 has nobody to go to: Cadangan 400.000 + 250.000."""
    _one_member_year(db, 1_000_000, 0)
    ctx = context(db)
    with ctx.reading() as session:
        sheet = shu.compute(session, 2025)
    assert (sheet.shu, sheet.member_part, sheet.undistributed_jasa_usaha) == (1_000_000, 1_000_000, 250_000)
    assert [r.total for r in sheet.rows] == [200_000]
    assert [(l.account, l.amount) for l in sheet.lines][:3] == [("3161", 650_000), ("2121", 200_000), ("2121", 0)]
    result = shu.post(ctx, 2025, RAT, "cash")
    with ctx.reading() as session:
        assert -ledger.account_balance(session, "3161") == 650_000
        assert -ledger.account_balance(session, "2121") == 0
        assert result.paid_total == 200_000


_PERCENTS = st.lists(st.integers(1, 60), min_size=4, max_size=7).filter(lambda p: sum(p) < 1000)


@st.composite
def tables(draw: st.DrawFn) -> list[AllocationPost]:
    """Reserve, jasa modal, jasa usaha and 1..4 funds with whole or half percentages totalling 100."""
    weights = draw(_PERCENTS)
    total = sum(weights)
    halves = [w * 200 // total for w in weights]  # in half percents, summing to at most 200
    halves[0] += 200 - sum(halves)
    halves = [h if h > 0 else 1 for h in halves]
    halves[0] -= sum(halves) - 200
    if halves[0] <= 0:
        halves = [200 - len(weights) + 1] + [1] * (len(weights) - 1)
    kinds = [RESERVE, JASA_MODAL, JASA_USAHA] + [FUND] * (len(weights) - 3)
    accounts = ["3161", "2121", "2121", "2122", "2123", "2124", "2125"]
    return [AllocationPost(f"Pos {i}", Decimal(h) / 2, accounts[i], kind)
            for i, (h, kind) in enumerate(zip(halves, kinds, strict=True))]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables(), capital=st.sampled_from(["year_end", "average"]), sukarela=st.sampled_from(["0", "1"]),
       business=st.sampled_from(["interest", "principal"]), pay=st.sampled_from(["cash", "sukarela", None]))
def test_posting_keeps_the_books(closed_template: Path, tmp_path_factory: pytest.TempPathFactory,
                                 table: list[AllocationPost], capital: str, sukarela: str, business: str,
                                 pay: str | None) -> None:
    path = tmp_path_factory.mktemp("prop") / "books.db"
    shutil.copy(closed_template, path)
    db = open_database(str(path))
    try:
        ctx = context(db)
        app_settings.update(ctx, {"shu_allocation": format_allocation(table), "shu_capital_basis": capital,
                                  "shu_capital_sukarela": sukarela, "shu_business_basis": business})
        with ctx.reading() as session:
            sheet = shu.compute(session, 2025)
        assert sum(p.amount for p in sheet.pools) == SHU == sum(l.amount for l in sheet.lines)
        assert sum(r.jasa_modal.rounded for r in sheet.rows) == sheet.jasa_modal_pool
        assert sum(r.jasa_usaha.rounded for r in sheet.rows) == sheet.jasa_usaha_pool
        assert all(abs(r.jasa_modal.residue) < 1 and abs(r.jasa_usaha.residue) < 1 for r in sheet.rows)
        result = shu.post(ctx, 2025, RAT, pay)
        with ctx.reading() as session:
            debit, credit = session.execute(select(func.sum(JournalLine.debit), func.sum(JournalLine.credit))).one()
            assert debit == credit
            assert ledger.account_balance(session, "3180") == 0
            totals = savings.control_totals(session)
            for code in ("3110", "3120", "2111"):
                assert -ledger.account_balance(session, code) == totals.get(code, 0), code
            paid = session.scalar(select(func.coalesce(func.sum(ShuMemberPayment.amount), 0)))
            owed = -ledger.account_balance(session, "2121")
            assert paid == (sheet.total_to_members() if pay else 0) == result.paid_total
            assert owed == sheet.total_to_members() - paid
    finally:
        db.dispose()

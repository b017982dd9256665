"""The realistic cooperative generator, small: 40 members over 2024-2025, 2024 closed.

The books it writes must hold together the way a supervisor would check them: debits equal
credits, the members' savings equal 3110/3120/2111, the loans' outstanding principal equals
1141, and the last year's checklist has nothing blocking once its month ends have run.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.db.models import JournalEntry, Loan, Member
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.services import ledger, loans, savings, year_end
from coopdesk.services.context import AppContext
from coopdesk.services.loan_portfolio import portfolio

from .realistic_coop import DemoFacts, build, create_books


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, DemoFacts]]:
    path = Path(tmp_path_factory.mktemp("demo")) / "coop.db"
    ctx = create_books(path, 2024)
    facts = build(ctx, members=40, first_year=2024, last_year=2025, seed=11)
    yield ctx, facts
    ctx.db.dispose()


def test_members_join_leave_and_are_mostly_women(demo: tuple[AppContext, DemoFacts]) -> None:
    ctx, facts = demo
    assert facts.registered == 40
    with ctx.reading() as session:
        rows = session.execute(select(Member.gender, Member.status, Member.joined)).all()
    assert len(rows) == 40
    assert {g for g, _, _ in rows} == {"L", "P"}
    women = sum(1 for g, _, _ in rows if g == "P")
    assert 14 <= women <= 30  # ~55% of 40
    assert {j.year for _, _, j in rows} == {2024, 2025}
    active_end = sum(1 for _, s, _ in rows if s == "aktif")
    assert sum(facts.members_by_gender[2025].values()) == active_end
    assert sum(facts.joined.values()) == 40
    assert active_end == 40 - sum(facts.left.values()) - sum(facts.died.values())


def test_loans_were_lent_and_repaid(demo: tuple[AppContext, DemoFacts]) -> None:
    ctx, facts = demo
    assert sum(facts.loans_disbursed.values()) >= 5
    with ctx.reading() as session:
        statuses = dict(session.execute(select(Loan.status, func.count()).group_by(Loan.status)).all())
        disbursed_2024 = session.scalar(select(func.count()).select_from(Loan).where(
            Loan.disbursed_on >= date(2024, 1, 1), Loan.disbursed_on <= date(2024, 12, 31)))
    assert disbursed_2024 == facts.loans_disbursed.get(2024, 0)
    assert statuses.get("disbursed", 0) + statuses.get("paid_off", 0) == sum(facts.loans_disbursed.values())
    assert statuses.get("paid_off", 0) >= 1


def test_first_year_closed_with_its_shu(demo: tuple[AppContext, DemoFacts]) -> None:
    ctx, facts = demo
    assert set(facts.shu) == {2024}
    with ctx.reading() as session:
        assert year_end.is_closed(session, 2024)
        assert not year_end.is_closed(session, 2025)
        entry = year_end.closing_entry(session, 2024)
        assert entry is not None and entry.voucher == facts.closing_vouchers[2024]
        # 3180 holds what the close said the SHU was (credit balance = positive SHU)
        assert -ledger.account_balance(session, "3180", date(2024, 12, 31)) == facts.shu[2024]
        for code in ("4110", "5210", "5310"):
            assert ledger.account_balance(session, code, date(2024, 12, 31)) == 0


@pytest.mark.parametrize("day", [date(2024, 12, 31), date(2025, 6, 30), date(2025, 12, 31)])
def test_books_hold_together(demo: tuple[AppContext, DemoFacts], day: date) -> None:
    ctx, _ = demo
    with ctx.reading() as session:
        tb = trial_balance(session, day)
        assert tb.total_debit == tb.total_credit
        members_total = savings.control_totals(session, day)
        for code in ("3110", "3120", "2111"):
            assert -ledger.account_balance(session, code, day) == members_total.get(code, 0), code
        assert members_total["3110"] > 0 and members_total["3120"] > 0
        book = portfolio(session, day)
        assert ledger.account_balance(session, loans.LOAN_ACCOUNT, day) == book.outstanding > 0
        assert ledger.account_balance(session, "1110", day) >= 0  # the cash box never ran dry


def test_last_year_can_be_closed(demo: tuple[AppContext, DemoFacts]) -> None:
    ctx, _ = demo
    items = year_end.checklist(ctx, 2025)
    assert [i.key for i in items if i.blocking and not i.ok] == []
    by_key = {i.key: i for i in items}
    assert by_key["cash_count"].ok and by_key["allowance"].ok and by_key["depreciation"].ok
    dry = year_end.close(ctx, 2025, dry_run=True)
    assert dry.dry_run and dry.lines
    with ctx.reading() as session:
        assert not year_end.is_closed(session, 2025)
        # every entry is dated inside the books, none in a year after the last
        last = session.scalar(select(func.max(JournalEntry.date)))
    assert last is not None and last <= date(2025, 12, 31)

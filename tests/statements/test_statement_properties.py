"""Property-based: for any sequence of balanced entries (any accounts, any dates over two years,
with or without the first year closed into 3180):
- the Laporan Posisi Keuangan balances at every entry's date and at each year end;
- the SHU of the income statement equals the change in equity that does not come from the
  members' capital or other equity movements (the statement of changes in equity ties out);
- the cash flow statement reconciles to the cash and bank balances;
- closing a year changes no balance-sheet total and no income statement figure.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from coopdesk.db.models import Account
from coopdesk.db.schema import open_database
from coopdesk.domain.journal import YEAR_CLOSE_SOURCE, JournalType, LineSpec
from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.cash_flow import cash_flow
from coopdesk.reports.equity_changes import equity_changes
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.ledger_sums import sums
from coopdesk.reports.statement import Period
from coopdesk.services import ledger
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext

START = date(2024, 1, 1)
CODES = ["1110", "1121", "1122", "1141", "1149", "1340", "1345", "2111", "2121", "2140", "2150", "3110", "3120",
         "3161", "3170", "3180", "3190", "4110", "4120", "4210", "4290", "5110", "5210", "5270", "5310", "5900"]

days = st.integers(0, 729).map(lambda n: START + timedelta(days=n))
amounts = st.integers(1, 50_000_000)


@st.composite
def entries(draw: st.DrawFn) -> tuple[date, list[LineSpec]]:
    debit_codes = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=2))
    credit_codes = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=2))
    debits = [draw(amounts) for _ in debit_codes]
    total = sum(debits)
    # Split the total over the credit lines so the entry balances by construction.
    cuts = sorted(draw(st.lists(st.integers(1, max(1, total - 1)), min_size=len(credit_codes) - 1,
                                max_size=len(credit_codes) - 1, unique=True))) if total > 1 else []
    if total <= 1:
        credit_codes = credit_codes[:1]
    bounds = [0, *cuts, total]
    credits = [bounds[i + 1] - bounds[i] for i in range(len(credit_codes))]
    lines = [LineSpec(c, d, 0) for c, d in zip(debit_codes, debits, strict=True)]
    lines += [LineSpec(c, 0, a) for c, a in zip(credit_codes, credits, strict=True) if a > 0]
    return draw(days), lines


def _close_year(ctx: AppContext, year: int) -> None:
    """What issue 5's year end will post: every income and expense balance of the year into 3180."""
    with ctx.transaction() as session:
        kinds = dict(session.execute(select(Account.code, Account.kind)).all())
        year_sums = sums(session, start=date(year, 1, 1), end=date(year, 12, 31))
        lines = []
        for code, s in year_sums.items():
            if kinds[code] in ("income", "expense") and s.net_debit:
                lines.append(LineSpec(code, max(-s.net_debit, 0), max(s.net_debit, 0)))
        result = sum(line.credit - line.debit for line in lines)
        if result:  # income and expenses that cancel out close with no line to 3180
            lines.append(LineSpec("3180", max(result, 0), max(-result, 0)))
        if not lines:
            return
        ledger.post_entry(session, ctx.actor(session), journal_type=JournalType.MEMORIAL, day=date(year, 12, 31),
                          memo="Penutupan buku", lines=lines, source=YEAR_CLOSE_SOURCE,
                          created_at=datetime(2025, 1, 2))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(ops=st.lists(entries(), min_size=1, max_size=12), close=st.booleans(),
       period_start=st.integers(0, 700).map(lambda n: START + timedelta(days=n)),
       length=st.integers(0, 400))
def test_statements_tie_out_for_any_ledger(sqlite_template: Path, ops: list[tuple[date, list[LineSpec]]],
                                           close: bool, period_start: date, length: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "books.db"
        shutil.copy(sqlite_template, target)
        db = open_database(str(target))
        try:
            init_books(db, BooksSetup("KSP Uji", START))
            ctx = AppContext(db, today=lambda: date(2025, 12, 31))
            for day, lines in ops:
                with ctx.transaction() as session:
                    ledger.post_entry(session, ctx.actor(session), journal_type=JournalType.GENERAL, day=day,
                                      memo="uji", lines=lines, source="manual", created_at=datetime(2025, 1, 1))
            period = Period(period_start, min(period_start + timedelta(days=length), date(2025, 12, 31)))
            with ctx.reading() as session:
                before_close = {d: balance_sheet(session, d).amount("total_equity")
                                for d in (date(2024, 12, 31), date(2025, 12, 31))}
                result_2024 = income_statement(session, Period(START, date(2024, 12, 31))).amount("after_tax")
            if close:
                _close_year(ctx, 2024)
            with ctx.reading() as session:
                for day in sorted({d for d, _ in ops} | {date(2024, 12, 31), date(2025, 12, 31)}):
                    bs = balance_sheet(session, day)
                    assert bs.amount("total_assets") == bs.amount("total_liabilities_equity"), day
                    assert all(c.holds for c in bs.checks)
                for day, equity in before_close.items():
                    assert balance_sheet(session, day).amount("total_equity") == equity
                assert income_statement(session, Period(START, date(2024, 12, 31))).amount("after_tax") == result_2024

                pl = income_statement(session, period)
                ec = equity_changes(session, period)
                assert ec.amount("shu_period") == pl.amount("after_tax")
                assert all(c.holds for c in ec.checks)
                # Equity grew by the SHU plus what was put into (or taken from) the equity accounts
                # other than the SHU accounts; closing entries move nothing out of equity.
                moved = sum(ec.amount(line.key) for line in ec.lines
                            if line.key.startswith(("additions:", "reductions:")))
                distributed = ec.amount("shu_other")
                growth = ec.amount("closing_equity") - ec.amount("opening_equity")
                assert growth == pl.amount("after_tax") + moved + distributed
                cf = cash_flow(session, period)
                assert all(c.holds for c in cf.checks)
                # The trigger-kept day totals the statements read equal the journal's lines.
                journal = session.execute(text(
                    "SELECT l.account_id, e.date, e.source = 'year_close', SUM(l.debit), SUM(l.credit) "
                    "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id GROUP BY 1, 2, 3")).all()
                kept = session.execute(text(
                    "SELECT account_id, date, closing, debit, credit FROM account_day_totals")).all()
                assert sorted(map(tuple, journal)) == sorted(map(tuple, kept))
        finally:
            db.dispose()

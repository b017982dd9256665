"""The app must stay instant with 20.000 members and two years of history.

Timings are printed (run with ``-s`` to see them) and asserted with generous bounds, so a
change that makes a clerk's everyday action slow by an order of magnitude fails here.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.cash_flow import cash_flow
from coopdesk.reports.dashboard import dashboard
from coopdesk.reports.equity_changes import equity_changes
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.journal_list import list_entries
from coopdesk.reports.statement import Period
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.reports.worksheet import worksheet
from coopdesk.services import members, month_end, savings
from coopdesk.services.books import BooksSetup, init_books
from tests.conftest import make_ctx
from tests.perf.loan_scale_data import build_loans
from tests.perf.scale_data import build


@pytest.mark.slow
def test_everyday_actions_stay_fast_with_20000_members(empty_sqlite, capsys):
    init_books(empty_sqlite, BooksSetup("KSP Besar", date(2025, 1, 1)))
    t0 = time.perf_counter()
    counts = build(empty_sqlite, members=20_000, months=24)
    build_s = time.perf_counter() - t0
    ctx = make_ctx(empty_sqlite, today=date(2027, 1, 31))
    timings: dict[str, float] = {}

    def timed(name: str, fn):
        start = time.perf_counter()
        result = fn()
        timings[name] = time.perf_counter() - start
        return result

    with ctx.reading() as s:
        ids = timed("search all members", lambda: members.search_ids(s, ""))
        assert len(ids) == 20_000
        hits = timed("search 'Siti Lestari 19'", lambda: members.search_ids(s, "Siti Lestari 19"))
        assert hits
        timed("page of 100 rows", lambda: members.rows_by_ids(s, ids[:100]))
        member_id = ids[-1]
        timed("member balances", lambda: savings.balances(s, member_id))
        history = timed("member history", lambda: savings.history(s, member_id))
        assert len(history) >= 25
        timed("member arrears", lambda: savings.arrears(s, member_id))
        tb = timed("trial balance (worker)", lambda: trial_balance(s, date(2026, 12, 31)))
        assert tb.balanced
        day = timed("journal list, an ordinary day", lambda: list_entries(s, date(2026, 12, 15), date(2026, 12, 15)))
        assert 100 < len(day) < 1000
        # The 1st holds 20.000 payroll wajib deposits: the journal page loads such a day in its worker.
        timed("journal list, payroll day (worker)", lambda: list_entries(s, date(2026, 12, 1), date(2026, 12, 1)))
        # A whole month is 26.700 entries: the journal page loads it in a worker thread.
        timed("journal list, one month (worker)", lambda: list_entries(s, date(2026, 12, 1), date(2026, 12, 31)))
    timed("deposit", lambda: savings.deposit(ctx, "20000", "sukarela", 25_000, date(2027, 1, 5)))
    result = timed("month end 2027-01, 20.000 members (worker)", lambda: month_end.run(ctx, "2027-01"))
    assert result.obligations_created == 20_000
    # The home page, once the cooperative also has a loan book (6.000 loans, 4.500 running, NPL ~28%)
    # and two years of wajib obligations: built after month end so the timings above stay comparable.
    loan_counts = build_loans(empty_sqlite, date(2027, 1, 31))
    with ctx.reading() as s:
        board = timed("dashboard, 4.500 running loans (worker)", lambda: dashboard(s, date(2027, 1, 31)))
    assert board.members_active == 20_000 and board.loans_count > 4_000 and board.npl_label == "tidak sehat"
    # The year's statements with their 2025 comparative, as the Laporan Keuangan page builds them.
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    with ctx.reading() as s:
        bs = timed("balance sheet 2026 (worker)", lambda: balance_sheet(s, year.end))
        assert all(check.holds for check in bs.checks)
        timed("income statement 2026 (worker)", lambda: income_statement(s, year))
        cf = timed("cash flow 2026 (worker)", lambda: cash_flow(s, year))
        assert all(check.holds for check in cf.checks)
        ec = timed("equity changes 2026 (worker)", lambda: equity_changes(s, year))
        assert all(check.holds for check in ec.checks)
        timed("worksheet December 2026 (worker)", lambda: worksheet(s, date(2026, 12, 1), year.end))
    with capsys.disabled():
        print(f"\nscale data {counts} built in {build_s:.1f} s; loans {loan_counts}")
        for name, seconds in timings.items():
            print(f"  {name:<50} {seconds * 1000:8.1f} ms")
    # Interactive actions run on the UI thread: well under half a second.  The others run
    # in a worker with a progress dialog; they only need to stay within a few seconds.
    background = ("month end", "trial balance", "journal list, one month", "journal list, payroll day", "dashboard",
                  "balance sheet", "income statement", "cash flow", "equity changes", "worksheet")
    for name, seconds in timings.items():
        limit = 30.0 if name.startswith(background) else 0.5
        assert seconds < limit, f"{name} took {seconds:.2f} s"

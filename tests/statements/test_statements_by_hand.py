"""The four statements, the general ledger and the worksheet of tests/statements/ledger.py,
every figure worked out by hand from the entries listed there."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.db.schema import Database
from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.cash_flow import cash_flow
from coopdesk.reports.equity_changes import equity_changes
from coopdesk.reports.general_ledger import drill_down, general_ledger
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.statement import Period
from coopdesk.reports.worksheet import worksheet
from coopdesk.services.context import AppContext

from .ledger import small_cooperative

H1_2025 = Period(date(2025, 1, 1), date(2025, 6, 30))


@pytest.fixture
def coop(empty_db: Database) -> AppContext:
    return small_cooperative(empty_db)


def test_balance_sheet(coop: AppContext) -> None:
    with coop.reading() as session:
        bs = balance_sheet(session, date(2025, 6, 30))
    # Kas: 2024 10.000.000 + 1.200.000 - 300.000 = 10.900.000; 2025 in 5.000.000 + 3.000.000 + 2.150.000,
    # out 7.900.000 + 1.000.000 + 250.000 + 400.000 + 1.200.000 -> 10.300.000.
    assert bs.line("acct:1110").amount == 10_300_000
    assert bs.line("acct:1110").previous == 10_900_000
    assert bs.amount("acct:1121") == 1_020_000
    assert bs.amount("acct:1141") == 6_000_000
    assert bs.amount("total_current_assets") == 17_320_000
    assert bs.amount("acct:1345") == -100_000
    assert bs.amount("total_noncurrent_assets") == 1_100_000
    assert bs.amount("total_assets") == 18_420_000
    assert bs.amount("acct:2111") == 3_054_000
    assert bs.amount("total_liabilities") == 3_060_000
    # 2024's unclosed result (1.200.000 - 300.000) sits with 3170, 2025's to date with 3180:
    # income 100.000 + 150.000 + 20.000 - expenses 250.000 + 60.000 + 400.000 + 100.000 = -540.000.
    assert bs.amount("acct:3170") == 900_000
    assert bs.amount("acct:3180") == -540_000
    assert bs.amount("total_equity") == 15_360_000
    assert bs.amount("total_liabilities_equity") == 18_420_000
    assert all(check.holds for check in bs.checks)
    assert bs.line("total_assets").previous == 10_900_000
    assert bs.line("acct:3180").previous == 900_000
    assert bs.line("total_liabilities_equity").previous == 10_900_000


def test_income_statement_in_the_cooperative_layout(coop: AppContext) -> None:
    with coop.reading() as session:
        pl = income_statement(session, H1_2025)
    assert pl.amount("total_member_income") == 250_000  # 4110 150.000 + 4120 100.000
    assert pl.amount("total_member_cost") == 60_000
    assert pl.amount("member_net") == 190_000
    assert pl.amount("nonmember_net") == 0
    assert pl.amount("gross") == 190_000
    assert pl.amount("total_operating") == 350_000  # electricity 250.000 + depreciation 100.000
    assert pl.amount("total_cooperative") == 400_000  # RAT
    assert pl.amount("operating_result") == -560_000
    assert pl.amount("other_net") == 20_000  # jasa giro
    assert pl.amount("before_tax") == -540_000
    assert pl.amount("after_tax") == -540_000
    previous = pl.line("after_tax").previous
    assert previous == 900_000  # first half of 2024: 1.200.000 - 300.000
    assert pl.line("acct:4110").previous == 1_200_000
    order = [line.key for line in pl.lines]
    assert order.index("member_net") < order.index("gross") < order.index("total_operating") \
        < order.index("total_cooperative") < order.index("before_tax") < order.index("after_tax")


def test_cash_flow_direct_method_reconciles(coop: AppContext) -> None:
    with coop.reading() as session:
        cf = cash_flow(session, H1_2025)
    assert cf.amount("member_income") == 250_000
    assert cf.amount("other_income") == 20_000
    assert cf.amount("loans_repaid") == 2_000_000
    assert cf.amount("loans_disbursed") == -8_000_000
    assert cf.amount("savings_in") == 3_000_000
    assert cf.amount("expenses") == -650_000
    assert cf.amount("net_operating") == -3_380_000
    assert cf.amount("assets_bought") == -1_200_000
    assert cf.amount("net_investing") == -1_200_000
    assert cf.amount("capital_in") == 5_000_000
    assert cf.amount("net_financing") == 5_000_000
    assert cf.amount("net_change") == 420_000
    assert cf.amount("opening_cash") == 10_900_000
    assert cf.amount("closing_cash") == 11_320_000  # kas 10.300.000 + bank 1.020.000
    assert all(check.holds for check in cf.checks)
    # 2024's half: opening balance brought in 10.000.000, interest 1.200.000, salary 300.000.
    assert cf.line("opening").previous == 10_000_000
    assert cf.line("closing_cash").previous == 10_900_000
    assert "metode langsung" in cf.notes[0]


def test_equity_changes_tie_to_the_other_statements(coop: AppContext) -> None:
    with coop.reading() as session:
        ec = equity_changes(session, H1_2025)
    assert ec.amount("opening:3110") == 0
    assert ec.amount("additions:3110") == 5_000_000
    assert ec.amount("closing:3110") == 5_000_000
    assert ec.amount("closing:3190") == 10_000_000
    assert ec.amount("opening:shu") == 900_000
    assert ec.amount("shu_period") == -540_000
    assert ec.amount("shu_other") == 0
    assert ec.amount("closing:shu") == 360_000
    assert ec.amount("opening_equity") == 10_900_000
    assert ec.amount("closing_equity") == 15_360_000
    assert all(check.holds for check in ec.checks)


def test_general_ledger_and_drill_down(coop: AppContext) -> None:
    with coop.reading() as session:
        gl = general_ledger(session, ["1110"], date(2025, 3, 1), date(2025, 4, 30))
        # 10.900.000 + 5.000.000 + 3.000.000 - 7.900.000 at the end of February.
        assert gl.opening == 11_000_000
        assert [(r.debit, r.credit, r.balance) for r in gl.rows] == [
            (2_150_000, 0, 13_150_000), (0, 1_000_000, 12_150_000), (0, 250_000, 11_900_000)]
        assert gl.closing == 11_900_000
        assert gl.rows[0].voucher.startswith("BKM-2025-")
        income = general_ledger(session, ["4110"], date(2025, 1, 1), date(2025, 6, 30))
        assert income.opening == 1_200_000 and income.closing == 1_350_000  # credit-normal
        pl = income_statement(session, H1_2025)
        lines = drill_down(session, pl.line("acct:4110"), pl.period)
        assert [(r.memo, r.credit) for r in lines.rows] == [("Angsuran", 150_000)]
        bs = balance_sheet(session, date(2025, 6, 30))
        kas = drill_down(session, bs.line("acct:1110"), bs.period)
        assert kas.period.start == date(2025, 1, 1)
        assert kas.opening == 10_900_000 and kas.closing == bs.amount("acct:1110")


def test_worksheet_before_and_after_adjustments(coop: AppContext) -> None:
    with coop.reading() as session:
        ws = worksheet(session, date(2025, 6, 1), date(2025, 6, 30))
    rows = {r.code: r for r in ws.rows}
    assert (rows["5270"].before_debit, rows["5270"].adjust_debit, rows["5270"].after_debit) == (0, 100_000, 100_000)
    assert (rows["1345"].before_credit, rows["1345"].adjust_credit, rows["1345"].after_credit) == (0, 100_000, 100_000)
    # April's interest is before June: part of the balance before adjustments.
    assert (rows["5110"].before_debit, rows["5110"].adjust_debit) == (60_000, 0)
    assert ws.balanced
    assert ws.total("adjust_debit") == 100_000

"""The paged general ledger (what the screen reads) agrees line for line with the general
ledger the PDF prints, for every figure of every statement of the hand-worked ledger."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.db.schema import Database
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.cash_flow import cash_flow
from coopdesk.reports.equity_changes import equity_changes
from coopdesk.reports.general_ledger import GeneralLedger, drill_down, general_ledger
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.ledger_pages import LedgerIndex, drill_down_index, ledger_index, ledger_rows
from coopdesk.reports.statement import Period
from coopdesk.services.context import AppContext

from .ledger import small_cooperative

H1_2025 = Period(date(2025, 1, 1), date(2025, 6, 30))


@pytest.fixture
def coop(empty_db: Database) -> AppContext:
    return small_cooperative(empty_db)


def _same(index: LedgerIndex, ledger: GeneralLedger, session: object) -> None:
    assert (index.period, index.debit_normal, index.opening, index.closing, index.title) == (
        ledger.period, ledger.debit_normal, ledger.opening, ledger.closing, ledger.title)
    assert (index.total_debit, index.total_credit, len(index)) == (ledger.total_debit, ledger.total_credit,
                                                                   len(ledger.rows))
    # Read in pages of 3, as the screen reads them (smaller pages than the screen's, so the
    # hand-worked ledger spans several).
    paged = [row for first in range(0, len(index), 3) for row in ledger_rows(session, index, first, 3)]  # type: ignore[arg-type]
    assert paged == ledger.rows


def test_every_figure_drills_down_to_the_same_lines(coop: AppContext) -> None:
    with coop.reading() as session:
        statements = [balance_sheet(session, H1_2025.end), income_statement(session, H1_2025),
                      cash_flow(session, H1_2025), equity_changes(session, H1_2025)]
        checked = 0
        for statement in statements:
            for line in statement.lines:
                if not line.codes:
                    continue
                for period in (statement.period, statement.previous_period):
                    _same(drill_down_index(session, line, period), drill_down(session, line, period), session)
                    checked += 1
        assert checked > 60


def test_kas_by_hand_and_past_the_end(coop: AppContext) -> None:
    with coop.reading() as session:
        index = ledger_index(session, ["1110"], date(2025, 1, 1), date(2025, 6, 30))
        # Kas: 10.900.000 brought forward; in 5.000.000 + 3.000.000 + 2.150.000; out 7.900.000 + 1.000.000
        # + 250.000 + 400.000 + 1.200.000.
        assert (index.opening, index.total_debit, index.total_credit, index.closing) == (
            10_900_000, 10_150_000, 10_750_000, 10_300_000)
        assert list(index.balances) == [15_900_000, 18_900_000, 11_000_000, 13_150_000, 12_150_000, 11_900_000,
                                        11_500_000, 10_300_000]
        assert [r.voucher for r in ledger_rows(session, index, 7, 200)] == ["BKK-2025-000004"]
        assert ledger_rows(session, index, 8, 200) == []
        empty = ledger_index(session, ["1110"], date(2025, 7, 1), date(2025, 7, 31))
        assert (len(empty), empty.opening, empty.closing) == (0, 10_300_000, 10_300_000)
        _same(ledger_index(session, ["4110", "5110"], date(2024, 1, 1), date(2025, 6, 30)),
              general_ledger(session, ["4110", "5110"], date(2024, 1, 1), date(2025, 6, 30)), session)


def test_refuses_what_the_general_ledger_refuses(coop: AppContext) -> None:
    with coop.reading() as session:
        with pytest.raises(ValidationError):
            ledger_index(session, ["1110"], date(2025, 2, 1), date(2025, 1, 31))
        with pytest.raises(NotFoundError):
            ledger_index(session, ["9999"], date(2025, 1, 1), date(2025, 1, 31))

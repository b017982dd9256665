"""Collectibility thresholds and allowance rates are settings; 1141 is off limits to manual entries."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.journal import LineSpec
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.services import ledger, loans, settings
from coopdesk.services.context import AppContext

from .helpers import disbursed_loan, refused, saver


def test_thresholds_and_rates_come_from_the_settings(books: AppContext) -> None:
    member = saver(books)
    # 1.200.000 over 12 months, flat 1,5%, disbursed 31 Jan: first installment due 28 Feb, never paid.
    number = disbursed_loan(books, member, 1_200_000, 12, date(2025, 1, 31))
    day = date(2025, 4, 1)  # 32 days past due (28 Feb → 1 Apr)
    with books.reading() as session:
        pos = loans.position(session, loans.by_number(session, number), day)
    assert (pos.dpd, pos.collectibility) == (32, Collectibility.LANCAR)
    # Default Lancar: 0,5% of 1.200.000 = 6.000.
    assert pos.allowance == 6_000
    # A stricter cooperative: Lancar up to 30 days, Kurang Lancar at 25%.
    settings.update(books, {"kol_lancar_max": "30", "ppap_rate_kurang_lancar": "25"})
    with books.reading() as session:
        pos = loans.position(session, loans.by_number(session, number), day)
    assert pos.collectibility is Collectibility.KURANG_LANCAR
    assert pos.allowance == 300_000  # 25% of 1.200.000, no collateral


def test_thresholds_must_rise_and_rates_stay_within_0_and_100(books: AppContext) -> None:
    refused(books, "kol_lancar_max", settings.update, books, {"kol_lancar_max": "200"})
    refused(books, "ppap_rate_macet", settings.update, books, {"ppap_rate_macet": "120"})
    refused(books, "kol_diragukan_max", settings.update, books, {"kol_diragukan_max": "abc"})


def test_manual_entry_cannot_touch_the_loan_control_account(books: AppContext) -> None:
    message = refused(books, "line 1", ledger.post_manual, books, date(2025, 3, 1), "koreksi",
                      [LineSpec("1141", debit=100_000), LineSpec("1110", credit=100_000)])
    assert "loan control account" in message

"""Portfolio quality (DOMAIN.md §5): days past due, collectibility, allowance (PPAP), NPL,
aging, the arrears list, and month end bringing 1149 to the allowance needed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_quality import (
    Collectibility,
    QualityRules,
    aging_bucket,
    allowance_needed,
    classify,
    days_past_due,
    npl_ratio,
    npl_score_label,
)
from coopdesk.services import loan_repayments, members, month_end
from coopdesk.services.context import AppContext
from coopdesk.services.loan_portfolio import arrears, portfolio

from .helpers import balance, books_hold, disbursed_loan, lines, saver, snapshot

JT = 1_000_000
L, KL, D, M = (Collectibility.LANCAR, Collectibility.KURANG_LANCAR, Collectibility.DIRAGUKAN,
               Collectibility.MACET)


def test_domain_worked_example() -> None:
    # Lancar 900 jt, KL 50 jt, D 30 jt, M 20 jt, no collateral:
    # 0,5% x 900 = 4,5 jt; 10% x 50 = 5 jt; 50% x 30 = 15 jt; 100% x 20 = 20 jt; PPAPWD 44,5 jt.
    book = {L: 900 * JT, KL: 50 * JT, D: 30 * JT, M: 20 * JT}
    parts = [allowance_needed(amount, cls) for cls, amount in book.items()]
    assert parts == [4_500_000, 5_000_000, 15_000_000, 20_000_000]
    assert sum(parts) == 44_500_000
    # NPL = (50 + 30 + 20) / 1.000 = 10%: "cukup sehat" (5-10%)
    assert npl_ratio(book) == Decimal("0.1")
    assert npl_score_label(npl_ratio(book)) == "cukup sehat"


def test_classes_and_buckets_at_their_boundaries() -> None:
    assert [classify(d) for d in (0, 90, 91, 180, 181, 270, 271, 5000)] == [L, L, KL, KL, D, D, M, M]
    assert [aging_bucket(d) for d in (0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 270, 271)] == [
        "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "91-180", "91-180", "181-270", "181-270",
        ">270"]
    assert days_past_due(None, date(2025, 5, 1)) == 0
    assert days_past_due(date(2025, 5, 1), date(2025, 5, 1)) == 0  # due today is not late
    assert days_past_due(date(2025, 5, 1), date(2025, 5, 2)) == 1
    # thresholds are settings: e.g. a cooperative that calls 30 days late Kurang Lancar
    strict = QualityRules(lancar_max=30, kurang_lancar_max=60, diragukan_max=90)
    assert [classify(d, strict) for d in (30, 31, 61, 91)] == [L, KL, D, M]
    with pytest.raises(ValidationError) as exc:
        QualityRules(lancar_max=100, kurang_lancar_max=90)
    assert exc.value.field == "thresholds"
    with pytest.raises(ValidationError):
        QualityRules(rate_macet=Decimal(101))


def test_npl_scores() -> None:
    assert npl_ratio({}) == 0
    assert [npl_score_label(Decimal(p) / 100) for p in ("5", "5.01", "10", "15", "15.01", "50")] == [
        "sehat", "cukup sehat", "cukup sehat", "kurang sehat", "tidak sehat", "tidak sehat"]


def test_collateral_lowers_the_allowance_except_for_lancar() -> None:
    # 12 jt outstanding with 5 jt collateral: Lancar 0,5% of 12 jt = 60.000 (collateral ignored);
    # KL 10% of 7 jt = 700.000; D 50% of 7 jt = 3,5 jt; M 7 jt; collateral above outstanding -> 0.
    assert [allowance_needed(12 * JT, c, 5 * JT) for c in (L, KL, D, M)] == [60_000, 700_000, 3_500_000, 7_000_000]
    assert allowance_needed(12 * JT, M, 20 * JT) == 0
    assert allowance_needed(1_001, L) == 5  # 5,005 -> 5 (half up only from ,5)
    assert allowance_needed(1_100, L) == 6  # 5,5 -> 6


def position_on(ctx: AppContext, day: date) -> tuple[int, Collectibility, int]:
    with ctx.reading() as session:
        (row,) = portfolio(session, day).rows
        return row.position.dpd, row.position.collectibility, row.position.allowance


def test_lancar_to_macet_as_the_date_moves_with_month_end(books: AppContext) -> None:
    """12 jt disbursed 10 January 2025 and never repaid: installment 1 fell due 10 February 2025."""
    member = saver(books)
    number = disbursed_loan(books, member, 12 * JT, 12, date(2025, 1, 10), collateral="-")
    first_due = date(2025, 2, 10)
    # 10 Feb + 90 days = 11 May; the class changes the day after each threshold:
    # DPD 90 (11 May) Lancar, 91 (12 May) KL; 180 (9 Aug) KL, 181 (10 Aug) D; 270 (7 Nov) D, 271 (8 Nov) M.
    for day, dpd, cls, allowance in [
        (date(2025, 2, 10), 0, L, 60_000),  # 0,5% of 12 jt
        (date(2025, 2, 11), 1, L, 60_000),
        (date(2025, 5, 11), 90, L, 60_000),
        (date(2025, 5, 12), 91, KL, 1_200_000),  # 10%
        (date(2025, 8, 9), 180, KL, 1_200_000),
        (date(2025, 8, 10), 181, D, 6_000_000),  # 50%
        (date(2025, 11, 7), 270, D, 6_000_000),
        (date(2025, 11, 8), 271, M, 12_000_000),  # 100%
    ]:
        assert (day - first_due).days == dpd
        assert position_on(books, day) == (dpd, cls, allowance), day

    # Month end posts the difference between the allowance needed and 1149 each month:
    #   Jan: DPD 0 Lancar 60.000 (+60.000)     Feb-Apr: DPD 18/49/79 Lancar, nothing to post
    #   May 31: DPD 110 KL 1.200.000 (+1.140.000)   Jun, Jul: KL, nothing
    #   Aug 31: DPD 202 D 6.000.000 (+4.800.000)    Sep, Oct: D, nothing
    #   Nov 30: DPD 293 M 12.000.000 (+6.000.000)   Dec: M, nothing
    expected = {1: 60_000, 5: 1_140_000, 8: 4_800_000, 11: 6_000_000}
    needed = 0
    for month in range(1, 13):
        result = month_end.run(books, f"2025-{month:02d}")
        last_day = Month(2025, month).last_day
        needed += expected.get(month, 0)
        assert (result.allowance_needed, result.allowance_adjustment) == (needed, expected.get(month, 0)), month
        if month in expected:
            assert result.allowance_voucher is not None
            assert lines(books, result.allowance_voucher) == [("5290", expected[month], 0),
                                                              ("1149", 0, expected[month])]
        else:
            assert result.allowance_voucher is None
        assert -balance(books, "1149", last_day) == needed
        books_hold(books, last_day)
    assert -balance(books, "1149") == 12 * JT

    # Running a month twice changes nothing.
    before = snapshot(books.db)
    again = month_end.run(books, "2025-05")
    assert again.already_done and (again.allowance_needed, again.allowance_adjustment) == (1_200_000, 1_140_000)
    assert snapshot(books.db) == before

    # The member settles everything in January 2026: the allowance comes back (Dr 1149 / Cr 5290).
    loan_repayments.settle(books, number, date(2026, 1, 20))
    result = month_end.run(books, "2026-01")
    assert (result.allowance_needed, result.allowance_adjustment) == (0, -12 * JT)
    assert lines(books, result.allowance_voucher) == [("1149", 12 * JT, 0), ("5290", 0, 12 * JT)]  # type: ignore[arg-type]
    assert balance(books, "1149") == 0
    books_hold(books, date(2026, 1, 31))


def test_portfolio_and_arrears_list(books: AppContext) -> None:
    budi = saver(books, "Budi Santoso")
    siti = saver(books, "Siti Aminah")
    with books.transaction() as session:
        members.by_number(session, siti).phone = "0812-3456-789"
    on_time = disbursed_loan(books, budi, 12 * JT, 12, date(2025, 1, 10))
    late = disbursed_loan(books, siti, 6 * JT, 12, date(2025, 1, 10), collateral="BPKB", collateral_value=2 * JT)
    for month in range(2, 7):
        loan_repayments.repay(books, on_time, 1_180_000, date(2025, month, 10))
    # Siti pays only her first installment (500.000 + 90.000 = 590.000).
    loan_repayments.repay(books, late, 590_000, date(2025, 2, 10))
    day = date(2025, 6, 30)
    with books.reading() as session:
        book = portfolio(session, day)
        late_rows = arrears(session, day)
    # Budi: 12 jt - 5 x 1 jt = 7 jt, current; Lancar 0,5% = 35.000.
    # Siti: 6 jt - 500.000 = 5,5 jt; oldest unpaid due 10 March: DPD 112, KL,
    # 10% of (5,5 jt - 2 jt collateral) = 350.000.  NPL 5,5 / 12,5 = 44%.
    assert book.outstanding == 12_500_000
    assert book.outstanding_by_class == {L: 7 * JT, KL: 5_500_000, D: 0, M: 0}
    assert book.allowance_needed == 385_000
    data = book.as_json()
    assert data["npl"] == "44.00" and data["npl_label"] == "tidak sehat"
    assert data["aging"] == [
        {"bucket": "current", "count": 1, "outstanding": 7 * JT}, {"bucket": "1-30", "count": 0, "outstanding": 0},
        {"bucket": "31-60", "count": 0, "outstanding": 0}, {"bucket": "61-90", "count": 0, "outstanding": 0},
        {"bucket": "91-180", "count": 1, "outstanding": 5_500_000},
        {"bucket": "181-270", "count": 0, "outstanding": 0}, {"bucket": ">270", "count": 0, "outstanding": 0}]
    assert (data["allowance_needed"], data["allowance_booked"], data["allowance_difference"]) == (385_000, 0, 385_000)
    # The collection list: who, phone, how many late, how much, how late.  Installments 2-5 of Siti
    # are late (due 10 Mar, 10 Apr, 10 May, 10 Jun): 4 x 590.000 = 2.360.000, plus denda of 0,1% a
    # day (590 each) after 3 grace days: from 14 Mar 109 days, 14 Apr 78, 14 May 48, 14 Jun 17:
    # (109 + 78 + 48 + 17) x 590 = 252 x 590 = 148.680.
    (row,) = late_rows
    assert (row.number, row.member_number, row.member_name, row.phone) == (late, siti, "Siti Aminah", "0812-3456-789")
    assert (row.position.due.installments_late, row.position.dpd, row.position.due.denda) == (4, 112, 148_680)
    assert row.position.due.total == 2_360_000 + 148_680
    books_hold(books, day)

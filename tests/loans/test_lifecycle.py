"""A loan's life through the services, on SQLite and PostgreSQL: application, approval,
disbursement, repayments (exact, partial, several at once, overpayment), denda, early payoff,
reversal, write-off and recovery.  Figures worked out by hand in the comments.

The default product UMUM: flat 1,5% a month, installments rounded up to Rp 100, provisi 1%,
administrasi Rp 25.000, denda 0,1% a day of the overdue installment after 3 grace days,
overpayment prepays, early payoff charges interest up to the current period.
After every step the trial balance is zero and 1141 equals the outstanding principal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.domain.loan_payments import PayoffRule, payoff
from coopdesk.services import corrections, loan_repayments, loans, savings
from coopdesk.services.context import AppContext
from coopdesk.services.loans import Application

from .helpers import (
    approve,
    balance,
    books_hold,
    context,
    disbursed_loan,
    due,
    installments,
    lines,
    loan_row,
    new_product,
    outstanding,
    refused,
    saver,
)

JAN10 = date(2025, 1, 10)


# --- disbursement ---------------------------------------------------------------------------

def test_disbursement_entry_with_fees(books: AppContext) -> None:
    member = saver(books)
    number = loans.apply(books, Application(member, "UMUM", 10_000_000, 12, JAN10, purpose="Modal warung"))
    assert number == "PJ-2025-00001"
    approve(books, number, JAN10)
    # provisi 1% of 10.000.000 = 100.000; administrasi Rp 25.000; cash 10.000.000 - 125.000 = 9.875.000
    posted = loans.disburse(books, number, JAN10)
    assert posted.voucher == "BKK-2025-000001" and posted.amount == 10_000_000
    assert lines(books, posted.voucher) == [("1141", 10_000_000, 0), ("1110", 0, 9_875_000), ("4120", 0, 100_000),
                                            ("4130", 0, 25_000)]
    loan = loan_row(books, number)
    assert (loan.status, loan.disbursed_on, loan.provisi, loan.admin_fee, loan.withheld) == \
        ("disbursed", JAN10, 100_000, 25_000, 0)
    # The schedule fixed at disbursement: 10.000.000 / 12 = 833.333 + interest 150.000 = 983.333,
    # rounded up to 983.400 (principal 833.400) x 11; the last 10.000.000 - 9.167.400 = 832.600.
    stored = installments(books, number)
    assert [(no, p, i) for no, _, p, i in stored] == [(k, 833_400, 150_000) for k in range(1, 12)] + \
        [(12, 832_600, 150_000)]
    assert [d for _, d, _, _ in stored] == [date(2025, m, 10) for m in range(2, 13)] + [date(2026, 1, 10)]
    assert outstanding(books, number, JAN10) == 10_000_000
    books_hold(books, JAN10)


def test_withheld_amount_goes_to_savings(books: AppContext) -> None:
    # 5.000.000: provisi 1% = 50.000, administrasi 0,5% = 25.000, 2% withheld into sukarela = 100.000;
    # cash paid 5.000.000 - 175.000 = 4.825.000
    new_product(books, "PRODUKTIF", provisi_pct=Decimal(1), admin_pct=Decimal("0.5"), withheld_pct=Decimal(2),
                withheld_product="sukarela")
    member = saver(books)
    number = disbursed_loan(books, member, 5_000_000, 10, JAN10, "PRODUKTIF")
    with books.reading() as session:
        voucher = session.get(loans.JournalEntry, loan_row(books, number).disbursement_entry_id).voucher  # type: ignore[union-attr]
    assert lines(books, voucher) == [("1141", 5_000_000, 0), ("1110", 0, 4_825_000), ("4120", 0, 50_000),
                                     ("4130", 0, 25_000), ("2111", 0, 100_000)]
    with books.reading() as session:
        assert savings.balances(session, loan_row(books, number).member_id)["sukarela"] == 100_000
    books_hold(books, JAN10)
    # Reversing the disbursement takes the withheld amount back out of the savings.
    corrections.reverse(books, voucher, "salah produk", JAN10)
    assert loan_row(books, number).status == "cancelled"
    with books.reading() as session:
        assert savings.balances(session, loan_row(books, number).member_id)["sukarela"] == 0
    books_hold(books, JAN10)


def test_application_refusals(books: AppContext) -> None:
    member = saver(books)
    app = Application(member, "UMUM", 12_000_000, 12, JAN10)
    refused(books, "term", loans.apply, books, Application(member, "UMUM", 12_000_000, 37, JAN10))  # UMUM: 1-36
    refused(books, "principal", loans.apply, books, Application(member, "UMUM", 0, 12, JAN10))
    refused(books, "principal", loans.apply, books, Application(member, "UMUM", -5, 12, JAN10))
    # 25.000 administrasi + 1% provisi take all of Rp 25.000
    refused(books, "principal", loans.apply, books, Application(member, "UMUM", 25_000, 1, JAN10))
    refused(books, "member", loans.apply, books, Application("99999", "UMUM", 12_000_000, 12, JAN10))
    refused(books, "product", loans.apply, books, Application(member, "KILAT", 12_000_000, 12, JAN10))
    refused(books, "date", loans.apply, books, Application(member, "UMUM", 12_000_000, 12, date(2025, 1, 1)))
    refused(books, "collateral_value", loans.apply, books,
            Application(member, "UMUM", 12_000_000, 12, JAN10, collateral_value=-1))
    new_product(books, "AGUNAN", collateral_required=True)
    refused(books, "collateral", loans.apply, books, Application(member, "AGUNAN", 12_000_000, 12, JAN10))
    assert loans.apply(books, Application(member, "AGUNAN", 12_000_000, 12, JAN10, collateral="BPKB motor",
                                          collateral_value=8_000_000)) == "PJ-2025-00001"
    assert loans.apply(books, app) == "PJ-2025-00002"


# --- approval -------------------------------------------------------------------------------

def test_approval_by_a_different_user(books: AppContext) -> None:
    member = saver(books)
    number = loans.apply(books, Application(member, "UMUM", 12_000_000, 12, JAN10))
    # the administrator entered it: the administrator cannot approve it
    message = refused(books, "user", loans.approve, books, number, JAN10)
    assert "another user" in message
    refused(books, "loan", loans.disburse, books, number, JAN10)  # not approved yet
    # a pengawas approves only related-party loans
    refused(books, "user", loans.approve, context(books.db, "pengawas"), number, JAN10)
    refused(books, "date", loans.approve, context(books.db, "ketua"), number, date(2025, 1, 9))
    assert loans.approve(context(books.db, "ketua"), number, JAN10) == "approved"
    refused(books, "loan", loans.approve, context(books.db, "ketua"), number, JAN10)  # not twice
    refused(books, "date", loans.disburse, books, number, date(2025, 1, 9))  # before the approval
    loans.disburse(books, number, JAN10)
    refused(books, "loan", loans.reject, books, number, "terlambat")  # disbursed: too late to reject
    books_hold(books, JAN10)


def test_reject(books: AppContext) -> None:
    member = saver(books)
    number = loans.apply(books, Application(member, "UMUM", 12_000_000, 12, JAN10))
    refused(books, "reason", loans.reject, books, number, "  ")
    loans.reject(context(books.db, "ketua"), number, "penghasilan tidak cukup")
    row = loan_row(books, number)
    assert (row.status, row.rejected_reason) == ("rejected", "penghasilan tidak cukup")
    refused(books, "loan", loans.approve, context(books.db, "ketua"), number, JAN10)
    refused(books, "loan", loans.disburse, books, number, JAN10)


def test_related_party_needs_pengurus_and_pengawas(books: AppContext) -> None:
    member = saver(books)
    ketua, pengawas = context(books.db, "ketua"), context(books.db, "pengawas")
    first = loans.apply(books, Application(member, "UMUM", 12_000_000, 12, JAN10, related_party=True))
    # modal sendiri is the pokok and wajib paid in: 150.000; 10% = 15.000, far below 12.000.000
    with books.reading() as session:
        warning = loans.related_party_warning(session, 12_000_000, JAN10)
    assert warning is not None and "10% modal sendiri" in warning and "Rp 15.000" in warning
    assert loans.approve(ketua, first, JAN10) == "applied"  # still waiting for the pengawas
    refused(books, "loan", loans.disburse, books, first, JAN10)
    refused(books, "user", loans.approve, ketua, first, JAN10)  # the pengurus approval is there already
    assert loans.approve(pengawas, first, JAN10) == "approved"
    loans.disburse(books, first, JAN10)
    # the other order: pengawas first, then a pengurus
    second = loans.apply(books, Application(member, "UMUM", 1_000_000, 10, JAN10, related_party=True))
    assert loans.approve(pengawas, second, JAN10) == "applied"
    refused(books, "user", loans.approve, books, second, JAN10)  # the administrator entered it
    assert loans.approve(ketua, second, JAN10) == "approved"
    row = loan_row(books, second)
    assert row.approved_by is not None and row.approved_by_supervisor is not None
    books_hold(books, JAN10)


# --- repayments -----------------------------------------------------------------------------

def test_repayments_exact_partial_several_and_prepay_with_denda(books: AppContext) -> None:
    member = saver(books)
    # 12.000.000 over 12 months: 1.000.000 + 180.000 = 1.180.000 due on the 10th, Feb 2025 - Jan 2026
    number = disbursed_loan(books, member, 12_000_000, 12, JAN10)

    # Exact installment on its due date: interest 180.000 then principal 1.000.000.
    feb = loan_repayments.repay(books, number, 1_180_000, date(2025, 2, 10))
    assert lines(books, feb.voucher) == [("1110", 1_180_000, 0), ("1141", 0, 1_000_000), ("4110", 0, 180_000)]
    assert not feb.paid_off
    assert outstanding(books, number, date(2025, 2, 10)) == 11_000_000
    assert due(books, number, date(2025, 2, 10)) == (0, 0, 0)
    books_hold(books, date(2025, 2, 10))

    # Partial on 10 March: 500.000 = interest 180.000 + principal 320.000; 680.000 of it still due.
    mar = loan_repayments.repay(books, number, 500_000, date(2025, 3, 10))
    assert [(p.installment_no, p.denda, p.interest, p.principal) for p in mar.allocation.parts] == [
        (2, 0, 180_000, 320_000)]
    assert due(books, number, date(2025, 3, 10)) == (0, 0, 680_000)
    books_hold(books, date(2025, 3, 10))

    # 12 April, several installments at once.  Installment 2's 680.000 is late: denda 0,1% a day
    # from 14 March (10 March + 3 grace days) to 12 April = 30 days x 680 = 20.400.  Installment 3
    # (due 10 April) is still within its grace days.  Due: 20.400 + 180.000 + 680.000 + 1.000.000.
    apr12 = date(2025, 4, 12)
    assert due(books, number, apr12) == (20_400, 180_000, 1_680_000)
    position = loan_repayments.due_today(books, number, apr12)
    assert (position.installments_late, position.oldest_unpaid_due, position.total) == \
        (2, date(2025, 3, 10), 1_880_400)
    apr = loan_repayments.repay(books, number, 1_880_400, apr12)
    assert lines(books, apr.voucher) == [("1110", 1_880_400, 0), ("1141", 0, 1_680_000), ("4110", 0, 180_000),
                                         ("4140", 0, 20_400)]
    assert [(p.installment_no, p.denda, p.interest, p.principal) for p in apr.allocation.parts] == [
        (2, 20_400, 0, 680_000), (3, 0, 180_000, 1_000_000)]
    # paid in full: no more denda accrues on installment 2 afterwards
    assert due(books, number, apr12) == (0, 0, 0)
    assert due(books, number, date(2025, 4, 30)) == (0, 0, 0)
    assert outstanding(books, number, apr12) == 9_000_000
    books_hold(books, apr12)

    # 10 May, overpayment 1.680.000: installment 4 (1.180.000), then 500.000 prepays installment 5:
    # its interest 180.000 first, then 320.000 of its principal.
    may = loan_repayments.repay(books, number, 1_680_000, date(2025, 5, 10))
    assert [(p.installment_no, p.interest, p.principal) for p in may.allocation.parts] == [
        (4, 180_000, 1_000_000), (5, 180_000, 320_000)]
    assert lines(books, may.voucher) == [("1110", 1_680_000, 0), ("1141", 0, 1_320_000), ("4110", 0, 360_000)]
    assert outstanding(books, number, date(2025, 5, 10)) == 7_680_000  # 9.000.000 - 1.320.000
    books_hold(books, date(2025, 5, 10))

    # Installment 5 (due 10 June) has 680.000 left.  On its due date nothing is late yet.
    assert loan_repayments.due_today(books, number, date(2025, 6, 10)).installments_late == 0
    # 20 June: denda from 14 June, 7 days x 0,1% x 680.000 = 7 x 680 = 4.760.
    jun20 = date(2025, 6, 20)
    assert due(books, number, jun20) == (4_760, 0, 680_000)
    jun = loan_repayments.repay(books, number, 684_760, jun20)
    assert lines(books, jun.voucher) == [("1110", 684_760, 0), ("1141", 0, 680_000), ("4140", 0, 4_760)]
    books_hold(books, jun20)

    # Everything still owed: 7.000.000 principal + 7 x 180.000 interest = 8.260.000; one Rupiah more
    # is refused, naming the amount.
    message = refused(books, "amount", loan_repayments.repay, books, number, 8_260_001, jun20)
    assert "Rp 1 more" in message
    refused(books, "amount", loan_repayments.repay, books, number, 0, jun20)
    refused(books, "date", loan_repayments.repay, books, number, 1_000, date(2025, 6, 19))  # before the last
    # paying all of it closes the loan
    last = loan_repayments.repay(books, number, 8_260_000, jun20)
    assert last.paid_off and loan_row(books, number).status == "paid_off"
    refused(books, "loan", loan_repayments.repay, books, number, 1_000, jun20)
    books_hold(books, jun20)


def test_denda_rules_per_month_and_fixed(books: AppContext) -> None:
    # 1.200.000 over 12 at 1,5% flat: installments of 100.000 + 18.000 = 118.000, due the 10th.
    new_product(books, "BULAN", penalty_rule="pct_month", penalty_value=Decimal(3), grace_days=0)
    new_product(books, "HARIAN", penalty_rule="fixed_day", penalty_value=Decimal(1_000), grace_days=5)
    member = saver(books)
    monthly = disbursed_loan(books, member, 1_200_000, 12, JAN10, "BULAN")
    fixed = disbursed_loan(books, member, 1_200_000, 12, JAN10, "HARIAN")
    # 3% a month of 118.000 is 3.540, a thirtieth a day = 118; from 11 Feb (no grace) to 2 March
    # = 20 days: 2.360.
    assert due(books, monthly, date(2025, 3, 2))[0] == 2_360
    # Rp 1.000 a day from 16 Feb (5 grace days) to 2 March = 15 days: 15.000.
    assert due(books, fixed, date(2025, 3, 2))[0] == 15_000
    # A payment lowers the denda from the next day on.  On 2 March 60.000 is paid: the denda 2.360,
    # interest 18.000, principal 39.640; 118.000 - 57.640 = 60.360 of installment 1 is left.
    paid = loan_repayments.repay(books, monthly, 60_000, date(2025, 3, 2))
    assert (paid.allocation.denda, paid.allocation.interest, paid.allocation.principal) == (2_360, 18_000, 39_640)
    assert due(books, monthly, date(2025, 3, 2))[0] == 0  # 2 March itself was charged on the full amount
    # From 3 March: 60.360 x 3% / 30 = 60,36 a day; to 10 March = 8 days = 482,88.  Accrued in all
    # 2.360 + 482,88 = 2.842,88 -> 2.843, less the 2.360 paid = 483.  (Installment 2, due 10 March,
    # has none yet.)
    assert due(books, monthly, date(2025, 3, 10))[0] == 483
    books_hold(books, date(2025, 3, 10))


def test_overpayment_to_sukarela(books: AppContext) -> None:
    new_product(books, "SUKA", overpayment="sukarela")
    member = saver(books)
    # 1.200.000 over 12: 100.000 + 18.000 = 118.000 a month
    number = disbursed_loan(books, member, 1_200_000, 12, JAN10, "SUKA")
    paid = loan_repayments.repay(books, number, 150_000, date(2025, 2, 10))
    # 118.000 pays installment 1; the other 32.000 goes to the member's simpanan sukarela
    assert paid.allocation.to_sukarela == 32_000
    assert lines(books, paid.voucher) == [("1110", 150_000, 0), ("1141", 0, 100_000), ("4110", 0, 18_000),
                                          ("2111", 0, 32_000)]
    # before anything is due, all of a payment goes to sukarela (nothing is prepaid under this rule)
    early = loan_repayments.repay(books, number, 50_000, date(2025, 2, 11))
    assert (early.allocation.principal, early.allocation.to_sukarela) == (0, 50_000)
    with books.reading() as session:
        assert savings.balances(session, loan_row(books, number).member_id)["sukarela"] == 82_000
    assert outstanding(books, number, date(2025, 2, 11)) == 1_100_000
    books_hold(books, date(2025, 2, 11))
    # reversing it takes the 50.000 back out of sukarela
    corrections.reverse(books, early.voucher, "salah input", date(2025, 2, 11))
    with books.reading() as session:
        assert savings.balances(session, loan_row(books, number).member_id)["sukarela"] == 32_000
    books_hold(books, date(2025, 2, 11))


# --- early payoff ---------------------------------------------------------------------------

def test_early_payoff_current_period(books: AppContext) -> None:
    member = saver(books)
    number = disbursed_loan(books, member, 12_000_000, 12, JAN10)
    loan_repayments.repay(books, number, 1_180_000, date(2025, 2, 10))
    # 1 March: principal 11.000.000, interest of the running period (installment 2, due 10 March)
    # 180.000; the interest of installments 3-12 (10 x 180.000 = 1.800.000) is waived.
    mar1 = date(2025, 3, 1)
    quote = loan_repayments.payoff_amount(books, number, mar1)
    assert (quote.amount, quote.principal, quote.interest, quote.denda, quote.waived_interest) == \
        (11_180_000, 11_000_000, 180_000, 0, 1_800_000)
    settled = loan_repayments.settle(books, number, mar1)
    assert settled.paid_off and settled.allocation == quote
    assert lines(books, settled.voucher) == [("1110", 11_180_000, 0), ("1141", 0, 11_000_000), ("4110", 0, 180_000)]
    row = loan_row(books, number)
    assert (row.status, row.closed_on) == ("paid_off", mar1)
    refused(books, "loan", loan_repayments.repay, books, number, 1_000, mar1)
    refused(books, "loan", loan_repayments.settle, books, number, mar1)
    books_hold(books, mar1, date(2025, 2, 28))

    # Paying off a late loan: nothing paid, 20 April.  Denda (1.180 a day per late installment):
    # installment 1 from 14 Feb: 66 days = 77.880; 2 from 14 Mar: 38 days = 44.840;
    # 3 from 14 Apr: 7 days = 8.260; total 130.980.  Interest of installments 1-3 (due) and 4 (the
    # running period) 4 x 180.000 = 720.000; 8 x 180.000 = 1.440.000 waived.
    late = disbursed_loan(books, member, 12_000_000, 12, JAN10)
    apr20 = date(2025, 4, 20)
    quote = loan_repayments.payoff_amount(books, late, apr20)
    assert (quote.principal, quote.interest, quote.denda, quote.waived_interest) == \
        (12_000_000, 720_000, 130_980, 1_440_000)
    assert quote.amount == 12_850_980
    settled = loan_repayments.settle(books, late, apr20)
    assert lines(books, settled.voucher) == [("1110", 12_850_980, 0), ("1141", 0, 12_000_000), ("4110", 0, 720_000),
                                             ("4140", 0, 130_980)]
    books_hold(books, apr20)


def test_early_payoff_full_interest(books: AppContext) -> None:
    new_product(books, "PENUH", payoff_rule="full_interest")
    member = saver(books)
    # 1.200.000 over 12: 100.000 + 18.000 a month
    number = disbursed_loan(books, member, 1_200_000, 12, JAN10, "PENUH")
    loan_repayments.repay(books, number, 118_000, date(2025, 2, 10))
    mar1 = date(2025, 3, 1)
    # all the remaining flat interest: 11 x 18.000 = 198.000, plus principal 1.100.000
    quote = loan_repayments.payoff_amount(books, number, mar1)
    assert (quote.amount, quote.interest, quote.waived_interest) == (1_298_000, 198_000, 0)
    # under the default rule it would be 1.100.000 + 18.000 (installment 2's period) = 1.118.000
    with books.reading() as session:
        loan = loans.by_number(session, number)
        states = loans.installment_states(session, [loan.id])[loan.id]
        assert payoff(states, mar1, loans.penalty_of(session, loan), PayoffRule.CURRENT_PERIOD).amount == 1_118_000
    settled = loan_repayments.settle(books, number, mar1)
    assert lines(books, settled.voucher) == [("1110", 1_298_000, 0), ("1141", 0, 1_100_000), ("4110", 0, 198_000)]
    books_hold(books, mar1)


# --- reversal -------------------------------------------------------------------------------

def test_repayment_reversal(books: AppContext) -> None:
    member = saver(books)
    number = disbursed_loan(books, member, 12_000_000, 12, JAN10)
    first = loan_repayments.repay(books, number, 1_180_000, date(2025, 2, 10))
    # 15 March: installment 2 (due 10 March) late since 14 March: 2 days x 1.180 = 2.360 denda,
    # then interest 180.000 and 317.640 principal.
    mar15 = date(2025, 3, 15)
    second = loan_repayments.repay(books, number, 500_000, mar15)
    assert (second.allocation.denda, second.allocation.interest, second.allocation.principal) == \
        (2_360, 180_000, 317_640)
    # Only the newest can be reversed.
    message = refused(books, "voucher", corrections.reverse, books, first.voucher, "salah", mar15)
    assert "reverse those first" in message
    undo = corrections.reverse(books, second.voucher, "uang palsu", mar15)
    assert lines(books, undo.voucher) == [("1110", 0, 500_000), ("1141", 317_640, 0), ("4110", 180_000, 0),
                                          ("4140", 2_360, 0)]
    # The loan is as before the repayment: 1.180.000 of installment 2 due and its 2.360 denda.
    assert due(books, number, mar15) == (2_360, 180_000, 1_000_000)
    assert outstanding(books, number, mar15) == 11_000_000
    assert balance(books, "1141", mar15) == 11_000_000
    # 7 days of denda on the full installment by 20 March: 8.260
    assert due(books, number, date(2025, 3, 20))[0] == 8_260
    books_hold(books, mar15, date(2025, 3, 20))
    refused(books, "voucher", corrections.reverse, books, second.voucher, "lagi", mar15)  # not twice

    # Now the February repayment is the newest that stands, and it can be reversed.
    corrections.reverse(books, first.voucher, "salah anggota", date(2025, 3, 16))
    assert outstanding(books, number, date(2025, 3, 16)) == 12_000_000
    books_hold(books, date(2025, 3, 16))

    # A reversal dated before the loan's last transaction is refused.
    third = loan_repayments.repay(books, number, 100_000, date(2025, 3, 16))
    fourth = loan_repayments.repay(books, number, 100_000, date(2025, 3, 25))
    corrections.reverse(books, fourth.voucher, "dobel", date(2025, 3, 25))
    refused(books, "date", corrections.reverse, books, third.voucher, "dobel", date(2025, 3, 20))
    corrections.reverse(books, third.voucher, "dobel", date(2025, 3, 25))
    books_hold(books, date(2025, 3, 25))

    # Reversing a payoff opens the loan again.
    settled = loan_repayments.settle(books, number, date(2025, 3, 31))
    assert loan_row(books, number).status == "paid_off"
    corrections.reverse(books, settled.voucher, "cek ditolak", date(2025, 3, 31))
    row = loan_row(books, number)
    assert (row.status, row.closed_on) == ("disbursed", None)
    assert outstanding(books, number, date(2025, 3, 31)) == 12_000_000
    books_hold(books, date(2025, 3, 31))


def test_disbursement_reversal(books: AppContext) -> None:
    member = saver(books)
    number = disbursed_loan(books, member, 12_000_000, 12, JAN10)
    with books.reading() as session:
        voucher = session.get(loans.JournalEntry, loan_row(books, number).disbursement_entry_id).voucher  # type: ignore[union-attr]
    paid = loan_repayments.repay(books, number, 1_180_000, date(2025, 2, 10))
    refused(books, "voucher", corrections.reverse, books, voucher, "salah", date(2025, 2, 10))  # repaid
    corrections.reverse(books, paid.voucher, "salah", date(2025, 2, 10))
    # the repayment no longer stands, but a reversal dated before it is still refused
    refused(books, "date", corrections.reverse, books, voucher, "salah", date(2025, 2, 1))
    corrections.reverse(books, voucher, "salah anggota", date(2025, 2, 15))
    row = loan_row(books, number)
    assert (row.status, row.closed_on) == ("cancelled", date(2025, 2, 15))
    # The loan was on the books from 10 January until 15 February, and so in the portfolio.
    books_hold(books, JAN10, date(2025, 2, 14), date(2025, 2, 15))
    refused(books, "loan", loan_repayments.repay, books, number, 1_000, date(2025, 2, 15))


# --- write-off and recovery -----------------------------------------------------------------

def test_write_off_and_recovery(books: AppContext) -> None:
    member = saver(books)
    number = disbursed_loan(books, member, 12_000_000, 12, JAN10)
    dec1 = date(2025, 12, 1)
    refused(books, "reason", loan_repayments.write_off, books, number, dec1, " ")
    refused(books, "loan", loan_repayments.recover, books, number, 1_000, dec1)  # not written off
    posted = loan_repayments.write_off(books, number, dec1, "macet, anggota pindah")
    assert lines(books, posted.voucher) == [("1149", 12_000_000, 0), ("1141", 0, 12_000_000)]
    row = loan_row(books, number)
    assert (row.status, row.closed_on) == ("written_off", dec1)
    assert balance(books, "1141", dec1) == 0
    books_hold(books, dec1, date(2025, 11, 30))
    refused(books, "loan", loan_repayments.repay, books, number, 1_000, dec1)

    # Recovery: income (4290), not the loan account.
    jan15 = date(2026, 1, 15)
    got = loan_repayments.recover(books, number, 2_000_000, jan15)
    assert lines(books, got.voucher) == [("1110", 2_000_000, 0), ("4290", 0, 2_000_000)]
    message = refused(books, "amount", loan_repayments.recover, books, number, 10_000_001, jan15)
    assert "Rp 10.000.000" in message
    books_hold(books, jan15)
    # The write-off cannot be reversed while the recovery stands; after reversing it, it can.
    refused(books, "voucher", corrections.reverse, books, posted.voucher, "keliru", jan15)
    corrections.reverse(books, got.voucher, "keliru", jan15)
    corrections.reverse(books, posted.voucher, "keliru", jan15)
    row = loan_row(books, number)
    assert (row.status, row.closed_on) == ("disbursed", None)
    assert outstanding(books, number, jan15) == 12_000_000
    books_hold(books, jan15)

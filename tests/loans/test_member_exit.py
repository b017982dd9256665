"""A member with running loans leaves: the loans are settled out of the savings in the exit
entry (payoff under each loan's rule on the day of exit), or the exit is refused."""

from __future__ import annotations

from datetime import date

from coopdesk.services import corrections, loan_repayments, loans, member_exit, members
from coopdesk.services.context import AppContext

from .helpers import books_hold, disbursed_loan, lines, loan_row, outstanding, refused, saver


def test_exit_nets_loans_against_savings_and_can_be_reversed(books: AppContext) -> None:
    # Savings: pokok 100.000 + wajib 50.000 + sukarela 15.000.000 = 15.150.000
    member = saver(books, sukarela=15_000_000)
    # A: 12 jt over 12 from 10 Jan, installment 1 paid on 10 Feb
    a = disbursed_loan(books, member, 12_000_000, 12, date(2025, 1, 10))
    loan_repayments.repay(books, a, 1_180_000, date(2025, 2, 10))
    # B: 2 jt over 10 from 1 Feb: 200.000 + 30.000 a month, first due 1 March
    b = disbursed_loan(books, member, 2_000_000, 10, date(2025, 2, 1))
    mar1 = date(2025, 3, 1)
    # Exit on 1 March.  A: principal 11.000.000 + the running period's interest (installment 2,
    # due 10 March) 180.000 = 11.180.000.  B: principal 2.000.000 + installment 1 (due today) 30.000
    # + installment 2's period 30.000 = 2.060.000.  Owed 13.240.000; cash paid 15.150.000 - 13.240.000
    # = 1.910.000.
    assert member_exit.preview(books, member, mar1) == [
        ("Simpanan Pokok", 100_000), ("Simpanan Wajib", 50_000), ("Simpanan Sukarela", 15_000_000),
        (f"Pinjaman {a}", -11_180_000), (f"Pinjaman {b}", -2_060_000)]
    refused(books, "date", member_exit.exit_member, books, member, date(2025, 2, 9), "keluar")  # before a repayment
    result = member_exit.exit_member(books, member, mar1, "keluar")
    assert result.loans_settled == [(a, 11_180_000), (b, 2_060_000)]
    assert (result.total, result.loans_total, result.cash_paid) == (15_150_000, 13_240_000, 1_910_000)
    assert lines(books, result.voucher) == [  # type: ignore[arg-type]
        ("3110", 100_000, 0), ("3120", 50_000, 0), ("2111", 15_000_000, 0),
        ("1141", 0, 11_000_000), ("4110", 0, 180_000), ("1141", 0, 2_000_000), ("4110", 0, 60_000),
        ("1110", 0, 1_910_000)]
    assert loan_row(books, a).status == loan_row(books, b).status == "paid_off"
    books_hold(books, mar1)

    # Reversing the exit restores the member, the savings and both loans.
    corrections.reverse(books, result.voucher, "keliru", mar1)  # type: ignore[arg-type]
    assert [loan_row(books, n).status for n in (a, b)] == ["disbursed", "disbursed"]
    assert (outstanding(books, a, mar1), outstanding(books, b, mar1)) == (11_000_000, 2_000_000)
    with books.reading() as session:
        assert members.by_number(session, member).status == "aktif"
    books_hold(books, mar1)


def test_exit_refused_when_savings_do_not_cover_the_loans(books: AppContext) -> None:
    member = saver(books)  # 150.000 of savings
    number = disbursed_loan(books, member, 12_000_000, 12, date(2025, 1, 10))
    # owed on 1 March: 12.000.000 + installment 1 (due 10 Feb) 180.000 + installment 2's period
    # 180.000 + denda on installment 1 from 14 Feb to 1 March (16 days x 1.180 = 18.880) = 12.378.880
    message = refused(books, "member", member_exit.exit_member, books, member, date(2025, 3, 1), "keluar")
    assert "Rp 12.378.880" in message and "Rp 150.000" in message
    assert loan_row(books, number).status == "disbursed"
    books_hold(books, date(2025, 3, 1))


def test_exit_rejects_applications_not_yet_disbursed(books: AppContext) -> None:
    member = saver(books)
    pending = loans.apply(books, loans.Application(member, "UMUM", 1_000_000, 10, date(2025, 1, 10)))
    member_exit.exit_member(books, member, date(2025, 3, 1), "meninggal")
    row = loan_row(books, pending)
    assert (row.status, row.rejected_reason) == ("rejected", "anggota meninggal")

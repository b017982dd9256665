"""Kuitansi angsuran / pelunasan read from the repayment entry, and the disbursement slip.

Budi's loan (see conftest.LoanBooks): Rp 12.000.000, 12 × Rp 1.180.000 from 28 February 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.reports.disbursement_slip import DisbursementSlip, disbursement_slip, render_disbursement_slip_pdf
from coopdesk.reports.receipt import Receipt, receipt_for_voucher, render_receipt_pdf
from coopdesk.services import corrections, loan_products, loan_repayments, loans
from coopdesk.services.ledger import entry_by_voucher
from coopdesk.services.loan_products import LoanProductInput
from tests.reports.conftest import lend

if TYPE_CHECKING:
    from tests.reports.conftest import LoanBooks

PRINTED = datetime(2025, 8, 20, 10, 0)
MM = 72 / 25.4


def _receipt(books: LoanBooks, voucher: str) -> Receipt:
    with books.ctx.reading() as session:
        return receipt_for_voucher(session, voucher, printed_at=PRINTED)


def _slip(books: LoanBooks, number: str) -> DisbursementSlip:
    with books.ctx.reading() as session:
        return disbursement_slip(session, number, printed_at=PRINTED)


def test_on_time_repayment_receipt(loan_books: LoanBooks) -> None:
    r = _receipt(loan_books, loan_books.on_time)
    assert r.kind == "angsuran" and r.date == date(2025, 2, 28)
    assert (r.member_number, r.member_name, r.product_name) == (loan_books.member, "Budi Santoso", "Pinjaman Umum")
    assert r.amount == 1_180_000 and r.amount_words == "satu juta seratus delapan puluh ribu rupiah"
    loan = r.loan
    assert loan is not None and loan.number == loan_books.loan
    assert [(i.no, i.principal, i.interest, i.denda, i.settled) for i in loan.installments] == [
        (1, 1_000_000, 180_000, 0, True)]
    # The loan right after this payment, though a later one has been made since.
    assert (loan.outstanding_after, loan.next_no, loan.next_due, loan.next_amount) == (
        11_000_000, 2, date(2025, 3, 31), 1_180_000)
    assert r.balance_after == 11_000_000 and not loan.paid_off


def test_late_repayment_splits_denda_interest_principal(loan_books: LoanBooks, tmp_path: Path,
                                                        pdf_text: Callable[[Path], str],
                                                        pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    """10 May, Rp 2.500.000: denda first (no. 2 due 31 March, from 4 April: 37 days × 0,1% ×
    1.180.000 = 43.660; no. 3 due 30 April, from 4 May: 7 days = 8.260), then the interest and
    principal of no. 2 and 3, and 88.080 left pays no. 4's interest in advance."""
    r = _receipt(loan_books, loan_books.late)
    loan = r.loan
    assert loan is not None
    assert [(i.no, i.principal, i.interest, i.denda, i.settled) for i in loan.installments] == [
        (2, 1_000_000, 180_000, 43_660, True), (3, 1_000_000, 180_000, 8_260, True), (4, 0, 88_080, 0, False)]
    assert (loan.principal, loan.interest, loan.denda) == (2_000_000, 448_080, 51_920)
    assert r.amount == 2_500_000 == loan.principal + loan.interest + loan.denda
    with loan_books.ctx.reading() as session:
        assert entry_by_voucher(session, loan_books.late).lines[0].debit == r.amount  # the cash the entry took in
    assert (loan.outstanding_after, loan.next_no, loan.next_due, loan.next_amount) == (
        9_000_000, 4, date(2025, 5, 31), 1_091_920)
    path = render_receipt_pdf(r, tmp_path / "angsuran.pdf")
    text = pdf_text(path)
    for expected in ("KUITANSI ANGSURAN PINJAMAN", loan_books.late, "Tanggal: 10 Mei 2025", "Budi Santoso",
                     "No. Pinjaman : PJ-2025-00001", "Jenis Pinjaman : Pinjaman Umum",
                     "Angsuran ke : 2, 3 (lunas), 4 (sebagian)", "Pokok Rp 2.000.000", "Bunga Rp 448.080",
                     "Denda Rp 51.920", "Jumlah dibayar Rp 2.500.000", "dua juta lima ratus ribu rupiah",
                     "Sisa pokok pinjaman : Rp 9.000.000",
                     "Angsuran berikutnya : ke-4, jatuh tempo 31 Mei 2025: Rp 1.091.920", "Penyetor",
                     "Petugas / Kasir", "( admin )"):
        assert expected in text, expected
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width) / MM) == 210 and round(float(box.height) / MM) == 148
    assert all(embedded for _, embedded in pdf_fonts(path))
    en = pdf_text(render_receipt_pdf(r, tmp_path / "en.pdf", lang="en"))
    for expected in ("LOAN REPAYMENT RECEIPT", "Installments : 2, 3 (paid), 4 (in part)", "Late penalty Rp 51.920",
                     "Next installment : no. 4, due 31 May 2025: Rp 1.091.920"):
        assert expected in en, expected


def test_partial_payment_of_arrears_shows_the_overdue_installment(loan_books: LoanBooks, tmp_path: Path,
                                                                  pdf_text: Callable[[Path], str]) -> None:
    voucher = loan_repayments.repay(loan_books.ctx, loan_books.loan, 500_000, date(2025, 7, 1)).voucher
    r = _receipt(loan_books, voucher)
    assert r.loan is not None and r.loan.next_no == 4 and r.loan.next_due == date(2025, 5, 31)
    assert r.loan.installments[0].settled is False
    text = pdf_text(render_receipt_pdf(r, tmp_path / "sebagian.pdf"))
    assert "ke-4, sudah jatuh tempo 31 Mei 2025" in text and "(belum termasuk denda)" in text


def test_payoff_receipt(loan_books: LoanBooks, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    """20 August: no. 4 (1.000.000 + 91.920 left), 5 and 6 overdue, no. 7 the running period
    (interest charged), the interest of 8-12 not charged.  Denda: no. 4 from 4 June, 78 days ×
    1.091,92 = 85.170; no. 5 from 4 July, 48 days × 1.180 = 56.640; no. 6 from 4 August, 17 days
    = 20.060."""
    result = loan_repayments.settle(loan_books.ctx, loan_books.loan, date(2025, 8, 20))
    assert result.paid_off
    r = _receipt(loan_books, result.voucher)
    loan = r.loan
    assert r.kind == "pelunasan" and loan is not None
    assert (loan.principal, loan.interest, loan.denda) == (9_000_000, 91_920 + 3 * 180_000, 85_170 + 56_640 + 20_060)
    assert loan.waived_interest == 5 * 180_000
    assert r.amount == 9_000_000 + 631_920 + 161_870 == 9_793_790
    assert loan.paid_off and loan.outstanding_after == 0 and loan.next_due is None
    assert r.amount_words == "sembilan juta tujuh ratus sembilan puluh tiga ribu tujuh ratus sembilan puluh rupiah"
    text = pdf_text(render_receipt_pdf(r, tmp_path / "lunas.pdf"))
    for expected in ("KUITANSI PELUNASAN PINJAMAN", "Angsuran ke : 4–12 (pelunasan)", "Rp 9.793.790",
                     "sembilan juta tujuh ratus sembilan puluh tiga ribu", "Sisa pokok pinjaman : Rp 0", "LUNAS",
                     "Sisa bunga Rp 900.000 tidak ditagih"):
        assert expected in text, expected


def test_reversed_repayment_receipt_carries_the_stamp(loan_books: LoanBooks, tmp_path: Path,
                                                      pdf_text: Callable[[Path], str]) -> None:
    reversal = corrections.reverse(loan_books.ctx, loan_books.late, "Salah input nominal", date(2025, 5, 11))
    r = _receipt(loan_books, loan_books.late)
    assert (r.reversed_by, r.reversed_on) == (reversal.voucher, date(2025, 5, 11))
    assert r.amount == 2_500_000 and r.loan is not None and r.loan.outstanding_after == 9_000_000
    path = render_receipt_pdf(r, tmp_path / "batal.pdf")
    assert f"DIBATALKAN dengan {reversal.voucher} tanggal 11 Mei 2025" in pdf_text(path)
    assert len(PdfReader(path).pages) == 1
    with pytest.raises(ValidationError):  # the reversal itself is no receipt
        _receipt(loan_books, reversal.voucher)


def test_overpayment_to_sukarela_is_on_the_receipt(loan_books: LoanBooks, tmp_path: Path,
                                                   pdf_text: Callable[[Path], str]) -> None:
    loan_products.add(loan_books.ctx, LoanProductInput(code="SUKA", name="Pinjaman Anggota", overpayment="sukarela"))
    number = lend(loan_books.ctx, loan_books.member, 1_000_000, 2, date(2025, 6, 1), product="SUKA")
    # Due 1 July: 500.000 + 15.000; 600.000 paid, the 85.000 over goes to sukarela.
    voucher = loan_repayments.repay(loan_books.ctx, number, 600_000, date(2025, 7, 1)).voucher
    r = _receipt(loan_books, voucher)
    assert r.loan is not None and r.loan.to_sukarela == 85_000 and r.amount == 600_000
    text = pdf_text(render_receipt_pdf(r, tmp_path / "lebih.pdf"))
    assert "Kelebihan ke Sukarela Rp 85.000" in text and "Jumlah dibayar Rp 600.000" in text


def test_disbursement_write_off_and_recovery_are_not_teller_receipts(loan_books: LoanBooks) -> None:
    with pytest.raises(ValidationError) as exc:
        _receipt(loan_books, loan_books.disbursement)
    assert exc.value.field == "voucher" and "disbursement slip" in exc.value.message
    written = loan_repayments.write_off(loan_books.ctx, loan_books.loan, date(2025, 12, 1), "tidak tertagih")
    recovered = loan_repayments.recover(loan_books.ctx, loan_books.loan, 250_000, date(2025, 12, 20))
    for voucher in (written.voucher, recovered.voucher):
        with pytest.raises(ValidationError) as exc:
            _receipt(loan_books, voucher)
        assert exc.value.field == "voucher" and not isinstance(exc.value, NotFoundError)
        assert "no teller receipt" in exc.value.message or "no receipt" in exc.value.message


# --- disbursement slip -----------------------------------------------------------------------

def test_disbursement_slip_reads_the_posted_entry(loan_books: LoanBooks, tmp_path: Path,
                                                  pdf_text: Callable[[Path], str],
                                                  pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    slip = _slip(loan_books, loan_books.loan)
    assert slip.voucher == loan_books.disbursement and slip.date == date(2025, 1, 31)
    assert (slip.principal, slip.provisi, slip.admin_fee, slip.withheld) == (12_000_000, 120_000, 25_000, 0)
    assert slip.cash_paid == 11_855_000
    assert slip.cash_words == "sebelas juta delapan ratus lima puluh lima ribu rupiah"
    assert (slip.first_due, slip.first_installment) == (date(2025, 2, 28), 1_180_000)
    assert slip.approved_by == "Siti Rahayu"  # a ketua approved it: her name goes under "Ketua"
    with loan_books.ctx.reading() as session:
        entry = entry_by_voucher(session, slip.voucher)
        cash = next(line.credit for line in entry.lines if line.account.code == "1110")
        loan = loans.by_number(session, loan_books.loan)
        assert cash == slip.cash_paid == loans.fees_for(session, loan).cash_paid(loan.principal)
    path = render_disbursement_slip_pdf(slip, tmp_path / "cair.pdf")
    text = pdf_text(path)
    for expected in ("BUKTI PENCAIRAN PINJAMAN", f"No. Bukti: {loan_books.disbursement}", "Tanggal: 31 Januari 2025",
                     "No. Pinjaman : PJ-2025-00001", "Budi Santoso", "Jangka waktu : 12 bulan",
                     "Bunga : 1,5% per bulan, flat", "Angsuran pertama : Rp 1.180.000",
                     "Jatuh tempo ke-1 : 28 Februari 2025", "Pokok pinjaman Rp 12.000.000", "Provisi -Rp 120.000",
                     "Administrasi -Rp 25.000", "Diterima tunai Rp 11.855.000",
                     "Terbilang : sebelas juta delapan ratus lima puluh lima ribu rupiah",
                     "Peminjam", "Kasir", "Ketua", "( Budi Santoso )", "( admin )", "( Siti Rahayu )"):
        assert expected in text, expected
    assert "Ditahan" not in text
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height) / MM) == 148
    assert all(embedded for _, embedded in pdf_fonts(path))


def test_slip_with_withheld_savings_and_percent_admin(loan_books: LoanBooks, tmp_path: Path,
                                                      pdf_text: Callable[[Path], str]) -> None:
    """MIKRO: menurun 18%/year (1,5%/month), provisi 1,5%, admin 0,5%, 2% withheld into
    simpanan wajib.  7.500.000: provisi 112.500, admin 37.500, withheld 150.000, cash 7.200.000;
    first installment 1.250.000 + 112.500 = 1.362.500."""
    loan_products.add(loan_books.ctx, LoanProductInput(
        code="MIKRO", name="Pinjaman Mikro", method="menurun", rate=Decimal("18"), rate_per="year",
        provisi_pct=Decimal("1.5"), admin_pct=Decimal("0.5"), withheld_pct=Decimal("2"), withheld_product="wajib",
        rounding=500))
    number = lend(loan_books.ctx, loan_books.member, 7_500_000, 6, date(2025, 3, 31), product="MIKRO")
    slip = _slip(loan_books, number)
    assert (slip.provisi, slip.admin_fee, slip.withheld, slip.cash_paid) == (112_500, 37_500, 150_000, 7_200_000)
    assert slip.withheld_product == "Simpanan Wajib" and slip.first_installment == 1_362_500
    text = pdf_text(render_disbursement_slip_pdf(slip, tmp_path / "mikro.pdf"))
    for expected in ("Bunga : 18% per tahun, menurun (efektif)", "Ditahan ke Simpanan Wajib -Rp 150.000",
                     "Diterima tunai Rp 7.200.000", "tujuh juta dua ratus ribu rupiah"):
        assert expected in text, expected
    en = pdf_text(render_disbursement_slip_pdf(slip, tmp_path / "en.pdf", lang="en"))
    for expected in ("LOAN DISBURSEMENT SLIP", "Withheld to", "-Rp 150.000", "Paid in cash Rp 7.200.000",
                     "Interest : 18% per year, declining balance"):
        assert expected in en, expected


def test_slip_refused_before_disbursement_and_stamped_after_reversal(loan_books: LoanBooks, tmp_path: Path,
                                                                     pdf_text: Callable[[Path], str]) -> None:
    number = lend(loan_books.ctx, loan_books.member, 2_000_000, 4, date(2025, 6, 2), disburse=False)
    with pytest.raises(ValidationError) as exc:
        _slip(loan_books, number)
    assert exc.value.field == "loan" and "not been disbursed" in exc.value.message
    voucher = loans.disburse(loan_books.ctx, number, date(2025, 6, 3)).voucher
    reversal = corrections.reverse(loan_books.ctx, voucher, "Anggota membatalkan", date(2025, 6, 4))
    slip = _slip(loan_books, number)
    assert slip.reversed_by == reversal.voucher
    path = render_disbursement_slip_pdf(slip, tmp_path / "batal.pdf")
    assert f"DIBATALKAN dengan {reversal.voucher} tanggal 4 Juni 2025" in pdf_text(path)
    assert len(PdfReader(path).pages) == 1

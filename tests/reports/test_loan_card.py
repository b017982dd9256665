"""Kartu angsuran: the stored schedule with payments and states, or a SIMULASI before disbursement.

Figures are worked out by hand from DOMAIN.md §4 for the default product UMUM (flat 1,5% a
month, provisi 1%, administrasi Rp 25.000, rounding unit Rp 100, denda 0,1% a day of the
overdue installment after 3 days' grace).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.reports.loan_card import LoanCard, loan_card, percent_text, rate_in_words, render_loan_card_pdf
from coopdesk.services import corrections, loan_products, loan_repayments, loans
from coopdesk.services.loan_products import LoanProductInput
from tests.reports.conftest import lend

if TYPE_CHECKING:
    from tests.reports.conftest import LoanBooks

PRINTED = datetime(2025, 8, 1, 10, 0)
MM = 72 / 25.4
DUE = [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30), date(2025, 5, 31), date(2025, 6, 30),
       date(2025, 7, 31), date(2025, 8, 31), date(2025, 9, 30), date(2025, 10, 31), date(2025, 11, 30),
       date(2025, 12, 31), date(2026, 1, 31)]


def _card(books: LoanBooks, as_of: date, number: str | None = None) -> LoanCard:
    with books.ctx.reading() as session:
        return loan_card(session, number or books.loan, as_of, printed_at=PRINTED)


def test_rate_and_method_in_words() -> None:
    assert rate_in_words(Decimal("1.5"), "month", "flat") == "1,5% per bulan, flat"
    assert rate_in_words(Decimal("18.00"), "year", "anuitas") == "18% per tahun, anuitas"
    assert rate_in_words(Decimal("1.25"), "month", "menurun", "en") == "1.25% per month, declining balance"
    assert percent_text(Decimal("0")) == "0" and percent_text(Decimal("0.50")) == "0,5"


def test_card_reads_the_stored_schedule_and_payments(loan_books: LoanBooks) -> None:
    card = _card(loan_books, date(2025, 8, 1))
    assert not card.simulation and card.status == "disbursed"
    assert (card.principal, card.term, card.provisi, card.admin_fee, card.withheld) == (12_000_000, 12, 120_000,
                                                                                       25_000, 0)
    assert card.cash_paid == 11_855_000
    assert [r.due_date for r in card.rows] == DUE
    assert all((r.principal, r.interest, r.total) == (1_000_000, 180_000, 1_180_000) for r in card.rows)
    assert [r.outstanding for r in card.rows] == [12_000_000 - 1_000_000 * n for n in range(1, 13)]
    assert (card.total_principal, card.total_interest, card.total) == (12_000_000, 2_160_000, 14_160_000)
    # 10 May: 2.500.000 paid denda 43.660 (no. 2: 37 days × 1.180) + 8.260 (no. 3: 7 days), interest and
    # principal of no. 2 and 3, and 88.080 of no. 4's interest in advance.
    states = [(r.status, r.paid, r.paid_on) for r in card.rows]
    assert states[:7] == [
        ("lunas", 1_180_000, date(2025, 2, 28)), ("lunas", 1_180_000, date(2025, 5, 10)),
        ("lunas", 1_180_000, date(2025, 5, 10)), ("terlambat", 88_080, date(2025, 5, 10)),
        ("terlambat", 0, None), ("terlambat", 0, None), ("belum", 0, None),
    ]
    assert card.total_paid == 3 * 1_180_000 + 88_080 and card.denda_paid == 51_920
    pos = card.position
    assert pos is not None
    assert (pos.outstanding, pos.installments_late, pos.arrears) == (9_000_000, 3, 1_091_920 + 2 * 1_180_000)
    # Denda running: no. 4, 1.091.920 unpaid, 4 June–1 August = 59 days × 0,1% = 64.423;
    # no. 5, 4 July–1 August = 29 days × 1.180 = 34.220; no. 6 is still in its grace days.
    assert pos.denda_due == 64_423 + 34_220
    assert (pos.dpd, pos.collectibility) == (62, "Lancar")  # since 31 May
    with loan_books.ctx.reading() as session:
        service = loans.position(session, loans.by_number(session, loan_books.loan), date(2025, 8, 1))
    assert (service.outstanding, service.due.denda, service.dpd) == (pos.outstanding, pos.denda_due, pos.dpd)


def test_states_follow_the_date(loan_books: LoanBooks) -> None:
    before = _card(loan_books, date(2025, 3, 31))
    assert [r.status for r in before.rows[:3]] == ["lunas", "jatuh_tempo", "belum"]
    assert before.rows[1].paid == 0 and before.denda_paid == 0  # the May payment is not known yet
    assert before.position is not None and before.position.dpd == 0
    partly = _card(loan_books, date(2025, 5, 20))
    assert partly.rows[3].status == "sebagian" and partly.rows[3].paid == 88_080


def test_card_pdf(loan_books: LoanBooks, tmp_path: Path, pdf_text: Callable[[Path], str],
                  pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    path = render_loan_card_pdf(_card(loan_books, date(2025, 8, 1)), tmp_path / "kartu.pdf")
    text = pdf_text(path)
    for expected in ("KSP Sejahtera", "KARTU ANGSURAN PINJAMAN", "No. Pinjaman: PJ-2025-00001", "Budi Santoso",
                     "0812 3456 7890", "Pinjaman Umum", "Pokok pinjaman : Rp 12.000.000", "Jangka waktu : 12 bulan",
                     "Bunga : 1,5% per bulan, flat", "Tanggal pencairan : 31 Januari 2025",
                     f"Bukti pencairan : {loan_books.disbursement}", "Provisi : Rp 120.000",
                     "Administrasi : Rp 25.000", "Diterima tunai : Rp 11.855.000", "BPKB sepeda motor (Rp 8.000.000)",
                     "1 28 Februari 2025 1.000.000 180.000 1.180.000 11.000.000 28 Februari 2025 1.180.000 lunas",
                     "4 31 Mei 2025 1.000.000 180.000 1.180.000 8.000.000 10 Mei 2025 88.080 terlambat",
                     "7 31 Agustus 2025 1.000.000 180.000 1.180.000 5.000.000 belum jatuh tempo",
                     "12 31 Januari 2026 1.000.000 180.000 1.180.000 0 belum jatuh tempo",
                     "Jumlah 12.000.000 2.160.000 14.160.000 3.628.080",
                     "Posisi pinjaman per 1 Agustus 2025", "Sisa pokok : Rp 9.000.000",
                     "Tunggakan : 3 angsuran, Rp 3.451.920", "Denda berjalan : Rp 98.643", "Hari terlambat : 62 hari",
                     "Kolektibilitas : Lancar", "Denda sudah dibayar : Rp 51.920",
                     "Peminjam", "Petugas", "Pengurus", "( Budi Santoso )", "( admin )", "( Siti Rahayu )"):
        assert expected in text, expected
    assert "SIMULASI" not in text
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width) / MM) == 210 and round(float(box.height) / MM) == 297
    assert all(embedded for _, embedded in pdf_fonts(path))


def test_card_in_english(loan_books: LoanBooks, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    text = pdf_text(render_loan_card_pdf(_card(loan_books, date(2025, 8, 1)), tmp_path / "en.pdf", lang="en"))
    for expected in ("LOAN INSTALLMENT CARD", "Interest : 1.5% per month, flat", "Term : 12 months",
                     "Disbursed on : 31 January 2025", "Cash paid out : Rp 11.855.000", "28 February 2025",
                     "not yet due", "late", "paid", "Loan position on 1 August 2025", "Days past due : 62 days"):
        assert expected in text, expected
    assert "KARTU" not in text


def test_application_prints_a_simulation(loan_books: LoanBooks, tmp_path: Path,
                                         pdf_text: Callable[[Path], str]) -> None:
    """Not disbursed: the schedule function from the application date, fees as they will be."""
    number = lend(loan_books.ctx, loan_books.member, 5_000_000, 10, date(2025, 8, 15), disburse=False)
    card = _card(loan_books, date(2025, 8, 20), number)
    assert card.simulation and card.status == "approved" and card.position is None
    assert [r.due_date for r in card.rows][:3] == [date(2025, 9, 15), date(2025, 10, 15), date(2025, 11, 15)]
    assert card.rows[-1].due_date == date(2026, 6, 15)
    assert all((r.principal, r.interest) == (500_000, 75_000) for r in card.rows)
    assert (card.provisi, card.admin_fee, card.cash_paid) == (50_000, 25_000, 4_925_000)
    with loan_books.ctx.reading() as session:
        plan = loans.loan_schedule(loans.by_number(session, number), date(2025, 8, 15))
    assert [(r.no, r.due_date, r.principal, r.interest, r.outstanding) for r in card.rows] == [
        (i.no, i.due_date, i.principal, i.interest, i.outstanding) for i in plan.installments]
    path = render_loan_card_pdf(card, tmp_path / "simulasi.pdf")
    text = pdf_text(path)
    for expected in ("SIMULASI JADWAL ANGSURAN PINJAMAN", "Permohonan tanggal 15 Agustus 2025",
                     "Tanggal pencairan : belum dicairkan", "Diterima tunai : Rp 4.925.000",
                     "1 15 September 2025 500.000 75.000 575.000 4.500.000",
                     "10 15 Juni 2026 500.000 75.000 575.000 0", "Jumlah 5.000.000 750.000 5.750.000",
                     "Pemohon"):
        assert expected in text, expected
    assert "Tanggal Bayar" not in text and "Status" not in text
    # The watermark is drawn across the page as well, not only in the title and the note.
    assert PdfReader(path).pages[0].extract_text().count("SIMULASI") == 3


def test_disbursed_card_matches_what_disbursement_stored(loan_books: LoanBooks) -> None:
    """The kartu of a disbursed loan is the schedule() of the disbursement day, to the Rupiah."""
    with loan_books.ctx.reading() as session:
        plan = loans.loan_schedule(loans.by_number(session, loan_books.loan))
    card = _card(loan_books, date(2025, 8, 1))
    assert [(r.no, r.due_date, r.principal, r.interest, r.outstanding) for r in card.rows] == [
        (i.no, i.due_date, i.principal, i.interest, i.outstanding) for i in plan.installments]


def test_reversed_payment_no_longer_counts(loan_books: LoanBooks) -> None:
    corrections.reverse(loan_books.ctx, loan_books.late, "salah input", date(2025, 5, 11))
    card = _card(loan_books, date(2025, 8, 1))
    assert [r.status for r in card.rows[:4]] == ["lunas", "terlambat", "terlambat", "terlambat"]
    assert card.rows[1].paid == 0 and card.rows[1].paid_on is None
    assert card.total_paid == 1_180_000 and card.denda_paid == 0
    assert card.position is not None and card.position.dpd == 123  # since 31 March


def test_paid_off_and_written_off_loans(loan_books: LoanBooks, tmp_path: Path,
                                        pdf_text: Callable[[Path], str]) -> None:
    loan_repayments.settle(loan_books.ctx, loan_books.loan, date(2025, 8, 20))
    card = _card(loan_books, date(2025, 8, 31))
    assert card.status == "paid_off" and card.closed_on == date(2025, 8, 20)
    assert all(r.status == "lunas" for r in card.rows)
    # Early payoff, current-period rule: no. 7 (due 31 August) is the running period; the
    # interest of no. 8-12 is not charged: 5 × 180.000.
    assert card.waived_interest == 900_000
    assert card.rows[7].paid == 1_000_000  # principal only
    text = pdf_text(render_loan_card_pdf(card, tmp_path / "lunas.pdf"))
    assert "LUNAS pada 20 Agustus 2025" in text
    assert "sisa bunga Rp 900.000 tidak ditagih" in text

    other = lend(loan_books.ctx, loan_books.member, 3_000_000, 6, date(2025, 2, 1))
    loan_repayments.write_off(loan_books.ctx, other, date(2025, 12, 1), "anggota pindah tanpa kabar")
    card = _card(loan_books, date(2025, 12, 31), other)
    assert [r.status for r in card.rows] == ["hapus_buku"] * 6
    assert card.written_off == 3_000_000 and card.total_paid == 0
    text = pdf_text(render_loan_card_pdf(card, tmp_path / "hapus.pdf"))
    for expected in ("DIHAPUSBUKUKAN pada 1 Desember 2025", "Pokok dihapusbukukan : Rp 3.000.000", "hapus buku"):
        assert expected in text, expected


def test_long_loan_repeats_the_header_on_each_page(loan_books: LoanBooks, tmp_path: Path) -> None:
    loan_products.add(loan_books.ctx, LoanProductInput(code="KPR", name="Pinjaman Renovasi Rumah", method="anuitas",
                                                       rate=Decimal("12"), rate_per="year", term_max=120,
                                                       rounding=1000))
    number = lend(loan_books.ctx, loan_books.member, 60_000_000, 60, date(2025, 3, 15), product="KPR")
    path = render_loan_card_pdf(_card(loan_books, date(2025, 8, 1), number), tmp_path / "panjang.pdf")
    pages = len(PdfReader(path).pages)
    assert pages == 2
    texts = [subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
                            capture_output=True, text=True, check=True).stdout for page in (1, 2)]
    assert "60 15 Maret 2030" in " ".join(texts[1].split())  # the table runs over to page 2 ...
    assert all("Jatuh Tempo" in t for t in texts)  # ... under its header again
    assert "Halaman 1" in texts[0] and "Halaman 2" in texts[1]
    assert "Bunga : 12% per tahun, anuitas" in " ".join(texts[0].split())


def test_rejected_or_unknown_loan_refused(loan_books: LoanBooks) -> None:
    number = loans.apply(loan_books.ctx, loans.Application(loan_books.member, "UMUM", 1_000_000, 5,
                                                           date(2025, 6, 1)))
    loans.reject(loan_books.ctx, number, "penghasilan tidak cukup")
    with pytest.raises(ValidationError) as exc:
        _card(loan_books, date(2025, 6, 2), number)
    assert exc.value.field == "loan" and "rejected" in exc.value.message
    with pytest.raises(NotFoundError):
        _card(loan_books, date(2025, 6, 2), "PJ-2025-09999")

"""The settlement statement of a member who left, read back from the exit posting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.reports.exit_statement import exit_statement, render_exit_statement_pdf
from coopdesk.reports.receipt import receipt_for_voucher, render_receipt_pdf
from coopdesk.services import corrections, member_exit, members, savings, users
from coopdesk.services.ledger import entry_by_voucher
from coopdesk.services.members import MemberInput
from tests.reports.conftest import KETUA, lend

if TYPE_CHECKING:
    from coopdesk.reports.exit_statement import ExitStatement
    from tests.reports.conftest import Ledger

PRINTED = datetime(2025, 2, 3, 8, 0)
MM = 72 / 25.4


def _statement(ledger: Ledger, number: str) -> ExitStatement:
    with ledger.ctx.reading() as session:
        return exit_statement(session, number, printed_at=PRINTED)


def test_statement_matches_the_exit_posting(ledger: Ledger) -> None:
    settlement = member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 2, 1), "keluar")
    s = _statement(ledger, ledger.member)
    assert (s.member_number, s.member_name, s.nik) == (ledger.member, "Budi Santoso", "3375011203750001")
    assert (s.exit_date, s.reason, s.joined) == (date(2025, 2, 1), "keluar", date(2025, 1, 2))
    assert s.voucher == settlement.voucher
    assert list(s.paid_back) == settlement.paid_back == [("Simpanan Pokok", 100_000),
                                                         ("Simpanan Sukarela", 1_450_000)]
    assert s.total == 1_550_000 and isinstance(s.total, int)
    assert s.total_words == "satu juta lima ratus lima puluh ribu rupiah"
    assert s.posted_by == "admin" and s.coop.name == "KSP Sejahtera"


def test_statement_pdf(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str],
                       pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    settlement = member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 2, 1), "keluar")
    path = render_exit_statement_pdf(_statement(ledger, ledger.member), tmp_path / "keluar.pdf")
    text = pdf_text(path)
    for expected in ("KSP Sejahtera", "PERHITUNGAN PENGEMBALIAN SIMPANAN ANGGOTA KELUAR", str(settlement.voucher),
                     ledger.member, "Budi Santoso", "3375011203750001", "Jl. Pemuda 12, Semarang",
                     "Tanggal masuk : 2 Januari 2025", "Tanggal keluar : 1 Februari 2025",
                     "Keluar atas permintaan sendiri", "Simpanan Pokok Rp 100.000", "Simpanan Sukarela Rp 1.450.000",
                     "Jumlah yang dibayarkan kepada anggota Rp 1.550.000",
                     "Terbilang: satu juta lima ratus lima puluh ribu rupiah",
                     "Anggota / Ahli Waris", "Bendahara", "Ketua", "( Budi Santoso )", "Halaman 1"):
        assert expected in text, expected
    # A member without loans: the statement does not talk about loans at all.
    assert "pinjaman" not in text.lower()
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width) / MM) == 210 and round(float(box.height) / MM) == 297
    assert all(embedded for _, embedded in pdf_fonts(path))


def test_statement_in_english(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 2, 1), "meninggal")
    text = pdf_text(render_exit_statement_pdf(_statement(ledger, ledger.member), tmp_path / "en.pdf", lang="en"))
    for expected in ("SAVINGS SETTLEMENT OF A DEPARTING MEMBER", "Exit date : 1 February 2025", "Deceased",
                     "Total paid to the member Rp 1.550.000", "Treasurer", "Chair", "Page 1"):
        assert expected in text, expected
    # After a death the heir signs: the member's name is not printed under the line.
    assert "( Budi Santoso )" not in text


def test_active_or_unknown_member_refused(ledger: Ledger) -> None:
    with pytest.raises(ValidationError) as exc:
        _statement(ledger, ledger.member)
    assert exc.value.field == "member" and not isinstance(exc.value, NotFoundError)
    with pytest.raises(NotFoundError):
        _statement(ledger, "99999")


def test_member_with_nothing_to_pay_back(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    number = members.register(ledger.ctx, MemberInput("Ani Lestari", "3375015505800002", "P", date(2025, 1, 2)))
    member_exit.exit_member(ledger.ctx, number, date(2025, 1, 20), "diberhentikan")
    s = _statement(ledger, number)
    assert (s.voucher, s.paid_back, s.total) == (None, (), 0)
    text = pdf_text(render_exit_statement_pdf(s, tmp_path / "nol.pdf"))
    assert "Tidak ada saldo simpanan yang dikembalikan." in text
    assert "Terbilang: nol rupiah" in text and "Diberhentikan" in text


def test_reversed_exit_is_replaced_by_the_new_one(ledger: Ledger) -> None:
    first = member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 2, 1), "keluar")
    assert first.voucher is not None
    corrections.reverse(ledger.ctx, first.voucher, "keluar dibatalkan", date(2025, 2, 2))
    with pytest.raises(ValidationError):  # active again: no settlement to show
        _statement(ledger, ledger.member)
    second = member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 3, 1), "keluar")
    s = _statement(ledger, ledger.member)
    assert s.voucher == second.voucher != first.voucher
    assert s.exit_date == date(2025, 3, 1) and s.total == 1_550_000


def _member_with_loans(ledger: Ledger) -> tuple[str, str, str]:
    """Sri: pokok 100.000, wajib 50.000, sukarela 8.000.000 (8.150.000) and two UMUM loans:
    3.000.000 / 6 from 10 February (500.000 + 45.000 a month) and 2.000.000 / 10 from 1 March
    (200.000 + 30.000), nothing repaid yet."""
    users.add(ledger.ctx, KETUA, "ketua")
    number = members.register(ledger.ctx, MemberInput("Sri Wahyuni", "3375015505800002", "P", date(2025, 1, 2)))
    savings.deposit(ledger.ctx, number, "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ledger.ctx, number, "wajib", 50_000, date(2025, 1, 2))
    savings.deposit(ledger.ctx, number, "sukarela", 8_000_000, date(2025, 1, 2))
    first = lend(ledger.ctx, number, 3_000_000, 6, date(2025, 2, 10))
    second = lend(ledger.ctx, number, 2_000_000, 10, date(2025, 3, 1))
    return number, first, second


def test_loans_netted_at_exit(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    """Exit on 5 March, before either first due date: each loan is paid off under the default
    current-period rule: its principal and the running month's interest (45.000 and 30.000);
    the rest of the interest is not charged (5 × 45.000 + 9 × 30.000 = 495.000)."""
    number, first, second = _member_with_loans(ledger)
    settlement = member_exit.exit_member(ledger.ctx, number, date(2025, 3, 5), "keluar")
    s = _statement(ledger, number)
    assert s.total == 8_150_000
    assert [(n.number, n.principal, n.interest, n.denda, n.amount) for n in s.loans_settled] == [
        (first, 3_000_000, 45_000, 0, 3_045_000), (second, 2_000_000, 30_000, 0, 2_030_000)]
    assert sum(n.waived_interest for n in s.loans_settled) == 495_000
    assert s.loans_total == 5_075_000 == settlement.loans_total
    assert s.cash_paid == 3_075_000 == settlement.cash_paid
    assert s.total_words == "tiga juta tujuh puluh lima ribu rupiah"
    with ledger.ctx.reading() as session:
        entry = entry_by_voucher(session, str(s.voucher))
        cash = sum(line.credit for line in entry.lines if line.account.code == "1110")
    assert cash == s.cash_paid  # what the entry paid out of Kas
    path = render_exit_statement_pdf(s, tmp_path / "keluar.pdf")
    text = pdf_text(path)
    for expected in ("setelah dikurangi pelunasan pinjamannya", "Simpanan Sukarela Rp 8.000.000",
                     "Jumlah simpanan Rp 8.150.000", "Dikurangi pelunasan pinjaman",
                     f"1 {first} Rp 3.000.000 Rp 45.000 Rp 0 Rp 3.045.000",
                     f"2 {second} Rp 2.000.000 Rp 30.000 Rp 0 Rp 2.030.000",
                     "Jumlah pelunasan pinjaman Rp 5.075.000", "Sisa bunga Rp 495.000 tidak ditagih",
                     "Dikurangi pelunasan pinjaman -Rp 5.075.000",
                     "Jumlah yang dibayarkan kepada anggota Rp 3.075.000",
                     "Terbilang: tiga juta tujuh puluh lima ribu rupiah"):
        assert expected in text, expected
    assert len(PdfReader(path).pages) == 1
    en = pdf_text(render_exit_statement_pdf(s, tmp_path / "en.pdf", lang="en"))
    for expected in ("Less loans settled", "Total loans settled Rp 5.075.000", "Total paid to the member Rp 3.075.000"):
        assert expected in en, expected

    with ledger.ctx.reading() as session:
        receipt = receipt_for_voucher(session, str(s.voucher), printed_at=PRINTED)
    assert receipt.amount == 3_075_000 and receipt.amount_words == "tiga juta tujuh puluh lima ribu rupiah"
    assert [(n.number, n.amount) for n in receipt.loans_netted] == [(first, 3_045_000), (second, 2_030_000)]
    text = pdf_text(render_receipt_pdf(receipt, tmp_path / "kembali.pdf"))
    for expected in ("BUKTI PENGEMBALIAN SIMPANAN", f"Dipotong pelunasan pinjaman {first} -Rp 3.045.000",
                     "Dibayarkan tunai Rp 3.075.000", "setelah dikurangi pelunasan pinjaman"):
        assert expected in text, expected

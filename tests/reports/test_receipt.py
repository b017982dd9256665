"""Receipts (bukti setoran / penarikan / pengembalian) read from the books and printed to PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.reports.receipt import Receipt, receipt_for_voucher, render_receipt_pdf
from coopdesk.services import corrections, member_exit, members, savings
from coopdesk.services import ledger as ledger_service
from coopdesk.services.members import MemberInput

if TYPE_CHECKING:
    from tests.reports.conftest import Ledger

PRINTED = datetime(2025, 1, 10, 14, 30)
MM = 72 / 25.4


def _receipt(ledger: Ledger, voucher: str) -> Receipt:
    with ledger.ctx.reading() as session:
        return receipt_for_voucher(session, voucher, printed_at=PRINTED)


def test_deposit_receipt_reads_the_posting(ledger: Ledger) -> None:
    r = _receipt(ledger, ledger.deposit)
    assert r.kind == "setoran"
    assert r.voucher == ledger.deposit and r.date == date(2025, 1, 2)
    assert (r.member_number, r.member_name) == (ledger.member, "Budi Santoso")
    assert r.product_name == "Simpanan Sukarela"
    assert r.amount == 1_250_000 and isinstance(r.amount, int)
    assert r.amount_words == "satu juta dua ratus lima puluh ribu rupiah"
    assert r.balance_after == 1_250_000  # later deposits and the withdrawal do not count
    assert r.posted_by == "admin"
    assert r.coop_name == "KSP Sejahtera"
    assert r.printed_at == PRINTED
    assert r.reversed_by is None


def test_balance_after_is_the_running_balance_of_that_product(ledger: Ledger) -> None:
    assert _receipt(ledger, ledger.pokok).balance_after == 100_000
    assert _receipt(ledger, ledger.second_deposit).balance_after == 1_750_000
    out = _receipt(ledger, ledger.withdrawal)
    assert out.kind == "penarikan"
    assert (out.amount, out.balance_after) == (300_000, 1_450_000)
    assert out.amount_words == "tiga ratus ribu rupiah"


def test_voucher_lookup_ignores_case_and_spaces(ledger: Ledger) -> None:
    assert _receipt(ledger, f"  {ledger.deposit.lower()} ").voucher == ledger.deposit


def test_deposit_receipt_pdf(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str],
                             pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    path = render_receipt_pdf(_receipt(ledger, ledger.deposit), tmp_path / "setoran.pdf")
    assert path == tmp_path / "setoran.pdf"
    text = pdf_text(path)
    for expected in ("KSP Sejahtera", "BUKTI SETORAN", ledger.deposit, "2 Januari 2025", ledger.member,
                     "Budi Santoso", "Simpanan Sukarela", "Rp 1.250.000",
                     "Terbilang : satu juta dua ratus lima puluh ribu rupiah",
                     "Saldo setelah transaksi : Rp 1.250.000", "Penyetor", "Petugas / Kasir", "( admin )",
                     "Dicetak 10 Januari 2025 14.30"):
        assert expected in text, expected
    assert "DIBATALKAN" not in text
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox  # A5 landscape: half an A4 sheet
    assert round(float(box.width) / MM) == 210 and round(float(box.height) / MM) == 148
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _ in fonts), fonts


def test_withdrawal_receipt_pdf(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    text = pdf_text(render_receipt_pdf(_receipt(ledger, ledger.withdrawal), tmp_path / "tarik.pdf"))
    for expected in ("BUKTI PENARIKAN", ledger.withdrawal, "10 Januari 2025", "Rp 300.000",
                     "tiga ratus ribu rupiah", "Rp 1.450.000", "Penerima", "( Budi Santoso )"):
        assert expected in text, expected


def test_english_receipt(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    text = pdf_text(render_receipt_pdf(_receipt(ledger, ledger.deposit), tmp_path / "en.pdf", lang="en"))
    for expected in ("DEPOSIT RECEIPT", "Voucher no.", "2 January 2025", "Member name", "Rp 1.250.000",
                     "In words : satu juta dua ratus lima puluh ribu rupiah", "Balance after : Rp 1.250.000",
                     "Teller"):
        assert expected in text, expected
    assert "BUKTI" not in text


def test_unknown_language_and_missing_folder_refused(ledger: Ledger, tmp_path: Path) -> None:
    receipt = _receipt(ledger, ledger.deposit)
    with pytest.raises(ValidationError) as exc:
        render_receipt_pdf(receipt, tmp_path / "x.pdf", lang="fr")
    assert exc.value.field == "lang"
    with pytest.raises(ValidationError) as exc:
        render_receipt_pdf(receipt, tmp_path / "missing" / "x.pdf")
    assert exc.value.field == "pdf"


def test_unknown_voucher_refused(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError) as exc:
        _receipt(ledger, "BKM-2025-000999")
    assert exc.value.field == "voucher"


def test_voucher_that_is_not_a_member_savings_movement_refused(ledger: Ledger) -> None:
    manual = ledger_service.post_manual(ledger.ctx, date(2025, 1, 3), "ATK",
                                        [LineSpec("5220", debit=150_000), LineSpec("1110", credit=150_000)])
    reversal = corrections.reverse(ledger.ctx, ledger.second_deposit, "salah input", date(2025, 1, 11))
    for voucher in (manual.voucher, reversal.voucher):
        with pytest.raises(ValidationError) as exc:
            _receipt(ledger, voucher)
        assert exc.value.field == "voucher"
        assert not isinstance(exc.value, NotFoundError)


def test_reversed_entry_carries_the_note(ledger: Ledger, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    reversal = corrections.reverse(ledger.ctx, ledger.second_deposit, "Salah input nominal", date(2025, 1, 11))
    r = _receipt(ledger, ledger.second_deposit)
    assert (r.reversed_by, r.reversed_on, r.reversal_reason) == (reversal.voucher, date(2025, 1, 11),
                                                                 "Salah input nominal")
    # The receipt still shows the movement as it was booked, with the cancellation on top.
    assert (r.amount, r.balance_after) == (500_000, 1_750_000)
    text = pdf_text(render_receipt_pdf(r, tmp_path / "batal.pdf"))
    assert f"DIBATALKAN dengan {reversal.voucher} tanggal 11 Januari 2025" in text
    assert "Alasan: Salah input nominal" in text
    en = pdf_text(render_receipt_pdf(r, tmp_path / "batal-en.pdf", lang="en"))
    assert f"CANCELLED by {reversal.voucher} on 11 January 2025" in en


def test_exit_payment_receipt_lists_each_product(ledger: Ledger, tmp_path: Path,
                                                  pdf_text: Callable[[Path], str]) -> None:
    settlement = member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 2, 1), "keluar")
    assert settlement.voucher is not None
    r = _receipt(ledger, settlement.voucher)
    assert r.kind == "pengembalian"
    assert [(i.product_name, i.amount, i.balance_after) for i in r.items] == [
        ("Simpanan Pokok", 100_000, 0), ("Simpanan Sukarela", 1_450_000, 0)]
    assert (r.amount, r.balance_after) == (1_550_000, 0)
    assert r.amount_words == "satu juta lima ratus lima puluh ribu rupiah"
    path = render_receipt_pdf(r, tmp_path / "kembali.pdf")
    text = pdf_text(path)
    for expected in ("BUKTI PENGEMBALIAN SIMPANAN", settlement.voucher, "1 Februari 2025", "Simpanan Pokok",
                     "Rp 100.000", "Simpanan Sukarela", "Rp 1.450.000", "Rp 1.550.000",
                     "satu juta lima ratus lima puluh ribu rupiah", "Ahli Waris"):
        assert expected in text, expected
    assert len(PdfReader(path).pages) == 1


def test_cancelled_exit_receipt_still_fits_one_page(ledger: Ledger, tmp_path: Path) -> None:
    """The longest receipt: several products and the cancellation stamp, with a long reason."""
    settlement = member_exit.exit_member(ledger.ctx, ledger.member, date(2025, 2, 1), "keluar")
    assert settlement.voucher is not None
    corrections.reverse(ledger.ctx, settlement.voucher, "Anggota membatalkan pengunduran diri " * 4,
                        date(2025, 2, 2))
    path = render_receipt_pdf(_receipt(ledger, settlement.voucher), tmp_path / "long.pdf")
    assert len(PdfReader(path).pages) == 1


def test_names_with_markup_characters_print_as_typed(ledger: Ledger, tmp_path: Path,
                                                     pdf_text: Callable[[Path], str]) -> None:
    """Paragraphs read markup: a name with & or < must be printed, not parsed (or crash)."""
    number = members.register(ledger.ctx, MemberInput("Sri & <Wahyuni>", "3375015505800002", "P", date(2025, 1, 2)))
    voucher = savings.deposit(ledger.ctx, number, "wajib", 50_000, date(2025, 1, 3)).voucher
    text = pdf_text(render_receipt_pdf(_receipt(ledger, voucher), tmp_path / "amp.pdf"))
    assert "Sri & <Wahyuni>" in text
    assert "Rp 50.000" in text and "lima puluh ribu rupiah" in text

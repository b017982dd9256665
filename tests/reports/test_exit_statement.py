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
from coopdesk.services import corrections, member_exit, members
from coopdesk.services.members import MemberInput

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
    # Loans are not in the books yet: the statement must not claim anything about them.
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

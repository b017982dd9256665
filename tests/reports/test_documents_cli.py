"""``coopdesk receipt`` and ``coopdesk document ...`` (exit statement, loan card, disbursement slip,
arrears, portfolio), run as a clerk's script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl

if TYPE_CHECKING:
    from tests.reports.conftest import Ledger, LoanBooks


def _run(db: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "coopdesk", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=cwd)


def test_receipt_command_writes_the_pdf_and_prints_its_path(books: tuple[Path, Ledger], tmp_path: Path,
                                                            pdf_text: Callable[[Path], str]) -> None:
    db, ledger = books
    target = tmp_path / "out" / "setoran.pdf"
    target.parent.mkdir()
    done = _run(db, "receipt", ledger.deposit, "--pdf", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    text = pdf_text(target)
    for expected in ("BUKTI SETORAN", ledger.deposit, "Budi Santoso", "Rp 1.250.000",
                     "satu juta dua ratus lima puluh ribu rupiah"):
        assert expected in text, expected

    english = tmp_path / "en.pdf"
    done = _run(db, "receipt", ledger.withdrawal, "--pdf", str(english), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "WITHDRAWAL RECEIPT" in pdf_text(english)


def test_receipt_command_refuses_bad_input_in_one_line(books: tuple[Path, Ledger], tmp_path: Path) -> None:
    db, ledger = books
    target = tmp_path / "x.pdf"
    for args, field in (
        (["receipt", "BKM-2025-000999", "--pdf", str(target)], "voucher"),
        (["receipt", ledger.deposit, "--pdf", str(tmp_path / "missing" / "x.pdf")], "pdf"),
        (["receipt", ledger.deposit, "--pdf", str(tmp_path)], "pdf"),
        (["document", "exit-statement", ledger.member, "--pdf", str(target)], "member"),
    ):
        done = _run(db, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {field}:"), (args, done.stderr)
    done = _run(db, "receipt", ledger.deposit)  # --pdf is required
    assert done.returncode == 2 and "--pdf" in done.stderr
    assert not target.exists()


def test_exit_statement_command(books: tuple[Path, Ledger], tmp_path: Path,
                                pdf_text: Callable[[Path], str]) -> None:
    db, ledger = books
    done = _run(db, "member", "exit", ledger.member, "--date", "2025-02-01", "--reason", "keluar")
    assert done.returncode == 0, done.stderr
    voucher = done.stdout.strip()
    done = _run(db, "document", "exit-statement", ledger.member, "--pdf", "keluar.pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "keluar.pdf"
    text = pdf_text(tmp_path / "keluar.pdf")
    for expected in ("PERHITUNGAN PENGEMBALIAN SIMPANAN ANGGOTA KELUAR", voucher, "Budi Santoso", "Rp 1.550.000",
                     "satu juta lima ratus lima puluh ribu rupiah"):
        assert expected in text, expected
    done = _run(db, "receipt", voucher, "--pdf", str(tmp_path / "kembali.pdf"))
    assert done.returncode == 0, done.stderr
    assert "BUKTI PENGEMBALIAN SIMPANAN" in pdf_text(tmp_path / "kembali.pdf")


def test_loan_documents_commands(loan_file: tuple[Path, LoanBooks], tmp_path: Path,
                                 pdf_text: Callable[[Path], str]) -> None:
    db, books = loan_file
    card = tmp_path / "kartu.pdf"
    done = _run(db, "document", "loan-card", books.loan.lower(), "--pdf", str(card), "--date", "2025-08-01")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(card)
    text = pdf_text(card)
    for expected in ("KARTU ANGSURAN PINJAMAN", books.loan, "Bunga : 1,5% per bulan, flat",
                     "Diterima tunai : Rp 11.855.000", "Posisi pinjaman per 1 Agustus 2025",
                     "Hari terlambat : 62 hari"):
        assert expected in text, expected

    slip = tmp_path / "cair.pdf"
    done = _run(db, "document", "disbursement", books.loan, "--pdf", str(slip), "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = pdf_text(slip)
    for expected in ("LOAN DISBURSEMENT SLIP", books.disbursement, "Paid in cash Rp 11.855.000"):
        assert expected in text, expected

    receipt = tmp_path / "angsuran.pdf"
    done = _run(db, "receipt", books.late, "--pdf", str(receipt))
    assert done.returncode == 0, done.stderr
    text = pdf_text(receipt)
    for expected in ("KUITANSI ANGSURAN PINJAMAN", "Denda Rp 51.920", "Jumlah dibayar Rp 2.500.000",
                     "Sisa pokok pinjaman : Rp 9.000.000"):
        assert expected in text, expected


def test_arrears_and_portfolio_commands(loan_file: tuple[Path, LoanBooks], tmp_path: Path,
                                        pdf_text: Callable[[Path], str]) -> None:
    """On 1 August Budi's loan is 62 days late: no. 4 (1.091.920 left), 5 and 6 (1.180.000
    each) overdue, denda 64.423 + 34.220."""
    db, books = loan_file
    xlsx = tmp_path / "tunggakan.xlsx"
    done = _run(db, "document", "arrears", "--date", "2025-08-01", "--xlsx", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(xlsx)
    ws = openpyxl.load_workbook(xlsx).active
    assert [ws.cell(row=6, column=c).value for c in (3, 5, 6, 8, 10, 11, 12, 13)] == [
        "Budi Santoso", books.loan, 3, 62, 3_451_920, 98_643, 3_550_563, 9_000_000]
    pdf = tmp_path / "tunggakan.pdf"
    done = _run(db, "document", "arrears", "--pdf", str(pdf), "--date", "2025-08-01")
    assert done.returncode == 0, done.stderr
    assert "1 dari 1 pinjaman berjalan menunggak; jumlah yang harus ditagih Rp 3.550.563." in pdf_text(pdf)

    report = tmp_path / "portofolio.pdf"
    done = _run(db, "document", "portfolio", "--date", "2025-08-01", "--pdf", str(report))
    assert done.returncode == 0, done.stderr
    text = pdf_text(report)
    assert "Lancar 0–90 hari 1 9.000.000 100,0% 0,5% sisa pokok 45.000" in text and "NPL" in text
    book = tmp_path / "portofolio.xlsx"
    done = _run(db, "document", "portfolio", "--date", "2025-08-01", "--xlsx", str(book), "--lang", "en")
    assert done.returncode == 0, done.stderr
    workbook = openpyxl.load_workbook(book)
    assert workbook.sheetnames == ["Portfolio quality", "Loans"]
    assert workbook["Loans"]["G5"].value == 9_000_000


def test_loan_document_commands_refuse_bad_input_in_one_line(loan_file: tuple[Path, LoanBooks],
                                                              tmp_path: Path) -> None:
    db, books = loan_file
    target = tmp_path / "x.pdf"
    for args, field in (
        (["document", "loan-card", "PJ-2025-09999", "--pdf", str(target)], "loan"),
        (["document", "loan-card", books.loan, "--pdf", str(target), "--date", "31-01-2025"], "date"),
        (["document", "disbursement", "PJ-2025-09999", "--pdf", str(target)], "loan"),
        (["receipt", books.disbursement, "--pdf", str(target)], "voucher"),
        (["document", "arrears", "--xlsx", str(tmp_path / "missing" / "a.xlsx")], "xlsx"),
        (["document", "arrears", "--xlsx", str(tmp_path)], "xlsx"),
        (["document", "portfolio", "--date", "kemarin", "--pdf", str(target)], "date"),
    ):
        done = _run(db, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {field}:"), (args, done.stderr)
    for args in (["document", "arrears"], ["document", "portfolio", "--pdf", "a.pdf", "--xlsx", "a.xlsx"]):
        done = _run(db, *args)  # exactly one of --pdf / --xlsx
        assert done.returncode == 2 and ("--pdf" in done.stderr or "--xlsx" in done.stderr), done.stderr
    assert not target.exists()

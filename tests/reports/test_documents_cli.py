"""``coopdesk receipt`` and ``coopdesk document exit-statement``, run as a clerk's script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.reports.conftest import Ledger


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

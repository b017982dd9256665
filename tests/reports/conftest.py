"""A small ledger to print documents from, and a way to read back what a PDF says."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from coopdesk.services import members, savings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput


@dataclass(frozen=True)
class Ledger:
    ctx: AppContext
    member: str  # Budi Santoso's member number
    pokok: str  # vouchers, in posting order
    deposit: str  # sukarela 1.250.000 on 2 January 2025
    second_deposit: str  # sukarela 500.000 on 5 January
    withdrawal: str  # sukarela 300.000 on 10 January


def build_ledger(ctx: AppContext) -> Ledger:
    number = members.register(ctx, MemberInput("Budi Santoso", "3375011203750001", "L", date(2025, 1, 2),
                                               address="Jl. Pemuda 12, Semarang"))
    pokok = savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2)).voucher
    first = savings.deposit(ctx, number, "sukarela", 1_250_000, date(2025, 1, 2)).voucher
    second = savings.deposit(ctx, number, "sukarela", 500_000, date(2025, 1, 5)).voucher
    out = savings.withdraw(ctx, number, "sukarela", 300_000, date(2025, 1, 10)).voucher
    return Ledger(ctx, number, pokok, first, second, out)


@pytest.fixture
def ledger(ctx: AppContext) -> Ledger:
    """Budi's savings on each database engine: pokok 100.000, sukarela 1.250.000 + 500.000 − 300.000."""
    return build_ledger(ctx)


@pytest.fixture
def books(sqlite_ctx: AppContext, tmp_path: Path) -> tuple[Path, Ledger]:
    """Budi's ledger in a SQLite file for the CLI to open; this process lets go of the file first."""
    ledger = build_ledger(sqlite_ctx)
    sqlite_ctx.db.dispose()
    return tmp_path / "books.db", ledger


def _pdf_text(path: Path) -> str:
    """The PDF's text as poppler extracts it, whitespace collapsed so phrases match across columns."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    return _pdf_text


def _pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for each font the PDF uses, from poppler's pdffonts."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: "emb" is the 5th field from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


@pytest.fixture
def pdf_fonts() -> Callable[[Path], list[tuple[str, bool]]]:
    return _pdf_fonts

"""A small ledger to print documents from, and a way to read back what a PDF says."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from coopdesk.services import loan_repayments, loans, members, savings, users
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


# --- loans -------------------------------------------------------------------------------------

KETUA = "Siti Rahayu"


@dataclass(frozen=True)
class LoanBooks:
    """Budi's loan PJ-2025-00001 (UMUM: flat 1,5%/month, provisi 1%, admin Rp 25.000, rounding
    100, denda 0,1% a day after 3 days' grace): Rp 12.000.000 over 12 months disbursed on
    31 January 2025, so installments of 1.000.000 + 180.000 = 1.180.000 due 28 February,
    31 March, 30 April, 31 May, ... 31 January 2026; cash paid 12.000.000 − 120.000 − 25.000
    = 11.855.000.  Paid: 1.180.000 on 28 February (on time), 2.500.000 on 10 May (late)."""

    ctx: AppContext
    member: str
    loan: str
    disbursement: str  # voucher
    on_time: str  # repayment voucher of 28 February
    late: str  # repayment voucher of 10 May


def ketua_ctx(ctx: AppContext) -> AppContext:
    """The second user who approves what the administrator entered."""
    from tests.conftest import make_ctx

    return make_ctx(ctx.db, user=KETUA)


def lend(ctx: AppContext, member: str, principal: int, term: int, day: date, *, product: str = "UMUM",
         collateral_value: int = 0, disburse: bool = True) -> str:
    """Apply (as admin), approve (as the ketua) and, unless told not to, disburse on ``day``."""
    number = loans.apply(ctx, loans.Application(member, product, principal, term, day,
                                                collateral_value=collateral_value))
    loans.approve(ketua_ctx(ctx), number, day)
    if disburse:
        loans.disburse(ctx, number, day)
    return number


def build_loan_books(ctx: AppContext) -> LoanBooks:
    users.add(ctx, KETUA, "ketua")
    member = members.register(ctx, MemberInput("Budi Santoso", "3375011203750001", "L", date(2025, 1, 2),
                                               address="Jl. Pemuda 12, Semarang", phone="0812 3456 7890"))
    savings.deposit(ctx, member, "sukarela", 2_000_000, date(2025, 1, 2))
    number = loans.apply(ctx, loans.Application(member, "UMUM", 12_000_000, 12, date(2025, 1, 31),
                                                purpose="Modal warung", collateral="BPKB sepeda motor",
                                                collateral_value=8_000_000))
    loans.approve(ketua_ctx(ctx), number, date(2025, 1, 31))
    disbursement = loans.disburse(ctx, number, date(2025, 1, 31)).voucher
    on_time = loan_repayments.repay(ctx, number, 1_180_000, date(2025, 2, 28)).voucher
    late = loan_repayments.repay(ctx, number, 2_500_000, date(2025, 5, 10)).voucher
    return LoanBooks(ctx, member, number, disbursement, on_time, late)


@pytest.fixture
def loan_books(ctx: AppContext) -> LoanBooks:
    return build_loan_books(ctx)


@dataclass(frozen=True)
class Portfolio:
    """Four UMUM loans on 31 December 2025, none repaid unless said (DOMAIN.md §5 classes):

    - A Budi, 12.000.000 / 12 from 15 January: oldest due 15 February, 319 days late: Macet;
    - B Sri, 6.000.000 / 10 from 10 May, collateral 1.000.000: 204 days late: Diragukan;
    - C Siti, 3.000.000 / 6 from 20 July, no phone: 133 days late: Kurang Lancar;
    - D Dewi, 2.000.000 / 5 from 1 October, paid 430.000 on 1 November and 1 December: current.
    """

    ctx: AppContext
    loans: dict[str, str]  # "A".."D" -> loan number


def build_portfolio(ctx: AppContext) -> Portfolio:
    users.add(ctx, KETUA, "ketua")
    people = {
        "A": ("Budi Santoso", "0812 3456 7890", 12_000_000, 12, date(2025, 1, 15), 0),
        "B": ("Sri Wahyuni", "0813 1111 2222", 6_000_000, 10, date(2025, 5, 10), 1_000_000),
        "C": ("Siti Nurhaliza", "", 3_000_000, 6, date(2025, 7, 20), 0),
        "D": ("Dewi Lestari", "0857 0000 1111", 2_000_000, 5, date(2025, 10, 1), 0),
    }
    numbers = {}
    for i, (key, (name, phone, principal, term, day, collateral)) in enumerate(people.items()):
        gender, day_of_birth = ("L", "12") if key == "A" else ("P", "52")  # women: day + 40 in the NIK
        member = members.register(ctx, MemberInput(name, f"337501{day_of_birth}037500{i + 10}", gender,
                                                   date(2025, 1, 2), phone=phone))
        numbers[key] = lend(ctx, member, principal, term, day, collateral_value=collateral)
    loan_repayments.repay(ctx, numbers["D"], 430_000, date(2025, 11, 1))
    loan_repayments.repay(ctx, numbers["D"], 430_000, date(2025, 12, 1))
    return Portfolio(ctx, numbers)


@pytest.fixture
def loan_portfolio(ctx: AppContext) -> Portfolio:
    return build_portfolio(ctx)


@pytest.fixture
def loan_file(sqlite_ctx: AppContext, tmp_path: Path) -> tuple[Path, LoanBooks]:
    """Budi's loan in a SQLite file for the CLI; this process lets go of the file first."""
    books = build_loan_books(sqlite_ctx)
    sqlite_ctx.db.dispose()
    return tmp_path / "books.db", books

"""``coopdesk cash ...``, ``coopdesk report cash-book`` and ``coopdesk export journal`` end to end."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.db.schema import open_database
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from tests.cash.conftest import build_cash_ledger
from tests.cli.clirun import coopdesk, dump, ok


def _books(path: Path) -> Path:
    """The small cash ledger of conftest.py in a SQLite file (set up through the services: faster)."""
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    build_cash_ledger(AppContext(db, today=lambda: date(2025, 12, 31), now=lambda: datetime(2025, 12, 31, 9)))
    db.dispose()
    return path


@pytest.fixture
def books(tmp_path: Path) -> Path:
    return _books(tmp_path / "books.db")


@pytest.fixture(scope="module")
def shared_books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """For the refusals, which change nothing: built once."""
    return _books(tmp_path_factory.mktemp("cash-cli") / "books.db")


def test_post_and_read_back(books: Path, tmp_path: Path) -> None:
    assert ok(books, "cash", "expense", "--account", "5240", "--amount", "75.000", "--memo", "Pulsa internet",
              "--date", "2025-02-12") == "BKK-2025-000004\n"
    assert ok(books, "cash", "income", "--account", "4210", "--amount", "1250", "--memo", "Jasa giro",
              "--date", "2025-02-28", "--to", "1121") == "BKM-2025-000004\n"
    assert ok(books, "cash", "transfer", "--from", "1122", "--to", "1121", "--amount", "200000",
              "--memo", "Deposito cair", "--date", "2025-02-28") == "JU-2025-000002\n"
    data = json.loads(ok(books, "report", "cash-book", "--account", "1110", "--from", "2025-02-01",
                         "--to", "2025-02-28", "--json"))
    assert (data["opening"], data["total_in"], data["total_out"], data["closing"]) == (400_000, 100_000, 75_000,
                                                                                        425_000)
    assert [(r["voucher"], r["in"], r["out"], r["balance"]) for r in data["rows"]] == [
        ("BKM-2025-000003", 100_000, 0, 500_000), ("BKK-2025-000004", 0, 75_000, 425_000)]
    text = ok(books, "report", "cash-book", "--account", "1121", "--from", "2025-02-01", "--to", "2025-02-28")
    assert "saldo akhir" in text and "Rp 321.250" in text  # 300.000 - 100.000 - 80.000 + 1.250 + 200.000


def test_documents_and_exports(books: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "kas.pdf"
    assert ok(books, "report", "cash-book", "--account", "1110", "--from", "2025-01-01", "--to", "2025-01-31",
              "--pdf", str(pdf)) == f"{pdf}\n"
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "saldo akhir Rp 400.000" in text and "masuk Rp 1.050.000" in text
    xlsx = tmp_path / "bank.xlsx"
    ok(books, "--lang", "en", "report", "cash-book", "--account", "1121", "--from", "2025-01-01",
       "--to", "2025-02-28", "--xlsx", str(xlsx))
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "BANK BOOK · KSP Sejahtera"
    out = tmp_path / "jurnal.csv"
    assert ok(books, "export", "journal", "--from", "2025-01-01", "--to", "2025-12-31", "--csv", str(out)) \
        == f"{out}\n"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + 14 and rows[-1][:6] == ["BKK-2025-000003", "2025-02-10", "1121",
                                                     "Bank (Giro / Tabungan)", "0", "80000"]
    out_x = tmp_path / "jurnal.xlsx"
    ok(books, "export", "journal", "--from", "2025-02-01", "--to", "2025-02-28", "--xlsx", str(out_x))
    assert load_workbook(out_x).active["A9"].value == "JUMLAH"  # header on row 4, four lines, then the total


@pytest.mark.parametrize(("args", "message"), [
    (["cash", "expense", "--account", "4290", "--amount", "1000", "--memo", "x"],
     "error: account: account 4290 is not an expense account"),
    (["cash", "expense", "--account", "5220", "--amount", "1,5", "--memo", "x"],
     "error: amount: must be whole Rupiah (got 1,5)"),
    (["cash", "transfer", "--from", "1110", "--to", "1110", "--amount", "1000", "--memo", "x"],
     "error: to: must be a different account from 1110"),
    (["report", "cash-book", "--account", "5220", "--from", "2025-01-01", "--to", "2025-01-31"],
     "error: account: account 5220 is not a cash or bank account"),
    (["export", "journal", "--from", "2025-02-01", "--to", "2025-01-01", "--csv", "x.csv"],
     "error: to: is before the start of the period (2025-02-01)"),
    (["export", "journal", "--from", "2025-01-01", "--to", "2025-01-31", "--csv", "/no/such/folder/j.csv"],
     "error: csv: folder /no/such/folder does not exist"),
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(shared_books: Path, args: list[str],
                                                            message: str) -> None:
    before = dump(shared_books)
    result = coopdesk(shared_books, *args)
    assert (result.returncode, result.stdout, result.stderr.strip()) == (2, "", message)
    assert dump(shared_books) == before

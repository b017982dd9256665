"""``coopdesk report`` for the statements, the buku besar and the worksheet on the small
cooperative of tests/statements/ledger.py; figures are the hand-worked ones of
test_statements_by_hand.py.

The commands that write files run as a script would run them (a subprocess each); the
reading ones and the refusals go through the same entry point in this process, which spares
a second of interpreter start-up per command."""

from __future__ import annotations

import io
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.cli.main import run_cli
from coopdesk.db.schema import open_database
from tests.cli.clirun import dump, ok

from .ledger import small_cooperative

H1 = ("--from", "2025-01-01", "--to", "2025-06-30")


@pytest.fixture(scope="module")
def books(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("statements-cli") / "books.db"
    shutil.copy(sqlite_template, path)
    db = open_database(str(path))
    small_cooperative(db)
    db.dispose()
    return path


def here(books: Path, *args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of a command run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run_cli(["--db", str(books), *args])
    return code, out.getvalue(), err.getvalue()


def run_all(books: Path, commands: list[tuple[str, ...]]) -> list[str]:
    """Commands that must succeed, in this process: their stdout, in order."""
    results = []
    for args in commands:
        code, out, err = here(books, *args)
        assert (code, err) == (0, ""), (args, err)
        results.append(out)
    return results


def run_scripts(books: Path, commands: list[tuple[str, ...]]) -> list[str]:
    """Commands that must succeed, as subprocesses two at a time: their stdout, in order."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda args: ok(books, *args), commands))


def test_each_statement_as_json(books: Path) -> None:
    balance, income, cash, equity, ledger, sheet, defaults = (json.loads(out) for out in run_all(books, [
        ("report", "balance-sheet", "--date", "2025-06-30", "--json"),
        ("report", "income-statement", *H1, "--json"),
        ("report", "cash-flow", *H1, "--json"),
        ("report", "equity-changes", *H1, "--json"),
        ("report", "ledger", "--account", "1110", "--from", "2025-03-01", "--to", "2025-04-30", "--json"),
        ("report", "worksheet", "--from", "2025-06-01", "--to", "2025-06-30", "--json"),
        ("report", "income-statement", "--to", "2025-06-30", "--json"),  # --from: 1 January of that year
    ]))
    assert balance["statement"] == "balance_sheet" and balance["period"] == {"from": None, "to": "2025-06-30"}
    assert balance["totals"] == {"total_assets": 18_420_000, "total_liabilities_equity": 18_420_000}
    kas = next(line for line in balance["lines"] if line["key"] == "acct:1110")
    assert (kas["accounts"], kas["amount"], kas["previous"]) == (["1110"], 10_300_000, 10_900_000)
    assert all(check["holds"] for check in balance["checks"])
    assert income["totals"]["after_tax"] == -540_000
    assert income["previous_period"] == {"from": "2024-01-01", "to": "2024-06-30"}
    assert cash["totals"]["closing_cash"] == 11_320_000 and cash["totals"]["net_change"] == 420_000
    assert equity["totals"]["closing_equity"] == 15_360_000
    assert (ledger["opening_balance"], ledger["closing_balance"]) == (11_000_000, 11_900_000)
    assert [line["balance"] for line in ledger["lines"]] == [13_150_000, 12_150_000, 11_900_000]
    assert sheet["totals"]["adjust_debit"] == 100_000 and sheet["totals"]["after_debit"] == 19_630_000
    assert defaults["period"] == {"from": "2025-01-01", "to": "2025-06-30"}
    assert defaults["totals"] == income["totals"]


def test_readable_tables_without_an_output_option(books: Path) -> None:
    balance, income, ledger, sheet, english = run_all(books, [
        ("report", "balance-sheet", "--date", "2025-06-30"),
        ("report", "income-statement", *H1),
        ("report", "ledger", "--account", "1110", "--from", "2025-03-01", "--to", "2025-04-30"),
        ("report", "worksheet", "--from", "2025-06-01", "--to", "2025-06-30"),
        ("--lang", "en", "report", "balance-sheet", "--date", "2025-06-30"),
    ])
    lines = balance.splitlines()
    assert lines[:3] == ["KSP Maju Bersama", "LAPORAN POSISI KEUANGAN", "Per 30 Juni 2025"]
    assert any(line.startswith("JUMLAH ASET") and line.split()[-4:] == ["Rp", "18.420.000", "Rp", "10.900.000"]
               for line in lines)
    assert "(Rp 100.000)" in balance and "\u2713 Aset = Liabilitas + Ekuitas: seimbang" in balance
    shu = next(line for line in income.splitlines() if line.startswith("SHU SETELAH PAJAK"))
    assert shu.split()[-4:] == ["(Rp", "540.000)", "Rp", "900.000"]
    assert "Untuk periode 1 Januari 2025 \u2013 30 Juni 2025" in income
    assert "BUKU BESAR 1110 Kas" in ledger and ledger.splitlines()[-1].split()[-1] == "11.900.000"
    assert sheet.splitlines()[-1].split() == ["Jumlah", "19.530.000", "19.530.000", "100.000", "100.000",
                                              "19.630.000", "19.630.000"]
    assert "As of 30 June 2025" in english and "TOTAL ASSETS" in english


def test_pdf_and_xlsx_files(books: Path, tmp_path: Path) -> None:
    out = {name: tmp_path / name for name in ("neraca.pdf", "shu.xlsx", "bb.pdf", "lajur.xlsx", "rapat.pdf",
                                              "rapat.xlsx")}
    printed = run_scripts(books, [
        ("report", "balance-sheet", "--date", "2025-06-30", "--pdf", str(out["neraca.pdf"]), "--place", "Semarang"),
        ("report", "income-statement", *H1, "--xlsx", str(out["shu.xlsx"])),
        ("report", "ledger", "--account", "1110", *H1, "--pdf", str(out["bb.pdf"])),
        ("report", "worksheet", *H1, "--xlsx", str(out["lajur.xlsx"])),
        ("report", "statements", *H1, "--pdf", str(out["rapat.pdf"]), "--xlsx", str(out["rapat.xlsx"]),
         "--pengawas"),
    ])
    # A command that writes files prints their paths alone.
    assert printed[:4] == [f"{out[n]}\n" for n in ("neraca.pdf", "shu.xlsx", "bb.pdf", "lajur.xlsx")]
    assert printed[4] == f"{out['rapat.pdf']}\n{out['rapat.xlsx']}\n"
    text = " ".join(PdfReader(str(out["neraca.pdf"])).pages[0].extract_text().split())
    assert "JUMLAH ASET Rp 18.420.000" in text and "Semarang, 30 Juni 2025" in text and "Pengawas" not in text
    assert load_workbook(out["shu.xlsx"]).sheetnames == ["Hasil Usaha"]
    assert load_workbook(out["lajur.xlsx"]).sheetnames == ["Neraca Lajur"]
    assert "Saldo akhir 10.300.000" in " ".join(PdfReader(str(out["bb.pdf"])).pages[-1].extract_text().split())
    meeting = PdfReader(str(out["rapat.pdf"]))
    titles = [" ".join(page.extract_text().split()) for page in meeting.pages]
    assert len(titles) == 4
    for title, page in zip(("LAPORAN POSISI KEUANGAN", "LAPORAN PERHITUNGAN HASIL USAHA", "LAPORAN PERUBAHAN EKUITAS",
                            "LAPORAN ARUS KAS"), titles, strict=True):
        assert title in page and "Pengawas" in page
    assert "SHU SETELAH PAJAK (Rp 540.000)" in titles[1]
    assert load_workbook(out["rapat.xlsx"]).sheetnames == ["Posisi Keuangan", "Hasil Usaha", "Perubahan Ekuitas",
                                                           "Arus Kas"]


BAD_INPUT = [
    (("report", "balance-sheet", "--date", "2025-13-01"), "date"),
    (("report", "income-statement", "--from", "2025-07-01", "--to", "2025-06-30"), "from"),
    (("report", "equity-changes", "--to", "30-06-2025"), "to"),
    (("report", "ledger", "--account", "9999", *H1), "account"),
    (("report", "statements", *H1, "--pdf", "/no/such/folder/x.pdf"), "pdf"),
    (("report", "balance-sheet", "--xlsx", "/no/such/folder/x.xlsx"), "xlsx"),
]


def test_bad_input_exits_2_with_one_line_naming_the_field(books: Path) -> None:
    before = dump(books)
    for args, field in BAD_INPUT:
        code, out, err = here(books, *args)
        assert (code, out) == (2, ""), (args, err)
        assert err.count("\n") == 1 and err.startswith(f"error: {field}: "), (args, err)
    assert dump(books) == before

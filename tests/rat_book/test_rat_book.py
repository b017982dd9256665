"""The RAT book on a small cooperative with two closed years (coop.py): the figures by hand, the
PDF's text (statements' totals, SHU, membership, contents with page numbers), the workbook's
numbers, what is reported missing, the CLI."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.db.schema import open_database
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.reports.rat_book import book, data
from coopdesk.reports.statement_format import format_amount
from coopdesk.services import year_end
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from tests.cli.clirun import ok
from tests.loans.helpers import context
from tests.year_end.coop import books_2025

from .coop import DISBURSED_2025, MEMBERSHIP, OUTSTANDING_2025, books, officers_and_texts

TODAY = date(2026, 3, 31)


@pytest.fixture(scope="module")
def template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rat") / "books.db"
    shutil.copy(sqlite_template, path)
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2024, 1, 1)))
    ctx = context(db, today=TODAY)
    books(ctx)
    officers_and_texts(ctx)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def coop(template: Path) -> Iterator[AppContext]:
    db = open_database(str(template))
    yield context(db, today=TODAY)
    db.dispose()


@pytest.fixture(scope="module")
def made(coop: AppContext, tmp_path_factory: pytest.TempPathFactory) -> tuple[book.RatBookResult, list[str]]:
    folder = tmp_path_factory.mktemp("rat-out")
    steps: list[tuple[int, int, str]] = []
    result = book.build(coop, 2025, folder / "rat.pdf", folder / "rat.xlsx",
                        progress=lambda step, total, label: steps.append((step, total, label)))
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]  # from the first step to done
    assert [s for s, _, _ in steps] == sorted(s for s, _, _ in steps)
    pages = [page.extract_text() for page in PdfReader(result.pdf_path).pages]
    return result, pages


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_membership_by_gender_worked_by_hand(coop: AppContext) -> None:
    with coop.reading() as session:
        assert data.years_shown(session, 2025) == [2024, 2025]  # the books start in 2024: no earlier years
        rows = data.membership(session, [2024, 2025])
    for row in rows:
        start, joined, left, died, end = MEMBERSHIP[row.year]
        assert (row.start["L"], row.start["P"]) == start
        assert (row.joined["L"], row.joined["P"]) == joined
        assert (row.left["L"], row.left["P"]) == left
        assert (row.died["L"], row.died["P"]) == died
        assert (row.end["L"], row.end["P"]) == end
        for g in data.GENDERS:
            assert row.start[g] + row.joined[g] - row.left[g] - row.died[g] == row.end[g]


def test_savings_loans_and_collectibility_worked_by_hand(coop: AppContext) -> None:
    with coop.reading() as session:
        savings = {s.code: s for s in data.savings(session, [2024, 2025])}
        loans = data.loans(session, [2024, 2025])
        quality = data.quality(session, 2025)
    # 4 members at the end of 2024, 5 at the end of 2025, each with pokok 100.000 and wajib 50.000
    assert savings["pokok"].balances == {2024: 400_000, 2025: 500_000}
    assert savings["wajib"].balances == {2024: 200_000, 2025: 250_000}
    assert savings["pokok"].growth(2025) == 100_000
    assert savings["pokok"].savers[2025] == 5
    assert [(y.year, y.disbursed_count, y.disbursed_principal, y.outstanding, y.loans, y.borrowers) for y in loans] \
        == [(2024, 0, 0, 0, 0, 0), (2025, *DISBURSED_2025, OUTSTANDING_2025, 2, 2)]
    by_class = {r.cls: (r.count, r.outstanding) for r in quality.rows}
    assert by_class[Collectibility.LANCAR] == (1, 1_000_000)
    assert by_class[Collectibility.MACET] == (1, 3_000_000)
    assert quality.outstanding == OUTSTANDING_2025
    assert quality.npl == Decimal("0.75")
    # PPAP: 0,5% x 1.000.000 + 100% x 3.000.000
    assert quality.allowance == 5_000 + 3_000_000


def test_pdf_carries_the_statements_shu_and_membership(coop: AppContext,
                                                       made: tuple[book.RatBookResult, list[str]]) -> None:
    result, pages = made
    text = flat("\n".join(pages))
    with coop.reading() as session:
        statements = data.statements(session, 2025, "id")
        sheet, reason = data.shu_sheet(session, 2025)
    balance, income = statements[0], statements[1]
    assert format_amount(balance.amount("total_assets")) in text
    assert format_amount(balance.amount("total_liabilities_equity")) in text
    shu = income.amount("after_tax")
    assert shu == 1_040_000 + 5_000_000 - 300_000 - 3_005_000  # income - costs (the allowance is a cost)
    assert format_amount(shu) in text
    with coop.reading() as session:  # chapter 4's income and costs add up to the statement's SHU
        assert data.income_costs(session, 2025).shu() == shu
        assert data.income_costs(session, 2025).shu(previous=True) == income.line("after_tax").previous == 800_000
    assert reason == "" and sheet is not None and sheet.shu == shu
    assert format_amount(sheet.total_to_members(), prefix=False) in text
    assert "beranggotakan 5 orang (2 laki-laki, 3 perempuan)" in text
    assert "3 anggota masuk, 1 keluar dan 1 meninggal" in text
    assert "Badan Hukum No. 123/BH/XIV.12/2010 tanggal 15 Maret 2010" in text
    assert "H. Slamet Riyadi" in text and "Sutrisno" in text  # organisation and signatures
    assert "Pinjaman disalurkan dua kali." in text  # the pengurus' report
    assert "NPL" in text and "75%" in text
    # the notes are written from the settings and the products, as the books are kept
    assert "Simpanan Pokok dan Simpanan Wajib dicatat sebagai ekuitas. Simpanan Sukarela dicatat sebagai liabilitas." \
        in text
    assert "Lancar sampai 90 hari" in text and "Lancar 0,5%, Kurang Lancar 10%, Diragukan 50%, Macet 100%" in text
    assert "Cadangan 40%; Jasa Modal 20%; Jasa Usaha 25%" in text
    assert 12 <= result.pages <= 60
    assert result.pages == len(pages)


def test_contents_lists_every_chapter_with_its_page(made: tuple[book.RatBookResult, list[str]]) -> None:
    result, pages = made
    contents = PdfReader(result.pdf_path).pages[1].extract_text(extraction_mode="layout")
    assert "Daftar Isi" in contents
    chapters = ["1. Laporan Umum Pengurus", "2. Organisasi dan Manajemen", "3. Perkembangan Keanggotaan",
                "4. Perkembangan Usaha", "5. Laporan Keuangan", "6. Sisa Hasil Usaha", "7. Laporan Pengawas",
                "8. Rencana Kerja dan RAPB Tahun 2026", "9. Penilaian Kesehatan Koperasi", "10. Pengesahan",
                "Lampiran: Daftar SHU per Anggota"]
    last = 2
    for title in chapters:
        found = re.search(re.escape(title) + r"[^\n]*?(\d+)\s*$", contents, re.MULTILINE)
        assert found, title
        page = int(found.group(1))
        assert page > last or title.startswith("Lampiran")
        assert title in flat(pages[page - 1]), (title, page)
        last = page
    # every page but the cover is numbered in the footer
    assert all(f"Halaman {n}" in pages[n - 1] for n in range(2, len(pages) + 1))
    assert "Halaman 1" not in pages[0]


def test_workbook_reopens_with_the_same_numbers(coop: AppContext, made: tuple[book.RatBookResult, list[str]]) -> None:
    result, _ = made
    assert result.xlsx_path is not None
    wb = load_workbook(result.xlsx_path)
    assert {"Keanggotaan", "Simpanan", "Pinjaman", "Kolektibilitas", "Pendapatan dan Biaya", "Pembagian SHU",
            "SHU per Anggota", "Organisasi"} <= set(wb.sheetnames)

    def rows(name: str) -> list[tuple[Any, ...]]:
        return [r for r in wb[name].iter_rows(values_only=True) if any(v is not None for v in r)]

    members = {r[0]: r[1:] for r in rows("Keanggotaan") if isinstance(r[0], int)}
    assert members[2025] == (2, 2, 1, 2, 0, 1, 1, 0, 2, 3, 5)
    savings = {r[0]: r[1:] for r in rows("Simpanan")}
    assert savings["Simpanan Pokok"][:2] == (400_000, 500_000)
    loans = {r[0]: r[1:] for r in rows("Pinjaman") if isinstance(r[0], int)}
    assert loans[2025] == (2, 9_000_000, 2, 2, 4_000_000)
    quality = {r[0]: r[1:] for r in rows("Kolektibilitas")}
    assert quality["Macet"][:2] == (1, 3_000_000)
    with coop.reading() as session:
        sheet, _ = data.shu_sheet(session, 2025)
    per_member = {r[0]: r for r in rows("SHU per Anggota")}
    for r in sheet.rows:
        assert per_member[r.number][-1] == r.total
    assert all(isinstance(v, int) for r in rows("Pinjaman")[3:] for v in r if v is not None)


def test_missing_texts_and_an_open_year_are_reported_and_said_in_the_book(ctx: AppContext, tmp_path: Path) -> None:
    books_2025(ctx)  # not closed: no SHU yet
    result = book.build(ctx, 2025, tmp_path / "rat.pdf")
    text = flat("\n".join(p.extract_text() for p in PdfReader(result.pdf_path).pages))
    assert "Laporan umum pengurus belum diisi" in result.missing
    assert "Laporan pengawas belum diisi" in result.missing
    assert "SHU belum dihitung (tahun 2025 belum ditutup)" in result.missing
    assert "SHU tahun 2025 belum dihitung: tahun buku belum ditutup." in text
    assert "Belum diisi." in text
    assert result.xlsx_path is None
    assert not list(Path.cwd().glob("<_io.BytesIO*")), "the probe layout must stay in memory"
    year_end.close(ctx, 2025)
    closed = book.build(ctx, 2025, tmp_path / "rat2.pdf")
    assert not any(m.startswith("SHU") for m in closed.missing)


def test_english_book(coop: AppContext, tmp_path: Path) -> None:
    result = book.build(coop, 2025, tmp_path / "rat-en.pdf", lang="en")
    pages = [p.extract_text() for p in PdfReader(result.pdf_path).pages]
    assert "Contents" in pages[1]
    text = flat("\n".join(pages))
    assert "3. Membership" in text and "Page 3" in text
    assert "the cooperative had 5 members (2 men, 3 women)" in text


def test_cli_prints_pages_and_what_is_missing(template: Path, tmp_path: Path) -> None:
    books_file = tmp_path / "books.db"
    shutil.copy(template, books_file)
    out = ok(books_file, "report", "rat", "2025", "--pdf", str(tmp_path / "rat.pdf"), "--xlsx",
             str(tmp_path / "rat.xlsx"))
    assert (tmp_path / "rat.pdf").exists() and (tmp_path / "rat.xlsx").exists()
    assert re.search(r"^\d+ pages in \d+\.\d s$", out, re.MULTILINE)
    assert "missing: Rencana kerja belum diisi" in out


def test_five_years_at_most_and_none_before_the_books_start(ctx: AppContext) -> None:
    with ctx.reading() as session:  # books start 1 January 2025
        assert data.years_shown(session, 2025) == [2025]
        assert data.years_shown(session, 2027) == [2025, 2026, 2027]
        assert data.years_shown(session, 2031) == [2027, 2028, 2029, 2030, 2031]


def test_rat_date_of_the_posted_shu_on_the_cover_and_signatures(template: Path, tmp_path: Path) -> None:
    from coopdesk.services import shu

    copy = tmp_path / "books.db"
    shutil.copy(template, copy)
    db = open_database(str(copy))
    try:
        ctx = context(db, today=TODAY)
        shu.post(ctx, 2025, date(2026, 3, 14), None)
        result = book.build(ctx, 2025, tmp_path / "rat.pdf")
    finally:
        db.dispose()
    pages = [flat(p.extract_text()) for p in PdfReader(result.pdf_path).pages]
    assert "Rapat Anggota Tahunan: 14 Maret 2026" in pages[0]
    assert any("Semarang, 14 Maret 2026" in p and "Pengesahan" in p for p in pages)

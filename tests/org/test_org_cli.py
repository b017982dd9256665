"""``coopdesk officer|budget|year text|export ods``: output, exit 2 on bad input, nothing changed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.db.schema import open_database
from coopdesk.services.books import BooksSetup, init_books
from tests.cli.clirun import coopdesk, dump, ok
from tests.conftest import make_ctx
from tests.year_end.coop import books_2025


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("org-cli") / "books.db"
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    books_2025(make_ctx(db), month_ends=False)
    db.dispose()
    return path


def test_officers_texts_budget_ods(books: Path, tmp_path: Path) -> None:
    first = ok(books, "officer", "add", "--role", "pengurus", "--title", "Ketua", "--name", "Budi", "--gender", "L",
               "--from", "2024-01-01").strip()
    ok(books, "officer", "add", "--role", "employee", "--title", "Kasir", "--name", "Ani", "--gender", "P")
    listed = json.loads(ok(books, "officer", "list", "--json"))
    assert [(o["role"], o["name"], o["gender"]) for o in listed] == [
        ("pengurus", "Budi", "L"), ("employee", "Ani", "P")]
    before = dump(books)
    bad = coopdesk(books, "officer", "end", first, "--date", "2023-12-31")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and dump(books) == before
    ok(books, "officer", "end", first, "--date", "2026-06-30")

    note = tmp_path / "laporan.txt"
    note.write_text("Laporan pengurus 2025.\nBaris kedua.", encoding="utf-8")
    ok(books, "year", "text", "2025", "--kind", "pengurus_report", "--file", str(note))
    assert ok(books, "year", "text", "2025", "--kind", "pengurus_report", "--show").strip() == note.read_text()
    ok(books, "year", "text", "2025", "--kind", "rat_date", "--text", "2026-03-14")
    assert coopdesk(books, "year", "text", "2025", "--kind", "rat_date", "--text", "14 Maret").returncode == 2

    csv_file = tmp_path / "budget.csv"
    csv_file.write_text("account,amount\n4290,2.500.000\n5210,1000000\n", encoding="utf-8")
    ok(books, "budget", "set", "2025", "--file", str(csv_file))
    ok(books, "budget", "set", "2025", "--set", "5220=1", "--set", "5210=1000000")  # repeated --set: both kept
    assert {l["code"]: l["budget"] for l in json.loads(ok(books, "budget", "show", "2025", "--json"))["lines"]
            if l["code"] in ("5220", "5210")} == {"5220": 1, "5210": 1_000_000}
    ok(books, "budget", "set", "2025", "--set", "5220=400000")
    before = dump(books)
    assert coopdesk(books, "budget", "set", "2025", "--set", "4290=1", "1110=5").returncode == 2
    assert dump(books) == before
    shown = json.loads(ok(books, "budget", "show", "2025", "--json"))
    lines = {l["code"]: (l["budget"], l["actual"], l["percent"]) for l in shown["lines"]}
    assert lines["4290"] == (2_500_000, 2_000_000, "80.0") and lines["5220"] == (400_000, 350_000, "87.5")
    assert shown["totals"]["shu_actual"] == 500_000 and shown["totals"]["shu_budget"] == 1_100_000

    out = tmp_path / "ods.xlsx"
    ok(books, "export", "ods", "2025", "--xlsx", str(out))
    values = {r[0]: r[1] for r in load_workbook(out)["ODS"].iter_rows(values_only=True) if r[0]}
    assert values["SHU tahun berjalan"] == 500_000 and values["Pengurus laki-laki"] == 1
    assert values["Tanggal RAT"].date() == date(2026, 3, 14)

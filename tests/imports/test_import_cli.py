"""``coopdesk import members`` end to end, as a subprocess on a temporary database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COOPDESK_DB"}
    return subprocess.run([sys.executable, "-m", "coopdesk", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=120)


def tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the SQLite file."""
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


@pytest.fixture
def books(tmp_path: Path) -> Path:
    db = tmp_path / "books.db"
    done = run(db, "init", "--name", "KSP Sejahtera Bersama", "--start", "2025-01-01")
    assert done.returncode == 0, done.stderr
    return db


def test_dry_run_shows_the_preview_and_changes_nothing(books: Path, sample: Path) -> None:
    before = tables(books)
    done = run(books, "import", "members", str(sample), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "header on row 4" in done.stdout
    assert "Hj. Rudi Nasution" in done.stdout and "0040" in done.stdout
    assert "40 members; member number format becomes {seq:04d}" in done.stdout
    assert "warning: row 15, column NIK (D)" in done.stdout
    assert tables(books) == before

    done = run(books, "import", "members", str(sample), "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["header_row"], data["total_row"], data["can_import"]) == (4, 48, True)
    assert data["totals"] == {"pokok": 4_000_000, "wajib": 45_200_000, "sukarela": 38_316_000}
    assert len(data["members"]) == 40
    assert tables(books) == before


def test_import_then_second_import_refused(books: Path, sample: Path, truth: dict[str, Any]) -> None:
    done = run(books, "import", "members", str(sample))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "JM-2025-000001"
    assert "Imported 40 members (0001 to 0040)" in done.stderr

    listed = json.loads(run(books, "member", "list", "--json").stdout)
    assert [(m["number"], m["name"], m["nik"]) for m in listed] == [
        (m["number"], m["name"], m["nik"]) for m in truth["members"]]
    tb = json.loads(run(books, "report", "trial-balance", "--date", "2025-01-31", "--json").stdout)
    assert tb["total_debit"] == tb["total_credit"] == 87_516_000
    credit = {a["code"]: a["credit"] for a in tb["accounts"]}
    assert (credit["3110"], credit["3120"], credit["2111"]) == (4_000_000, 45_200_000, 38_316_000)

    before = tables(books)
    again = run(books, "import", "members", str(sample))
    assert again.returncode == 2
    lines = again.stderr.splitlines()
    assert lines[0] == "error: row 5, column NIK (D): 6107140404749953 is already registered to member 0001"
    assert lines[-1] == "error: file: has 81 problem(s) to fix; nothing was imported"
    assert again.stdout == ""
    assert tables(books) == before


def test_broken_file_exits_2_naming_rows_and_columns(books: Path, broken_file: Path) -> None:
    before = tables(books)
    done = run(books, "import", "members", str(broken_file))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0] == "error: row 5, column NIK (D): the same NIK 6107140404749953 is also on row 9"
    assert "error: row 7, column NIK (D): must be exactly 16 digits (got 15)" in lines
    assert "error: row 12, column SIMP. WAJIB (L): is not an amount of Rupiah: Rp 5OO.OOO" in lines
    assert any(line.startswith("error: row 48, column SIMP. WAJIB (L): the rows add up to") for line in lines)
    assert "Traceback" not in done.stderr
    assert tables(books) == before

    dry = run(books, "import", "members", str(broken_file), "--dry-run")
    assert dry.returncode == 2
    assert dry.stderr.splitlines()[0].startswith("error: row 5, column NIK (D)")
    assert tables(books) == before


def test_json_result_and_bad_arguments(books: Path, sample: Path, tmp_path: Path) -> None:
    missing = run(books, "import", "members", str(tmp_path / "nothing.xlsx"))
    assert missing.returncode == 2 and missing.stderr.startswith("error: file: cannot be read")
    wrong_date = run(books, "import", "members", str(sample), "--as-of", "2025-01-01")
    assert wrong_date.returncode == 2 and wrong_date.stderr.startswith("error: as_of: must be 2024-12-31")
    done = run(books, "import", "members", str(sample), "--as-of", "2024-12-31", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["members"], result["voucher"], result["total"], result["number_format"]) == (
        40, "JM-2025-000001", 87_516_000, "{seq:04d}")

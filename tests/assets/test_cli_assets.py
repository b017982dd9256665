"""``coopdesk asset ...`` and ``coopdesk cash count`` end to end: the happy path with hand-worked
figures, and bad input that exits 2 with one line naming the field and changes nothing."""

from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path

import pytest

from coopdesk.db.schema import open_database
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from tests.cli.clirun import coopdesk, dump, ok


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Books starting 1 January 2025 with Rp 50.000.000 in the cash box."""
    path = tmp_path_factory.mktemp("cli-assets") / "books.db"
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    ctx = AppContext(db, today=lambda: date(2025, 12, 31), now=lambda: datetime(2025, 12, 31, 9))
    ledger.post_manual(ctx, date(2025, 1, 2), "Hibah", [LineSpec("1110", debit=50_000_000),
                                                        LineSpec("3150", credit=50_000_000)])
    db.dispose()
    return path


def test_asset_life_cycle_and_cash_count(books: Path, tmp_path: Path) -> None:
    db = tmp_path / "books.db"
    shutil.copy(books, db)
    assert ok(db, "asset", "add", "--name", "Laptop kantor", "--category", "equipment", "--cost", "12.000.000",
              "--date", "2025-01-10", "--life-months", "36") == "AT-0001\n"
    assert ok(db, "asset", "add", "--name", "Tanah", "--category", "land", "--cost", "20000000",
              "--date", "2025-01-05") == "AT-0002\n"
    ok(db, "month-end", "2025-01")
    register = json.loads(ok(db, "asset", "list", "--date", "2025-01-31", "--json"))
    assert [(a["number"], a["accumulated"], a["book_value"]) for a in register["assets"]] == [
        ("AT-0001", 333_333, 11_666_667), ("AT-0002", 0, 20_000_000)]
    schedule = json.loads(ok(db, "asset", "schedule", "AT-0001", "--json"))["months"]
    assert (len(schedule), schedule[0]["posted"], schedule[1]["posted"], schedule[-1]["amount"]) == (
        36, True, False, 333_345)
    # Sold 20 February for 11.000.000: February counts (after the 15th) → accumulated 666.666,
    # book value 11.333.334, loss 333.334.
    sale = json.loads(ok(db, "asset", "dispose", "AT-0001", "--date", "2025-02-20", "--proceeds", "11000000",
                         "--json"))
    assert (sale["accumulated"], sale["gain"], sale["voucher"]) == (666_666, -333_334, "BKM-2025-000001")
    assert "AT-0001" not in ok(db, "asset", "list", "--date", "2025-03-01")
    # Cash: 50.000.000 - 12.000.000 - 20.000.000 + 11.000.000 = 29.000.000 in the books.
    dry = ok(db, "cash", "count", "--date", "2025-03-01", "--count", "100000=289", "--count", "50000=1",
             "--count", "coin1000=40", "--dry-run")
    assert dry == "Counted Rp 28.990.000, books (1110) Rp 29.000.000, difference -Rp 10.000\n"
    pdf = tmp_path / "ko.pdf"
    count = json.loads(ok(db, "cash", "count", "--date", "2025-03-01", "--count", "100000=289", "--count",
                          "50000=1", "--count", "coin1000=40", "--adjust", "--reason", "selisih hitung",
                          "--json", "--pdf", str(pdf)))
    assert (count["number"], count["difference"], count["adjustment_voucher"]) == ("KO-2025-0001", -10_000,
                                                                                   "JU-2025-000002")
    assert pdf.read_bytes().startswith(b"%PDF")


ADD = ["asset", "add", "--name", "Laptop", "--category", "equipment", "--cost", "12000000", "--date", "2025-01-10"]
BAD = [
    pytest.param([*ADD, "--life-months", "0"], "life", id="zero-life"),
    pytest.param([*ADD, "--life-months", "abc"], "life", id="non-numeric-life"),
    pytest.param([*ADD[:-2], "--date", "2025-02-30", "--life-months", "36"], "date", id="bad-date"),
    pytest.param(["asset", "add", "--name", "X", "--category", "car", "--cost", "1000", "--date", "2025-01-10",
                  "--life-months", "3"], "category", id="bad-category"),
    pytest.param([*ADD, "--life-months", "36", "--residual", "12000000"], "residual", id="residual-is-cost"),
    pytest.param([*ADD, "--life-months", "36", "--paid-from", "2111"], "paid_from", id="bad-paid-from"),
    pytest.param(["asset", "dispose", "AT-0099", "--date", "2025-03-01"], "asset", id="unknown-asset"),
    pytest.param(["cash", "count", "--count", "300=1"], "count", id="no-such-note"),
    pytest.param(["cash", "count", "--date", "2025-03-01", "--count", "100000=1", "--adjust"], "reason",
                 id="adjust-without-reason"),
]


@pytest.fixture(scope="module")
def outcomes(books: Path) -> dict[str, tuple[object, str, str]]:
    folder = books.parent / "copies"
    folder.mkdir()

    def run(case: pytest.param) -> tuple[str, tuple[object, str, str]]:  # type: ignore[valid-type]
        copy = folder / f"{case.id}.db"
        shutil.copy(books, copy)
        return case.id, (coopdesk(copy, *case.values[0]), dump(copy), "")

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(run, BAD))


@pytest.mark.parametrize(("args", "field"), BAD)
def test_bad_input_exits_2_and_changes_nothing(books: Path, outcomes: dict[str, tuple[object, str, str]],
                                               args: list[str], field: str, request: pytest.FixtureRequest) -> None:
    result, after, _ = outcomes[request.node.callspec.id]
    assert result.returncode == 2, result  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith(f"error: {field}: "), lines
    assert result.stdout == ""  # type: ignore[attr-defined]
    assert after == dump(books)

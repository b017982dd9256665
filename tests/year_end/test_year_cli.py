"""``coopdesk year check|close|reopen``: output, exit codes, and nothing changed on bad input."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from coopdesk.db.schema import open_database
from coopdesk.services import users
from coopdesk.services.books import BooksSetup, init_books
from tests.cli.clirun import coopdesk, dump, ok
from tests.conftest import make_ctx

from .coop import EXPECTED_LINES, SHU_2025, books_2025


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-worked 2025 books with every month end run, and a treasurer who is no administrator."""
    path = tmp_path_factory.mktemp("year-cli") / "books.db"
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    ctx = make_ctx(db)
    books_2025(ctx)
    users.add(ctx, "siti", "bendahara")
    db.dispose()
    return path


@pytest.fixture
def books(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "books.db"
    shutil.copy(template, target)
    return target


def test_check_close_reopen(books: Path) -> None:
    items = json.loads(ok(books, "year", "check", "2025", "--json"))
    assert {i["key"]: (i["ok"], i["blocking"]) for i in items} == {
        "not_closed": (True, True), "month_ends": (True, True), "accounts": (True, True), "ledgers_agree": (True, True),
        "cash_count": (False, False), "allowance": (True, False), "depreciation": (True, False)}
    assert ok(books, "year", "check", "2025").splitlines()[-1] == "2025 can be closed"

    before = dump(books)
    dry = json.loads(ok(books, "year", "close", "2025", "--dry-run", "--json"))
    assert dump(books) == before
    assert dry["dry_run"] is True and dry["shu"] == SHU_2025
    assert [(l["account"], l["debit"], l["credit"]) for l in dry["lines"]] == EXPECTED_LINES

    out = ok(books, "year", "close", "2025")
    assert out.splitlines()[0] == "2025: closed; entry JM-2025-000001 dated 2025-12-31; SHU Rp 500.000"
    assert "warning: Cash counted in December" in out
    assert "BLOCKS" in ok(books, "year", "check", "2025")
    assert ok(books, "year", "reopen", "2025", "--reason", "koreksi").strip() == "JK-2025-000001"
    closed_again = json.loads(ok(books, "year", "close", "2025", "--json"))
    assert (closed_again["voucher"], closed_again["shu"]) == ("JM-2025-000002", SHU_2025)


# More refusals (before the books, absurd years, blocking items) are covered by test_close.py
# through the services; each CLI call here costs a second or more.
@pytest.mark.parametrize(("args", "field", "user"), [
    pytest.param(["year", "close", "20x5"], "year", None, id="bad-year"),
    pytest.param(["year", "close", "2026"], "year", None, id="not-ended"),
    pytest.param(["year", "reopen", "2025", "--reason", "x"], "year", None, id="reopen-open-year"),
    pytest.param(["year", "reopen", "2025", "--reason", " "], "reason", None, id="blank-reason"),
])
def test_bad_input_exits_2_naming_the_field(books: Path, args: list[str], field: str, user: str | None) -> None:
    before = dump(books)
    result = coopdesk(books, *args, user=user)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: {field}: ") and result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""
    assert dump(books) == before


def test_close_twice_and_reopen_by_a_treasurer_are_refused(books: Path) -> None:
    ok(books, "year", "close", "2025")
    before = dump(books)
    twice = coopdesk(books, "year", "close", "2025")
    assert (twice.returncode, twice.stderr) == (2, "error: year: 2025 is already closed\n")
    treasurer = coopdesk(books, "year", "reopen", "2025", "--reason", "salah", user="siti")
    assert treasurer.returncode == 2 and treasurer.stderr.startswith("error: user: only an administrator")
    missing = coopdesk(books, "year", "reopen", "2025")
    assert missing.returncode == 2 and "--reason" in missing.stderr
    posting = coopdesk(books, "journal", "add", "--date", "2025-06-01", "--memo", "telat",
                       "--line", "5220:1000:0", "--line", "1110:0:1000")
    assert posting.returncode == 2 and posting.stderr.startswith("error: date: falls in 2025, a closed year")
    assert dump(books) == before

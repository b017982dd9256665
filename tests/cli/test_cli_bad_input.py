"""Bad input on the command line: exit non-zero, one line on stderr naming the field, no
traceback, and the database byte-for-byte unchanged (the whole SQL dump, money tables included)."""

from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from coopdesk.db.schema import open_database
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger, members, savings
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput

from .clirun import coopdesk, dump, money_rows


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Books with one member and some money in every table (set up through the services: faster)."""
    path = tmp_path_factory.mktemp("cli-bad") / "books.db"
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    ctx = AppContext(db, today=lambda: date(2025, 12, 31), now=lambda: datetime(2025, 12, 31, 9))
    number = members.register(ctx, MemberInput("Budi Santoso", "3375011203750001", "L", date(2025, 1, 2)))
    assert number == "00001"
    savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 2))
    savings.deposit(ctx, number, "sukarela", 200_000, date(2025, 1, 3))
    ledger.post_manual(ctx, date(2025, 1, 4), "ATK", [LineSpec("5220", debit=15_000), LineSpec("1110", credit=15_000)])
    db.dispose()
    return path


DEPOSIT = ["savings", "deposit", "00001", "sukarela"]
JOURNAL = ["journal", "add", "--date", "2025-02-01", "--memo", "Beli ATK"]
NEW_MEMBER = ["member", "add", "--name", "Ani", "--gender", "P", "--joined", "2025-02-01"]

BAD = [
    pytest.param([*DEPOSIT, "-5"], "amount", id="negative-amount"),
    pytest.param([*DEPOSIT, "abc"], "amount", id="non-numeric-amount"),
    pytest.param([*DEPOSIT, "1,5"], "amount", id="fraction-of-a-rupiah"),
    pytest.param([*DEPOSIT, "0"], "amount", id="zero-amount"),
    pytest.param([*DEPOSIT, "1e999999"], "amount", id="absurd-amount"),
    pytest.param(["savings", "deposit", "99999", "sukarela", "1000"], "member", id="unknown-member"),
    pytest.param(["member", "show", "99999"], "member", id="unknown-member-show"),
    pytest.param(["savings", "deposit", "00001", "deposito", "1000"], "product", id="unknown-product"),
    pytest.param([*NEW_MEMBER, "--nik", "337501520375001"], "nik", id="15-digit-nik"),
    pytest.param([*NEW_MEMBER, "--nik", "3375011203750001"], "nik", id="duplicate-nik"),
    pytest.param([*NEW_MEMBER[:-1], "2025-02-30", "--nik", "3375015203750002"], "joined", id="bad-join-date"),
    pytest.param(["member", "add", "--name", "Ani", "--gender", "X", "--joined", "2025-02-01", "--nik",
                  "3375015203750002"], "--gender", id="bad-gender"),
    pytest.param(["savings", "withdraw", "00001", "sukarela", "200001"], "amount", id="overdraft"),
    pytest.param(["savings", "withdraw", "00001", "sukarela", "1000", "--date", "2025-01-02"], "amount",
                 id="back-dated-overdraft"),
    pytest.param([*JOURNAL, "--line", "5220:150000:0", "--line", "1110:0:100000"], "lines", id="unbalanced"),
    pytest.param([*JOURNAL, "--line", "9999:150000:0", "--line", "1110:0:150000"], "line 1", id="unknown-account"),
    pytest.param([*JOURNAL, "--line", "5220:150000:0", "--line", "2111:0:150000"], "line 2",
                 id="savings-control-account"),
    pytest.param([*JOURNAL, "--line", "5220:-5:0", "--line", "1110:0:-5"], "line 1 debit", id="negative-line"),
    pytest.param([*JOURNAL, "--line", "5220:150000", "--line", "1110:0:150000"], "line 1", id="malformed-line"),
    pytest.param(["journal", "add", "--date", "2025-13-01", "--memo", "x", "--line", "5220:1:0", "--line",
                  "1110:0:1"], "date", id="bad-date"),
    pytest.param([*DEPOSIT, "1000", "--date", "2024-12-31"], "date", id="before-books-start"),
    pytest.param(["journal", "reverse", "BKM-2025-000001", "--reason", " "], "reason", id="reversal-without-reason"),
    pytest.param(["month-end", "2025-13"], "month", id="bad-month"),
    pytest.param(["month-end", "2999-01"], "month", id="month-not-ended"),
    pytest.param(["--user", "nobody", *DEPOSIT, "1000"], "user", id="unknown-user"),
    pytest.param(["init", "--name", "KSP Lain", "--start", "2025-01-01"], "database", id="init-twice"),
]


@dataclass(frozen=True)
class Outcome:
    result: subprocess.CompletedProcess[str]
    file_bytes: bytes
    leftovers: list[str]
    dump: str
    money: dict[str, list[tuple[object, ...]]]


@pytest.fixture(scope="module")
def outcomes(books: Path) -> dict[str, Outcome]:
    """Every bad command, each on its own copy of the books, run in parallel (a CLI call costs
    about a second of start-up, mostly imports; the checks are per command below)."""
    folder = books.parent / "copies"
    folder.mkdir()

    def run(case: Any) -> tuple[str, Outcome]:
        copy = folder / f"{case.id}.db"
        shutil.copy(books, copy)
        result = coopdesk(copy, *case.values[0])
        leftovers = sorted(p.name for p in folder.glob(f"{case.id}.db?*"))
        return case.id, Outcome(result, copy.read_bytes(), leftovers, dump(copy), money_rows(copy))

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(run, BAD))


@pytest.mark.parametrize(("args", "field"), BAD)
def test_bad_input_is_refused_and_changes_nothing(books: Path, outcomes: dict[str, Outcome], args: list[str],
                                                  field: str, request: pytest.FixtureRequest) -> None:
    outcome = outcomes[request.node.callspec.id]
    result = outcome.result
    assert result.args[-len(args):] == args
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {field}: ") or (field.startswith("--") and field in lines[0]), lines[0]
    assert result.stdout == ""
    # Unchanged: the money tables, the whole dump, and the file itself, byte for byte.
    assert outcome.money == money_rows(books)
    assert outcome.dump == dump(books)
    assert outcome.file_bytes == books.read_bytes()
    assert outcome.leftovers == []  # no WAL or backup file left behind


def test_the_good_command_next_to_them_works(books: Path, tmp_path: Path) -> None:
    """The same commands with good values do change the books (so the refusals above mean something)."""
    copy = tmp_path / "copy.db"
    copy.write_bytes(books.read_bytes())
    before = money_rows(copy)
    result = coopdesk(copy, "savings", "withdraw", "00001", "sukarela", "200000", "--date", "2025-06-01")
    assert (result.returncode, result.stdout, result.stderr) == (0, "BKK-2025-000001\n", "")
    assert money_rows(copy) != before

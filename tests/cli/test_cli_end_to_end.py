"""The CLI end to end, as a script would use it: a subprocess per command on a temporary database.
One cooperative's January and February, figures worked by hand in the comments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .clirun import coopdesk, ok

BUDI = "3375011203750001"  # born 12-03-1975, man
SITI = "3375015203750002"  # born 12-03-1975, woman (day + 40)


@dataclass
class Books:
    db: Path
    january: dict[str, Any]
    february: dict[str, Any]
    february_again: dict[str, Any]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Books:
    """A cooperative's January and February, built through the CLI only; the tests below read it."""
    db = tmp_path_factory.mktemp("cli") / "koperasi.db"
    out = ok(db, "init", "--name", "KSP Sejahtera", "--start", "2025-01-01")
    assert "KSP Sejahtera" in out
    assert ok(db, "user", "add", "Sari", "--role", "kasir") == "Sari\n"
    # A command that creates something prints its number alone.
    assert ok(db, "member", "add", "--name", "Budi Santoso", "--nik", BUDI, "--gender", "L", "--joined",
              "2025-01-02", "--birth", "1975-03-12", "--address", "Jl. Pemuda 1", "--phone", "0812345678",
              "--occupation", "Petani") == "00001\n"
    assert ok(db, "member", "add", "--name", "Siti Aminah", "--nik", SITI, "--gender", "p",
              "--joined", "2025-01-02") == "00002\n"
    # Deposits and withdrawals print the voucher alone; amounts the way a clerk types them.
    steps = [
        (["savings", "deposit", "00001", "pokok", "100000", "--date", "2025-01-02"], "BKM-2025-000001"),
        (["savings", "deposit", "00001", "wajib", "50.000", "--date", "2025-01-02"], "BKM-2025-000002"),
        (["savings", "deposit", "00001", "sukarela", "Rp 1.000.000", "--date", "2025-01-03"], "BKM-2025-000003"),
        (["savings", "withdraw", "00001", "sukarela", "250000", "--date", "2025-01-20"], "BKK-2025-000001"),
        (["journal", "add", "--date", "2025-01-25", "--memo", "Beli ATK", "--line", "5220:150000:0",
          "--line", "1110:0:150000"], "JU-2025-000001"),
        (["journal", "reverse", "JU-2025-000001", "--reason", "nota dobel", "--date", "2025-01-26"],
         "JK-2025-000001"),
        (["savings", "deposit", "00002", "pokok", "100000", "--date", "2025-02-01"], "BKM-2025-000004"),
    ]
    for args, voucher in steps:
        assert ok(db, *args, user="Sari" if args[0] == "savings" else None) == voucher + "\n"
    january = json.loads(ok(db, "month-end", "2025-01", "--json"))
    february = json.loads(ok(db, "month-end", "2025-02", "--json"))
    february_again = json.loads(ok(db, "month-end", "2025-02", "--json"))
    # Siti leaves: her pokok 100.000 comes back in one entry.
    assert ok(db, "member", "exit", "00002", "--date", "2025-03-01", "--reason", "keluar") == "BKK-2025-000002\n"
    return Books(db, january, february, february_again)


def test_month_end(books: Books) -> None:
    jan = books.january
    # January: both members owe wajib; Budi's 50.000 settles his month; nobody had a sukarela
    # balance at the start of January, so no interest (lowest balance 0).
    assert jan["already_done"] is False
    assert (jan["obligations_created"], jan["voucher"], jan["interest_gross"], jan["tax"]) == (2, None, 0, 0)
    assert jan["arrears"] == [{"member": "00002", "name": "Siti Aminah", "amount": 50_000}]

    feb = books.february
    # February: Budi's lowest sukarela balance 1.000.000 - 250.000 = 750.000; x 3% / 12 = 1.875; no tax.
    assert (feb["already_done"], feb["voucher"], feb["obligations_created"]) == (False, "JM-2025-000001", 2)
    assert feb["interest"] == [{"member": "00001", "name": "Budi Santoso", "basis": 750_000, "gross": 1_875,
                                "tax": 0, "net": 1_875}]
    assert feb["arrears"] == [{"member": "00001", "name": "Budi Santoso", "amount": 50_000},
                              {"member": "00002", "name": "Siti Aminah", "amount": 100_000}]
    # The second run changed nothing and reports what the first one did.
    again = books.february_again
    assert again["already_done"] is True
    assert {k: v for k, v in again.items() if k != "already_done"} == \
        {k: v for k, v in feb.items() if k != "already_done"}
    assert "already" in ok(books.db, "month-end", "2025-02")


def test_members_list(books: Books) -> None:
    listed = json.loads(ok(books.db, "member", "list", "--json"))
    assert [(m["number"], m["name"], m["nik"], m["gender"], m["joined"], m["status"]) for m in listed] == [
        ("00001", "Budi Santoso", BUDI, "L", "2025-01-02", "aktif"),
        ("00002", "Siti Aminah", SITI, "P", "2025-01-02", "keluar")]
    found = json.loads(ok(books.db, "member", "list", "--search", "siti", "--json"))
    assert [m["number"] for m in found] == ["00002"]
    assert "Budi Santoso" in ok(books.db, "member", "list")


def test_member_show(books: Books) -> None:
    budi = json.loads(ok(books.db, "member", "show", "00001", "--json"))
    assert (budi["name"], budi["birth_date"], budi["address"], budi["occupation"]) == (
        "Budi Santoso", "1975-03-12", "Jl. Pemuda 1", "Petani")
    # sukarela 1.000.000 - 250.000 + 1.875 interest = 751.875
    assert budi["balances"] == {"pokok": 100_000, "wajib": 50_000, "sukarela": 751_875}
    assert budi["total_savings"] == 901_875
    assert budi["arrears"] == {"total": 50_000, "months": [{"month": "2025-02", "amount": 50_000}]}
    assert [(h["product"], h["kind"], h["amount"], h["balance"]) for h in budi["history"]] == [
        ("pokok", "deposit", 100_000, 100_000), ("wajib", "deposit", 50_000, 50_000),
        ("sukarela", "deposit", 1_000_000, 1_000_000), ("sukarela", "withdrawal", -250_000, 750_000),
        ("sukarela", "interest", 1_875, 751_875)]
    text = ok(books.db, "member", "show", "00001")
    assert "Budi Santoso" in text and "Rp 751.875" in text
    siti = json.loads(ok(books.db, "member", "show", "00002", "--json"))
    assert (siti["status"], siti["status_date"]) == ("keluar", "2025-03-01")
    assert siti["balances"] == {"pokok": 0, "wajib": 0, "sukarela": 0}


def test_journal_list(books: Books) -> None:
    entries = {e["voucher"]: e for e in json.loads(ok(books.db, "journal", "list", "--from", "2025-01-01",
                                                         "--to", "2025-01-31", "--json"))}
    assert sorted(entries) == ["BKK-2025-000001", "BKM-2025-000001", "BKM-2025-000002", "BKM-2025-000003",
                               "JK-2025-000001", "JU-2025-000001"]
    assert entries["JU-2025-000001"]["reversed_by"] == "JK-2025-000001"
    assert entries["JK-2025-000001"]["reverses"] == "JU-2025-000001"
    assert entries["BKM-2025-000003"]["amount"] == 1_000_000
    assert entries["BKM-2025-000001"]["user"] == "Sari"
    assert entries["JU-2025-000001"]["user"] == "admin"
    shown = json.loads(ok(books.db, "journal", "show", "JK-2025-000001", "--json"))
    assert [(l["account"], l["debit"], l["credit"]) for l in shown["lines"]] == [
        ("5220", 0, 150_000), ("1110", 150_000, 0)]
    assert shown["reason"] == "nota dobel"


def test_trial_balance(books: Books) -> None:
    tb = json.loads(ok(books.db, "report", "trial-balance", "--date", "2025-12-31", "--json"))
    assert set(tb) == {"date", "accounts", "total_debit", "total_credit"}
    assert tb["date"] == "2025-12-31"
    for account in tb["accounts"]:
        assert set(account) == {"code", "name", "debit", "credit"}
        assert type(account["debit"]) is int and type(account["credit"]) is int
        assert account["debit"] == 0 or account["credit"] == 0  # each balance on one side
    balances = {a["code"]: (a["debit"], a["credit"]) for a in tb["accounts"] if a["debit"] or a["credit"]}
    # Kas: +100.000 +50.000 +1.000.000 -250.000 -150.000 +150.000 +100.000 (Siti) -100.000 (exit) = 900.000
    # 2111: 1.000.000 - 250.000 + 1.875 = 751.875;  3110: Budi's 100.000;  3120: 50.000;  5110: 1.875
    assert balances == {"1110": (900_000, 0), "2111": (0, 751_875), "3110": (0, 100_000), "3120": (0, 50_000),
                        "5110": (1_875, 0)}
    # 900.000 + 1.875 = 901.875 = 751.875 + 100.000 + 50.000
    assert tb["total_debit"] == tb["total_credit"] == 901_875
    assert tb["total_debit"] == sum(a["debit"] for a in tb["accounts"])
    assert tb["total_credit"] == sum(a["credit"] for a in tb["accounts"])
    # As of a date before the exit and the interest, from the same books.
    january = json.loads(ok(books.db, "report", "trial-balance", "--date", "2025-01-31", "--json"))
    assert january["total_debit"] == january["total_credit"] == 900_000  # Kas 900.000 = 750.000 + 100.000 + 50.000
    assert "Rp 901.875" in ok(books.db, "report", "trial-balance", "--date", "2025-12-31")


def test_help_and_no_books(tmp_path: Path) -> None:
    result = coopdesk(tmp_path / "kosong.db", "member", "list")
    assert result.returncode == 2
    assert result.stderr.startswith("error: database: ")
    assert "coopdesk init" in result.stderr
    assert ok(tmp_path / "kosong.db", "--help").startswith("usage: coopdesk")

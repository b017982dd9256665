"""The loan commands end to end, as a script would use them: a subprocess per command on a
temporary database.  A loan from application to payoff, another written off and recovered;
bad input exits 2 with one line naming the field and leaves the database byte-for-byte unchanged."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from coopdesk.cli.main import run_cli

from ..cli.clirun import coopdesk, dump, money_rows, ok
from .test_schedule import ANUITAS

BUDI = "3375011203750001"


@dataclass
class Books:
    db: Path
    out: dict[str, Any]


def loan_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The money tables and the loan tables."""
    con = sqlite3.connect(path)
    try:
        rows = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("loans", "loan_installments", "loan_transactions", "loan_month_ends", "loan_products")}
    finally:
        con.close()
    return {**money_rows(path), **rows}


def copy_of(db: Path, target: Path) -> Path:
    """A consistent copy (the books may be open in this process, with pages still in the WAL)."""
    src, dst = sqlite3.connect(db), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def here(db: Path, *args: str, user: str | None = None) -> str:
    """Run a command that must succeed in this process (same entry point, without a second of
    interpreter start-up): used for the reading commands; everything that changes the books runs
    in a subprocess."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run_cli(["--db", str(db), *(["--user", user] if user else []), *args])
    assert (code, err.getvalue()) == (0, ""), (args, err.getvalue())
    return out.getvalue()


def js(db: Path, *args: str, user: str | None = None) -> Any:
    return json.loads(here(db, *args, "--json", user=user))


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Books:
    db = tmp_path_factory.mktemp("cli-loans") / "koperasi.db"
    out: dict[str, Any] = {}
    ok(db, "init", "--name", "KSP Sejahtera", "--start", "2025-01-01")
    assert ok(db, "user", "add", "ketua", "--role", "ketua") == "ketua\n"
    assert ok(db, "member", "add", "--name", "Budi Santoso", "--nik", BUDI, "--gender", "L", "--joined",
              "2025-01-02", "--phone", "0812345678") == "00001\n"
    assert ok(db, "savings", "deposit", "00001", "sukarela", "2000000", "--date", "2025-01-02") == "BKM-2025-000001\n"
    # A loan product of our own: anuitas 18% a year, unit 500, provisi 0,5%, admin 1%, denda 0,2% a day
    # after 2 grace days.
    assert ok(db, "product", "add-loan", "--code", "kilat", "--name", "Pinjaman Kilat", "--method", "anuitas",
              "--rate", "18", "--per", "year", "--rounding", "500", "--provisi", "0,5", "--admin", "1%",
              "--penalty", "pct_day:0.2", "--grace", "2", "--term-max", "24") == "KILAT\n"
    out["products"] = js(db, "product", "list")

    # Loan 1: 12 jt over 12 months, UMUM, applied and disbursed on 10 January.
    assert ok(db, "loan", "apply", "00001", "--product", "UMUM", "--principal", "12.000.000", "--term", "12",
              "--date", "2025-01-10", "--purpose", "Modal warung", "--collateral", "BPKB motor",
              "--collateral-value", "5000000") == "PJ-2025-00001\n"
    out["same_user"] = coopdesk(db, "loan", "approve", "PJ-2025-00001", "--date", "2025-01-10")
    assert ok(db, "loan", "approve", "PJ-2025-00001", "--date", "2025-01-10", user="ketua") == "approved\n"
    out["slip"] = js(db, "loan", "disburse", "PJ-2025-00001", "--date", "2025-01-10", "--dry-run")
    assert ok(db, "loan", "disburse", "PJ-2025-00001", "--date", "2025-01-10") == "BKK-2025-000001\n"
    out["disbursement"] = js(db, "journal", "show", "BKK-2025-000001")
    # Installment 1 on time; on 15 March 500.000 for installment 2, then reversed (counterfeit notes).
    assert ok(db, "loan", "repay", "PJ-2025-00001", "1180000", "--date", "2025-02-10") == "BKM-2025-000002\n"
    out["preview"] = js(db, "loan", "repay", "PJ-2025-00001", "500.000", "--date", "2025-03-15", "--dry-run")
    assert ok(db, "loan", "repay", "PJ-2025-00001", "500000", "--date", "2025-03-15") == "BKM-2025-000003\n"
    assert ok(db, "journal", "reverse", "BKM-2025-000003", "--reason", "uang palsu", "--date", "2025-03-15") \
        == "JK-2025-000001\n"
    out["show"] = js(db, "loan", "show", "PJ-2025-00001", "--date", "2025-03-20")
    out["show_text"] = here(db, "loan", "show", "PJ-2025-00001", "--date", "2025-03-20")
    # (the same, end to end, once)
    assert json.loads(ok(db, "loan", "show", "PJ-2025-00001", "--date", "2025-03-20", "--json")) == out["show"]
    out["arrears"] = js(db, "loan", "arrears", "--date", "2025-03-20")
    out["portfolio"] = js(db, "loan", "portfolio", "--date", "2025-03-31")
    out["month_end"] = js(db, "month-end", "2025-01")
    out["quote"] = here(db, "loan", "payoff", "PJ-2025-00001", "--date", "2025-04-01", "--dry-run")
    out["payoff"] = ok(db, "loan", "payoff", "PJ-2025-00001", "--date", "2025-04-01")
    out["paid_off"] = js(db, "loan", "show", "PJ-2025-00001", "--date", "2025-04-01")

    # Loan 2: 5 jt over 10 months, KILAT; written off in December, 1 jt recovered.
    assert ok(db, "loan", "apply", "00001", "--product", "KILAT", "--principal", "5000000", "--term", "10",
              "--date", "2025-04-02") == "PJ-2025-00002\n"
    assert ok(db, "loan", "approve", "PJ-2025-00002", "--date", "2025-04-02", user="ketua") == "approved\n"
    out["kilat_disbursement"] = ok(db, "loan", "disburse", "PJ-2025-00002", "--date", "2025-04-02")
    out["write_off"] = ok(db, "loan", "write-off", "PJ-2025-00002", "--reason", "pindah kota", "--date", "2025-12-01")
    out["recover"] = ok(db, "loan", "recover", "PJ-2025-00002", "1.000.000", "--date", "2025-12-15")
    out["written_off"] = js(db, "loan", "show", "PJ-2025-00002", "--date", "2025-12-31")

    # Loan 3 is only applied for (for the approval refusal below); loan 4 rejected; loan 5 running.
    assert ok(db, "loan", "apply", "00001", "--product", "UMUM", "--principal", "1000000", "--term", "10",
              "--date", "2025-12-01") == "PJ-2025-00003\n"
    assert ok(db, "loan", "apply", "00001", "--product", "UMUM", "--principal", "1000000", "--term", "10",
              "--date", "2025-12-01") == "PJ-2025-00004\n"
    assert ok(db, "loan", "reject", "PJ-2025-00004", "--reason", "sudah ada pinjaman", user="ketua") == ""
    assert ok(db, "loan", "apply", "00001", "--product", "UMUM", "--principal", "2000000", "--term", "10",
              "--date", "2025-12-01") == "PJ-2025-00005\n"
    ok(db, "loan", "approve", "PJ-2025-00005", "--date", "2025-12-01", user="ketua")
    ok(db, "loan", "disburse", "PJ-2025-00005", "--date", "2025-12-01")
    out["list"] = js(db, "loan", "list")
    out["tb"] = js(db, "report", "trial-balance", "--date", "2025-12-31")
    return Books(db, out)


def test_schedule_golden_json(tmp_path: Path) -> None:
    """A calculation: no books needed (the --db file is not even created)."""
    db = tmp_path / "none.db"
    result = coopdesk(db, "loan", "schedule", "--principal", "12000000", "--rate", "18", "--per", "year", "--term",
                      "12", "--method", "anuitas", "--start", "2025-01-31", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert not db.exists()
    # disbursed 31 January: due dates clamp to each month's last day
    due = ["2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31",
           "2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31"]
    expected = {
        "installments": [{"no": no, "due_date": d, "principal": p, "interest": i, "total": t, "outstanding": o}
                         for no, d, (p, i, t, o) in zip(range(1, 13), due, ANUITAS, strict=True)],
        "total_principal": 12_000_000,
        "total_interest": 1_201_920,  # 12 x 1.100.160 - 12.000.000
    }
    assert json.loads(result.stdout) == expected
    assert result.stdout.startswith('{\n  "installments": [\n    {\n      "no": 1,\n      "due_date": "2025-02-28",\n'
                                    '      "principal": 920160,\n      "interest": 180000,\n      "total": 1100160,\n'
                                    '      "outstanding": 11079840\n    },\n')
    assert result.stdout.endswith('  ],\n  "total_principal": 12000000,\n  "total_interest": 1201920\n}\n')
    # flat with a unit of 1.000: 10 jt -> 984.000 x 11 and the last 976.000
    flat = json.loads(ok(db, "loan", "schedule", "--principal", "10.000.000", "--rate", "1,5", "--term", "12",
                         "--method", "flat", "--rounding", "1000", "--start", "2025-01-10", "--json"))
    assert [r["total"] for r in flat["installments"]] == [984_000] * 11 + [976_000]
    text = ok(db, "loan", "schedule", "--principal", "12000000", "--rate", "1.5", "--term", "12", "--method",
              "menurun", "--start", "2025-01-10")
    assert "Rp 1.180.000" in text and "Rp 1.165.000" in text and "Rp 1.015.000" in text
    assert text.splitlines()[0].split() == ["no", "due", "date", "principal", "interest", "total", "outstanding"]


def test_products(books: Books) -> None:
    products = books.out["products"]
    assert [(p["type"], p["code"]) for p in products] == [("savings", "pokok"), ("savings", "wajib"),
                                                         ("savings", "sukarela"), ("loan", "KILAT"), ("loan", "UMUM")]
    kilat = products[3]
    assert {k: kilat[k] for k in ("method", "rate", "per", "rounding", "provisi", "admin_pct", "admin_fixed",
                                  "penalty", "grace", "term_max")} == {
        "method": "anuitas", "rate": "18", "per": "year", "rounding": 500, "provisi": "0.5", "admin_pct": "1",
        "admin_fixed": 0, "penalty": "pct_day:0.2", "grace": 2, "term_max": 24}
    assert products[4]["penalty"] == "pct_day:0.1" and products[4]["admin_fixed"] == 25_000
    text = here(books.db, "product", "list")
    assert "Loan products" in text and "Pinjaman Kilat" in text


def test_product_set_loan(books: Books, tmp_path: Path) -> None:
    copy = copy_of(books.db, tmp_path / "copy.db")
    assert here(copy, "product", "set-loan", "KILAT", "--rate", "2", "--per", "month", "--penalty", "none") == ""
    kilat = next(p for p in js(copy, "product", "list") if p["code"] == "KILAT")
    assert (kilat["rate"], kilat["per"], kilat["penalty"], kilat["method"]) == ("2", "month", "none", "anuitas")
    # the loan already given keeps its terms
    assert js(copy, "loan", "show", "PJ-2025-00002")["rate"] == "18"


def test_application_and_approval(books: Books) -> None:
    same = books.out["same_user"]
    assert same.returncode == 2 and same.stdout == ""
    assert same.stderr == "error: user: the user who entered a loan cannot approve it; another user must\n"
    # cash paid = 12.000.000 - provisi 120.000 - administrasi 25.000 = 11.855.000
    slip = books.out["slip"]
    assert {k: slip[k] for k in ("principal", "provisi", "admin", "withheld", "cash_paid")} == {
        "principal": 12_000_000, "provisi": 120_000, "admin": 25_000, "withheld": 0, "cash_paid": 11_855_000}
    assert slip["installments"][0] == {"no": 1, "due_date": "2025-02-10", "principal": 1_000_000,
                                       "interest": 180_000, "total": 1_180_000, "outstanding": 11_000_000}
    assert [(l["account"], l["debit"], l["credit"]) for l in books.out["disbursement"]["lines"]] == [
        ("1141", 12_000_000, 0), ("1110", 0, 11_855_000), ("4120", 0, 120_000), ("4130", 0, 25_000)]


def test_repayment_preview_and_show(books: Books) -> None:
    # 15 March: installment 2 (due 10 March) late from 14 March: 2 days x 1.180 = 2.360 denda
    preview = books.out["preview"]
    assert (preview["amount"], preview["denda"], preview["interest"], preview["principal"]) == \
        (500_000, 2_360, 180_000, 317_640)
    show = books.out["show"]
    keys = {"no", "due_date", "principal", "interest", "total", "outstanding"}
    assert all(keys <= set(r) for r in show["installments"])
    assert [r["state"] for r in show["installments"][:3]] == ["paid", "late", "open"]
    # The reversed repayment no longer counts: installment 2 owes 1.180.000 and 7 days of denda
    # (14-20 March) x 1.180 = 8.260.  DPD 20 March - 10 March = 10, Lancar.
    assert (show["outstanding"], show["dpd"], show["class"], show["denda_due"]) == (11_000_000, 10, "lancar", 8_260)
    assert show["installments"][1]["denda_due"] == 8_260 and show["installments"][1]["unpaid"] == 1_180_000
    assert show["due_today"] == {"denda": 8_260, "interest": 180_000, "principal": 1_000_000, "total": 1_188_260}
    assert [(h["voucher"], h["kind"], h["principal"], h["interest"], h["denda"]) for h in show["history"]] == [
        ("BKM-2025-000002", "repayment", 1_000_000, 180_000, 0),
        ("BKM-2025-000003", "repayment", 317_640, 180_000, 2_360),
        ("JK-2025-000001", "rev-repayment", -317_640, -180_000, -2_360)]
    assert (show["fees"]["cash_paid"], show["collateral_value"], show["approved_by"]) == (11_855_000, 5_000_000,
                                                                                          "ketua")
    text = books.out["show_text"]
    assert "PJ-2025-00001" in text and "late" in text and "DPD 10" in text and "Rp 8.260" in text


def test_arrears_and_portfolio(books: Books) -> None:
    assert books.out["arrears"] == [{
        "loan": "PJ-2025-00001", "member": "00001", "name": "Budi Santoso", "phone": "0812345678",
        "installments_late": 1, "amount_due": 1_188_260, "principal_due": 1_000_000, "interest_due": 180_000,
        "denda_due": 8_260, "days_late": 10, "oldest_due": "2025-03-10", "outstanding": 11_000_000,
        "class": "lancar"}]
    book = books.out["portfolio"]
    # 31 March: 11.000.000 outstanding, 21 days late, Lancar: 0,5% = 55.000 needed, nothing booked yet
    assert (book["loans"], book["outstanding"], book["npl"], book["allowance_needed"], book["allowance_booked"]) \
        == (1, 11_000_000, "0.00", 55_000, 0)
    assert [c["outstanding"] for c in book["classes"]] == [11_000_000, 0, 0, 0]
    assert next(a for a in book["aging"] if a["bucket"] == "1-30") == {"bucket": "1-30", "count": 1,
                                                                      "outstanding": 11_000_000}


def test_payoff(books: Books) -> None:
    # 1 April: principal 11.000.000; interest of installment 2 (due 10 March) and of the running
    # period (installment 3, due 10 April) 2 x 180.000; denda on installment 2 from 14 March to
    # 1 April, 19 days x 1.180 = 22.420.  11.382.420 in all.
    assert books.out["quote"] == "11382420\n"
    assert books.out["payoff"] == "11382420\nBKM-2025-000004\n"
    paid = books.out["paid_off"]
    assert (paid["status"], paid["closed_on"], paid["outstanding"], paid["payoff"]) == \
        ("paid_off", "2025-04-01", 0, None)
    assert all(r["state"] == "paid" for r in paid["installments"])
    # installments 4-12: 9 x 180.000 = 1.620.000 interest waived
    assert sum(r["waived_interest"] for r in paid["installments"]) == 1_620_000


def test_write_off_and_recovery(books: Books) -> None:
    assert books.out["kilat_disbursement"] == "BKK-2025-000002\n"
    assert books.out["write_off"] == "JM-2025-000002\n"  # JM-2025-000001: January's allowance
    assert books.out["recover"] == "BKM-2025-000005\n"
    shown = books.out["written_off"]
    assert (shown["status"], shown["written_off"], shown["recovered"], shown["outstanding"]) == \
        ("written_off", 5_000_000, 1_000_000, 0)
    # KILAT fees on 5 jt: provisi 0,5% = 25.000, administrasi 1% = 50.000
    assert shown["fees"] == {"provisi": 25_000, "admin": 50_000, "withheld": 0, "cash_paid": 4_925_000}


def test_loan_list_and_books_balance(books: Books) -> None:
    assert [(r["number"], r["status"]) for r in books.out["list"]] == [
        ("PJ-2025-00001", "paid_off"), ("PJ-2025-00002", "written_off"), ("PJ-2025-00003", "applied"),
        ("PJ-2025-00004", "rejected"), ("PJ-2025-00005", "disbursed")]
    # An application shows its preview: the same schedule from the application date, nothing owed yet.
    applied = js(books.db, "loan", "show", "PJ-2025-00003", "--date", "2025-12-31")
    assert (applied["status"], applied["outstanding"], applied["dpd"], applied["class"]) == ("applied", None, None,
                                                                                            None)
    assert applied["installments"][0] == {
        "no": 1, "due_date": "2026-01-01", "principal": 100_000, "interest": 15_000, "total": 115_000,
        "outstanding": 900_000, "paid_principal": 0, "paid_interest": 0, "waived_interest": 0, "paid_denda": 0,
        "unpaid": 115_000, "denda_due": 0, "state": "preview"}
    tb = books.out["tb"]
    assert tb["total_debit"] == tb["total_credit"]
    balances = {a["code"]: a["debit"] - a["credit"] for a in tb["accounts"]}
    # 1141: only loan 5 runs, 2.000.000.  1149: January's month end booked 0,5% of the 12 jt then
    # outstanding, 60.000; the write-off took 5.000.000 out of it: a debit balance of 4.940.000 until
    # the next month end tops it up.
    assert balances["1141"] == 2_000_000
    assert books.out["month_end"]["month"] == "2025-01"
    assert balances["1149"] == 5_000_000 - 60_000
    assert balances["4290"] == -1_000_000  # recovery income


DISBURSED = "PJ-2025-00005"
# Each of these runs in a subprocess, as a script would run it ...
BAD_END_TO_END = ["same-user-approval", "negative-amount", "unknown-loan", "repay-paid-off", "bad-method",
                  "reverse-older-repayment"]
# ... the others through the same entry point in this process (a subprocess costs a second or two).
BAD = [
    pytest.param(["loan", "approve", "PJ-2025-00003", "--date", "2025-12-01"], "user", id="same-user-approval"),
    pytest.param(["loan", "repay", DISBURSED, "-5", "--date", "2025-12-31"], "amount", id="negative-amount"),
    pytest.param(["loan", "repay", DISBURSED, "0", "--date", "2025-12-31"], "amount", id="zero-amount"),
    pytest.param(["loan", "repay", DISBURSED, "1,5", "--date", "2025-12-31"], "amount", id="fraction"),
    pytest.param(["loan", "repay", DISBURSED, "99000000", "--date", "2025-12-31"], "amount", id="more-than-owed"),
    pytest.param(["loan", "repay", DISBURSED, "1000", "--date", "2025-11-30"], "date", id="before-disbursement"),
    pytest.param(["loan", "repay", "PJ-2099-00001", "1000"], "loan", id="unknown-loan"),
    pytest.param(["loan", "show", "PJ-2099-00001"], "loan", id="unknown-loan-show"),
    pytest.param(["loan", "repay", "PJ-2025-00001", "1000", "--date", "2025-12-31"], "loan", id="repay-paid-off"),
    pytest.param(["loan", "payoff", "PJ-2025-00001", "--date", "2025-12-31"], "loan", id="payoff-paid-off"),
    pytest.param(["loan", "repay", "PJ-2025-00002", "1000", "--date", "2025-12-31"], "loan", id="repay-written-off"),
    pytest.param(["loan", "disburse", "PJ-2025-00003", "--date", "2025-12-31"], "loan", id="disburse-unapproved"),
    pytest.param(["loan", "recover", DISBURSED, "1000"], "loan", id="recover-not-written-off"),
    pytest.param(["loan", "recover", "PJ-2025-00002", "4000001"], "amount", id="recover-too-much"),
    pytest.param(["loan", "write-off", DISBURSED, "--reason", " "], "reason", id="write-off-without-reason"),
    pytest.param(["loan", "reject", "PJ-2025-00001", "--reason", "x"], "loan", id="reject-paid-off"),
    pytest.param(["loan", "apply", "00001", "--product", "UMUM", "--principal", "0", "--term", "12"], "principal",
                 id="zero-principal"),
    pytest.param(["loan", "apply", "00001", "--product", "UMUM", "--principal", "1000000", "--term", "48",
                  "--date", "2025-12-01"], "term", id="term-beyond-product"),
    pytest.param(["loan", "apply", "00001", "--product", "UMUM", "--principal", "1000000", "--term", "dua"], "term",
                 id="term-not-a-number"),
    pytest.param(["loan", "apply", "99999", "--product", "UMUM", "--principal", "1000000", "--term", "12"], "member",
                 id="unknown-member"),
    pytest.param(["loan", "apply", "00001", "--product", "EMAS", "--principal", "1000000", "--term", "12"], "product",
                 id="unknown-product"),
    pytest.param(["loan", "apply", "00001", "--product", "UMUM", "--principal", "1000000", "--term", "12", "--date",
                  "2025-02-30"], "date", id="bad-date"),
    pytest.param(["loan", "schedule", "--principal", "1000000", "--rate", "1.5", "--term", "12", "--method", "balon"],
                 "method", id="bad-method"),
    pytest.param(["loan", "schedule", "--principal", "-1000000", "--rate", "1.5", "--term", "12", "--method", "flat"],
                 "principal", id="schedule-negative-principal"),
    pytest.param(["loan", "schedule", "--principal", "0", "--rate", "1.5", "--term", "12", "--method", "flat"],
                 "principal", id="schedule-zero-principal"),
    pytest.param(["loan", "schedule", "--principal", "1000000", "--rate", "1.5", "--term", "0", "--method", "flat"],
                 "term", id="schedule-zero-term"),
    pytest.param(["loan", "schedule", "--principal", "1000000", "--rate", "-1", "--term", "12", "--method", "flat"],
                 "rate", id="schedule-negative-rate"),
    pytest.param(["loan", "schedule", "--principal", "1000000", "--rate", "1.5", "--per", "week", "--term", "12",
                  "--method", "flat"], "per", id="schedule-bad-per"),
    pytest.param(["loan", "schedule", "--principal", "1000000", "--rate", "1.5", "--term", "12", "--method", "flat",
                  "--rounding", "250"], "rounding", id="schedule-bad-unit"),
    pytest.param(["loan", "schedule", "--principal", "11000", "--rate", "0", "--term", "12", "--method", "flat",
                  "--rounding", "1000"], "rounding", id="schedule-unit-larger-than-installment"),
    pytest.param(["product", "add-loan", "--code", "X", "--name", "X", "--method", "balon", "--rate", "1"], "method",
                 id="product-bad-method"),
    pytest.param(["product", "add-loan", "--code", "X", "--name", "X", "--method", "flat", "--rate", "1",
                  "--penalty", "pct_week:1"], "penalty", id="product-bad-penalty"),
    pytest.param(["product", "add-loan", "--code", "X", "--name", "X", "--method", "flat", "--rate", "1",
                  "--admin", "dua puluh ribu"], "admin", id="product-bad-admin"),
    pytest.param(["product", "add-loan", "--code", "UMUM", "--name", "X", "--method", "flat", "--rate", "1"], "code",
                 id="product-duplicate-code"),
    pytest.param(["product", "add-loan", "--code", "X", "--name", "X", "--method", "flat", "--rate", "1",
                  "--rounding", "300"], "rounding", id="product-bad-unit"),
    pytest.param(["journal", "reverse", "BKM-2025-000002", "--reason", "salah", "--date", "2025-12-31"], "voucher",
                 id="reverse-older-repayment"),
]


@pytest.mark.parametrize(("args", "field"), BAD)
def test_bad_input_is_refused_and_changes_nothing(books: Books, args: list[str], field: str,
                                                  request: pytest.FixtureRequest,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before, rows_before = dump(books.db), loan_rows(books.db)
    if request.node.callspec.id in BAD_END_TO_END:
        result = coopdesk(books.db, *args)
        code, stdout, stderr = result.returncode, result.stdout, result.stderr
    else:
        capsys.readouterr()
        code = run_cli(["--db", str(books.db), *args])
        stdout, stderr = capsys.readouterr()
    assert code == 2, (stdout, stderr)
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error: {field}: "), lines[0]
    assert stdout == ""
    assert loan_rows(books.db) == rows_before
    assert dump(books.db) == before


def test_the_good_commands_next_to_them_work(books: Books, tmp_path: Path) -> None:
    """The same commands with good values do change the books (so the refusals above mean something)."""
    copy = copy_of(books.db, tmp_path / "copy.db")
    before = loan_rows(copy)
    assert ok(copy, "loan", "approve", "PJ-2025-00003", "--date", "2025-12-01", user="ketua") == "approved\n"
    assert ok(copy, "loan", "repay", DISBURSED, "5000", "--date", "2025-12-31") == "BKM-2025-000006\n"
    assert loan_rows(copy) != before

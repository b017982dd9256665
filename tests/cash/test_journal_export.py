"""Journal export for the auditors: one row per line, CSV and Excel read back, and the export
re-adds to the trial balance."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select

from coopdesk.db.models import Member
from coopdesk.domain.errors import ValidationError
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.journal_export import journal_lines, write_journal_csv, write_journal_xlsx
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.services import cash_entries, loan_repayments, members, month_end, savings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput
from tests.cash.conftest import CashLedger, build_cash_ledger
from tests.loans.helpers import disbursed_loan, staff

HEADER_ID = ["No. Bukti", "Tanggal", "Kode Akun", "Nama Akun", "Debit", "Kredit", "Keterangan", "No. Anggota",
             "Pengguna"]


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_one_row_per_line_with_bom_and_plain_integers(cash_ledger: CashLedger, tmp_path: Path) -> None:
    with cash_ledger.ctx.reading() as session:
        result = write_journal_csv(session, date(2025, 1, 1), date(2025, 1, 6), tmp_path / "j.csv")
    assert (result.lines, result.total_debit, result.total_credit) == (6, 1_200_000, 1_200_000)
    assert (tmp_path / "j.csv").read_bytes().startswith(b"\xef\xbb\xbfNo. Bukti,Tanggal,")
    rows = _csv(tmp_path / "j.csv")
    assert rows == [
        HEADER_ID,
        ["BKM-2025-000001", "2025-01-02", "1110", "Kas", "1000000", "0",
         "Setoran Simpanan Sukarela 00001 Budi Santoso", "00001", "admin"],
        ["BKM-2025-000001", "2025-01-02", "2111", "Simpanan Sukarela", "0", "1000000",
         "Setoran Simpanan Sukarela 00001 Budi Santoso", "00001", "admin"],
        ["BKK-2025-000001", "2025-01-05", "5220", "Beban ATK & Fotokopi", "150000", "0", "Beli ATK", "", "admin"],
        ["BKK-2025-000001", "2025-01-05", "1110", "Kas", "0", "150000", "Beli ATK", "", "admin"],
        ["BKM-2025-000002", "2025-01-06", "1110", "Kas", "50000", "0", "Jual kardus bekas", "", "admin"],
        ["BKM-2025-000002", "2025-01-06", "4290", "Pendapatan Lain-lain", "0", "50000", "Jual kardus bekas", "",
         "admin"],
    ]


def test_english_headers_and_line_notes(ctx: AppContext, tmp_path: Path) -> None:
    from coopdesk.domain.journal import LineSpec
    from coopdesk.services import ledger

    ledger.post_manual(ctx, date(2025, 3, 1), "Biaya kantor, koma \"kutip\"", [
        LineSpec("5220", debit=10_000, memo="ATK Maret"), LineSpec("1110", credit=10_000)])
    with ctx.reading() as session:
        write_journal_csv(session, date(2025, 3, 1), date(2025, 3, 31), tmp_path / "j.csv", "en")
    rows = _csv(tmp_path / "j.csv")
    assert rows[0] == ["Voucher", "Date", "Account code", "Account name", "Debit", "Credit", "Memo",
                       "Member number", "User"]
    assert rows[1][6] == 'Biaya kantor, koma "kutip" – ATK Maret'  # commas and quotes survive the CSV
    assert rows[2][6] == 'Biaya kantor, koma "kutip"'


def test_xlsx_numbers_format_and_total_formulas(cash_ledger: CashLedger, tmp_path: Path) -> None:
    with cash_ledger.ctx.reading() as session:
        result = write_journal_xlsx(session, date(2025, 1, 1), date(2025, 2, 28), tmp_path / "j.xlsx")
    assert result.lines == 14 and result.total_debit == result.total_credit == 2_080_000
    ws = load_workbook(tmp_path / "j.xlsx").active
    assert ws["A1"].value == "JURNAL UMUM · KSP Sejahtera"
    assert [c.value for c in ws[4]] == HEADER_ID
    assert ws.freeze_panes == "A5"
    first = [c.value for c in ws[5]]
    assert first[0] == "BKM-2025-000001" and first[1].date() == date(2025, 1, 2)
    assert first[2:] == ["1110", "Kas", 1_000_000, 0, "Setoran Simpanan Sukarela 00001 Budi Santoso", "00001",
                         "admin"]
    assert ws["E5"].number_format == xs.RUPIAH and ws["B5"].number_format == xs.DATE
    assert isinstance(ws["F18"].value, int) and ws["A18"].value == "BKK-2025-000003"
    assert (ws["A19"].value, ws["E19"].value, ws["F19"].value) == ("JUMLAH", "=SUM(E5:E18)", "=SUM(F5:F18)")
    assert sum(ws[f"E{r}"].value for r in range(5, 19)) == sum(ws[f"F{r}"].value for r in range(5, 19)) == 2_080_000


def test_an_empty_period_and_a_backward_one(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.reading() as session:
        assert write_journal_xlsx(session, date(2025, 5, 1), date(2025, 5, 31), tmp_path / "e.xlsx").lines == 0
        assert write_journal_csv(session, date(2025, 5, 1), date(2025, 5, 31), tmp_path / "e.csv").lines == 0
        with pytest.raises(ValidationError) as err:
            list(journal_lines(session, date(2025, 5, 31), date(2025, 5, 1)))
    assert err.value.field == "to"
    assert _csv(tmp_path / "e.csv") == [HEADER_ID]
    assert load_workbook(tmp_path / "e.xlsx").active["E5"].value == 0


def _sums_per_account(rows: list[list[str]]) -> dict[str, int]:
    sums: dict[str, int] = defaultdict(int)
    for row in rows[1:]:
        sums[row[2]] += int(row[4]) - int(row[5])
    return {code: net for code, net in sums.items() if net}


def _tb_nets(ctx: AppContext, day: date) -> dict[str, int]:
    with ctx.reading() as session:
        tb = trial_balance(session, day)
    return {r.code: r.debit - r.credit for r in tb.rows if r.debit - r.credit}


def test_exported_journal_re_adds_to_the_trial_balance(cash_ledger: CashLedger, tmp_path: Path) -> None:
    ctx = cash_ledger.ctx
    with ctx.reading() as session:
        write_journal_csv(session, date(2025, 1, 1), date(2025, 2, 28), tmp_path / "all.csv")
    assert _sums_per_account(_csv(tmp_path / "all.csv")) == _tb_nets(ctx, date(2025, 2, 28)) == {
        "1110": 500_000, "1121": 120_000, "1122": 200_000, "2111": -1_000_000, "4290": -50_000,
        "5220": 150_000, "5230": 80_000}
    # A loan disbursed and partly repaid, and a month end: lines of every kind (member lines,
    # interest, fees, wajib) must re-add as well.
    staff(ctx)
    loan = disbursed_loan(ctx, "00001", 1_200_000, 12, date(2025, 3, 3))
    loan_repayments.repay(ctx, loan, 250_000, date(2025, 4, 3))
    month_end.run(ctx, "2025-03")
    with ctx.reading() as session:
        write_journal_xlsx(session, date(2025, 1, 1), date(2025, 4, 30), tmp_path / "all.xlsx")
    ws = load_workbook(tmp_path / "all.xlsx").active
    rows = [[str(v) if i != 4 and i != 5 else v for i, v in enumerate(r)]
            for r in ws.iter_rows(min_row=4, values_only=True) if r[0] != "JUMLAH"]
    assert _sums_per_account(rows) == _tb_nets(ctx, date(2025, 4, 30))
    assert "1141" in _tb_nets(ctx, date(2025, 4, 30))
    # A later period re-adds to the difference of the trial balances at its ends.
    with ctx.reading() as session:
        write_journal_csv(session, date(2025, 1, 7), date(2025, 4, 30), tmp_path / "part.csv")
    before, after = _tb_nets(ctx, date(2025, 1, 6)), _tb_nets(ctx, date(2025, 4, 30))
    change = {c: after.get(c, 0) - before.get(c, 0) for c in set(before) | set(after)}
    assert _sums_per_account(_csv(tmp_path / "part.csv")) == {c: v for c, v in change.items() if v}


operation = st.one_of(
    st.tuples(st.just("expense"), st.sampled_from(["5220", "5230", "5280", "5330"]), st.integers(1, 5_000_000)),
    st.tuples(st.just("income"), st.sampled_from(["4210", "4290"]), st.integers(1, 5_000_000)),
    st.tuples(st.just("transfer"), st.sampled_from(["1110>1121", "1121>1110", "1121>1122", "1122>1121"]),
              st.integers(1, 5_000_000)),
    st.tuples(st.just("deposit"), st.just("sukarela"), st.integers(1, 5_000_000)),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.tuples(operation, st.integers(0, 364)), min_size=1, max_size=6),
       cut=st.integers(0, 364))
def test_property_export_sums_equal_the_trial_balance(sqlite_ctx: AppContext, tmp_path: Path,
                                                      ops: list[tuple[tuple[str, str, int], int]], cut: int) -> None:
    """Whatever cash entries are made, the journal exported from the books' start to any day,
    summed per account, is that day's trial balance (the ledger grows over the examples)."""
    ctx = sqlite_ctx
    with ctx.reading() as session:
        has_member = session.scalar(select(func.count()).select_from(Member))
    if not has_member:
        members.register(ctx, MemberInput("Budi Santoso", "3375011203750001", "L", date(2025, 1, 1)))
    start = date(2025, 1, 1)
    for (kind, what, amount), offset in ops:
        day = start + timedelta(days=offset)
        if kind == "expense":
            cash_entries.cash_expense(ctx, day, what, amount, "biaya")
        elif kind == "income":
            cash_entries.cash_income(ctx, day, what, amount, "pendapatan")
        elif kind == "transfer":
            source, target = what.split(">")
            cash_entries.transfer(ctx, day, source, target, amount, "pindah")
        else:
            savings.deposit(ctx, "00001", what, amount, day)
    end = start + timedelta(days=cut)
    path = tmp_path / "p.csv"
    with ctx.reading() as session:
        write_journal_csv(session, start, end, path)
    assert _sums_per_account(_csv(path)) == _tb_nets(ctx, end)


def test_the_small_ledger_builder_is_reusable(sqlite_ctx: AppContext) -> None:
    assert build_cash_ledger(sqlite_ctx).vouchers[-1] == "BKK-2025-000003"

"""Importing the member list with opening balances: the sample file, broken files, the rules."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from coopdesk.db.base import Base
from coopdesk.db.models import AuditLog, JournalEntry, Member, SavingsTransaction
from coopdesk.db.schema import Database
from coopdesk.domain.errors import ValidationError
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.services import corrections, ledger, member_import, members, month_end, savings, settings
from coopdesk.services.context import AppContext
from coopdesk.services.member_import import ImportRefused, classify_header
from coopdesk.services.members import MemberInput
from tests.imports.conftest import MakeSheet, edited_copy

HEADER = ["NO", "NO. ANGGOTA", "NAMA LENGKAP", "NIK", "L/P", "TEMPAT, TGL LAHIR", "TGL MASUK", "SIMP. POKOK",
          "SIMP. WAJIB", "SIMP. SUKARELA"]


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: equal snapshots mean nothing changed."""
    result = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = ", ".join(c.name for c in table.primary_key.columns)
            result[table.name] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table.name} ORDER BY {order}"))]
    return result


def blocking(preview_or_exc: Any) -> set[tuple[int | None, str]]:
    preview = preview_or_exc.preview if isinstance(preview_or_exc, ImportRefused) else preview_or_exc
    return {(p.row, p.column) for p in preview.blocking_problems}


def member_row(no: int, *, nik: str | None = None, joined: object = "02-01-2020", **amounts: object) -> list[object]:
    return [no, f"{no:03d}", f"Anggota Nomor {no}", nik or f"33750112037500{no:02d}", "L", "Tegal, 12/3/1975",
            joined, amounts.get("pokok", "100.000"), amounts.get("wajib", "50.000"), amounts.get("sukarela", 0)]


# ---------------------------------------------------------------------------- the sample file


def test_preview_of_the_sample_reads_exactly_what_the_truth_says(ctx: AppContext, sample: Path,
                                                                 truth: dict[str, Any]) -> None:
    preview = member_import.preview_file(ctx, sample)
    assert preview.sheet == truth["sheet"]
    assert preview.header_row == truth["header_row"]
    assert preview.total_row == truth["total_row"]
    assert preview.invalid_rows == truth["invalid_rows"]
    assert preview.can_import
    assert len(preview.rows) == len(truth["members"])
    for row, expected in zip(preview.rows, truth["members"], strict=True):
        got = {"row": row.row, "number": row.number, "name": row.name, "nik": row.nik, "gender": row.gender,
               "birth_date": row.birth_date.isoformat() if row.birth_date else None,
               "joined": row.joined.isoformat() if row.joined else None,
               "pokok": row.pokok, "wajib": row.wajib, "sukarela": row.sukarela}
        assert got == expected
    assert preview.totals == {"pokok": 4_000_000, "wajib": 45_200_000, "sukarela": 38_316_000}
    assert preview.file_totals == preview.totals
    assert preview.stated_as_of == date(2024, 12, 31)
    assert preview.as_of == date(2024, 12, 31)
    assert preview.entry_date == date(2025, 1, 1)
    assert preview.number_format == "{seq:04d}"
    assert preview.next_number == "0041"
    # the only remark: a NIK stored as a number that ends in 0 (Excel keeps 15 digits)
    assert [(p.row, p.column, p.blocking) for p in preview.problems] == [(15, "NIK", False)]


def test_sample_imports_members_and_opening_balances(ctx: AppContext, sample: Path, truth: dict[str, Any]) -> None:
    result = member_import.import_members(ctx, sample, date(2024, 12, 31))
    assert (result.members, result.first_number, result.last_number) == (40, "0001", "0040")
    assert result.voucher == "JM-2025-000001"
    assert result.number_format_change == ("{seq:05d}", "{seq:04d}")
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 40
        for expected in truth["members"]:
            m = members.by_number(session, expected["number"])
            assert (m.name, m.nik, m.gender, m.birth_date, m.joined, m.status) == (
                expected["name"], expected["nik"], expected["gender"], date.fromisoformat(expected["birth_date"]),
                date.fromisoformat(expected["joined"]), "aktif")
            assert m.seq == int(expected["number"])
            balances = savings.balances(session, m.id)
            assert balances == {p: expected[p] for p in ("pokok", "wajib", "sukarela")}
        m1 = members.by_number(session, "0001")
        assert (m1.birth_place, m1.address, m1.phone, m1.occupation) == (
            "Tegal", "Jl. Diponegoro No. 142, Batang", "0839-1500-0806", "Wiraswasta")
        assert members.by_number(session, "0002").phone == "084978690736"  # the 0 Excel dropped

        # one balanced MEMORIAL entry on the books start, traced to members
        entry = ledger.entry_by_voucher(session, "JM-2025-000001")
        assert (entry.date, entry.source, entry.journal_type) == (date(2025, 1, 1), "savings.opening", "JM")
        assert entry.memo == "Saldo awal simpanan anggota (impor dari daftar-anggota-contoh.xlsx)"
        debits = [(l.account.code, l.debit) for l in entry.lines if l.debit]
        assert debits == [("3190", 87_516_000)]
        credits = [l for l in entry.lines if l.credit]
        nonzero = sum(1 for m in truth["members"] for p in ("pokok", "wajib", "sukarela") if m[p])
        assert len(credits) == nonzero
        assert all(l.member_id is not None for l in credits)
        by_account: dict[str, int] = {}
        for line in credits:
            by_account[line.account.code] = by_account.get(line.account.code, 0) + line.credit
        assert by_account == {"3110": 4_000_000, "3120": 45_200_000, "2111": 38_316_000}

        kinds = set(session.scalars(select(SavingsTransaction.kind)))
        assert kinds == {"opening"}
        assert set(session.scalars(select(SavingsTransaction.date))) == {date(2025, 1, 1)}

        tb = trial_balance(session, date(2025, 12, 31))
        assert tb.balanced
        sides = {r.code: (r.debit, r.credit) for r in tb.rows}
        assert sides["3110"] == (0, 4_000_000)
        assert sides["3120"] == (0, 45_200_000)
        assert sides["2111"] == (0, 38_316_000)
        assert sides["3190"] == (87_516_000, 0)
        control = savings.control_totals(session)
        for code in ("3110", "3120", "2111"):
            assert -ledger.account_balance(session, code) == control[code]

        # the settings change and the import itself are in the audit trail
        assert settings.get(session, "member_number_format") == "{seq:04d}"
        actions = [a for (a,) in session.execute(select(AuditLog.action))]
        assert actions.count("member.register") == 40
        assert actions.count("setting.change") == 1
        assert actions.count("members.import") == 1

    # a member registered afterwards continues the numbering, in the same style
    number = members.register(ctx, MemberInput("Budi Baru", "3375011203750001", "L", date(2025, 2, 1)))
    assert number == "0041"


def test_importing_the_same_file_twice_is_refused_and_changes_nothing(ctx: AppContext, sample: Path) -> None:
    member_import.import_members(ctx, sample)
    before = snapshot(ctx.db)
    with pytest.raises(ImportRefused) as refused:
        member_import.import_members(ctx, sample)
    assert snapshot(ctx.db) == before
    problems = refused.value.preview.blocking_problems
    assert problems[0].row is None and "already imported" in problems[0].message
    nik_rows = {p.row for p in problems if p.column == "NIK" and "already registered" in p.message}
    assert nik_rows == {r.row for r in refused.value.preview.rows}


def test_a_renamed_copy_is_refused_by_its_niks(ctx: AppContext, sample: Path, tmp_path: Path) -> None:
    member_import.import_members(ctx, sample)
    copy = edited_copy(tmp_path / "lagi.xlsx", {"G5": "Jl. Baru No. 1"})  # other bytes, same members
    before = snapshot(ctx.db)
    with pytest.raises(ImportRefused) as refused:
        member_import.import_members(ctx, copy)
    assert snapshot(ctx.db) == before
    assert all("already" in p.message for p in refused.value.preview.blocking_problems)
    assert {p.row for p in refused.value.preview.blocking_problems} == set(range(5, 47)) - {22, 43}


def test_broken_file_imports_nothing_and_names_rows_and_columns(ctx: AppContext, broken_file: Path) -> None:
    before = snapshot(ctx.db)
    with pytest.raises(ImportRefused) as refused:
        member_import.import_members(ctx, broken_file)
    assert snapshot(ctx.db) == before
    assert blocking(refused.value) == {
        (5, "NIK"), (9, "NIK"),  # the same NIK twice
        (7, "NIK"),  # 15 digits
        (12, "SIMP. WAJIB"),  # unreadable amount
        (48, "SIMP. WAJIB"),  # so the rows no longer add up to the JUMLAH row
    }
    messages = {(p.row, p.column): p.describe() for p in refused.value.preview.blocking_problems}
    assert messages[(7, "NIK")] == "row 7, column NIK (D): must be exactly 16 digits (got 15)"
    assert messages[(9, "NIK")] == "row 9, column NIK (D): the same NIK 6107140404749953 is also on row 5"
    assert messages[(12, "SIMP. WAJIB")] == "row 12, column SIMP. WAJIB (L): is not an amount of Rupiah: Rp 5OO.OOO"
    assert "rows 12" in messages[(48, "SIMP. WAJIB")]
    assert refused.value.preview.invalid_rows == [5, 7, 9, 12, 48]


def test_preview_changes_nothing(ctx: AppContext, sample: Path, broken_file: Path) -> None:
    before = snapshot(ctx.db)
    member_import.preview_file(ctx, sample)
    member_import.preview_file(ctx, broken_file)
    assert snapshot(ctx.db) == before


def test_opening_wajib_does_not_pay_later_obligations(ctx: AppContext, sample: Path) -> None:
    member_import.import_members(ctx, sample)
    result = month_end.run(ctx, "2025-01")
    assert result.obligations_created == 40
    owed = {number: amount for number, _, amount in result.arrears}
    assert len(owed) == 40 and set(owed.values()) == {50_000}  # nobody's opening wajib counts for January


def test_the_opening_entry_can_be_reversed(ctx: AppContext, sample: Path) -> None:
    result = member_import.import_members(ctx, sample)
    assert result.voucher is not None
    corrections.reverse(ctx, result.voucher, "salah file", date(2025, 1, 1))
    with ctx.reading() as session:
        assert savings.control_totals(session) == {"3110": 0, "3120": 0, "2111": 0}
        tb = trial_balance(session, date(2025, 12, 31))
        assert tb.balanced and tb.total_debit == 0
        kinds = {k for (k,) in session.execute(select(SavingsTransaction.kind).distinct())}
        assert kinds == {"opening", "rev-opening"}


def test_file_changed_after_the_preview_is_refused(ctx: AppContext, sample: Path, tmp_path: Path) -> None:
    copy = edited_copy(tmp_path / "a.xlsx", {})
    preview = member_import.preview_file(ctx, copy)
    edited_copy(copy, {"M5": 5000})
    with pytest.raises(ValidationError, match="changed since"):
        member_import.import_members(ctx, copy, expected_sha256=preview.sha256)


def test_balances_must_be_at_the_day_before_the_books_start(ctx: AppContext, sample: Path) -> None:
    with pytest.raises(ValidationError) as err:
        member_import.import_members(ctx, sample, date(2025, 1, 31))
    assert err.value.field == "as_of"


def test_a_title_with_another_balance_date_blocks(ctx: AppContext, tmp_path: Path) -> None:
    other = edited_copy(tmp_path / "juni.xlsx", {"A2": "Keadaan per 30 Juni 2025"})
    preview = member_import.preview_file(ctx, other)
    assert blocking(preview) == {(2, "")}
    assert "30-06-2025" in preview.blocking_problems[0].message


def test_import_of_the_sample_is_quick(ctx: AppContext, sample: Path) -> None:
    started = time.perf_counter()
    member_import.import_members(ctx, sample)
    elapsed = time.perf_counter() - started
    print(f"importing the sample of 40 members took {elapsed * 1000:.0f} ms")
    assert elapsed < 5


# ---------------------------------------------------------------------------- other shapes of files


def test_header_found_by_labels_in_any_order_with_a_two_line_header(ctx: AppContext, make_sheet: MakeSheet) -> None:
    path = make_sheet([
        ["Daftar anggota"],
        [],
        ["Nama Anggota", "Jenis Kelamin", "No. KTP", "Keterangan", "Tanggal Masuk", "Nomor Anggota",
         "Tempat Lahir", "Tanggal Lahir", "SIMPANAN", None, None],
        [None, None, None, None, None, None, None, None, "Pokok", "Wajib", "Sukarela"],
        ["SITI AMINAH", "Wanita", "'3375015203750002", "lama", "2 Januari 2019", 7, "Batang", "12/03/1975",
         "Rp 50.000", "Rp 1.000.000", "-"],
        ["Budi", "LK", 3375011203750003, "", "03-02-2020", 12, "Tegal", "12.03.1975", 100000, 20000, "Rp 5.000"],
        ["TOTAL", None, None, None, None, None, None, None, 150000, 1020000, 5000],
        ["Mengetahui,", "Ketua"],
    ])
    preview = member_import.preview_file(ctx, path)
    assert preview.header_row == 3 and preview.total_row == 7
    assert preview.can_import, [p.describe() for p in preview.problems]
    siti, budi = preview.rows
    assert (siti.number, siti.name, siti.gender, siti.birth_place, siti.birth_date) == (
        "7", "Siti Aminah", "P", "Batang", date(1975, 3, 12))
    assert (budi.number, budi.nik, budi.joined, budi.pokok, budi.wajib, budi.sukarela) == (
        "12", "3375011203750003", date(2020, 2, 3), 100_000, 20_000, 5_000)
    assert preview.number_format == "{seq:d}"
    assert preview.next_number == "13"


def test_rows_below_the_total_with_a_nik_block(ctx: AppContext, make_sheet: MakeSheet) -> None:
    path = make_sheet([HEADER, member_row(1), ["", "", "JUMLAH", "", "", "", "", 100000, 50000, 0], member_row(2)])
    preview = member_import.preview_file(ctx, path)
    assert blocking(preview) == {(4, "NIK")}
    assert [r.row for r in preview.rows] == [2]


def test_amount_cells_as_numbers(ctx: AppContext, make_sheet: MakeSheet) -> None:
    path = make_sheet([HEADER, member_row(1, wajib=150000.0, sukarela=1250.5), member_row(2, pokok=-5)])
    preview = member_import.preview_file(ctx, path)
    assert preview.rows[0].wajib == 150_000
    assert blocking(preview) == {(2, "SIMP. SUKARELA"), (3, "SIMP. POKOK")}
    assert "fraction" in preview.rows[0].problems[0].message


def test_missing_required_columns_and_cells(ctx: AppContext, make_sheet: MakeSheet) -> None:
    no_joined = make_sheet([["NO. ANGGOTA", "NAMA", "NIK", "L/P"], ["001", "Budi", "3375011203750001", "L"]])
    preview = member_import.preview_file(ctx, no_joined)
    assert [p.message for p in preview.blocking_problems] == [
        "has no column for the join date (a header like TGL MASUK)"]
    empty_cells = make_sheet([HEADER, member_row(1), [2, "002", "", "", "", "", "", "", "", ""],
                              [3, "003", "Ani", "3375015203750003", "", "", "", "", "", ""]])
    preview = member_import.preview_file(ctx, empty_cells)
    assert blocking(preview) == {(3, "NAMA LENGKAP"), (3, "NIK"), (3, "TGL MASUK"), (3, "L/P"), (4, "TGL MASUK")}
    ani = preview.rows[2]
    assert ani.gender == "P"  # taken from the NIK, with a warning
    assert any(p.column == "L/P" and not p.blocking for p in ani.problems)


def test_no_header_row(ctx: AppContext, make_sheet: MakeSheet) -> None:
    preview = member_import.preview_file(ctx, make_sheet([["a", "b"], [1, 2]]))
    assert not preview.can_import
    assert "no header row" in preview.blocking_problems[0].message


def test_not_an_excel_file(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "daftar.xlsx"
    path.write_text("NAMA;NIK\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"not an Excel \.xlsx workbook"):
        member_import.preview_file(ctx, path)
    with pytest.raises(ValidationError, match="cannot be read"):
        member_import.preview_file(ctx, tmp_path / "missing.xlsx")


def test_join_date_after_the_opening_and_birth_after_joining(ctx: AppContext, make_sheet: MakeSheet) -> None:
    late = member_row(1, joined="2 Januari 2025")
    young = member_row(2, joined="1 Januari 1970")
    preview = member_import.preview_file(ctx, make_sheet([HEADER, late, young]))
    assert blocking(preview) == {(2, "TGL MASUK"), (3, "TEMPAT, TGL LAHIR")}


def test_numbers_clashing_with_members_already_in_the_books(ctx: AppContext, make_sheet: MakeSheet) -> None:
    existing = members.register(ctx, MemberInput("Lama", "3375011203759999", "L", date(2020, 1, 1)))
    assert existing == "00001"
    path = make_sheet([HEADER, member_row(1), member_row(2), [3, "00001", "Dua Kali", "3375011203750003", "L", "",
                                                               "02-01-2020", 0, 0, 0]])
    preview = member_import.preview_file(ctx, path)
    # 001 would take seq 1 of member 00001; "00001" itself is already a number in the books
    assert blocking(preview) == {(2, "NO. ANGGOTA"), (4, "NO. ANGGOTA")}
    assert preview.number_format is None  # the books already have members: their format stays


def test_numbers_without_a_common_pattern_get_sequences_after_the_books(ctx: AppContext,
                                                                         make_sheet: MakeSheet) -> None:
    rows = [HEADER, member_row(1), member_row(2)]
    rows[1][1], rows[2][1] = "A-1", "B-7"
    result = member_import.import_members(ctx, make_sheet(rows))
    assert (result.first_number, result.last_number, result.number_format_change) == ("A-1", "B-7", None)
    assert members.register(ctx, MemberInput("Baru", "3375011203759999", "L", date(2025, 2, 1))) == "00003"


def test_all_zero_balances_post_no_entry(ctx: AppContext, make_sheet: MakeSheet) -> None:
    path = make_sheet([HEADER, member_row(1, pokok=0, wajib=0), member_row(2, pokok="", wajib="-")])
    result = member_import.import_members(ctx, path)
    assert result.voucher is None and result.members == 2
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(JournalEntry)) == 0


@pytest.mark.parametrize(("header", "field"), [
    ("NO. ANGGOTA", "number"), ("No Anggota", "number"), ("NAMA LENGKAP", "name"), ("Nama Anggota", "name"),
    ("NIK", "nik"), ("No. KTP", "nik"), ("L/P", "gender"), ("JK", "gender"), ("Jenis Kelamin", "gender"),
    ("TEMPAT, TGL LAHIR", "birth"), ("Tempat Lahir", "birth_place"), ("Tgl. Lahir", "birth_date"),
    ("ALAMAT", "address"), ("NO. HP", "phone"), ("No. Telp/WA", "phone"), ("PEKERJAAN", "occupation"),
    ("TGL MASUK", "joined"), ("Tanggal Daftar", "joined"), ("SIMP. POKOK", "pokok"), ("Simpanan Wajib", "wajib"),
    ("SIMP. SUKARELA", "sukarela"), ("Tabungan", "sukarela"), ("NO", None), ("Keterangan", None),
    ("JUMLAH SIMPANAN", None),
])
def test_header_labels(header: str, field: str | None) -> None:
    assert classify_header(header) == field

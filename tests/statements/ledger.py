"""A small cooperative ledger written out by hand, shared by the statement tests.

Books start 1 January 2024 so the 2025 statements have a 2024 comparative.  Every figure the
tests expect is worked out in the test's comments from these entries.
"""

from __future__ import annotations

from datetime import date, datetime

from coopdesk.db.schema import Database
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.services import ledger
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext

L = LineSpec

# (date, memo, source, journal type, lines)
ENTRIES: list[tuple[date, str, str, JournalType, list[LineSpec]]] = [
    (date(2024, 1, 2), "Saldo awal kas", "manual", JournalType.GENERAL,
     [L("1110", 10_000_000), L("3190", 0, 10_000_000)]),
    (date(2024, 3, 1), "Jasa pinjaman", "manual", JournalType.CASH_IN, [L("1110", 1_200_000), L("4110", 0, 1_200_000)]),
    (date(2024, 3, 5), "Gaji Maret", "manual", JournalType.CASH_OUT, [L("5210", 300_000), L("1110", 0, 300_000)]),
    (date(2025, 1, 10), "Simpanan pokok", "manual", JournalType.CASH_IN,
     [L("1110", 5_000_000), L("3110", 0, 5_000_000)]),
    (date(2025, 1, 15), "Setoran sukarela", "manual", JournalType.CASH_IN,
     [L("1110", 3_000_000), L("2111", 0, 3_000_000)]),
    (date(2025, 2, 1), "Pencairan pinjaman", "manual", JournalType.CASH_OUT,
     [L("1141", 8_000_000), L("1110", 0, 7_900_000), L("4120", 0, 100_000)]),
    (date(2025, 3, 1), "Angsuran", "manual", JournalType.CASH_IN,
     [L("1110", 2_150_000), L("1141", 0, 2_000_000), L("4110", 0, 150_000)]),
    (date(2025, 3, 15), "Setor ke bank", "manual", JournalType.GENERAL,
     [L("1121", 1_000_000), L("1110", 0, 1_000_000)]),
    (date(2025, 4, 1), "Listrik April", "manual", JournalType.CASH_OUT, [L("5230", 250_000), L("1110", 0, 250_000)]),
    (date(2025, 4, 30), "Bunga sukarela April", "month_end.interest", JournalType.MEMORIAL,
     [L("5110", 60_000), L("2111", 0, 54_000), L("2140", 0, 6_000)]),
    (date(2025, 5, 2), "Jasa giro", "manual", JournalType.GENERAL, [L("1121", 20_000), L("4210", 0, 20_000)]),
    (date(2025, 6, 1), "Biaya RAT", "manual", JournalType.CASH_OUT, [L("5330", 400_000), L("1110", 0, 400_000)]),
    (date(2025, 6, 10), "Beli lemari arsip", "manual", JournalType.CASH_OUT,
     [L("1340", 1_200_000), L("1110", 0, 1_200_000)]),
    (date(2025, 6, 30), "Penyusutan Juni", "month_end.depreciation", JournalType.MEMORIAL,
     [L("5270", 100_000), L("1345", 0, 100_000)]),
]


def post(ctx: AppContext, day: date, memo: str, lines: list[LineSpec], *, source: str = "manual",
         journal_type: JournalType = JournalType.GENERAL) -> None:
    """Post straight through the ledger (the statement tests need control accounts too)."""
    with ctx.transaction() as session:
        ledger.post_entry(session, ctx.actor(session), journal_type=journal_type, day=day, memo=memo, lines=lines,
                          source=source, created_at=datetime(2025, 7, 1, 9, 0))


def small_cooperative(db: Database) -> AppContext:
    init_books(db, BooksSetup("KSP Maju Bersama", date(2024, 1, 1)))
    ctx = AppContext(db, today=lambda: date(2025, 6, 30))
    for day, memo, source, journal_type, lines in ENTRIES:
        post(ctx, day, memo, lines, source=source, journal_type=journal_type)
    return ctx

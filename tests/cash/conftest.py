"""A small cash ledger, readable as a story, with every figure worked out by hand.

    2 Jan  BKM-2025-000001  Budi deposits sukarela 1.000.000       Kas 1.000.000
    5 Jan  BKK-2025-000001  ATK paid in cash 150.000               Kas   850.000
    6 Jan  BKM-2025-000002  old boxes sold 50.000                  Kas   900.000
    7 Jan  BKK-2025-000002  cash taken to the bank 500.000         Kas   400.000   Bank 500.000
    8 Jan  JU-2025-000001   bank to deposito 200.000                               Bank 300.000  Deposito 200.000
    3 Feb  BKM-2025-000003  cash fetched from the bank 100.000     Kas   500.000   Bank 200.000
   10 Feb  BKK-2025-000003  electricity paid from the bank 80.000                  Bank 120.000
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from coopdesk.services import cash_entries, members, savings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput


@dataclass(frozen=True)
class CashLedger:
    ctx: AppContext
    vouchers: list[str]


def build_cash_ledger(ctx: AppContext) -> CashLedger:
    number = members.register(ctx, MemberInput("Budi Santoso", "3375011203750001", "L", date(2025, 1, 2)))
    vouchers = [
        savings.deposit(ctx, number, "sukarela", 1_000_000, date(2025, 1, 2)).voucher,
        cash_entries.cash_expense(ctx, date(2025, 1, 5), "5220", 150_000, "Beli ATK").voucher,
        cash_entries.cash_income(ctx, date(2025, 1, 6), "4290", 50_000, "Jual kardus bekas").voucher,
        cash_entries.transfer(ctx, date(2025, 1, 7), "1110", "1121", 500_000, "Setor kas ke bank").voucher,
        cash_entries.transfer(ctx, date(2025, 1, 8), "1121", "1122", 200_000, "Deposito 3 bulan").voucher,
        cash_entries.transfer(ctx, date(2025, 2, 3), "1121", "1110", 100_000, "Ambil kas dari bank").voucher,
        cash_entries.cash_expense(ctx, date(2025, 2, 10), "5230", 80_000, "Listrik Januari", "1121").voucher,
    ]
    return CashLedger(ctx, vouchers)


@pytest.fixture
def cash_ledger(ctx: AppContext) -> CashLedger:
    return build_cash_ledger(ctx)

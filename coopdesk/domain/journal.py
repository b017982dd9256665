"""Journal entries as values, and the checks an entry must pass before it is posted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.errors import ValidationError


class JournalType(StrEnum):
    """Voucher series.  Numbers run per type per year without gaps."""

    CASH_IN = "BKM"  # bukti kas masuk: deposits, repayments
    CASH_OUT = "BKK"  # bukti kas keluar: withdrawals, exits, disbursements
    GENERAL = "JU"  # jurnal umum: entries typed by the treasurer
    MEMORIAL = "JM"  # jurnal memorial: month end (interest, tax), non-cash transfers
    CORRECTION = "JK"  # jurnal koreksi: reversing entries


@dataclass(frozen=True)
class LineSpec:
    """One line of an entry about to be posted.  Exactly one of debit/credit is non-zero."""

    account_code: str
    debit: int = 0
    credit: int = 0
    member_id: int | None = None
    memo: str = ""


def check_lines(lines: list[LineSpec]) -> None:
    """Refuse an entry that is not a proper double entry.  Raises ValidationError."""
    if len(lines) < 2:
        raise ValidationError("lines", "an entry needs at least two lines")
    for i, line in enumerate(lines, start=1):
        if not isinstance(line.debit, int) or not isinstance(line.credit, int):
            raise ValidationError(f"line {i}", "amounts must be whole Rupiah")
        if line.debit < 0 or line.credit < 0:
            raise ValidationError(f"line {i}", "amounts must not be negative")
        if (line.debit == 0) == (line.credit == 0):
            raise ValidationError(f"line {i}", "needs either a debit or a credit, not both or neither")
    debit = sum(line.debit for line in lines)
    credit = sum(line.credit for line in lines)
    if debit != credit:
        raise ValidationError(
            "lines", "debits ({debit}) do not equal credits ({credit})", debit=debit, credit=credit
        )


def reversal_of(lines: list[LineSpec]) -> list[LineSpec]:
    """The lines of a reversing entry: every debit becomes a credit and back."""
    return [
        LineSpec(l.account_code, debit=l.credit, credit=l.debit, member_id=l.member_id, memo=l.memo)
        for l in lines
    ]


def format_voucher(journal_type: str, year: int, seq: int) -> str:
    return f"{journal_type}-{year}-{seq:06d}"


# Source of the entries that close a year's income and expense into 3180 SHU Tahun Berjalan.
# Statements of a period leave them out: they move the year's result, they do not make it.
YEAR_CLOSE_SOURCE = "year_close"

"""The checks an entry must pass before it is posted, reversals, voucher numbers, balance sides."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopdesk.domain.accounts import AccountKind, balance_sides
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import JournalType, LineSpec, check_lines, format_voucher, reversal_of


def test_balanced_entries_pass() -> None:
    check_lines([LineSpec("5220", debit=150_000), LineSpec("1110", credit=150_000)])
    check_lines([LineSpec("5110", debit=300_000), LineSpec("2111", credit=270_000, member_id=1),
                 LineSpec("2140", credit=30_000)])


@pytest.mark.parametrize(
    ("lines", "field", "why"),
    [
        ([], "lines", "at least two"),
        ([LineSpec("1110", debit=5)], "lines", "at least two"),
        ([LineSpec("1110", debit=5), LineSpec("4290", credit=4)], "lines", r"debits \(5\) do not equal credits \(4\)"),
        ([LineSpec("1110", debit=-5), LineSpec("4290", credit=-5)], "line 1", "negative"),
        ([LineSpec("1110", debit=5), LineSpec("4290", debit=-5, credit=0)], "line 2", "negative"),
        ([LineSpec("1110", debit=5, credit=5), LineSpec("4290", credit=0, debit=0)], "line 1", "not both"),
        ([LineSpec("1110", debit=5), LineSpec("4290")], "line 2", "neither"),
        ([LineSpec("1110", debit=1.5), LineSpec("4290", credit=1.5)], "line 1", "whole Rupiah"),  # type: ignore[arg-type]
        ([LineSpec("1110", debit=Decimal(5)), LineSpec("4290", credit=5)], "line 1", "whole Rupiah"),  # type: ignore[arg-type]
    ],
)
def test_refusals(lines: list[LineSpec], field: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why) as err:
        check_lines(lines)
    assert err.value.field == field


def test_reversal_mirrors_every_line() -> None:
    lines = [LineSpec("5110", debit=300_000, memo="jasa"), LineSpec("2111", credit=270_000, member_id=7),
             LineSpec("2140", credit=30_000)]
    mirrored = reversal_of(lines)
    assert mirrored == [LineSpec("5110", credit=300_000, memo="jasa"), LineSpec("2111", debit=270_000, member_id=7),
                        LineSpec("2140", debit=30_000)]
    check_lines(mirrored)
    assert reversal_of(mirrored) == lines


def test_voucher_format() -> None:
    assert format_voucher(JournalType.CASH_IN.value, 2025, 7) == "BKM-2025-000007"
    assert format_voucher("JK", 2026, 123456) == "JK-2026-123456"
    assert {t.value for t in JournalType} == {"BKM", "BKK", "JU", "JM", "JK"}


def test_balance_sides() -> None:
    assert balance_sides(100, 30) == (70, 0)
    assert balance_sides(30, 100) == (0, 70)
    assert balance_sides(50, 50) == (0, 0)
    assert AccountKind.ASSET.normal_side == "D"
    assert AccountKind.EXPENSE.normal_side == "D"
    for kind in (AccountKind.LIABILITY, AccountKind.EQUITY, AccountKind.INCOME, AccountKind.CONTRA_ASSET):
        assert kind.normal_side == "C"

"""Kas opname through the service: the counted total from notes and coins, the book balance of
1110 on the day, and the adjustment (shortage Dr 5280 / Cr 1110, surplus Dr 1110 / Cr 4290)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import AuditLog, CashCount
from coopdesk.domain.errors import ValidationError
from coopdesk.services import cash_count
from coopdesk.services.context import AppContext
from tests.services.helpers import snapshot

from .helpers import balance, fund, lines

# 12 × 100.000 + 5 × 50.000 + 3 × 2.000 + 2 coins of 1.000 + 4 × 500 = 1.460.000
COUNTS = {"note:100000": 12, "note:50000": 5, "note:2000": 3, "coin:1000": 2, "coin:500": 4}


def test_counted_total_and_parsing() -> None:
    assert cash_count.counted_total(cash_count.normalise(COUNTS)) == 1_460_000
    assert cash_count.parse_count("100000=12")[0].key == "note:100000"
    assert cash_count.parse_count("100.000=1")[0].key == "note:100000"
    assert cash_count.parse_count("1000=3")[0].key == "note:1000"
    assert cash_count.parse_count("coin1000=3") == (cash_count.parse_denomination("coin:1000"), 3)
    assert cash_count.parse_count("500=4")[0].key == "coin:500"
    for bad in ("300=1", "100000", "100000=-1", "100000=x", "note500=1"):
        with pytest.raises(ValidationError) as err:
            cash_count.parse_count(bad)
        assert err.value.field == "count"


def test_no_difference_posts_nothing(ctx: AppContext) -> None:
    fund(ctx, 1_460_000, date(2025, 3, 1))
    saved = cash_count.record(ctx, date(2025, 3, 31), COUNTS, adjust=True, reason="")
    assert (saved.counted, saved.book_balance, saved.difference) == (1_460_000, 1_460_000, 0)
    assert saved.number == "KO-2025-0001" and saved.adjustment_voucher is None
    assert balance(ctx, "1110") == 1_460_000


def test_shortage_posted_with_a_reason(ctx: AppContext) -> None:
    fund(ctx, 1_500_000, date(2025, 3, 1))
    saved = cash_count.record(ctx, date(2025, 3, 31), COUNTS, adjust=True, reason="uang palsu ditarik")
    assert saved.difference == -40_000
    assert saved.adjustment_voucher is not None and saved.adjustment_voucher.startswith("JU-2025-")
    assert lines(ctx, saved.adjustment_voucher) == [("5280", 40_000, 0), ("1110", 0, 40_000)]
    assert balance(ctx, "1110") == 1_460_000  # the books now agree with the box


def test_surplus_posted(ctx: AppContext) -> None:
    fund(ctx, 1_400_000, date(2025, 3, 1))
    saved = cash_count.record(ctx, date(2025, 3, 31), COUNTS, adjust=True, reason="kembalian tidak diambil")
    assert saved.difference == 60_000
    assert saved.adjustment_voucher is not None
    assert lines(ctx, saved.adjustment_voucher) == [("1110", 60_000, 0), ("4290", 0, 60_000)]


def test_count_without_adjustment_is_recorded_and_audited(ctx: AppContext) -> None:
    fund(ctx, 1_500_000, date(2025, 3, 1))
    fund(ctx, 999_000, date(2025, 4, 1))  # after the count's day: not in its book balance
    saved = cash_count.record(ctx, date(2025, 3, 31), COUNTS)
    assert saved.difference == -40_000 and saved.adjustment_voucher is None
    assert balance(ctx, "1110") == 2_499_000
    with ctx.reading() as session:
        row = session.scalars(select(CashCount)).one()
        assert (row.counted_total, row.book_balance, row.difference) == (1_460_000, 1_500_000, -40_000)
        assert session.scalars(select(AuditLog.action).where(AuditLog.object_key == saved.number)).all() == [
            "cash.count"]
        again = cash_count.by_number(session, saved.number or "")
    assert again.result.counts == cash_count.normalise(COUNTS) and again.counted_by == "admin"
    second = cash_count.record(ctx, date(2025, 3, 31), COUNTS)
    assert second.number == "KO-2025-0002"


@pytest.mark.parametrize(("day", "counts", "adjust", "reason", "field"), [
    (date(2025, 3, 31), COUNTS, True, "  ", "reason"),
    (date(2025, 3, 31), {"note:300": 1}, False, "", "count"),
    (date(2025, 3, 31), {"note:100000": -2}, False, "", "count"),
    (date(2026, 1, 1), COUNTS, False, "", "date"),
    (date(2024, 12, 31), COUNTS, False, "", "date"),
])
def test_bad_input_changes_nothing(ctx: AppContext, day: date, counts: dict[str, int], adjust: bool, reason: str,
                                   field: str) -> None:
    fund(ctx, 1_500_000, date(2025, 3, 1))
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        cash_count.record(ctx, day, counts, adjust=adjust, reason=reason)
    assert err.value.field == field
    assert snapshot(ctx.db) == before

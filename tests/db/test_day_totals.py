"""account_day_totals, which the statements read, is kept by a database trigger: whatever
writes journal lines (a posting, a month end, a raw INSERT), the totals equal the journal."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from coopdesk.domain.journal import YEAR_CLOSE_SOURCE, JournalType, LineSpec
from coopdesk.services import ledger
from coopdesk.services.context import AppContext


def _post(ctx: AppContext, day: date, lines: list[LineSpec], source: str = "manual") -> None:
    with ctx.transaction() as session:
        ledger.post_entry(session, ctx.actor(session), journal_type=JournalType.GENERAL, day=day, memo="uji",
                          lines=lines, source=source, created_at=datetime(2025, 12, 31, 9, 0))


def _totals(ctx: AppContext) -> list[tuple[object, ...]]:
    with ctx.reading() as session:
        rows = session.execute(text(
            "SELECT a.code, t.date, t.closing, t.debit, t.credit FROM account_day_totals t "
            "JOIN accounts a ON a.id = t.account_id ORDER BY a.code, t.date, t.closing")).all()
    return [(code, str(day), bool(closing), debit, credit) for code, day, closing, debit, credit in rows]


def test_each_line_is_added_to_its_account_and_day(ctx: AppContext) -> None:
    _post(ctx, date(2025, 3, 1), [LineSpec("1110", 500_000), LineSpec("4290", 0, 500_000)])
    _post(ctx, date(2025, 3, 1), [LineSpec("5230", 200_000), LineSpec("1110", 0, 200_000)])
    # Two lines of one account in one entry, on another day.
    _post(ctx, date(2025, 3, 2), [LineSpec("1110", 70_000), LineSpec("1110", 30_000), LineSpec("4290", 0, 100_000)])
    _post(ctx, date(2025, 12, 31), [LineSpec("4290", 600_000), LineSpec("3180", 0, 600_000)],
          source=YEAR_CLOSE_SOURCE)
    assert _totals(ctx) == [
        ("1110", "2025-03-01", False, 500_000, 200_000),
        ("1110", "2025-03-02", False, 100_000, 0),
        ("3180", "2025-12-31", True, 0, 600_000),
        ("4290", "2025-03-01", False, 0, 500_000),
        ("4290", "2025-03-02", False, 0, 100_000),
        ("4290", "2025-12-31", True, 600_000, 0),
        ("5230", "2025-03-01", False, 200_000, 0),
    ]


def test_a_posting_that_fails_leaves_the_totals_as_they_were(ctx: AppContext) -> None:
    _post(ctx, date(2025, 3, 1), [LineSpec("1110", 500_000), LineSpec("4290", 0, 500_000)])
    before = _totals(ctx)
    try:
        with ctx.transaction() as session:
            ledger.post_entry(session, ctx.actor(session), journal_type=JournalType.GENERAL, day=date(2025, 3, 1),
                              memo="uji", lines=[LineSpec("1110", 1_000), LineSpec("4290", 0, 1_000)],
                              source="manual", created_at=datetime(2025, 12, 31, 9, 0))
            raise RuntimeError("power cut before commit")
    except RuntimeError:
        pass
    assert _totals(ctx) == before

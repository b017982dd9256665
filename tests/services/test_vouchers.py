"""Voucher numbers run per journal type per year, without gaps, whatever fails in between."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import JournalEntry, VoucherCounter
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.services import corrections, ledger, month_end, savings
from coopdesk.services.context import AppContext

from .helpers import context, join, snapshot


def _series(ctx: AppContext) -> dict[tuple[str, int], list[int]]:
    with ctx.reading() as session:
        result: dict[tuple[str, int], list[int]] = {}
        for e in session.scalars(select(JournalEntry).order_by(JournalEntry.id)):
            result.setdefault((e.journal_type, e.year), []).append(e.seq)
            assert e.voucher == f"{e.journal_type}-{e.year}-{e.seq:06d}"
        counters = {(c.journal_type, c.year): c.last_no for c in session.scalars(select(VoucherCounter))}
    assert {k: len(v) for k, v in result.items()} == counters
    return result


def _assert_gapless(ctx: AppContext) -> None:
    for key, seqs in _series(ctx).items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), key


def test_each_journal_type_has_its_own_series(ctx: AppContext) -> None:
    number = join(ctx)
    vouchers = [savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 1, d)).voucher for d in (5, 6, 7)]
    assert vouchers == ["BKM-2025-000001", "BKM-2025-000002", "BKM-2025-000003"]
    assert savings.withdraw(ctx, number, "sukarela", 10_000, date(2025, 1, 8)).voucher == "BKK-2025-000001"
    manual = ledger.post_manual(ctx, date(2025, 1, 9), "ATK", [LineSpec("5220", debit=5_000),
                                                               LineSpec("1110", credit=5_000)])
    assert manual.voucher == "JU-2025-000001"
    assert month_end.run(ctx, "2025-02").voucher == "JM-2025-000001"
    assert corrections.reverse(ctx, "JU-2025-000001", "salah ketik").voucher == "JK-2025-000001"
    assert savings.deposit(ctx, number, "sukarela", 1_000, date(2025, 3, 1)).voucher == "BKM-2025-000004"
    _assert_gapless(ctx)


def test_a_refused_posting_between_two_postings_leaves_no_hole(ctx: AppContext) -> None:
    number = join(ctx)
    assert savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 1, 5)).voucher == "BKM-2025-000001"
    with pytest.raises(ValidationError):  # overdraft
        savings.withdraw(ctx, number, "sukarela", 1_000_000, date(2025, 1, 6))
    with pytest.raises(ValidationError):  # pokok over the product amount
        savings.deposit(ctx, number, "pokok", 1_000_000, date(2025, 1, 6))
    with pytest.raises(ValidationError):  # unbalanced
        ledger.post_manual(ctx, date(2025, 1, 6), "x", [LineSpec("5220", debit=2), LineSpec("1110", credit=1)])
    assert savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 1, 7)).voucher == "BKM-2025-000002"
    assert savings.withdraw(ctx, number, "sukarela", 50_000, date(2025, 1, 8)).voucher == "BKK-2025-000001"
    atk = [LineSpec("5220", debit=5_000), LineSpec("1110", credit=5_000)]
    assert ledger.post_manual(ctx, date(2025, 1, 9), "ATK", atk).voucher == "JU-2025-000001"
    _assert_gapless(ctx)


def test_failure_after_the_number_was_taken_rolls_the_number_back(ctx: AppContext) -> None:
    number = join(ctx)
    first = savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 1, 5)).voucher
    savings.withdraw(ctx, number, "sukarela", 100_000, date(2025, 1, 6))
    before = snapshot(ctx.db)
    # The reversing entry is posted (JK number taken) before the savings check refuses it:
    # the deposit was withdrawn already.  The whole transaction must roll back, number included.
    with pytest.raises(ValidationError, match="overdraw"):
        corrections.reverse(ctx, first, "salah input")
    assert snapshot(ctx.db) == before
    second = savings.deposit(ctx, number, "sukarela", 5_000, date(2025, 1, 7)).voucher
    assert corrections.reverse(ctx, second, "salah input").voucher == "JK-2025-000001"
    _assert_gapless(ctx)


def test_a_crash_midway_through_a_posting_leaves_no_hole(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    number = join(ctx)
    assert savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 5)).voucher == "BKM-2025-000001"
    before = snapshot(ctx.db)

    def crash(entry: object) -> object:
        raise RuntimeError("power cut")

    # Fails after the entry, its lines and the savings row were written, before the commit.
    monkeypatch.setattr(savings.ledger, "summary", crash)
    with pytest.raises(RuntimeError):
        savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 6))
    monkeypatch.undo()
    assert snapshot(ctx.db) == before
    assert savings.deposit(ctx, number, "wajib", 50_000, date(2025, 1, 6)).voucher == "BKM-2025-000002"
    _assert_gapless(ctx)


def test_numbers_restart_each_year(db: object) -> None:
    ctx = context(db, today=date(2026, 2, 15))  # type: ignore[arg-type]
    number = join(ctx, joined=date(2025, 1, 2))
    assert savings.deposit(ctx, number, "sukarela", 10_000, date(2025, 12, 30)).voucher == "BKM-2025-000001"
    assert savings.deposit(ctx, number, "sukarela", 10_000, date(2026, 1, 2)).voucher == "BKM-2026-000001"
    assert savings.deposit(ctx, number, "sukarela", 10_000, date(2026, 1, 3)).voucher == "BKM-2026-000002"
    # A late entry for last year continues last year's series.
    assert savings.deposit(ctx, number, "sukarela", 10_000, date(2025, 12, 31)).voucher == "BKM-2025-000002"
    _assert_gapless(ctx)


@pytest.mark.postgresql
@pytest.mark.parametrize("first_of_the_year", [False, True], ids=["counter-exists", "first-posting"])
def test_concurrent_postings_get_distinct_gapless_numbers(ctx: AppContext, first_of_the_year: bool) -> None:
    """Several clerks posting at the same moment on a PostgreSQL server."""
    if ctx.db.dialect != "postgresql":
        pytest.skip("concurrent writers: PostgreSQL")
    numbers = [join(ctx, f"Anggota {i}") for i in range(6)]
    if not first_of_the_year:
        savings.deposit(ctx, numbers[0], "sukarela", 1_000, date(2025, 1, 2))
    start = threading.Barrier(len(numbers))
    errors: list[BaseException] = []

    def clerk(number: str) -> None:
        start.wait()
        try:
            savings.deposit(ctx, number, "sukarela", 10_000, date(2025, 2, 3))
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(n,)) for n in numbers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    _assert_gapless(ctx)
    assert len(_series(ctx)[("BKM", 2025)]) == len(numbers) + (0 if first_of_the_year else 1)

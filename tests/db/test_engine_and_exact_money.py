"""SQLite connection settings, and money that stays exact all the way through either database."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

from coopdesk.db.models import JournalLine, SavingsProduct
from coopdesk.db.schema import Database, database_url, open_database
from coopdesk.domain.journal import LineSpec
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.services import ledger, savings
from coopdesk.services.members import by_number

from .helpers import TODAY, context, join

BIG = 9_007_199_254_740_993  # 2^53 + 1: the first integer a float (a JavaScript number, a REAL) cannot hold
assert float(BIG) != BIG


def test_sqlite_connection_settings(empty_sqlite: Database) -> None:
    # Several pooled connections at once: each one gets the settings, not just the first.
    with empty_sqlite.engine.connect() as a, empty_sqlite.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            # FULL (2): in WAL mode NORMAL may lose the last commits on a power cut.
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_wal_is_a_property_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "books.db"
    open_database(str(path)).dispose()
    con = sqlite3.connect(path)  # any other tool opening the file
    try:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        con.close()


def test_database_url() -> None:
    assert database_url("postgresql+psycopg://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert database_url("relative/books.db").startswith("sqlite:////")
    assert database_url("relative/books.db").endswith("/relative/books.db")


def test_amounts_above_2_pow_53_round_trip_exactly(db: Database) -> None:
    ctx = context(db)
    number = join(ctx)
    ledger.post_manual(ctx, date(2025, 2, 1), "hibah besar", [LineSpec("1110", debit=BIG),
                                                               LineSpec("3150", credit=BIG)])
    savings.deposit(ctx, number, "sukarela", BIG, date(2025, 2, 2))
    savings.deposit(ctx, number, "sukarela", 1, date(2025, 2, 3))
    with db.engine.connect() as conn:
        raw = conn.execute(text("SELECT debit FROM journal_lines WHERE debit > 0 ORDER BY id")).scalars().all()
        assert raw == [BIG, BIG, 1]
        assert all(type(v) is int for v in raw)
        assert conn.execute(text("SELECT SUM(amount) FROM savings_transactions")).scalar() == BIG + 1
        assert conn.execute(text("SELECT SUM(debit) FROM journal_lines")).scalar() == 2 * BIG + 1
        if db.dialect == "sqlite":
            kinds = conn.execute(text("SELECT DISTINCT typeof(debit) || typeof(credit) FROM journal_lines"))
            assert kinds.scalars().all() == ["integerinteger"]
            assert conn.execute(text("SELECT DISTINCT typeof(amount) FROM savings_transactions")).scalars().all() \
                == ["integer"]
    with ctx.reading() as session:
        assert session.scalars(select(JournalLine.debit).order_by(JournalLine.id)).first() == BIG
        member = by_number(session, number)
        assert savings.balances(session, member.id)["sukarela"] == BIG + 1
        assert ledger.account_balance(session, "1110") == 2 * BIG + 1
        assert ledger.account_balance(session, "2111") == -(BIG + 1)
        tb = trial_balance(session, TODAY)
        assert tb.total_debit == tb.total_credit == 2 * BIG + 1
        assert savings.control_totals(session) == {"2111": BIG + 1}


def test_interest_rate_is_stored_as_exact_decimal(db: Database) -> None:
    ctx = context(db)
    rate = Decimal("2.123456789012345678")  # more digits than a float holds
    with ctx.transaction() as session:
        product = session.scalar(select(SavingsProduct).where(SavingsProduct.code == "sukarela"))
        assert product is not None
        assert product.interest_rate_year == Decimal("3")
        product.interest_rate_year = rate
    with ctx.reading() as session:
        assert session.scalar(select(SavingsProduct.interest_rate_year).where(SavingsProduct.code == "sukarela")) \
            == rate
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT interest_rate_year FROM savings_products WHERE code = 'sukarela'")).scalar()
    assert stored == str(rate)

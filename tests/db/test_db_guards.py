"""The database itself guards the books: posted journal rows and savings movements cannot be
updated or deleted, nothing can be dated in a closed year, a line has exactly one side, and
foreign keys hold.  All of it with raw SQL on a plain connection, past the application."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from coopdesk.db.schema import Database
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger, savings

from .helpers import context, join, snapshot


@pytest.fixture
def posted(db: Database) -> Database:
    """Books with one member, a sukarela deposit and a general-journal entry."""
    ctx = context(db)
    number = join(ctx)
    savings.deposit(ctx, number, "sukarela", 500_000, date(2025, 3, 1))
    ledger.post_manual(ctx, date(2025, 3, 2), "ATK", [LineSpec("5220", debit=150_000),
                                                      LineSpec("1110", credit=150_000)])
    return db


REFUSED = [
    "UPDATE journal_lines SET debit = debit + 1 WHERE debit > 0",
    "UPDATE journal_lines SET credit = credit + 1 WHERE credit > 0",
    "UPDATE journal_lines SET memo = 'diubah'",
    "UPDATE journal_lines SET account_id = (SELECT id FROM accounts WHERE code = '4290')",
    "DELETE FROM journal_lines",
    "DELETE FROM journal_lines WHERE id = (SELECT MAX(id) FROM journal_lines)",
    "UPDATE journal_entries SET memo = 'diubah'",
    "UPDATE journal_entries SET date = '2025-04-01'",
    "UPDATE journal_entries SET voucher = 'BKM-2025-999999' WHERE journal_type = 'BKM'",
    "DELETE FROM journal_entries",
    "UPDATE savings_transactions SET amount = amount * 2",
    "DELETE FROM savings_transactions",
]


@pytest.mark.parametrize("sql", REFUSED)
def test_posted_rows_cannot_be_changed_or_deleted(posted: Database, sql: str) -> None:
    before = snapshot(posted)
    with pytest.raises(DBAPIError, match="cannot be changed or deleted"), posted.engine.begin() as conn:
        conn.execute(text(sql))
    assert snapshot(posted) == before


def test_refused_even_on_an_autocommit_connection(posted: Database) -> None:
    before = snapshot(posted)
    engine = posted.engine.execution_options(isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for sql in ("UPDATE journal_lines SET debit = 0 WHERE debit > 0",
                    "DELETE FROM journal_entries", "DELETE FROM savings_transactions"):
            with pytest.raises(DBAPIError, match="cannot be changed or deleted"):
                conn.execute(text(sql))
    assert snapshot(posted) == before


@pytest.mark.postgresql
def test_truncate_refused_on_postgresql(posted: Database) -> None:
    if posted.dialect != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL only")
    before = snapshot(posted)
    for table in ("journal_lines", "journal_entries CASCADE", "savings_transactions"):
        with pytest.raises(DBAPIError, match="cannot be changed or deleted"), posted.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {table}"))
    assert snapshot(posted) == before


def _insert_entry(conn: object, day: str, voucher: str) -> None:
    conn.execute(text(  # type: ignore[attr-defined]
        "INSERT INTO journal_entries (voucher, journal_type, year, seq, date, memo, user_id, created_at, source) "
        "VALUES (:v, 'JU', :y, 999, :d, 'langsung', 1, '2025-12-31 09:00:00', 'manual')"
    ), {"v": voucher, "y": int(day[:4]), "d": date.fromisoformat(day)})


def test_entry_in_a_closed_year_refused_by_the_database(posted: Database) -> None:
    with posted.engine.begin() as conn:
        conn.execute(text("INSERT INTO closed_years (year, closed_at, user_id) "
                          "VALUES (2025, '2026-01-15 10:00:00', 1)"))
    before = snapshot(posted)
    for day in ("2025-06-30", "2025-01-01", "2025-12-31"):
        with pytest.raises(DBAPIError, match="closed"), posted.engine.begin() as conn:
            _insert_entry(conn, day, "JU-2025-000999")
    assert snapshot(posted) == before
    # The year after is open: the trigger looks at the entry's own year.
    conn = posted.engine.connect()
    try:
        _insert_entry(conn, "2026-01-02", "JU-2026-000999")
        conn.rollback()
    finally:
        conn.close()
    # The application says so first, with a message naming the field.
    ctx = context(posted)
    with pytest.raises(ValidationError, match="closed year") as err:
        ledger.post_manual(ctx, date(2025, 7, 1), "late", [LineSpec("5220", debit=1), LineSpec("1110", credit=1)])
    assert err.value.field == "date"
    with pytest.raises(ValidationError, match="closed year"):
        savings.deposit(ctx, "00001", "sukarela", 10_000, date(2025, 7, 1))
    assert snapshot(posted) == before


def _line(conn: object, debit: int, credit: int, account_id: str = "(SELECT id FROM accounts WHERE code = '1110')",
          entry_id: str = "(SELECT MIN(id) FROM journal_entries)") -> None:
    conn.execute(text(  # type: ignore[attr-defined]
        f"INSERT INTO journal_lines (entry_id, line_no, account_id, debit, credit, memo) "
        f"VALUES ({entry_id}, 99, {account_id}, :d, :c, '')"), {"d": debit, "c": credit})


@pytest.mark.parametrize(("debit", "credit"), [(0, 0), (5, 5), (-5, 0), (0, -5), (-5, 5)])
def test_a_line_has_exactly_one_positive_side(posted: Database, debit: int, credit: int) -> None:
    with pytest.raises(IntegrityError), posted.engine.begin() as conn:
        _line(conn, debit, credit)


def test_foreign_keys_are_enforced(posted: Database) -> None:
    with pytest.raises(IntegrityError), posted.engine.begin() as conn:
        _line(conn, 5, 0, account_id="987654")
    with pytest.raises(IntegrityError), posted.engine.begin() as conn:
        _line(conn, 5, 0, entry_id="987654")
    with pytest.raises(IntegrityError), posted.engine.begin() as conn:
        conn.execute(text("INSERT INTO savings_transactions (member_id, product_id, date, amount, kind, entry_id) "
                          "VALUES (987654, 1, '2025-03-01', 5, 'deposit', 1)"))


def test_unique_vouchers_and_one_reversal_per_entry(posted: Database) -> None:
    with posted.engine.connect() as conn:
        first = conn.execute(text("SELECT id, voucher FROM journal_entries ORDER BY id")).first()
    assert first is not None
    with pytest.raises(IntegrityError), posted.engine.begin() as conn:
        _insert_entry(conn, "2025-05-05", first.voucher)
    with pytest.raises(IntegrityError), posted.engine.begin() as conn:
        # the same journal type, year and sequence number twice
        conn.execute(text(
            "INSERT INTO journal_entries (voucher, journal_type, year, seq, date, memo, user_id, created_at, source) "
            "SELECT 'X-1', journal_type, year, seq, date, memo, user_id, created_at, source FROM journal_entries "
            "WHERE id = :id"), {"id": first.id})

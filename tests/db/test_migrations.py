"""Migrations build the whole schema from nothing, agree with the models, and opening a file
made by an older version upgrades it after copying it aside."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from coopdesk.db import schema
from coopdesk.db.base import Base
from coopdesk.db.schema import (
    Database,
    alembic_config,
    current_revision,
    database_url,
    head_revision,
    make_engine,
    open_database,
)
from coopdesk.services import savings
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.members import by_number

from .helpers import context, join, snapshot

TABLES = {t.name for t in Base.metadata.sorted_tables}
TRIGGERS_SQLITE = {
    "trg_journal_entries_no_update", "trg_journal_entries_no_delete", "trg_journal_lines_no_update",
    "trg_journal_lines_no_delete", "trg_savings_transactions_no_update", "trg_savings_transactions_no_delete",
    "trg_journal_entries_closed_year", "trg_journal_lines_day_totals",
}


def test_one_linear_history() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert script.get_current_head() == head_revision()
    assert [r.revision for r in script.walk_revisions()][-1] == "0001"


def _check_schema(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    assert set(inspect(db.engine).get_table_names()) == TABLES | {"alembic_version"}
    with db.engine.connect() as conn:
        # The migrations produce exactly what the models describe (no drift either way).
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diffs == []
        if db.dialect == "sqlite":
            triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            assert triggers >= TRIGGERS_SQLITE
        else:
            triggers = set(conn.execute(text(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars())
            assert {f"trg_{t}_immutable" for t in ("journal_entries", "journal_lines", "savings_transactions")} \
                <= triggers
            assert "trg_journal_entries_closed_year" in triggers
            assert "trg_journal_lines_day_totals" in triggers


def test_sqlite_schema_from_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "new.db"  # missing folders are created too
    db = open_database(str(path))
    try:
        assert path.exists()
        assert db.backup is None  # nothing to copy aside for a new file
        _check_schema(db)
    finally:
        db.dispose()


def test_zero_byte_file_is_treated_as_new(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    db = open_database(str(path))
    try:
        assert db.backup is None
        _check_schema(db)
    finally:
        db.dispose()


def test_schema_from_empty_on_each_engine(empty_db: Database) -> None:
    # On PostgreSQL the fixture migrated a brand-new database; on SQLite a copy of a new file.
    _check_schema(empty_db)


def test_reopening_at_head_changes_nothing(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "books.db"
    shutil.copy(sqlite_template, path)
    db = open_database(str(path))
    db.dispose()
    assert db.backup is None
    assert sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name) == []


NEXT_REVISION = '''"""test only: a later schema version

Revision ID: 9999_test
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "9999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_marker", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    pass
'''


@pytest.fixture
def upgrade_to_next_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], str]:
    """Calling it makes this process the next version of CoopDesk: the real migrations plus one."""

    def activate() -> str:
        migrations = tmp_path / "migrations_next"
        shutil.copytree(schema.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
        (migrations / "versions" / "9999_test.py").write_text(NEXT_REVISION.replace("{head}", head_revision()),
                                                              encoding="utf-8")
        monkeypatch.setattr(schema, "MIGRATIONS", migrations)
        assert head_revision() == "9999_test"
        return "9999_test"

    return activate


def _money_rows(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return [
            *con.execute("SELECT * FROM journal_entries ORDER BY id"),
            *con.execute("SELECT * FROM journal_lines ORDER BY id"),
            *con.execute("SELECT * FROM savings_transactions ORDER BY id"),
            *con.execute("SELECT id, number, nik, name FROM members ORDER BY id"),
        ]
    finally:
        con.close()


def test_older_file_is_copied_aside_then_upgraded(tmp_path: Path, sqlite_template: Path,
                                                   upgrade_to_next_version: Callable[[], str]) -> None:
    # Books written by the current version, with a member and a deposit.
    old_head = head_revision()
    path = tmp_path / "books.db"
    shutil.copy(sqlite_template, path)
    old = open_database(str(path))
    init_books(old, BooksSetup("KSP Lama", date(2025, 1, 1)))
    ctx = context(old)
    number = join(ctx)
    savings.deposit(ctx, number, "sukarela", 1_250_000, date(2025, 2, 3))
    before = snapshot(old)
    old.dispose()
    rows_before = _money_rows(path)

    # The next version opens it.
    upgrade_to_next_version()

    new = open_database(str(path))
    try:
        assert new.backup is not None
        assert new.backup.exists()
        assert new.backup.parent == path.parent
        assert new.backup.name.startswith(f"books.db.before-upgrade-{old_head}-")
        assert current_revision(new.engine) == "9999_test"
        assert "upgrade_marker" in inspect(new.engine).get_table_names()
        # Every row is still there, unchanged (members gained the new column, at its default).
        after = snapshot(new)
        assert [row[:-1] for row in after.pop("members")] == before.pop("members")
        assert after == before
        with new.sessions() as session:
            assert savings.balances(session, by_number(session, number).id)["sukarela"] == 1_250_000
    finally:
        new.dispose()
    assert _money_rows(path) == rows_before

    # The copy is the old file as it was: the old revision, the same rows, no new table.
    con = sqlite3.connect(new.backup)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "upgrade_marker" not in tables
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert _money_rows(new.backup) == rows_before

    # Opened again by the same version: already at head, no second copy.
    again = open_database(str(path))
    again.dispose()
    assert again.backup is None
    assert len([p for p in tmp_path.iterdir() if ".before-upgrade-" in p.name and not p.name.endswith(
        ("-wal", "-shm"))]) == 1


def test_a_file_from_the_first_version_upgrades_with_its_data(tmp_path: Path) -> None:
    """A real older file: built at revision 0001 with 0001's own tables, opened by this version."""
    if head_revision() == "0001":
        pytest.skip("only one schema version so far")
    path = tmp_path / "lama.db"
    engine = make_engine(database_url(str(path)))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        for sql in (
            "INSERT INTO users VALUES (1, 'admin', 'administrator', 1, '2025-01-01 08:00:00')",
            "INSERT INTO accounts VALUES (1, '1110', 'Kas', 'asset', NULL, 1, 1), "
            "(2, '2111', 'Simpanan Sukarela', 'liability', NULL, 1, 1)",
            "INSERT INTO savings_products VALUES (1, 'sukarela', 'Simpanan Sukarela', 'sukarela', '2111', "
            "'liability', 0, '3', 'lowest', 0, 1)",
            "INSERT INTO members VALUES (1, '00001', 1, 'Budi', '3375011203750001', 'L', '', NULL, '', '', '', "
            "'2025-01-02', 'aktif', NULL, '', 1, '2025-01-02 08:00:00')",
            "INSERT INTO voucher_counters VALUES ('BKM', 2025, 1)",
            "INSERT INTO journal_entries VALUES (1, 'BKM-2025-000001', 'BKM', 2025, 1, '2025-01-03', 'Setoran', 1, "
            "'2025-01-03 09:00:00', 'savings.deposit', NULL, NULL)",
            "INSERT INTO journal_lines VALUES (1, 1, 1, 1, 9007199254740993, 0, 1, ''), "
            "(2, 1, 2, 2, 0, 9007199254740993, 1, '')",
            "INSERT INTO savings_transactions VALUES (1, 1, 1, '2025-01-03', 9007199254740993, 'deposit', 1)",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()
    rows_before = _money_rows(path)

    db = open_database(str(path))
    try:
        assert db.backup is not None and db.backup.name.startswith("lama.db.before-upgrade-0001-")
        assert current_revision(db.engine) == head_revision()
        with db.sessions() as session:
            assert savings.balances(session, 1)["sukarela"] == 9_007_199_254_740_993
            # Migration 0005 filled the statements' day totals from the journal already there.
            assert session.execute(text(
                "SELECT account_id, date, closing, debit, credit FROM account_day_totals ORDER BY account_id")
            ).all() == [(1, "2025-01-03", 0, 9_007_199_254_740_993, 0),
                        (2, "2025-01-03", 0, 0, 9_007_199_254_740_993)]
    finally:
        db.dispose()
    assert _money_rows(path) == rows_before
    assert _money_rows(db.backup) == rows_before

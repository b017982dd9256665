"""Database-level guards for the books, in SQLite and PostgreSQL dialects.

The application never updates or deletes posted journal rows or savings movements, but a
supervisor must be able to trust that nobody else did either (a DB browser, a script):
the database itself refuses.  It also refuses an entry dated in a closed year.
"""

from __future__ import annotations

# Tables made insert-only by migration 0001; later migrations name their own tables.
IMMUTABLE_TABLES = ("journal_entries", "journal_lines", "savings_transactions")


def immutable_statements(dialect: str, tables: tuple[str, ...]) -> list[str]:
    """Triggers refusing UPDATE and DELETE (and TRUNCATE on PostgreSQL) on ``tables``.
    On PostgreSQL the trigger function comes from migration 0001."""
    stmts: list[str] = []
    for table in tables:
        if dialect == "sqlite":
            for op in ("UPDATE", "DELETE"):
                stmts.append(
                    f"CREATE TRIGGER trg_{table}_no_{op.lower()} BEFORE {op} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'posted rows of {table} cannot be changed or deleted'); END"
                )
        elif dialect == "postgresql":
            stmts.append(
                f"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION coopdesk_refuse_change()"
            )
            # TRUNCATE bypasses row triggers; refuse it too.
            stmts.append(
                f"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION coopdesk_refuse_change()"
            )
        else:
            raise RuntimeError(f"unsupported database dialect: {dialect}")
    return stmts


def sqlite_statements() -> list[str]:
    stmts = immutable_statements("sqlite", IMMUTABLE_TABLES)
    stmts.append(
        "CREATE TRIGGER trg_journal_entries_closed_year BEFORE INSERT ON journal_entries "
        "WHEN EXISTS (SELECT 1 FROM closed_years WHERE year = CAST(strftime('%Y', NEW.date) AS INTEGER)) "
        "BEGIN SELECT RAISE(ABORT, 'the year of this entry is closed'); END"
    )
    return stmts


def postgresql_statements() -> list[str]:
    stmts = [
        "CREATE FUNCTION coopdesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'posted rows of % cannot be changed or deleted', TG_TABLE_NAME; END $$",
        "CREATE FUNCTION coopdesk_refuse_closed_year() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF EXISTS (SELECT 1 FROM closed_years WHERE year = EXTRACT(YEAR FROM NEW.date)) THEN "
        "RAISE EXCEPTION 'the year of this entry is closed'; END IF; RETURN NEW; END $$",
    ]
    stmts += immutable_statements("postgresql", IMMUTABLE_TABLES)
    stmts.append(
        "CREATE TRIGGER trg_journal_entries_closed_year BEFORE INSERT ON journal_entries "
        "FOR EACH ROW EXECUTE FUNCTION coopdesk_refuse_closed_year()"
    )
    return stmts


def statements_for(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return sqlite_statements()
    if dialect == "postgresql":
        return postgresql_statements()
    raise RuntimeError(f"unsupported database dialect: {dialect}")


def day_totals_statements(dialect: str) -> list[str]:
    """The trigger that adds every inserted journal line to ``account_day_totals`` (migration
    0005).  In the database rather than in the posting code so no way of writing lines (an
    import, a script) can leave the totals the statements read out of step with the journal."""
    select_line = (
        "INSERT INTO account_day_totals (account_id, date, closing, debit, credit) "
        "SELECT NEW.account_id, e.date, e.source = 'year_close', NEW.debit, NEW.credit "
        "FROM journal_entries e WHERE e.id = NEW.entry_id "
        "ON CONFLICT (account_id, date, closing) DO UPDATE SET "
    )
    if dialect == "sqlite":
        return [
            "CREATE TRIGGER trg_journal_lines_day_totals AFTER INSERT ON journal_lines BEGIN "
            + select_line + "debit = debit + excluded.debit, credit = credit + excluded.credit; END"
        ]
    if dialect == "postgresql":
        return [
            "CREATE FUNCTION coopdesk_add_day_total() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            + select_line + "debit = account_day_totals.debit + EXCLUDED.debit, "
            "credit = account_day_totals.credit + EXCLUDED.credit; RETURN NULL; END $$",
            "CREATE TRIGGER trg_journal_lines_day_totals AFTER INSERT ON journal_lines "
            "FOR EACH ROW EXECUTE FUNCTION coopdesk_add_day_total()",
        ]
    raise RuntimeError(f"unsupported database dialect: {dialect}")


# Rebuilds the totals from the journal (migration 0005 fills the table with it).
DAY_TOTALS_FROM_JOURNAL = (
    "INSERT INTO account_day_totals (account_id, date, closing, debit, credit) "
    "SELECT l.account_id, e.date, e.source = 'year_close', SUM(l.debit), SUM(l.credit) "
    "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
    "GROUP BY l.account_id, e.date, e.source = 'year_close'"
)

"""Shared fixtures: real databases (SQLite file, PostgreSQL when the test command started one),
initialised books and a service context with a pinned date.

``COOPDESK_TEST_PG_URL`` (set by packaging/run-tests.sh) is a server URL such as
``postgresql+psycopg://postgres@127.0.0.1:54329/postgres``; each test gets its own fresh
database on it.  Without it, the PostgreSQL variants are skipped locally, but CI sets
``COOPDESK_REQUIRE_PG=1`` so that a missing server fails the run instead.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from coopdesk.db.schema import Database, open_database
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext

PG_URL = os.environ.get("COOPDESK_TEST_PG_URL", "")
REQUIRE_PG = os.environ.get("COOPDESK_REQUIRE_PG") == "1"
TODAY = date(2025, 12, 31)


def _pg_params() -> list[object]:
    if PG_URL or REQUIRE_PG:
        return ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
    return ["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgresql,
                                                          pytest.mark.skip(reason="no COOPDESK_TEST_PG_URL")])]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test copies it (migrating per test would cost ~0.1 s each)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(str(path))
    db.dispose()
    return path


def _fresh_sqlite(template: Path, target: Path) -> Database:
    shutil.copy(template, target)
    return open_database(str(target))


def _fresh_postgres() -> Iterator[Database]:
    if not PG_URL:
        pytest.fail("COOPDESK_REQUIRE_PG=1 but COOPDESK_TEST_PG_URL is not set")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    db = open_database(url)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=_pg_params())
def empty_db(request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database on each engine."""
    if request.param == "sqlite":
        db = _fresh_sqlite(sqlite_template, tmp_path / "books.db")
        yield db
        db.dispose()
    else:
        yield from _fresh_postgres()


@pytest.fixture
def empty_sqlite(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = _fresh_sqlite(sqlite_template, tmp_path / "books.db")
    yield db
    db.dispose()


def make_ctx(db: Database, today: date = TODAY, user: str = "admin") -> AppContext:
    return AppContext(db, user_name=user, today=lambda: today, now=lambda: datetime(2025, 12, 31, 9, 0))


@pytest.fixture
def db(empty_db: Database) -> Database:
    """Books of "KSP Sejahtera" starting 1 January 2025, pokok 100.000, wajib 50.000, sukarela 3%/year."""
    init_books(empty_db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    return empty_db


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return make_ctx(db)


@pytest.fixture
def sqlite_ctx(empty_sqlite: Database) -> AppContext:
    init_books(empty_sqlite, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    return make_ctx(empty_sqlite)

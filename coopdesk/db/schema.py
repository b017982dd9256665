"""Opening a database: engine settings, migrations to the newest schema, backups first.

SQLite runs with foreign keys on, WAL, and ``synchronous=FULL``: in WAL mode ``NORMAL``
may lose the last committed transactions on a power cut (only the database stays
consistent), and a receipt already handed to a member must never vanish from the books.
FULL syncs the WAL on every commit; measured cost is small for one-posting-per-commit work.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(target: str) -> str:
    """A path becomes an SQLite URL; anything with ``://`` is taken as an SQLAlchemy URL."""
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def backup_sqlite_file(path: Path, revision: str | None) -> Path:
    """Copy an SQLite file aside before a migration touches it (with its WAL, if any)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'none'}-{stamp}")
    shutil.copy2(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            shutil.copy2(side, Path(str(target) + suffix))
    return target


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None  # set when opening upgraded an older file

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(target: str, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database at a path or URL."""
    url = database_url(target)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    backup = None
    if migrate:
        current = current_revision(engine)
        if current != head_revision():
            if current is not None and engine.dialect.name == "sqlite":
                file = Path(url.removeprefix("sqlite:///"))
                if file.exists() and os.path.getsize(file) > 0:
                    backup = backup_sqlite_file(file, current)
            upgrade(engine)
    return Database(engine, sessionmaker(engine, expire_on_commit=False), backup)

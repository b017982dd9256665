"""Helpers for the database tests (kept apart from the service tests' helpers on purpose: each
test package imports only itself and coopdesk, whatever the layout of tests/ around it)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from coopdesk.db.base import Base
from coopdesk.db.schema import Database
from coopdesk.services import members
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput

TODAY = date(2025, 12, 31)


def context(db: Database) -> AppContext:
    return AppContext(db, today=lambda: TODAY, now=lambda: datetime(2025, 12, 31, 9, 0))


def join(ctx: AppContext, serial: int = 1) -> str:
    return members.register(ctx, MemberInput(name=f"Anggota {serial}", nik=f"3375011203750{serial:03d}",
                                             gender="L", joined=date(2025, 1, 2)))


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in primary-key order."""
    result = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = ", ".join(c.name for c in table.primary_key.columns)
            result[table.name] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table.name} ORDER BY {order}"))]
    return result

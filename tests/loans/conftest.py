"""Fixtures for the loan tests: the books of "KSP Sejahtera" (SQLite and PostgreSQL) with a
ketua and a pengawas besides the administrator, acting as the administrator on a "today"
late enough for every month end the tests run."""

from __future__ import annotations

import pytest

from coopdesk.db.schema import Database
from coopdesk.services.context import AppContext

from .helpers import context, staff


@pytest.fixture
def books(db: Database) -> AppContext:
    ctx = context(db)
    staff(ctx)
    return ctx

"""Alembic environment: always run from CoopDesk with a live connection (see db/schema.py)."""

from __future__ import annotations

from alembic import context

from coopdesk.db import models  # noqa: F401  (registers every table)
from coopdesk.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

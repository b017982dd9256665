"""Opening the books for a CLI command."""

from __future__ import annotations

import argparse
import atexit

from coopdesk.db.schema import open_database
from coopdesk.domain.errors import ValidationError
from coopdesk.services.books import is_initialised
from coopdesk.services.context import AppContext


def open_context(ns: argparse.Namespace, *, need_books: bool = True) -> AppContext:
    db = open_database(ns.db)
    if need_books and not is_initialised(db):
        db.dispose()
        raise ValidationError("database", "has no books yet; run `coopdesk init --name NAME` first")
    # Fix (test suite): the pooled connection was never closed; PostgreSQL saw every command end
    # with a dropped connection (and Python a ResourceWarning).  Close it when the command is done.
    atexit.register(db.dispose)
    return AppContext(db, user_name=ns.user)

"""What every use case needs: the database, who is acting, and what day it is.

Passed in explicitly (no globals) so tests can pin the date and the UI and CLI can each
say who the user is.  Each use case opens exactly one transaction with :meth:`transaction`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import User
from coopdesk.db.schema import Database
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.users import Role

DEFAULT_ADMIN = "admin"


@dataclass
class AppContext:
    db: Database
    # None means "the administrator created with the books" (the CLI's default --user).
    user_name: str | None = None
    today: Callable[[], date] = field(default=date.today)
    now: Callable[[], datetime] = field(default=datetime.now)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all."""
        with self.db.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.db.sessions() as session:
            yield session

    def actor(self, session: Session) -> User:
        if self.user_name is None:
            user = session.scalar(
                select(User).where(User.role == Role.ADMINISTRATOR.value, User.active).order_by(User.id).limit(1)
            )
        else:
            user = session.scalar(select(User).where(User.name == self.user_name))
        if user is None or not user.active:
            raise ValidationError("user", "unknown or inactive user: {name}", name=self.user_name or "")
        return user

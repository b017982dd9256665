"""Users of the books: who posted what."""

from __future__ import annotations

from sqlalchemy import select

from coopdesk.db.models import User
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.users import Role
from coopdesk.services import audit
from coopdesk.services.context import AppContext


def add(ctx: AppContext, name: str, role: str) -> str:
    name = " ".join(str(name).split())
    if not name or len(name) > 60:
        raise ValidationError("name", "is required (at most 60 characters)")
    if role not in {r.value for r in Role}:
        raise ValidationError("role", "must be one of {roles}", roles=", ".join(r.value for r in Role))
    with ctx.transaction() as session:
        actor = ctx.actor(session)
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise ValidationError("name", "user {name} already exists", name=name)
        session.add(User(name=name, role=role, active=True, created_at=ctx.now()))
        audit.record(session, actor, ctx.now(), "user.add", "user", name, role)
    return name


def all_users(ctx: AppContext) -> list[User]:
    with ctx.reading() as session:
        return list(session.scalars(select(User).order_by(User.id)))

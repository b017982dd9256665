"""Editing the chart of accounts: add, rename, deactivate (never delete once used)."""

from __future__ import annotations

import re

from sqlalchemy import select

from coopdesk.db.models import Account, JournalLine, SavingsProduct
from coopdesk.domain.accounts import AccountKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.statement_groups import allowed_groups
from coopdesk.services import audit
from coopdesk.services.context import AppContext
from coopdesk.services.ledger import account_by_code

_CODE = re.compile(r"^\d{3,8}$")


def all_accounts(ctx: AppContext) -> list[Account]:
    with ctx.reading() as session:
        return list(session.scalars(select(Account).order_by(Account.code)))


def add(ctx: AppContext, code: str, name: str, kind: str, participation: str | None = None) -> None:
    code = code.strip()
    if not _CODE.match(code):
        raise ValidationError("code", "must be 3 to 8 digits (got {value})", value=code)
    if not name.strip():
        raise ValidationError("name", "is required")
    if kind not in {k.value for k in AccountKind}:
        raise ValidationError("kind", "must be one of {kinds}", kinds=", ".join(k.value for k in AccountKind))
    groups = allowed_groups(kind)
    if participation and participation not in groups:
        if not groups:
            raise ValidationError("participation", "applies to income and expense accounts only")
        raise ValidationError("participation", "must be one of {groups}", groups=", ".join(groups))
    with ctx.transaction() as session:
        user = ctx.actor(session)
        if session.scalar(select(Account.id).where(Account.code == code)) is not None:
            raise ValidationError("code", "account {code} already exists", code=code)
        session.add(Account(code=code, name=name.strip(), kind=kind, participation=participation or None,
                            postable=True, active=True))
        audit.record(session, user, ctx.now(), "account.add", "account", code, f"{name.strip()} ({kind})")


def rename(ctx: AppContext, code: str, name: str) -> None:
    if not name.strip():
        raise ValidationError("name", "is required")
    with ctx.transaction() as session:
        user = ctx.actor(session)
        account = account_by_code(session, code, "code")
        change = f"{account.name!r} -> {name.strip()!r}"
        audit.record(session, user, ctx.now(), "account.rename", "account", code, change)
        account.name = name.strip()


def set_active(ctx: AppContext, code: str, active: bool) -> None:
    with ctx.transaction() as session:
        user = ctx.actor(session)
        account = account_by_code(session, code, "code")
        if not active and session.scalar(select(SavingsProduct.id).where(SavingsProduct.account_code == code)):
            raise ValidationError("code", "account {code} is a savings control account", code=code)
        account.active = active
        audit.record(session, user, ctx.now(), "account.activate" if active else "account.deactivate",
                     "account", code)


def delete(ctx: AppContext, code: str) -> None:
    """Delete an account that was never used; used accounts can only be deactivated."""
    with ctx.transaction() as session:
        user = ctx.actor(session)
        account = account_by_code(session, code, "code")
        if session.scalar(select(JournalLine.id).where(JournalLine.account_id == account.id).limit(1)):
            raise ValidationError("code", "account {code} has postings; deactivate it instead", code=code)
        session.delete(account)
        audit.record(session, user, ctx.now(), "account.delete", "account", code)

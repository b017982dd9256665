"""The audit trail of changes that are not journal entries (settings, members, accounts)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from coopdesk.db.models import AuditLog, User


def record(
    session: Session, user: User, at: datetime, action: str, object_type: str, key: str, detail: str = ""
) -> None:
    session.add(
        AuditLog(at=at, user_id=user.id, action=action, object_type=object_type, object_key=key, detail=detail)
    )

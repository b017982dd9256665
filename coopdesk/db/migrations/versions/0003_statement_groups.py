"""income statement groups for the default income and expense accounts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:15:00

Data only: ``accounts.participation`` now also says "usaha", "coop", "other" or "tax"
(see coopdesk/domain/statement_groups.py).  Default accounts get the group the shipped
chart gives them, but only where the cooperative has not chosen one itself.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# code -> (group before 0003, group from 0003 on)
_DEFAULTS = {
    "4210": ("nonmember", "other"),
    "4290": ("nonmember", "other"),
    "5130": ("nonmember", "usaha"),
    **{code: (None, "usaha") for code in ("5210", "5220", "5230", "5240", "5250", "5260", "5270", "5280", "5290")},
    **{code: (None, "coop") for code in ("5310", "5320", "5330")},
    "5900": (None, "tax"),
}


def _update(swap: bool) -> None:
    accounts = sa.table("accounts", sa.column("code", sa.String), sa.column("participation", sa.String))
    for code, (old, new) in _DEFAULTS.items():
        before, after = (new, old) if swap else (old, new)
        match = accounts.c.participation.is_(None) if before is None else accounts.c.participation == before
        op.execute(accounts.update().where(accounts.c.code == code, match).values(participation=after))


def upgrade() -> None:
    _update(swap=False)


def downgrade() -> None:
    _update(swap=True)

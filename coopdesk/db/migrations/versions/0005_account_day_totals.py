"""account day totals for the statements

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 06:10:00

Per account and day, the debit and credit of the journal (year-closing entries apart),
filled from the existing journal and from then on kept by a trigger on journal_lines.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from coopdesk.db.triggers import DAY_TOTALS_FROM_JOURNAL, day_totals_statements

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account_day_totals',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('closing', sa.Boolean(), nullable=False),
    sa.Column('debit', sa.BigInteger(), nullable=False),
    sa.Column('credit', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_day_totals_account_id_accounts')),
    sa.PrimaryKeyConstraint('account_id', 'date', 'closing', name=op.f('pk_account_day_totals'))
    )
    op.execute(DAY_TOTALS_FROM_JOURNAL)
    for statement in day_totals_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_journal_lines_day_totals"
               + (" ON journal_lines" if op.get_bind().dialect.name == "postgresql" else ""))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS coopdesk_add_day_total()")
    op.drop_table('account_day_totals')

"""scheduled runs: one row per daily job and day (the worker's dunning run)

Revision ID: 0028
Revises: 0025
Create Date: 2026-12-02 10:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import ledger.types


revision = '0028'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scheduled_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job', sa.String(length=64), nullable=False),
    sa.Column('run_date', sa.Date(), nullable=False),
    sa.Column('worker', sa.String(length=128), nullable=False),
    sa.Column('started_at', ledger.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', ledger.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('job', 'run_date')
    )


def downgrade() -> None:
    op.drop_table('scheduled_runs')

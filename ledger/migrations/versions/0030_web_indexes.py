"""web indexes: what the web pages ask of a large ledger (issue 9's load test)

Revision ID: 0030
Revises: 0028
Create Date: 2026-12-01 21:00:00

- invoices (customer_pk, currency, due_date, open_amount) of the open invoices only: the
  worklist's overdue accounts are summed from this index alone, whose size follows the open
  invoices, not the paid history (a query must say `open_amount > 0` literally to use it);
- invoices (currency, issue_date, due_date, amount, open_amount): the same for the dashboard;
- payments newest first, overall and per status (the payments page and /api/v1/payments);
- drafts, messages and tasks by status: the approval queue, the failed messages and the
  open tasks, without scanning the history (or the raw emails).

PostgreSQL gets the payments indexes in the order the pages ask for (value date descending,
no value date last); SQLite sorts NULL first, so its plain index read backwards is that order.
Alembic's autogenerate on PostgreSQL reports those two as changed (it does not compare
DESC NULLS LAST): they are right as they are.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0030'
down_revision = '0028'
branch_labels = None
depends_on = None

NEWEST = {"value_date": "DESC NULLS LAST", "id": "DESC"}  # as ledger.models.PAYMENTS_NEWEST
OPEN = sa.text("open_amount > 0")  # as ledger.models.OPEN_INVOICE


def upgrade() -> None:
    newest = {"postgresql_ops": NEWEST}
    op.create_index("ix_invoices_open_by_customer", "invoices",
                    ["customer_pk", "currency", "due_date", "open_amount"],
                    sqlite_where=OPEN, postgresql_where=OPEN)
    op.create_index("ix_invoices_kpi", "invoices",
                    ["currency", "issue_date", "due_date", "amount", "open_amount"])
    op.create_index("ix_payments_newest", "payments", ["value_date", "id"], **newest)
    op.create_index("ix_payments_status_newest", "payments", ["status", "value_date", "id"],
                    **newest)
    op.create_index("ix_drafts_status", "drafts", ["status", "created_at", "id"])
    op.create_index("ix_messages_status", "messages", ["status", "received_at", "id"])
    op.create_index("ix_tasks_status", "tasks", ["status", "created_at", "id"])


def downgrade() -> None:
    for name, table in (("ix_tasks_status", "tasks"), ("ix_messages_status", "messages"),
                        ("ix_drafts_status", "drafts"),
                        ("ix_payments_status_newest", "payments"),
                        ("ix_payments_newest", "payments"), ("ix_invoices_kpi", "invoices"),
                        ("ix_invoices_open_by_customer", "invoices")):
        op.drop_index(name, table_name=table)
